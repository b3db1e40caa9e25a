package org.conflictkg.extract;

import java.util.List;
import java.util.Set;

import org.conflictkg.model.Mention;
import org.conflictkg.model.Modality;
import org.conflictkg.model.Polarity;

/**
 * Reads the words around a match for polarity (negators), modality (modals, conditionals,
 * "formerly") and attribution ("according to X", "X said", "X quoted Y"). Thread-safe.
 */
final class ClaimContext {
    /** Who a sentence attributes its content to, and the words that say so. */
    record Attribution(Mention source, String words) {
    }

    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "be", "been", "being");

    private final List<List<String>> roles;
    private final List<List<String>> negation;
    private final List<List<String>> planned;
    private final List<List<String>> hypothetical;
    private final List<List<String>> past;
    private final List<List<String>> speech;
    private final List<List<String>> according;

    ClaimContext(Lexicons lex) {
        this.negation = lex.get("NEGATION");
        this.planned = lex.get("PLANNED");
        this.hypothetical = lex.get("HYPOTHETICAL");
        this.past = lex.get("PAST");
        this.speech = lex.get("SPEECH");
        this.according = lex.get("ACCORDING");
        this.roles = lex.get("ROLE");
    }

    /** The length of a role phrase at unit {@code i} ("spokesman", "deputy leader"), or 0. */
    private int roleAt(List<Unit> units, int i) {
        int best = 0;
        for (List<String> r : roles) {
            if (r.size() > best && PatternMatcher.phraseAt(units, i, r)) {
                best = r.size();
            }
        }
        return best;
    }

    /** Negated when a negator stands among the match's own non-literal words or just before it. */
    Polarity polarity(List<Unit> units, PatternMatcher.Match m) {
        return contains(units, m, negation, 2, true) ? Polarity.NEGATIVE : Polarity.POSITIVE;
    }

    /**
     * "which never signed the agreement but claimed ... while continuing its attack": a
     * contrast or new clause between the negation and the relation's next word ends its scope.
     */
    private static boolean scopeEnds(List<Unit> units, PatternMatcher.Match m, int after) {
        int next = m.literal().nextSetBit(after);
        int end = next < 0 ? m.to() : next;
        for (int k = after; k < end; k++) {
            if (!units.get(k).isEntity() && SCOPE_BREAKS.contains(units.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SCOPE_BREAKS = Set.of("but", "while", "whereas", "although", "though", "yet", "however", ";");

    Modality modality(List<Unit> units, PatternMatcher.Match m) {
        if (contains(units, m, past, 2)) {
            return Modality.PAST;
        }
        if (contains(units, m, hypothetical, 4)) {
            return Modality.HYPOTHETICAL;
        }
        if (contains(units, m, planned, 3)) {
            return Modality.PLANNED;
        }
        return Modality.ASSERTED;
    }

    private static boolean contains(List<Unit> units, PatternMatcher.Match m, List<List<String>> phrases, int before) {
        return contains(units, m, phrases, before, false);
    }

    /** One of the phrases among the match's non-literal words or just before it; {@code scoped}: not cut off from the relation by a contrast. */
    private static boolean contains(List<Unit> units, PatternMatcher.Match m, List<List<String>> phrases, int before, boolean scoped) {
        int from = Math.max(0, m.from() - before);
        for (int i = from; i < m.to(); i++) {
            if (i >= m.from() && m.literal().get(i)) {
                continue;
            }
            for (List<String> p : phrases) {
                if (PatternMatcher.phraseAt(units, i, p) && !(scoped && scopeEnds(units, m, i + p.size()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The source a sentence cites, or null when it speaks in the article's own voice. */
    Attribution attribution(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            for (List<String> p : according) {
                if (PatternMatcher.phraseAt(units, i, p)) {
                    for (int k = i + p.size(); k < Math.min(units.size(), i + p.size() + 3); k++) {
                        if (!units.get(k).isEntity() && !Set.of("the", "a", "an").contains(units.get(k).word())) {
                            break;
                        }
                        if (units.get(k).isEntity()) {
                            Mention src = units.get(k).mentions().get(0);
                            return new Attribution(src, String.join(" ", p) + " " + src.surface());
                        }
                    }
                }
            }
        }
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).isEntity()) {
                continue;
            }
            // "Ahrar al-Sham spokesman Ahmad Qara Ali told": a role word and a name the knowledge base lacks may come between
            int role = roleAt(units, i + 1);
            int gap = role > 0 ? role + 4 : 3;
            for (int k = i + 1; k < Math.min(units.size(), i + gap + 2); k++) {
                if (units.get(k).isEntity()) {
                    break;
                }
                if (k > i + gap) {
                    break;
                }
                String prev = units.get(k - 1).word();
                if (prev != null && PASSIVE.contains(prev)) {
                    continue;
                }
                for (List<String> p : speech) {
                    if (PatternMatcher.phraseAt(units, k, p)) {
                        Mention speaker = units.get(i).mentions().get(0);
                        int after = k + p.size();
                        if (p.get(0).equals("quoted") && after < units.size() && units.get(after).isEntity()) {
                            Mention quoted = units.get(after).mentions().get(0);
                            return new Attribution(quoted, speaker.surface() + " quoted " + quoted.surface());
                        }
                        return new Attribution(speaker, speaker.surface() + " " + String.join(" ", p));
                    }
                }
            }
        }
        return null;
    }
}
