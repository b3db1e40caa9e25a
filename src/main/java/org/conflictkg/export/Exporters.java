package org.conflictkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.conflictkg.model.ConflictKgException;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes an {@link ExportGraph} in the formats graph tools open: GEXF 1.2 with edge time
 * spans (Gephi's timeline), GraphML with typed keys (yEd, Cytoscape, Gephi), Cytoscape.js
 * JSON, Graphviz DOT, and CSV edge and node lists. GraphML and DOT use JGraphT's exporters.
 * Stateless and thread-safe.
 */
public final class Exporters {
    /** The graph formats, by the name users give. */
    public static final List<String> FORMATS = List.of("gexf", "graphml", "cyjs", "dot", "csv", "csv-nodes");

    private Exporters() {
    }

    public static String mediaType(String format) {
        return switch (format) {
            case "gexf" -> "application/gexf+xml";
            case "graphml" -> "application/graphml+xml";
            case "cyjs" -> "application/json";
            case "dot" -> "text/vnd.graphviz";
            case "csv", "csv-nodes" -> "text/csv";
            default -> throw new ConflictKgException("unknown export format '" + format + "'; expected one of " + FORMATS);
        };
    }

    public static void write(ExportGraph g, String format, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            switch (format.toLowerCase(Locale.ROOT)) {
                case "gexf" -> gexf(g, w);
                case "graphml" -> graphml(g, w);
                case "cyjs" -> cytoscape(g, w);
                case "dot" -> dot(g, w);
                case "csv" -> csvEdges(g, w);
                case "csv-nodes" -> csvNodes(g, w);
                default -> throw new ConflictKgException("unknown export format '" + format + "'; expected one of " + FORMATS);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Graph<String, ExportGraph.Edge> jgrapht(ExportGraph g) {
        Graph<String, ExportGraph.Edge> graph = new DirectedPseudograph<>(ExportGraph.Edge.class);
        g.nodes().forEach(n -> graph.addVertex(n.id()));
        g.edges().forEach(e -> graph.addEdge(e.source(), e.target(), e));
        return graph;
    }

    private static Map<String, ExportGraph.Node> byId(ExportGraph g) {
        Map<String, ExportGraph.Node> m = new LinkedHashMap<>();
        g.nodes().forEach(n -> m.put(n.id(), n));
        return m;
    }

    private static void graphml(ExportGraph g, Writer w) {
        Map<String, ExportGraph.Node> nodes = byId(g);
        // Every format names a node by its entity key (GraphML ids are XML name tokens, which an IRI is not);
        // the full IRI is the node's iri attribute.
        GraphMLExporter<String, ExportGraph.Edge> ex = new GraphMLExporter<>(Exporters::key);
        ex.setEdgeIdProvider(ExportGraph.Edge::id);
        ex.setExportVertexLabels(true);
        ex.setVertexLabelAttributeName("label");
        ex.registerAttribute("iri", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("type", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("aliases", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("articles", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        ex.registerAttribute("relation", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        // The weight on every edge: JGraphT's own weight key (off here, and renamed to free the name) writes only
        // the weights that differ from its default, which readers such as networkx then miss.
        ex.setExportEdgeWeights(false);
        ex.setEdgeWeightAttributeName("jgrapht-weight");
        ex.registerAttribute("weight", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
        ex.registerAttribute("sources", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
        ex.registerAttribute("first", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute("last", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute("evidence", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute("claim", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        ex.setVertexAttributeProvider(id -> {
            ExportGraph.Node n = nodes.get(id);
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(n.label()));
            a.put("iri", DefaultAttribute.createAttribute(n.id()));
            a.put("type", DefaultAttribute.createAttribute(n.type()));
            a.put("aliases", DefaultAttribute.createAttribute(String.join("; ", n.aliases())));
            a.put("articles", DefaultAttribute.createAttribute(n.articles()));
            return a;
        });
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("relation", DefaultAttribute.createAttribute(e.relation()));
            a.put("weight", DefaultAttribute.createAttribute(e.weight()));
            a.put("sources", DefaultAttribute.createAttribute(e.sources()));
            a.put("first", DefaultAttribute.createAttribute(e.first() == null ? "" : e.first()));
            a.put("last", DefaultAttribute.createAttribute(e.last() == null ? "" : e.last()));
            a.put("evidence", DefaultAttribute.createAttribute(e.evidence()));
            a.put("claim", DefaultAttribute.createAttribute(e.claim()));
            return a;
        });
        ex.exportGraph(jgrapht(g), w);
    }

    private static void dot(ExportGraph g, Writer w) {
        Map<String, ExportGraph.Node> nodes = byId(g);
        Map<String, String> ids = new LinkedHashMap<>();
        g.nodes().forEach(n -> ids.put(n.id(), "n" + ids.size()));
        DOTExporter<String, ExportGraph.Edge> ex = new DOTExporter<>(ids::get);
        ex.setGraphAttributeProvider(() -> Map.of("rankdir", DefaultAttribute.createAttribute("LR")));
        ex.setVertexAttributeProvider(id -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(nodes.get(id).label()));
            a.put("shape", DefaultAttribute.createAttribute(shape(nodes.get(id).type())));
            a.put("URL", DefaultAttribute.createAttribute(id));
            return a;
        });
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(e.relation() + (e.weight() > 1 ? " \u00D7" + e.weight() : "")));
            a.put("penwidth", DefaultAttribute.createAttribute(Math.min(6, 1 + e.weight() / 2)));
            return a;
        });
        ex.exportGraph(jgrapht(g), w);
    }

    /** A node's id in every export: the entity's key, the last segment of its IRI ("hayat-tahrir-al-sham"). */
    static String key(String iri) {
        String k = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return k.isEmpty() ? "n" + Integer.toHexString(iri.hashCode()) : k;
    }

    private static String shape(String type) {
        return switch (type) {
            case "Location" -> "house";
            case "Agreement" -> "note";
            case "State" -> "doubleoctagon";
            case "Person" -> "ellipse";
            case "Event" -> "hexagon";
            default -> "box";
        };
    }

    private static void gexf(ExportGraph g, Writer w) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(w);
            String ns = "http://www.gexf.net/1.2draft";
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(ns);
            x.writeAttribute("version", "1.2");
            x.writeStartElement("meta");
            x.writeStartElement("creator");
            x.writeCharacters("conflict-kg");
            x.writeEndElement();
            x.writeStartElement("description");
            x.writeCharacters("Relations claimed by news articles; edge weight = number of claims");
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("graph");
            x.writeAttribute("mode", "dynamic");
            x.writeAttribute("defaultedgetype", "directed");
            x.writeAttribute("timeformat", "date");
            attributes(x, "node", new String[][] {{"iri", "string"}, {"type", "string"}, {"aliases", "string"}, {"articles", "integer"}});
            attributes(x, "edge", new String[][] {{"relation", "string"}, {"sources", "integer"}, {"evidence", "string"}, {"claim", "string"}});
            x.writeStartElement("nodes");
            for (ExportGraph.Node n : g.nodes()) {
                x.writeStartElement("node");
                x.writeAttribute("id", key(n.id()));
                x.writeAttribute("label", n.label());
                values(x, new String[] {n.id(), n.type(), String.join("; ", n.aliases()), String.valueOf(n.articles())});
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeStartElement("edges");
            for (ExportGraph.Edge e : g.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", e.id());
                x.writeAttribute("source", key(e.source()));
                x.writeAttribute("target", key(e.target()));
                x.writeAttribute("label", e.relation());
                x.writeAttribute("weight", String.valueOf(e.weight()));
                if (e.first() != null) {
                    x.writeAttribute("start", e.first());
                    x.writeAttribute("end", e.last());
                }
                values(x, new String[] {e.relation(), String.valueOf(e.sources()), e.evidence(), e.claim()});
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new ConflictKgException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static void attributes(XMLStreamWriter x, String cls, String[][] defs) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        x.writeAttribute("mode", "static");
        for (int i = 0; i < defs.length; i++) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", String.valueOf(i));
            x.writeAttribute("title", defs[i][0]);
            x.writeAttribute("type", defs[i][1]);
        }
        x.writeEndElement();
    }

    private static void values(XMLStreamWriter x, String[] values) throws XMLStreamException {
        x.writeStartElement("attvalues");
        for (int i = 0; i < values.length; i++) {
            x.writeEmptyElement("attvalue");
            x.writeAttribute("for", String.valueOf(i));
            x.writeAttribute("value", values[i] == null ? "" : values[i]);
        }
        x.writeEndElement();
    }

    private static void cytoscape(ExportGraph g, Writer w) throws IOException {
        List<Map<String, Object>> nodes = g.nodes().stream().map(n -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", key(n.id()));
            d.put("iri", n.id());
            d.put("label", n.label());
            d.put("type", n.type());
            d.put("aliases", n.aliases());
            d.put("articles", n.articles());
            return Map.<String, Object>of("data", d);
        }).toList();
        List<Map<String, Object>> edges = g.edges().stream().map(e -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", e.id());
            d.put("source", key(e.source()));
            d.put("target", key(e.target()));
            d.put("relation", e.relation());
            d.put("weight", e.weight());
            d.put("sources", e.sources());
            d.put("first", e.first());
            d.put("last", e.last());
            d.put("evidence", e.evidence());
            d.put("claim", e.claim());
            return Map.<String, Object>of("data", d);
        }).toList();
        ObjectMapper json = new ObjectMapper();
        json.getFactory().disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeValue(w, Map.of("elements", Map.of("nodes", nodes, "edges", edges)));
    }

    private static void csvEdges(ExportGraph g, Writer w) throws IOException {
        Map<String, ExportGraph.Node> nodes = byId(g);
        w.write("source,source_label,relation,target,target_label,weight,sources,first,last,evidence,claim\n");
        for (ExportGraph.Edge e : g.edges()) {
            w.write(String.join(",", csv(key(e.source())), csv(nodes.get(e.source()).label()), csv(e.relation()), csv(key(e.target())),
                    csv(nodes.get(e.target()).label()), String.valueOf(e.weight()), String.valueOf(e.sources()),
                    csv(e.first()), csv(e.last()), csv(e.evidence()), csv(e.claim())) + "\n");
        }
    }

    private static void csvNodes(ExportGraph g, Writer w) throws IOException {
        w.write("id,iri,label,type,aliases,articles\n");
        for (ExportGraph.Node n : g.nodes()) {
            w.write(String.join(",", csv(key(n.id())), csv(n.id()), csv(n.label()), csv(n.type()), csv(String.join("; ", n.aliases())),
                    String.valueOf(n.articles())) + "\n");
        }
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.matches(".*[\",\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
