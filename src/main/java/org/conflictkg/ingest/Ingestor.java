package org.conflictkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.conflictkg.model.RawArticle;
import org.conflictkg.model.RejectedInputException;
import org.conflictkg.model.SourceFormat;

/**
 * Turns bytes into a {@link RawArticle}: checks size, refuses binary and empty input,
 * detects the charset (byte-order marks, strict UTF-8, else Windows-1252) and the markup.
 * Thread-safe and stateless apart from its limit.
 */
public final class Ingestor {
    /** The default size limit: 10 MiB, far above any news article. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;

    public Ingestor(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maximum input size must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public Ingestor() {
        this(DEFAULT_MAX_BYTES);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a file; throws {@link RejectedInputException} naming it when it is refused. */
    public RawArticle read(Path file) {
        String name = file.toString();
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw new RejectedInputException(name, "a symbolic link to nothing");
        }
        if (!Files.isRegularFile(file)) {
            throw new RejectedInputException(name, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new RejectedInputException(name, "not readable (permission denied)");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new RejectedInputException(name, "too large: " + size + " bytes, the limit is " + maxBytes);
            }
            return decode(name, Files.readAllBytes(file), formatOf(name));
        } catch (IOException e) {
            throw new RejectedInputException(name, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads a stream (standard input, an upload) up to the limit. */
    public RawArticle read(String name, InputStream in, SourceFormat hint) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new RejectedInputException(name, "too large: more than " + maxBytes + " bytes");
            }
            return decode(name, bytes, hint);
        } catch (IOException e) {
            throw new RejectedInputException(name, "cannot be read: " + e.getMessage());
        }
    }

    /** Decodes bytes already in memory. */
    public RawArticle decode(String name, byte[] bytes, SourceFormat hint) {
        if (bytes.length > maxBytes) {
            throw new RejectedInputException(name, "too large: " + bytes.length + " bytes, the limit is " + maxBytes);
        }
        if (bytes.length == 0) {
            throw new RejectedInputException(name, "empty");
        }
        String binary = BinarySniffer.describe(bytes);
        if (binary != null) {
            throw new RejectedInputException(name, "binary content (" + binary + "), not text");
        }
        Charset charset = detectCharset(bytes);
        String text = decodeStrictly(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new RejectedInputException(name, "empty (whitespace only)");
        }
        if (BinarySniffer.controlRatio(text) > 0.05) {
            throw new RejectedInputException(name, "binary content (control characters), not text");
        }
        SourceFormat format = hint == SourceFormat.TEXT && looksLikeHtml(text) ? SourceFormat.HTML : hint;
        return new RawArticle(name, text, charset.name(), format);
    }

    /** The markup a file name suggests. */
    public static SourceFormat formatOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return SourceFormat.HTML;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return SourceFormat.MARKDOWN;
        }
        return SourceFormat.TEXT;
    }

    static Charset detectCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }

    private static String decodeStrictly(byte[] bytes, Charset charset) {
        int skip = 0;
        if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
            skip = 2;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder threw", e);
        }
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(2000, text.length())).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || (head.contains("<p>") && head.contains("</p>"));
    }
}
