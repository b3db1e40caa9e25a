package org.conflictkg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.model.AnalysedArticle;
import org.conflictkg.model.Entity;
import org.conflictkg.model.KbEntity;
import org.conflictkg.model.KnowledgeBase;
import org.conflictkg.model.Mention;

/**
 * Capitals read as their states' governments: before a government word ("the Damascus
 * government", "Ankara authorities") and, as the sentence's units decide, listed with actors
 * ("Damascus, Tehran and Hezbollah all welcomed"). A capital no longer named as a place leaves
 * the article's entities. Thread-safe: holds only immutable data.
 */
final class Capitals {
    /** The word after a name, past an apostrophe of possession. */
    private static final Pattern NEXT_WORD = Pattern.compile("(?:['’]s?)?\\s+(\\p{L}+)");

    private final KnowledgeBase kb;
    private final Map<String, String> toStates;
    private final Set<String> heads;

    Capitals(KnowledgeBase kb, Lexicons lex) {
        this.kb = kb;
        this.heads = lex.words1("CAPITAL_HEAD");
        Map<String, String> caps = new HashMap<>();
        for (KbEntity e : kb.entities()) {
            e.linked("capitalOf").forEach(state -> caps.put(e.id(), state));
        }
        this.toStates = Map.copyOf(caps);
    }

    /** A capital's id to its state's. */
    Map<String, String> toStates() {
        return toStates;
    }

    /** A capital before a government word names its state: the mention becomes the state's. */
    void governments(AnalysedArticle a, List<Mention> mentions, Map<String, Entity> entities) {
        String text = a.article().text();
        boolean changed = false;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String state = toStates.get(m.entityId());
            if (state == null || kb.get(state).isEmpty()) {
                continue;
            }
            Matcher next = NEXT_WORD.matcher(text).region(m.end(), text.length());
            if (next.lookingAt() && heads.contains(next.group(1).toLowerCase(Locale.ROOT))) {
                KbEntity k = kb.get(state).get();
                entities.putIfAbsent(state, new Entity(state, k.label(), k.type(), false));
                mentions.set(i, new Mention(state, m.surface(), m.start(), m.end(), m.sentence(), m.confidence(), "metonym"));
                changed = true;
            }
        }
        if (changed) {
            dropUnnamed(mentions, entities);
        }
    }

    /** The state of every capital named is among the article's entities, for the units to read the capital as. */
    void addStates(List<Mention> mentions, Map<String, Entity> entities) {
        for (Mention m : mentions) {
            String state = toStates.get(m.entityId());
            if (state != null) {
                kb.get(state).ifPresent(k -> entities.putIfAbsent(state, new Entity(state, k.label(), k.type(), false)));
            }
        }
    }

    /** A capital every mention of which was read as its state leaves the article's entities. */
    void dropUnnamed(List<Mention> mentions, Map<String, Entity> entities) {
        Set<String> named = new HashSet<>();
        mentions.forEach(m -> named.add(m.entityId()));
        entities.keySet().removeIf(id -> toStates.containsKey(id) && !named.contains(id));
    }

    /**
     * The capitals a sentence's units read as their states (a list with actors): the article's
     * mentions say so too. True when one changed.
     */
    static boolean adoptMetonyms(List<Unit> units, List<Mention> mentions) {
        boolean changed = false;
        for (Unit x : units) {
            for (Mention m : x.mentions()) {
                if (!"metonym".equals(m.method())) {
                    continue;
                }
                for (int i = 0; i < mentions.size(); i++) {
                    Mention old = mentions.get(i);
                    if (old.start() == m.start() && old.end() == m.end() && !old.entityId().equals(m.entityId())) {
                        mentions.set(i, m);
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }
}
