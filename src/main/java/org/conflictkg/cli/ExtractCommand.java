package org.conflictkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.ingest.SourceFinder;
import org.conflictkg.model.Claim;
import org.conflictkg.model.Entity;
import org.conflictkg.model.Extraction;
import org.conflictkg.model.Mention;
import org.conflictkg.model.RejectedInputException;
import org.conflictkg.model.SourceFormat;
import org.conflictkg.ontology.Iris;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.rdf.ArticleGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg extract}: what the builder finds in each article, without a store. The JSON lines
 * format is the evaluation contract: keep it stable.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the entities and claims found in articles, one JSON object per article (or Turtle).")
final class ExtractCommand implements Callable<Integer> {
    enum Format { jsonl, ttl }

    @Mixin
    Common common;

    @Option(names = "--format", description = "jsonl or ttl (default: ${DEFAULT-VALUE}).", defaultValue = "jsonl")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders; - reads one article from standard input.")
    List<Path> paths;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = common.pipeline();
        Ingestor ingestor = new Ingestor();
        SourceFinder.Found found = new SourceFinder().find(paths.stream().filter(p -> !p.toString().equals("-")).toList());
        List<RejectedInputException> rejected = new ArrayList<>(found.problems());
        ObjectMapper json = new ObjectMapper();
        List<Path> inputs = new ArrayList<>(found.files());
        if (paths.stream().anyMatch(p -> p.toString().equals("-"))) {
            inputs.add(Path.of("-"));
        }
        for (Path f : inputs) {
            Extraction x;
            try {
                x = pipeline.extract(f.toString().equals("-") ? ingestor.read("<stdin>", System.in, SourceFormat.TEXT) : ingestor.read(f));
            } catch (RejectedInputException e) {
                rejected.add(e);
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                // as in a build: one article the extractor fails on is reported by name, the others still come out
                rejected.add(new RejectedInputException(f.toString(), "failed: " + e));
                continue;
            }
            if (format == Format.jsonl) {
                out.println(json.writeValueAsString(toJson(f, x)));
            } else {
                StringWriter sw = new StringWriter();
                RDFDataMgr.write(sw, ArticleGraph.toModel(x), Lang.TURTLE);
                out.print(sw);
            }
        }
        out.flush();
        for (RejectedInputException r : rejected) {
            err.println("kg: rejected " + r.getMessage());
        }
        err.flush();
        return rejected.isEmpty() ? Main.OK : Main.REJECTED;
    }

    static Map<String, Object> toJson(Path file, Extraction x) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", file.getFileName().toString());
        o.put("article", Iris.article(x.article().id()));
        o.put("title", x.article().title());
        o.put("published", x.article().published() == null ? null : x.article().published().toString());
        o.put("publisher", x.article().publisher());
        o.put("voice", x.voice() == null ? null : Iris.entity(x.voice()));
        Map<String, Set<String>> mentions = new LinkedHashMap<>();
        for (Mention m : x.mentions()) {
            mentions.computeIfAbsent(m.entityId(), k -> new LinkedHashSet<>()).add(m.surface());
        }
        List<Map<String, Object>> entities = new ArrayList<>();
        for (Entity e : x.entities()) {
            Map<String, Object> eo = new LinkedHashMap<>();
            eo.put("id", Iris.entity(e.id()));
            eo.put("label", e.label());
            eo.put("type", e.type().name());
            eo.put("mentions", List.copyOf(mentions.getOrDefault(e.id(), Set.of())));
            if (e.discovered()) {
                eo.put("discovered", true);
            }
            entities.add(eo);
        }
        o.put("entities", entities);
        List<Map<String, Object>> claims = new ArrayList<>();
        for (Claim c : x.claims()) {
            Map<String, Object> co = new LinkedHashMap<>();
            co.put("subject", Iris.entity(c.subject()));
            co.put("predicate", c.relation());
            co.put("object", Iris.entity(c.object()));
            co.put("evidence", c.evidence());
            co.put("confidence", c.confidence());
            co.put("polarity", c.polarity().name().toLowerCase(Locale.ROOT));
            co.put("modality", c.modality().name().toLowerCase(Locale.ROOT));
            co.put("rule", c.rule());
            if (c.attributedTo() != null) {
                co.put("attributedTo", Iris.entity(c.attributedTo()));
            }
            if (c.date() != null) {
                co.put("date", c.date().toString());
            }
            claims.add(co);
        }
        o.put("claims", claims);
        return o;
    }
}
