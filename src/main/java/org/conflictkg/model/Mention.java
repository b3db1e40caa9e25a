package org.conflictkg.model;

import java.util.Objects;

/**
 * A span of text that names an entity.
 *
 * @param entityId   the entity's local key
 * @param surface    the text as written
 * @param start      offset in {@link Article#text()}
 * @param end        end offset (exclusive)
 * @param sentence   index of the sentence
 * @param confidence how sure the match is, in [0,1]
 * @param method     how it was found: exact, normalised, fuzzy, acronym, discovered, nominal
 */
public record Mention(String entityId, String surface, int start, int end, int sentence,
                     double confidence, String method) {
    public Mention {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(method, "method");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span " + start + ".." + end + " for '" + surface + "'");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence + " for '" + surface + "'");
        }
    }

    /** Whether this mention shares a character with the span [start, end). */
    public boolean overlaps(int start, int end) {
        return start < this.end && end > this.start;
    }

    /** Whether any of the mentions shares a character with the span [start, end). */
    public static boolean anyOverlaps(int start, int end, java.util.List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }
}
