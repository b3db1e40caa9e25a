package org.conflictkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.conflictkg.api.ApiConfig;
import org.conflictkg.api.ApiServer;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg serve}: SPARQL endpoint and REST API over the store until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the graph: SPARQL 1.1 at /sparql, the REST API under /api, a landing page at /.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    Common common;

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "7070")
    int port;

    @Option(names = "--host", description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the bearer token that writes need. Without it the server accepts no writes.")
    Path tokenFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "SPARQL query timeout (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    double timeoutSeconds;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        String token = null;
        if (tokenFile != null) {
            if (!Files.isReadable(tokenFile)) {
                throw new ConflictKgException("cannot read the token file " + tokenFile);
            }
            token = Files.readString(tokenFile).strip();
            if (token.length() < 16) {
                throw new ConflictKgException("the token in " + tokenFile + " is shorter than 16 characters");
            }
        }
        ApiConfig config = new ApiConfig(token, (long) (timeoutSeconds * 1000), ApiConfig.defaults(null).maxBodyBytes(), 1000);
        KgStore store = common.openStore();
        long t0 = System.nanoTime();
        ApiServer server = new ApiServer(store, common.pipeline(), NamedQueries.load(Common.queriesDir()), config).start(host, port);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stop.countDown();
        }));
        spec.commandLine().getOut().printf("Serving %s on http://%s:%d/ (SPARQL at /sparql, API at /api; writes %s)%n",
                store.description(), host, server.port(), token == null ? "disabled" : "need the token");
        if (server.indexedClaims() > 0) {
            spec.commandLine().getOut().printf("Started in %.1f s with %,d positive claims indexed for links%n",
                    (System.nanoTime() - t0) / 1e9, server.indexedClaims());
        }
        spec.commandLine().getOut().flush();
        stop.await();
        return Main.OK;
    }
}
