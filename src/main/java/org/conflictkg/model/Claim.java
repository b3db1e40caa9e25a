package org.conflictkg.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A relation an article claims between two entities, with its evidence.
 *
 * @param subject      subject entity id
 * @param relation     ontology property local name, such as {@code supports}
 * @param object       object entity id
 * @param sentence     index of the evidence sentence
 * @param evidence     the sentence text
 * @param start        offset of the sentence in {@link Article#text()}
 * @param end          end offset of the sentence
 * @param confidence   in [0,1]
 * @param rule         id of the rule that fired
 * @param polarity     positive or negated
 * @param modality     asserted, planned, hypothetical or past
 * @param attributedTo entity id of whom the article quotes or reports, or null for its own voice
 * @param attribution  the words that carry the attribution ("according to ..."), or null
 * @param date         the date of the claimed event when known, or null
 */
public record Claim(String subject, String relation, String object, int sentence, String evidence,
                    int start, int end, double confidence, String rule, Polarity polarity,
                    Modality modality, String attributedTo, String attribution, LocalDate date) {
    public Claim {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(modality, "modality");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence + " (rule " + rule + ")");
        }
        if (subject.equals(object)) {
            throw new IllegalArgumentException("a claim needs two different entities: " + subject + " " + relation);
        }
    }

    /** True when the claim should also be written as a plain triple: positive and asserted or past. */
    public boolean isFactual() {
        return polarity == Polarity.POSITIVE && (modality == Modality.ASSERTED || modality == Modality.PAST);
    }
}
