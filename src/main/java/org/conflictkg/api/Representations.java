package org.conflictkg.api;

import java.util.Map;

import io.javalin.http.Context;

/** The representations an entity or article IRI dereferences to: RDF by content negotiation, or HTML. */
final class Representations {
    private Representations() {
    }

    /** Writes the model as Turtle, JSON-LD or N-Triples when the Accept header asks for one, else the HTML page. */
    static void describe(Context ctx, org.apache.jena.rdf.model.Model m, java.util.function.Supplier<String> html) {
        String accept = ctx.header("Accept") == null ? "" : ctx.header("Accept");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (accept.contains("text/turtle")) {
            org.apache.jena.riot.RDFDataMgr.write(out, m, org.apache.jena.riot.Lang.TURTLE);
            ctx.contentType("text/turtle").result(out.toByteArray());
        } else if (accept.contains("application/ld+json")) {
            org.apache.jena.riot.RDFDataMgr.write(out, m, org.apache.jena.riot.Lang.JSONLD);
            ctx.contentType("application/ld+json").result(out.toByteArray());
        } else if (accept.contains("application/n-triples")) {
            org.apache.jena.riot.RDFDataMgr.write(out, m, org.apache.jena.riot.Lang.NTRIPLES);
            ctx.contentType("application/n-triples").result(out.toByteArray());
        } else {
            ctx.html(html.get());
        }
    }

    /** A description (label or title, then every field) as a small HTML page. */
    static String html(Map<String, Object> description) {
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>");
        sb.append(escape(String.valueOf(description.getOrDefault("label", description.getOrDefault("title", "")))));
        sb.append("</title></head><body><h1>").append(escape(String.valueOf(description.getOrDefault("label", description.getOrDefault("title", "")))))
                .append("</h1><dl>");
        for (Map.Entry<String, Object> e : description.entrySet()) {
            sb.append("<dt>").append(escape(e.getKey())).append("</dt><dd>").append(escape(String.valueOf(e.getValue()))).append("</dd>");
        }
        return sb.append("</dl></body></html>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
