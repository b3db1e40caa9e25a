package org.conflictkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.conflictkg.bench.ExtractionBench;
import org.conflictkg.bench.Heap;
import org.conflictkg.bench.Throughput;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.pipeline.BuildSummary;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg bench}: prints throughput figures for extraction and building. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction and building over articles: each stage on one thread, the whole "
                + "extraction on one thread and on all cores, a build into a fresh TDB2 store in a temporary "
                + "folder, and Jena's own bulk loader on the same quads. Inputs are read into memory first.",
                "Run it with the heap you mean to measure, e.g. KG_JAVA_OPTS=-Xmx1g ./kg bench data/articles."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    Common common;

    @Option(names = "--threads", description = "Threads for the parallel runs (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-build", description = "Measure extraction only.")
    boolean noBuild;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the temporary stores go (default: the system's temporary folder).")
    Path work;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders of articles.")
    List<Path> paths;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1: " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        ExtractionBench bench = new ExtractionBench(common.vocabulary(), NlpModels.load());
        ExtractionBench.Corpus corpus = ExtractionBench.read(paths, new Ingestor());
        out.printf("Corpus: %d articles, %.2f MB, %d refused; %d cores, max heap %d MB%n", corpus.raw().size(),
                corpus.bytes() / 1e6, corpus.refused().size(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.println();
        out.printf("%-40s %7s %10s %11s %8s %8s%n", "Stage", "threads", "articles/s", "tokens/s", "MB/s", "seconds");
        Heap.resetPeak();
        List<Throughput> runs = new java.util.ArrayList<>(bench.stages(corpus));
        Throughput one = bench.extraction(corpus, 1);
        runs.add(one);
        Throughput all = threads == 1 ? one : bench.extraction(corpus, threads);
        if (threads > 1) {
            runs.add(all);
        }
        for (Throughput t : runs) {
            out.printf("%-40s %7d %10.1f %11.0f %8.3f %8.2f%n", t.label(), t.threads(), t.articlesPerSecond(),
                    t.tokensPerSecond(), t.megabytesPerSecond(), t.seconds());
        }
        out.printf("Tokens: %d; peak heap during extraction: %d MB%n", one.tokens(), Heap.peak() >> 20);
        out.flush();
        if (noBuild) {
            return Main.OK;
        }
        Path dir = Files.createTempDirectory(work == null ? Path.of(System.getProperty("java.io.tmpdir")) : work, "kg-bench");
        try {
            Heap.resetPeak();
            BuildSummary s;
            try (KgStore store = KgStore.open(dir.resolve("build"))) {
                s = bench.build(corpus, store, threads);
                long heap = Heap.peak();
                out.println();
                out.printf("Build into TDB2 (%d threads): %d articles, %d quads in %.2f s: %.1f articles/s, %.0f quads/s; "
                        + "%.2f of extraction alone; peak heap %d MB%n", threads, s.built(), s.quads(), s.seconds(),
                        s.built() / s.seconds(), s.quads() / s.seconds(), (s.built() / s.seconds()) / all.articlesPerSecond(), heap >> 20);
                out.flush();
                ExtractionBench.Loaded jena = ExtractionBench.jenaBulkLoad(store, dir.resolve("dump.nq"), dir.resolve("jena"));
                out.printf("Jena's parallel bulk loader, same quads as N-Quads: %d quads in %.2f s: %.0f quads/s "
                        + "(the build writes %.2f as many quads a second, while also extracting)%n", jena.quads(), jena.seconds(),
                        jena.quadsPerSecond(), (s.quads() / s.seconds()) / jena.quadsPerSecond());
            }
        } finally {
            delete(dir);
        }
        out.flush();
        return Main.OK;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new ConflictKgException("cannot remove " + dir + ": " + e.getMessage(), e);
        }
    }
}
