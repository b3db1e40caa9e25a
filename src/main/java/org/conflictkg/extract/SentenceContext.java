package org.conflictkg.extract;

import java.time.LocalDate;

/**
 * What a sentence says about every claim made in it: whom it quotes or reports (the entity
 * and the words that say so) and the date of the event it tells, each null when unknown.
 */
public record SentenceContext(String attributedTo, String attribution, LocalDate date) {
    public static final SentenceContext NONE = new SentenceContext(null, null, null);
}
