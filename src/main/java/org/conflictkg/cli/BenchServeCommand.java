package org.conflictkg.cli;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryFactory;
import org.conflictkg.api.ApiConfig;
import org.conflictkg.api.ApiServer;
import org.conflictkg.bench.Heap;
import org.conflictkg.bench.ServeBench;
import org.conflictkg.extract.NameResolver;
import org.conflictkg.ontology.Iris;
import org.conflictkg.query.LinkService;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg bench-serve}: latency and throughput of the REST API and the SPARQL endpoint under concurrent clients. */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = {"Serve a store on a free loopback port and load it with concurrent HTTP clients (a closed loop: "
                + "each client waits for its answer before the next request): entity links through the REST API and "
                + "the same answer through SPARQL (the groups-linked-to query), for a random sample of the entities "
                + "with claims and for the most-linked ones; entity search; and the whole-graph export (GEXF, and the "
                + "claim edges as a SPARQL CONSTRUCT, one client: the server makes one export at a time). Prints requests per second, latency p50, p90, p99 and max, and "
                + "the peak heap of the process (server and clients).",
                "Example: KG_JAVA_OPTS=-Xmx1g ./kg bench-serve --store build/store --clients 16"})
final class BenchServeCommand implements Callable<Integer> {
    @Mixin
    Common common;

    @Option(names = "--clients", description = "Concurrent clients (default: 16).")
    int clients = 16;

    @Option(names = "--seconds", description = "Measured seconds per scenario (default: 20).")
    double seconds = 20;

    @Option(names = "--warm-up", description = "Seconds of the same load before each measurement (default: 5).")
    double warmUp = 5;

    @Option(names = "--entities", description = "Random entities with claims to ask about (default: 200).")
    int entities = 200;

    @Option(names = "--seed", description = "Random seed of the entity sample (default: 1).")
    long seed = 1;

