package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line through picocli's execute, with captured output. */
class CliIT {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void build_prints_a_summary_and_exits_zero_then_three_when_some_input_is_rejected(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Run ok = run("build", "--store", store.toString(), "data/articles");
        assertEquals(Main.OK, ok.code(), ok.err());
        assertTrue(ok.out().contains("Articles built:    5"), ok.out());
        assertTrue(ok.out().contains("Claims:"), ok.out());
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[0]);
        Run partly = run("build", "--store", store.toString(), bad.toString(), "data/articles");
        assertEquals(Main.REJECTED, partly.code());
        assertTrue(partly.out().contains("bad.txt: empty"), partly.out());
    }

    @Test
    void an_article_on_standard_input_is_extracted() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "Clashes between Ahrar al-Sham and Jund al-Aqsa erupted in Saraqeb.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Run r = run("extract", "-");
            assertEquals(Main.OK, r.code(), r.err());
            assertTrue(r.out().contains("\"file\":\"-\"") && r.out().contains("fightsAgainst"), r.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void eval_scores_the_seeds_and_kb_suggest_lists_names_the_knowledge_base_lacks(@TempDir Path dir) throws Exception {
        Run eval = run("eval", "--quiet", "--gold", "data/gold/seeds", "data/articles");
        assertEquals(Main.OK, eval.code(), eval.err());
        assertTrue(eval.out().contains("ALL ENTITIES") && eval.out().contains("ALL RELATIONS") && eval.out().contains("PAIRS"), eval.out());
        Path article = dir.resolve("village.txt");
        Files.writeString(article, "title: Strikes near Idlib\n\nAir strikes hit the village of Kafr Qasim al-Jadida in rural Idlib, activists said.");
        Run suggest = run("kb", "suggest", article.toString());
        assertEquals(Main.OK, suggest.code(), suggest.err());
        assertTrue(suggest.out().contains("Kafr Qasim al-Jadida\tLocation"), suggest.out());
        Run check = run("kb", "check");
        assertEquals(Main.OK, check.code(), check.out());
        Run stats = run("stats", "--kb");
        assertTrue(stats.out().contains("entities"), stats.out());
    }

    @Test
    void a_publisher_line_is_resolved_like_any_name(@TempDir Path dir) throws Exception {
        for (String publisher : List.of("SANA", "SANA (Syrian Arab News Agency)", "Syrian Arab News Agency - Damascus")) {
            Path a = dir.resolve("sana.txt");
            Files.writeString(a, "title: Clashes near Saraqeb\npublisher: " + publisher + "\n\nClashes between Ahrar al-Sham and Jund al-Aqsa erupted in Saraqeb.");
            Run r = run("extract", a.toString());
            assertEquals(Main.OK, r.code(), r.err());
            assertTrue(r.out().contains("\"voice\":\"https://w3id.org/conflict-kg/id/sana\""), publisher + ": " + r.out());
        }
    }

    @Test
    void a_claim_reported_by_a_monitor_names_its_source_and_listed_attackers_each_fight_the_target(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("report.txt");
        Files.writeString(a, "title: Clashes in Douma\npublisher: Test Wire\n\n"
                + "Jaish al-Islam fighters clashed with Hayat Tahrir al-Sham in Douma on Tuesday, the Syrian Observatory said.\n\n"
                + "Hezbollah fighters and the Syrian Arab Army attacked Jabhat al-Nusra near Aleppo.\n");
        Run r = run("extract", a.toString());
        assertEquals(Main.OK, r.code(), r.err());
        Map<String, Object> x = new ObjectMapper().readValue(r.out(), new TypeReference<>() { });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> claims = (List<Map<String, Object>>) x.get("claims");
        String id = "https://w3id.org/conflict-kg/id/";
        assertTrue(claims.stream().anyMatch(c -> c.get("predicate").equals("fightsAgainst")
                && List.of(c.get("subject"), c.get("object")).containsAll(List.of(id + "jaish-al-islam", id + "hayat-tahrir-al-sham"))
                && (id + "syrian-observatory-for-human-rights").equals(c.get("attributedTo"))), "the Observatory is the source: " + claims);
        for (String attacker : List.of("hezbollah", "syrian-arab-army")) {
            assertTrue(claims.stream().anyMatch(c -> c.get("predicate").equals("fightsAgainst")
                    && List.of(c.get("subject"), c.get("object")).containsAll(List.of(id + attacker, id + "jabhat-al-nusra"))), attacker + ": " + claims);
        }
        assertTrue(claims.stream().noneMatch(c -> List.of(c.get("subject"), c.get("object")).containsAll(List.of(id + "hezbollah", id + "syrian-arab-army"))
                && List.of("fightsAgainst", "attacked", "opposes", "accuses").contains(c.get("predicate"))), "the two attack together: " + claims);
    }

    @Test
    void usage_errors_exit_two() {
        assertEquals(Main.USAGE, run("build").code());
        assertEquals(Main.USAGE, run("links").code());
        assertEquals(Main.USAGE, run("no-such-command").code());
    }

    @Test
    void a_mistyped_input_or_option_value_exits_two_and_touches_nothing(@TempDir Path dir) {
        Path store = dir.resolve("store");
        Run nope = run("build", "--store", store.toString(), dir.resolve("nope.txt").toString());
        assertEquals(Main.USAGE, nope.code(), nope.out());
        assertTrue(nope.err().contains("no such file or folder") && nope.err().contains("nope.txt"), nope.err());
        assertTrue(!Files.exists(store), "a usage error creates no store");
        Path pdf = dir.resolve("graph.pdf");
        Run format = run("export", "--store", store.toString(), "--format", "pdf", "-o", pdf.toString());
        assertEquals(Main.USAGE, format.code(), format.out());
        assertTrue(format.err().contains("unknown format 'pdf'"), format.err());
        assertTrue(!Files.exists(pdf) && !Files.exists(store), "nothing written");
        Run gold = run("eval", "--gold", dir.resolve("no-gold").toString(), "data/articles");
        assertEquals(Main.USAGE, gold.code());
        assertTrue(gold.err().startsWith("kg: no gold at") && !gold.err().contains("Exception"), gold.err());
        Run kb = run("kb", "--help");
        assertTrue(kb.out().contains("doc") && kb.out().contains("suggest") && kb.out().contains("check"), kb.out());
    }

    @Test
    void commands_build_query_and_export_through_a_running_server(@TempDir Path dir) throws Exception {
        String token = "a-test-token-0123456789";
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, token + "\n");
        Path held = dir.resolve("served");
        org.conflictkg.pipeline.Pipeline pipeline = new org.conflictkg.pipeline.Pipeline(org.conflictkg.ontology.KbLoader.load(null),
                org.conflictkg.nlp.NlpModels.load());
        try (org.conflictkg.store.KgStore store = org.conflictkg.store.KgStore.open(held)) {
            org.conflictkg.api.ApiServer server = new org.conflictkg.api.ApiServer(store, pipeline, org.conflictkg.query.NamedQueries.load(null),
                    org.conflictkg.api.ApiConfig.defaults(token)).start("127.0.0.1", 0);
            try {
                String url = "http://127.0.0.1:" + server.port();
                // TDB2 locks a store per process: another process (the packaged jar) is refused, and told how to go through the server.
                Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                        Path.of("target", "conflict-kg.jar").toString(), "links", "--store", held.toString(), "HTS")
                        .redirectErrorStream(true).start();
                String said = new String(other.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(other.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
                assertEquals(Main.FAILURE, other.exitValue(), said);
                assertTrue(said.contains("in use") && said.contains("--store http://HOST:PORT") && said.contains("--token-file"), said);
                Run noToken = run("build", "--store", url, "data/articles");
                assertEquals(Main.FAILURE, noToken.code(), noToken.out());
                assertTrue(noToken.err().contains("--token-file"), noToken.err());
                Run build = run("build", "--store", url, "--token-file", tokenFile.toString(), "data/articles");
                assertEquals(Main.OK, build.code(), build.err());
                assertTrue(build.out().contains("Articles built:    5"), build.out());
                Run links = run("links", "--store", url, "HTS", "--with-predecessors");
                assertEquals(Main.OK, links.code(), links.err());
                assertTrue(links.out().contains("Faylaq al-Sham"), links.out());
                HttpResponse<String> rest = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url + "/api/entities/hayat-tahrir-al-sham/links")).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(rest.body().contains("faylaq-al-sham"), "the server's own answers see the writes: " + rest.body());
                Path gexf = dir.resolve("graph.gexf");
                Run export = run("export", "--store", url, "--format", "gexf", "-o", gexf.toString());
                assertEquals(Main.OK, export.code(), export.err());
                assertTrue(Files.readString(gexf).contains("hayat-tahrir-al-sham"));
                Run wrong = run("build", "--store", url, "--token-file", writeToken(dir, "not-the-token-0123456789"), "data/articles");
                assertEquals(Main.FAILURE, wrong.code());
                assertTrue(wrong.err().contains("refused"), wrong.err());
            } finally {
                server.close();
            }
        }
    }

    private static String writeToken(Path dir, String token) throws java.io.IOException {
        Path f = dir.resolve("other-token");
        Files.writeString(f, token);
        return f.toString();
    }

    @Test
    void serve_on_a_port_in_use_says_so_at_once_and_exits_two(@TempDir Path dir) throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Run r = run("serve", "--store", dir.resolve("store").toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(Main.USAGE, r.code(), r.out());
            assertTrue(r.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()) && r.err().contains("--port"), r.err());
            assertTrue(!Files.exists(dir.resolve("store")), "no store opened for a server that cannot start");
        }
    }

    @Test
    void a_failed_export_leaves_no_file_and_an_earlier_export_untouched(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("graph.gexf");
        Run failed = run("export", "--store", "http://127.0.0.1:9/ds", "--format", "gexf", "-o", out.toString());
        assertEquals(Main.FAILURE, failed.code(), failed.out());
        assertTrue(!Files.exists(out), "no empty file after a failed export");
        Files.writeString(out, "earlier export");
        run("export", "--store", "http://127.0.0.1:9/ds", "--format", "gexf", "-o", out.toString());
        assertEquals("earlier export", Files.readString(out));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no partial file left beside it");
        }
    }

    @Test
    void build_counts_the_entities_the_graph_records_as_named(@TempDir Path dir) {
        Path store = dir.resolve("store");
        Run b = run("build", "--store", store.toString(), "data/articles");
        assertEquals(Main.OK, b.code(), b.err());
        String named = b.out().lines().filter(l -> l.startsWith("Entities named:")).findFirst().orElseThrow().replaceAll("\\D", "");
        String quads = b.out().lines().filter(l -> l.startsWith("Quads in store:")).findFirst().orElseThrow().replaceAll("\\D", "");
        Run q = run("query", "--store", store.toString(), "--format", "tsv", "--sparql",
                "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?a <https://w3id.org/conflict-kg/ontology#mentions> ?e }");
        assertEquals(named, q.out().lines().skip(1).findFirst().orElseThrow().replaceAll("\\D", ""), q.out());
        Run count = run("query", "--store", store.toString(), "--format", "tsv", "--sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(quads, count.out().lines().skip(1).findFirst().orElseThrow().replaceAll("\\D", ""), count.out());
    }

    @Test
    void extract_prints_one_json_object_per_article_in_the_evaluation_contract() throws Exception {
        Run r = run("extract", "--format", "jsonl", "data/articles");
        assertEquals(Main.OK, r.code(), r.err());
        List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(5, lines.size());
        Map<String, Object> o = new ObjectMapper().readValue(lines.get(0), new TypeReference<>() { });
        for (String key : List.of("file", "article", "title", "published", "publisher", "entities", "claims")) {
            assertTrue(o.containsKey(key), "missing " + key);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> claim = ((List<Map<String, Object>>) o.get("claims")).get(0);
        for (String key : List.of("subject", "predicate", "object", "evidence", "confidence")) {
            assertNotNull(claim.get(key), "claim lacks " + key);
        }
    }

    @Test
    void resolve_names_each_entity_or_a_dash() {
        Run r = run("resolve", "Faylagh-o-alSham", "Noor-0-alDin Zanki", "Harakat Nour Al-Deen Al-Zinki",
                "Jaysh Al-Nasr", "Hizbullah", "Daesh", "Qwertyuiop");
        assertEquals(Main.OK, r.code());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).contains("/id/faylaq-al-sham\t"), lines.get(0));
        assertTrue(lines.get(1).contains("/id/nour-al-din-al-zenki\t"), lines.get(1));
        assertTrue(lines.get(2).contains("/id/nour-al-din-al-zenki\t"), lines.get(2));
        assertTrue(lines.get(3).contains("/id/jaish-al-nasr\t"), lines.get(3));
        assertTrue(lines.get(4).contains("/id/hezbollah\t"), lines.get(4));
        assertTrue(lines.get(5).contains("/id/islamic-state\t"), lines.get(5));
        assertEquals("Qwertyuiop\t-", lines.get(6));
    }

    @Test
    void links_and_named_queries_answer_from_the_store(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        assertEquals(Main.OK, run("build", "--store", store.toString(), "data/articles").code());
        Run table = run("links", "--store", store.toString(), "HTS", "--with-predecessors");
        assertEquals(Main.OK, table.code(), table.err());
        assertTrue(table.out().contains("Faylaq al-Sham") && table.out().contains("Evidence:"), table.out());
        String a = run("links", "--store", store.toString(), "--format", "tsv", "Hay'at Tahrir al-Sham").out();
        assertEquals(a, run("links", "--store", store.toString(), "--format", "tsv", "Tahrir al-Sham").out());
        assertEquals(a, run("links", "--store", store.toString(), "--format", "tsv", "HTS").out());
        Run q = run("query", "--store", store.toString(), "--name", "sources-for-link", "--param", "subject=Turkey",
                "--param", "object=Faylaq al-Sham", "--format", "table");
        assertEquals(Main.OK, q.code(), q.err());
        Run who = run("query", "--store", store.toString(), "--name", "who-rejected", "--format", "table");
        assertEquals(Main.OK, who.code(), who.err());
        assertTrue(who.out().contains("Ahrar al-Sham"), who.out());
        Run bad = run("query", "--store", store.toString(), "--sparql", "SELEKT * WHERE {");
        assertEquals(Main.USAGE, bad.code());
        assertTrue(bad.err().contains("malformed SPARQL query"), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), "one line, not the parser's list of expected tokens: " + bad.err());
        Run half = run("query", "--store", store.toString(), "--name", "sources-for-link", "--param", "subject=Turkey");
        assertEquals(Main.USAGE, half.code(), half.out());
        assertTrue(half.err().contains("needs parameter 'object'"), half.err());
        Run ties = run("links", "--store", store.toString(), "--format", "tsv", "HTS");
        Run every = run("links", "--store", store.toString(), "--format", "tsv", "--all", "HTS");
        assertTrue(every.out().lines().count() > ties.out().lines().count(), "--all adds places, labels and quotes");
        for (String line : ties.out().lines().skip(1).toList()) {
            String[] f = line.split("\t");
            assertTrue(!List.of("Location", "Agreement", "Event").contains(f[2]), "by default only actors: " + line);
            assertTrue(!f[3].contains("labelledTerrorist") && !f[3].contains("quotes"), "by default no labels or quotes: " + line);
        }
        Run allied = run("links", "--store", store.toString(), "--format", "tsv", "--relation", "alliedWith", "HTS");
        assertTrue(allied.out().contains("Faylaq al-Sham"), allied.out());
        allied.out().lines().skip(1).forEach(l -> assertTrue(l.split("\t")[3].startsWith("alliedWith"), l));
        Run places = run("links", "--store", store.toString(), "--format", "tsv", "--type", "Location", "HTS");
        places.out().lines().skip(1).forEach(l -> assertEquals("Location", l.split("\t")[2], l));
        Run noClass = run("links", "--store", store.toString(), "--type", "Airline", "HTS");
        assertEquals(Main.USAGE, noClass.code(), noClass.out());
        assertTrue(noClass.err().contains("unknown entity type 'Airline'"), noClass.err());
        Run unknown = run("links", "--store", store.toString(), "Qwertyuiop");
        assertEquals(Main.FAILURE, unknown.code());
        assertTrue(unknown.err().contains("unknown entity 'Qwertyuiop'"), unknown.err());
    }

    @Test
    void bench_smoke_run_prints_every_figure_and_leaves_no_store_behind(@TempDir Path dir) throws Exception {
        Run r = run("bench", "--threads", "2", "--work", dir.toString(), "data/articles");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("Corpus: 5 articles"), r.out());
        for (String stage : List.of("clean", "sentences, tokens", "entities, coreference, relations", "RDF mapping")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(stage)), stage + " missing in\n" + r.out());
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^extraction\\s+2\\s+([0-9.]+)\\s+([0-9]+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Double.parseDouble(m.group(1)) > 0 && Long.parseLong(m.group(2)) > 0, r.out());
        assertTrue(r.out().contains("Build into TDB2 (2 threads): 5 articles"), r.out());
        java.util.regex.Matcher jena = java.util.regex.Pattern.compile("bulk loader, same quads as N-Quads: ([0-9]+) quads").matcher(r.out());
        assertTrue(jena.find(), r.out());
        assertTrue(r.out().contains(", " + jena.group(1) + " quads in"), "the bulk loader loads what the build wrote:\n" + r.out());
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "temporary stores are removed");
        }

        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run none = run("bench", empty.toString());
        assertEquals(Main.FAILURE, none.code());
        assertTrue(none.err().contains("nothing to measure in [" + empty), none.err());
    }

    @Test
    void bench_serve_smoke_run_loads_rest_and_sparql_over_real_http_without_errors(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        assertEquals(Main.OK, run("build", "--store", store.toString(), "--no-progress", "data/articles").code());
        Run r = run("bench-serve", "--store", store.toString(), "--clients", "4", "--seconds", "1", "--warm-up", "0", "--entities", "20");
        assertEquals(Main.OK, r.code(), r.err());
        for (String scenario : List.of("links, REST, sampled entities", "links, SPARQL groups-linked-to, sampled", "links, REST, 10 most-linked",
                "search, REST", "search, SPARQL", "export, REST whole graph as GEXF", "export, SPARQL CONSTRUCT")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(scenario)
                    + ".*?\\s+[0-9]+\\s+([0-9]+)\\s+[0-9.]+\\s+([0-9.]+)\\s+[0-9.]+\\s+([0-9.]+)\\s+[0-9.]+\\s+([0-9]+)$").matcher(r.out());
            assertTrue(m.find(), scenario + " missing in\n" + r.out());
            assertTrue(Long.parseLong(m.group(1)) > 0, "requests were answered: " + m.group());
            assertTrue(Double.parseDouble(m.group(2)) <= Double.parseDouble(m.group(3)), "p50 <= p99: " + m.group());
            assertEquals("0", m.group(4), "no failed requests: " + m.group());
        }
        assertTrue(r.out().contains("REST links cost"), r.out());
        assertTrue(r.out().matches("(?s).*at most [0-9]+ MB live after a collection.*"), r.out());

        Path empty = dir.resolve("empty");
        Run none = run("bench-serve", "--store", empty.toString(), "--seconds", "1");
        assertEquals(Main.FAILURE, none.code());
        assertTrue(none.err().contains("holds no claims"), none.err());
    }

    @Test
    void compact_replaces_the_store_with_a_new_generation_and_keeps_every_answer(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Path corpus = Path.of("data", "fakes", "articles");
        assertTrue(Files.isDirectory(corpus), "expected the corpus at " + corpus.toAbsolutePath());
        for (int i = 0; i < 2; i++) {
            assertEquals(Main.OK, run("build", "--store", store.toString(), "--no-progress", corpus.toString()).code());
        }
        Run before = run("links", "--store", store.toString(), "--format", "tsv", "HTS");
        Run stats = run("stats", "--store", store.toString());
        Run r = run("compact", "--store", store.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().matches("(?s)Compacted .*: [0-9.]+ MB before, [0-9.]+ MB after, in [0-9.]+ s.*"), r.out());
        // TDB2 grows its files in 8 MB steps, so a small store may not shrink on disk; the old generation must be gone.
        try (java.util.stream.Stream<Path> generations = Files.list(store)) {
            assertEquals(List.of("Data-0002"), generations.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList());
        }
        assertEquals(before.out(), run("links", "--store", store.toString(), "--format", "tsv", "HTS").out());
        assertEquals(stats.out(), run("stats", "--store", store.toString()).out());
        // The compacted store takes writes: a rebuild over it gives the same answers again.
        assertEquals(Main.OK, run("build", "--store", store.toString(), "--no-progress", corpus.toString()).code());
        assertEquals(before.out(), run("links", "--store", store.toString(), "--format", "tsv", "HTS").out());
        assertEquals(stats.out(), run("stats", "--store", store.toString()).out());
        Run remote = run("compact", "--store", "http://127.0.0.1:9/ds");
        assertEquals(Main.FAILURE, remote.code());
    }
}
