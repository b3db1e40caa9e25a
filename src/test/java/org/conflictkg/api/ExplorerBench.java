package org.conflictkg.api;

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
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.QueryFactory;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.store.KgStore;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long the explorer takes to draw a neighbourhood of about 50 entities, on a given store:
 * serves the store on a free loopback port, opens {@code /?entity=IRI} in a headless Chromium
 * for entities whose links reach 40 to 60 others, and prints the time from the page's start to
 * its first drawing (the page marks it), which includes loading the page and Cytoscape.js,
 * resolving the name and reading the links. Run with {@code bench/explorer STORE [ENTITIES]};
 * never by the tests.
 */
public final class ExplorerBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExplorerBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: bench/explorer STORE [ENTITIES]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        if (!HeadlessChromium.present()) {
            System.err.println("explorer bench: needs " + HeadlessChromium.CHROMIUM + " and " + HeadlessChromium.CHROMEDRIVER);
            System.exit(2);
        }
        Pipeline pipeline = new Pipeline(KbLoader.load(null), NlpModels.load());
        long t0 = System.nanoTime();
        try (KgStore store = KgStore.open(dir)) {
            List<String> entities = new ArrayList<>();
            store.select(QueryFactory.create("""
                    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                    PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                    SELECT DISTINCT ?e WHERE { ?c a ckg:Claim ; rdf:subject ?e }"""))
                    .forEachRemaining(s -> entities.add(s.getResource("e").getURI()));
            ApiServer server = new ApiServer(store, pipeline, NamedQueries.load(null), ApiConfig.defaults("explorer-bench-token-0123456789"))
                    .start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + server.port();
            System.out.printf("Store %s served in %.1f s%n", dir, (System.nanoTime() - t0) / 1e9);
            Collections.sort(entities);
            Collections.shuffle(entities, new java.util.Random(42));
            HttpClient http = HttpClient.newHttpClient();
            List<String> chosen = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            for (String e : entities) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/entities/"
                        + URLEncoder.encode(e, StandardCharsets.UTF_8) + "/links?limit=1")).build(), HttpResponse.BodyHandlers.ofString());
                int total = r.statusCode() == 200 ? JSON.readTree(r.body()).get("total").asInt() : 0;
                if (total >= 40 && total <= 60) {
                    chosen.add(e);
                    sizes.add(total);
                    if (chosen.size() == wanted) {
                        break;
                    }
                }
            }
            System.out.printf("%d of %,d entities with claims have 40 to 60 linked entities (the sample)%n", chosen.size(), entities.size());
            Path profile = Files.createTempDirectory("explorer-bench");
            ChromeDriver browser = HeadlessChromium.start(profile);
            try {
                List<Double> times = new ArrayList<>();
                for (int i = -2; i < chosen.size(); i++) {
                    // two warm-up drawings first (the JVM's and the browser's first requests)
                    String e = chosen.get(Math.max(0, i));
                    browser.get(base + "/?entity=" + URLEncoder.encode(e, StandardCharsets.UTF_8));
                    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> ((JavascriptExecutor) d)
                            .executeScript("return performance.getEntriesByName('drawn').length > 0"));
                    double ms = ((Number) ((JavascriptExecutor) browser).executeScript("return performance.getEntriesByName('drawn')[0].startTime")).doubleValue();
                    long nodes = (Long) ((JavascriptExecutor) browser).executeScript("return window.explorer.cy.nodes().length");
                    if (i >= 0) {
                        times.add(ms);
                        System.out.printf("  %-70s %3d links  %3d nodes drawn  %7.1f ms%n", e, sizes.get(i), nodes, ms);
                    }
                }
                Collections.sort(times);
                if (!times.isEmpty()) {
                    System.out.printf("First drawing of a neighbourhood of 40 to 60 entities, from the page's start: p50 %.0f ms, p90 %.0f ms, max %.0f ms (%d entities)%n",
                            times.get(times.size() / 2), times.get((int) Math.min(times.size() - 1, Math.ceil(times.size() * 0.9) - 1)),
                            times.get(times.size() - 1), times.size());
                }
            } finally {
                browser.quit();
                server.close();
            }
        }
    }
}
