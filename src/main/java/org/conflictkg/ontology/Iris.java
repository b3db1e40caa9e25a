package org.conflictkg.ontology;

import java.util.Locale;

/** The one place that mints IRIs for entities, articles, claims, mentions and graphs. */
public final class Iris {
    public static final String BASE = "https://w3id.org/conflict-kg/";
    public static final String ENTITY = BASE + "id/";
    public static final String ARTICLE = BASE + "article/";
    /** The named graph that holds the knowledge base. */
    public static final String KB_GRAPH = BASE + "graph/kb";
    /** The named graph that holds the ontology. */
    public static final String ONTOLOGY_GRAPH = BASE + "graph/ontology";

    private Iris() {
    }

    public static String entity(String localKey) {
        return ENTITY + localKey;
    }

    /** The local key of an entity IRI, or null when it is not one. */
    public static String entityKey(String iri) {
        return iri.startsWith(ENTITY) ? iri.substring(ENTITY.length()) : null;
    }

    public static String article(String articleId) {
        return ARTICLE + articleId;
    }

    /** An article's named graph is its own IRI: the graph name tells where a triple came from. */
    public static String articleGraph(String articleId) {
        return article(articleId);
    }

    public static String claim(String articleId, int index) {
        return article(articleId) + "/claim/" + index;
    }

    public static String mention(String articleId, int index) {
        return article(articleId) + "/mention/" + index;
    }

    /** A key made from a name: lower case, ASCII letters and digits joined by hyphens. */
    public static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
