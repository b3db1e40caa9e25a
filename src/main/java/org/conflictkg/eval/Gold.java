package org.conflictkg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictkg.model.ConflictKgException;

/**
 * A gold standard in the seed gold's format: {@code entities.tsv} and {@code relations.tsv}.
 * Generic entities, entities outside the headline and body, reader comments and structural
 * rows are kept but marked, so the scorer can leave them out as the gold's README says.
 */
public final class Gold {
    /**
     * A gold entity of one article.
     *
     * @param surfaces the surface forms, normalised for matching
     * @param forms    the surface forms exactly as written
     * @param scored   false for generic entities and those named only outside the headline and body
     */
    public record GoldEntity(String article, String name, String type, Set<String> surfaces, List<String> forms, boolean scored) {
        public GoldEntity {
            surfaces = Set.copyOf(surfaces);
            forms = List.copyOf(forms);
        }
    }

    /**
     * A gold relation row.
     *
     * @param attribution who the claim rests on: {@code author}, {@code NAME (quoted)}, {@code NAME (reported)}, or empty
     * @param modality    asserted, negated, planned, hypothetical, past, or empty
     */
    public record GoldRelation(String article, String subject, String relation, String object,
                               Set<String> accepted, String evidence, boolean scored, String why,
                               String attribution, String modality) {
    }

    private final List<GoldEntity> entities;
    private final List<GoldRelation> relations;

    private Gold(List<GoldEntity> entities, List<GoldRelation> relations) {
        this.entities = List.copyOf(entities);
        this.relations = List.copyOf(relations);
    }

    public List<GoldEntity> entities() {
        return entities;
    }

    public List<GoldRelation> relations() {
        return relations;
    }

    public Set<String> articles() {
        Set<String> out = new LinkedHashSet<>();
        entities.forEach(e -> out.add(e.article()));
        return out;
    }

    public static Gold load(Path dir) {
        List<Map<String, String>> ents = tsv(dir.resolve("entities.tsv"));
        List<Map<String, String>> rels = tsv(dir.resolve("relations.tsv"));
        List<GoldEntity> entities = new ArrayList<>();
        Map<String, Boolean> scoredEntity = new HashMap<>();
        for (Map<String, String> r : ents) {
            String scope = r.getOrDefault("scope", "");
            boolean inText = scope.contains("body") || scope.contains("headline");
            boolean scored = !"yes".equals(r.get("generic")) && inText;
            Set<String> surfaces = new LinkedHashSet<>();
            List<String> forms = new ArrayList<>();
            for (String s : r.get("surface_forms").split("\\|")) {
                if (!s.isBlank()) {
                    surfaces.add(Matching.norm(s));
                    forms.add(s);
                }
            }
            entities.add(new GoldEntity(r.get("article_file"), r.get("canonical_name"), r.get("type"), surfaces, forms, scored));
            scoredEntity.put(r.get("article_file") + "|" + r.get("canonical_name"), scored);
        }
        List<GoldRelation> relations = new ArrayList<>();
        for (Map<String, String> r : rels) {
            String a = r.get("article_file");
            String why = null;
            if ("yes".equals(r.get("from_reader_comment"))) {
                why = "reader comment";
            } else if ("yes".equals(r.get("structural"))) {
                why = "structural";
            } else if ("UNSPECIFIED".equals(r.get("object")) || "UNSPECIFIED".equals(r.get("subject"))) {
                why = "unspecified argument";
            } else if (!scoredEntity.getOrDefault(a + "|" + r.get("subject"), false)
                    || (!"(article voice)".equals(r.get("object")) && !scoredEntity.getOrDefault(a + "|" + r.get("object"), false))) {
                why = "generic or out-of-text entity";
            }
            Set<String> accepted = new LinkedHashSet<>();
            accepted.add(Matching.relation(r.get("relation")));
            String alt = r.getOrDefault("alt_relations", "");
            for (String x : alt.split("\\|")) {
                if (!x.isBlank()) {
                    accepted.add(Matching.relation(x.trim()));
                }
            }
            relations.add(new GoldRelation(a, r.get("subject"), Matching.relation(r.get("relation")), r.get("object"),
                    accepted, r.get("evidence"), why == null, why, r.getOrDefault("attribution", ""), r.getOrDefault("modality", "")));
        }
        return new Gold(entities, relations);
    }

    private static List<Map<String, String>> tsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.isEmpty()) {
                throw new ConflictKgException(file + ": empty gold file");
            }
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> out = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] f = Arrays.copyOf(lines.get(i).split("\t", -1), header.length);
                Map<String, String> row = new HashMap<>();
                for (int k = 0; k < header.length; k++) {
                    row.put(header[k], f[k] == null ? "" : f[k]);
                }
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
    }
}
