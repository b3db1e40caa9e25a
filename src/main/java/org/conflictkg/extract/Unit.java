package org.conflictkg.extract;

import java.util.List;

import org.conflictkg.model.Mention;

/**
 * One element of a sentence as the relation rules see it: a word (lower case) or a group of
 * one or more coordinated entity mentions ("Jordan, Russia and the U.S.").
 *
 * @param word     the word, lower case, for word units; null for entity units
 * @param mentions the mentions, for entity units; empty for words
 * @param start    offset of the first character in the article text
 * @param end      end offset
 */
record Unit(String word, List<Mention> mentions, int start, int end) {
    Unit {
        mentions = List.copyOf(mentions);
    }

    static Unit word(String w, int start, int end) {
        return new Unit(w, List.of(), start, end);
    }

    static Unit entities(List<Mention> ms) {
        return new Unit(null, ms, ms.get(0).start(), ms.get(ms.size() - 1).end());
    }

    boolean isEntity() {
        return word == null;
    }
}
