package org.conflictkg.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The conventions of the seed gold: surface normalisation and the mapping of its relation names to the ontology's. */
final class Matching {
    /** The gold's finer relations, folded into the ontology's (DESIGN: memberOf covers branch and affiliate; roleIn covers leader and spokesperson). */
    static final Map<String, String> RELATION_MAP = Map.of(
            "affiliateOf", "memberOf", "branchOf", "memberOf", "leaderOf", "roleIn", "spokespersonOf", "roleIn");
    static final Set<String> SYMMETRIC = Set.of("alliedWith", "fightsAgainst");

    private Matching() {
    }

    static String relation(String r) {
        return RELATION_MAP.getOrDefault(r, r);
    }

    /** Lower case, no diacritics, plain spaces and apostrophes, no quotes or possessive 's. */
    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        t = t.replace('\u00A0', ' ').replace('’', '\'').replace('‘', '\'');
        t = t.replaceAll("[\"“”«»]", "").replaceAll("'s$", "").toLowerCase(Locale.ROOT);
        return t.replaceAll("\\s+", " ").strip();
    }
}
