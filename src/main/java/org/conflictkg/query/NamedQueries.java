package org.conflictkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.iri.IRIFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.conflictkg.extract.NameResolver;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.ontology.Iris;

/**
 * The named queries of {@code queries/}: parsed headers, and parameters bound by type with
 * {@link ParameterizedSparqlString}, never by concatenation. An entity parameter takes any
 * alias and is resolved to its IRI.
 */
public final class NamedQueries {
    /** The bundled query names, in the jar under {@code queries/}. */
    static final List<String> BUNDLED = List.of("groups-linked-to", "claims-about", "agreements", "who-rejected", "sources-for-link");
    private static final Pattern PARAM = Pattern.compile("^#\\s*param:\\s*(\\w+)\\s+(\\w+)\\s*(.*)$");
    private static final Pattern PURPOSE = Pattern.compile("^#\\s*purpose:\\s*(.*)$");

    private final Map<String, NamedQuery> queries;

    private NamedQueries(Map<String, NamedQuery> queries) {
        this.queries = Map.copyOf(queries);
    }

    /** From a folder of {@code .rq} files, or the bundled ones when it is null. */
    public static NamedQueries load(Path dir) {
        Map<String, NamedQuery> m = new LinkedHashMap<>();
        if (dir == null) {
            for (String n : BUNDLED) {
                try (InputStream in = NamedQueries.class.getClassLoader().getResourceAsStream("queries/" + n + ".rq")) {
                    if (in == null) {
                        throw new IllegalStateException("queries/" + n + ".rq is missing from the classpath");
                    }
                    m.put(n, parse(n, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        } else {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                    String n = f.getFileName().toString().replaceFirst("\\.rq$", "");
                    m.put(n, parse(n, Files.readString(f)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the named queries in " + dir, e);
            }
        }
        return new NamedQueries(m);
    }

    static NamedQuery parse(String name, String text) {
        String purpose = "";
        List<NamedQuery.Param> params = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher pm = PARAM.matcher(line);
            if (pm.matches()) {
                NamedQuery.ParamType type;
                try {
                    type = NamedQuery.ParamType.valueOf(pm.group(2).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new ConflictKgException("query " + name + ": unknown parameter type '" + pm.group(2) + "'");
                }
                params.add(new NamedQuery.Param(pm.group(1), type, pm.group(3).trim()));
            }
            Matcher pu = PURPOSE.matcher(line);
            if (pu.matches()) {
                purpose = pu.group(1).trim();
            }
        }
        return new NamedQuery(name, purpose, params, text);
    }

    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /**
     * The query with its parameters bound. Unknown or missing parameters and values of the
     * wrong type are errors that name them; unbound optional parameters stay variables.
     */
    public Query bind(String name, Map<String, String> values, NameResolver resolver) {
        NamedQuery q = get(name).orElseThrow(() -> new org.conflictkg.model.UsageException("no named query '" + name + "'; known: " + queries.keySet()));
        for (String k : values.keySet()) {
            if (q.params().stream().noneMatch(p -> p.name().equals(k))) {
                throw new org.conflictkg.model.UsageException("query " + name + " has no parameter '" + k + "'; it takes " + q.params().stream().map(NamedQuery.Param::name).toList());
            }
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(q.sparql());
        for (NamedQuery.Param p : q.params()) {
            String v = values.get(p.name());
            if (v == null && !p.optional()) {
                throw new org.conflictkg.model.UsageException("query " + name + " needs parameter '" + p.name() + "' ("
                        + p.type().name().toLowerCase(java.util.Locale.ROOT) + "): " + p.description());
            }
            if (v == null) {
                continue;
            }
            switch (p.type()) {
                case ENTITY -> pss.setIri(p.name(), entityIri(v, resolver));
                case IRI -> pss.setIri(p.name(), checkedIri(p.name(), v));
                case STRING -> pss.setLiteral(p.name(), v);
                case DATE -> pss.setLiteral(p.name(), date(p.name(), v), XSDDatatype.XSDdate);
                case INTEGER -> pss.setLiteral(p.name(), Long.parseLong(number(p.name(), v, true)));
                case DECIMAL -> pss.setLiteral(p.name(), number(p.name(), v, false), XSDDatatype.XSDdecimal);
            }
        }
        return pss.asQuery();
    }

    private static String entityIri(String v, NameResolver resolver) {
        if (v.startsWith(Iris.ENTITY)) {
            return checkedIri("entity", v);
        }
        return resolver.resolve(v).map(r -> Iris.entity(r.entity().id()))
                .orElseThrow(() -> new ConflictKgException("unknown entity '" + v + "'"));
    }

    private static String checkedIri(String param, String v) {
        if (IRIFactory.iriImplementation().create(v).hasViolation(false) || v.matches(".*[\\s<>\"{}|\\\\^`].*")) {
            throw new ConflictKgException("parameter " + param + ": not a valid IRI: '" + v + "'");
        }
        return v;
    }

    private static String date(String param, String v) {
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw new ConflictKgException("parameter " + param + ": not a date (YYYY-MM-DD): '" + v + "'");
        }
    }

    private static String number(String param, String v, boolean integer) {
        try {
            return integer ? String.valueOf(Long.parseLong(v.trim())) : new java.math.BigDecimal(v.trim()).toPlainString();
        } catch (NumberFormatException e) {
            throw new ConflictKgException("parameter " + param + ": not a number: '" + v + "'");
        }
    }
}
