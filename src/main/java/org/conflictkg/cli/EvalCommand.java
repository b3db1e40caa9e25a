package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.conflictkg.eval.Evaluation;
import org.conflictkg.eval.Gold;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.LearnedLayer;
import org.conflictkg.extract.NameResolver;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.ingest.SourceFinder;
import org.conflictkg.learn.AnnotatedCorpus;
import org.conflictkg.learn.RelationLearner;
import org.conflictkg.learn.Training;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.model.Extraction;
import org.conflictkg.model.KbEntity;
import org.conflictkg.model.KnowledgeBase;
import org.conflictkg.model.RejectedInputException;
import org.conflictkg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg eval}: precision, recall and F1 against a gold standard, directly or by article-level cross-validation. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extraction against a gold standard (entities.tsv, relations.tsv): per entity type and relation, strict and per pair, "
                + "linked to HTS, with misses and false hits.",
                "With --cv K, train the learned models on K-1 folds of the annotated articles and score the fold held out, for every fold "
                        + "(folds by article, never by sentence)."})
final class EvalCommand implements Callable<Integer> {
    static final Path FAKES_GOLD = Path.of("data", "gold", "fakes-dev");
    static final Path FAKES_TEXTS = Path.of("data", "fakes", "articles");

    @Mixin
    Common common;

    @Option(names = "--gold", paramLabel = "DIR", description = "The gold folder (entities.tsv, relations.tsv); with --cv the default is " + "data/gold/fakes-dev.")
    Path gold;

    @Option(names = "--articles", split = ",", paramLabel = "FILE", description = "Score only these article files (comma-separated names).")
    List<String> only;

    @Option(names = "--quiet", description = "Only the tables, not the misses and false hits.")
    boolean quiet;

    @Option(names = "--cv", paramLabel = "K", description = "Cross-validate the learned models over K folds of the gold's articles.")
    Integer folds;

    @Option(names = "--threshold", paramLabel = "P", split = ",", description = "The relation classifier's threshold; several (comma-separated) print one summary line each (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + Extractor.DEFAULT_THRESHOLD)
    List<Double> thresholds;

    @Option(names = "--mode", paramLabel = "MODE", description = "Which claims are kept: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).", defaultValue = "MODEL")
    LearnedLayer.Mode mode;

    @Option(names = "--no-rule-features", description = "Train (with --cv) and run the classifier without the hand rules' findings as features.")
    boolean noRuleFeatures;

    @Option(names = "--no-learned-names", description = "Read names with the knowledge base only.")
    boolean noLearnedNames;

    @Option(names = "--no-spotter", description = "Without the name spotter (the classifier of capitalised words no one else read).")
    boolean noSpotter;

    @Option(names = "--governments", description = "Claims with a state as an actor (\"Syrias President\", \"Russia backs Syria\") on the "
            + "state's government where the article names it apart (the FA-KES annotation's convention; off by default: the seed gold writes the state).")
    boolean governments;

    @Option(names = "--no-force-descriptions", description = "Without reading a state's forces named by description (\"Syrian regime jets\", \"Turkish troops\").")
    boolean noForces;

    @Option(names = "--name-precision", paramLabel = "P", description = "The least precision of a learned name (default: the program's, "
            + "LearnedLayer.Settings.DEFAULT).")
    Double namePrecision;

    @Option(names = "--override", paramLabel = "P", description = "The least precision of a learned name that takes over the rules' reading (default: the program's).")
    Double override;

    @Option(names = "--trust", paramLabel = "P", description = "The least measured precision of a hand rule whose claims stand whatever the classifier says; above 1 for none (default: the program's).")
    Double trust;

    @Option(names = "--iterations", paramLabel = "N", description = "With --cv: L-BFGS iterations of the relation classifier (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + TrainCommand.ITERATIONS)
    int iterations;

    @Option(names = "--l2", paramLabel = "C", description = "With --cv: the classifier's L2 penalty (default: ${DEFAULT-VALUE}).", defaultValue = "" + TrainCommand.L2)
    double l2;

    @Option(names = "--cutoff", paramLabel = "N", description = "With --cv: the least number of candidates a feature must occur in (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + TrainCommand.CUTOFF)
    int cutoff;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "The articles the gold annotates (file names must match the gold's); with --cv the default is data/fakes/articles.")
    List<Path> paths;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (folds != null) {
            return crossValidate(out);
        }
        if (gold == null || paths == null || paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "kg eval needs --gold DIR and the articles it annotates (or --cv K)");
        }
        Gold g = loadGold(gold);
        Pipeline pipeline = common.pipeline();
        Ingestor ingestor = new Ingestor();
        List<Map<String, Object>> rows = new ArrayList<>();
        LearnedLayer.Settings settings = settings();
        LearnedLayer layer = pipeline.extractor().learned().with(LearnedLayer.Learned.load(thresholds.get(0)), settings);
        for (Path f : new SourceFinder().find(paths).files()) {
            try {
                rows.add(row(f, pipeline.extractor().extract(pipeline.analyse(ingestor.read(f)), layer)));
            } catch (RejectedInputException e) {
                spec.commandLine().getErr().println("kg: rejected " + e.getMessage());
            }
        }
        Set<String> filter = only == null ? null : new HashSet<>(only);
        out.print(Evaluation.render(Evaluation.score(g, rows, filter, focus(g, pipeline.resolver(), pipeline.vocabulary().kb())), !quiet));
        out.flush();
        return Main.OK;
    }

