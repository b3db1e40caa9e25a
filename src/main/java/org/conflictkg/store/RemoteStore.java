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
 * A store on a SPARQL 1.1 server (a standalone Fuseki, GraphDB, Virtuoso ...) reached by URL:
 * queries and updates over the SPARQL protocol, each article graph replaced whole with the
 * Graph Store Protocol (PUT). The server must answer queries on the default graph with the
 * union of its named graphs (Fuseki: {@code --set tdb:unionDefaultGraph=true}).
 * Thread-safe as Jena's remote connection is.
 */
public final class RemoteStore implements KgStore {
    private final String url;
    private final RDFConnection conn;

    private RemoteStore(String url, RDFConnection conn) {
        this.url = url;
        this.conn = conn;
    }

    /** Connects to a dataset URL such as {@code http://localhost:3030/ds} (endpoints sparql, update, data). */
    public static RemoteStore connect(String url) {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        RDFConnection c = RDFConnectionRemote.newBuilder().destination(base)
                .queryEndpoint("sparql").updateEndpoint("update").gspEndpoint("data").build();
        return new RemoteStore(base, c);
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
        call("replacing " + graph, () -> {
            conn.put(graph, model);
            return null;
        });
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
        if (had) {
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
