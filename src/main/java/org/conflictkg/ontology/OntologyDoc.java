package org.conflictkg.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Renders the ontology as a Markdown reference page: classes, then properties, with their comments and links. */
public final class OntologyDoc {
    private OntologyDoc() {
    }

    public static String render(Model onto) {
        StringBuilder sb = new StringBuilder();
        sb.append("# The conflict-kg ontology\n\n");
        sb.append("Generated from `ontology/conflict-kg.ttl` by `kg kb doc -o docs/ontology.md`; do not edit by hand.\n");
        sb.append("Namespace: `").append(Ckg.NS).append("` (prefix `ckg:`).\n\n");
        sb.append("## Classes\n\n| class | label | subclass of | matches | comment |\n|---|---|---|---|---|\n");
        for (Resource c : sorted(onto, OWL.Class)) {
            sb.append(row(onto, c, RDFS.subClassOf, null));
        }
        sb.append("\n## Relations (object properties)\n\nEvery relation an article can claim is below `ckg:linkedTo`.\n\n");
        sb.append("| property | label | subproperty of | domain | range | matches | comment |\n|---|---|---|---|---|---|---|\n");
        for (Resource p : sorted(onto, OWL.ObjectProperty)) {
            String symmetric = onto.contains(p, RDF.type, OWL.SymmetricProperty) ? " (symmetric)" : "";
            sb.append("| `").append(local(p)).append("`").append(symmetric).append(" | ")
                    .append(lit(onto, p, RDFS.label)).append(" | ").append(refs(onto, p, RDFS.subPropertyOf)).append(" | ")
                    .append(refs(onto, p, RDFS.domain)).append(" | ").append(refs(onto, p, RDFS.range)).append(" | ")
                    .append(matches(onto, p)).append(" | ").append(lit(onto, p, RDFS.comment)).append(" |\n");
        }
        sb.append("\n## Attributes (datatype properties)\n\n| property | label | matches | comment |\n|---|---|---|---|\n");
        for (Resource p : sorted(onto, OWL.DatatypeProperty)) {
            sb.append("| `").append(local(p)).append("` | ").append(lit(onto, p, RDFS.label)).append(" | ")
                    .append(matches(onto, p)).append(" | ").append(lit(onto, p, RDFS.comment)).append(" |\n");
        }
        return sb.toString();
    }

    private static String row(Model onto, Resource c, org.apache.jena.rdf.model.Property sup, String extra) {
        return "| `" + local(c) + "` | " + lit(onto, c, RDFS.label) + " | " + refs(onto, c, sup) + " | "
                + matches(onto, c) + " | " + lit(onto, c, RDFS.comment) + " |\n";
    }

    private static List<Resource> sorted(Model onto, Resource type) {
        List<Resource> out = new ArrayList<>();
        onto.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(Ckg.NS)) {
                out.add(r);
            }
        });
        out.sort(Comparator.comparing(Resource::getURI));
        return out;
    }

    private static String lit(Model onto, Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? "" : s.getString().replace("|", "\\|");
    }

    private static String refs(Model onto, Resource r, org.apache.jena.rdf.model.Property p) {
        return onto.listObjectsOfProperty(r, p).toList().stream().map(OntologyDoc::shortName).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String matches(Model onto, Resource r) {
        List<String> out = new ArrayList<>();
        for (org.apache.jena.rdf.model.Property p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, SKOS.closeMatch, SKOS.broadMatch)) {
            onto.listObjectsOfProperty(r, p).forEachRemaining(o -> {
                if (o.isURIResource() && !o.asResource().getURI().startsWith(Ckg.NS)) {
                    out.add(shortName(o));
                }
            });
        }
        return out.stream().sorted().collect(Collectors.joining(", "));
    }

    private static String shortName(RDFNode n) {
        if (!n.isURIResource()) {
            return n.toString();
        }
        String u = n.asResource().getURI();
        String[][] prefixes = {{Ckg.NS, "ckg:"}, {"http://www.w3.org/ns/prov#", "prov:"}, {"https://schema.org/", "schema:"},
                {"http://semanticweb.cs.vu.nl/2009/11/sem/", "sem:"}, {"http://www.w3.org/2003/01/geo/wgs84_pos#", "geo:"},
                {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:"}, {"http://www.w3.org/2004/02/skos/core#", "skos:"},
                {"http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", "nif:"}};
        for (String[] p : prefixes) {
            if (u.startsWith(p[0])) {
                return "`" + p[1] + u.substring(p[0].length()) + "`";
            }
        }
        return "<" + u + ">";
    }

    private static String local(Resource r) {
        return "ckg:" + r.getURI().substring(Ckg.NS.length());
    }
}