    @Option(names = "--no-export", description = "Leave out the whole-graph export scenarios.")
    boolean noExport;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (clients < 1 || seconds <= 0 || warmUp < 0 || entities < 1) {
            throw new IllegalArgumentException("--clients, --seconds and --entities must be positive, --warm-up not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        Heap.resetPeak();
        java.util.concurrent.atomic.AtomicLong live = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.ScheduledExecutorService sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> live.accumulateAndGet(Heap.liveAfterGc(), Math::max), 0, 200,
                java.util.concurrent.TimeUnit.MILLISECONDS);
        try (KgStore store = common.openStore()) {
            long t0 = System.nanoTime();
            NamedQueries queries = NamedQueries.load(Common.queriesDir());
            ApiServer server = new ApiServer(store, common.pipeline(), queries, ApiConfig.defaults(null)).start("127.0.0.1", 0);
            try {
                out.printf("Store %s: %,d positive claims indexed; server started in %.1f s; %d cores, max heap %d MB%n",
                        store.description(), server.indexedClaims(), (System.nanoTime() - t0) / 1e9,
                        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
                run(out, store, queries, new ServeBench("http://127.0.0.1:" + server.port()));
            } finally {
                server.close();
            }
        }
        sampler.shutdownNow();
        out.printf("Heap (server and clients, one process): at most %d MB live after a collection; "
                + "the sum of the heap pools' peaks, an upper bound of what was allocated, %d MB%n", live.get() >> 20, Heap.peak() >> 20);
        out.flush();
        return Main.OK;
    }

    private void run(PrintWriter out, KgStore store, NamedQueries queries, ServeBench bench) {
        long t0 = System.nanoTime();
        List<Map.Entry<String, Integer>> counted = new ArrayList<>();
        store.select(QueryFactory.create("""
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                SELECT ?e (COUNT(?c) AS ?n) WHERE { ?c a ckg:Claim . { ?c rdf:subject ?e } UNION { ?c rdf:object ?e } } GROUP BY ?e"""))
                .forEachRemaining(s -> counted.add(Map.entry(s.getResource("e").getURI(), s.getLiteral("n").getInt())));
        if (counted.isEmpty()) {
            throw new IllegalArgumentException("the store " + store.description() + " holds no claims to ask about; build articles into it first");
        }
        counted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> hubs = counted.subList(0, Math.min(10, counted.size())).stream().map(Map.Entry::getKey).toList();
        List<String> sample = new ArrayList<>(counted.stream().map(Map.Entry::getKey).sorted().toList());
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = sample.size() - 1; i > 0; i--) {
            java.util.Collections.swap(sample, i, random.nextInt(i + 1));
        }
        sample = sample.subList(0, Math.min(entities, sample.size()));
        LinkService describe = new LinkService(store);
        List<String> names = new ArrayList<>();
        for (String e : sample) {
            String label = describe.describe(e)[0];
            names.add(names.size() % 2 == 0 ? label : label.split("[\\s-]+")[0]);
        }
        out.printf("%,d entities with claims (sampled %d, the most linked has %,d claims), found in %.1f s; %d clients, %.0f s per scenario after %.0f s warm-up%n%n",
                counted.size(), sample.size(), counted.get(0).getValue(), (System.nanoTime() - t0) / 1e9, clients, seconds, warmUp);

        NameResolver resolver = common.resolver();
        List<ServeBench.Result> results = new ArrayList<>();
        out.printf("%-44s %7s %8s %9s %8s %8s %8s %8s %7s%n", "Scenario", "clients", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors");
        out.flush();
        ServeBench.Result restLinks = scenario(out, results, bench.run("links, REST, sampled entities", clients, seconds, warmUp,
                bench.get(sample.stream().map(e -> "/api/entities/" + key(e) + "/links").toList())));
        ServeBench.Result sparqlLinks = scenario(out, results, bench.run("links, SPARQL groups-linked-to, sampled", clients, seconds, warmUp,
                bench.sparql(sample.stream().map(e -> linksQuery(queries, resolver, e)).toList())));
        ServeBench.Result restHubs = scenario(out, results, bench.run("links, REST, 10 most-linked entities", clients, seconds, warmUp,
                bench.get(hubs.stream().map(e -> "/api/entities/" + key(e) + "/links").toList())));
        ServeBench.Result sparqlHubs = scenario(out, results, bench.run("links, SPARQL groups-linked-to, 10 most-linked", clients, seconds, warmUp,
                bench.sparql(hubs.stream().map(e -> linksQuery(queries, resolver, e)).toList())));
        scenario(out, results, bench.run("search, REST", clients, seconds, warmUp,
                bench.get(names.stream().map(n -> "/api/entities?q=" + URLEncoder.encode(n, StandardCharsets.UTF_8)).toList())));
        scenario(out, results, bench.run("search, SPARQL label contains", clients, seconds, warmUp, bench.sparql(names.stream().map(n -> """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?e ?label WHERE { ?e skos:prefLabel ?label . FILTER(CONTAINS(LCASE(STR(?label)), "%s")) } LIMIT 20"""
                .formatted(n.toLowerCase(Locale.ROOT).replace("\\", "").replace("\"", ""))).toList())));
        if (!noExport) {
            // a whole-graph export is a download, not an interactive query: the server makes one at a time
            int exporters = 1;
            scenario(out, results, bench.run("export, REST whole graph as GEXF", exporters, seconds, warmUp,
                    bench.get(List.of("/api/graph?format=gexf"))));
            scenario(out, results, bench.run("export, SPARQL CONSTRUCT of claim edges", exporters, seconds, warmUp, bench.sparql(List.of("""
                    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                    PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                    CONSTRUCT { ?s ?p ?o } WHERE { ?c a ckg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ckg:polarity "positive" }"""))));
        }
        out.println();
        out.printf("REST links cost %.2f of the SPARQL query for the same answer at p50, %.2f at p99 (sampled entities); "
                + "%.2f and %.2f for the 10 most-linked%n", restLinks.p50() / sparqlLinks.p50(), restLinks.p99() / sparqlLinks.p99(),
                restHubs.p50() / sparqlHubs.p50(), restHubs.p99() / sparqlHubs.p99());
        long failed = results.stream().mapToLong(ServeBench.Result::errors).sum();
        if (failed > 0) {
            out.printf("%d requests failed (see above)%n", failed);
        }
    }

    /** The groups-linked-to query for an entity, first page as the REST API gives it (100 rows). */
    private static String linksQuery(NamedQueries queries, NameResolver resolver, String entity) {
        org.apache.jena.query.Query q = queries.bind("groups-linked-to", Map.of("entity", entity), resolver);
        q.setLimit(100);
        return q.toString();
    }

    private static ServeBench.Result scenario(PrintWriter out, List<ServeBench.Result> results, ServeBench.Result r) {
        out.printf("%-44s %7d %8d %9.1f %8.1f %8.1f %8.1f %8.1f %7d%n", r.label(), r.clients(), r.requests(), r.perSecond(), r.p50(), r.p90(), r.p99(),
                r.max(), r.errors());
        out.flush();
        results.add(r);
        return r;
    }

    private static String key(String iri) {
        String k = Iris.entityKey(iri);
        return URLEncoder.encode(k == null ? iri : k, StandardCharsets.UTF_8);
    }

}