    private int crossValidate(PrintWriter out) throws Exception {
        Path goldDir = gold != null ? gold : FAKES_GOLD;
        Path texts = paths != null && !paths.isEmpty() ? paths.get(0) : FAKES_TEXTS;
        loadGold(goldDir);
        if (!Files.isDirectory(texts)) {
            throw new org.conflictkg.model.UsageException("no article folder at " + texts + " (the texts the gold at " + goldDir + " annotates)");
        }
        Pipeline pipeline = common.pipeline();
        long t0 = System.nanoTime();
        AnnotatedCorpus corpus = AnnotatedCorpus.load(pipeline, texts, goldDir);
        LearnedLayer.Settings settings = settings();
        LearnedLayer layer = pipeline.extractor().learned().with(LearnedLayer.Learned.NONE, settings);
        Training training = new Training(pipeline.resolver(), new RelationLearner(iterations, l2, cutoff), spec.commandLine().getErr()::println);
        List<Training.Fold> trained = training.folds(corpus, folds, layer, thresholds.get(0));
        Set<String> filter = only == null ? null : new HashSet<>(only);
        Set<String> focus = focus(corpus.gold(), pipeline.resolver(), pipeline.vocabulary().kb());
        out.printf("Cross-validation: %d articles in %d folds by article; settings %s; trained in %.0f s%n",
                corpus.docs().size(), folds, settings, (System.nanoTime() - t0) / 1e9);
        for (double t : thresholds) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Training.Held h : Training.extract(trained, layer, settings, t)) {
                rows.add(row(h.doc().path(), h.extraction()));
            }
            Evaluation.Report r = Evaluation.score(corpus.gold(), rows, filter, focus);
            if (thresholds.size() > 1) {
                out.printf("threshold %.2f  entities %s | relations %s | pairs F1 %.3f | linked to HTS %s%n", t, r.entities(), r.relations(),
                        r.pairs().f1(), r.linked());
            } else {
                out.printf("Relation threshold %.2f%n", t);
                out.print(Evaluation.render(r, !quiet));
            }
        }
        out.flush();
        return Main.OK;
    }

    /** The program's settings with what the options change. */
    private LearnedLayer.Settings settings() {
        LearnedLayer.Settings d = LearnedLayer.Settings.DEFAULT;
        return new LearnedLayer.Settings(noLearnedNames ? 2.0 : namePrecision != null ? namePrecision : d.namePrecision(),
                override != null ? override : d.overridePrecision(), mode, !noRuleFeatures, trust != null ? trust : d.trust(), !noSpotter,
                !noForces, governments);
    }

    private static Gold loadGold(Path dir) {
        if (!Files.isRegularFile(dir.resolve("entities.tsv")) || !Files.isRegularFile(dir.resolve("relations.tsv"))) {
            throw new org.conflictkg.model.UsageException("no gold at " + dir + " (expected entities.tsv and relations.tsv in it)");
        }
        return Gold.load(dir);
    }

    /** The gold's names for HTS and its former names (as the knowledge base links them), for "linked to HTS". */
    static Set<String> focus(Gold g, NameResolver resolver, KnowledgeBase kb) {
        Set<String> ids = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
        resolver.resolve("Hayat Tahrir al-Sham").ifPresent(hts -> todo.add(hts.entity().id()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (ids.add(id)) {
                kb.get(id).ifPresent(k -> todo.addAll(k.linked("formerlyKnownAs")));
            }
        }
        Set<String> names = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Gold.GoldEntity e : g.entities()) {
            if (seen.add(e.name())) {
                resolver.resolve(e.name()).map(NameResolver.Resolution::entity).map(KbEntity::id).filter(ids::contains)
                        .ifPresent(x -> names.add(e.name()));
            }
        }
        return names;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> row(Path f, Extraction x) throws Exception {
        // The same objects kg extract prints: the evaluation scores the contract, not internals.
        return JSON.readValue(JSON.writeValueAsString(ExtractCommand.toJson(f, x)), new TypeReference<Map<String, Object>>() { });
    }
}
