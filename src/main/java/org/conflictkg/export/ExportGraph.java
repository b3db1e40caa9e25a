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
