package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.conflictkg.model.KbEntity;
import org.conflictkg.model.KnowledgeBase;

/**
 * Every label and alias of the knowledge base, indexed by normalised and phonetic keys.
 * Built once from a {@link KnowledgeBase}; immutable and thread-safe.
 */
public final class Gazetteer {
    /** The longest name, in content tokens, the matcher tries. */
    static final int MAX_TOKENS = 12;
    /** Phonetic matching only for names with at least this many consonants: short names are exact or nothing. */
    static final int MIN_PHONETIC_CONSONANTS = 5;

    /** How an alias may match text. */
    enum Kind {
        /** All capitals, like HTS or U.S.: the text must be in capitals too. */
        ACRONYM,
        /** All lower case, like "government forces": a curated descriptive name that may match lower-case text. */
        LOWER,
        /** A proper name: at least one matched word must be capitalised. */
        NAME,
        /** A state's adjective ("Syrian"): matched like a name, read as an actor only in context. */
        DEMONYM
    }

    /** One way of writing one entity. */
    record Entry(String entityId, String alias, Kind kind, boolean label) {
    }

    /** An entry with what the case rules ask of it, worked out once. */
    private record Indexed(Entry entry, String surface, boolean firstCapitalised, String acronym) {
        static Indexed of(Entry e) {
            String surface = NameKeys.stripQualifier(e.alias());
            boolean firstCap = false;
            for (NameToken t : NameKeys.tokens(surface, 0)) {
                if (!t.connector()) {
                    firstCap = t.capitalised();
                    break;
                }
            }
            return new Indexed(e, surface, firstCap, e.alias().replaceAll("[^\\p{L}\\p{N}]", ""));
        }
    }

    /** A candidate match: the entries and how good the match is. */
    record Hit(List<Entry> entries, int tokens, double score, String method) {
    }

    private final Map<String, List<Indexed>> byNorm = new HashMap<>();
    private final Map<String, List<Indexed>> byPhonetic = new HashMap<>();
    /** For the first word of any name (normalised or phonetic key), the most words a name starting with it has. */
    private final Map<String, Integer> longestFromNorm = new HashMap<>();
    private final Map<String, Integer> longestFromPhonetic = new HashMap<>();
    private final KnowledgeBase kb;

    public Gazetteer(KnowledgeBase kb) {
        this.kb = kb;
        for (KbEntity e : kb.entities()) {
            add(e.id(), e.label(), true);
            for (String a : e.aliases()) {
                add(e.id(), a, false);
            }
            for (String d : e.demonyms()) {
                add(e.id(), d, false, Kind.DEMONYM);
            }
        }
    }

    public KnowledgeBase kb() {
        return kb;
    }

    private void add(String id, String alias, boolean label) {
        add(id, alias, label, kindOf(NameKeys.stripQualifier(alias)));
    }

    private void add(String id, String alias, boolean label, Kind kind) {
        List<String> norm = NameKeys.normKey(alias);
        if (norm.isEmpty() || norm.size() > MAX_TOKENS) {
            return;
        }
        Indexed entry = Indexed.of(new Entry(id, alias, kind, label));
        put(byNorm, String.join(" ", norm), entry);
        longestFromNorm.merge(norm.get(0), norm.size(), Math::max);
        if (kind == Kind.NAME) {
            List<String> ph = NameKeys.phoneticKey(alias);
            int consonants = ph.stream().mapToInt(x -> x.replace("'", "").replace("V", "").length()).sum();
            if (consonants >= MIN_PHONETIC_CONSONANTS && ph.stream().noneMatch(String::isEmpty)) {
                put(byPhonetic, String.join(" ", ph), entry);
                longestFromPhonetic.merge(ph.get(0), ph.size(), Math::max);
            }
        }
    }

