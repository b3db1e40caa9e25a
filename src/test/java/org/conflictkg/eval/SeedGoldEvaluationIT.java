package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.conflictkg.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Scores {@code kg extract} on the seed gold (data/gold/seeds) and fails under the floors:
 * entity F1 0.92 (issue 4); relation precision 0.8 and recall 0.55, strict (issue 13: the seeds
 * carry punctuation and partisan rhetoric the annotated FA-KES articles the models learn from
 * lack); pair F1 0.75 (the ground the learned layer keeps there). Prints precision, recall and
 * F1 per entity type and per relation.
 */
class SeedGoldEvaluationIT {
    static final Path SHARED = Path.of("data");
    static final double ENTITY_F1_FLOOR = 0.92;
    static final double RELATION_PRECISION_FLOOR = 0.80;
    static final double RELATION_RECALL_FLOOR = 0.55;
    static final double PAIR_F1_FLOOR = 0.75;

    static List<Map<String, Object>> extract(Path seeds) throws Exception {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("extract", "--format", "jsonl", seeds.toString());
        assertEquals(0, code, "kg extract failed: " + err);
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String line : out.toString().split("\\R")) {
            if (!line.isBlank()) {
                rows.add(json.readValue(line, new TypeReference<Map<String, Object>>() { }));
            }
        }
        return rows;
    }

    @Test
    void extraction_on_the_seed_gold_meets_the_floors() throws Exception {
        Path seeds = SHARED.resolve("articles");
        Path goldDir = SHARED.resolve("gold").resolve("seeds");
        assertTrue(Files.isDirectory(seeds) && Files.isDirectory(goldDir),
                "the seed gold is expected at " + goldDir.toAbsolutePath() + " (bundled in the repository)");
        List<Map<String, Object>> rows = extract(seeds);
        assertEquals(5, rows.size(), "one JSON object per seed article");
        Evaluation.Report r = Evaluation.score(Gold.load(goldDir), rows, null);
        System.out.println("=== Seed gold evaluation (kg extract, all five seeds) ===");
        System.out.println(Evaluation.render(r, Boolean.getBoolean("eval.details")));
        assertTrue(r.entities().f1() >= ENTITY_F1_FLOOR, "entity F1 " + r.entities().f1() + " < " + ENTITY_F1_FLOOR);
        assertTrue(r.relations().precision() >= RELATION_PRECISION_FLOOR,
                "relation precision " + r.relations().precision() + " < " + RELATION_PRECISION_FLOOR);
        assertTrue(r.relations().recall() >= RELATION_RECALL_FLOOR,
                "relation recall " + r.relations().recall() + " < " + RELATION_RECALL_FLOOR);
        assertTrue(r.pairs().f1() >= PAIR_F1_FLOOR, "pair F1 " + r.pairs().f1() + " < " + PAIR_F1_FLOOR);
    }
}
