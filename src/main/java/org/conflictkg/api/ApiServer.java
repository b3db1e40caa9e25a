package org.conflictkg.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.update.UpdateFactory;
import org.conflictkg.export.ExportGraph;
import org.conflictkg.export.Exporters;
import org.conflictkg.export.GraphBuilder;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.model.Extraction;
import org.conflictkg.model.RejectedInputException;
import org.conflictkg.model.SourceFormat;
import org.conflictkg.ontology.Iris;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.query.ClaimFilter;
import org.conflictkg.query.GraphService;
import org.conflictkg.query.Link;
import org.conflictkg.query.LinkIndex;
import org.conflictkg.query.LinkService;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.query.NamedQuery;
import org.conflictkg.rdf.ArticleGraph;
import org.conflictkg.sparql.SparqlServer;
import org.conflictkg.store.KgStore;

/**
 * {@code kg serve}: the REST API and the public SPARQL endpoint over one store. Handlers are
 * thin: parse, call one service, render. Every error is JSON {@code {"error", "detail"}} with
 * its status. Writes need the bearer token, compared in constant time and never logged.
 */
public final class ApiServer implements AutoCloseable {
    private final KgStore store;
    private final Pipeline pipeline;
    private final NamedQueries queries;
    private final ApiConfig config;
    private final GraphService graph;
    private final LinkService links;
    /** Claims and labels in memory for a local store, which no other process can write; null for a remote one. */
    private final LinkIndex index;
    private final Ingestor ingestor;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String openApi = OpenApiDocument.json();
    /** Extraction is CPU-bound: at most one upload per core is worked on at once; more get 503. */
    private final java.util.concurrent.Semaphore ingestSlots = new java.util.concurrent.Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    /** A whole-graph export holds the graph in memory: one at a time; more get 503. */
    private final java.util.concurrent.Semaphore exportSlot = new java.util.concurrent.Semaphore(1);
    private SparqlServer sparql;
    private String queryEndpoint;
    private String dataEndpoint;
    private Javalin app;

    public ApiServer(KgStore store, Pipeline pipeline, NamedQueries queries, ApiConfig config) {
        this.store = store;
        this.pipeline = pipeline;
        this.queries = queries;
        this.config = config;
        this.index = store.localDataset().isPresent() ? new LinkIndex(store) : null;
        this.graph = new GraphService(store, pipeline.vocabulary().kb(), pipeline.resolver(), index);
        this.links = new LinkService(store);
        this.ingestor = new Ingestor(config.maxBodyBytes());
    }

