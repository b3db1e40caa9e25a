package org.conflictkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.model.EntityType;
import org.conflictkg.model.KbEntity;
import org.conflictkg.model.KnowledgeBase;

/**
 * Loads the ontology and the actor knowledge base. The knowledge base is every {@code .ttl}
 * file under {@code kb/} of the ontology folder; a user adds entities or aliases there
 * without rebuilding. Without a folder, the copy bundled in the jar is used.
 */
public final class KbLoader {
    /** The bundled knowledge-base files, in the jar under {@code ontology/}. */
    static final List<String> BUNDLED = List.of("states", "state-bodies", "armed-forces", "armed-groups",
            "intergovernmental", "organisations", "persons", "events", "locations", "agreements", "designations");

    /** The ontology and the knowledge base as RDF, and the knowledge base as records. */
    public record Loaded(Model ontology, Model kbModel, KnowledgeBase kb) {
    }

    /** Classes of records the knowledge base keeps beside its entities (a designation: who listed whom, when). */
    static final java.util.Set<String> NOT_ENTITIES = java.util.Set.of("Designation");

    private KbLoader() {
    }

    /** Loads from a folder holding {@code conflict-kg.ttl} and {@code kb/*.ttl}, or from the jar when it is null. */
    public static Loaded load(Path ontologyDir) {
        Model onto = ModelFactory.createDefaultModel();
        Model kb = ModelFactory.createDefaultModel();
        if (ontologyDir == null) {
            read(onto, "ontology/conflict-kg.ttl");
            for (String f : BUNDLED) {
                read(kb, "ontology/kb/" + f + ".ttl");
            }
        } else {
            parse(onto, ontologyDir.resolve("conflict-kg.ttl"));
            try (Stream<Path> files = Files.list(ontologyDir.resolve("kb"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                    parse(kb, f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the knowledge base in " + ontologyDir.resolve("kb"), e);
            }
        }
        return new Loaded(onto, kb, toKnowledgeBase(kb));
    }

    private static void parse(Model m, Path file) {
        try {
            RDFDataMgr.read(m, file.toString(), Lang.TURTLE);
        } catch (RiotException e) {
            throw new ConflictKgException(file + ": not valid Turtle: " + e.getMessage(), e);
        }
    }

    private static void read(Model m, String resource) {
        try (InputStream in = KbLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Turns the knowledge-base RDF into records: one per subject with a type in the ontology's namespace. */
    public static KnowledgeBase toKnowledgeBase(Model kb) {
        List<KbEntity> out = new ArrayList<>();
        for (Resource r : kb.listSubjectsWithProperty(RDF.type).toList()) {
            String key = Iris.entityKey(r.getURI() == null ? "" : r.getURI());
            if (key == null) {
                continue;
            }
            EntityType type = null;
            boolean record = false;
            for (Statement t : r.listProperties(RDF.type).toList()) {
                String u = t.getObject().isURIResource() ? t.getResource().getURI() : "";
                if (u.startsWith(Ckg.NS)) {
                    String local = u.substring(Ckg.NS.length());
                    if (NOT_ENTITIES.contains(local)) {
                        record = true;
                    } else {
                        type = EntityType.parse(local);
                    }
                }
            }
            if (record) {
                continue;
            }
            if (type == null) {
                throw new ConflictKgException("knowledge base: " + r.getURI() + " has no ckg: type");
            }
            String label = literal(r.getProperty(SKOS.prefLabel) == null ? null : r.getProperty(SKOS.prefLabel).getObject());
            if (label == null) {
                throw new ConflictKgException("knowledge base: " + r.getURI() + " has no skos:prefLabel");
            }
            List<String> aliases = new ArrayList<>();
            List<String> demonyms = new ArrayList<>();
            Map<String, List<String>> links = new LinkedHashMap<>();
            LocalDate start = null;
            LocalDate end = null;
            for (Statement s : r.listProperties().toList()) {
                String p = s.getPredicate().getURI();
                if (s.getPredicate().equals(SKOS.altLabel)) {
                    aliases.add(literal(s.getObject()));
                } else if (s.getPredicate().equals(Ckg.demonym)) {
                    demonyms.add(literal(s.getObject()));
                } else if (s.getPredicate().equals(Ckg.startDate)) {
                    start = date(s.getObject(), r);
                } else if (s.getPredicate().equals(Ckg.endDate)) {
                    end = date(s.getObject(), r);
                } else if (p.startsWith(Ckg.NS) && s.getObject().isURIResource()) {
                    String target = Iris.entityKey(s.getResource().getURI());
                    if (target != null) {
                        links.computeIfAbsent(p.substring(Ckg.NS.length()), k -> new ArrayList<>()).add(target);
                    }
                }
            }
            links.replaceAll((k, v) -> v.stream().sorted().toList());
            out.add(new KbEntity(key, label, type, aliases.stream().sorted().toList(), demonyms.stream().sorted().toList(), links, start, end));
        }
        out.sort(java.util.Comparator.comparing(KbEntity::id));
        return new KnowledgeBase(out);
    }

    private static String literal(RDFNode n) {
        return n != null && n.isLiteral() ? ((Literal) n).getLexicalForm() : null;
    }

    private static LocalDate date(RDFNode n, Resource r) {
        try {
            return LocalDate.parse(literal(n));
        } catch (RuntimeException e) {
            throw new ConflictKgException("knowledge base: " + r.getURI() + " has a bad date '" + literal(n) + "'", e);
        }
    }
}
