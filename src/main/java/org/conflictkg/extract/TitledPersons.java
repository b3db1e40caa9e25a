package org.conflictkg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictkg.model.Claim;
import org.conflictkg.model.EntityType;
import org.conflictkg.model.KnowledgeBase;
import org.conflictkg.model.Mention;
import org.conflictkg.model.Modality;
import org.conflictkg.model.Polarity;
import org.conflictkg.model.Sentence;

/**
 * The roles a title gives a person the knowledge base knows (the rule "titled-person"). Requires
 * the knowledge base and the ROLE lexicon. Thread-safe: immutable.
 */
final class TitledPersons {
    private final KnowledgeBase kb;
    private final Set<String> roles;

    TitledPersons(KnowledgeBase kb, Lexicons lex) {
        this.kb = kb;
        this.roles = lex.words1("ROLE");
    }

    /**
     * A person the knowledge base knows, named with a title and no body ("President Barack
     * Obama", "Secretary of State Kerry", "foreign ministers Kerry and Lavrov"): the title says
     * the person holds a role, the knowledge base says where (for a state body, the state). Only
     * where no rule found the body in the sentence itself.
     */
    void claim(Map<String, Claim> claims, List<Unit> units, Sentence s, String source, String attribution, LocalDate date) {
        for (int i = 1; i < units.size(); i++) {
            Unit u = units.get(i);
            if (!u.isEntity() || !titled(units, i)) {
                continue;
            }
            for (Mention m : u.mentions()) {
                boolean placed = claims.values().stream().anyMatch(c -> c.sentence() == s.index() && c.relation().equals("roleIn")
                        && c.subject().equals(m.entityId()));
                kb.get(m.entityId()).filter(k -> k.type() == EntityType.Person && !placed).ifPresent(k -> {
                    for (String held : k.linked("roleIn")) {
                        String body = stateOf(held);
                        Extractor.add(claims, new Claim(m.entityId(), "roleIn", body, s.index(), s.text(), s.start(), s.end(), 0.75,
                                "titled-person", Polarity.POSITIVE, Modality.ASSERTED, source, attribution, date));
                    }
                });
            }
        }
    }

    /** A state body's state (a title such as "foreign minister" names an office of the state), else the body itself. */
    private String stateOf(String body) {
        return kb.get(body).flatMap(b -> b.linked("memberOf").stream()
                .filter(m -> kb.get(m).map(x -> x.type() == EntityType.State).orElse(false)).findFirst())
                .orElse(body);
    }

    /** Whether the word right before unit {@code i} is a title (singular or plural), or ends a title "X of Y" ("Secretary of State"). */
    private boolean titled(List<Unit> units, int i) {
        return title(units, i - 1) || (i >= 3 && title(units, i - 3) && "of".equals(units.get(i - 2).word()) && !units.get(i - 1).isEntity());
    }

    private boolean title(List<Unit> units, int k) {
        if (k < 0 || units.get(k).isEntity()) {
            return false;
        }
        String w = units.get(k).word();
        return roles.contains(w) || (w.endsWith("s") && roles.contains(w.substring(0, w.length() - 1)));
    }
}
