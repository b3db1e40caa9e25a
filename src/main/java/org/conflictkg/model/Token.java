package org.conflictkg.model;

import java.util.Objects;

/**
 * A token with its part of speech; offsets point into {@link Article#text()}.
 */
public record Token(String text, int start, int end, String pos) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span " + start + ".." + end + " for '" + text + "'");
        }
    }
}
