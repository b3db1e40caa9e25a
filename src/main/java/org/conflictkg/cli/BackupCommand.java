package org.conflictkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg backup}: a consistent N-Quads dump of the whole store, while a server may be running. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write every graph of the store as gzipped N-Quads, read in one transaction (consistent while a server writes).")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    Common common;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The backup file (.nq.gz).")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path tmp = output.resolveSibling(output.getFileName() + ".part");
        try (KgStore store = common.openExisting();
             OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            store.dump(out, Lang.NQUADS);
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().printf("Backup of %s written to %s (%d bytes)%n", common.store, output, Files.size(output));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
