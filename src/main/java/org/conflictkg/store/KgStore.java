package org.conflictkg.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.conflictkg.model.ConflictKgException;

/**
 * The one owner of the knowledge graph's data: TDB2 in a folder ({@link TdbStore}) or any
 * SPARQL 1.1 server with the Graph Store Protocol ({@link RemoteStore}). Each article is one
 * named graph, replaced whole; the default graph is the union of the named graphs.
 */
public interface KgStore extends AutoCloseable {
    /** Opens a store: a URL (http or https) names a SPARQL server's dataset; anything else a TDB2 folder. */
    static KgStore open(String location) {
        if (isRemote(location)) {
            return RemoteStore.connect(location);
        }
        return TdbStore.open(Path.of(location));
    }

    static KgStore open(Path dir) {
        return TdbStore.open(dir);
    }

    static boolean isRemote(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /** Whether a store is there: a TDB2 folder that holds data, or any URL (the server answers for itself). */
    static boolean exists(String location) {
        return isRemote(location) || exists(Path.of(location));
    }

    static boolean exists(Path dir) {
        return TdbStore.exists(dir);
    }

    static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new org.conflictkg.model.UsageException("malformed SPARQL query: " + firstLine(e), e);
        }
    }

    static UpdateRequest parseUpdate(String sparql) {
        try {
            return UpdateFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new org.conflictkg.model.UsageException("malformed SPARQL update: " + firstLine(e), e);
        }
    }

    /** The parser's message without its list of every token it would have taken. */
    private static String firstLine(QueryParseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().strip();
        int cut = m.indexOf("Was expecting");
        m = (cut > 0 ? m.substring(0, cut) : m).strip();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl).strip() : m;
    }

    /** Where the store is, for messages. */
    String description();

    /** The local dataset, when the store is in this process. */
    Optional<Dataset> localDataset();

    void replaceGraph(String graph, Model model);

    /** Replaces several named graphs, in order; a local store does it in one transaction (all or none). */
    default void replaceGraphs(java.util.Map<String, Model> graphs) {
        graphs.forEach(this::replaceGraph);
    }

    /**
     * Writes many graphs in few transactions: {@link Writer#replace} writes a graph into the open
     * transaction, {@link Writer#commit} makes everything written so far durable at once, and
     * closing without a commit discards what was not committed. One thread uses a writer.
     */
    interface Writer extends AutoCloseable {
        void replace(String graph, Model model);

        void commit();

        /** Graphs written since the last commit. */
        int pending();

        @Override
        void close();
    }

    /** A writer that keeps the graphs until the commit, then replaces them (a local store overrides it with one transaction). */
    default Writer writer() {
        KgStore store = this;
        return new Writer() {
            private final java.util.Map<String, Model> batch = new java.util.LinkedHashMap<>();

            @Override
            public void replace(String graph, Model model) {
                batch.put(graph, model);
            }

            @Override
            public void commit() {
                store.replaceGraphs(batch);
                batch.clear();
            }

            @Override
            public int pending() {
                return batch.size();
            }

            @Override
            public void close() {
                batch.clear();
            }
        };
    }

    void writeVocabulary(Model ontology, Model kb);

    boolean removeGraph(String graph);

    /** A copy of one named graph (empty when there is none). */
    Model graph(String graph);

    ResultSetRewindable select(Query query);

    /** Streams a SELECT's rows to a consumer, with its own time limit: the rows are never all in memory (a local store). */
    default void forEach(Query query, java.time.Duration limit, java.util.function.Consumer<org.apache.jena.query.QuerySolution> row) {
        select(query, limit).forEachRemaining(row);
    }

    /** A SELECT with its own time limit instead of the store's (an export reads the whole graph). */
    default ResultSetRewindable select(Query query, java.time.Duration limit) {
        return select(query);
    }

    default ResultSetRewindable select(String sparql) {
        return select(parse(sparql));
    }

    /** Runs any query; a SELECT gives a rewindable result set, ASK a Boolean, CONSTRUCT and DESCRIBE a Model. */
    Object execute(Query query);

    void update(String sparqlUpdate);

    List<String> articleGraphs();

    long size();

    /** Writes everything: quads formats with the graph names, triple formats as the union. */
    void dump(OutputStream out, Lang lang);

    @Override
    void close();
}
