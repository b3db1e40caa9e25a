package org.conflictkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.rdf.model.Model;
import org.conflictkg.clean.ArticleCleaner;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.ingest.SourceFinder;
import org.conflictkg.model.Article;
import org.conflictkg.model.Extraction;
import org.conflictkg.model.RawArticle;
import org.conflictkg.model.AnalysedArticle;
import org.conflictkg.nlp.Analyser;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.rdf.ArticleGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the hot stages, one article per operation, going round the articles
 * of a folder: cleaning, OpenNLP (sentences, tokens), entity matching, entity matching
 * with coreference and the relation rules (the whole extractor), and the RDF mapping. Each
 * stage is fed the previous stage's output, computed once in the set-up. Run with
 * {@code bench/jmh} (never by the tests); the folder is the {@code corpus} parameter.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class StagesBenchmark {
    /** A folder of articles; relative paths are read from the project folder. */
    @Param("data/articles")
    public String corpus;

    private final ArticleCleaner cleaner = new ArticleCleaner();
    private Analyser analyser;
    private EntityRecogniser recogniser;
    private Extractor extractor;
    private List<RawArticle> raw;
    private List<Article> cleaned;
    private List<AnalysedArticle> analysed;
    private List<Extraction> extracted;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        KbLoader.Loaded vocabulary = KbLoader.load(null);
        analyser = new Analyser(NlpModels.load());
        recogniser = new EntityRecogniser(new Gazetteer(vocabulary.kb()), Lexicons.load());
        extractor = new Extractor(vocabulary.kb());
        Ingestor ingestor = new Ingestor();
        SourceFinder.Found found = new SourceFinder().find(List.of(Path.of(corpus)));
        raw = new ArrayList<>();
        for (Path f : found.files()) {
            raw.add(ingestor.read(f));
        }
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("no articles under " + Path.of(corpus).toAbsolutePath());
        }
        cleaned = raw.stream().map(cleaner::clean).toList();
        analysed = cleaned.stream().map(analyser::analyse).toList();
        extracted = analysed.stream().map(extractor::extract).toList();
        System.out.printf("%n%d articles, %d tokens from %s%n", raw.size(),
                analysed.stream().mapToLong(AnalysedArticle::tokenCount).sum(), corpus);
    }

    private int nextIndex() {
        int i = next;
        next = (next + 1) % raw.size();
        return i;
    }

    @Benchmark
    public Article clean() {
        return cleaner.clean(raw.get(nextIndex()));
    }

    @Benchmark
    public AnalysedArticle nlp() {
        return analyser.analyse(cleaned.get(nextIndex()));
    }

    @Benchmark
    public Object entities() {
        return recogniser.find(analysed.get(nextIndex()));
    }

    @Benchmark
    public Extraction entitiesAndRelations() {
        return extractor.extract(analysed.get(nextIndex()));
    }

    @Benchmark
    public Model rdf() {
        return ArticleGraph.toModel(extracted.get(nextIndex()));
    }
}
