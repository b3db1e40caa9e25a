package org.conflictkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.ontology.ShapesValidator;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg validate}: every article graph of the store against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate every article graph in the store against ontology/shapes.ttl (SHACL). Exit 1 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    Common common;

    @Option(names = "--max", description = "Print at most this many violations (default: ${DEFAULT-VALUE}).", defaultValue = "50")
    int max;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KbLoader.Loaded vocabulary = common.vocabulary();
        ShapesValidator validator = ShapesValidator.load(common.ontologyDir(), vocabulary);
        PrintWriter out = spec.commandLine().getOut();
        int graphs = 0;
        int violations = 0;
        try (KgStore store = common.openExisting()) {
            for (String g : store.articleGraphs()) {
                Model copy = store.graph(g);
                List<ShapesValidator.Violation> v = validator.validate(copy);
                graphs++;
                for (ShapesValidator.Violation x : v) {
                    if (violations++ < max) {
                        out.println(g + "  " + x);
                    }
                }
            }
        }
        out.printf("%d article graphs validated, %d violations%n", graphs, violations);
        out.flush();
        return violations == 0 ? Main.OK : Main.FAILURE;
    }
}
