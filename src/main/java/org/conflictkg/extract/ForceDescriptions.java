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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.conflictkg.model.Mention;
import org.conflictkg.model.Sentence;

/**
 * A state's forces named by description: an owner ("Syrian regime", "Russian", "Assads") and a
 * head of a kind ("warplanes", "air strikes": air; "troops", "forces": ground) name the force of
 * that kind ("Syrian regime jets" is the Syrian Arab Air Force, "Turkish troops" the Turkish
 * Armed Forces), as the annotation conventions read them. Of listed owners ("Syrian and Russian
 * warplanes") only the last is read: the annotation reads the others now as the force, now as the
 * state, and reading them as forces lost more relations than it found (five-fold
 * cross-validation). A phrase that belongs to a larger name or to someone else ("Free Syrian Army",
 * "US-backed Syrian forces", "pro-regime forces") is not read. The words come from
 * {@code force-descriptions.tsv}; the combinations are open ("Syrian regime air raids" need never
 * have been annotated). Thread-safe: immutable after construction.
 */
public final class ForceDescriptions {
    private static final String RESOURCE = "/org/conflictkg/extract/force-descriptions.tsv";
    /** Endings of a compound before the owner that make the force someone else's ("US-backed Syrian forces"). */
    private static final Set<String> BACKED = Set.of("backed", "led", "allied", "sponsored", "supported", "trained", "funded", "armed");
    static final double CONFIDENCE = 0.7;

    private record Phrase(List<String> words, String value) {
    }

    private final Map<String, List<Phrase>> owners = new HashMap<>();
    private final Map<String, List<Phrase>> heads = new HashMap<>();
    private final Map<String, String> forces = new HashMap<>();
    private final Set<String> notAfter = new HashSet<>();

    /** A force found: its knowledge-base key, the span of the words that name it, and the word after them. */
    public record Found(String entityId, int start, int end, int next) {
    }

    ForceDescriptions(List<String> lines) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            switch (f[0]) {
                case "owner" -> add(owners, f[2], f[1]);
                case "head" -> add(heads, f[2], f[1]);
                case "force" -> forces.put(f[1] + "\t" + f[2], f[3]);
                case "notafter" -> notAfter.add(f[1]);
                default -> throw new IllegalArgumentException(RESOURCE + ": unknown line kind '" + f[0] + "': " + line);
            }
        }
        owners.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> -p.words().size())));
        heads.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> -p.words().size())));
    }

    /** The descriptions committed with the program. */
    public static ForceDescriptions load() {
        try (InputStream in = ForceDescriptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new ForceDescriptions(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static void add(Map<String, List<Phrase>> map, String words, String value) {
        List<String> w = lower(words);
        map.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(new Phrase(w, value));
    }

    private static List<String> lower(String text) {
        return LearnedNames.words(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** Every force a sentence names by description, in order. */
    public List<Found> find(Sentence s) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher m = LearnedNames.WORD.matcher(s.text());
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
            spans.add(new int[] {s.start() + m.start(), s.start() + m.end()});
        }
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Found f = ownerMayStart(words, i) ? read(words, spans, i) : null;
            if (f != null) {
                out.add(f);
                i = f.next();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The force an owner at a word and the head after it name, or null when no head follows.
     * Owners are tried longest first, so one that ends in a word that is itself a head gives it
     * back ("Syrian army" + "helicopters", but "Syrian army" alone is "Syrian" + "army").
     */
    private Found read(List<String> words, List<int[]> spans, int at) {
        for (Phrase o : owners.get(words.get(at))) {
            int end = at + o.words().size();
            Phrase head = matches(o, words, at) ? longest(heads, words, end) : null;
            if (head == null) {
                continue;
            }
            int stop = end + head.words().size();
            String force = forces.get(o.value() + "\t" + head.value());
            if (force == null || stop < words.size() && words.get(stop).equals("-")) {
                return null; // no such force, or the head goes on as a compound ("Syrian army-backed")
            }
            return new Found(force, spans.get(at)[0], spans.get(stop - 1)[1], stop);
        }
        return null;
    }

    private boolean ownerMayStart(List<String> words, int i) {
        if (!owners.containsKey(words.get(i))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        String prev = words.get(i - 1);
        return !(prev.equals("-") || notAfter.contains(prev) || BACKED.contains(prev));
    }

    private static Phrase longest(Map<String, List<Phrase>> map, List<String> words, int at) {
        if (at >= words.size()) {
            return null;
        }
        List<Phrase> cands = map.get(words.get(at));
        if (cands == null) {
            return null;
        }
        for (Phrase p : cands) {
            if (matches(p, words, at)) {
                return p;
            }
        }
        return null;
    }

    private static boolean matches(Phrase p, List<String> words, int at) {
        return at + p.words().size() <= words.size() && words.subList(at, at + p.words().size()).equals(p.words());
    }

    /** A mention for a found force. */
    static Mention mention(Found f, String text, int sentence) {
        return new Mention(f.entityId(), text.substring(f.start(), f.end()), f.start(), f.end(), sentence, CONFIDENCE, "description");
    }
}
