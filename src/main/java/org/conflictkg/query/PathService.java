package org.conflictkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.conflictkg.ontology.Ckg;
import org.conflictkg.store.KgStore;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The shortest relationship paths between two entities through positive claims, in either
 * direction, each step with its relations. Reads the claims on every call; fine for the
 * graphs one machine serves interactively.
 */
public final class PathService {
    private static final String EDGES = """
            PREFIX ckg:  <https://w3id.org/conflict-kg/ontology#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT DISTINCT ?s ?p ?o WHERE { ?c a ckg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ckg:polarity "positive" }""";

    private final KgStore store;

    public PathService(KgStore store) {
        this.store = store;
    }

    /** Up to {@code limit} shortest paths of at most {@code maxLength} steps; empty when none. */
    public List<List<Map<String, Object>>> paths(String from, String to, int maxLength, int limit) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        Map<String, List<String>> relations = new LinkedHashMap<>();
        ResultSet rs = store.select(new ParameterizedSparqlString(EDGES).asQuery());
        while (rs.hasNext()) {
            QuerySolution q = rs.next();
            String s = q.getResource("s").getURI();
            String o = q.getResource("o").getURI();
            if (s.equals(o)) {
                continue;
            }
            g.addVertex(s);
            g.addVertex(o);
            g.addEdge(s, o);
            relations.computeIfAbsent(s + " " + o, k -> new ArrayList<>()).add(q.getResource("p").getURI().substring(Ckg.NS.length()));
        }
        if (!g.containsVertex(from) || !g.containsVertex(to) || from.equals(to)) {
            return List.of();
        }
        org.jgrapht.Graph<String, DefaultEdge> directed = new org.jgrapht.graph.DefaultDirectedGraph<>(DefaultEdge.class);
        g.vertexSet().forEach(directed::addVertex);
        for (DefaultEdge e : g.edgeSet()) {
            directed.addEdge(g.getEdgeSource(e), g.getEdgeTarget(e));
            directed.addEdge(g.getEdgeTarget(e), g.getEdgeSource(e));
        }
        List<GraphPath<String, DefaultEdge>> all = new ArrayList<>();
        for (int len = 1; len <= maxLength && all.isEmpty(); len++) {
            all = new AllDirectedPaths<>(directed).getAllPaths(from, to, true, len);
        }
        List<List<Map<String, Object>>> out = new ArrayList<>();
        for (GraphPath<String, DefaultEdge> p : all.subList(0, Math.min(limit, all.size()))) {
            List<Map<String, Object>> steps = new ArrayList<>();
            List<String> v = p.getVertexList();
            for (int i = 0; i + 1 < v.size(); i++) {
                Map<String, Object> step = new LinkedHashMap<>();
                step.put("from", v.get(i));
                step.put("to", v.get(i + 1));
                List<String> rel = new ArrayList<>(relations.getOrDefault(v.get(i) + " " + v.get(i + 1), List.of()));
                relations.getOrDefault(v.get(i + 1) + " " + v.get(i), List.of()).forEach(r -> rel.add("inverse " + r));
                step.put("relations", rel);
                steps.add(step);
            }
            out.add(steps);
        }
        return out;
    }
}
