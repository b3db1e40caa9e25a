package org.conflictkg.export;

import java.util.List;
import java.util.Objects;

/**
 * The graph an export writes: entities as nodes, claimed relations aggregated as edges.
 *
 * @param nodes the nodes
 * @param edges the edges, one per (subject, relation, object)
 */
public record ExportGraph(List<Node> nodes, List<Edge> edges) {
    public ExportGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * The part of the graph a view shows: the edges that touch one of {@code around} (all when
     * null) and join two nodes of the given classes (any when null), with the nodes they join.
     */
    public ExportGraph restrict(java.util.Set<String> around, java.util.Set<String> types) {
        java.util.Map<String, Node> byId = new java.util.HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        java.util.List<Edge> kept = new java.util.ArrayList<>();
        java.util.Set<String> used = new java.util.TreeSet<>();
        for (Edge e : edges) {
            if (around != null && !around.contains(e.source()) && !around.contains(e.target())) {
                continue;
            }
            if (types != null && !(types.contains(typeOf(byId, e.source())) && types.contains(typeOf(byId, e.target())))) {
                continue;
            }
            kept.add(e);
            used.add(e.source());
            used.add(e.target());
        }
        return new ExportGraph(used.stream().map(byId::get).filter(Objects::nonNull).toList(), kept);
    }

    private static String typeOf(java.util.Map<String, Node> byId, String id) {
        Node n = byId.get(id);
        return n == null ? "" : n.type();
    }

    /** An entity: IRI, label, class local name, aliases, and the number of articles that mention it. */
    public record Node(String id, String label, String type, List<String> aliases, int articles) {
        public Node {
            Objects.requireNonNull(id, "id");
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * A relation between two entities as the articles claim it.
     *
     * @param id       a stable edge id
     * @param source   subject IRI
     * @param target   object IRI
     * @param relation relation local name
     * @param weight   number of claims
     * @param sources  number of distinct articles
     * @param first    earliest publication date, or null
     * @param last     latest publication date, or null
     * @param evidence the sentence of the edge's most confident claim
     * @param claim    that claim's IRI (its article, confidence and rule are on it)
     */
    public record Edge(String id, String source, String target, String relation, int weight, int sources,
                       String first, String last, String evidence, String claim) {
    }
}
