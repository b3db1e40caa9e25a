package org.conflictkg.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.conflictkg.eval.Evaluation;
import org.conflictkg.eval.Gold;
import org.conflictkg.extract.LearnedLayer;
import org.conflictkg.extract.RelationCandidate;
import org.conflictkg.extract.RelationModel;
import org.conflictkg.extract.RulePrecision;
import org.conflictkg.model.Claim;
import org.conflictkg.model.Mention;

/**
 * Trains the relation classifier. Each candidate of a training article (two entities in one
 * sentence, found by the rules and the learned names) is aligned with the gold as the scorer
 * aligns it; it is labelled with every gold relation between the two whose evidence lies in
 * the sentence (several joined into one outcome, see {@link RelationModel}), and {@code NONE}
 * when the gold has no relation between them. A pair the gold
 * relates on the strength of another sentence is left out of training: this sentence may or
 * may not say it. The model is OpenNLP's maximum entropy trained by L-BFGS with an L2 penalty,
 * on one thread, so the same articles give the same model.
 */
public final class RelationLearner {
    private static final Set<String> SYMMETRIC = Set.of("alliedWith", "fightsAgainst");

    private final int iterations;
    private final double l2;
    private final int cutoff;

    /**
     * @param iterations L-BFGS iterations
     * @param l2         the L2 penalty
     * @param cutoff     the least number of events a feature must occur in to be kept
     */
    public RelationLearner(int iterations, double l2, int cutoff) {
        this.iterations = iterations;
        this.l2 = l2;
        this.cutoff = cutoff;
    }

    /**
     * Training events, and how many of the gold's scored relations they reach: those with a
     * candidate in their evidence sentence (the most a classifier of sentence pairs can find).
     */
    public record Events(List<Event> events, int reached, int scored) {
    }

    /** The training events of the articles, with the learned names of the layer applied. */
    public Events events(Gold gold, List<AnnotatedCorpus.Doc> docs, LearnedLayer layer) {
        Set<Gold.GoldRelation> reached = new java.util.HashSet<>();
        int scored = 0;
        Map<String, List<Gold.GoldEntity>> entities = new HashMap<>();
        gold.entities().forEach(e -> entities.computeIfAbsent(e.article(), k -> new ArrayList<>()).add(e));
        Map<String, List<Gold.GoldRelation>> relations = new HashMap<>();
        gold.relations().forEach(r -> relations.computeIfAbsent(r.article(), k -> new ArrayList<>()).add(r));
        List<Event> out = new ArrayList<>();
        for (AnnotatedCorpus.Doc d : docs) {
            LearnedLayer.Named named = layer.names(d.analysed(), d.base().extraction());
            Map<String, String> toGold = toGold(named, entities.getOrDefault(d.file(), List.of()));
            String text = d.analysed().article().text();
            List<Gold.GoldRelation> rels = relations.getOrDefault(d.file(), List.of());
            scored += (int) rels.stream().filter(Gold.GoldRelation::scored).count();
            for (RelationCandidate c : RelationCandidate.of(d.analysed(), named.mentions(), named.entities())) {
                String g1 = toGold.get(c.first().entityId());
                String g2 = toGold.get(c.second().entityId());
                Set<String> labelsHere = new LinkedHashSet<>();
                boolean relatedElsewhere = false;
                if (g1 != null && g2 != null) {
                    for (Gold.GoldRelation r : rels) {
                        boolean forward = r.subject().equals(g1) && r.object().equals(g2);
                        boolean backward = r.subject().equals(g2) && r.object().equals(g1);
                        if (!forward && !backward) {
                            continue;
                        }
                        if (inSentence(r.evidence(), text, c)) {
                            if (r.scored()) {
                                reached.add(r);
                            }
                            labelsHere.add(r.relation() + (forward || SYMMETRIC.contains(r.relation()) ? ">" : "<"));
                        } else {
                            relatedElsewhere = true;
                        }
                    }
                }
                if (labelsHere.isEmpty() && relatedElsewhere) {
                    continue;
                }
                String[] f = layer.features().features(c, layer.settings().ruleFeatures() ? LearnedLayer.ruleHits(c, d.base().extraction()) : Set.of(),
                        layer.kbLinks(c));
                // Several relations between the two in one sentence ("captured": attacked and controls) are one outcome.
                out.add(new Event(labelsHere.isEmpty() ? RelationModel.NONE : String.join("+", new java.util.TreeSet<>(labelsHere)), f));
            }
        }
        return new Events(out, reached.size(), scored);
    }

