package org.conflictkg.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.conflictkg.ontology.Ckg;
import org.conflictkg.ontology.Iris;
import org.conflictkg.store.KgStore;

/**
 * "Which entities are linked to X?": every positive claim with X as subject or object,
 * grouped by the other entity, with counts of claims and distinct articles and one evidence
 * sentence. With predecessors, the claims about X's former names count too.
 */
public final class LinkService {
    private static final String PREFIXES = """
            PREFIX ckg:  <https://w3id.org/conflict-kg/ontology#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    /** The focus first, so the store reads the claims about the entity, never all claims. */
    private static final String LINKS = PREFIXES + """
            SELECT ?claim ?subject ?object ?rel ?article ?evidence ?confidence ?issued ?publisher
            WHERE {
              { ?claim rdf:subject ?focus ; rdf:object ?object . BIND(?focus AS ?subject) }
              UNION { ?claim rdf:object ?focus ; rdf:subject ?subject . BIND(?focus AS ?object) }
              ?claim a ckg:Claim ; rdf:predicate ?rel ; ckg:polarity "positive" ;
                     ckg:evidence ?evidence ; ckg:inArticle ?article ; ckg:confidence ?confidence .
              OPTIONAL { ?article <http://purl.org/dc/terms/issued> ?issued }
              OPTIONAL { ?article <http://purl.org/dc/terms/publisher> ?publisher }
            }""";
    private static final String PREDECESSORS = PREFIXES + "SELECT DISTINCT ?p WHERE { ?focus ckg:formerlyKnownAs+ ?p }";
    /** The knowledge base's label first, then the first label and class in code-point order (as {@link LinkIndex} does). */
    private static final String DESCRIBE = PREFIXES + """
            SELECT ?label ?type WHERE {
              GRAPH ?g { ?e skos:prefLabel ?label ; a ?type }
              FILTER(STRSTARTS(STR(?type), STR(ckg:)) && ?type != ckg:Claim && ?type != ckg:Mention && ?type != ckg:Article)
            } ORDER BY (?g != <%s>) STR(?label) STR(?type) LIMIT 1""".formatted(Iris.KB_GRAPH);

    private final KgStore store;

    public LinkService(KgStore store) {
        this.store = store;
    }

    /** The entity and, when asked, its predecessors (formerly known as, transitively). */
    public List<String> focus(String iri, boolean withPredecessors) {
        Set<String> out = new LinkedHashSet<>();
        out.add(iri);
        if (withPredecessors) {
            ParameterizedSparqlString q = new ParameterizedSparqlString(PREDECESSORS);
            q.setIri("focus", iri);
            ResultSet rs = store.select(q.asQuery());
            rs.forEachRemaining(s -> out.add(s.getResource("p").getURI()));
        }
        return List.copyOf(out);
    }

    public List<Link> links(String iri, boolean withPredecessors) {
        return links(iri, withPredecessors, ClaimFilter.NONE);
    }

    public List<Link> links(String iri, boolean withPredecessors, ClaimFilter filter) {
        List<String> focus = focus(iri, withPredecessors);
        List<LinkRow> rows = new ArrayList<>();
        for (String f : focus) {
            ParameterizedSparqlString q = new ParameterizedSparqlString(LINKS);
            q.setIri("focus", f);
            store.select(q.asQuery()).forEachRemaining(s -> rows.add(LinkRow.of(s)));
        }
        return aggregate(focus, rows, filter, this::describe);
    }

    /**
     * Groups the claims about the focus by the other entity. The rows are taken most confident
     * first (then newest, then by claim), so the evidence and the samples do not depend on the
     * order the store returned them in.
     */
    static List<Link> aggregate(List<String> focus, List<LinkRow> rows, ClaimFilter filter, Function<String, String[]> describe) {
        Set<String> focusSet = new HashSet<>(focus);
        List<LinkRow> sorted = new ArrayList<>(rows);
        sorted.sort(LinkRow.ORDER);
        Map<String, Acc> acc = new LinkedHashMap<>();
        for (LinkRow r : sorted) {
            String other = focusSet.contains(r.subject()) ? r.object() : r.subject();
            if (focusSet.contains(other) || !filter.accepts(r.relation(), r.confidence(), r.issued(), r.publisher())) {
                continue;
            }
            Acc a = acc.computeIfAbsent(other, k -> new Acc());
            if (!a.claims.add(r.claim())) {
                continue;
            }
            a.relations.merge(r.relation(), 1, Integer::sum);
            a.articles.add(r.article());
            if (r.issued() != null) {
                a.first = a.first == null || r.issued().compareTo(a.first) < 0 ? r.issued() : a.first;
                a.last = a.last == null || r.issued().compareTo(a.last) > 0 ? r.issued() : a.last;
            }
            if (a.evidence == null) {
                a.evidence = r.evidence();
                a.article = r.article();
            }
            if (a.samples.size() < 3 && a.sampleArticles.add(r.article())) {
                Map<String, String> sample = new LinkedHashMap<>(); // one field order in every answer, as the link's own
                sample.put("evidence", r.evidence());
                sample.put("article", r.article());
                a.samples.add(java.util.Collections.unmodifiableMap(sample));
            }
        }
        List<Link> out = new ArrayList<>();
        for (Map.Entry<String, Acc> e : acc.entrySet()) {
            String[] lt = describe.apply(e.getKey());
            Acc a = e.getValue();
            out.add(new Link(e.getKey(), lt[0], lt[1], a.relations, a.claims.size(), a.articles.size(), a.evidence, a.article,
                    a.first, a.last, a.samples));
        }
        out.sort(Comparator.comparingInt(Link::claims).reversed().thenComparing(Link::label).thenComparing(Link::entity));
        return out;
    }

    /** Label and class local name of an entity. */
    public String[] describe(String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(DESCRIBE);
        q.setIri("e", iri);
        ResultSet rs = store.select(q.asQuery());
        if (!rs.hasNext()) {
            return new String[] {iri, ""};
        }
        QuerySolution s = rs.next();
        String label = s.contains("label") ? s.getLiteral("label").getString() : iri;
        String type = s.contains("type") ? s.getResource("type").getURI().substring(Ckg.NS.length()) : "";
        return new String[] {label, type};
    }

    private static final class Acc {
        final Map<String, Integer> relations = new TreeMap<>();
        final Set<String> claims = new HashSet<>();
        final Set<String> articles = new HashSet<>();
        String evidence;
        String article;
        String first;
        String last;
        final List<Map<String, String>> samples = new ArrayList<>();
        final Set<String> sampleArticles = new HashSet<>();
    }
}
