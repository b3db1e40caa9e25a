package org.conflictkg.model;

import java.util.Objects;

/**
 * A paragraph of an article's cleaned text.
 *
 * @param start   offset of the first character in {@link Article#text()}
 * @param text    the paragraph's text
 * @param section headline or body
 */
public record Paragraph(int start, String text, Section section) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
        if (start < 0) {
            throw new IllegalArgumentException("paragraph start must be >= 0: " + start);
        }
    }

    public int end() {
        return start + text.length();
    }
}
