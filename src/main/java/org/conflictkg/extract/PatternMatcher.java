package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictkg.model.Entity;
import org.conflictkg.model.Mention;

/**
 * Matches a rule's pattern against a sentence's units by backtracking, lazily (gaps as short
 * as possible), from every start position. Stateless; thread-safe.
 */
final class PatternMatcher {
    /** A match: the mentions bound to each slot, the units it spans and the units its words matched. */
    record Match(Map<String, List<Mention>> slots, int from, int to, BitSet literal) {
    }

    /** Words after which an entity is a prepositional object, never a grammatical subject. */
    static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("under", "by", "with", "from", "for", "against",
            "to", "on", "in", "near", "into", "between", "among", "without", "than");

    /** Nouns whose "of X" names a whole the acting part belongs to ("branch of", "wing of"). */
    static final java.util.Set<String> PART_HEADS = java.util.Set.of("branch", "affiliate", "wing", "arm", "offshoot", "franchise",
            "faction", "ally", "allies", "partner", "partners", "proxy", "proxies");

    /**
     * Participles that make a name before them a backer, not the actor ("Saudi-funded", "Turkish
     * backed", "Nusra-linked"); "US-led" is not among them: who leads an attack takes part in it.
     */
    static final java.util.Set<String> MODIFIER_PARTICIPLES = java.util.Set.of("backed", "funded", "sponsored", "supported", "financed",
            "armed", "trained", "equipped", "allied", "affiliated", "linked", "aligned");

    /** "the Syrian branch of al-Qaeda mounted an attack": the entity at unit {@code u} is the whole a part belongs to; the part acts. */
    static boolean wholeOfPart(List<Unit> units, int u) {
        return u > 1 && "of".equals(units.get(u - 1).word()) && units.get(u - 2).word() != null
                && PART_HEADS.contains(units.get(u - 2).word());
    }

    /** "a Saudi-funded group shelled Damascus": the entity at unit {@code u} is a compound modifier, a participle of backing after it. */
    static boolean modifies(List<Unit> units, int u) {
        int k = u + 1;
        if (k < units.size() && "-".equals(units.get(k).word())) {
            k++;
        }
        return k < units.size() && units.get(k).word() != null && MODIFIER_PARTICIPLES.contains(units.get(k).word());
    }

    /**
     * "Hayat Tahrir al-Sham, formerly known as Jabhat Fateh al-Sham, controls": the entity at unit
     * {@code u} is another name given in apposition ("formerly known as X", "previously X", "also known as X").
     */
    static boolean formerName(List<Unit> units, int u) {
        String prev = u > 0 ? units.get(u - 1).word() : null;
        String known = u > 1 ? units.get(u - 2).word() : null;
        String when = u > 2 ? units.get(u - 3).word() : null;
        return (prev != null && FORMERLY.contains(prev))
                || ("as".equals(prev) && "known".equals(known) && when != null && FORMERLY.contains(when));
    }

    private static final java.util.Set<String> FORMERLY = java.util.Set.of("formerly", "previously", "once", "also");

    /** No gap skips a sentence end. */
    static final java.util.Set<String> SENTENCE_BREAKS = java.util.Set.of(".", ";");
    /** Short gaps do not skip a passive agent ("by") or a reporting verb ("said"); the long ones, marked *, may. */
    static final java.util.Set<String> CLAUSE_BREAKS = java.util.Set.of("by", "in", "into", "at", "near", "across", "inside", "over", "throughout", "on");

    private PatternMatcher() {
    }

    /** The words of a sentence's units, for {@link #find}. */
    static Set<String> words(List<Unit> units) {
        Set<String> out = new HashSet<>();
        for (Unit x : units) {
            if (!x.isEntity()) {
                out.add(x.word());
            }
        }
        return out;
    }

