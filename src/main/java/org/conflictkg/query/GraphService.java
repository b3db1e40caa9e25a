package org.conflictkg.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.ParameterizedSparqlString;
import org.conflictkg.extract.NameResolver;
import org.conflictkg.model.KbEntity;
import org.conflictkg.model.KnowledgeBase;
import org.conflictkg.ontology.Iris;
import org.conflictkg.store.KgStore;

/**
 * The questions the REST API answers about entities, agreements and articles, over the store
 * and the knowledge base. All user input is bound as typed values, never pasted into SPARQL.
 * Thread-safe: the store isolates readers.
 */
public final class GraphService {
    private final KgStore store;
    private final KnowledgeBase kb;
    private final NameResolver resolver;
    private final LinkIndex index;
    /** Each knowledge-base entity's names in lower case, for substring search. */
    private final Map<KbEntity, String> names;

    public GraphService(KgStore store, KnowledgeBase kb, NameResolver resolver) {
        this(store, kb, resolver, null);
    }

    /** With the server's index of labels (or null), which answers searches without a query. */
    public GraphService(KgStore store, KnowledgeBase kb, NameResolver resolver, LinkIndex index) {
        this.store = store;
        this.kb = kb;
        this.resolver = resolver;
        this.index = index;
        Map<KbEntity, String> n = new LinkedHashMap<>();
        for (KbEntity e : kb.entities()) {
            // every name in lower case, one per line: a search text never holds a line break
            n.put(e, (e.label() + "\n" + String.join("\n", e.aliases())).toLowerCase(Locale.ROOT));
        }
        this.names = n;
    }

    /** Whether the knowledge base or the store knows the entity. */
    public boolean exists(String iri) {
        String key = Iris.entityKey(iri);
        if (key != null && kb.get(key).isPresent()) {
            return true;
        }
        if (index != null) {
            return index.label(iri).isPresent();
        }
        ParameterizedSparqlString q = Rows.query("ASK { ?e skos:prefLabel ?label ; a ?type . FILTER(STRSTARTS(STR(?type), STR(ckg:))) }");
        q.setIri("e", iri);
        return (Boolean) store.execute(q.asQuery());
    }

    public KgStore store() {
        return store;
    }

    /** Search by any name: the resolver's candidates first, then names containing the text. */
    public List<Map<String, Object>> search(String q, String type, int limit, int offset) {
        String needle = q.toLowerCase(Locale.ROOT).strip();
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (NameResolver.Resolution r : resolver.candidates(q)) {
            add(out, r.entity(), r.score(), r.method());
        }
        List<KbEntity> contains = new ArrayList<>();
        for (Map.Entry<KbEntity, String> e : names.entrySet()) {
            if (!needle.contains("\n") && e.getValue().contains(needle)) {
                contains.add(e.getKey());
            }
        }
        contains.sort(Comparator.comparing((KbEntity e) -> !e.label().toLowerCase(Locale.ROOT).startsWith(needle)).thenComparing(KbEntity::label));
        for (KbEntity e : contains) {
            add(out, e, 0.5, "substring");
        }
        if (index != null) {
            // without a type filter, only as many as the page needs
            int max = type == null ? (int) Math.min(200L, (long) offset + limit) : 200;
            for (Map.Entry<String, LinkIndex.Label> e : index.discovered(needle, max)) {
                out.computeIfAbsent(e.getKey(), k -> entry(k, e.getValue().label(), e.getValue().type(), 0.4, "discovered"));
            }
            return page(out, type, limit, offset);
        }
        ParameterizedSparqlString s = Rows.query("""
                SELECT DISTINCT ?e ?label ?type WHERE {
                  ?e ckg:discovered true ; skos:prefLabel ?label ; a ?type .
                  FILTER(STRSTARTS(STR(?type), STR(ckg:)) && CONTAINS(LCASE(STR(?label)), ?needle))
                } LIMIT 200""");
        s.setLiteral("needle", needle);
        for (Map<String, Object> row : Rows.select(store, s)) {
            String id = (String) row.get("e");
            out.computeIfAbsent(id, k -> entry(id, (String) row.get("label"), local((String) row.get("type")), 0.4, "discovered"));
        }
        return page(out, type, limit, offset);
    }

