package org.conflictkg.query;

import java.time.LocalDate;

/**
 * Which claims count in an answer or an export: one relation (local name), a confidence floor,
 * a node class, and publication dates. Nulls and zero mean no restriction.
 */
public record ClaimFilter(String type, String relation, double minConfidence, LocalDate since, LocalDate until) {
    public static final ClaimFilter NONE = new ClaimFilter(null, null, 0, null, null);

    /** Whether a claim of this relation and confidence, from an article issued on that date (or null), counts. */
    public boolean accepts(String claimRelation, double confidence, String issued) {
        if (relation != null && !relation.equals(claimRelation)) {
            return false;
        }
        if (confidence < minConfidence) {
            return false;
        }
        if (since != null && (issued == null || issued.compareTo(since.toString()) < 0)) {
            return false;
        }
        return until == null || (issued != null && issued.compareTo(until.toString()) <= 0);
    }
}
