package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.ml.model.MaxentModel;
import org.conflictkg.model.EntityType;
import org.conflictkg.model.Mention;
import org.conflictkg.model.Sentence;

/**
 * Names nobody listed: a maximum-entropy classifier, trained on the annotated articles, that
 * decides for each run of capitalised words no other reader took ("Jabal al-Turkman", "Eric
 * Chevallier", "Kafr Zita") whether it names a place, a person, a group or an outlet, or
 * nothing ("The", "Monday", "Breaking News"). Its features are the run's words, their shapes
 * and endings, and the words around it; {@link #runs} and {@link #features} serve training and
 * reading alike. Thread-safe: the model evaluates without state.
 */
public final class NameSpotter {
    public static final String NONE = "NONE";
    private static final String RESOURCE = "/org/conflictkg/extract/name-spotter.model";
    private static final int MAX_WORDS = 6;
    private static final Set<String> JOINERS = Set.of("al", "el", "ad", "as", "ash", "ar", "az", "bin", "ibn", "abu", "of", "de", "bani", "bu", "der");

    private final MaxentModel model;
    private final double threshold;

    public NameSpotter(MaxentModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    /** The spotter committed with the program, or null when none was trained. */
    public static NameSpotter load(double threshold) {
        MaxentModel m = MaxentFiles.resource(RESOURCE);
        return m == null ? null : new NameSpotter(m, threshold);
    }

    public byte[] bytes() {
        return MaxentFiles.bytes(model, "the name spotter");
    }

    /** A run of capitalised words: its span and the sentence's words around it. */
    public record Run(List<String> words, int start, int end, List<String> before, List<String> after, boolean sentenceStart) {
    }

    /** The runs of capitalised words in a sentence that no mention covers. */
    public static List<Run> runs(Sentence s, List<Mention> taken) {
        List<NameToken> tokens = NameKeys.tokens(s.text(), s.start());
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised() || covered(tokens.get(i), taken)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && j - i + 1 < MAX_WORDS && tokens.get(j + 1).start() - tokens.get(j).end() <= 1
                    && !covered(tokens.get(j + 1), taken)
                    && (tokens.get(j + 1).capitalised() || (joiner(tokens.get(j + 1)) && j + 2 < tokens.size() && tokens.get(j + 2).capitalised()))) {
                j++;
            }
            int from = i;
            if (from > 0 && joiner(tokens.get(from - 1)) && tokens.get(from).start() - tokens.get(from - 1).end() <= 1
                    && !covered(tokens.get(from - 1), taken)) {
                from--; // "al-Turkman": the article belongs to the name
            }
            List<String> words = new ArrayList<>();
            for (int k = from; k <= j; k++) {
                words.add(tokens.get(k).text());
            }
            List<String> before = new ArrayList<>();
            for (int k = Math.max(0, from - 2); k < from; k++) {
                before.add(tokens.get(k).norm());
            }
            List<String> after = new ArrayList<>();
            for (int k = j + 1; k < Math.min(tokens.size(), j + 3); k++) {
                after.add(tokens.get(k).norm());
            }
            out.add(new Run(words, tokens.get(from).start(), tokens.get(j).end(), before, after, from == 0));
            i = j + 1;
        }
        return out;
    }

    private static boolean joiner(NameToken t) {
        return t.connector() || JOINERS.contains(t.norm());
    }

    private static boolean covered(NameToken t, List<Mention> taken) {
        return Mention.anyOverlaps(t.start(), t.end(), taken);
    }

    /** The features of a run. */
    public static String[] features(Run r) {
        List<String> f = new ArrayList<>();
        int n = r.words().size();
        f.add("len=" + Math.min(n, 4));
        f.add(r.sentenceStart() ? "first" : "inside");
        StringBuilder shape = new StringBuilder();
        for (int k = 0; k < n; k++) {
            String w = r.words().get(k);
            String lw = w.toLowerCase(Locale.ROOT);
            f.add("w=" + lw);
            f.add("suf3=" + lw.substring(Math.max(0, lw.length() - 3)));
            f.add("pre3=" + lw.substring(0, Math.min(3, lw.length())));
            shape.append(w.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c)) ? "A"
                    : Character.isUpperCase(w.charAt(0)) ? "C" : "l");
            if (w.contains("-")) {
                f.add("hyphen");
            }
        }
        f.add("shape=" + shape);
        String first = r.words().get(0).toLowerCase(Locale.ROOT);
        String last = r.words().get(n - 1).toLowerCase(Locale.ROOT);
        f.add("first=" + first);
        f.add("last=" + last);
        f.add("whole=" + String.join(" ", r.words()).toLowerCase(Locale.ROOT));
        for (int k = 0; k < r.before().size(); k++) {
            f.add("b" + (r.before().size() - k) + "=" + r.before().get(k));
        }
        if (!r.before().isEmpty()) {
            f.add("b1+first=" + r.before().get(r.before().size() - 1) + "|" + (n == 1 ? "1" : "n"));
        }
        for (int k = 0; k < r.after().size(); k++) {
            f.add("a" + (k + 1) + "=" + r.after().get(k));
        }
        return f.toArray(String[]::new);
    }

    /** The class a run names, or null for none (or not sure enough). */
    public EntityType classify(Run r) {
        double[] p = model.eval(features(r));
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        String o = model.getOutcome(best);
        return o.equals(NONE) || p[best] < threshold ? null : EntityType.parse(o);
    }
}
