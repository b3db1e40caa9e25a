package org.conflictkg.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of an article with its tokens; offsets point into {@link Article#text()}.
 *
 * @param index   position of the sentence in the article, from 0
 * @param start   offset of the first character
 * @param text    the sentence's text
 * @param section headline or body
 * @param tokens  the tokens, in order
 */
public record Sentence(int index, int start, String text, Section section, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
        tokens = List.copyOf(tokens);
        if (index < 0 || start < 0) {
            throw new IllegalArgumentException("bad sentence index " + index + " or start " + start);
        }
    }

    public int end() {
        return start + text.length();
    }
}
