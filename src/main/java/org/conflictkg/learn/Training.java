package org.conflictkg.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import opennlp.tools.ml.model.Event;
import org.conflictkg.extract.LearnedLayer;
import org.conflictkg.extract.LearnedNames;
import org.conflictkg.extract.NameResolver;
import org.conflictkg.extract.NameSpotter;
import org.conflictkg.extract.RelationModel;
import org.conflictkg.extract.RulePrecision;
import org.conflictkg.model.Extraction;

/**
 * Trains every learned model from a set of annotated articles, and runs cross-validation:
 * the articles are split into folds by a hash of their file names (never by sentence), each
 * fold is read by models trained on the others, and the extractions of all folds are returned
 * for scoring. Deterministic.
 */
public final class Training {
    /** The learned names and the relation classifier trained together, and how many events it saw. */
    public record Models(LearnedLayer.Learned learned, int events) {
    }

    /** L-BFGS iterations of the name spotter. */
    static final int SPOTTER_ITERATIONS = 60;

    private final NameResolver resolver;
    private final RelationLearner learner;
    private final Consumer<String> progress;

    /**
     * @param progress where to report what training does (standard error in the command line), or null for nowhere
     */
    public Training(NameResolver resolver, RelationLearner learner, Consumer<String> progress) {
        this.resolver = resolver;
        this.learner = learner;
        this.progress = progress;
    }

    /**
     * Trains the names first, then the relation classifier on candidates found with those names.
     *
     * @param layer the layer whose settings (name precision, override) the candidates are found with
     */
    public Models train(AnnotatedCorpus corpus, List<AnnotatedCorpus.Doc> docs, LearnedLayer layer, double threshold) {
        LearnedNames names = new NameLearner(resolver).learn(corpus.gold(), docs);
        // The spotter learns from the runs the knowledge base alone leaves: with the names learned
        // from the same articles, every name of them would be taken and the runs left hold none.
        LearnedLayer kbOnly = layer.with(LearnedLayer.Learned.NONE, layer.settings());
        NameSpotter spotter = layer.settings().spot()
                ? new SpotterLearner(SPOTTER_ITERATIONS, progress).train(corpus.gold(), docs, kbOnly, LearnedLayer.SPOTTER_THRESHOLD) : null;
        LearnedLayer named = layer.with(new LearnedLayer.Learned(names, spotter, null, null), layer.settings());
        RulePrecision rules = learner.rulePrecision(corpus.gold(), docs, named);
        RelationLearner.Events ev = learner.events(corpus.gold(), docs, named);
        List<Event> events = ev.events();
        long t0 = System.nanoTime();
        if (progress != null) {
            progress.accept(String.format("training on %d articles: %d learned names, %d candidate events reaching %d of %d scored gold relations",
                    docs.size(), names.entries().size(), events.size(), ev.reached(), ev.scored()));
        }
        Models m = new Models(new LearnedLayer.Learned(names, spotter, new RelationModel(learner.train(events), threshold), rules), events.size());
        if (progress != null) {
            progress.accept(String.format("relation classifier trained in %.1f s", (System.nanoTime() - t0) / 1e9));
        }
        return m;
    }

    /** One fold of a cross-validation: the articles it holds out and the models trained without them. */
    public record Fold(int index, List<AnnotatedCorpus.Doc> test, Models models) {
    }

    /** Trains a model for each of {@code k} folds on the other folds' articles. */
    public List<Fold> folds(AnnotatedCorpus corpus, int k, LearnedLayer layer, double threshold) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + k);
        }
        // The folds train apart from each other, each deterministically: in parallel, in fold order.
        return java.util.stream.IntStream.range(0, k).parallel().mapToObj(f -> {
            List<AnnotatedCorpus.Doc> train = new ArrayList<>();
            List<AnnotatedCorpus.Doc> test = new ArrayList<>();
            for (AnnotatedCorpus.Doc d : corpus.docs()) {
                (AnnotatedCorpus.fold(d.file(), k) == f ? test : train).add(d);
            }
            return new Fold(f, test, train(corpus, train, layer, threshold));
        }).toList();
    }

    /** An extraction of one held-out article. */
    public record Held(AnnotatedCorpus.Doc doc, Extraction extraction) {
    }

    /** Every held-out article read by its fold's models, with the given settings and threshold. */
    public static List<Held> extract(List<Fold> folds, LearnedLayer layer, LearnedLayer.Settings settings, double threshold) {
        List<Held> out = new ArrayList<>();
        for (Fold f : folds) {
            LearnedLayer.Learned m = f.models().learned();
            LearnedLayer l = layer.with(new LearnedLayer.Learned(m.names(), m.spotter(), m.relations().withThreshold(threshold), m.rules()), settings);
            for (AnnotatedCorpus.Doc d : f.test()) {
                out.add(new Held(d, l.apply(d.analysed(), d.base().extraction(), d.base().contexts())));
            }
        }
        return out;
    }
}
