package org.conflictkg.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cleaned article: metadata and the paragraphs of its headline and body.
 * {@link #text()} is the paragraphs joined by blank lines; every offset in later stages
 * points into it.
 *
 * @param id             stable identifier: a hash of the normalised body
 * @param name           the input's name (file name)
 * @param title          the headline, never blank
 * @param author         the author or null
 * @param publisher      the outlet that published this copy, or null
 * @param originalSource the original outlet when this copy is a repost, or null
 * @param published      the publication date of this copy, or null
 * @param paragraphs     headline and body paragraphs, in order
 */
public record Article(String id, String name, String title, String author, String publisher,
                      String originalSource, LocalDate published, List<Paragraph> paragraphs) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, () -> "title of " + name);
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException(name + ": an article needs at least one paragraph");
        }
    }

    /** The cleaned text: paragraphs separated by one blank line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            while (sb.length() < p.start()) {
                sb.append('\n');
            }
            sb.append(p.text());
        }
        return sb.toString();
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }
}
