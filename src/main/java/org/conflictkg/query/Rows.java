package org.conflictkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.conflictkg.store.KgStore;

/** Runs a parameterised SELECT and returns its rows as plain maps (IRIs and lexical forms). */
final class Rows {
    static final String PREFIXES = """
            PREFIX ckg:  <https://w3id.org/conflict-kg/ontology#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private Rows() {
    }

    static List<Map<String, Object>> select(KgStore store, ParameterizedSparqlString q) {
        ResultSet rs = store.select(q.asQuery());
        List<Map<String, Object>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, Object> row = new LinkedHashMap<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                if (n != null) {
                    row.put(v, n.isResource() ? n.asResource().getURI() : value(n));
                }
            }
            out.add(row);
        }
        return out;
    }

    private static Object value(RDFNode n) {
        Object v = n.asLiteral().getValue();
        return v instanceof Number || v instanceof Boolean ? v : n.asLiteral().getLexicalForm();
    }

    static ParameterizedSparqlString query(String body) {
        return new ParameterizedSparqlString(PREFIXES + body);
    }
}
