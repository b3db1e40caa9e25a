package org.conflictkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.conflictkg.extract.KbCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code kg kb}: work on the actor knowledge base. */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Check the actor knowledge base.",
        subcommands = {KbCommand.Check.class, KbCommand.Doc.class})
final class KbCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kg kb doc}: the ontology's reference page. */
    @Command(name = "doc", mixinStandardHelpOptions = true, description = "Write the ontology's reference page (Markdown).")
    static final class Doc implements Callable<Integer> {
        @Mixin
        Common common;

        @picocli.CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        java.nio.file.Path output;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            String doc = org.conflictkg.ontology.OntologyDoc.render(common.vocabulary().ontology());
            if (output == null) {
                spec.commandLine().getOut().print(doc);
                spec.commandLine().getOut().flush();
            } else {
                if (output.getParent() != null) {
                    java.nio.file.Files.createDirectories(output.getParent());
                }
                java.nio.file.Files.writeString(output, doc);
            }
            return Main.OK;
        }
    }

    /** {@code kg kb check}: shared names, references to nothing, undated agreements. Exit 1 when there are problems. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Report names shared by two entities, references to nothing, entities without label or date.")
    static final class Check implements Callable<Integer> {
        @Mixin
        Common common;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var kb = common.vocabulary().kb();
            List<KbCheck.Problem> problems = KbCheck.check(kb);
            PrintWriter out = spec.commandLine().getOut();
            problems.forEach(out::println);
            out.printf("%d entities checked, %d problems%n", kb.size(), problems.size());
            out.flush();
            return problems.isEmpty() ? Main.OK : Main.FAILURE;
        }
    }
}
