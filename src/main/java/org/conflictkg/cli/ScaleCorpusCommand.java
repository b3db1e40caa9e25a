package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.conflictkg.bench.ScaleCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg scale-corpus}: a large benchmark corpus made reproducibly from a small one. */
@Command(name = "scale-corpus", mixinStandardHelpOptions = true,
        description = "Write a benchmark corpus of N articles recombined from the articles under PATH "
                + "(headlines, publishers, shifted dates, mixed sentences, invented group and village names); "
                + "the same seed gives the same corpus.")
final class ScaleCorpusCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles to write.")
    int articles;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write to.")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders of source articles in the bundled header format.")
    List<Path> paths;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ScaleCorpus.Written w = ScaleCorpus.generate(paths, articles, seed, out);
        spec.commandLine().getOut().printf("Wrote %d articles (%.1f MB) from %d sources to %s%n", w.articles(), w.bytes() / 1e6,
                w.sources(), out);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
