package org.conflictkg.query;

import java.time.LocalDate;

/**
 * Which claims count in an answer or an export: one relation (local name), a confidence floor,
 * a node class, publication dates, a set of relations, and the publisher of the claim's article
 * (as the article names it, case aside). Nulls and zero mean no restriction.
 */
public record ClaimFilter(String type, String relation, double minConfidence, LocalDate since, LocalDate until,
                          java.util.Set<String> relations, String publisher) {
    public static final ClaimFilter NONE = new ClaimFilter(null, null, 0, null, null);

    /**
     * The relations that make two actors "linked": alliances, fighting, support, membership,
     * command, renaming, accusations, opposition and roles, but not a label ("calls it terrorist"),
     * a designation or a quote (an outlet that calls a group terrorist is not linked to it), and
     * no place or agreement.
     */
    public static final java.util.Set<String> ACTOR_LINKS = java.util.Set.of("alliedWith", "fightsAgainst", "supports", "memberOf",
            "affiliateOf", "branchOf", "commands", "formerlyKnownAs", "accuses", "opposes", "roleIn", "leaderOf", "spokespersonOf",
            "advisorTo");

    /** The classes that are not actors: a link to one of them is not a tie between actors. */
    public static final java.util.Set<String> NOT_ACTORS = java.util.Set.of("Location", "Agreement", "Event");

    public ClaimFilter(String type, String relation, double minConfidence, LocalDate since, LocalDate until) {
        this(type, relation, minConfidence, since, until, null, null);
    }

    public ClaimFilter {
        relations = relations == null ? null : java.util.Set.copyOf(relations);
    }

    /** This filter, keeping only claims of these relations. */
    public ClaimFilter onlyRelations(java.util.Set<String> keep) {
        return new ClaimFilter(type, relation, minConfidence, since, until, keep, publisher);
    }

    /** This filter, keeping only claims from articles of this publisher (null: any). */
    public ClaimFilter withPublisher(String p) {
        return new ClaimFilter(type, relation, minConfidence, since, until, relations, p == null || p.isBlank() ? null : p.strip());
    }

    /**
     * Whether a claim of this relation and confidence, from an article issued on that date (or
     * null) by that publisher (or null), counts.
     */
    public boolean accepts(String claimRelation, double confidence, String issued, String articlePublisher) {
        if (publisher != null && (articlePublisher == null || !publisher.equalsIgnoreCase(articlePublisher.strip()))) {
            return false;
        }
        if (relation != null && !relation.equals(claimRelation)) {
            return false;
        }
        if (relations != null && !relations.contains(claimRelation)) {
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
