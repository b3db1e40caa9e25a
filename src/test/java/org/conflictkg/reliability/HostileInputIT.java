package org.conflictkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.conflictkg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A batch of hostile inputs generated in the test, built together with valid articles: every
 * input gets a clear outcome naming it, none stops the batch, the valid ones are all built,
 * and the build exits 3. Prints the table of cases and outcomes.
 */
class HostileInputIT {
    @Test
    void every_hostile_input_gets_a_clear_outcome_and_the_valid_files_are_built(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Map<String, String> cases = new LinkedHashMap<>();
        Files.write(in.resolve("empty.txt"), new byte[0]);
        cases.put("empty.txt", "an empty file");
        Files.writeString(in.resolve("whitespace.txt"), "   \n\t\n   ");
        cases.put("whitespace.txt", "whitespace only");
        Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        cases.put("image.txt", "a PNG image named .txt");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(in.resolve("archive.md"), zip.toByteArray());
        cases.put("archive.md", "a zip archive named .md");
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Files.write(in.resolve("huge.txt"), big);
        cases.put("huge.txt", "50 MB of text");
        Files.write(in.resolve("invalid-utf8.txt"), concat("Clashes in Idlib between Ahrar al-Sham and ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, " Jund al-Aqsa.".getBytes(StandardCharsets.UTF_8)));
        cases.put("invalid-utf8.txt", "invalid UTF-8");
        Files.write(in.resolve("utf16.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Turkey supports Faylaq al-Sham in Idlib, activists said.".getBytes(StandardCharsets.UTF_16LE)));
        cases.put("utf16.txt", "UTF-16 with a byte-order mark");
        Files.write(in.resolve("latin1.txt"), "Les combats ont repris \u00e0 Alep, selon l'Observatoire; Jaish al-Islam a rejet\u00e9 la tr\u00eave."
                .getBytes(StandardCharsets.ISO_8859_1));
        cases.put("latin1.txt", "Latin-1 (French)");
        Files.writeString(in.resolve("scripts.html"), "<html><head><title>Aleppo</title><style>body{color:red}</style><script>alert('x')</script>"
                + "</head><body><script>var a = 'Hezbollah supports Syria';</script><p>Russia backs the Syrian Arab Army in Aleppo.</p>"
                + "<style>.x{}</style></body></html>");
        cases.put("scripts.html", "HTML full of scripts and styles");
        Files.writeString(in.resolve("french.txt"), "Titre: La tr\u00eave en Syrie\n\nLa Russie et la Turquie ont n\u00e9goci\u00e9 une tr\u00eave \u00e0 Idlib.");
        cases.put("french.txt", "an article in French");
        Files.writeString(in.resolve("arabic.txt"), "\u0647\u064a\u0626\u0629 \u062a\u062d\u0631\u064a\u0631 \u0627\u0644\u0634\u0627\u0645 \u0641\u064a \u0625\u062f\u0644\u0628\n\n"
                + "\u0627\u0634\u062a\u0628\u0627\u0643\u0627\u062a \u0628\u064a\u0646 \u0647\u064a\u0626\u0629 \u062a\u062d\u0631\u064a\u0631 \u0627\u0644\u0634\u0627\u0645 \u0648\u062c\u064a\u0634 \u0627\u0644\u0639\u0632\u0629 \u0641\u064a \u062d\u0644\u0628.");
        cases.put("arabic.txt", "an article in Arabic");
        Files.writeString(in.resolve("no-entity.txt"), "Weather report\n\nIt rained all day and the football match was postponed until Sunday.");
        cases.put("no-entity.txt", "an article with no known entity");
        Files.writeString(in.resolve("long-sentence.txt"), "One long sentence\n\n" + "Ahrar al-Sham and Faylaq al-Sham fought near Idlib and ".repeat(1800) + "then stopped.");
        cases.put("long-sentence.txt", "one sentence of about 100,000 characters");
        Files.writeString(in.resolve("nested.html"), "<html><body>" + "<div>".repeat(20_000) + "<p>Turkey backs the Hamza Division.</p>"
                + "</div>".repeat(20_000) + "</body></html>");
        cases.put("nested.html", "HTML nested 20,000 levels deep");
        Files.createDirectories(in.resolve("loop"));
        Files.createSymbolicLink(in.resolve("loop").resolve("back"), in);
        cases.put("loop/back", "a symbolic-link loop (a link to a parent folder)");
        Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("no-such-target.txt"));
        cases.put("dangling.txt", "a link to nothing (unreadable)");
        Path locked = in.resolve("locked.txt");
        Files.writeString(locked, "Russia backs the Syrian Arab Army.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean root = Files.isReadable(locked);
        cases.put("locked.txt", "a file without read permission" + (root ? " (readable anyway: the test runs as root)" : ""));
        Path valid = Files.createDirectories(in.resolve("valid"));
        try (var seeds = Files.list(Path.of("data", "articles"))) {
            for (Path p : seeds.toList()) {
                Files.copy(p, valid.resolve(p.getFileName()));
            }
        }

        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("build", "--store", dir.resolve("store").toString(), in.toString());
        String summary = out.toString();
        assertEquals(Main.REJECTED, code, summary + err);

        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String name : cases.keySet()) {
            String line = summary.lines().filter(l -> l.contains(in.resolve(name).toString() + ":")).findFirst().orElse(null);
            String outcome = line == null ? "built" : "rejected: " + line.substring(line.indexOf(name + ":") + name.length() + 1).strip();
            outcomes.put(name, name.equals("loop/back") ? (summary.contains("loop/back/") ? "followed (wrong)" : "not followed; the batch goes on") : outcome);
        }
        System.out.println("| input | case | outcome |");
        System.out.println("|---|---|---|");
        outcomes.forEach((k, v) -> System.out.println("| `" + k + "` | " + cases.get(k) + " | " + v + " |"));

        assertTrue(outcomes.get("empty.txt").contains("empty"));
        assertTrue(outcomes.get("whitespace.txt").contains("whitespace"));
        assertTrue(outcomes.get("image.txt").contains("PNG"));
        assertTrue(outcomes.get("archive.md").contains("zip"));
        assertTrue(outcomes.get("huge.txt").contains("too large"));
        assertTrue(outcomes.get("dangling.txt").startsWith("rejected"));
        for (String ok : new String[] {"invalid-utf8.txt", "utf16.txt", "latin1.txt", "scripts.html", "french.txt", "arabic.txt",
                "no-entity.txt", "long-sentence.txt", "nested.html"}) {
            assertEquals("built", outcomes.get(ok), ok);
        }
        assertTrue(summary.contains("Articles built:    " + (5 + 9 + (root ? 1 : 0))), summary);
        assertEquals("not followed; the batch goes on", outcomes.get("loop/back"));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }
}
