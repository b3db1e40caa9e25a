package org.conflictkg.cli;

import java.io.PrintWriter;

import org.conflictkg.model.ConflictKgException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kg}: build, question and export a knowledge graph of conflict news. */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "conflict-kg 0.1.0",
        description = "Builds a knowledge graph from news about armed conflict and answers questions about it.",
        subcommands = {BuildCommand.class, ExtractCommand.class, QueryCommand.class, LinksCommand.class,
                ResolveCommand.class, KbCommand.class, StatsCommand.class, ValidateCommand.class, ServeCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class, BenchServeCommand.class, ScaleCorpusCommand.class, CompactCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int REJECTED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with the project's error handling: messages, not stack traces. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof org.conflictkg.model.UsageException) {
                err.println("kg: " + e.getMessage());
                err.flush();
                return USAGE;
            }
            if (e instanceof ConflictKgException || e instanceof IllegalArgumentException) {
                err.println("kg: " + e.getMessage());
            } else {
                err.println("kg: failed: " + e);
            }
            err.flush();
            return FAILURE;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
