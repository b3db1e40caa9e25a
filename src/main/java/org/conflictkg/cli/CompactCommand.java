package org.conflictkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.jena.tdb2.DatabaseMgr;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code kg compact}: rewrites a TDB2 store without the space old transactions left behind. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Rewrite a TDB2 store folder with only its current data. TDB2 never reuses the space a "
                + "transaction leaves behind, so a store grows with every commit; a big build is worth compacting "
                + "once it is done. The store must not be in use by another process (a running kg serve)."})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    Common common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long before;
        long t0;
        Path dir;
        try (KgStore store = common.openExisting()) {
            var dataset = store.localDataset().orElseThrow(() -> new ConflictKgException(
                    "compact works on a store folder, not on a server (" + common.store + "); compact it on its server"));
            dir = Path.of(common.store);
            before = bytes(dir);
            t0 = System.nanoTime();
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        }
        spec.commandLine().getOut().printf("Compacted %s: %.1f MB before, %.1f MB after, in %.1f s%n", dir, before / 1e6, bytes(dir) / 1e6,
                (System.nanoTime() - t0) / 1e9);
        return Main.OK;
    }

    private static long bytes(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new ConflictKgException("cannot read the store folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
