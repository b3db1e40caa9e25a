package org.conflictkg.api;

/**
 * The fixed pages {@code kg serve} gives besides its API: the graph explorer and the drawing
 * library it loads (from its WebJar, so nothing comes from a CDN), Swagger UI, and the list of
 * endpoints. Read once, when the class loads.
 */
final class Pages {
    private Pages() {
    }

    /** Swagger UI over the OpenAPI document, at {@code /docs}. */
    static final String SWAGGER = """
            <!doctype html><html><head><meta charset="utf-8"><title>conflict-kg API</title>
            <link rel="stylesheet" href="/swagger-ui/swagger-ui.css"></head><body><div id="ui"></div>
            <script src="/swagger-ui/swagger-ui-bundle.js"></script>
            <script>SwaggerUIBundle({url: '/openapi.json', dom_id: '#ui'});</script></body></html>""";

    /** The list of endpoints, at {@code /about}. */
    static final String ENDPOINTS = """
                <!doctype html><html><head><meta charset="utf-8"><title>conflict-kg</title></head><body>
                <h1>conflict-kg</h1><p>A knowledge graph of what news articles claim about armed conflict, each claim with its evidence.</p>
                <h2>SPARQL</h2><ul>
                <li><a href="/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fclaims)%20WHERE%20%7B%20%3Fc%20a%20%3Chttps%3A%2F%2Fw3id.org%2Fconflict-kg%2Fontology%23Claim%3E%20%7D">/sparql</a>: SPARQL 1.1 query (GET or POST); update with the bearer token</li>
                <li><a href="/data?graph=https%3A%2F%2Fw3id.org%2Fconflict-kg%2Fgraph%2Fontology">/data?graph=IRI</a>: Graph Store Protocol read of one graph</li></ul>
                <h2>REST API (JSON)</h2><p><a href="/openapi.json">/openapi.json</a> (OpenAPI 3), <a href="/docs">/docs</a> (interactive)</p><ul>
                <li><a href="/api/entities?q=Tahrir">/api/entities?q=&amp;type=&amp;limit=&amp;offset=</a></li>
                <li><a href="/api/entities/hayat-tahrir-al-sham">/api/entities/{id}</a></li>
                <li><a href="/api/entities/hayat-tahrir-al-sham/links?withPredecessors=true">/api/entities/{id}/links?relation=&amp;withPredecessors=&amp;minConfidence=&amp;since=&amp;until=</a></li>
                <li><a href="/api/entities/hayat-tahrir-al-sham/claims">/api/entities/{id}/claims</a></li>
                <li><a href="/api/agreements">/api/agreements</a>, /api/agreements/{id}</li>
                <li><a href="/api/articles">/api/articles</a>, /api/articles/{id}; POST /api/articles and DELETE /api/articles/{id} with the token</li>
                <li><a href="/api/queries">/api/queries</a>, /api/queries/{name}?param=value</li>
                <li><a href="/api/stats">/api/stats</a></li>
                <li><a href="/api/paths?from=Turkey&amp;to=HTS">/api/paths?from=&amp;to=&amp;maxLength=</a></li>
                <li><a href="/api/graph?format=gexf">/api/graph?format=gexf|graphml|cyjs|dot|csv|csv-nodes&amp;type=&amp;relation=&amp;minConfidence=&amp;since=&amp;until=</a></li></ul></body></html>
                """;

    /** The graph explorer, the page at {@code /}. */
    static final String EXPLORER = resource("/org/conflictkg/api/explorer/index.html");

    /** Cytoscape.js, from its WebJar (the jar holds no folder entry for its files, so it is served as one file). */
    static final byte[] CYTOSCAPE = resource("/META-INF/resources/webjars/cytoscape/" + webjarVersion("cytoscape") + "/dist/cytoscape.min.js")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private static String resource(String path) {
        try (java.io.InputStream in = Pages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The version of a WebJar on the class path, as its Maven properties give it (the folder its files are under). */
    static String webjarVersion(String artifact) {
        String path = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (java.io.InputStream in = Pages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " WebJar is not on the class path (" + path + ")");
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
