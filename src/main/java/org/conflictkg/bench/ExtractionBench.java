package org.conflictkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.conflictkg.clean.ArticleCleaner;
import org.conflictkg.extract.Extractor;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.ingest.SourceFinder;
import org.conflictkg.model.AnalysedArticle;
import org.conflictkg.model.Article;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.model.Extraction;
import org.conflictkg.model.RawArticle;
import org.conflictkg.model.RejectedInputException;
import org.conflictkg.nlp.Analyser;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.pipeline.BuildSummary;
import org.conflictkg.pipeline.Builder;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.rdf.ArticleGraph;
import org.conflictkg.store.KgStore;

/**
 * Measures extraction over articles held in memory (so that disk reads do not count):
 * each stage alone on one thread, the whole extraction on one thread and on a pool, and a
 * build of the same files into a fresh TDB2 store. Every run is preceded by a warm-up over the first
 * {@value #WARM_UP} articles.
 */
public final class ExtractionBench {
    private final KbLoader.Loaded vocabulary;
    private final NlpModels models;
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final Analyser analyser;
    private final Extractor extractor;

    public ExtractionBench(KbLoader.Loaded vocabulary, NlpModels models) {
        this.vocabulary = vocabulary;
        this.models = models;
        this.analyser = new Analyser(models);
        this.extractor = new Extractor(vocabulary.kb());
    }

    /** The inputs, read and decoded; inputs the ingestor refuses are left out. */
    public record Corpus(List<Path> files, List<RawArticle> raw, long bytes, List<RejectedInputException> refused) {
    }

    public static Corpus read(List<Path> roots, Ingestor ingestor) {
        SourceFinder.Found found = new SourceFinder().find(roots);
        List<RawArticle> raw = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<RejectedInputException> refused = new ArrayList<>(found.problems());
        long bytes = 0;
        for (Path f : found.files()) {
            try {
                RawArticle r = ingestor.read(f);
                raw.add(r);
                files.add(f);
                bytes += r.text().getBytes(StandardCharsets.UTF_8).length;
            } catch (RejectedInputException e) {
                refused.add(e);
            }
        }
        if (raw.isEmpty()) {
            throw new ConflictKgException("nothing to measure in " + roots + (refused.isEmpty() ? "" : ": " + refused.get(0).getMessage()));
        }
        return new Corpus(files, raw, bytes, refused);
    }

    /** Articles held between stages at once, so that memory does not grow with the corpus. */
    private static final int CHUNK = 256;

    /** Articles run through before each timed run, for the JIT compiler. */
    private static final int WARM_UP = 500;

    /** Each stage alone on one thread, fed the output of the stage before it, a chunk of articles at a time. */
    public List<Throughput> stages(Corpus c) {
        // warm-up: every stage over a sample
        for (RawArticle r : c.raw().subList(0, Math.min(WARM_UP, c.raw().size()))) {
            ArticleGraph.toModel(extractor.extract(analyser.analyse(cleaner.clean(r))));
        }
        long[] nanos = new long[4];
        long tokens = 0;
        long quads = 0;
        for (int from = 0; from < c.raw().size(); from += CHUNK) {
            List<RawArticle> chunk = c.raw().subList(from, Math.min(c.raw().size(), from + CHUNK));
            List<Article> cleaned = new ArrayList<>(chunk.size());
            List<AnalysedArticle> analysed = new ArrayList<>(chunk.size());
            List<Extraction> extracted = new ArrayList<>(chunk.size());
            long t0 = System.nanoTime();
            for (RawArticle r : chunk) {
                cleaned.add(cleaner.clean(r));
            }
            long t1 = System.nanoTime();
            for (Article a : cleaned) {
                analysed.add(analyser.analyse(a));
            }
            long t2 = System.nanoTime();
            for (AnalysedArticle a : analysed) {
                extracted.add(extractor.extract(a));
                tokens += a.tokenCount();
            }
            long t3 = System.nanoTime();
            for (Extraction x : extracted) {
                quads += ArticleGraph.toModel(x).size();
            }
            long t4 = System.nanoTime();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += t3 - t2;
            nanos[3] += t4 - t3;
        }
        int n = c.raw().size();
        return List.of(
                new Throughput("clean", 1, n, tokens, c.bytes(), nanos[0] / 1e9),
                new Throughput("sentences, tokens (OpenNLP)", 1, n, tokens, c.bytes(), nanos[1] / 1e9),
                new Throughput("entities, coreference, relations", 1, n, tokens, c.bytes(), nanos[2] / 1e9),
                new Throughput("RDF mapping (" + quads + " triples)", 1, n, tokens, c.bytes(), nanos[3] / 1e9));
    }

    /** The whole extraction (clean to RDF model, as {@code kg build} does it but without the store) over {@code threads} threads, after a warm-up on each. */
    public Throughput extraction(Corpus c, int threads) {
        Function<RawArticle, Long> work = r -> {
            AnalysedArticle a = analyser.analyse(cleaner.clean(r));
            ArticleGraph.toModel(extractor.extract(a));
            return (long) a.tokenCount();
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            runAll(pool, c.raw().subList(0, Math.min(WARM_UP, c.raw().size())), work);
            long t0 = System.nanoTime();
            long tokens = runAll(pool, c.raw(), work);
            return new Throughput("extraction", threads, c.raw().size(), tokens, c.bytes(), seconds(t0, System.nanoTime()));
        } finally {
            pool.shutdownNow();
        }
    }

    /** A build of the corpus's files into {@code store}, as {@code kg build} does it. */
    public BuildSummary build(Corpus c, KgStore store, int threads) {
        Builder builder = new Builder(new Pipeline(vocabulary, models), new Ingestor(), threads);
        return builder.build(new SourceFinder.Found(c.files(), List.of()), store, n -> { });
    }

    /** What Jena's own bulk loader did with the same quads. */
    public record Loaded(long quads, double seconds) {
        public double quadsPerSecond() {
            return quads / seconds;
        }
    }

    /**
     * Writes {@code built} as N-Quads to {@code nquads}, then loads that file into a fresh TDB2
     * store at {@code dir} with Jena's parallel bulk loader, timing the load alone. The loader
     * needs TDB2's default six quad indexes, so its store has two more than a build's.
     */
    public static Loaded jenaBulkLoad(KgStore built, Path nquads, Path dir) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads))) {
            built.dump(out, Lang.NQUADS);
        } catch (IOException e) {
            throw new ConflictKgException("cannot write " + nquads + ": " + e.getMessage(), e);
        }
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        try {
            DataLoader loader = LoaderFactory.parallelLoader(ds.asDatasetGraph(), (format, args) -> { });
            long t0 = System.nanoTime();
            loader.startBulk();
            try {
                loader.load(nquads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double seconds = seconds(t0, System.nanoTime());
            return new Loaded(loader.countQuads() + loader.countTriples(), seconds);
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    private static long runAll(ExecutorService pool, List<RawArticle> raw, Function<RawArticle, Long> work) {
        List<Future<Long>> futures = new ArrayList<>(raw.size());
        for (RawArticle r : raw) {
            futures.add(pool.submit(() -> work.apply(r)));
        }
        long sum = 0;
        for (Future<Long> f : futures) {
            try {
                sum += f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConflictKgException("benchmark interrupted", e);
            } catch (ExecutionException e) {
                throw new ConflictKgException("benchmark failed: " + e.getCause(), e.getCause());
            }
        }
        return sum;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
