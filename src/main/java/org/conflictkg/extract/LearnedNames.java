package org.conflictkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.model.EntityType;
import org.conflictkg.model.Mention;
import org.conflictkg.model.Sentence;

/**
 * Names learned from annotated articles: every surface form the annotation gives an entity
 * ("regime forces", "Russian jets", "Kafr Nabl", "the regime"), with the entity it names and how
 * often it did so where it was written. A learned gazetteer: the complement of the knowledge
 * base for the places, people and descriptions it lacks, and the annotation's own reading of
 * descriptions ("government warplanes" is the Syrian Arab Air Force). Matching is exact and
 * case-sensitive on word boundaries (a sentence's first word may differ in case).
 * Thread-safe: immutable after construction.
 */
public final class LearnedNames {
    private static final String RESOURCE = "/org/conflictkg/extract/learned-names.tsv";
    /** A word: letters and digits, or one other character. Shared with {@link ForceDescriptions}. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    /**
     * One learned name.
     *
     * @param surface   the words as written
     * @param entityId  the entity it names: a knowledge-base key, or a key minted for the annotation's canonical name
     * @param label     the canonical name
     * @param type      the entity's class
     * @param precision of the articles where the surface was written, the share whose annotation gave it this entity
     * @param articles  in how many annotated articles it named the entity
     */
    public record Entry(String surface, String entityId, String label, EntityType type, double precision, int articles) {
        public Entry {
            if (surface.isBlank() || entityId.isBlank()) {
                throw new IllegalArgumentException("a learned name needs a surface and an entity: '" + surface + "' -> '" + entityId + "'");
            }
        }
    }

    private final List<Entry> entries;
    private final Map<String, List<Compiled>> byFirst = new HashMap<>();

    private record Compiled(Entry entry, List<String> words) {
    }

    public LearnedNames(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : this.entries) {
            List<String> words = words(e.surface());
            if (!words.isEmpty()) {
                byFirst.computeIfAbsent(fold(words.get(0)), k -> new ArrayList<>()).add(new Compiled(e, words));
            }
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Compiled c) -> -c.words().size())
                .thenComparing(c -> -c.entry().precision())));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The names committed with the program, or none when no model was trained. */
    public static LearnedNames load() {
        try (InputStream in = LearnedNames.class.getResourceAsStream(RESOURCE)) {
            return in == null ? new LearnedNames(List.of()) : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads the TSV that {@link #write} writes. */
    public static LearnedNames read(InputStream in) throws IOException {
        List<Entry> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("surface\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 6) {
                throw new IllegalArgumentException("learned name line needs 6 fields: " + line);
            }
            out.add(new Entry(f[0], f[1], f[2], EntityType.parse(f[3]), Double.parseDouble(f[4]), Integer.parseInt(f[5])));
        }
        return new LearnedNames(out);
    }

    /** The entries as TSV, sorted, with a header. */
    public String write() {
        StringBuilder sb = new StringBuilder("# Learned by kg train from the annotated articles in data/gold; do not edit by hand.\n");
        sb.append("surface\tentity\tlabel\ttype\tprecision\tarticles\n");
        entries.stream().sorted(Comparator.comparing(Entry::surface).thenComparing(Entry::entityId)).forEach(e ->
                sb.append(e.surface()).append('\t').append(e.entityId()).append('\t').append(e.label()).append('\t')
                        .append(e.type().name()).append('\t').append(String.format(java.util.Locale.ROOT, "%.3f", e.precision()))
                        .append('\t').append(e.articles()).append('\n'));
        return sb.toString();
    }

    /** A learned name found in a sentence. */
    public record Found(Entry entry, int start, int end) {
    }

    /** Every learned name in the sentence with at least the given precision, longest first, not overlapping each other. */
    public List<Found> find(Sentence s, double minPrecision) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(s.text());
        while (m.find()) {
            spans.add(new int[] {s.start() + m.start(), s.start() + m.end()});
            words.add(m.group());
        }
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            List<Compiled> cands = byFirst.get(fold(words.get(i)));
            Found hit = null;
            if (cands != null) {
                for (Compiled c : cands) {
                    if (c.entry().precision() >= minPrecision && matches(c.words(), words, i)) {
                        hit = new Found(c.entry(), spans.get(i)[0], spans.get(i + c.words().size() - 1)[1]);
                        break;
                    }
                }
            }
            if (hit != null) {
                out.add(hit);
                i += words(hit.entry().surface()).size();
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean matches(List<String> want, List<String> words, int at) {
        if (at + want.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < want.size(); k++) {
            String w = words.get(at + k);
            String x = want.get(k);
            // Case matters ("Nusra" is a name, "army" a description), except for a sentence's first word.
            if (!w.equals(x) && !(at + k == 0 && w.equalsIgnoreCase(x))) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String w) {
        return w.toLowerCase(java.util.Locale.ROOT);
    }

    /** The words of a text as this matcher splits them. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** A mention for a found name. */
    static Mention mention(Found f, String text, int sentence) {
        return new Mention(f.entry().entityId(), text.substring(f.start(), f.end()), f.start(), f.end(), sentence,
                Math.max(0.05, Math.min(1.0, f.entry().precision())), "learned");
    }
}
