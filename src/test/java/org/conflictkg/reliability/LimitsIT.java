package org.conflictkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.conflictkg.api.ApiConfig;
import org.conflictkg.api.ApiServer;
import org.conflictkg.cli.Main;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.pipeline.Builder;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Limits that hold: the SPARQL timeout, request body size, and backups that round-trip. */
class LimitsIT {
    static final String TOKEN = "limits-token-0123456789abcdef";
    @TempDir
    static Path dir;
    static KgStore store;
    static ApiServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Pipeline pipeline = new Pipeline(KbLoader.load(null), NlpModels.load());
        store = KgStore.open(dir.resolve("store"));
        Builder b = new Builder(pipeline, new Ingestor(), 2);
        b.build(b.find(List.of(Path.of("data", "articles"))), store, n -> { });
        server = new ApiServer(store, pipeline, NamedQueries.load(null), new ApiConfig(TOKEN, 1_000, 64 * 1024, 100)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void a_cross_join_ends_with_a_timeout_error_within_the_limit_plus_a_second() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("Cross join answered %d after %.2f s (timeout 1 s)%n", r.statusCode(), seconds);
        assertTrue(r.statusCode() >= 500 && r.body().contains("\"error\""), r.statusCode() + " " + r.body());
        assertTrue(seconds < 2.0, "took " + seconds + " s");
    }

    @Test
    void a_request_body_over_the_limit_is_refused_and_nothing_is_stored() throws Exception {
        int before = store.articleGraphs().size();
        String big = "Clashes between Ahrar al-Sham and Jund al-Aqsa erupted in Saraqeb. ".repeat(2000);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 413 || r.statusCode() == 400, r.statusCode() + " " + r.body());
        assertEquals(before, store.articleGraphs().size());
    }

    @Test
    void concurrent_uploads_beyond_one_per_core_are_turned_away_with_503() throws Exception {
        String text = "Long report\n\n" + "Ahrar al-Sham and Faylaq al-Sham fought near Idlib while Turkey backed the Hamza Division. ".repeat(600);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        List<java.util.concurrent.Future<Integer>> replies = new ArrayList<>();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < 12; i++) {
            String body = text + " Report " + i + ".";
            replies.add(pool.submit(() -> {
                go.await();
                return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            }));
        }
        go.countDown();
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (var f : replies) {
            statuses.merge(f.get(120, java.util.concurrent.TimeUnit.SECONDS), 1, Integer::sum);
        }
        pool.shutdown();
        System.out.println("12 simultaneous uploads: " + statuses);
        assertTrue(statuses.keySet().stream().allMatch(c -> c == 201 || c == 503), statuses.toString());
        assertTrue(statuses.getOrDefault(503, 0) > 0 && statuses.getOrDefault(201, 0) > 0, statuses.toString());
    }

    @Test
    void list_pages_are_bounded() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?limit=101")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode(), r.body());
    }

    static String sortedNQuads(KgStore s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.dump(out, Lang.NQUADS);
        List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
        Collections.sort(lines);
        return String.join("\n", lines);
    }

    @Test
    void a_backup_taken_while_serving_restores_to_the_same_dataset() throws Exception {
        Path backup = dir.resolve("kg.nq.gz");
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        // The server holds the store open; a second TDB2 handle in the same JVM shares it.
        assertEquals(0, cl.execute("backup", "--store", dir.resolve("store").toString(), "-o", backup.toString()), err.toString());
        Path restored = dir.resolve("restored");
        assertEquals(0, Main.commandLine().execute("restore", "--store", restored.toString(), "-i", backup.toString()));
        try (KgStore copy = KgStore.open(restored)) {
            assertEquals(sortedNQuads(store), sortedNQuads(copy));
        }
        assertEquals(Main.FAILURE, Main.commandLine().execute("restore", "--store", restored.toString(), "-i", backup.toString()),
                "a store that holds articles is not overwritten without --replace");
        Path viaServer = dir.resolve("via-server.nq.gz");
        assertEquals(0, Main.commandLine().execute("backup", "--store", base, "-o", viaServer.toString()),
                "a backup through the running server's SPARQL and Graph Store endpoints");
        Path restored2 = dir.resolve("restored2");
        assertEquals(0, Main.commandLine().execute("restore", "--store", restored2.toString(), "-i", viaServer.toString()));
        try (KgStore copy = KgStore.open(restored2)) {
            assertEquals(sortedNQuads(store), sortedNQuads(copy));
        }
    }
}
