package org.conflictkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.conflictkg.cli.Main;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.ontology.ShapesValidator;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a build with SIGKILL in the middle of the 500-article corpus, then proves that the
 * store opens, holds only whole articles (every article graph passes the SHACL shapes), and
 * that the re-run completes with exactly the graphs and triples of a clean build.
 */
class CrashSafetyIT {
    static final Path CORPUS = Path.of("data", "fakes", "articles");
    static final int ARTICLES = 3_000;

    @Test
    void a_build_killed_mid_batch_leaves_whole_articles_and_the_rerun_completes_without_duplicates(@TempDir Path dir) throws Exception {
        Path jar = Path.of("target", "conflict-kg.jar");
        assertTrue(Files.exists(jar), "expected the packaged jar at " + jar.toAbsolutePath());
        assertTrue(Files.isDirectory(CORPUS), "expected the corpus at " + CORPUS.toAbsolutePath());
        // Builds commit at least five seconds apart: a corpus that takes longer than that to build.
        Path corpus = dir.resolve("corpus");
        assertEquals(0, Main.commandLine().execute("scale-corpus", "--articles", String.valueOf(ARTICLES), "--out", corpus.toString(), CORPUS.toString()));
        Path store = dir.resolve("store");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar",
                jar.toString(), "build", "--store", store.toString(), "--no-progress", "--progress-log", corpus.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
        // Wait for the first commit (progress is reported as articles are committed), then kill the build without warning.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && p.isAlive() && !Files.readString(dir.resolve("build.log")).contains("done ")) {
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "the build finished before it could be killed: " + Files.readString(dir.resolve("build.log")));
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(p.exitValue() != 0, "killed, not finished");

        int committed;
        KbLoader.Loaded vocabulary = KbLoader.load(null);
        ShapesValidator validator = ShapesValidator.load(null, vocabulary);
        List<String> problems = new ArrayList<>();
        try (KgStore s = KgStore.open(store)) {
            List<String> graphs = s.articleGraphs();
            committed = graphs.size();
            for (String g : graphs) {
                validator.validate(s.graph(g)).forEach(v -> problems.add(g + " " + v));
            }
        }
        System.out.printf("Killed mid-batch: %d article graphs committed, %d violations%n", committed, problems.size());
        assertTrue(committed > 0 && committed < ARTICLES, "committed " + committed);
        assertTrue(problems.isEmpty(), problems.toString());

        assertEquals(0, Main.commandLine().execute("build", "--store", store.toString(), "--no-progress", corpus.toString()));
        Path clean = dir.resolve("clean");
        assertEquals(0, Main.commandLine().execute("build", "--store", clean.toString(), "--no-progress", corpus.toString()));
        try (KgStore rerun = KgStore.open(store); KgStore fresh = KgStore.open(clean)) {
            assertEquals(fresh.articleGraphs().size(), rerun.articleGraphs().size());
            assertEquals(fresh.size(), rerun.size(), "no duplicate triples after the re-run");
        }
    }
}