    /** Starts both servers; port 0 picks a free port. */
    public ApiServer start(String host, int port) {
        store.writeVocabulary(pipeline.vocabulary().ontology(), pipeline.vocabulary().kbModel());
        if (index != null) {
            index.load();
        }
        sparql = store.localDataset().map(ds -> SparqlServer.start(ds, config.timeoutMillis())).orElse(null);
        queryEndpoint = sparql != null ? sparql.datasetUrl() + "/sparql" : ((org.conflictkg.store.RemoteStore) store).queryEndpoint();
        dataEndpoint = sparql != null ? sparql.datasetUrl() + "/data" : store.description() + "/data";
        app = Javalin.create(cfg -> {
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.anyHost()));
            cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.error(), e.getMessage()));
            cfg.routes.exception(RejectedInputException.class, (e, ctx) -> error(ctx, 400, "rejected input", e.getMessage()));
            cfg.routes.exception(ConflictKgException.class, (e, ctx) -> error(ctx, 400, "bad request", e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error", e.getClass().getSimpleName()));
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, "not found", "no such path: " + ctx.path());
                }
            });
            cfg.routes.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(Pages.EXPLORER));
            cfg.routes.get("/about", ctx -> ctx.html(Pages.ENDPOINTS));
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/explorer";
                files.directory = "/org/conflictkg/api/explorer";
                files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            });
            cfg.routes.get("/vendor/cytoscape.min.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
                    .header("Cache-Control", "max-age=86400").result(Pages.CYTOSCAPE));
            cfg.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            cfg.routes.get("/docs", ctx -> ctx.html(Pages.SWAGGER));
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/swagger-ui";
                files.directory = "/META-INF/resources/webjars/swagger-ui/5.17.14";
                files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            });
            cfg.routes.get("/sparql", this::sparqlQuery);
            cfg.routes.post("/sparql", this::sparqlPost);
            cfg.routes.get("/data", this::graphStoreRead);
            cfg.routes.get("/api/entities", this::searchEntities);
            cfg.routes.get("/api/entities/{id}", ctx -> ctx.json(graph.entity(entityIri(ctx)).orElseThrow(() -> unknown(ctx))));
            cfg.routes.get("/api/entities/{id}/links", this::entityLinks);
            cfg.routes.get("/api/entities/{id}/claims", this::entityClaims);
            cfg.routes.get("/api/agreements", ctx -> ctx.json(graph.agreements()));
            cfg.routes.get("/api/agreements/{id}", ctx -> ctx.json(graph.agreement(entityIri(ctx)).orElseThrow(() -> unknown(ctx))));
            cfg.routes.get("/api/articles", ctx -> ctx.json(graph.articles(Params.integer(ctx, "limit", 100, 1, config.maxResults()),
                    Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE))));
            cfg.routes.get("/api/articles/{id}", ctx -> ctx.json(graph.article(articleIri(ctx))
                    .orElseThrow(() -> ApiException.notFound("no article " + ctx.pathParam("id")))));
            cfg.routes.post("/api/articles", this::postArticle);
            cfg.routes.delete("/api/articles/{id}", this::deleteArticle);
            cfg.routes.get("/api/queries", ctx -> ctx.json(queries.all().stream().map(ApiServer::describe).toList()));
            cfg.routes.get("/api/queries/{name}", this::namedQuery);
            cfg.routes.post("/api/queries/{name}", this::namedQuery);
            cfg.routes.get("/api/stats", ctx -> ctx.json(graph.stats()));
            cfg.routes.get("/api/publishers", ctx -> ctx.json(publishers()));
            cfg.routes.get("/api/graph", this::exportGraph);
            cfg.routes.get("/api/paths", this::paths);
            cfg.routes.get("/id/{id}", this::dereferenceEntity);
            cfg.routes.get("/article/{id}", this::dereferenceArticle);
        });
        app.start(host, port);
        return this;
    }

    /** Positive claims in the server's index (0 for a remote store, which has none). */
    public int indexedClaims() {
        return index == null ? 0 : index.claims();
    }

    public int port() {
        return app.port();
    }


    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
        if (sparql != null) {
            sparql.close();
        }
    }

    // ---- handlers ----

    /**
     * The publishers answer, kept until the next write through this server (over a store of its
     * own; a remote store may be written by others, so there it is read each time): the explorer
     * asks for it on every page load.
     */
    private volatile List<Map<String, Object>> publishers;

    private List<Map<String, Object>> publishers() {
        if (index == null) {
            return graph.publishers();
        }
        List<Map<String, Object>> p = publishers;
        if (p == null) {
            p = List.copyOf(graph.publishers());
            publishers = p;
        }
        return p;
    }

    private void sparqlQuery(Context ctx) throws Exception {
        forward(ctx, queryEndpoint, "GET", null, null);
    }

    private void sparqlPost(Context ctx) throws Exception {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        boolean update = type.startsWith("application/sparql-update") || (type.startsWith("application/x-www-form-urlencoded") && ctx.formParam("update") != null);
        if (update) {
            authorize(ctx);
            String text = type.startsWith("application/sparql-update") ? ctx.body() : ctx.formParam("update");
            try {
                UpdateFactory.create(text);
            } catch (RuntimeException e) {
                throw ApiException.badRequest("malformed SPARQL update: " + e.getMessage());
            }
            store.update(text);
            if (index != null) {
                index.invalidate();
                publishers = null;
            }
            ctx.status(204);
            return;
        }
        forward(ctx, queryEndpoint, "POST", ctx.bodyAsBytes(), ctx.contentType());
    }

    private void graphStoreRead(Context ctx) throws Exception {
        forward(ctx, dataEndpoint, "GET", null, null);
    }

    /** Hands a SPARQL protocol request to the SPARQL server (the embedded Fuseki or the remote store) and its answer back. */
    private void forward(Context ctx, String endpoint, String method, byte[] body, String contentType) throws Exception {
        String qs = ctx.queryString();
        URI uri = URI.create(endpoint + (qs == null ? "" : "?" + qs));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(config.timeoutMillis() + 5_000));
        String accept = ctx.header("Accept");
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (body != null) {
            b.header("Content-Type", contentType == null ? "application/x-www-form-urlencoded" : contentType);
            b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            b.GET();
        }
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        ctx.status(r.statusCode());
        r.headers().firstValue("Content-Type").ifPresent(ctx::contentType);
        if (r.statusCode() >= 400) {
            error(ctx, r.statusCode(), r.statusCode() == 503 || r.statusCode() == 500 ? "query failed" : "bad query",
                    new String(r.body(), StandardCharsets.UTF_8).strip());
            return;
        }
        ctx.result(r.body());
    }

    private void searchEntities(Context ctx) {
        String q = Params.text(ctx, "q", 200);
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("parameter q (a name to search for) is required");
        }
        ctx.json(graph.search(q, Params.text(ctx, "type", 64), Params.integer(ctx, "limit", 20, 1, config.maxResults()),
                Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE)));
    }

    private void entityLinks(Context ctx) {
        String iri = known(ctx);
        String relation = Params.text(ctx, "relation", 64);
        if (relation != null && !relation.matches("[A-Za-z]+")) {
            throw ApiException.badRequest("parameter relation must be a relation's local name, such as alliedWith");
        }
        ClaimFilter f = new ClaimFilter(null, relation, Params.decimal(ctx, "minConfidence", 0, 0, 1),
                Params.date(ctx, "since"), Params.date(ctx, "until")).withPublisher(Params.text(ctx, "publisher", 200));
        List<String> focus = links.focus(iri, Params.bool(ctx, "withPredecessors"));
        List<Link> l = index != null ? index.links(focus, f) : links.links(iri, Params.bool(ctx, "withPredecessors"), f);
        int limit = Params.integer(ctx, "limit", 100, 1, config.maxResults());
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        Map<String, Object> out = new LinkedHashMap<>();
        String[] described = index != null ? index.describe(iri) : links.describe(iri);
        out.put("entity", iri);
        out.put("label", described[0]);
        out.put("type", described[1]);
        out.put("focus", focus);
        out.put("total", l.size());
        out.put("links", l.subList(Math.min(offset, l.size()), Math.min(l.size(), offset + limit)));
        ctx.json(out);
    }

    /**
     * The claims naming an entity, newest articles first; {@code with} keeps those whose other
     * entity is that one (an id, an IRI or a name), {@code relation} those of one relation.
     */
    private void entityClaims(Context ctx) {
        String iri = known(ctx);
        String relation = Params.text(ctx, "relation", 64);
        if (relation != null && !relation.matches("[A-Za-z]+")) {
            throw ApiException.badRequest("parameter relation must be a relation's local name, such as alliedWith");
        }
        String with = Params.text(ctx, "with", 400);
        String other = with == null || with.isBlank() ? null : resolveName(with.startsWith(Iris.ENTITY) ? with.substring(Iris.ENTITY.length()) : with);
        ctx.json(graph.claims(iri, other, relation, Params.integer(ctx, "limit", 100, 1, config.maxResults()),
                Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE)));
    }

    /** An entity's IRI path: its description as Turtle, JSON-LD or HTML, as the Accept header asks. */
    private void dereferenceEntity(Context ctx) {
        String iri = known(ctx);
        org.apache.jena.query.ParameterizedSparqlString q = new org.apache.jena.query.ParameterizedSparqlString("""
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                CONSTRUCT { ?e ?p ?o . ?c ?cp ?co } WHERE {
                  { ?e ?p ?o } UNION { ?c a ckg:Claim ; ?cp ?co . { ?c rdf:subject ?e } UNION { ?c rdf:object ?e } }
                }""");
        q.setIri("e", iri);
        Representations.describe(ctx, (org.apache.jena.rdf.model.Model) store.execute(q.asQuery()), () -> Representations.html(graph.entity(iri).orElseThrow()));
    }

    private void dereferenceArticle(Context ctx) {
        String iri = articleIri(ctx);
        org.apache.jena.rdf.model.Model m = store.graph(iri);
        if (m.isEmpty()) {
            throw ApiException.notFound("no article " + ctx.pathParam("id"));
        }
        Representations.describe(ctx, m, () -> Representations.html(graph.article(iri).orElseThrow()));
    }

    private void paths(Context ctx) {
        String from = required(ctx, "from");
        String to = required(ctx, "to");
        String a = resolveName(from);
        String b = resolveName(to);
        int maxLength = Params.integer(ctx, "maxLength", 3, 1, 4);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", a);
        out.put("to", b);
        out.put("paths", new org.conflictkg.query.PathService(store).paths(a, b, maxLength, 20));
        ctx.json(out);
    }

    /** A comma-separated list of local names (relations or classes), or null when the parameter is absent. */
    private static java.util.Set<String> names(Context ctx, String name) {
        String v = Params.text(ctx, name, 2000);
        if (v == null || v.isBlank()) {
            return null;
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String x : v.split(",")) {
            if (!x.strip().matches("[A-Za-z]+")) {
                throw ApiException.badRequest("parameter " + name + " takes comma-separated local names, such as alliedWith,supports or ArmedGroup,State");
            }
            out.add(x.strip());
        }
        return out;
    }

    private static String required(Context ctx, String name) {
        String v = Params.text(ctx, name, 200);
        if (v == null || v.isBlank()) {
            throw ApiException.badRequest("parameter " + name + " is required");
        }
        return v;
    }

    private String resolveName(String name) {
        if (name.matches("[a-z0-9-]{1,200}") && graph.exists(Iris.entity(name))) {
            return Iris.entity(name);
        }
        return pipeline.resolver().resolve(name).map(r -> Iris.entity(r.entity().id()))
                .orElseThrow(() -> ApiException.notFound("no entity " + Params.abbreviate(name)));
    }

    private void exportGraph(Context ctx) {
        String format = ctx.queryParam("format") == null ? "graphml" : ctx.queryParam("format").toLowerCase(java.util.Locale.ROOT);
        if (!Exporters.FORMATS.contains(format)) {
            throw ApiException.badRequest("parameter format must be one of " + Exporters.FORMATS + ", not '" + Params.abbreviate(format) + "'");
        }
        String relation = Params.text(ctx, "relation", 64);
        String type = Params.text(ctx, "type", 64);
        if ((relation != null && !relation.matches("[A-Za-z]+")) || (type != null && !type.matches("[A-Za-z]+"))) {
            throw ApiException.badRequest("parameters relation and type take a local name, such as alliedWith or ArmedGroup");
        }
        ClaimFilter f = new ClaimFilter(type, relation, Params.decimal(ctx, "minConfidence", 0, 0, 1),
                Params.date(ctx, "since"), Params.date(ctx, "until")).withPublisher(Params.text(ctx, "publisher", 200));
        java.util.Set<String> relations = names(ctx, "relations");
        if (relations != null) {
            f = f.onlyRelations(relations);
        }
        java.util.Set<String> types = names(ctx, "types");
        java.util.Set<String> around = null;
        String aroundParam = Params.text(ctx, "around", 20_000);
        if (aroundParam != null && !aroundParam.isBlank()) {
            around = new java.util.HashSet<>();
            for (String a : aroundParam.split(",")) {
                if (!a.isBlank()) {
                    around.add(resolveName(a.strip().startsWith(Iris.ENTITY) ? a.strip().substring(Iris.ENTITY.length()) : a.strip()));
                }
            }
        }
        if (!exportSlot.tryAcquire()) {
            throw new ApiException(503, "busy", "an export is already being made; try again shortly");
        }
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ExportGraph g = new GraphBuilder(store).build(f);
            Exporters.write(around == null && types == null ? g : g.restrict(around, types), format, out);
            ctx.contentType(Exporters.mediaType(format)).result(out.toByteArray());
        } finally {
            exportSlot.release();
        }
    }

    private void postArticle(Context ctx) {
        authorize(ctx);
        if (!ingestSlots.tryAcquire()) {
            throw new ApiException(503, "busy", "too many articles are being extracted at once; try again shortly");
        }
        try {
            ingest(ctx);
        } finally {
            ingestSlots.release();
        }
    }

    private void ingest(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        String name = ctx.queryParam("name") != null ? ctx.queryParam("name") : "upload";
        SourceFormat format = SourceFormat.TEXT;
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/json")) {
            Map<?, ?> json = ctx.bodyAsClass(Map.class);
            Object text = json.get("text");
            if (!(text instanceof String t) || t.isBlank()) {
                throw ApiException.badRequest("a JSON article needs a non-empty \"text\"");
            }
            String header = (json.get("title") instanceof String t2 ? "title: " + t2 + "\n" : "")
                    + (json.get("publisher") instanceof String p ? "publisher: " + p + "\n" : "")
                    + (json.get("date") instanceof String d ? "date: " + d + "\n" : "");
            body = ((header.isEmpty() ? "" : header + "\n") + t).getBytes(StandardCharsets.UTF_8);
            name = json.get("name") instanceof String n ? n : name;
        } else if (type.startsWith("text/html")) {
            format = SourceFormat.HTML;
        } else if (type.startsWith("text/markdown")) {
            format = SourceFormat.MARKDOWN;
        }
        Extraction x = pipeline.extract(ingestor.decode(name, body, format));
        store.replaceGraph(ArticleGraph.graphName(x), ArticleGraph.toModel(x));
        if (index != null) {
            index.articleChanged(ArticleGraph.graphName(x));
            publishers = null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("article", Iris.article(x.article().id()));
        out.put("title", x.article().title());
        out.put("entities", x.mentionedEntities().size());
        out.put("claims", x.claims().stream().map(c -> Map.of("subject", Iris.entity(c.subject()), "predicate", c.relation(),
                "object", Iris.entity(c.object()), "evidence", c.evidence(), "confidence", c.confidence())).toList());
        ctx.status(201).json(out);
    }

    private void deleteArticle(Context ctx) {
        authorize(ctx);
        String iri = articleIri(ctx);
        if (!store.removeGraph(iri)) {
            throw ApiException.notFound("no article " + ctx.pathParam("id"));
        }
        if (index != null) {
            index.articleChanged(iri);
            publishers = null;
        }
        ctx.status(204);
    }

    private void namedQuery(Context ctx) {
        String name = ctx.pathParam("name");
        NamedQuery q = queries.get(name).orElseThrow(() -> ApiException.notFound("no named query " + Params.abbreviate(name)));
        Map<String, String> values = new LinkedHashMap<>();
        for (NamedQuery.Param p : q.params()) {
            String v = ctx.queryParam(p.name()) != null ? ctx.queryParam(p.name())
                    : ("POST".equals(ctx.method().name()) ? ctx.formParam(p.name()) : null);
            if (v != null) {
                if (v.length() > 1000) {
                    throw ApiException.badRequest("parameter " + p.name() + " is longer than 1000 characters");
                }
                values.put(p.name(), v);
            }
        }
        Query query = queries.bind(name, values, pipeline.resolver());
        Object result = store.execute(query);
        if (result instanceof ResultSetRewindable rs) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ResultSetFormatter.outputAsJSON(out, rs);
            ctx.contentType("application/sparql-results+json").result(out.toByteArray());
        } else {
            ctx.json(Map.of("result", String.valueOf(result)));
        }
    }

    // ---- helpers ----

    private static Map<String, Object> describe(NamedQuery q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.name());
        m.put("purpose", q.purpose());
        m.put("params", q.params().stream().map(p -> Map.of("name", p.name(), "type", p.type().name().toLowerCase(java.util.Locale.ROOT),
                "description", p.description())).toList());
        return m;
    }

    /** The entity IRI for a path id: a knowledge-base key, a minted key, or any name the resolver knows. */
    /** The entity a path names: its key ("syria"), its full IRI as the responses give it (URL-encoded), or any of its names. */
    private String entityIri(Context ctx) {
        String raw = ctx.pathParam("id");
        String id = raw.startsWith(Iris.ENTITY) && raw.length() > Iris.ENTITY.length() ? raw.substring(Iris.ENTITY.length()) : raw;
        if (!id.matches("[A-Za-z0-9-]{1,200}")) {
            return pipeline.resolver().resolve(id).map(r -> Iris.entity(r.entity().id()))
                    .orElseThrow(() -> ApiException.notFound("no entity " + Params.abbreviate(id)));
        }
        String iri = Iris.entity(id);
        if (graph.exists(iri)) {
            return iri;
        }
        return pipeline.resolver().resolve(id).map(r -> Iris.entity(r.entity().id())).orElse(iri);
    }

    private String known(Context ctx) {
        String iri = entityIri(ctx);
        if (!graph.exists(iri)) {
            throw unknown(ctx);
        }
        return iri;
    }

    private static ApiException unknown(Context ctx) {
        return ApiException.notFound("no entity " + Params.abbreviate(ctx.pathParam("id")));
    }

    private static String articleIri(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.startsWith(Iris.ARTICLE)) {
            id = id.substring(Iris.ARTICLE.length());
        }
        if (!id.matches("[0-9a-f]{1,64}")) {
            throw ApiException.notFound("no article " + Params.abbreviate(id));
        }
        return Iris.article(id);
    }

    private void authorize(Context ctx) {
        if (config.token() == null) {
            throw new ApiException(401, "unauthorized", "this server accepts no writes: start it with --token-file");
        }
        String h = ctx.header("Authorization");
        String given = h != null && h.startsWith("Bearer ") ? h.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), config.token().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "unauthorized", "a valid bearer token is required for writes");
        }
    }

    private static void error(Context ctx, int status, String error, String detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", error);
        m.put("detail", detail);
        ctx.status(status).json(m);
    }
}
