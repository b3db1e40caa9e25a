package org.conflictkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Named word lists from {@code lexicons.tsv}: triggers, heads, negators, modals. Each entry is
 * a phrase kept as its lower-case words. Immutable and thread-safe.
 */
final class Lexicons {
    private final Map<String, List<List<String>>> lists;

    private Lexicons(Map<String, List<List<String>>> lists) {
        this.lists = lists;
    }

    static Lexicons load() {
        Map<String, List<List<String>>> m = new LinkedHashMap<>();
        try (InputStream in = Lexicons.class.getResourceAsStream("lexicons.tsv")) {
            if (in == null) {
                throw new IllegalStateException("lexicons.tsv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalArgumentException("lexicons.tsv line " + n + ": expected NAME<TAB>phrase");
                }
                m.computeIfAbsent(f[0].trim(), k -> new ArrayList<>()).add(words(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicons.tsv", e);
        }
        m.replaceAll((k, v) -> {
            List<List<String>> sorted = new ArrayList<>(v);
            sorted.sort((a, b) -> b.size() - a.size());
            return List.copyOf(sorted);
        });
        return new Lexicons(Map.copyOf(m));
    }

    static List<String> words(String phrase) {
        return Arrays.stream(phrase.trim().toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }

    /** The phrases of a list, longest first; names the list when it does not exist. */
    List<List<String>> get(String name) {
        List<List<String>> l = lists.get(name);
        if (l == null) {
            throw new IllegalArgumentException("no lexicon named '" + name + "'");
        }
        return l;
    }

    /** The one-word entries of a list, as a set. */
    Set<String> words1(String name) {
        return get(name).stream().filter(p -> p.size() == 1).map(p -> p.get(0)).collect(Collectors.toUnmodifiableSet());
    }

    /** The names of the lists, in file order. */
    Set<String> names() {
        return java.util.Collections.unmodifiableSet(lists.keySet());
    }

    boolean has(String name) {
        return lists.containsKey(name);
    }
}
