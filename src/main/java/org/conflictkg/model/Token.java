package org.conflictkg.model;

import java.util.Objects;

/**
 * A token; offsets point into {@link Article#text()}.
 */
public record Token(String text, int start, int end) {
    public Token {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span " + start + ".." + end + " for '" + text + "'");
        }
    }
}
