package org.conflictkg.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.conflictkg.api.ApiConfig;
import org.conflictkg.api.ApiServer;
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

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "SPARQL query timeout (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    double timeoutSeconds;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        String token = common.token(); // without one the server accepts no writes
        if (port != 0) {
            // Before the store opens and the index loads: a taken port is a usage error, said at once.
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.bind(new java.net.InetSocketAddress(host, port));
            } catch (IOException e) {
                throw new org.conflictkg.model.UsageException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                        + "): is another kg serve running there? Choose another with --port, or --port 0 for a free one");
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
