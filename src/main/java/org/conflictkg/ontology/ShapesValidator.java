package org.conflictkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * Validates article graphs against the SHACL shapes of {@code ontology/shapes.ttl}, each
 * together with the ontology (class hierarchy, domains and ranges) and the knowledge base (the
 * types and labels of known entities, which article graphs do not repeat).
 * Thread-safe: the parsed shapes are immutable.
 */
public final class ShapesValidator {
    /** One violation: the node, the property path, and the message. */
    public record Violation(String focus, String path, String message) {
        @Override
        public String toString() {
            return focus + (path == null ? "" : " " + path) + ": " + message;
        }
    }

    private final Shapes shapes;
    private final Model background;

    private ShapesValidator(Shapes shapes, Model background) {
        this.shapes = shapes;
        this.background = background;
    }

    /** The shapes from a folder holding {@code shapes.ttl}, or the bundled ones when it is null. */
    public static ShapesValidator load(Path ontologyDir, KbLoader.Loaded vocabulary) {
        Graph g;
        if (ontologyDir != null && Files.exists(ontologyDir.resolve("shapes.ttl"))) {
            g = RDFDataMgr.loadGraph(ontologyDir.resolve("shapes.ttl").toString());
        } else {
            try (InputStream in = ShapesValidator.class.getClassLoader().getResourceAsStream("ontology/shapes.ttl")) {
                if (in == null) {
                    throw new IllegalStateException("ontology/shapes.ttl is missing from the classpath");
                }
                Model m = ModelFactory.createDefaultModel();
                RDFDataMgr.read(m, in, Lang.TURTLE);
                g = m.getGraph();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ShapesValidator(Shapes.parse(g), ModelFactory.createUnion(vocabulary.ontology(), vocabulary.kbModel()));
    }

    /** The violations of one article graph; empty when it conforms. */
    public List<Violation> validate(Model articleGraph) {
        Model data = ModelFactory.createUnion(articleGraph, background);
        ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(e.focusNode().toString(), e.resultPath() == null ? null : e.resultPath().toString(), e.message()));
        }
        return out;
    }
}
