package org.conflictkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.conflictkg.model.ConflictKgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleCorpusTest {
    @Test
    void the_same_seed_gives_the_same_corpus_and_another_seed_another(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("a.txt"), "title: Clashes near Idlib\npublisher: Outlet A\ndate: 2016-05-01\n\n"
                + "Fighters of Jaish al-Islam attacked the village of Kafr Nabl on Monday. The Syrian army answered. "
                + "Liwa al-Haqq said it lost two men.\n");
        Files.writeString(src.resolve("b.txt"), "title: Talks in Geneva\ndate: 2017-02-03\n\nDelegations met in Geneva. "
                + "Nothing was agreed.\n");
        ScaleCorpus.Written w = ScaleCorpus.generate(List.of(src), 40, 7, dir.resolve("one"));
        ScaleCorpus.generate(List.of(src), 40, 7, dir.resolve("two"));
        ScaleCorpus.generate(List.of(src), 40, 8, dir.resolve("three"));
        assertEquals(40, w.articles());
        assertEquals(2, w.sources());
        assertEquals(40, count(dir.resolve("one")));
        String all1 = concat(dir.resolve("one"));
        assertEquals(all1, concat(dir.resolve("two")));
        assertNotEquals(all1, concat(dir.resolve("three")));
        assertTrue(all1.contains("title: Clashes near Idlib") && all1.contains("title: Talks in Geneva"));
        assertTrue(all1.matches("(?s).*(Liwa|Jaish|Harakat|Katibat|Firqat|Tajammu) al-(?!Islam|Haqq)[A-Z][a-z]+.*"),
                "some groups get invented names");
        assertTrue(all1.matches("(?s).*date: 20(1[3-9]|20)-\\d\\d-\\d\\d.*"), "dates stay within three years");
    }

    @Test
    void a_folder_without_articles_in_the_header_format_is_refused_by_name(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("plain.txt"), "Just a line of text without a header.\n");
        ConflictKgException e = assertThrows(ConflictKgException.class,
                () -> ScaleCorpus.generate(List.of(dir), 5, 1, dir.resolve("out")));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScaleCorpus.generate(List.of(dir), 0, 1, dir.resolve("out")));
    }

    private static long count(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    private static String concat(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(dir).sorted()) {
            for (Path p : s.toList()) {
                sb.append(Files.readString(p));
            }
        }
        return sb.toString();
    }
}
