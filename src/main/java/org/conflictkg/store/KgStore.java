package org.conflictkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.ontology.Iris;

/**
 * The knowledge graph's dataset: TDB2 in a folder. Writes replace one named graph in one
 * write transaction, so a reader sees an article whole or not at all, and a crash never
 * leaves half an article. Thread-safe: TDB2 serialises writers and isolates readers.
 */
public final class KgStore implements AutoCloseable {
    private final Dataset dataset;
    private final Path location;

    private KgStore(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating when needed) a TDB2 store in a folder. */
    public static KgStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new ConflictKgException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
        return new KgStore(TDB2Factory.connectDataset(dir.toString()), dir);
    }

    /** Whether a folder already holds a store. */
    public static boolean exists(Path dir) {
        return Files.isDirectory(dir) && Files.exists(dir.resolve("Data-0001"));
    }

    public Dataset dataset() {
        return dataset;
    }

    public Path location() {
        return location;
    }

    /** Replaces a named graph with the model, atomically. */
    public void replaceGraph(String graph, Model model) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(graph);
            dataset.addNamedModel(graph, model);
        });
    }

    /** Writes the ontology and the knowledge base into their graphs. */
    public void writeVocabulary(Model ontology, Model kb) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(Iris.ONTOLOGY_GRAPH);
            dataset.addNamedModel(Iris.ONTOLOGY_GRAPH, ontology);
            dataset.removeNamedModel(Iris.KB_GRAPH);
            dataset.addNamedModel(Iris.KB_GRAPH, kb);
        });
    }

    public boolean removeGraph(String graph) {
        return Txn.calculateWrite(dataset, () -> {
            boolean had = dataset.containsNamedModel(graph);
            dataset.removeNamedModel(graph);
            return had;
        });
    }

    /** Runs a SELECT query in a read transaction and returns the rows, detached from the transaction. */
    public ResultSetRewindable select(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                return ResultSetFactory.copyResults(rs);
            }
        });
    }

    public ResultSetRewindable select(String sparql) {
        return select(parse(sparql));
    }

    /** Runs an ASK, CONSTRUCT or DESCRIBE query; the result is a copy. */
    public Object execute(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                if (query.isSelectType()) {
                    return ResultSetFactory.copyResults(qe.execSelect());
                }
                if (query.isAskType()) {
                    return qe.execAsk();
                }
                if (query.isConstructType()) {
                    return qe.execConstruct();
                }
                return qe.execDescribe();
            }
        });
    }

    public static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new ConflictKgException("malformed SPARQL query: " + e.getMessage(), e);
        }
    }

    /** The names of the article graphs. */
    public List<String> articleGraphs() {
        return Txn.calculateRead(dataset, () -> {
            List<String> out = new ArrayList<>();
            dataset.listNames().forEachRemaining(n -> {
                if (n.startsWith(Iris.ARTICLE)) {
                    out.add(n);
                }
            });
            return out;
        });
    }

    /** Triples in all named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    @Override
    public void close() {
        dataset.close();
    }
}
