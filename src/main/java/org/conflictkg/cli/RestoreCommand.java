package org.conflictkg.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg restore}: a store from a backup, graph by graph. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Build a store from a backup written by kg backup. Refuses a store that holds articles unless --replace.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    Common common;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE", description = "The backup (.nq.gz or .nq).")
    Path input;

    @Option(names = "--replace", description = "Replace the graphs of a store that already holds articles.")
    boolean replace;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(input)) {
            throw new ConflictKgException(input + ": no such backup file");
        }
        Dataset backup = DatasetFactory.create();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(input));
             InputStream in = input.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            RDFDataMgr.read(backup, in, Lang.NQUADS);
        } catch (RiotException e) {
            throw new ConflictKgException(input + ": not a valid N-Quads backup: " + e.getMessage(), e);
        }
        int graphs = 0;
        try (KgStore store = common.openStore()) {
            if (!store.articleGraphs().isEmpty() && !replace) {
                throw new ConflictKgException(store.description() + " already holds articles; restore into an empty store or add --replace");
            }
            for (var it = backup.listModelNames(); it.hasNext(); ) {
                String g = it.next().getURI();
                Model m = backup.getNamedModel(g);
                store.replaceGraph(g, m);
                graphs++;
            }
        }
        spec.commandLine().getOut().printf("Restored %d graphs from %s into %s%n", graphs, input, common.store);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
