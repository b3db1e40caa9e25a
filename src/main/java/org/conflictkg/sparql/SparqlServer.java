package org.conflictkg.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;

/**
 * Embedded Fuseki over one dataset: SPARQL query and Graph Store Protocol reads at
 * {@code /ds}, never updates (those go through the API, which checks the token), with a query
 * timeout. Bound to 127.0.0.1 on a free port.
 */
public final class SparqlServer implements AutoCloseable {
    /** The dataset's name in Fuseki. */
    public static final String DATASET = "/ds";

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    public static SparqlServer start(Dataset dataset, long timeoutMillis) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        FusekiServer s = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add(DATASET, dataset, false)
                .build();
        s.start();
        return new SparqlServer(s);
    }

    public int port() {
        return server.getPort();
    }

    /** The base URL of the dataset, such as {@code http://127.0.0.1:34567/ds}. */
    public String datasetUrl() {
        return "http://127.0.0.1:" + port() + DATASET;
    }

    @Override
    public void close() {
        server.stop();
    }
}
