package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.conflictkg.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A real standalone Fuseki (jena-fuseki-server from Maven Central, copied to target/fuseki by
 * the build) on a free loopback port: the builder writes into it over HTTP and `kg links`
 * answers from it.
 */
class StandaloneFusekiIT {
    @TempDir
    static Path dir;
    static Process fuseki;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of("target", "fuseki", "fuseki-server.jar");
        assertTrue(Files.exists(jar), "expected " + jar.toAbsolutePath() + " (mvn verify copies it)");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path db = Files.createDirectories(dir.resolve("db"));
        Path base = Files.createDirectories(dir.resolve("base"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar.toAbsolutePath().toString(), "--tdb2", "--loc", db.toString(), "--update", "--localhost",
                "--port", String.valueOf(port), "--set", "tdb:unionDefaultGraph=true", "/ds")
                .redirectErrorStream(true).redirectOutput(dir.resolve("fuseki.log").toFile());
        pb.environment().put("FUSEKI_BASE", base.toString());
        fuseki = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            if (System.nanoTime() > deadline || !fuseki.isAlive()) {
                throw new IllegalStateException("Fuseki did not start: " + Files.readString(dir.resolve("fuseki.log")));
            }
            Thread.sleep(250);
        }
        url = "http://localhost:" + port + "/ds";
    }

    @AfterAll
    static void stop() throws Exception {
        if (fuseki != null) {
            fuseki.destroy();
            fuseki.waitFor(20, TimeUnit.SECONDS);
        }
    }

    static String[] run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void the_graph_is_built_into_a_standalone_fuseki_and_links_are_answered_from_it() {
        String[] build = run("build", "--store", url, "data/articles");
        assertEquals("0", build[0], build[2]);
        assertTrue(build[1].contains("Articles built:    5") && build[1].contains(url), build[1]);
        String[] again = run("build", "--store", url, "data/articles");
        assertEquals(build[1].lines().filter(l -> l.startsWith("Triples")).toList(),
                again[1].lines().filter(l -> l.startsWith("Triples")).toList(), "rebuilding replaces the article graphs");
        String[] links = run("links", "--store", url, "HTS", "--with-predecessors");
        assertEquals("0", links[0], links[2]);
        for (String g : List.of("Ahrar al-Sham", "Faylaq al-Sham", "Free Syrian Army", "Jaish al-Islam", "al-Qaeda")) {
            assertTrue(links[1].contains(g), "missing " + g + " in " + links[1]);
        }
        try (KgStore store = KgStore.open(url)) {
            assertEquals(5, store.articleGraphs().size());
            assertTrue(store.removeGraph(store.articleGraphs().get(0)));
            assertEquals(4, store.articleGraphs().size());
        }
    }
}
