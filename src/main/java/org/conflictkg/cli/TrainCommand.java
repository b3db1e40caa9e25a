package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.conflictkg.extract.LearnedLayer;
import org.conflictkg.learn.AnnotatedCorpus;
import org.conflictkg.learn.RelationLearner;
import org.conflictkg.learn.Training;
import org.conflictkg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg train}: rebuilds the learned names and the relation classifier from the annotated
 * articles in the repository, deterministically, into the resources the program loads.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the learned names and the relation classifier on the annotated articles (default: data/gold/fakes-dev over "
                + "data/fakes/articles) and write them where the program loads them (default: src/main/resources/org/conflictkg/extract; "
                + "rebuild the jar afterwards). Deterministic: the same data give the same files."})
final class TrainCommand implements Callable<Integer> {
    /** L-BFGS iterations and L2 penalty of the relation classifier, chosen by cross-validation (README). */
    static final int ITERATIONS = 60;
    static final double L2 = 1.0;
    static final int CUTOFF = 3;

    @Mixin
    Common common;

    @Option(names = "--gold", paramLabel = "DIR", description = "The gold folder (default: ${DEFAULT-VALUE}).", defaultValue = "data/gold/fakes-dev")
    Path gold;

    @Option(names = "--texts", paramLabel = "DIR", description = "The annotated articles (default: ${DEFAULT-VALUE}).", defaultValue = "data/fakes/articles")
    Path texts;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write learned-names.tsv, name-spotter.model, relations.model and rule-precision.tsv (default: ${DEFAULT-VALUE}).",
            defaultValue = "src/main/resources/org/conflictkg/extract")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        Pipeline pipeline = common.pipeline();
        long t0 = System.nanoTime();
        AnnotatedCorpus corpus = AnnotatedCorpus.load(pipeline, texts, gold);
        LearnedLayer.Settings settings = LearnedLayer.Settings.DEFAULT;
        LearnedLayer layer = pipeline.extractor().learned().with(LearnedLayer.Learned.NONE, settings);
        Training.Models m = new Training(pipeline.resolver(), new RelationLearner(ITERATIONS, L2, CUTOFF), spec.commandLine().getErr()::println)
                .train(corpus, corpus.docs(), layer, org.conflictkg.extract.Extractor.DEFAULT_THRESHOLD);
        Files.createDirectories(out);
        LearnedLayer.Learned l = m.learned();
        write(out.resolve("learned-names.tsv"), l.names().write().getBytes(StandardCharsets.UTF_8));
        write(out.resolve("name-spotter.model"), l.spotter().bytes());
        write(out.resolve("relations.model"), l.relations().bytes());
        write(out.resolve("rule-precision.tsv"), l.rules().write().getBytes(StandardCharsets.UTF_8));
        w.printf("Trained on %d annotated articles in %.0f s: %d learned names, relation classifier over %d candidate events (%d outcomes)%n",
                corpus.docs().size(), (System.nanoTime() - t0) / 1e9, l.names().entries().size(), m.events(), l.relations().outcomes().size());
        w.printf("Wrote learned-names.tsv, name-spotter.model, relations.model and rule-precision.tsv in %s%n", out);
        w.flush();
        return Main.OK;
    }

    /** Writes through a temporary file, so a failed run leaves the old model whole. */
    private static void write(Path target, byte[] bytes) throws java.io.IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
