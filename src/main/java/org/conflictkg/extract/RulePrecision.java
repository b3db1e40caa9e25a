package org.conflictkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How often each hand rule's claims were right on annotated articles (measured by {@code kg
 * train} against the gold, the rule's hits over its claims, with one hit and two claims added so
 * that a rule seen rarely is not trusted as one seen often). A rule not measured imprecise
 * overrides the classifier: its claims stand whatever the classifier says. Immutable.
 */
public final class RulePrecision {
    private static final String RESOURCE = "/org/conflictkg/extract/rule-precision.tsv";

    /** One rule's record: its claims and how many of them the gold holds. */
    public record Measured(int claims, int hits) {
        public double precision() {
            return (hits + 1.0) / (claims + 2.0);
        }
    }

    private final Map<String, Measured> byRule;

    public RulePrecision(Map<String, Measured> byRule) {
        this.byRule = Map.copyOf(byRule);
    }

    public static final RulePrecision NONE = new RulePrecision(Map.of());

    /** Claims a rule must have made on annotated articles before its measure can distrust it. */
    public static final int EVIDENCE = 5;

    /**
     * Whether the rule's claims stand: its measured precision reaches the bar, or it made too
     * few claims on the annotated articles to be judged (a rule written for a construction those
     * articles seldom use keeps the precision it was written and tested with).
     */
    public boolean trusted(String rule, double bar) {
        Measured m = byRule.get(rule);
        return m == null || m.claims() < EVIDENCE || m.precision() >= bar;
    }

    public Map<String, Measured> byRule() {
        return byRule;
    }

    /** The measures committed with the program, or none. */
    public static RulePrecision load() {
        try (InputStream in = RulePrecision.class.getResourceAsStream(RESOURCE)) {
            return in == null ? NONE : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static RulePrecision read(InputStream in) throws IOException {
        Map<String, Measured> m = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("rule\t")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IllegalArgumentException("rule precision line needs rule, claims and hits: " + line);
            }
            m.put(f[0], new Measured(Integer.parseInt(f[1]), Integer.parseInt(f[2])));
        }
        return new RulePrecision(m);
    }

    /** The measures as TSV, most precise first. */
    public String write() {
        StringBuilder sb = new StringBuilder("# Measured by kg train on the annotated articles in data/gold; do not edit by hand.\n");
        sb.append("rule\tclaims\thits\tprecision\n");
        byRule.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Measured> e) -> -e.getValue().precision()).thenComparing(Map.Entry::getKey))
                .forEach(e -> sb.append(e.getKey()).append('\t').append(e.getValue().claims()).append('\t').append(e.getValue().hits())
                        .append('\t').append(String.format(Locale.ROOT, "%.3f", e.getValue().precision())).append('\n'));
        return sb.toString();
    }
}
