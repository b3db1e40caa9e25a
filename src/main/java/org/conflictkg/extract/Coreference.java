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
 * two sentences that also open with "It"; an opening "They" likewise refers to the armed group or
 * force opening the sentence before ("They seized the district"). "the city", "the town" or "the village" refers to
 * the town named last and "the province" to the province named last, in the same window, with up
 * to two words before the noun ("the besieged city", "the Kurdish-controlled town"). "It is",
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
    /** Words after an opening "They" that leave its reference open ("They are", "They say"). */
    private static final java.util.Set<String> NOT_AFTER_THEY = java.util.Set.of("are", "were", "have", "do", "say", "think", "believe",
            "want", "know", "need", "include", "included", "come", "came", "live", "lived");
    /** Types an opening "They" may stand for: armed bodies. */
    private static final java.util.Set<EntityType> THEY_TYPES = java.util.EnumSet.of(EntityType.ArmedGroup, EntityType.Coalition,
            EntityType.ArmedForce);
    /** Types an opening "It" may stand for: bodies, never a person or a place. */
    private static final java.util.Set<EntityType> IT_TYPES = java.util.EnumSet.of(EntityType.ArmedGroup, EntityType.Coalition,
            EntityType.ArmedForce, EntityType.State, EntityType.IntergovernmentalOrganisation);
    /** The antecedent must open its sentence: it starts within this many characters of the sentence start. */
    static final int SUBJECT_REACH = 12;

    private final Pattern placeAnaphor;
    private final Pattern regionAnaphor;

    Coreference(Lexicons lex) {
        this.anaphor = words(lex, "GROUP_ANAPHOR");
        this.placeAnaphor = described(lex, "PLACE_ANAPHOR");
        this.regionAnaphor = described(lex, "REGION_ANAPHOR");
    }

    /** "the" and up to two words before one of the list's head nouns. */
    private static Pattern described(Lexicons lex, String list) {
        String heads = lex.get(list).stream().map(p -> String.join("\\s+", p)).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}])the\\s+(?:(?!of\\b|and\\b|in\\b|the\\b)[\\p{L}-]+\\s+){0,2}?(?:" + heads + ")(?![\\p{L}-])",
                Pattern.CASE_INSENSITIVE);
    }

    private static Pattern words(Lexicons lex, String list) {
        String alt = lex.get(list).stream().map(p -> String.join("\\s+", p)).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}])(" + alt + ")(?![\\p{L}-])", Pattern.CASE_INSENSITIVE);
    }

    /** Adds a mention for every description it can resolve. */
    void resolve(AnalysedArticle a, List<Mention> mentions, Map<String, Entity> entities) {
        List<Mention> added = new ArrayList<>();
        resolveDescriptions(a, mentions, entities, anaphor, e -> e.type() == EntityType.ArmedGroup || e.type() == EntityType.Coalition, false,
                added);
        resolveDescriptions(a, mentions, entities, placeAnaphor, e -> isPlace(e, false), true, added);
        resolveDescriptions(a, mentions, entities, regionAnaphor, e -> isPlace(e, true), true, added);
        resolveOpeningIt(a, mentions, entities, added);
        mentions.addAll(added);
        mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
    }

    /** Labels of places that are regions (provinces, governorates, countrysides), not towns. */
    private static final Pattern REGION_LABEL = Pattern.compile("(?i)\\b(province|governorate|countryside|region|rural)\\b");

    private static boolean isPlace(Entity e, boolean region) {
        return e.type() == EntityType.Location && REGION_LABEL.matcher(e.label()).find() == region;
    }

    /**
     * Each description the pattern finds refers to the last entity that fits, in the same
     * sentence before it or in the two sentences before; "the group Jaish al-Islam" (and, where
     * asked, "the town of Tabqa") names its own.
     */
    private static void resolveDescriptions(AnalysedArticle a, List<Mention> mentions, Map<String, Entity> entities, Pattern description,
                                            java.util.function.Predicate<Entity> fits, boolean ofNameIsOwn, List<Mention> added) {
        for (Sentence s : a.sentences()) {
            Matcher m = description.matcher(s.text());
            while (m.find()) {
                int start = s.start() + m.start();
                int end = s.start() + m.end();
                if (overlaps(start, end, mentions) || followedByName(s.text(), m.end()) || ofNameIsOwn && followedByOfName(s.text(), m.end())) {
                    continue;
                }
                Mention antecedent = null;
                for (Mention x : mentions) {
                    if (x.start() >= start || x.sentence() < s.index() - WINDOW) {
                        continue;
                    }
                    Entity e = entities.get(x.entityId());
                    if (e != null && fits.test(e)) {
                        antecedent = x;
                    }
                }
                if (antecedent != null) {
                    added.add(new Mention(antecedent.entityId(), s.text().substring(m.start(), m.end()), start, end, s.index(), CONFIDENCE,
                            "coreference"));
                }
            }
        }
    }

    /** "the town of Tabqa": the phrase goes on to a name of its own. */
    private static boolean followedByOfName(String text, int end) {
        String rest = text.substring(end).stripLeading();
        if (!rest.regionMatches(true, 0, "of ", 0, 3)) {
            return false;
        }
        String name = rest.substring(3).stripLeading();
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    private static void resolveOpeningIt(AnalysedArticle a, List<Mention> mentions, Map<String, Entity> entities, List<Mention> added) {
        resolveOpening(a, mentions, entities, "It", IT_TYPES, added);
        resolveOpening(a, mentions, entities, "They", THEY_TYPES, added);
    }

    /**
     * A sentence opening with the pronoun and a verb of action refers to the entity of one of
     * the types that opens the sentence before, across at most two sentences opening with it too.
     */
    private static void resolveOpening(AnalysedArticle a, List<Mention> mentions, Map<String, Entity> entities, String pronoun,
                                       java.util.Set<EntityType> types, List<Mention> added) {
        Pattern opening = Pattern.compile("^" + pronoun + "\\s+([a-z]+)\\b");
        List<Sentence> sentences = a.sentences();
        for (int i = 1; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Matcher m = opening.matcher(s.text());
            if (!m.find() || NOT_AFTER_IT.contains(m.group(1)) || NOT_AFTER_THEY.contains(m.group(1))) {
                continue;
            }
            // Back over at most two sentences that open with the pronoun too ("It is unwilling ... It continues ..."): the same subject.
            int j = i - 1;
            while (j > 0 && i - j <= 2 && sentences.get(j).text().startsWith(pronoun + " ")) {
                j--;
            }
            Sentence before = sentences.get(j);
            if (before.section() != s.section() || before.text().startsWith(pronoun + " ")) {
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
            if (e != null && types.contains(e.type())) {
                added.add(new Mention(first.entityId(), pronoun, s.start(), s.start() + pronoun.length(), s.index(), CONFIDENCE, "coreference"));
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
