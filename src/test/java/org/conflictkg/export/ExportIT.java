package org.conflictkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.pipeline.Builder;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.store.KgStore;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every graph export of the seed graph: valid against its schema where one exists, and read back by an importer. */
class ExportIT {
    @TempDir
    static Path dir;
    static KgStore store;
    static ExportGraph graph;

    @BeforeAll
    static void build() {
        Pipeline pipeline = new Pipeline(KbLoader.load(null), NlpModels.load());
        store = KgStore.open(dir.resolve("store"));
        Builder b = new Builder(pipeline, new Ingestor(), 2);
        b.build(b.find(List.of(Path.of("data", "articles"))), store, n -> { });
        graph = new GraphBuilder(store).build(org.conflictkg.query.ClaimFilter.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static byte[] export(String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.write(graph, format, out);
        return out.toByteArray();
    }

    static void validate(byte[] xml, String xsd) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = f.newSchema(ExportIT.class.getResource(xsd));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void the_graph_has_typed_nodes_and_weighted_dated_edges() {
        assertTrue(graph.nodes().size() > 50 && graph.edges().size() > 50);
        assertTrue(graph.edges().stream().anyMatch(e -> e.first() != null && e.weight() >= 1));
        for (ExportGraph.Edge e : graph.edges()) {
            assertTrue(e.claim().contains("/claim/") && !e.evidence().contains("/claim/") && e.evidence().contains(" "),
                    "an edge carries its evidence sentence and the claim behind it: " + e);
        }
        assertTrue(graph.nodes().stream().anyMatch(n -> n.type().equals("ArmedGroup") && !n.aliases().isEmpty()));
        ExportGraph allied = new GraphBuilder(store).build(new org.conflictkg.query.ClaimFilter("ArmedGroup", "alliedWith", 0, null, null));
        assertTrue(allied.edges().stream().allMatch(e -> e.relation().equals("alliedWith")));
        assertTrue(allied.edges().size() < graph.edges().size());
    }

    @Test
    void gexf_is_valid_and_read_back() throws Exception {
        byte[] gexf = export("gexf");
        validate(gexf, "/gexf.xsd");
        int[] n = {0};
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(() -> "v" + n[0]++, DefaultEdge::new, false);
        new SimpleGEXFImporter<String, DefaultEdge>().importGraph(g, new InputStreamReader(new ByteArrayInputStream(gexf), StandardCharsets.UTF_8));
        assertEquals(graph.nodes().size(), g.vertexSet().size());
        assertEquals(graph.edges().size(), g.edgeSet().size());
    }

    @Test
    void graphml_is_valid_and_read_back_with_its_attributes() throws Exception {
        byte[] graphml = export("graphml");
        validate(graphml, "/graphml.xsd");
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(null, DefaultEdge::new, false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, String> types = new java.util.HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("type")) {
                types.put(p.getFirst(), a.getValue());
            }
        });
        importer.importGraph(g, new InputStreamReader(new ByteArrayInputStream(graphml), StandardCharsets.UTF_8));
        assertEquals(graph.nodes().size(), g.vertexSet().size());
        assertEquals(graph.edges().size(), g.edgeSet().size());
        assertEquals("ArmedGroup", types.get("hayat-tahrir-al-sham"));
        long weights = new String(graphml, StandardCharsets.UTF_8).lines().filter(l -> l.contains("<data key=") && l.contains(">"))
                .count();
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(graphml));
        String weightKey = null;
        org.w3c.dom.NodeList keys = doc.getElementsByTagName("key");
        for (int i = 0; i < keys.getLength(); i++) {
            org.w3c.dom.Element k = (org.w3c.dom.Element) keys.item(i);
            if (k.getAttribute("attr.name").equals("weight") && k.getAttribute("for").equals("edge")) {
                weightKey = k.getAttribute("id");
            }
        }
        org.w3c.dom.NodeList edges = doc.getElementsByTagName("edge");
        for (int i = 0; i < edges.getLength(); i++) {
            org.w3c.dom.NodeList data = ((org.w3c.dom.Element) edges.item(i)).getElementsByTagName("data");
            boolean hasWeight = false;
            for (int j = 0; j < data.getLength(); j++) {
                hasWeight |= ((org.w3c.dom.Element) data.item(j)).getAttribute("key").equals(weightKey);
            }
            assertTrue(hasWeight, "edge " + ((org.w3c.dom.Element) edges.item(i)).getAttribute("id") + " has no weight (of " + weights + " data lines)");
        }
    }

    @Test
    void every_format_names_a_node_by_the_same_id() throws Exception {
        java.util.Set<String> graphml = ids(export("graphml"), "node", "id");
        java.util.Set<String> gexf = ids(export("gexf"), "node", "id");
        java.util.Set<String> cy = new java.util.TreeSet<>();
        new ObjectMapper().readTree(export("cyjs")).get("elements").get("nodes").forEach(n -> cy.add(n.get("data").get("id").asText()));
        java.util.Set<String> csv = new java.util.TreeSet<>(new String(export("csv-nodes"), StandardCharsets.UTF_8).lines().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList());
        assertTrue(graphml.contains("hayat-tahrir-al-sham"), graphml.toString());
        assertEquals(graphml, gexf);
        assertEquals(graphml, cy);
        assertEquals(graphml, csv);
        java.util.Set<String> ends = new java.util.TreeSet<>();
        new String(export("csv"), StandardCharsets.UTF_8).lines().skip(1).forEach(l -> ends.add(l.substring(0, l.indexOf(','))));
        assertTrue(graphml.containsAll(ends), "edge ends are node ids");
    }

    private static java.util.Set<String> ids(byte[] xml, String element, String attribute) throws Exception {
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        org.w3c.dom.NodeList nodes = doc.getElementsByTagName(element);
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute(attribute));
        }
        return out;
    }

    @Test
    void cytoscape_json_and_csv_carry_nodes_and_edges() throws Exception {
        JsonNode cy = new ObjectMapper().readTree(export("cyjs"));
        assertEquals(graph.nodes().size(), cy.get("elements").get("nodes").size());
        assertEquals(graph.edges().size(), cy.get("elements").get("edges").size());
        assertTrue(cy.get("elements").get("edges").get(0).get("data").has("relation"));
        List<String> edges = new String(export("csv"), StandardCharsets.UTF_8).lines().toList();
        assertEquals(graph.edges().size() + 1, edges.size());
        assertTrue(edges.get(0).startsWith("source,source_label,relation,target"));
        assertEquals(graph.nodes().size() + 1, new String(export("csv-nodes"), StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void dot_is_rendered_by_graphviz_when_it_is_installed() throws Exception {
        byte[] dot = export("dot");
        assertTrue(new String(dot, StandardCharsets.UTF_8).startsWith("digraph G {"));
        boolean hasDot;
        try {
            hasDot = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            hasDot = false;
        }
        Assumptions.assumeTrue(hasDot, "Graphviz 'dot' is not installed: rendering skipped (apt-get install graphviz)");
        Path in = dir.resolve("g.dot");
        Path png = dir.resolve("g.png");
        Files.write(in, dot);
        Process p = new ProcessBuilder("dot", "-Tpng", in.toString(), "-o", png.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, new String(p.getInputStream().readAllBytes()));
        assertTrue(Files.size(png) > 1000);
    }
}
