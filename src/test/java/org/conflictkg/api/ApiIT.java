package org.conflictkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
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

/** The REST API and the SPARQL endpoint over real HTTP, on a free port, over TDB2 in a temporary folder. */
class ApiIT {
    static final String TOKEN = "test-token-0123456789abcdef";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    static KgStore store;
    static ApiServer server;
    static String base;

    @BeforeAll
    static void start() {
        Pipeline pipeline = new Pipeline(KbLoader.load(null), NlpModels.load());
        store = KgStore.open(dir.resolve("store"));
        Builder b = new Builder(pipeline, new Ingestor(), 2);
        b.build(b.find(List.of(Path.of("data", "articles"))), store, n -> { });
        server = new ApiServer(store, pipeline, NamedQueries.load(null), ApiConfig.defaults(TOKEN)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }

    static Reply get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r);
    }

    static Reply send(String method, String path, String contentType, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void assertError(Reply r, int status) throws Exception {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.json().has("error") && r.json().has("detail"), r.body());
    }

    @Test
    void the_explorer_is_at_the_root_and_the_endpoint_list_stays_reachable() throws Exception {
        Reply page = get("/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"graph\"") && page.body().contains("href=\"/about\""), page.body());
        assertEquals(200, get("/explorer/explorer.js").status());
        Reply lib = get("/vendor/cytoscape.min.js");
        assertEquals(200, lib.status());
        assertTrue(lib.body().length() > 100_000, "the drawing library comes from the jar");
        Reply r = get("/about");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("/api/entities") && r.body().contains("/sparql"));
    }

    @Test
    void publishers_claims_between_two_entities_and_a_view_export() throws Exception {
        JsonNode publishers = get("/api/publishers").json();
        assertTrue(publishers.size() >= 2, publishers.toString());
        JsonNode first = publishers.get(0);
        assertTrue(first.get("articles").asInt() >= 1 && first.get("first").asText().matches("\\d{4}-\\d{2}-\\d{2}"), first.toString());
        String publisher = first.get("publisher").asText();

        JsonNode links = get("/api/entities/hayat-tahrir-al-sham/links?withPredecessors=true").json().get("links");
        String other = links.get(0).get("entity").asText();
        String relation = links.get(0).get("relations").fieldNames().next();
        JsonNode claims = get("/api/entities/hayat-tahrir-al-sham/claims?with=" + enc(other) + "&relation=" + relation).json();
        assertTrue(claims.size() >= 1, "the link's own claims: " + claims);
        for (JsonNode c : claims) {
            assertEquals(relation, c.get("relation").asText());
            assertTrue(c.get("subject").asText().equals(other) || c.get("object").asText().equals(other), c.toString());
            assertTrue(c.has("evidence") && c.has("article") && c.has("title"), c.toString());
        }
        assertEquals(400, get("/api/entities/hayat-tahrir-al-sham/claims?relation=" + enc("x y")).status());

        int all = get("/api/entities/syria/links?limit=1000").json().get("total").asInt();
        JsonNode one = get("/api/entities/syria/links?limit=1000&publisher=" + enc(publisher)).json();
        assertTrue(one.get("total").asInt() < all, "a publisher's claims are fewer than all: " + one.get("total") + " of " + all);
        assertEquals(0, get("/api/entities/syria/links?publisher=" + enc("No Such Outlet")).json().get("total").asInt());

        String whole = get("/api/graph?format=csv").body();
        Reply view = get("/api/graph?format=csv&around=hayat-tahrir-al-sham");
        assertEquals(200, view.status());
        List<String> rows = view.body().lines().skip(1).toList();
        assertTrue(!rows.isEmpty() && rows.size() < whole.lines().count() - 1, "the view is part of the graph");
        for (String row : rows) {
            assertTrue(row.contains("hayat-tahrir-al-sham"), "every edge of the view touches HTS: " + row);
        }
        assertEquals(400, get("/api/graph?format=csv&relations=" + enc("alliedWith,x y")).status());
    }

    @Test
    void entity_search_finds_any_alias_and_rejects_bad_parameters() throws Exception {
        Reply r = get("/api/entities?q=" + enc("Hayat Tahrir al-Sham"));
        assertEquals(200, r.status());
        assertEquals("https://w3id.org/conflict-kg/id/hayat-tahrir-al-sham", r.json().get(0).get("id").asText());
        assertEquals("https://w3id.org/conflict-kg/id/faylaq-al-sham", get("/api/entities?q=" + enc("Faylagh-o-alSham")).json().get(0).get("id").asText());
        assertEquals(1, get("/api/entities?q=sham&type=ArmedGroup&limit=1").json().size());
        String id = r.json().get(0).get("id").asText();
        Reply byIri = get("/api/entities/" + enc(id));
        assertEquals(200, byIri.status(), "the id a search gives is usable in the next request: " + byIri.body());
        assertEquals(id, byIri.json().get("id").asText());
        assertEquals(200, get("/api/entities/" + enc(id) + "/links").status());
        assertEquals(200, get("/api/entities/" + enc(id) + "/claims").status());
        assertError(get("/api/entities?q=x&limit=abc"), 400);
        assertError(get("/api/entities"), 400);
        assertError(get("/api/entities?q=x&limit=abc"), 400);
        assertError(get("/api/entities?q=x&limit=100000"), 400);
    }

    @Test
    void an_entity_has_labels_predecessors_and_counts_and_an_unknown_one_is_404() throws Exception {
        JsonNode e = get("/api/entities/hayat-tahrir-al-sham").json();
        assertEquals("Hay'at Tahrir al-Sham", e.get("label").asText());
        assertTrue(e.get("predecessors").toString().contains("jabhat-fateh-al-sham"));
        assertTrue(e.get("counts").get("claims").asInt() > 0);
        // every article with a claim about HTS names it at least once: the mention spans are counted
        assertTrue(e.get("counts").get("mentions").asInt() >= e.get("counts").get("articles").asInt(), e.get("counts").toString());
        assertEquals("hayat-tahrir-al-sham", get("/api/entities/" + enc("Tahrir al-Sham")).json().get("id").asText().replaceAll(".*/", ""));
        assertError(get("/api/entities/no-such-entity-anywhere"), 404);
    }

    @Test
    void links_answer_which_groups_are_linked_to_hts_with_filters() throws Exception {
        JsonNode all = get("/api/entities/hayat-tahrir-al-sham/links?withPredecessors=true").json();
        String links = all.get("links").toString();
        assertTrue(links.contains("Faylaq al-Sham") && links.contains("Free Syrian Army") && links.contains("evidence"), links);
        JsonNode allied = get("/api/entities/hayat-tahrir-al-sham/links?withPredecessors=true&relation=alliedWith").json().get("links");
        for (JsonNode l : allied) {
            assertTrue(l.get("relations").has("alliedWith"));
        }
        assertTrue(get("/api/entities/hayat-tahrir-al-sham/links?minConfidence=0.99").json().get("links").size()
                < all.get("links").size());
        assertError(get("/api/entities/hayat-tahrir-al-sham/links?minConfidence=2"), 400);
        assertError(get("/api/entities/hayat-tahrir-al-sham/links?since=yesterday"), 400);
        assertError(get("/api/entities/hayat-tahrir-al-sham/links?relation=" + enc("} ; DROP ALL")), 400);
        assertError(get("/api/entities/no-such-entity-anywhere/links"), 404);
        JsonNode page = get("/api/entities/hayat-tahrir-al-sham/links?withPredecessors=true&limit=2&offset=1").json();
        assertEquals(all.get("total").asInt(), page.get("total").asInt());
        assertEquals(2, page.get("links").size());
        assertEquals(all.get("links").get(1), page.get("links").get(0), "paging keeps the order");
        assertError(get("/api/entities/hayat-tahrir-al-sham/links?limit=0"), 400);
    }

    @Test
    void claims_agreements_articles_queries_and_stats_answer() throws Exception {
        assertTrue(get("/api/entities/turkey/claims").json().toString().contains("supports"));
        JsonNode agreements = get("/api/agreements").json();
        assertTrue(agreements.size() > 3);
        JsonNode sept = get("/api/agreements/us-russia-ceasefire-september-2016").json();
        assertTrue(sept.get("claims").has("rejected"), sept.toString());
        assertError(get("/api/agreements/turkey"), 404);
        JsonNode articles = get("/api/articles").json();
        assertTrue(articles.size() >= 5, articles.toString());
        String id = articles.get(0).get("article").asText().replaceAll(".*/", "");
        assertTrue(get("/api/articles/" + id).json().get("claims").size() > 0);
        assertError(get("/api/articles/ffffffffffffffff"), 404);
        assertEquals(5, get("/api/queries").json().size());
        Reply q = get("/api/queries/sources-for-link?subject=Turkey&object=" + enc("Faylaq al-Sham"));
        assertEquals(200, q.status(), q.body());
        assertTrue(q.body().contains("supplied to it by Turkey"));
        assertError(get("/api/queries/no-such-query"), 404);
        Reply posted = send("POST", "/api/queries/claims-about", "application/x-www-form-urlencoded", "entity=" + enc("Faylaq al-Sham"), null);
        assertEquals(200, posted.status(), posted.body());
        assertTrue(posted.body().contains("supports"), posted.body());
        assertError(get("/api/queries/sources-for-link?subject=" + enc("\"} ; DROP ALL ; {\"")), 400);
        assertTrue(get("/api/stats").json().get("articles").asInt() >= 5);
    }

    @Test
    void writes_need_the_token_and_an_article_can_be_posted_then_deleted() throws Exception {
        String text = "title: Clashes near Saraqeb\npublisher: Test Wire\ndate: 2018-02-01\n\nClashes between Ahrar al-Sham and Jund al-Aqsa erupted in Saraqeb.";
        assertError(send("POST", "/api/articles", "text/plain", text, null), 401);
        assertError(send("POST", "/api/articles", "text/plain", text, "wrong-token-0123456789"), 401);
        Reply posted = send("POST", "/api/articles", "text/plain", text, TOKEN);
        assertEquals(201, posted.status(), posted.body());
        assertTrue(posted.body().contains("fightsAgainst"));
        String id = posted.json().get("article").asText().replaceAll(".*/", "");
        Reply stored = get("/api/articles/" + id);
        assertEquals(200, stored.status());
        assertEquals(200, get("/api/articles/" + enc(posted.json().get("article").asText())).status(), "the article IRI a POST gives");
        assertEquals(stored.json().get("entities").size(), posted.json().get("entities").asInt(),
                "the POST counts the entities the stored article lists: " + posted.body() + " / " + stored.body());
        Reply json = send("POST", "/api/articles", "application/json",
                "{\"title\":\"Truce talk\",\"text\":\"Turkey backs the Hamza Division in Azaz.\"}", TOKEN);
        assertEquals(201, json.status(), json.body());
        assertEquals(204, send("DELETE", "/api/articles/" + json.json().get("article").asText().replaceAll(".*/", ""), null, null, TOKEN).status());
        assertError(send("POST", "/api/articles", "text/plain", "", TOKEN), 400);
        assertError(send("DELETE", "/api/articles/" + id, null, null, null), 401);
        assertEquals(204, send("DELETE", "/api/articles/" + id, null, null, TOKEN).status());
        assertError(get("/api/articles/" + id), 404);
        assertError(send("DELETE", "/api/articles/" + id, null, null, TOKEN), 404);
    }

    /** The server answers links from its index; the store answers them by SPARQL (kg links): the same, before and after writes. */
    @Test
    void links_from_the_servers_index_equal_links_read_from_the_store_and_follow_posts_and_deletes() throws Exception {
        assertIndexMatchesStore();
        String text = "title: New front\npublisher: Test Wire\ndate: 2019-03-04\n\n"
                + "Clashes between Hay'at Tahrir al-Sham and Liwa al-Qadisiyya al-Jadida erupted near the village of Kafr Nuran.";
        Reply posted = send("POST", "/api/articles", "text/plain", text, TOKEN);
        assertEquals(201, posted.status(), posted.body());
        String hts = get("/api/entities/hayat-tahrir-al-sham/links").body();
        assertTrue(hts.contains("Liwa al-Qadisiyya al-Jadida"), hts);
        assertTrue(get("/api/entities?q=" + enc("qadisiyya")).body().contains("discovered"));
        // any piece of a discovered name finds it, from two letters to the whole name, in any case
        for (String piece : List.of("Qa", "adisiy", "YA AL-JAD", "liwa al-qadisiyya al-jadida")) {
            assertTrue(get("/api/entities?q=" + enc(piece) + "&limit=100").body().contains("Liwa al-Qadisiyya al-Jadida"), piece);
        }
        assertTrue(!get("/api/entities?q=" + enc("qadisiyyaz")).body().contains("Liwa al-Qadisiyya al-Jadida"));
        assertIndexMatchesStore();
        assertEquals(204, send("DELETE", "/api/articles/" + posted.json().get("article").asText().replaceAll(".*/", ""), null, null, TOKEN).status());
        assertTrue(!get("/api/entities/hayat-tahrir-al-sham/links").body().contains("Liwa al-Qadisiyya al-Jadida"));
        assertIndexMatchesStore();
    }

    private static void assertIndexMatchesStore() throws Exception {
        org.conflictkg.query.LinkService service = new org.conflictkg.query.LinkService(store);
        List<String> entities = new java.util.ArrayList<>();
        store.select(org.apache.jena.query.QueryFactory.create("""
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT DISTINCT ?e WHERE { { ?c rdf:subject ?e } UNION { ?c rdf:object ?e } }"""))
                .forEachRemaining(s -> entities.add(s.getResource("e").getURI()));
        assertTrue(entities.size() > 30, entities.toString());
        for (String e : entities) {
            String key = e.replaceAll(".*/", "");
            for (String query : List.of("?limit=1000", "?withPredecessors=true&limit=1000", "?minConfidence=0.7&since=2017-01-01&limit=1000")) {
                JsonNode rest = get("/api/entities/" + enc(key) + "/links" + query).json().get("links");
                org.conflictkg.query.ClaimFilter f = query.contains("since")
                        ? new org.conflictkg.query.ClaimFilter(null, null, 0.7, java.time.LocalDate.of(2017, 1, 1), null)
                        : org.conflictkg.query.ClaimFilter.NONE;
                JsonNode direct = JSON.valueToTree(service.links(e, query.contains("withPredecessors"), f));
                assertEquals(direct, rest, e + query);
            }
        }
    }

    @Test
    void sparql_answers_through_rdfconnection_and_plain_http_in_json_xml_and_csv() throws Exception {
        String q = "SELECT (COUNT(?c) AS ?n) WHERE { ?c a <https://w3id.org/conflict-kg/ontology#Claim> }";
        try (RDFConnection conn = RDFConnection.connect(base + "/sparql");
             QueryExecution qe = conn.query(q)) {
            assertTrue(qe.execSelect().next().getLiteral("n").getInt() > 50);
        }
        Reply json = get("/sparql?query=" + enc(q), "Accept", "application/sparql-results+json");
        assertEquals(200, json.status());
        assertTrue(json.json().get("results").get("bindings").get(0).has("n"));
        Reply xml = get("/sparql?query=" + enc(q), "Accept", "application/sparql-results+xml");
        assertTrue(xml.body().contains("<sparql"), xml.body());
        Reply csv = get("/sparql?query=" + enc(q), "Accept", "text/csv");
        assertTrue(csv.body().startsWith("n"), csv.body());
        Reply posted = send("POST", "/sparql", "application/sparql-query", q, null);
        assertEquals(200, posted.status(), posted.body());
        assertError(get("/sparql?query=" + enc("SELEKT nothing")), 400);
        assertTrue(json.raw().headers().firstValue("Access-Control-Allow-Origin").isPresent()
                || get("/api/stats", "Origin", "http://example.org").raw().headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void the_graph_is_exported_for_graph_tools_with_filters() throws Exception {
        Reply gexf = get("/api/graph?format=gexf");
        assertEquals(200, gexf.status());
        assertTrue(gexf.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/gexf+xml"));
        assertTrue(gexf.body().contains("<gexf"));
        Reply graphml = get("/api/graph?format=graphml&relation=alliedWith&type=ArmedGroup");
        assertTrue(graphml.body().contains("alliedWith") && !graphml.body().contains(">supports<"), graphml.body());
        assertTrue(get("/api/graph?format=cyjs").json().get("elements").has("edges"));
        assertTrue(get("/api/graph?format=dot").body().startsWith("digraph"));
        assertTrue(get("/api/graph?format=csv&since=2017-01-01").body().startsWith("source,"));
        assertError(get("/api/graph?format=pdf"), 400);
        assertError(get("/api/graph?format=gexf&since=never"), 400);
        assertError(get("/api/graph?format=gexf&relation=" + enc("x y")), 400);
    }

    @Test
    void paths_between_two_actors_go_through_claimed_relations() throws Exception {
        JsonNode p = get("/api/paths?from=Turkey&to=" + enc("Hay'at Tahrir al-Sham") + "&maxLength=3").json();
        assertTrue(p.get("paths").size() > 0, p.toString());
        JsonNode first = p.get("paths").get(0);
        assertEquals("https://w3id.org/conflict-kg/id/turkey", first.get(0).get("from").asText());
        assertEquals("https://w3id.org/conflict-kg/id/hayat-tahrir-al-sham", first.get(first.size() - 1).get("to").asText());
        assertError(get("/api/paths?from=Turkey"), 400);
        assertError(get("/api/paths?from=Turkey&to=Qwertyuiop"), 404);
        assertError(get("/api/paths?from=Turkey&to=HTS&maxLength=9"), 400);
    }

    @Test
    void entity_and_article_iris_dereference_to_turtle_json_ld_and_html() throws Exception {
        Reply ttl = get("/id/faylaq-al-sham", "Accept", "text/turtle");
        assertEquals(200, ttl.status());
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.read(new java.io.StringReader(ttl.body()), null, "TTL");
        assertTrue(m.contains(m.createResource("https://w3id.org/conflict-kg/id/faylaq-al-sham"), null), ttl.body());
        Reply jsonld = get("/id/faylaq-al-sham", "Accept", "application/ld+json");
        assertTrue(jsonld.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(get("/id/faylaq-al-sham", "Accept", "text/html").body().contains("<h1>Faylaq al-Sham</h1>"));
        String article = get("/api/articles").json().get(0).get("article").asText().replaceAll(".*/", "");
        Reply a = get("/article/" + article, "Accept", "text/turtle");
        assertEquals(200, a.status());
        assertTrue(a.body().contains("Claim"));
        assertError(get("/id/no-such-entity-anywhere", "Accept", "text/turtle"), 404);
        assertError(get("/article/ffffffffffffffff", "Accept", "text/turtle"), 404);
    }

    @Test
    void the_openapi_document_and_its_interactive_page_are_served() throws Exception {
        JsonNode api = get("/openapi.json").json();
        assertTrue(api.get("openapi").asText().startsWith("3."));
        assertTrue(api.get("paths").has("/api/entities/{id}/links"));
        assertTrue(get("/docs").body().contains("swagger-ui-bundle.js"));
        assertEquals(200, get("/swagger-ui/swagger-ui-bundle.js").status());
    }

    @Test
    void sparql_update_needs_the_token() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"o\" } }";
        assertError(send("POST", "/sparql", "application/sparql-update", update, null), 401);
        assertEquals(204, send("POST", "/sparql", "application/sparql-update", update, TOKEN).status());
        Reply r = get("/sparql?query=" + enc("ASK { GRAPH <urn:test:g> { ?s ?p ?o } }"), "Accept", "application/sparql-results+json");
        assertTrue(r.body().contains("true"), r.body());
        assertEquals(204, send("POST", "/sparql", "application/sparql-update", "DROP GRAPH <urn:test:g>", TOKEN).status());
        assertError(send("POST", "/sparql", "application/sparql-update", "DROP ALL }", TOKEN), 400);
    }
}
