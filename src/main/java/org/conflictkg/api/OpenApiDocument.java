package org.conflictkg.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI 3 description of the REST API, built with swagger-core's model and serialiser. */
final class OpenApiDocument {
    private OpenApiDocument() {
    }

    /** A parameter spec: name, where (query, path), type (string, integer, number, boolean, date), required, description. */
    private record P(String name, String in, String type, boolean required, String description) {
    }

    static String json() {
        OpenAPI api = new OpenAPI()
                .info(new Info().title("conflict-kg").version("0.1.0")
                        .description("What news articles claim about armed conflict, each claim with its evidence.")
                        .license(new License().name("see the repository")))
                .components(new io.swagger.v3.oas.models.Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSchemas("Error", new ObjectSchema().addProperty("error", new StringSchema()).addProperty("detail", new StringSchema())));
        Paths paths = new Paths();
        P id = new P("id", "path", "string", true, "Entity key (hayat-tahrir-al-sham), its full IRI as responses give it (URL-encoded), or any of its names");
        P limit = new P("limit", "query", "integer", false, "Page size");
        P offset = new P("offset", "query", "integer", false, "Rows to skip");
        get(paths, "/api/entities", "Search entities by any alias, fuzzy", List.of(
                new P("q", "query", "string", true, "A name as written"), new P("type", "query", "string", false, "Class local name"), limit, offset));
        get(paths, "/api/entities/{id}", "An entity: labels, aliases, type, predecessors and successors, counts", List.of(id));
        get(paths, "/api/entities/{id}/links", "The entities linked to this one, with relations, claim and source counts, dates and evidence", List.of(id,
                new P("relation", "query", "string", false, "Only this relation"),
                new P("withPredecessors", "query", "boolean", false, "Count the claims about former names"),
                new P("minConfidence", "query", "number", false, "0 to 1"),
                new P("since", "query", "date", false, "Articles from this date"), new P("until", "query", "date", false, "Articles up to this date"),
                new P("publisher", "query", "string", false, "Only claims of this publisher's articles (as /api/publishers names it)"),
                limit, offset));
        get(paths, "/api/entities/{id}/claims", "Every claim with the entity as subject or object, with evidence, article, publisher, date and source",
                List.of(id, new P("with", "query", "string", false, "Only claims between the entity and this one (id, IRI or name)"),
                        new P("relation", "query", "string", false, "Only this relation"), limit, offset));
        get(paths, "/api/publishers", "The publishers of the stored articles, with article counts and first and last dates", List.of());
        get(paths, "/api/paths", "Shortest relationship paths between two actors", List.of(
                new P("from", "query", "string", true, "An entity"), new P("to", "query", "string", true, "An entity"),
                new P("maxLength", "query", "integer", false, "1 to 4 steps")));
        get(paths, "/api/agreements", "Agreements with claim counts", List.of());
        get(paths, "/api/agreements/{id}", "An agreement: who is party to, welcomed, rejected, violated, was excluded from or included in it", List.of(id));
        get(paths, "/api/articles", "Articles, newest first", List.of(limit, offset));
        get(paths, "/api/articles/{id}", "An article's metadata, entities and claims", List.of(new P("id", "path", "string", true, "Article id, or its full IRI (URL-encoded)")));
        Operation post = operation("Extract and store an article (text/plain, text/html, text/markdown or JSON {text, title, publisher, date})", List.of())
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
        post.getResponses().addApiResponse("201", json("The article's id and claims")).addApiResponse("401", error("No valid token"));
        paths.addPathItem("/api/articles", paths.get("/api/articles").post(post));
        Operation delete = operation("Remove an article's graph", List.of(new P("id", "path", "string", true, "Article id")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
        delete.getResponses().addApiResponse("204", new ApiResponse().description("Removed")).addApiResponse("401", error("No valid token"));
        paths.addPathItem("/api/articles/{id}", paths.get("/api/articles/{id}").delete(delete));
        get(paths, "/api/queries", "The named queries and their typed parameters", List.of());
        get(paths, "/api/queries/{name}", "Run a named query; its parameters go in the query string (SPARQL JSON results)",
                List.of(new P("name", "path", "string", true, "Query name")));
        get(paths, "/api/graph", "The graph for Gephi, yEd, Cytoscape or Graphviz", List.of(
                new P("format", "query", "string", false, "gexf, graphml, cyjs, dot, csv, csv-nodes"),
                new P("type", "query", "string", false, "Only nodes of this class"), new P("relation", "query", "string", false, "Only this relation"),
                new P("relations", "query", "string", false, "Only these relations (comma-separated)"),
                new P("types", "query", "string", false, "Only edges between nodes of these classes (comma-separated)"),
                new P("around", "query", "string", false, "Only edges touching these entities (comma-separated ids, IRIs or names): a view"),
                new P("publisher", "query", "string", false, "Only claims of this publisher's articles"),
                new P("minConfidence", "query", "number", false, "0 to 1"), new P("since", "query", "date", false, ""), new P("until", "query", "date", false, "")));
        get(paths, "/api/stats", "Counts of articles, claims, entities and quads", List.of());
        api.paths(paths);
        return Json.pretty(api);
    }

    private static void get(Paths paths, String path, String summary, List<P> params) {
        paths.addPathItem(path, new PathItem().get(operation(summary, params)));
    }

    private static Operation operation(String summary, List<P> params) {
        Operation op = new Operation().summary(summary).responses(new ApiResponses()
                .addApiResponse("200", json("OK")).addApiResponse("400", error("A bad parameter"))
                .addApiResponse("404", error("Unknown id")));
        for (P p : params) {
            Schema<?> schema = switch (p.type()) {
                case "integer" -> new io.swagger.v3.oas.models.media.IntegerSchema();
                case "number" -> new io.swagger.v3.oas.models.media.NumberSchema();
                case "boolean" -> new io.swagger.v3.oas.models.media.BooleanSchema();
                case "date" -> new io.swagger.v3.oas.models.media.DateSchema();
                default -> new StringSchema();
            };
            op.addParametersItem(new Parameter().name(p.name()).in(p.in()).required(p.required()).description(p.description()).schema(schema));
        }
        return op;
    }

    private static ApiResponse json(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json", new MediaType().schema(new ObjectSchema())));
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<Map<String, Object>>().$ref("#/components/schemas/Error"))));
    }
}
