package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.conflictkg.ontology.KbLoader;
import org.junit.jupiter.api.Test;

/**
 * Resolves the name variants of {@code name-variants.tsv} (spellings, typos, transliterations,
 * translations, acronyms as news outlets print them) and requires at least 97% right.
 */
class NameVariantsTest {
    static final double FLOOR = 0.97;

    @Test
    void at_least_97_percent_of_the_variants_news_outlets_print_resolve_right() throws Exception {
        NameResolver resolver = new Extractor(KbLoader.load(null).kb()).resolver();
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NameVariantsTest.class.getResourceAsStream("/name-variants.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows) {
            String got = resolver.resolve(row[0]).map(x -> x.entity().id()).orElse("-");
            if (!got.equals(row[1])) {
                wrong.add(row[0] + " -> " + got + " (expected " + row[1] + ")");
            }
        }
        double right = 1.0 - (double) wrong.size() / rows.size();
        System.out.printf("Name variants: %d, right %d (%.1f%%)%n", rows.size(), rows.size() - wrong.size(), 100 * right);
        wrong.forEach(w -> System.out.println("  wrong: " + w));
        assertTrue(rows.size() >= 250, "at least 250 variants, found " + rows.size());
        assertTrue(right >= FLOOR, String.format("%.3f right, under %.2f: %s", right, FLOOR, wrong));
    }
}
