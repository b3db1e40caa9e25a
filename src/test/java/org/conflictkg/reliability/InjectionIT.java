package org.conflictkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.conflictkg.api.ApiConfig;
import org.conflictkg.api.ApiServer;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.pipeline.Builder;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.query.NamedQuery;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every REST parameter and every named-query parameter fed SPARQL injection payloads answers
 * a client error or a correct result, never a server error, and the store is unchanged (the
 * hash of its sorted N-Quads before and after).
 */
class InjectionIT {
    static final List<String> PAYLOADS = List.of("'", "\"", "\"} ; DROP ALL ; {\"", "> } DROP ALL { <", "<http://x y>",
            "\\u0022 } ; CLEAR DEFAULT", "\u0000", "../../etc/passwd", "?x", "}}}}{{{{", "1; DROP ALL",
            "x".repeat(100 * 1024), "é\u202Eadmin", "%7D%20DROP%20ALL");
    static final Set<Integer> ACCEPTABLE = Set.of(200, 400, 401, 404, 413, 414, 431);

    @Test
    void injection_payloads_answer_client_errors_or_results_and_leave_the_store_unchanged(@TempDir Path dir) throws Exception {
        Pipeline pipeline = new Pipeline(KbLoader.load(null), NlpModels.load());
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            Builder b = new Builder(pipeline, new Ingestor(), 2);
            b.build(b.find(List.of(Path.of("data", "articles"))), store, n -> { });
            NamedQueries queries = NamedQueries.load(null);
            try (ApiServer server = new ApiServer(store, pipeline, queries, ApiConfig.defaults("injection-token-0123456789")).start("127.0.0.1", 0)) {
                String before = hash(store);
                String base = "http://127.0.0.1:" + server.port();
                List<String> urls = new ArrayList<>();
                for (String p : PAYLOADS) {
                    String e = URLEncoder.encode(p, StandardCharsets.UTF_8);
                    urls.add("/api/entities?q=" + e);
                    urls.add("/api/entities?q=sham&type=" + e);
                    urls.add("/api/entities?q=sham&limit=" + e);
                    urls.add("/api/entities?q=sham&offset=" + e);
                    urls.add("/api/entities/" + e);
                    urls.add("/api/entities/turkey/links?relation=" + e);
                    urls.add("/api/entities/turkey/links?withPredecessors=" + e);
                    urls.add("/api/entities/turkey/links?minConfidence=" + e);
                    urls.add("/api/entities/turkey/links?since=" + e);
                    urls.add("/api/entities/turkey/links?until=" + e);
                    urls.add("/api/entities/" + e + "/claims");
                    urls.add("/api/entities/turkey/claims?limit=" + e);
                    urls.add("/api/paths?from=" + e + "&to=HTS");
                    urls.add("/api/paths?from=Turkey&to=HTS&maxLength=" + e);
                    urls.add("/api/agreements/" + e);
                    urls.add("/api/articles?limit=" + e);
                    urls.add("/api/articles/" + e);
                    urls.add("/api/queries/" + e);
                    urls.add("/api/graph?format=" + e);
                    urls.add("/api/graph?format=csv&type=" + e);
                    urls.add("/api/graph?format=csv&relation=" + e);
                    urls.add("/api/graph?format=csv&since=" + e);
                    urls.add("/id/" + e);
                    urls.add("/article/" + e);
                    urls.add("/sparql?query=" + e);
                    for (NamedQuery q : queries.all()) {
                        for (NamedQuery.Param param : q.params()) {
                            urls.add("/api/queries/" + q.name() + "?" + param.name() + "=" + e);
                        }
                    }
                }
                urls.add("/sparql?query=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8));
                HttpClient http = HttpClient.newHttpClient();
                TreeMap<Integer, Integer> statuses = new TreeMap<>();
                for (String u : urls) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + u)).build(), HttpResponse.BodyHandlers.ofString());
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    assertTrue(ACCEPTABLE.contains(r.statusCode()), r.statusCode() + " for " + u.substring(0, Math.min(120, u.length())) + ": " + r.body());
                }
                for (String p : List.of("DROP ALL", "CLEAR DEFAULT", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                            .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(p)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(401, r.statusCode(), "an update without the token: " + r.body());
                }
                System.out.println("Injection: " + urls.size() + " requests, statuses " + statuses);
                assertEquals(before, hash(store), "the store changed");
            }
        }
    }

    static String hash(KgStore store) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                LimitsIT.sortedNQuads(store).getBytes(StandardCharsets.UTF_8)));
    }
}
