package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.conflictkg.model.Mention;
import org.conflictkg.model.Section;
import org.conflictkg.model.Token;

/**
 * The features of a relation candidate, one string each: the two classes and their order,
 * the words between the two mentions (as words, stems, bigrams and joined to the classes), the
 * words just before and after, the distance, the mentions in between, the lexicons' cue classes
 * of the words between, whether the sentence is the headline, the hand rules that fired on
 * the pair, and what the knowledge base holds between the two (a town's province). Training and prediction call this one generator, so the two cannot drift.
 * Thread-safe: immutable after construction.
 */
public final class RelationFeatures {
    private static final int FAR = 10;
    private final Map<String, Set<String>> cues;

    private RelationFeatures(Map<String, Set<String>> cues) {
        this.cues = cues;
    }

    /** The generator over the lexicons committed with the program. */
    public static RelationFeatures load() {
        return of(Lexicons.load());
    }

    static RelationFeatures of(Lexicons lex) {
        Map<String, Set<String>> cues = new HashMap<>();
        for (String name : lex.names()) {
            for (List<String> phrase : lex.get(name)) {
                if (phrase.size() == 1) {
                    cues.computeIfAbsent(phrase.get(0), k -> new LinkedHashSet<>()).add(name);
                }
            }
        }
        return new RelationFeatures(cues);
    }

    /**
     * The features of a candidate.
     *
     * @param c        the candidate
     * @param ruleHits the relations the hand rules claim between the two, each with {@code >} when
     *                 the first is the subject and {@code <} when the second is
     * @param kbLinks  what the knowledge base holds between the two, with the direction likewise
     */
    public String[] features(RelationCandidate c, Set<String> ruleHits, Set<String> kbLinks) {
        List<String> f = new ArrayList<>(64);
        String tp = c.firstType().name() + "|" + c.secondType().name();
        f.add("types=" + tp);
        f.add("t1=" + c.firstType().name());
        f.add("t2=" + c.secondType().name());
        if (c.sentence().section() == Section.HEADLINE) {
            f.add("headline");
        }
        List<String> before = new ArrayList<>();
        List<String> between = new ArrayList<>();
        List<String> after = new ArrayList<>();
        int nextOther = 0;
        List<Mention> others = c.others();
        for (Token t : c.sentence().tokens()) {
            Mention inside = null;
            while (nextOther < others.size() && others.get(nextOther).end() <= t.start()) {
                nextOther++;
            }
            if (nextOther < others.size() && others.get(nextOther).start() <= t.start() && t.end() <= others.get(nextOther).end()) {
                inside = others.get(nextOther);
            }
            if (t.start() >= c.first().start() && t.end() <= c.first().end() || t.start() >= c.second().start() && t.end() <= c.second().end()) {
                continue;
            }
            String w = inside != null ? "<E>" : t.text().toLowerCase(Locale.ROOT);
            if (inside != null && !between.isEmpty() && between.get(between.size() - 1).equals("<E>") && t.start() > c.first().end()
                    && t.end() <= c.second().start()) {
                continue; // one placeholder for a mention of several tokens
            }
            if (t.end() <= c.first().start()) {
                before.add(w);
            } else if (t.start() >= c.first().end() && t.end() <= c.second().start()) {
                between.add(w);
            } else if (t.start() >= c.second().end()) {
                after.add(w);
            }
        }
        f.add("dist=" + bucket(between.size()));
        f.add("types+dist=" + tp + "|" + bucket(between.size()));
        long entitiesBetween = between.stream().filter("<E>"::equals).count();
        f.add("ents=" + Math.min(entitiesBetween, 3));
        boolean far = between.size() > FAR;
        for (int i = 0; i < between.size(); i++) {
            String w = between.get(i);
            String where = !far ? "" : i < 5 ? "L" : i >= between.size() - 5 ? "R" : "M";
            if (far && where.equals("M")) {
                continue;
            }
            f.add("bw" + where + "=" + w);
            f.add("bs=" + stem(w));
            f.add("tbs=" + tp + "|" + stem(w));
            if (i + 1 < between.size()) {
                f.add("bb" + where + "=" + w + "_" + between.get(i + 1));
            }
            Set<String> cls = cues.get(w);
            if (cls != null) {
                for (String k : cls) {
                    f.add("cue=" + k);
                    f.add("tcue=" + tp + "|" + k);
                }
            }
        }
        if (!between.isEmpty()) {
            f.add("bfirst=" + between.get(0));
            f.add("blast=" + between.get(between.size() - 1));
        } else {
            f.add("adjacent");
        }
        if (between.size() <= 4) {
            f.add("bseq=" + tp + "|" + String.join("_", between));
        }
        if (conjoined(between)) {
            // "Hezbollah fighters and the Syrian Arab Army attacked ...": the two are listed together, not set against each other.
            f.add("conj");
            f.add("conj=" + tp);
        }
        for (int k = 1; k <= 2; k++) {
            f.add("b" + k + "=" + (before.size() >= k ? before.get(before.size() - k) : "<S>"));
            f.add("a" + k + "=" + (after.size() >= k ? after.get(k - 1) : "</S>"));
        }
        for (String w : before.subList(Math.max(0, before.size() - 6), before.size())) {
            Set<String> cls = cues.get(w);
            if (cls != null) {
                cls.forEach(k -> f.add("cueBefore=" + k));
            }
        }
        for (String w : after.subList(0, Math.min(after.size(), 6))) {
            Set<String> cls = cues.get(w);
            if (cls != null) {
                cls.forEach(k -> f.add("cueAfter=" + k));
            }
            f.add("aw=" + w);
        }
        f.add("m1=" + c.first().surface().toLowerCase(Locale.ROOT));
        f.add("m2=" + c.second().surface().toLowerCase(Locale.ROOT));
        f.add("how=" + c.first().method() + "|" + c.second().method());
        for (String r : ruleHits) {
            f.add("rule=" + r);
        }
        f.add(ruleHits.isEmpty() ? "norule" : "anyrule");
        for (String k : kbLinks) {
            f.add("kb=" + k);
            f.add("tkb=" + tp + "|" + k);
        }
        return f.toArray(String[]::new);
    }