    private static List<Map<String, Object>> page(Map<String, Map<String, Object>> out, String type, int limit, int offset) {
        return out.values().stream()
                .filter(m -> type == null || type.equalsIgnoreCase((String) m.get("type")))
                .skip(offset).limit(limit).toList();
    }

    private static void add(Map<String, Map<String, Object>> out, KbEntity e, double score, String method) {
        out.putIfAbsent(Iris.entity(e.id()), entry(Iris.entity(e.id()), e.label(), e.type().name(), score, method));
    }

    private static Map<String, Object> entry(String iri, String label, String type, double score, String method) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", iri);
        m.put("label", label);
        m.put("type", type);
        m.put("score", score);
        m.put("match", method);
        return m;
    }

    /** An entity's description, or empty when neither the knowledge base nor the store knows it. */
    public Optional<Map<String, Object>> entity(String iri) {
        String key = Iris.entityKey(iri);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", iri);
        Optional<KbEntity> k = key == null ? Optional.empty() : kb.get(key);
        if (k.isPresent()) {
            KbEntity e = k.get();
            m.put("label", e.label());
            m.put("type", e.type().name());
            m.put("aliases", e.aliases());
            m.put("demonyms", e.demonyms());
            m.put("predecessors", e.linked("formerlyKnownAs").stream().map(Iris::entity).toList());
            m.put("successors", kb.entities().stream().filter(x -> x.linked("formerlyKnownAs").contains(e.id()))
                    .map(x -> Iris.entity(x.id())).toList());
            m.put("start", e.start() == null ? null : e.start().toString());
            m.put("end", e.end() == null ? null : e.end().toString());
            m.put("links", e.links().entrySet().stream().filter(x -> !x.getKey().equals("formerlyKnownAs"))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, x -> x.getValue().stream().map(Iris::entity).toList())));
            m.put("discovered", false);
        } else {
            ParameterizedSparqlString q = Rows.query("SELECT ?label ?type WHERE { ?e skos:prefLabel ?label ; a ?type . FILTER(STRSTARTS(STR(?type), STR(ckg:))) } LIMIT 1");
            q.setIri("e", iri);
            List<Map<String, Object>> rows = Rows.select(store, q);
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            m.put("label", rows.get(0).get("label"));
            m.put("type", local((String) rows.get(0).get("type")));
            m.put("discovered", true);
        }
        // The entity's own triples first: starting from every claim takes seconds on a large store.
        ParameterizedSparqlString c = Rows.query("""
                SELECT (COUNT(DISTINCT ?c) AS ?claims) (COUNT(DISTINCT ?a) AS ?articles) (SUM(COALESCE(?n, 0)) AS ?mentions) WHERE {
                  { { ?c rdf:subject ?e } UNION { ?c rdf:object ?e } ?c ckg:inArticle ?a }
                  UNION { ?m ckg:refersTo ?e ; ckg:offsets ?spans BIND(STRLEN(?spans) - STRLEN(REPLACE(?spans, " ", "")) + 1 AS ?n) }
                }""");
        c.setIri("e", iri);
        m.put("counts", Rows.select(store, c).get(0));
        return Optional.of(m);
    }

    /** The claims with the entity as subject or object, newest articles first. */
    public List<Map<String, Object>> claims(String iri, int limit, int offset) {
        return claims(iri, null, null, limit, offset);
    }

    /**
     * The claims with the entity as subject or object, newest articles first, each with its
     * evidence, article, publisher, date and source.
     *
     * @param other    when not null, only claims between the entity and this one (either way round)
     * @param relation when not null, only claims of this relation (local name)
     */
    public List<Map<String, Object>> claims(String iri, String other, String relation, int limit, int offset) {
        ParameterizedSparqlString q = Rows.query("""
                SELECT ?claim ?subject ?subjectLabel ?relation ?object ?objectLabel ?polarity ?modality ?confidence ?evidence ?article ?title ?issued
                       ?publisher ?attributedTo ?attributedToLabel ?attribution ?eventDate WHERE {
                  { ?claim rdf:subject ?e ; rdf:object ?object BIND(?e AS ?subject) }
                  UNION { ?claim rdf:object ?e ; rdf:subject ?subject BIND(?e AS ?object) FILTER(?subject != ?e) }
                  ?claim a ckg:Claim ; rdf:predicate ?relation ;
                         ckg:polarity ?polarity ; ckg:modality ?modality ; ckg:confidence ?confidence ;
                         ckg:evidence ?evidence ; ckg:inArticle ?article .
                  %s
                  OPTIONAL { ?subject skos:prefLabel ?subjectLabel } OPTIONAL { ?object skos:prefLabel ?objectLabel }
                  OPTIONAL { ?article dcterms:title ?title } OPTIONAL { ?article dcterms:issued ?issued }
                  OPTIONAL { ?article dcterms:publisher ?publisher }
                  OPTIONAL { ?claim ckg:attributedTo ?attributedTo OPTIONAL { ?attributedTo skos:prefLabel ?attributedToLabel } }
                  OPTIONAL { ?claim ckg:attribution ?attribution } OPTIONAL { ?claim ckg:eventDate ?eventDate }
                } ORDER BY DESC(?issued) ?claim LIMIT ?limit OFFSET ?offset""".formatted(
                (other == null ? "" : "FILTER(?subject = ?other || ?object = ?other)")
                        + (relation == null ? "" : " FILTER(?relation = ?rel)")));
        q.setIri("e", iri);
        if (other != null) {
            q.setIri("other", other);
        }
        if (relation != null) {
            q.setIri("rel", org.conflictkg.ontology.Ckg.NS + relation);
        }
        q.setLiteral("limit", limit);
        q.setLiteral("offset", offset);
        List<Map<String, Object>> rows = Rows.select(store, q);
        rows.forEach(r -> r.computeIfPresent("relation", (k, v) -> local((String) v)));
        return rows;
    }

    /** Agreements that any article or the knowledge base mentions, with their claim counts. */
    public List<Map<String, Object>> agreements() {
        ParameterizedSparqlString q = Rows.query("""
                SELECT ?agreement ?label (COUNT(DISTINCT ?c) AS ?claims) (COUNT(DISTINCT ?a) AS ?articles) WHERE {
                  ?agreement a ckg:Agreement ; skos:prefLabel ?label .
                  OPTIONAL { ?c a ckg:Claim ; ckg:inArticle ?a . { ?c rdf:object ?agreement } UNION { ?c rdf:subject ?agreement } }
                } GROUP BY ?agreement ?label ORDER BY DESC(?claims) ?label""");
        return Rows.select(store, q);
    }

    /** An agreement: its description, and who is claimed to be party to, welcome, reject, violate, be excluded from or included in it. */
    public Optional<Map<String, Object>> agreement(String iri) {
        Optional<Map<String, Object>> base = entity(iri);
        if (base.isEmpty() || !"Agreement".equals(base.get().get("type"))) {
            return Optional.empty();
        }
        Map<String, Object> m = new LinkedHashMap<>(base.get());
        ParameterizedSparqlString q = Rows.query("""
                SELECT ?relation ?actor ?actorLabel ?evidence ?article ?polarity WHERE {
                  ?c a ckg:Claim ; rdf:object ?g ; rdf:predicate ?relation ; rdf:subject ?actor ;
                     ckg:evidence ?evidence ; ckg:inArticle ?article ; ckg:polarity ?polarity .
                  OPTIONAL { ?actor skos:prefLabel ?actorLabel }
                } ORDER BY ?relation ?actorLabel""");
        q.setIri("g", iri);
        Map<String, List<Map<String, Object>>> byRelation = new LinkedHashMap<>();
        for (Map<String, Object> row : Rows.select(store, q)) {
            String rel = local((String) row.remove("relation"));
            byRelation.computeIfAbsent(rel, k -> new ArrayList<>()).add(row);
        }
        m.put("claims", byRelation);
        ParameterizedSparqlString areas = Rows.query("""
                SELECT DISTINCT ?area ?label WHERE { ?c a ckg:Claim ; rdf:subject ?g ; rdf:predicate ckg:covers ; rdf:object ?area .
                  OPTIONAL { ?area skos:prefLabel ?label } }""");
        areas.setIri("g", iri);
        m.put("areasClaimed", Rows.select(store, areas));
        return Optional.of(m);
    }

    public List<Map<String, Object>> articles(int limit, int offset) {
        ParameterizedSparqlString q = Rows.query("""
                SELECT ?article ?title ?issued ?publisher ?file (COUNT(DISTINCT ?c) AS ?claims) WHERE {
                  ?article a ckg:Article ; dcterms:title ?title ; ckg:fileName ?file .
                  OPTIONAL { ?article dcterms:issued ?issued } OPTIONAL { ?article dcterms:publisher ?publisher }
                  OPTIONAL { ?c ckg:inArticle ?article ; a ckg:Claim }
                } GROUP BY ?article ?title ?issued ?publisher ?file ORDER BY DESC(?issued) ?article LIMIT ?limit OFFSET ?offset""");
        q.setLiteral("limit", limit);
        q.setLiteral("offset", offset);
        return Rows.select(store, q);
    }

    /** An article's metadata and claims, or empty. */
    public Optional<Map<String, Object>> article(String articleIri) {
        ParameterizedSparqlString q = Rows.query("""
                SELECT ?title ?issued ?publisher ?creator ?source ?file WHERE {
                  ?a a ckg:Article ; dcterms:title ?title ; ckg:fileName ?file .
                  OPTIONAL { ?a dcterms:issued ?issued } OPTIONAL { ?a dcterms:publisher ?publisher }
                  OPTIONAL { ?a dcterms:creator ?creator } OPTIONAL { ?a dcterms:source ?source } } LIMIT 1""");
        q.setIri("a", articleIri);
        List<Map<String, Object>> rows = Rows.select(store, q);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", articleIri);
        m.putAll(rows.get(0));
        ParameterizedSparqlString c = Rows.query("""
                SELECT ?subject ?relation ?object ?polarity ?modality ?confidence ?evidence ?rule WHERE {
                  ?claim a ckg:Claim ; ckg:inArticle ?a ; rdf:subject ?subject ; rdf:predicate ?relation ; rdf:object ?object ;
                         ckg:polarity ?polarity ; ckg:modality ?modality ; ckg:confidence ?confidence ; ckg:evidence ?evidence ; ckg:rule ?rule .
                } ORDER BY ?claim""");
        c.setIri("a", articleIri);
        List<Map<String, Object>> claims = Rows.select(store, c);
        claims.forEach(r -> r.computeIfPresent("relation", (k, v) -> local((String) v)));
        m.put("claims", claims);
        ParameterizedSparqlString e = Rows.query("SELECT DISTINCT ?entity WHERE { ?a ckg:mentions ?entity } ORDER BY ?entity");
        e.setIri("a", articleIri);
        Set<Object> ents = new LinkedHashSet<>();
        Rows.select(store, e).forEach(r -> ents.add(r.get("entity")));
        m.put("entities", ents);
        return Optional.of(m);
    }

    /** The publishers of the stored articles, with how many articles each and the first and last dates, most articles first. */
    public List<Map<String, Object>> publishers() {
        ParameterizedSparqlString q = Rows.query("""
                SELECT ?publisher (COUNT(DISTINCT ?a) AS ?articles) (MIN(?issued) AS ?first) (MAX(?issued) AS ?last) WHERE {
                  ?a a ckg:Article ; dcterms:publisher ?publisher . OPTIONAL { ?a dcterms:issued ?issued }
                } GROUP BY ?publisher ORDER BY DESC(?articles) ?publisher""");
        return Rows.select(store, q);
    }

    public Map<String, Object> stats() {
        ParameterizedSparqlString q = Rows.query("""
                SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?c) AS ?claims) (COUNT(DISTINCT ?e) AS ?entitiesMentioned) WHERE {
                  { ?a a ckg:Article } UNION { ?c a ckg:Claim } UNION { ?x ckg:mentions ?e } }""");
        Map<String, Object> m = new LinkedHashMap<>(Rows.select(store, q).get(0));
        m.put("quads", store.size());
        m.put("knowledgeBaseEntities", kb.size());
        return m;
    }

    static String local(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }
}
