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
 * before it or in the two sentences before; and a sentence that opens with "It" and a verb of
 * action ("It continues its engagement around Damascus") refers to the group, force, state or
 * body that opens the sentence before ("Hizbullah has pulled back all troops ..."), across at most
 * two sentences that also open with "It". "It is",
 * "It was", "It seems" and the like are not references, and no other pronoun is read. Thread-safe.
 */
final class Coreference {
    /** How far back, in sentences, an antecedent may be. */
    static final int WINDOW = 2;
    static final double CONFIDENCE = 0.6;

    private final Pattern anaphor;
    /** A sentence's opening "It" and the word after it. */
    private static final Pattern OPENING_IT = Pattern.compile("^It\\s+([a-z]+)\\b");
    /** Words after an opening "It" that make it a dummy subject or leave its reference open. */
    private static final java.util.Set<String> NOT_AFTER_IT = java.util.Set.of("is", "was", "seems", "seemed", "appears",
            "appeared", "has", "had", "would", "will", "could", "may", "might", "must", "should", "can", "cannot", "does",
            "did", "remains", "remained", "means", "meant", "turns", "turned", "becomes", "became", "looks", "looked",
            "follows", "followed", "goes", "went", "takes", "took", "makes", "made", "happens", "happened", "also", "not",
            "sounds", "feels", "depends", "matters", "helps", "costs", "says", "said");
    /** Types an opening "It" may stand for: bodies, never a person or a place. */
    private static final java.util.Set<EntityType> IT_TYPES = java.util.EnumSet.of(EntityType.ArmedGroup, EntityType.Coalition,
            EntityType.ArmedForce, EntityType.State, EntityType.IntergovernmentalOrganisation);
    /** The antecedent must open its sentence: it starts within this many characters of the sentence start. */
    static final int SUBJECT_REACH = 12;

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
        resolveOpeningIt(a, mentions, entities, added);
        mentions.addAll(added);
        mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
    }

    private static void resolveOpeningIt(AnalysedArticle a, List<Mention> mentions, Map<String, Entity> entities, List<Mention> added) {
        List<Sentence> sentences = a.sentences();
        for (int i = 1; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Matcher m = OPENING_IT.matcher(s.text());
            if (!m.find() || NOT_AFTER_IT.contains(m.group(1))) {
                continue;
            }
            // Back over at most two sentences that open with "It" too ("It is unwilling ... It continues ..."): the same subject.
            int j = i - 1;
            while (j > 0 && i - j <= 2 && sentences.get(j).text().startsWith("It ")) {
                j--;
            }
            Sentence before = sentences.get(j);
            if (before.section() != s.section() || before.text().startsWith("It ")) {
                continue;
            }
            Mention first = null;
            for (Mention x : mentions) {
                if (x.sentence() == before.index()) {
                    first = x;
                    break;
                }
            }
            if (first == null || first.start() - before.start() > SUBJECT_REACH) {
                continue;
            }
            Entity e = entities.get(first.entityId());
            if (e != null && IT_TYPES.contains(e.type())) {
                added.add(new Mention(first.entityId(), "It", s.start(), s.start() + 2, s.index(), CONFIDENCE, "coreference"));
            }
        }
    }

    /** "the group Jaish al-Islam" names the group itself: no coreference. */
    private static boolean followedByName(String text, int end) {
        String rest = text.substring(end).stripLeading();
        return !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) && !rest.toLowerCase(Locale.ROOT).startsWith("i ");
    }

    private static boolean overlaps(int start, int end, List<Mention> mentions) {
        return Mention.anyOverlaps(start, end, mentions);
    }
}
