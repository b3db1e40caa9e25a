package org.conflictkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.conflictkg.api.ApiConfig;
import org.conflictkg.api.ApiServer;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.pipeline.Builder;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers during writes see whole articles only and get no errors; then 32 concurrent clients
 * for 60 seconds (a bounded loop on loopback; -Dload.seconds to change) get no error.
 */
class ConcurrencyIT {
    static final String TOKEN = "concurrency-token-0123456789";
    static final String CLAIMS_PER_GRAPH = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
            + "SELECT ?g (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a ckg:Claim } } GROUP BY ?g";

    @Test
    void readers_see_whole_articles_while_articles_are_posted_and_32_clients_get_no_error(@TempDir Path dir) throws Exception {
        Pipeline pipeline = new Pipeline(KbLoader.load(null), NlpModels.load());
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            Builder b = new Builder(pipeline, new Ingestor(), 2);
            b.build(b.find(List.of(Path.of("data", "articles"))), store, n -> { });
            try (ApiServer server = new ApiServer(store, pipeline, NamedQueries.load(null), ApiConfig.defaults(TOKEN)).start("127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                ObjectMapper json = new ObjectMapper();

                // Phase 1: one writer posts 20 articles while 6 readers watch claim counts per graph.
                List<Path> corpus;
                try (var files = Files.list(Path.of("data", "fakes", "articles"))) {
                    corpus = files.sorted().limit(20).toList();
                }
                Map<String, Set<Integer>> seen = new ConcurrentHashMap<>();
                AtomicBoolean writing = new AtomicBoolean(true);
                AtomicLong readErrors = new AtomicLong();
                ExecutorService pool = Executors.newFixedThreadPool(8);
                List<Future<?>> readers = new ArrayList<>();
                for (int r = 0; r < 6; r++) {
                    readers.add(pool.submit(() -> {
                        while (writing.get()) {
                            try {
                                HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                                        + URLEncoder.encode(CLAIMS_PER_GRAPH, StandardCharsets.UTF_8)))
                                        .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
                                if (resp.statusCode() != 200) {
                                    readErrors.incrementAndGet();
                                    continue;
                                }
                                for (JsonNode row : json.readTree(resp.body()).get("results").get("bindings")) {
                                    seen.computeIfAbsent(row.get("g").get("value").asText(), k -> ConcurrentHashMap.newKeySet())
                                            .add(row.get("n").get("value").asInt());
                                }
                            } catch (Exception e) {
                                readErrors.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Path f : corpus) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?name=" + f.getFileName()))
                            .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                            .POST(HttpRequest.BodyPublishers.ofFile(f)).build(), HttpResponse.BodyHandlers.ofString());
                    assertTrue(r.statusCode() == 201, r.statusCode() + " " + r.body());
                }
                writing.set(false);
                for (Future<?> f : readers) {
                    f.get(60, TimeUnit.SECONDS);
                }
                assertEquals(0, readErrors.get(), "reads failed during writes");
                List<String> torn = seen.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString).toList();
                assertTrue(torn.isEmpty(), "a reader saw an article graph with different claim counts: " + torn);

                // Phase 2: 32 concurrent clients for a bounded time, no error.
                int seconds = Integer.getInteger("load.seconds", 60);
                List<String> paths = List.of("/api/entities/hayat-tahrir-al-sham/links?withPredecessors=true", "/api/entities?q=Sham",
                        "/api/stats", "/sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8),
                        "/api/agreements", "/api/entities/turkey/claims");
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                AtomicLong requests = new AtomicLong();
                AtomicLong errors = new AtomicLong();
                ExecutorService load = Executors.newFixedThreadPool(32);
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < 32; c++) {
                    int start = c;
                    clients.add(load.submit(() -> {
                        int i = start;
                        while (System.nanoTime() < end) {
                            try {
                                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + paths.get(i++ % paths.size())))
                                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                                if (r.statusCode() != 200) {
                                    errors.incrementAndGet();
                                }
                            } catch (Exception e) {
                                errors.incrementAndGet();
                            }
                            requests.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : clients) {
                    f.get(seconds + 60L, TimeUnit.SECONDS);
                }
                load.shutdownNow();
                pool.shutdownNow();
                System.out.printf("Load: 32 clients, %d s, %d requests (%.0f/s), %d errors; %d graphs watched during writes%n",
                        seconds, requests.get(), requests.get() / (double) seconds, errors.get(), seen.size());
                assertEquals(0, errors.get());
                assertTrue(requests.get() > 32);
            }
        }
    }
}