    private static void put(Map<String, List<Indexed>> index, String key, Indexed e) {
        List<Indexed> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.stream().noneMatch(x -> x.entry().entityId().equals(e.entry().entityId()) && x.entry().alias().equals(e.entry().alias()))) {
            list.add(e);
        }
    }

    static Kind kindOf(String alias) {
        String letters = alias.replaceAll("[^\\p{L}]", "");
        if (letters.chars().noneMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c))) {
            return Kind.NAME;
        }
        if (!letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT)) && letters.length() <= 6
                && !alias.contains(" ")) {
            return Kind.ACRONYM;
        }
        if (alias.equals(alias.toLowerCase(Locale.ROOT))) {
            return Kind.LOWER;
        }
        return Kind.NAME;
    }

    /**
     * The best match starting at content token {@code i} of {@code tokens}, or empty.
     * {@code content} lists the indices of the non-connector tokens.
     */
    Optional<Hit> match(List<NameToken> tokens, List<Integer> content, int ci) {
        return match(tokens, content, ci, MAX_TOKENS);
    }

    /** As {@link #match(List, List, int)}, trying names of at most {@code maxTokens} content tokens. */
    Optional<Hit> match(List<NameToken> tokens, List<Integer> content, int ci, int maxTokens) {
        int max = Math.min(Math.min(MAX_TOKENS, maxTokens), content.size() - ci);
        max = Math.min(max, longestFrom(tokens.get(content.get(ci))));
        for (int n = max; n >= 1; n--) {
            List<NameToken> span = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                span.add(tokens.get(content.get(ci + k)));
            }
            if (!contiguous(tokens, content, ci, n)) {
                continue;
            }
            Optional<Hit> hit = lookup(span, false);
            if (hit.isEmpty()) {
                hit = lookup(span, true);
            }
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /** The most words a name starting with this token can have; 0 when no name starts with it. */
    private int longestFrom(NameToken first) {
        int n = Math.max(longestFromNorm.getOrDefault(first.norm(), 0), longestFromPhonetic.getOrDefault(first.phonetic(), 0));
        if (n == 0 && first.capitalised() && first.norm().length() >= 5 && first.norm().endsWith("s")) {
            return 1; // a plural of a one-word name ("Alawites")
        }
        return n;
    }

    /** A name may skip connectors but never other words: the content tokens must follow one another. */
    private static boolean contiguous(List<NameToken> tokens, List<Integer> content, int ci, int n) {
        for (int k = 1; k < n; k++) {
            int a = content.get(ci + k - 1);
            int b = content.get(ci + k);
            for (int j = a + 1; j < b; j++) {
                if (!tokens.get(j).connector()) {
                    return false;
                }
            }
            if (tokens.get(b).start() - tokens.get(a).end() > 6) {
                return false;
            }
        }
        return true;
    }

    private Optional<Hit> lookup(List<NameToken> span, boolean dropPlural) {
        StringBuilder norm = new StringBuilder();
        StringBuilder ph = new StringBuilder();
        for (int k = 0; k < span.size(); k++) {
            NameToken t = span.get(k);
            String n = t.norm();
            String p = t.phonetic();
            if (dropPlural && k == span.size() - 1) {
                // Only the last word takes the possessive or plural "s" ("Bashar al-Assads", the dataset's "Assad's").
                if (!t.capitalised() || n.length() < 5 || !n.endsWith("s")) {
                    return Optional.empty();
                }
                n = n.substring(0, n.length() - 1);
                p = NameKeys.phonetic(n);
            }
            if (k > 0) {
                norm.append(' ');
                ph.append(' ');
            }
            norm.append(n);
            ph.append(p);
        }
        double penalty = dropPlural ? 0.05 : 0;
        List<Indexed> exactIndexed = byNorm.getOrDefault(norm.toString(), List.of());
        List<Entry> exact = accept(exactIndexed, span);
        if (!exact.isEmpty()) {
            String surface = surface(span);
            boolean verbatim = exactIndexed.stream().anyMatch(e -> exact.contains(e.entry()) && e.surface().equals(surface));
            return Optional.of(new Hit(exact, span.size(), (verbatim ? 1.0 : 0.95) - penalty, verbatim ? "exact" : "normalised"));
        }
        List<Entry> fuzzy = accept(byPhonetic.getOrDefault(ph.toString(), List.of()), span);
        if (!fuzzy.isEmpty()) {
            return Optional.of(new Hit(fuzzy, span.size(), 0.85 - penalty, "fuzzy"));
        }
        return Optional.empty();
    }

    private static String surface(List<NameToken> span) {
        StringBuilder sb = new StringBuilder();
        for (NameToken t : span) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    /** Keeps the entries whose case rule the text obeys, one per entity. */
    private static List<Entry> accept(List<Indexed> entries, List<NameToken> span) {
        if (entries.isEmpty()) {
            return List.of();
        }
        boolean anyCap = span.stream().anyMatch(NameToken::capitalised);
        // Digits have no case: "T-4" and "S-400" are in capitals.
        boolean allCaps = span.stream().anyMatch(NameToken::allCaps)
                && span.stream().allMatch(t -> t.allCaps() || t.text().chars().noneMatch(Character::isLetter));
        Set<String> seen = new LinkedHashSet<>();
        List<Entry> out = new ArrayList<>();
        for (Indexed x : entries) {
            Entry e = x.entry();
            boolean ok = switch (e.kind()) {
                case ACRONYM -> allCaps && acronymMatches(x.acronym(), span);
                case LOWER -> true;
                case NAME, DEMONYM -> anyCap && !(allCaps && span.size() == 1 && span.get(0).text().length() <= 3)
                        // A name whose first word is capitalised matches only text whose first word is: "Southern Idlib", not "southern Idlib".
                        && (!x.firstCapitalised() || span.get(0).capitalised());
            };
            if (ok && seen.add(e.entityId())) {
                out.add(e);
            }
        }
        // Prefer a label, then a plain name over one that needed a qualifier to tell it apart ("Jaish al-Islam (Gaza)").
        out.sort(Comparator.comparing((Entry e) -> e.alias().contains("(")).thenComparing(Entry::label, Comparator.reverseOrder()));
        return out;
    }

    private static boolean acronymMatches(String letters, List<NameToken> span) {
        StringBuilder sb = new StringBuilder();
        for (NameToken t : span) {
            sb.append(t.text());
        }
        return letters.equals(sb.toString());
    }
}
