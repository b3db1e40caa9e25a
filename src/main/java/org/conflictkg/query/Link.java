package org.conflictkg.query;

import java.util.List;
import java.util.Map;

/**
 * An entity linked to the one asked about.
 *
 * @param entity    the linked entity's IRI
 * @param label     its label
 * @param type      its class local name
 * @param relations claims per relation, such as {@code alliedWith=3}
 * @param claims    claims in all
 * @param articles  distinct articles
 * @param evidence  the evidence sentence of the most confident claim
 * @param article   the article of that sentence
 * @param firstDate the earliest publication date among the articles, or null
 * @param lastDate  the latest, or null
 * @param samples   up to three evidence sentences with their articles
 */
public record Link(String entity, String label, String type, Map<String, Integer> relations, int claims,
                   int articles, String evidence, String article, String firstDate, String lastDate,
                   List<Map<String, String>> samples) {
    public Link {
        relations = Map.copyOf(relations);
        samples = List.copyOf(samples);
    }

    /** "alliedWith×2, supports" in a stable order. */
    public String relationSummary() {
        List<String> parts = relations.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() > 1 ? e.getKey() + "\u00D7" + e.getValue() : e.getKey()).toList();
        return String.join(", ", parts);
    }
}
