package org.conflictkg.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/** The cleaner's line rules, loaded from {@code boilerplate.rules}. Immutable, thread-safe. */
final class BoilerplateRules {
    /** Lines longer than this are body text whatever they contain. */
    static final int MAX_RULE_LINE = 1200;
    /** Stop rules only fire on short lines, such as a widget heading. */
    static final int MAX_STOP_LINE = 100;

    /** What the rules decided for a line. */
    record Verdict(LineRule.Action action, java.util.Map<String, String> fields) {
    }

    private final List<LineRule> rules;

    private BoilerplateRules(List<LineRule> rules) {
        this.rules = List.copyOf(rules);
    }

    static BoilerplateRules load() {
        List<LineRule> rules = new ArrayList<>();
        try (InputStream in = BoilerplateRules.class.getResourceAsStream("boilerplate.rules")) {
            if (in == null) {
                throw new IllegalStateException("boilerplate.rules is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalArgumentException("boilerplate rule line " + n + ": expected ACTION<TAB>REGEX");
                }
                rules.add(LineRule.parse(line.substring(0, tab), line.substring(tab + 1), n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read boilerplate.rules", e);
        }
        return new BoilerplateRules(rules);
    }

    /** The verdict of the first matching rule, or empty when the line is body text. */
    Optional<Verdict> classify(String line) {
        String s = line.strip();
        if (s.length() > MAX_RULE_LINE) {
            return Optional.empty();
        }
        for (LineRule rule : rules) {
            if (rule.action() == LineRule.Action.STOP && s.length() > MAX_STOP_LINE) {
                continue;
            }
            Matcher m = rule.pattern().matcher(s);
            if (m.matches()) {
                java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
                for (String g : rule.groups()) {
                    String v = m.group(g);
                    if (v != null && !v.isBlank()) {
                        fields.put(g, v.strip());
                    }
                }
                return Optional.of(new Verdict(rule.action(), fields));
            }
        }
        return Optional.empty();
    }
}
