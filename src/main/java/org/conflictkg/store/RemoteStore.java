package org.conflictkg.store;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.ontology.Iris;

/**
 * A store on a SPARQL 1.1 server reached by URL. Two kinds of server:
 * <ul>
 * <li>a dataset on a SPARQL server (a standalone Fuseki, GraphDB, Virtuoso ...), such as
 * {@code http://localhost:3030/ds}: queries and updates over the SPARQL protocol, each article
 * graph replaced whole with the Graph Store Protocol (PUT). The server must answer queries on
 * the default graph with the union of its named graphs (Fuseki: {@code --set tdb:unionDefaultGraph=true});</li>
 * <li>a running {@code kg serve}, named by its address alone ({@code http://127.0.0.1:7070}): queries
 * at its {@code /sparql}, graphs read at its {@code /data}, and every write a SPARQL Update to its
 * {@code /sparql} with the bearer token the server was started with (the server keeps its link
 * index in step with them).</li>
 * </ul>
 * Thread-safe as Jena's remote connection and the JDK's HTTP client are.
 */
public final class RemoteStore implements KgStore {
    private final String url;
    private final RDFConnection conn;
    /** For a kg serve: where updates go, with the token; null for a dataset on a SPARQL server. */
    private final String serverUpdates;
    private final String token;
    private final java.net.http.HttpClient http;

    private RemoteStore(String url, RDFConnection conn, String serverUpdates, String token) {
        this.url = url;
        this.conn = conn;
        this.serverUpdates = serverUpdates;
        this.token = token;
        this.http = serverUpdates == null ? null : java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build();
    }

    /** Connects to a dataset URL such as {@code http://localhost:3030/ds} (endpoints sparql, update, data). */
    public static RemoteStore connect(String url) {
        return connect(url, null);
    }

    /**
     * Connects to a dataset on a SPARQL server, or to a running kg serve when the URL names only a
     * host and port ({@code http://127.0.0.1:7070}); writes through a kg serve send the token.
     */
    public static RemoteStore connect(String url, String token) {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String path = java.net.URI.create(base).getPath();
        boolean kgServe = path == null || path.isEmpty();
        RDFConnection c = RDFConnectionRemote.newBuilder().destination(base)
                .queryEndpoint("sparql").updateEndpoint(kgServe ? "sparql" : "update").gspEndpoint("data").build();
        return new RemoteStore(base, c, kgServe ? base + "/sparql" : null, token);
    }

    /** The query endpoint, for forwarding SPARQL protocol requests. */
    public String queryEndpoint() {
        return url + "/sparql";
    }

    @Override
    public String description() {
        return url;
    }

    @Override
    public Optional<Dataset> localDataset() {
        return Optional.empty();
    }

    private <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (HttpException e) {
            throw new ConflictKgException(url + ": " + what + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void replaceGraph(String graph, Model model) {
        if (serverUpdates != null) {
            java.io.StringWriter nt = new java.io.StringWriter();
            RDFDataMgr.write(nt, model, Lang.NTRIPLES);
            serverUpdate("replacing " + graph, "DROP SILENT GRAPH <" + checked(graph) + "> ;\nINSERT DATA { GRAPH <" + graph + "> {\n" + nt + "} }");
            return;
        }
        call("replacing " + graph, () -> {
            conn.put(graph, model);
            return null;
        });
    }

    /** One SPARQL Update sent to a kg serve with the token; its refusal named plainly. */
    private void serverUpdate(String what, String update) {
        if (token == null) {
            throw new ConflictKgException(url + ": " + what + " needs the server's write token: pass --token-file FILE (the file kg serve was started with)");
        }
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(serverUpdates))
                .timeout(java.time.Duration.ofMinutes(5))
                .header("Content-Type", "application/sparql-update; charset=utf-8")
                .header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(update, java.nio.charset.StandardCharsets.UTF_8)).build();
        java.net.http.HttpResponse<String> r;
        try {
            r = http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new ConflictKgException(url + ": " + what + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictKgException(url + ": " + what + " was interrupted", e);
        }
        if (r.statusCode() == 401) {
            throw new ConflictKgException(url + ": " + what + " refused: the server takes no writes, or not with the token in --token-file");
        }
        if (r.statusCode() >= 300) {
            throw new ConflictKgException(url + ": " + what + " failed: HTTP " + r.statusCode() + " " + r.body().strip());
        }
    }

    @Override
    public void writeVocabulary(Model ontology, Model kb) {
        replaceGraph(Iris.ONTOLOGY_GRAPH, ontology);
        replaceGraph(Iris.KB_GRAPH, kb);
    }

    @Override
    public boolean removeGraph(String graph) {
        boolean had = call("asking for " + graph, () -> {
            try (QueryExecution qe = conn.query("ASK { GRAPH <" + checked(graph) + "> { ?s ?p ?o } }")) {
                return qe.execAsk();
            }
        });
        if (had && serverUpdates != null) {
            serverUpdate("deleting " + graph, "DROP GRAPH <" + graph + ">");
        } else if (had) {
            call("deleting " + graph, () -> {
                conn.delete(graph);
                return null;
            });
        }
        return had;
    }

    /** Graph names come from the store's own IRIs; anything else is refused before it reaches a query. */
    private static String checked(String iri) {
        if (!iri.matches("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+")) {
            throw new ConflictKgException("not a graph IRI: " + iri);
        }
        return iri;
    }

    @Override
    public Model graph(String graph) {
        try {
            return conn.fetch(graph);
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return ModelFactory.createDefaultModel();
            }
            throw new ConflictKgException(url + ": reading " + graph + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public ResultSetRewindable select(Query query) {
        return call("query", () -> {
            try (QueryExecution qe = conn.query(query)) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
    }

    @Override
    public Object execute(Query query) {
        return call("query", () -> {
            try (QueryExecution qe = conn.query(query)) {
                if (query.isSelectType()) {
                    return ResultSetFactory.copyResults(qe.execSelect());
                }
                if (query.isAskType()) {
                    return qe.execAsk();
                }
                return query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            }
        });
    }

    @Override
    public void update(String sparqlUpdate) {
        var req = KgStore.parseUpdate(sparqlUpdate);
        if (serverUpdates != null) {
            serverUpdate("update", req.toString());
            return;
        }
        call("update", () -> {
            conn.update(req);
            return null;
        });
    }

    @Override
    public List<String> articleGraphs() {
        List<String> out = new ArrayList<>();
        select(KgStore.parse("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")).forEachRemaining(s -> {
            String g = s.getResource("g").getURI();
            if (g.startsWith(Iris.ARTICLE)) {
                out.add(g);
            }
        });
        return out;
    }

    @Override
    public long size() {
        return select(KgStore.parse("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")).next().getLiteral("n").getLong();
    }

    @Override
    public void dump(OutputStream out, Lang lang) {
        if (RDFLanguages.isQuads(lang)) {
            RDFDataMgr.write(out, call("reading the dataset", conn::fetchDataset), lang);
        } else {
            Model union = (Model) execute(KgStore.parse("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"));
            RDFDataMgr.write(out, union, lang);
        }
    }

    @Override
    public void close() {
        conn.close();
    }

}
