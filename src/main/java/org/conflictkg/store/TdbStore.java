package org.conflictkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.ontology.Iris;

/**
 * The store in a folder: Jena TDB2. Writes replace one named graph in one write transaction,
 * so a reader sees an article whole or not at all, and a crash never leaves half an article.
 * The default graph is the union of the named graphs. Thread-safe: TDB2 serialises writers
 * and isolates readers.
 */
public final class TdbStore implements KgStore {
    /**
     * TDB2's defaults with four quad indexes instead of six. Every triple lives in an article's
     * named graph and is read through the union graph (SPOG, POSG, OSPG serve any bound subject,
     * predicate or object) or by whole graph (GSPO); GPOS and GOSP would only speed up patterns
     * inside one graph, whose few hundred quads GSPO scans at once. Writes touch a third fewer
     * indexes and the store is a fifth smaller. TDB2 keeps the choice in the store's tdb.cfg.
     */
    static final StoreParams PARAMS = StoreParams.builder(StoreParams.getDftStoreParams())
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"}).build();

    private final Dataset dataset;
    private final Path location;

    private TdbStore(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating when needed) a TDB2 store in a folder. */
    public static TdbStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new ConflictKgException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
        try {
            if (!exists(dir)) {
                DatasetGraph created = DatabaseConnection.connectCreate(Location.create(dir), PARAMS).getDatasetGraph();
                return new TdbStore(DatasetFactory.wrap(created), dir);
            }
            // A store made before (or by another tool) opens with the indexes its tdb.cfg names, TDB2's defaults without one.
            return new TdbStore(TDB2Factory.connectDataset(dir.toString()), dir);
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            throw new ConflictKgException("the store at " + dir + " is in use by another process (a running kg serve?); "
                    + "run the command through that server instead: --store http://HOST:PORT (the address kg serve printed), "
                    + "with --token-file FILE for writes (kg build, restore)", e);
        }
    }

    /** Whether a folder already holds a store. */
    public static boolean exists(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        // Data-0001 at first, Data-0002 and on after each compaction
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            return list.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public Dataset dataset() {
        return dataset;
    }

    @Override
    public java.util.Optional<Dataset> localDataset() {
        return java.util.Optional.of(dataset);
    }

    @Override
    public String description() {
        return location.toAbsolutePath().toString();
    }

    @Override
    public void update(String sparqlUpdate) {
        org.apache.jena.update.UpdateRequest req = KgStore.parseUpdate(sparqlUpdate);
        Txn.executeWrite(dataset, () -> org.apache.jena.update.UpdateExecution.dataset(dataset).update(req).execute());
    }

    @Override
    public Model graph(String name) {
        return Txn.calculateRead(dataset, () -> org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(dataset.getNamedModel(name)));
    }

    @Override
    public void dump(java.io.OutputStream out, org.apache.jena.riot.Lang lang) {
        Txn.executeRead(dataset, () -> {
            if (org.apache.jena.riot.RDFLanguages.isQuads(lang)) {
                org.apache.jena.riot.RDFDataMgr.write(out, dataset, lang);
            } else {
                org.apache.jena.riot.RDFDataMgr.write(out, dataset.getUnionModel(), lang);
            }
        });
    }

    /** Replaces a named graph with the model, atomically. */
    @Override
    public void replaceGraph(String graph, Model model) {
        replaceGraphs(java.util.Map.of(graph, model));
    }

    @Override
    public void replaceGraphs(java.util.Map<String, Model> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach((graph, model) -> {
            dataset.removeNamedModel(graph);
            dataset.addNamedModel(graph, model);
        }));
    }

    /**
     * One write transaction held open across graphs until {@link Writer#commit}: TDB2 copies the
     * index blocks a transaction touches, so the store grows with every commit (until it is
     * compacted) and a bulk build should commit seldom.
     */
    @Override
    public Writer writer() {
        return new Writer() {
            private int pending;
            private boolean open;

            @Override
            public void replace(String graph, Model model) {
                if (!open) {
                    dataset.begin(org.apache.jena.query.TxnType.WRITE);
                    open = true;
                }
                try {
                    dataset.removeNamedModel(graph);
                    dataset.addNamedModel(graph, model);
                    pending++;
                } catch (RuntimeException e) {
                    close();
                    throw e;
                }
            }

            @Override
            public void commit() {
                if (open) {
                    try {
                        dataset.commit();
                    } finally {
                        dataset.end();
                        open = false;
                        pending = 0;
                    }
                }
            }

            @Override
            public int pending() {
                return pending;
            }

            @Override
            public void close() {
                if (open) {
                    dataset.abort();
                    dataset.end();
                    open = false;
                    pending = 0;
                }
            }
        };
    }

    /** Writes the ontology and the knowledge base into their graphs. */
    @Override
    public void writeVocabulary(Model ontology, Model kb) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(Iris.ONTOLOGY_GRAPH);
            dataset.addNamedModel(Iris.ONTOLOGY_GRAPH, ontology);
            dataset.removeNamedModel(Iris.KB_GRAPH);
            dataset.addNamedModel(Iris.KB_GRAPH, kb);
        });
    }

    @Override
    public boolean removeGraph(String graph) {
        return Txn.calculateWrite(dataset, () -> {
            boolean had = dataset.containsNamedModel(graph);
            dataset.removeNamedModel(graph);
            return had;
        });
    }

    @Override
    public ResultSetRewindable select(Query query, java.time.Duration limit) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .timeout(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
    }

    @Override
    public void forEach(Query query, java.time.Duration limit, java.util.function.Consumer<org.apache.jena.query.QuerySolution> row) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .timeout(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
                qe.execSelect().forEachRemaining(row);
            }
        });
    }

    /** Runs a SELECT query in a read transaction and returns the rows, detached from the transaction. */
    @Override
    public ResultSetRewindable select(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                return ResultSetFactory.copyResults(rs);
            }
        });
    }

    /** Runs an ASK, CONSTRUCT or DESCRIBE query; the result is a copy. */
    @Override
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

    /** The names of the article graphs. */
    @Override
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

    /** Quads in all named graphs, counted in the quad index without reading the nodes. */
    @Override
    public long size() {
        return Txn.calculateRead(dataset, () -> org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph())
                .getQuadTable().getNodeTupleTable().getTupleTable().size());
    }

    @Override
    public void close() {
        dataset.close();
    }
}
