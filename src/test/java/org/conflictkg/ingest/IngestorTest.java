package org.conflictkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.conflictkg.model.RawArticle;
import org.conflictkg.model.RejectedInputException;
import org.conflictkg.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    private final Ingestor ingestor = new Ingestor(1000);

    @Test
    void empty_input_is_rejected_naming_the_file() {
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> ingestor.decode("empty.txt", new byte[0], SourceFormat.TEXT));
        assertTrue(e.getMessage().startsWith("empty.txt: empty"), e.getMessage());
    }

    @Test
    void whitespace_only_input_is_rejected() {
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> ingestor.decode("blank.txt", " \n\t \n".getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT));
        assertTrue(e.getMessage().contains("whitespace"), e.getMessage());
    }

    @Test
    void binary_input_is_rejected_with_its_kind() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> ingestor.decode("image.txt", png, SourceFormat.TEXT));
        assertTrue(e.getMessage().contains("PNG image"), e.getMessage());
        byte[] nul = "text\0more".getBytes(StandardCharsets.UTF_8);
        assertThrows(RejectedInputException.class, () -> ingestor.decode("nul.txt", nul, SourceFormat.TEXT));
    }

    @Test
    void oversize_input_is_rejected_with_the_limit() {
        byte[] big = "a".repeat(1001).getBytes(StandardCharsets.UTF_8);
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> ingestor.decode("big.txt", big, SourceFormat.TEXT));
        assertTrue(e.getMessage().contains("limit is 1000"), e.getMessage());
    }

    @Test
    void latin1_and_utf16_with_bom_are_decoded() {
        RawArticle latin = ingestor.decode("latin.txt", "Caf\u00e9 in Alep".getBytes(StandardCharsets.ISO_8859_1), SourceFormat.TEXT);
        assertEquals("Caf\u00e9 in Alep", latin.text());
        assertEquals("windows-1252", latin.charset());
        byte[] body = "Idlib \u2013 truce".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertEquals("Idlib \u2013 truce", ingestor.decode("u16.txt", withBom, SourceFormat.TEXT).text());
    }

    @Test
    void html_is_recognised_by_extension_and_by_content() {
        assertEquals(SourceFormat.HTML, Ingestor.formatOf("page.HTM"));
        assertEquals(SourceFormat.MARKDOWN, Ingestor.formatOf("a.md"));
        RawArticle r = ingestor.decode("x.txt", "<html><body><p>Hi there</p></body></html>".getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT);
        assertEquals(SourceFormat.HTML, r.format());
    }

    @Test
    void folders_are_walked_recursively_and_missing_paths_become_problems(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/one.txt"), "x");
        Files.writeString(dir.resolve("a/b/two.html"), "x");
        Files.writeString(dir.resolve("a/b/skip.png"), "x");
        SourceFinder.Found found = new SourceFinder().find(List.of(dir.resolve("a"), dir.resolve("missing")));
        assertEquals(2, found.files().size());
        assertEquals(1, found.problems().size());
        assertTrue(found.problems().get(0).getMessage().contains("missing"));
    }
}
