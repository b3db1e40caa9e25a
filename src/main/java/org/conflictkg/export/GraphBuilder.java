package org.conflictkg.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.ParameterizedSparqlString;
import org.conflictkg.ontology.Ckg;
import org.conflictkg.query.ClaimFilter;
import org.conflictkg.store.KgStore;

/** Reads the positive claims of the store into an {@link ExportGraph}, with filters. */
public final class GraphBuilder {
    /** An export reads the whole graph: it may take longer than an interactive query. */
    static final java.time.Duration EXPORT_LIMIT = java.time.Duration.ofMinutes(10);

    private static final String CLAIMS = """
            PREFIX ckg:  <https://w3id.org/conflict-kg/ontology#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?claim ?s ?p ?o ?article ?issued ?publisher ?confidence ?evidence WHERE {
              ?claim a ckg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ckg:polarity "positive" ;
                     ckg:inArticle ?article ; ckg:confidence ?confidence ; ckg:evidence ?evidence .
              OPTIONAL { ?article dcterms:issued ?issued }
              OPTIONAL { ?article dcterms:publisher ?publisher }
            }""";
    private static final String NODES = """
            PREFIX ckg:  <https://w3id.org/conflict-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?e ?label ?type ?alias (COUNT(DISTINCT ?a) AS ?articles) WHERE {
              ?e skos:prefLabel ?label ; a ?type . FILTER(STRSTARTS(STR(?type), STR(ckg:)))
              OPTIONAL { GRAPH <https://w3id.org/conflict-kg/graph/kb> { ?e skos:altLabel ?alias } }
              OPTIONAL { ?a ckg:mentions ?e }
            } GROUP BY ?e ?label ?type ?alias""";

    private final KgStore store;

    public GraphBuilder(KgStore store) {
        this.store = store;
    }

    public ExportGraph build(ClaimFilter f) {
        Map<String, Acc> edges = new LinkedHashMap<>();
        store.forEach(new ParameterizedSparqlString(CLAIMS).asQuery(), EXPORT_LIMIT, q -> {
            String p = q.getResource("p").getURI().substring(Ckg.NS.length());
            String issued = q.contains("issued") ? q.getLiteral("issued").getLexicalForm() : null;
            if (!f.accepts(p, q.getLiteral("confidence").getDouble(), issued,
                    q.contains("publisher") ? q.getLiteral("publisher").getString() : null)) {
                return;
            }
            String s = q.getResource("s").getURI();
            String o = q.getResource("o").getURI();
            Acc a = edges.computeIfAbsent(s + " " + p + " " + o, k -> new Acc(s, p, o));
            a.claims++;
            a.articles.add(q.getResource("article").getURI());
            if (issued != null) {
                a.dates.add(issued);
            }
            // The most confident claim's sentence stands for the edge (ties: the first claim IRI), whatever order the rows come in.
            double confidence = q.getLiteral("confidence").getDouble();
            String claim = q.getResource("claim").getURI();
            if (a.claim == null || confidence > a.confidence || confidence == a.confidence && claim.compareTo(a.claim) < 0) {
                a.claim = claim;
                a.confidence = confidence;
                a.evidence = q.getLiteral("evidence").getString();
            }
        });
        Map<String, NodeAcc> nodes = new HashMap<>();
        store.forEach(new ParameterizedSparqlString(NODES).asQuery(), EXPORT_LIMIT, q -> {
            String e = q.getResource("e").getURI();
            NodeAcc n = nodes.computeIfAbsent(e, k -> new NodeAcc());
            n.label = q.getLiteral("label").getString();
            n.type = q.getResource("type").getURI().substring(Ckg.NS.length());
            n.articles = Math.max(n.articles, q.getLiteral("articles").getInt());
            if (q.contains("alias")) {
                n.aliases.add(q.getLiteral("alias").getString());
            }
        });
        Set<String> used = new HashSet<>();
        List<ExportGraph.Edge> out = new ArrayList<>();
        int i = 0;
        for (Acc a : edges.values()) {
            if (f.type() != null && !(f.type().equals(typeOf(nodes, a.s)) && f.type().equals(typeOf(nodes, a.o)))) {
                continue;
            }
            used.add(a.s);
            used.add(a.o);
            out.add(new ExportGraph.Edge("e" + i++, a.s, a.o, a.p, a.claims, a.articles.size(),
                    a.dates.isEmpty() ? null : a.dates.first(), a.dates.isEmpty() ? null : a.dates.last(), a.evidence, a.claim));
        }
        List<ExportGraph.Node> nodeList = new ArrayList<>();
        for (String id : new TreeSet<>(used)) {
            NodeAcc n = nodes.getOrDefault(id, new NodeAcc());
            nodeList.add(new ExportGraph.Node(id, n.label == null ? id : n.label, n.type == null ? "" : n.type,
                    List.copyOf(n.aliases), n.articles));
        }
        return new ExportGraph(nodeList, out);
    }

    private static String typeOf(Map<String, NodeAcc> nodes, String id) {
        NodeAcc n = nodes.get(id);
        return n == null ? null : n.type;
    }

    private static final class Acc {
        final String s;
        final String p;
        final String o;
        int claims;
        final Set<String> articles = new HashSet<>();
        final TreeSet<String> dates = new TreeSet<>();
        String evidence;
        String claim;
        double confidence;

        Acc(String s, String p, String o) {
            this.s = s;
            this.p = p;
            this.o = o;
        }
    }

    private static final class NodeAcc {
        String label;
        String type;
        int articles;
        final TreeSet<String> aliases = new TreeSet<>();
    }
}
