package org.conflictkg.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.ingest.Ingestor;
import org.conflictkg.model.Article;
import org.conflictkg.model.Paragraph;
import org.conflictkg.model.Section;
import org.junit.jupiter.api.Test;

/**
 * Holds the cleaner to data/gold/seeds/boilerplate.md: every line it calls body is in the
 * cleaned body, and no other line of four words or more is (the headline aside).
 */
class SeedBoilerplateIT {
    static final Path SHARED = Path.of("data");
    private static final Pattern SECTION = Pattern.compile("^## (\\S+\\.(?:txt|md))\\s*$");
    private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:\\s*[–-]\\s*(\\d+))?");

    static Map<String, Set<Integer>> bodyLines(Path doc) throws Exception {
        Map<String, Set<Integer>> out = new LinkedHashMap<>();
        String current = null;
        for (String line : Files.readAllLines(doc)) {
            Matcher s = SECTION.matcher(line);
            if (s.matches()) {
                current = s.group(1);
            } else if (current != null && line.startsWith("**Body:**")) {
                Set<Integer> lines = new HashSet<>();
                String spec = line.substring("**Body:**".length()).split("\\.\\s", 2)[0].replace("l.", "");
                Matcher n = NUMBERS.matcher(spec);
                while (n.find()) {
                    int a = Integer.parseInt(n.group(1));
                    int b = n.group(2) == null ? a : Integer.parseInt(n.group(2));
                    for (int i = a; i <= b; i++) {
                        lines.add(i);
                    }
                }
                out.put(current, lines);
            }
        }
        return out;
    }

    private static String norm(String s) {
        return MarkupStripper.markdown(s).get(0).text().replaceAll("[*_#>]", "").replaceAll("\\s+", " ").strip();
    }

    @Test
    void the_cleaner_keeps_the_body_and_drops_everything_else_the_gold_names() throws Exception {
        Path doc = SHARED.resolve("gold/seeds/boilerplate.md");
        assertTrue(Files.exists(doc), "expected " + doc.toAbsolutePath());
        Map<String, Set<Integer>> body = bodyLines(doc);
        assertTrue(body.size() == 5, "five seeds described, found " + body.keySet());
        ArticleCleaner cleaner = new ArticleCleaner();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> e : body.entrySet()) {
            Path seed = SHARED.resolve("articles").resolve(e.getKey());
            Article a = cleaner.clean(new Ingestor().read(seed));
            StringBuilder bodyText = new StringBuilder();
            Set<String> paragraphs = new HashSet<>();
            for (Paragraph p : a.paragraphs()) {
                if (p.section() == Section.BODY) {
                    bodyText.append(p.text()).append('\n');
                    paragraphs.add(p.text().replaceAll("\\s+", " ").strip());
                }
            }
            String cleaned = bodyText.toString().replaceAll("\\s+", " ");
            String title = norm(a.title());
            List<String> lines = Files.readAllLines(seed);
            for (int i = 1; i <= lines.size(); i++) {
                String line = norm(lines.get(i - 1));
                if (line.isEmpty()) {
                    continue;
                }
                boolean inBody = cleaned.contains(line);
                // A short non-body line (a site name) may also occur inside a body sentence: it counts as kept only as a paragraph of its own.
                boolean kept = paragraphs.contains(line) || (inBody && line.split(" ").length >= 8);
                if (e.getValue().contains(i) && !inBody) {
                    problems.add(e.getKey() + " l." + i + " is body but was dropped: " + line);
                } else if (!e.getValue().contains(i) && kept && line.split(" ").length >= 4 && !line.equals(title)) {
                    problems.add(e.getKey() + " l." + i + " is not body but was kept: " + line);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