    /** The matches of a rule in a sentence's units, given their {@link #words}: a rule whose required words are absent is not tried. */
    static List<Match> find(RelationRule rule, List<Unit> units, Set<String> words, Map<String, Entity> entities) {
        if (!mayMatch(rule, words)) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        for (int start = 0; start < units.size(); start++) {
            Map<String, List<Mention>> slots = new HashMap<>();
            BitSet literal = new BitSet();
            int end = match(rule.pattern(), 0, units, start, slots, literal, entities);
            if (end >= 0) {
                // Of two matches that end together, the later start binds the nearer subject.
                out.removeIf(prev -> prev.to() == end);
                out.add(new Match(Map.copyOf(slots), start, end, literal));
            }
        }
        return out;
    }

    /** Every word element that is not optional needs the first word of one of its phrases somewhere in the sentence. */
    private static boolean mayMatch(RelationRule rule, Set<String> words) {
        for (PatternElement el : rule.pattern()) {
            if (el instanceof PatternElement.Words w && !w.optional()
                    && w.phrases().stream().noneMatch(p -> words.contains(p.get(0)))) {
                return false;
            }
        }
        return true;
    }

    /** The end unit index of a match of elements[e..] from unit u, or -1; fills the slots and literal units. */
    private static int match(List<PatternElement> elements, int e, List<Unit> units, int u,
                             Map<String, List<Mention>> slots, BitSet literal, Map<String, Entity> entities) {
        if (e == elements.size()) {
            return u;
        }
        PatternElement el = elements.get(e);
        if (el instanceof PatternElement.Slot slot) {
            if (u >= units.size() || !units.get(u).isEntity()) {
                return -1;
            }
            if (slot.subject() && u > 0 && units.get(u - 1).word() != null && PREPOSITIONS.contains(units.get(u - 1).word())) {
                return -1;
            }
            if (slot.subject() && (wholeOfPart(units, u) || formerName(units, u) || modifies(units, u))) {
                return -1;
            }
            List<Mention> ms = new ArrayList<>();
            for (Mention m : units.get(u).mentions()) {
                Entity ent = entities.get(m.entityId());
                if (ent != null && slot.types().contains(ent.type())) {
                    ms.add(m);
                }
            }
            if (ms.isEmpty() || (slot.single() && units.get(u).mentions().size() > 1)) {
                return -1;
            }
            if (slot.first() && ms.get(0) != units.get(u).mentions().get(0)) {
                return -1;
            }
            if (slot.first()) {
                ms = List.of(ms.get(0));
            }
            List<Mention> group = units.get(u).mentions();
            if (slot.last() && ms.get(ms.size() - 1) != group.get(group.size() - 1)) {
                return -1;
            }
            if (slot.last()) {
                ms = List.of(ms.get(ms.size() - 1));
            }
            slots.put(slot.name(), ms);
            int r = match(elements, e + 1, units, u + 1, slots, literal, entities);
            if (r < 0) {
                slots.remove(slot.name());
            }
            return r;
        }
        if (el instanceof PatternElement.Words words) {
            for (List<String> phrase : words.phrases()) {
                if (phraseAt(units, u, phrase)) {
                    int r = match(elements, e + 1, units, u + phrase.size(), slots, literal, entities);
                    if (r >= 0) {
                        literal.set(u, u + phrase.size());
                        return r;
                    }
                }
            }
            return words.optional() ? match(elements, e + 1, units, u, slots, literal, entities) : -1;
        }
        PatternElement.Gap gap = (PatternElement.Gap) el;
        for (int k = 0; k <= gap.max() && u + k <= units.size(); k++) {
            if (k > 0) {
                Unit skipped = units.get(u + k - 1);
                if (skipped.isEntity() && !gap.overEntities()) {
                    return -1;
                }
                if (skipped.word() != null && (SENTENCE_BREAKS.contains(skipped.word())
                        || (!gap.overEntities() && CLAUSE_BREAKS.contains(skipped.word())))) {
                    return -1;
                }
            }
            int r = match(elements, e + 1, units, u + k, slots, literal, entities);
            if (r >= 0) {
                return r;
            }
        }
        return -1;
    }

    static boolean phraseAt(List<Unit> units, int u, List<String> phrase) {
        if (u + phrase.size() > units.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            Unit x = units.get(u + k);
            if (x.isEntity() || !x.word().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
