package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.conflictkg.model.AnalysedArticle;
import org.conflictkg.model.Entity;
import org.conflictkg.model.EntityType;
import org.conflictkg.model.Mention;
import org.conflictkg.model.Sentence;

/**
 * Two entities named in one sentence, the first before the second: what the relation
 * classifier decides on (a relation and its direction, or none). Of several mentions of the
 * same two entities in a sentence, the closest pair stands for them.
 *
 * @param sentence the sentence
 * @param first    the mention that comes first
 * @param second   the mention that comes second
 * @param firstType  the first entity's class
 * @param secondType the second entity's class
 * @param others   the sentence's other mentions, in order
 */
public record RelationCandidate(Sentence sentence, Mention first, Mention second, EntityType firstType, EntityType secondType,
                                List<Mention> others) {
    public RelationCandidate {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        others = List.copyOf(others);
        if (first.start() > second.start()) {
            throw new IllegalArgumentException("the first mention must come first: " + first.surface() + " / " + second.surface());
        }
    }

    /** Every candidate of an article: each pair of entities that share a sentence. */
    public static List<RelationCandidate> of(AnalysedArticle a, List<Mention> mentions, Map<String, Entity> entities) {
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        for (Mention m : mentions) {
            if (entities.containsKey(m.entityId())) {
                bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        List<RelationCandidate> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Mention> ms = bySentence.get(s.index());
            if (ms == null || ms.size() < 2) {
                continue;
            }
            ms.sort(Comparator.comparingInt(Mention::start));
            Map<String, Mention[]> closest = new LinkedHashMap<>();
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    Mention x = ms.get(i);
                    Mention y = ms.get(j);
                    if (x.entityId().equals(y.entityId()) || y.start() < x.end()) {
                        continue;
                    }
                    String key = x.entityId().compareTo(y.entityId()) < 0 ? x.entityId() + "\t" + y.entityId() : y.entityId() + "\t" + x.entityId();
                    Mention[] best = closest.get(key);
                    if (best == null || y.start() - x.end() < best[1].start() - best[0].end()) {
                        closest.put(key, new Mention[] {x, y});
                    }
                }
            }
            for (Mention[] p : closest.values()) {
                List<Mention> others = new ArrayList<>();
                for (Mention m : ms) {
                    if (m != p[0] && m != p[1]) {
                        others.add(m);
                    }
                }
                out.add(new RelationCandidate(s, p[0], p[1], entities.get(p[0].entityId()).type(),
                        entities.get(p[1].entityId()).type(), others));
            }
        }
        return out;
    }
}
