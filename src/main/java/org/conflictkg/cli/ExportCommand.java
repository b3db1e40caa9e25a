package org.conflictkg.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.conflictkg.export.Exporters;
import org.conflictkg.export.GraphBuilder;
import org.conflictkg.query.ClaimFilter;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg export}: the graph for Gephi, yEd, Cytoscape and Graphviz, or the store in an RDF format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the graph (gexf, graphml, cyjs, dot, csv, csv-nodes) or the RDF (turtle, ntriples, nquads, trig, jsonld, rdfxml).")
final class ExportCommand implements Callable<Integer> {
    static final Map<String, Lang> RDF = Map.of("turtle", Lang.TURTLE, "ntriples", Lang.NTRIPLES, "nquads", Lang.NQUADS,
            "trig", Lang.TRIG, "jsonld", Lang.JSONLD, "rdfxml", Lang.RDFXML);

    @Mixin
    Common common;

    @Option(names = "--format", required = true, description = "Graph: gexf, graphml, cyjs, dot, csv, csv-nodes. RDF: turtle, ntriples, nquads, trig, jsonld, rdfxml.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--type", description = "Only nodes of this class (ArmedGroup, State, ...).")
    String type;

    @Option(names = "--relation", description = "Only this relation (alliedWith, supports, ...).")
    String relation;

    @Option(names = "--min-confidence", description = "Only claims at least this confident (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    double minConfidence;

    @Option(names = "--since", description = "Only articles published on or after YYYY-MM-DD.")
    LocalDate since;

    @Option(names = "--until", description = "Only articles published on or before YYYY-MM-DD.")
    LocalDate until;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!Exporters.FORMATS.contains(f) && !RDF.containsKey(f)) {
            throw new org.conflictkg.model.UsageException("unknown format '" + format + "'; graph formats " + Exporters.FORMATS + ", RDF formats " + RDF.keySet());
        }
        if (output != null && !Files.isDirectory(output.toAbsolutePath().getParent())) {
            throw new org.conflictkg.model.UsageException("no folder " + output.toAbsolutePath().getParent() + " to write " + output.getFileName() + " in");
        }
        try (KgStore store = common.openExisting()) {
            // A file export is written beside its target and moved into place when complete: a failed
            // export leaves no file behind, and never a half-written one over an earlier export.
            Path partial = output == null ? null : Files.createTempFile(output.toAbsolutePath().getParent(), "." + output.getFileName(), ".partial");
            try {
                OutputStream out = output == null ? new ByteArrayOutputStream() : new BufferedOutputStream(Files.newOutputStream(partial));
                try (out) {
                    if (RDF.containsKey(f)) {
                        Lang lang = RDF.get(f);
                        store.dump(out, lang);
                    } else {
                        Exporters.write(new GraphBuilder(store).build(new ClaimFilter(type, relation, minConfidence, since, until)), f, out);
                    }
                }
                if (output == null) {
                    spec.commandLine().getOut().print(((ByteArrayOutputStream) out).toString(StandardCharsets.UTF_8));
                    spec.commandLine().getOut().flush();
                } else {
                    Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            } finally {
                if (partial != null) {
                    Files.deleteIfExists(partial);
                }
            }
        }
        return Main.OK;
    }
}