    /**
     * Each hand rule's claims on the articles and how many the gold holds (strict: subject,
     * relation and object by the scorer's alignment; the symmetric relations either way).
     */
    public RulePrecision rulePrecision(Gold gold, List<AnnotatedCorpus.Doc> docs, LearnedLayer layer) {
        Map<String, List<Gold.GoldEntity>> entities = new HashMap<>();
        gold.entities().forEach(e -> entities.computeIfAbsent(e.article(), k -> new ArrayList<>()).add(e));
        Map<String, Set<String>> triples = new HashMap<>();
        gold.relations().forEach(r -> {
            Set<String> t = triples.computeIfAbsent(r.article(), k -> new java.util.HashSet<>());
            for (String rel : r.accepted()) {
                t.add(r.subject() + "\t" + rel + "\t" + r.object());
                if (SYMMETRIC.contains(rel)) {
                    t.add(r.object() + "\t" + rel + "\t" + r.subject());
                }
            }
        });
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (AnnotatedCorpus.Doc d : docs) {
            LearnedLayer.Named named = layer.names(d.analysed(), d.base().extraction());
            Map<String, String> toGold = toGold(named, entities.getOrDefault(d.file(), List.of()));
            Set<String> seen = new java.util.HashSet<>();
            for (Claim c : d.base().extraction().claims()) {
                String key = c.rule() + "\t" + c.subject() + "\t" + c.relation() + "\t" + c.object();
                if (!seen.add(key) || !named.entities().containsKey(c.subject()) || !named.entities().containsKey(c.object())) {
                    continue;
                }
                String t = toGold.get(c.subject()) + "\t" + c.relation() + "\t" + toGold.get(c.object());
                int[] n = counts.computeIfAbsent(c.rule(), k -> new int[2]);
                n[0]++;
                if (triples.getOrDefault(d.file(), Set.of()).contains(t)) {
                    n[1]++;
                }
            }
        }
        Map<String, RulePrecision.Measured> out = new java.util.LinkedHashMap<>();
        counts.forEach((rule, n) -> out.put(rule, new RulePrecision.Measured(n[0], n[1])));
        return new RulePrecision(out);
    }

    /** The gold canonical name of each entity read in an article, aligned as the scorer aligns them. */
    static Map<String, String> toGold(LearnedLayer.Named named, List<Gold.GoldEntity> gold) {
        Map<String, Set<String>> surfaces = new HashMap<>();
        for (Mention m : named.mentions()) {
            surfaces.computeIfAbsent(m.entityId(), k -> new LinkedHashSet<>()).add(m.surface());
        }
        Map<String, String> labels = new HashMap<>();
        named.entities().forEach((id, e) -> labels.put(id, e.label()));
        return Evaluation.align(gold, surfaces, labels);
    }

    /** Whether the gold's evidence overlaps the candidate's sentence. */
    private static boolean inSentence(String evidence, String text, RelationCandidate c) {
        if (evidence == null || evidence.isBlank()) {
            return false;
        }
        String ev = evidence.strip();
        int from = 0;
        int at;
        while ((at = text.indexOf(ev, from)) >= 0) {
            if (at < c.sentence().end() && c.sentence().start() < at + ev.length()) {
                return true;
            }
            from = at + 1;
        }
        String s = squash(c.sentence().text());
        String e = squash(ev);
        return s.contains(e) || e.contains(s);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    public MaxentModel train(List<Event> events) {
        return maxent(events, iterations, l2, cutoff, "the relation model");
    }

    /** OpenNLP maximum entropy by L-BFGS with an L2 penalty, on one thread so that the same events give the same model. */
    static MaxentModel maxent(List<Event> events, int iterations, double l2, int cutoff, String what) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put(QNTrainer.L2COST_PARAM, l2);
        p.put(QNTrainer.L1COST_PARAM, 0.0);
        p.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException("training " + what + " failed", e);
        }
    }
}
