package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.conflictkg.eval.Evaluation;
import org.conflictkg.eval.Gold;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.ingest.SourceFinder;
import org.conflictkg.model.Extraction;
import org.conflictkg.model.RejectedInputException;
import org.conflictkg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg eval}: precision, recall and F1 against a gold standard in the seed gold's format. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against a gold standard (entities.tsv, relations.tsv): per entity type and relation, strict and per pair, with misses and false hits.")
final class EvalCommand implements Callable<Integer> {
    @Mixin
    Common common;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder (entities.tsv, relations.tsv).")
    Path gold;

    @Option(names = "--articles", split = ",", paramLabel = "FILE", description = "Score only these article files (comma-separated names).")
    List<String> only;

    @Option(names = "--quiet", description = "Only the tables, not the misses and false hits.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The articles the gold annotates (file names must match the gold's).")
    List<Path> paths;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Gold g = Gold.load(gold);
        Pipeline pipeline = common.pipeline();
        Ingestor ingestor = new Ingestor();
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Path f : new SourceFinder().find(paths).files()) {
            try {
                Extraction x = pipeline.extract(ingestor.read(f));
                // The same objects kg extract prints: the evaluation scores the contract, not internals.
                rows.add(json.readValue(json.writeValueAsString(ExtractCommand.toJson(f, x)), new TypeReference<Map<String, Object>>() { }));
            } catch (RejectedInputException e) {
                spec.commandLine().getErr().println("kg: rejected " + e.getMessage());
            }
        }
        Set<String> filter = only == null ? null : new HashSet<>(only);
        PrintWriter out = spec.commandLine().getOut();
        out.print(Evaluation.render(Evaluation.score(g, rows, filter), !quiet));
        out.flush();
        return Main.OK;
    }
}
