package org.conflictkg.extract;

import java.util.List;
import java.util.Objects;

/**
 * A relation rule: when its pattern matches a sentence's units, the subject slot's entities
 * get the relation to the object slot's entities.
 *
 * @param id         the rule's name, recorded on every claim it makes
 * @param relation   ontology property local name
 * @param subject    the subject slot name
 * @param object     the object slot name, or {@code @voice} (the article's publisher) or
 *                   {@code @agreement} (the nearest agreement mentioned)
 * @param pairwise   every pair within the subject slot (symmetric relations: "clashes between A and B")
 * @param confidence the rule's confidence
 * @param pattern    the elements
 */
record RelationRule(String id, String relation, String subject, String object, boolean pairwise,
                    double confidence, List<PatternElement> pattern) {
    RelationRule {
        Objects.requireNonNull(id, "id");
        pattern = List.copyOf(pattern);
        if (confidence <= 0 || confidence > 1) {
            throw new IllegalArgumentException("rule " + id + ": confidence must be in (0,1]: " + confidence);
        }
    }
}
