package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.ingest.SourceFinder;
import org.conflictkg.model.RawArticle;
import org.conflictkg.model.RejectedInputException;
import org.conflictkg.model.SourceFormat;
import org.conflictkg.pipeline.BuildSummary;
import org.conflictkg.pipeline.Builder;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg build}: reads articles and writes their graphs into the store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build articles (files or folders, recursively) into the knowledge graph.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all inputs were built", "1:failure", "2:usage error", "3:some inputs were rejected"})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    Common common;

    @Option(names = "--threads", description = "Extraction threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).", defaultValue = "" + Ingestor.DEFAULT_MAX_BYTES)
    long maxBytes;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Option(names = "--progress-log", description = "Print a line to standard error for each input done (for logs and scripts).")
    boolean progressLog;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to build; - reads one article from standard input.")
    List<Path> paths;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> missing = paths.stream().filter(p -> !p.toString().equals("-") && !java.nio.file.Files.exists(p)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            // Before the store is opened: a mistyped path builds nothing and creates no store.
            throw new org.conflictkg.model.UsageException("no such file or folder: " + String.join(", ", missing));
        }
        Ingestor ingestor = new Ingestor(maxBytes);
        Builder builder = new Builder(common.pipeline(), ingestor, threads);
        SourceFinder.Found found = builder.find(paths.stream().filter(p -> !p.toString().equals("-")).toList());
        List<RawArticle> stdin = new java.util.ArrayList<>();
        List<RejectedInputException> unread = new java.util.ArrayList<>();
        if (paths.stream().anyMatch(p -> p.toString().equals("-"))) {
            try {
                stdin.add(ingestor.read("<stdin>", System.in, SourceFormat.TEXT));
            } catch (RejectedInputException e) {
                unread.add(e);
            }
        }
        found = new SourceFinder.Found(found.files(), concat(found.problems(), unread));
        BuildSummary s;
        String storeName;
        try (KgStore store = common.openStore()) {
            storeName = store.description();
            if (System.console() != null && !noProgress) {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Building").setInitialMax(found.files().size())
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build()) {
                    s = builder.build(found, stdin, store, bar::stepTo);
                }
            } else if (progressLog) {
                int total = found.files().size() + stdin.size();
                PrintWriter err = spec.commandLine().getErr();
                s = builder.build(found, stdin, store, n -> {
                    err.println("done " + n + "/" + total);
                    err.flush();
                });
            } else {
                s = builder.build(found, stdin, store, n -> { });
            }
        }
        out.printf("Articles read:     %d%n", s.read());
        out.printf("Articles built:    %d%n", s.built());
        out.printf("Articles rejected: %d%n", s.rejected().size());
        for (RejectedInputException r : s.rejected()) {
            out.printf("  %s: %s%n", r.input(), r.reason());
        }
        out.printf("Entities named:    %d%n", s.entities());
        out.printf("Claims:            %d%n", s.claims());
        out.printf("Quads in store:    %d%n", s.quads());
        out.printf("Seconds:           %.1f%n", s.seconds());
        out.printf("Store:             %s%n", storeName);
        out.flush();
        return s.rejected().isEmpty() ? Main.OK : Main.REJECTED;
    }

    private static List<RejectedInputException> concat(List<RejectedInputException> a, List<RejectedInputException> b) {
        List<RejectedInputException> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
