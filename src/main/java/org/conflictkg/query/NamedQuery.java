package org.conflictkg.query;

import java.util.List;
import java.util.Objects;

/**
 * A SPARQL query kept in {@code queries/NAME.rq}, with its header.
 *
 * @param name    the file name without {@code .rq}
 * @param purpose what it answers
 * @param params  its parameters, in header order
 * @param sparql  the query text, parameters written as {@code ?name}
 */
public record NamedQuery(String name, String purpose, List<Param> params, String sparql) {
    /** The types a parameter can have. */
    public enum ParamType { ENTITY, IRI, STRING, DATE, INTEGER, DECIMAL }

    /** One typed parameter, from a header line {@code # param: name type description}. */
    public record Param(String name, ParamType type, String description) {
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, () -> "type of parameter " + name);
        }

        /** A parameter whose description opens with "Optional:" may be left out (the query then leaves it unbound). */
        public boolean optional() {
            return description != null && description.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("optional");
        }
    }

    public NamedQuery {
        Objects.requireNonNull(name, "name");
        params = List.copyOf(params);
    }
}
