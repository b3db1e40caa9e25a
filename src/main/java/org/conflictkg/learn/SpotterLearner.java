package org.conflictkg.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.Event;
import org.conflictkg.eval.Gold;
import org.conflictkg.extract.LearnedLayer;
import org.conflictkg.extract.NameSpotter;
import org.conflictkg.model.Mention;
import org.conflictkg.model.Sentence;

/**
 * Trains the name spotter: every run of capitalised words that the knowledge base and the
 * learned names leave in a training article is an event, labelled with the class of the gold
 * entity that has exactly those words as a surface form, or {@code NONE}. Generic collectives
 * are not names. OpenNLP maximum entropy, L-BFGS with an L2 penalty, one thread: deterministic.
 */
public final class SpotterLearner {
    private final int iterations;
    private final java.util.function.Consumer<String> progress;

    public SpotterLearner(int iterations, java.util.function.Consumer<String> progress) {
        this.iterations = iterations;
        this.progress = progress;
    }

    public NameSpotter train(Gold gold, List<AnnotatedCorpus.Doc> docs, LearnedLayer layer, double threshold) {
        Map<String, Map<String, String>> typeBySurface = new HashMap<>();
        for (Gold.GoldEntity e : gold.entities()) {
            if (!e.scored()) {
                continue;
            }
            Map<String, String> m = typeBySurface.computeIfAbsent(e.article(), k -> new HashMap<>());
            for (String f : e.forms()) {
                m.putIfAbsent(f.strip(), NameLearner.typeOf(e.type()).name());
            }
        }
        List<Event> events = new ArrayList<>();
        for (AnnotatedCorpus.Doc d : docs) {
            LearnedLayer.Named named = layer.names(d.analysed(), d.base().extraction());
            Map<Integer, List<Mention>> bySentence = new HashMap<>();
            named.mentions().forEach(m -> bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
            Map<String, String> types = typeBySurface.getOrDefault(d.file(), Map.of());
            String text = d.analysed().article().text();
            for (Sentence s : d.analysed().sentences()) {
                for (NameSpotter.Run r : NameSpotter.runs(s, bySentence.getOrDefault(s.index(), List.of()))) {
                    String type = types.getOrDefault(text.substring(r.start(), r.end()), NameSpotter.NONE);
                    events.add(new Event(type, NameSpotter.features(r)));
                }
            }
        }
        if (progress != null) {
            long named = events.stream().filter(e -> !e.getOutcome().equals(NameSpotter.NONE)).count();
            progress.accept(String.format("name spotter: %d runs of capitalised words, %d of them names", events.size(), named));
        }
        return new NameSpotter(RelationLearner.maxent(events, iterations, 1.0, 2, "the name spotter"), threshold);
    }
}
