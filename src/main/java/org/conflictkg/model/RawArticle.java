package org.conflictkg.model;

import java.util.Objects;

/**
 * An input document, decoded to text but not yet cleaned.
 *
 * @param name    where it came from (a file name, a path, {@code <stdin>} or an HTTP upload name)
 * @param text    the decoded text
 * @param charset the name of the charset the bytes were decoded with
 * @param format  the markup of the text
 */
public record RawArticle(String name, String text, String charset, SourceFormat format) {
    public RawArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, () -> "text of " + name);
        Objects.requireNonNull(charset, () -> "charset of " + name);
        Objects.requireNonNull(format, () -> "format of " + name);
    }
}
