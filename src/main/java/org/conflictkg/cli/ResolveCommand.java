package org.conflictkg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.conflictkg.extract.NameResolver;
import org.conflictkg.ontology.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg resolve NAME...}: which entity each name denotes. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Resolve names (any spelling, transliteration or acronym) to knowledge-base entities.")
final class ResolveCommand implements Callable<Integer> {
    enum Format { tsv, json }

    @Mixin
    Common common;

    @Parameters(arity = "1..*", paramLabel = "NAME")
    List<String> names;

    @Option(names = "--format", description = "tsv or json (default: ${DEFAULT-VALUE}).", defaultValue = "tsv")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NameResolver resolver = common.resolver();
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String n : names) {
            List<NameResolver.Resolution> c = resolver.candidates(n);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", n);
            if (c.isEmpty()) {
                row.put("iri", null);
            } else {
                NameResolver.Resolution r = c.get(0);
                row.put("iri", Iris.entity(r.entity().id()));
                row.put("label", r.entity().label());
                row.put("type", r.entity().type().name());
                row.put("score", r.score());
                row.put("method", r.method());
                if (c.size() > 1) {
                    row.put("alternatives", c.subList(1, c.size()).stream().map(x -> Iris.entity(x.entity().id())).toList());
                }
            }
            rows.add(row);
        }
        if (format == Format.json) {
            out.println(new ObjectMapper().writeValueAsString(rows));
        } else {
            for (Map<String, Object> r : rows) {
                if (r.get("iri") == null) {
                    out.println(r.get("name") + "\t-");
                } else {
                    out.println(r.get("name") + "\t" + r.get("iri") + "\t" + r.get("label") + "\t" + r.get("type")
                            + (r.containsKey("alternatives") ? "\tambiguous: also " + r.get("alternatives") : ""));
                }
            }
        }
        out.flush();
        return Main.OK;
    }
}
