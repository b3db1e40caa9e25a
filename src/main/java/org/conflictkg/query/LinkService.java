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

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.conflictkg.ontology.Ckg;
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
    private static final String LINKS = PREFIXES + """
            SELECT ?other ?rel ?claim ?article ?evidence ?confidence ?issued
            WHERE {
              ?claim a ckg:Claim ; rdf:predicate ?rel ; ckg:polarity "positive" ;
                     ckg:evidence ?evidence ; ckg:inArticle ?article ; ckg:confidence ?confidence .
              { ?claim rdf:subject ?focus ; rdf:object ?other } UNION { ?claim rdf:object ?focus ; rdf:subject ?other }
              OPTIONAL { ?article <http://purl.org/dc/terms/issued> ?issued }
            }""";
    private static final String PREDECESSORS = PREFIXES + "SELECT DISTINCT ?p WHERE { ?focus ckg:formerlyKnownAs+ ?p }";
    private static final String DESCRIBE = PREFIXES + """
            SELECT ?label ?type WHERE {
              OPTIONAL { ?e skos:prefLabel ?label }
              OPTIONAL { ?e a ?type . FILTER(STRSTARTS(STR(?type), STR(ckg:))) }
            } LIMIT 1""";

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
        Set<String> focusSet = new HashSet<>(focus);
        Map<String, Acc> acc = new LinkedHashMap<>();
        for (String f : focus) {
            ParameterizedSparqlString q = new ParameterizedSparqlString(LINKS);
            q.setIri("focus", f);
            ResultSet rs = store.select(q.asQuery());
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String other = s.getResource("other").getURI();
                if (focusSet.contains(other)) {
                    continue;
                }
                Acc a = acc.computeIfAbsent(other, k -> new Acc());
                String rel = s.getResource("rel").getURI().substring(Ckg.NS.length());
                double confidence = s.getLiteral("confidence").getDouble();
                String issued = s.contains("issued") ? s.getLiteral("issued").getLexicalForm() : null;
                if (!filter.accepts(rel, confidence, issued)) {
                    if (a.claims.isEmpty()) {
                        acc.remove(other);
                    }
                    continue;
                }
                if (issued != null) {
                    a.first = a.first == null || issued.compareTo(a.first) < 0 ? issued : a.first;
                    a.last = a.last == null || issued.compareTo(a.last) > 0 ? issued : a.last;
                }
                if (a.samples.size() < 3 && a.sampleArticles.add(s.getResource("article").getURI())) {
                    a.samples.add(Map.of("evidence", s.getLiteral("evidence").getString(), "article", s.getResource("article").getURI()));
                }
                if (a.claims.add(s.getResource("claim").getURI())) {
                    a.relations.merge(rel, 1, Integer::sum);
                }
                a.articles.add(s.getResource("article").getURI());
                double conf = s.getLiteral("confidence").getDouble();
                if (conf > a.bestConfidence) {
                    a.bestConfidence = conf;
                    a.evidence = s.getLiteral("evidence").getString();
                    a.article = s.getResource("article").getURI();
                }
            }
        }
        List<Link> out = new ArrayList<>();
        for (Map.Entry<String, Acc> e : acc.entrySet()) {
            String[] lt = describe(e.getKey());
            Acc a = e.getValue();
            out.add(new Link(e.getKey(), lt[0], lt[1], a.relations, a.claims.size(), a.articles.size(), a.evidence, a.article,
                    a.first, a.last, a.samples));
        }
        out.sort(Comparator.comparingInt(Link::claims).reversed().thenComparing(Link::label));
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
        double bestConfidence = -1;
        String evidence;
        String article;
        String first;
        String last;
        final List<Map<String, String>> samples = new ArrayList<>();
        final Set<String> sampleArticles = new HashSet<>();
    }
}