    /** Words between the second of two joint subjects and their verb: fillers and auxiliaries ("X and Y forces have jointly attacked"). */
    private static final Set<String> BEFORE_VERB = Set.of("fighters", "forces", "troops", "militants", "militias", "militia", "units", "army",
            "jets", "warplanes", "have", "has", "had", "were", "was", "also", "jointly", "together", "reportedly", "then", "later", "on");
    /** Conflict relations that joint subjects of a one-sided action do not hold between them. */
    static final Set<String> CONFLICT = Set.of("fightsAgainst", "attacked", "opposes", "accuses");

    /**
     * Whether the two are listed together as the subjects of a one-sided action ("Hezbollah
     * fighters and the Syrian Arab Army attacked Jabhat al-Nusra"): then they act together
     * and are not in conflict with each other. Reciprocal verbs ("X and Y clashed") are not one-sided.
     */
    public boolean jointSubjects(RelationCandidate c) {
        List<String> between = new ArrayList<>();
        String next = null;
        String before = null;
        for (Token t : c.sentence().tokens()) {
            if (t.end() <= c.first().start() && !t.text().equalsIgnoreCase("the")) {
                before = t.text().toLowerCase(Locale.ROOT);
            } else if (t.start() >= c.first().end() && t.end() <= c.second().start()) {
                between.add(t.text().toLowerCase(Locale.ROOT));
            } else if (t.start() >= c.second().end()) {
                String w = t.text().toLowerCase(Locale.ROOT);
                if (BEFORE_VERB.contains(w)) {
                    continue;
                }
                next = w;
                break;
            }
        }
        // "Fighting between X and Y killed 20": the two are the sides, not the subjects.
        if (next == null || !conjoined(between) || "between".equals(before) || "among".equals(before)) {
            return false;
        }
        Set<String> cls = cues.get(next);
        return cls != null && cls.contains("ONE_SIDED");
    }

    /** Words that may stand between two listed names besides the list words ("X fighters and the Y"). */
    private static final Set<String> LIST_FILLER = Set.of("the", "its", "their", "fighters", "forces", "troops", "militants", "militias",
            "militia", "units", "army", "allies", "jets", "warplanes", "as", "well", "along", "together", "with");

    /** Whether the words between two mentions only list them: a list word and nothing but fillers. */
    static boolean conjoined(List<String> between) {
        boolean list = false;
        for (String w : between) {
            if (w.equals("and") || w.equals(",") || w.equals("or") || w.equals("&")) {
                list = true;
            } else if (!LIST_FILLER.contains(w)) {
                return false;
            }
        }
        return list && between.size() <= 5;
    }

    private static String bucket(int n) {
        return n <= 2 ? Integer.toString(n) : n <= 5 ? "3-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : "21+";
    }

    /** A crude stem: enough to join "attacked", "attacks" and "attacking". */
    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
