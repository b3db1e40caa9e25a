package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.conflictkg.model.AnalysedArticle;
import org.conflictkg.model.Entity;
import org.conflictkg.model.EntityType;
import org.conflictkg.model.Mention;
import org.conflictkg.model.Sentence;

/**
 * A measured, limited coreference: a definite description such as "the group" or "the
 * militant group" refers to the armed group or coalition named last, in the same sentence
 * before it or in the two sentences before. Pronouns are left alone. Thread-safe.
 */
final class Coreference {
    /** How far back, in sentences, an antecedent may be. */
    static final int WINDOW = 2;
    static final double CONFIDENCE = 0.6;

    private final Pattern anaphor;

    Coreference(Lexicons lex) {
        String alt = lex.get("GROUP_ANAPHOR").stream().map(p -> String.join("\\s+", p)).collect(Collectors.joining("|"));
        this.anaphor = Pattern.compile("(?<![\\p{L}])(" + alt + ")(?![\\p{L}-])", Pattern.CASE_INSENSITIVE);
    }

    /** Adds a mention for every description it can resolve. */
    void resolve(AnalysedArticle a, List<Mention> mentions, Map<String, Entity> entities) {
        List<Mention> added = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            Matcher m = anaphor.matcher(s.text());
            while (m.find()) {
                int start = s.start() + m.start();
                int end = s.start() + m.end();
                if (overlaps(start, end, mentions) || followedByName(s.text(), m.end())) {
                    continue;
                }
                Mention antecedent = null;
                for (Mention x : mentions) {
                    if (x.start() >= start || x.sentence() < s.index() - WINDOW) {
                        continue;
                    }
                    Entity e = entities.get(x.entityId());
                    if (e != null && (e.type() == EntityType.ArmedGroup || e.type() == EntityType.Coalition)) {
                        antecedent = x;
                    }
                }
                if (antecedent != null) {
                    added.add(new Mention(antecedent.entityId(), s.text().substring(m.start(), m.end()), start, end,
                            s.index(), CONFIDENCE, "coreference"));
                }
            }
        }
        mentions.addAll(added);
        mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
    }

    /** "the group Jaish al-Islam" names the group itself: no coreference. */
    private static boolean followedByName(String text, int end) {
        String rest = text.substring(end).stripLeading();
        return !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) && !rest.toLowerCase(Locale.ROOT).startsWith("i ");
    }

    private static boolean overlaps(int start, int end, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (start < m.end() && end > m.start()) {
                return true;
            }
        }
        return false;
    }
}
