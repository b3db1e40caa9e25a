package org.conflictkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.ingest.SourceFinder;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.model.Extraction;
import org.conflictkg.model.RawArticle;
import org.conflictkg.model.RejectedInputException;
import org.conflictkg.rdf.ArticleGraph;
import org.conflictkg.store.KgStore;

/**
 * Builds files and folders into the store: extraction runs on a pool of threads, a bounded
 * window of articles is in flight (memory does not grow with the corpus), and the calling
 * thread writes the articles' graphs in input order into one open transaction, committed
 * every tenth of the time the build has run so far (commits at least {@value #MIN_COMMIT_MILLIS}
 * ms and at most {@value #MAX_COMMIT_MILLIS} ms apart, and after {@value #MAX_PENDING} articles). A
 * crash loses only what was not yet committed. TDB2 copies the index blocks each transaction
 * touches, so a store grows with every commit until it is compacted: a long build commits
 * seldom. A failure in one article is reported with its name and never stops the batch.
 */
public final class Builder {
    /** Commits come at least this far apart... */
    static final long MIN_COMMIT_MILLIS = 5_000;
    /** ...and at most this far apart. */
    static final long MAX_COMMIT_MILLIS = 60_000;
    /** The most articles written in one transaction. */
    static final int MAX_PENDING = 20_000;
    /** Articles in flight: enough that extraction goes on while a transaction is written. */
    static final int WINDOW = 256;

    private final Pipeline pipeline;
    private final Ingestor ingestor;
    private final int threads;

    public Builder(Pipeline pipeline, Ingestor ingestor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pipeline = pipeline;
        this.ingestor = ingestor;
        this.threads = threads;
    }

    /** Finds the inputs; the caller may size a progress bar from it. */
    public SourceFinder.Found find(List<Path> roots) {
        return new SourceFinder().find(roots);
    }

    /** Builds what {@link #find} found; {@code progress} is told the count of inputs done. */
    public BuildSummary build(SourceFinder.Found found, KgStore store, IntConsumer progress) {
        return build(found, List.of(), store, progress);
    }

    /** Builds the files found and articles already read (standard input, an upload), in that order. */
    public BuildSummary build(SourceFinder.Found found, List<RawArticle> read, KgStore store, IntConsumer progress) {
        long t0 = System.nanoTime();
        store.writeVocabulary(pipeline.vocabulary().ontology(), pipeline.vocabulary().kbModel());
        List<RejectedInputException> rejected = new ArrayList<>(found.problems());
        Set<String> entities = new HashSet<>();
        int built = 0;
        int claims = 0;
        int done = 0;
        int pending = 0;
        long lastCommit = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        try (KgStore.Writer writer = store.writer()) {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            List<Path> files = found.files();
            int total = files.size() + read.size();
            while (next < total || !window.isEmpty()) {
                while (next < total && window.size() < Math.max(threads * 4, WINDOW)) {
                    int i = next++;
                    if (i < files.size()) {
                        Path f = files.get(i);
                        window.add(pool.submit(() -> process(f.toString(), () -> ingestor.read(f))));
                    } else {
                        RawArticle r = read.get(i - files.size());
                        window.add(pool.submit(() -> process(r.name(), () -> r)));
                    }
                }
                Outcome o = await(window.poll());
                if (o.error() != null) {
                    rejected.add(o.error());
                } else {
                    writer.replace(ArticleGraph.graphName(o.extraction()), o.model());
                    built++;
                    claims += o.extraction().claims().size();
                    entities.addAll(o.extraction().mentionedEntities());
                }
                pending++;
                long now = System.nanoTime();
                long interval = Math.min(MAX_COMMIT_MILLIS, Math.max(MIN_COMMIT_MILLIS, (now - t0) / 10_000_000L)) * 1_000_000L;
                if (window.isEmpty() || writer.pending() >= MAX_PENDING || now - lastCommit >= interval) {
                    writer.commit();
                    lastCommit = System.nanoTime();
                    for (; pending > 0; pending--) {
                        progress.accept(++done);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new BuildSummary(found.files().size() + read.size() + found.problems().size(), built, rejected, entities.size(),
                claims, store.size(), (System.nanoTime() - t0) / 1e9);
    }

    private record Outcome(Extraction extraction, Model model, RejectedInputException error) {
    }

    private Outcome process(String name, Supplier<RawArticle> input) {
        try {
            Extraction x = pipeline.extract(input.get());
            return new Outcome(x, ArticleGraph.toModel(x), null);
        } catch (RejectedInputException e) {
            return new Outcome(null, null, e);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, null, new RejectedInputException(name, "failed: " + e));
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictKgException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new ConflictKgException("extraction failed: " + e.getCause(), e.getCause());
        }
    }
}
