package org.conflictkg.cli;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg query}: a SPARQL query from a file, by name from {@code queries/}, or inline. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query against the store: a .rq file, a named query, or --sparql TEXT.")
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    @Mixin
    Common common;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;

        @Option(names = "--name", description = "A named query of queries/ (see queries/*.rq).")
        String name;

        @Option(names = "--sparql", paramLabel = "TEXT", description = "The query itself.")
        String sparql;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--param", paramLabel = "k=v", description = "A parameter of a named query; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).", defaultValue = "table")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Query query;
        if (source.name != null) {
            NamedQueries named = NamedQueries.load(Common.queriesDir());
            query = named.bind(source.name, params, common.resolver());
        } else {
            if (!params.isEmpty()) {
                throw new ConflictKgException("--param goes with --name");
            }
            String text = source.sparql != null ? source.sparql : read(source.file);
            query = KgStore.parse(text);
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.flush();
        try (KgStore store = common.openExisting()) {
            Object result = store.execute(query);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (result instanceof ResultSetRewindable rs) {
                switch (format) {
                    case table -> out.writeBytes(ResultSetFormatter.asText(rs, query.getPrologue()).getBytes(StandardCharsets.UTF_8));
                    case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                    case json -> ResultSetFormatter.outputAsJSON(out, rs);
                }
            } else if (result instanceof Boolean b) {
                out.writeBytes((b + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            } else if (result instanceof Model m) {
                RDFDataMgr.write(out, m, Lang.TURTLE);
            }
            pw.print(out.toString(StandardCharsets.UTF_8));
        }
        pw.flush();
        return Main.OK;
    }

    private static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ConflictKgException(file + ": no such query file");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
