package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.conflictkg.model.Entity;
import org.conflictkg.model.EntityType;
import org.conflictkg.model.Mention;
import org.conflictkg.model.Sentence;
import org.conflictkg.model.Token;

/**
 * Turns a sentence and its mentions into units: words and coordinated groups of entities.
 * Quotation marks are dropped; a location's head noun ("Idlib province") joins its mention;
 * an acronym in brackets after its own name ("Free Syrian Army (FSA)") joins it too.
 * Stateless apart from its word lists; thread-safe.
 */
final class UnitBuilder {
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "‘", "’", "'", "«", "»", "``", "''", "„", "‹", "›");
    private static final Set<String> LIST_SEPARATORS = Set.of(",", "and", "or", "&", "as well as", ";");

    private final Set<String> locationHeads;
    private final Set<String> demonymHeads;
    private final ThreadLocal<Map<String, String>> capitals = ThreadLocal.withInitial(Map::of);

    UnitBuilder(Lexicons lex) {
        this.locationHeads = lex.words1("LOCATION_HEAD");
        Set<String> heads = new java.util.HashSet<>(lex.words1("DEMONYM_HEAD"));
        for (String list : new String[] {"ROLE", "SUPPORT", "ALLY_NOUN"}) {
            lex.get(list).forEach(p -> heads.add(p.get(0)));
        }
        this.demonymHeads = Set.copyOf(heads);
    }

    /** The units of a sentence, and the possessive compounds ("the FSA's 2nd Army": owner, owned) folded into them. */
    record Units(List<Unit> units, List<List<Mention>> possessives) {
    }

    Units build(Sentence s, List<Mention> mentions, Map<String, Entity> entities) {
        return build(s, mentions, entities, Map.of());
    }

    /**
     * As above; {@code capitals} maps a capital city's id to its state's, so that a capital listed
     * with actors ("Damascus, Tehran and Hezbollah welcomed") is read as its government.
     */
    Units build(Sentence s, List<Mention> mentions, Map<String, Entity> entities, Map<String, String> capitals) {
        this.capitals.set(capitals);
        List<Unit> flat = flatten(s, mentions);
        flat = demonyms(flat);
        flat = basedIn(flat);
        flat = absorb(flat, entities);
        List<List<Mention>> possessives = new ArrayList<>();
        flat = possessives(flat, entities, possessives);
        return new Units(group(flat, entities), possessives);
    }

    /**
     * A state's adjective is the state as an actor only before a government, force, role or
     * backing word ("Syrian government", "Turkish-backed", "Iranian and Lebanese allies");
     * elsewhere ("Syrian tribesmen", "the Syrian capital") it is a plain word.
     */
    private List<Unit> demonyms(List<Unit> in) {
        Unit[] out = in.toArray(new Unit[0]);
        boolean nextKept = false;
        for (int i = out.length - 1; i >= 0; i--) {
            Unit u = out[i];
            if (!u.isEntity() || !"demonym".equals(u.mentions().get(0).method())) {
                // A list separator passes on whether the list goes on with a kept adjective ("Iranian and Lebanese allies").
                boolean separator = ",".equals(u.word()) || "and".equals(u.word());
                nextKept = separator ? nextKept : u.isEntity();
                continue;
            }
            Unit next = i + 1 < out.length ? out[i + 1] : null;
            boolean withHead = u.mentions().get(0).surface().indexOf(' ') > 0;
            boolean keep = withHead || next != null && (next.isEntity() || demonymHeads.contains(next.word())
                    || ((",".equals(next.word()) || "and".equals(next.word())) && nextKept && i + 2 < out.length));
            if (!keep) {
                Mention m = u.mentions().get(0);
                out[i] = Unit.word(m.surface().toLowerCase(java.util.Locale.ROOT), m.start(), m.end());
            }
            nextKept = keep;
        }
        return java.util.Arrays.asList(out);
    }

    /**
     * A name before "-based" says where something is based, not who acts ("the UK-based
     * Observatory", "a London based group"): it becomes a word.
     */
    private static List<Unit> basedIn(List<Unit> in) {
        List<Unit> out = new ArrayList<>(in);
        for (int i = 0; i + 1 < out.size(); i++) {
            Unit u = out.get(i);
            if (!u.isEntity()) {
                continue;
            }
            String next = out.get(i + 1).word();
            boolean based = "based".equals(next) || "-based".equals(next)
                    || ("-".equals(next) && i + 2 < out.size() && "based".equals(out.get(i + 2).word()));
            if (based) {
                out.set(i, Unit.word(u.mentions().stream().map(Mention::surface).collect(java.util.stream.Collectors.joining(" "))
                        .toLowerCase(java.util.Locale.ROOT), u.start(), u.end()));
            }
        }
        return out;
    }

    /** "X's Y" with two armed actors becomes Y, and the pair is reported: Y is a part of X. */
    private static List<Unit> possessives(List<Unit> in, Map<String, Entity> entities, List<List<Mention>> pairs) {
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Unit u = in.get(i);
            if (u.isEntity() && i + 2 < in.size() && "'s".equals(in.get(i + 1).word()) && in.get(i + 2).isEntity()) {
                Mention owner = u.mentions().get(0);
                Mention owned = in.get(i + 2).mentions().get(0);
                EntityType to = type(owner, entities);
                EntityType tp = type(owned, entities);
                if (to != null && tp != null && to.isBelligerent() && to != EntityType.State
                        && (tp == EntityType.ArmedGroup || tp == EntityType.ArmedForce)) {
                    pairs.add(List.of(owner, owned));
                    out.add(in.get(i + 2));
                    i += 2;
                    continue;
                }
            }
            out.add(u);
        }
        return out;
    }

    private List<Unit> flatten(Sentence s, List<Mention> mentions) {
        List<Unit> out = new ArrayList<>();
        int mi = 0;
        for (Token t : s.tokens()) {
            int pos = t.start();
            while (pos < t.end()) {
                while (mi < mentions.size() && mentions.get(mi).end() <= pos) {
                    mi++;
                }
                if (mi < mentions.size() && mentions.get(mi).start() < t.end()) {
                    Mention m = mentions.get(mi);
                    if (m.start() > pos) {
                        addWord(out, t.text().substring(pos - t.start(), m.start() - t.start()), pos, m.start());
                    }
                    if (out.isEmpty() || !out.get(out.size() - 1).isEntity() || out.get(out.size() - 1).mentions().get(0) != m) {
                        out.add(Unit.entities(List.of(m)));
                    }
                    pos = Math.min(t.end(), m.end());
                    if (m.end() <= t.end()) {
                        mi++;
                    }
                } else {
                    String rest = t.text().substring(pos - t.start());
                    // The closing period of an abbreviation ("U.S.") is part of the name, not a sentence end.
                    boolean abbreviationDot = rest.equals(".") && pos > t.start() && t.text().indexOf('.') < t.text().length() - 1;
                    if (!abbreviationDot) {
                        addWord(out, rest, pos, t.end());
                    }
                    pos = t.end();
                }
            }
        }
        return out;
    }

    private static void addWord(List<Unit> out, String raw, int start, int end) {
        String w = raw.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
        if (QUOTES.contains(raw) || QUOTES.contains(w)) {
            return;
        }
        if (w.length() > 1) {
            boolean attached = w.startsWith("-") || w.startsWith("‑");
            w = w.replaceAll("^[-‑–]+|[-‑–]+$", "");
            if (attached && !w.isEmpty()) {
                // "US-backed": the hyphen is kept as its own unit, so compound modifiers can be told from verbs.
                out.add(Unit.word("-", start, start + 1));
                start++;
            }
        }
        if (w.isEmpty()) {
            return;
        }
        out.add(Unit.word(w, start, end));
    }

    /**
     * Location head nouns and bracketed acronyms of the same entity join the entity's unit;
     * an article "the" right before an entity is dropped, so rules need not spell it.
     */
    private List<Unit> absorb(List<Unit> in, Map<String, Entity> entities) {
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Unit u = in.get(i);
            if ("the".equals(u.word()) && i + 1 < in.size() && in.get(i + 1).isEntity()) {
                continue;
            }
            if (u.isEntity() && i + 2 < in.size() && "(".equals(in.get(i + 1).word()) && in.get(i + 2).isEntity()
                    && in.get(i + 2).mentions().get(0).entityId().equals(u.mentions().get(0).entityId())) {
                out.add(u);
                i += 2;
                if (i + 1 < in.size() && ")".equals(in.get(i + 1).word())) {
                    i++;
                }
                continue;
            }
            if (u.isEntity() && i + 1 < in.size() && !in.get(i + 1).isEntity()
                    && locationHeads.contains(in.get(i + 1).word())
                    && type(u.mentions().get(0), entities) == EntityType.Location) {
                out.add(u);
                i++;
                continue;
            }
            out.add(u);
        }
        return out;
    }

    private static final Set<String> LIST_LOCATIVES = Set.of("near", "in", "around", "at", "outside", "inside");

    /** "A, B and C" becomes one unit when the members are of compatible kinds; "A, B" alone is apposition, not a list. */
    private List<Unit> group(List<Unit> in, Map<String, Entity> entities) {
        List<Unit> out = new ArrayList<>();
        int i = 0;
        while (i < in.size()) {
            Unit u = in.get(i);
            if (!u.isEntity()) {
                out.add(u);
                i++;
                continue;
            }
            List<Mention> members = new ArrayList<>(u.mentions());
            int j = i;
            boolean sawConjunction = false;
            int lastMember = i;
            while (true) {
                int k = j + 1;
                boolean conj = false;
                boolean sep = false;
                while (k < in.size() && !in.get(k).isEntity() && isSeparator(in, k)) {
                    String w = in.get(k).word();
                    conj |= !w.equals(",") && !w.equals(";");
                    sep = true;
                    k += w.equals("as") ? 3 : 1;
                    if (k < in.size() && "the".equals(in.get(k).word())) {
                        k++;
                    }
                }
                // "in Tell Salmo, Atshan and near the Abu al-Duhur Airbase": a place list goes on past a locative word
                if (conj && k + 1 < in.size() && !in.get(k).isEntity() && LIST_LOCATIVES.contains(in.get(k).word())
                        && type(members.get(0), entities) == EntityType.Location) {
                    k += "the".equals(in.get(k + 1).word()) ? 2 : 1;
                }
                if (!sep || k >= in.size() || !in.get(k).isEntity()) {
                    break;
                }
                Mention next = in.get(k).mentions().get(0);
                if (!compatible(members.get(0), next, entities)) {
                    Mention asState = metonym(next, members.get(0), entities);
                    if (asState != null) {
                        next = asState;
                    } else if (!readCapitalsAsStates(members, next, entities)) {
                        break;
                    }
                }
                members.add(next);
                members.addAll(in.get(k).mentions().subList(1, in.get(k).mentions().size()));
                sawConjunction |= conj;
                lastMember = k;
                j = k;
                if (conj) {
                    break;
                }
            }
            if (members.size() > 1 && (sawConjunction || members.size() >= 3)) {
                out.add(Unit.entities(members));
                i = lastMember + 1;
            } else {
                out.add(u);
                i++;
            }
        }
        return out;
    }

    /** When an actor joins a list of places, the capitals in it stand for their states; false when that does not make the list one of actors. */
    private boolean readCapitalsAsStates(List<Mention> members, Mention actor, Map<String, Entity> entities) {
        List<Mention> converted = new ArrayList<>();
        for (Mention m : members) {
            Mention s = metonym(m, actor, entities);
            EntityType t = s != null ? EntityType.State : type(m, entities);
            if (t == null || !t.isActor()) {
                return false;
            }
            converted.add(s != null ? s : m);
        }
        for (int i = 0; i < members.size(); i++) {
            members.set(i, converted.get(i));
        }
        return true;
    }

    /** A capital listed with an actor stands for its state; null when it is not a capital or the other is not an actor. */
    private Mention metonym(Mention capital, Mention other, Map<String, Entity> entities) {
        String state = capitals.get().get(capital.entityId());
        EntityType t = type(other, entities);
        if (state == null || t == null || !t.isActor() || !entities.containsKey(state)) {
            return null;
        }
        return new Mention(state, capital.surface(), capital.start(), capital.end(), capital.sentence(), capital.confidence(), "metonym");
    }

    private static boolean isSeparator(List<Unit> in, int k) {
        String w = in.get(k).word();
        if (w.equals("as")) {
            return k + 2 < in.size() && "well".equals(in.get(k + 1).word()) && "as".equals(in.get(k + 2).word());
        }
        return LIST_SEPARATORS.contains(w);
    }

    private static EntityType type(Mention m, Map<String, Entity> entities) {
        Entity e = entities.get(m.entityId());
        return e == null ? null : e.type();
    }

    private static boolean compatible(Mention a, Mention b, Map<String, Entity> entities) {
        EntityType ta = type(a, entities);
        EntityType tb = type(b, entities);
        if (ta == null || tb == null) {
            return false;
        }
        if (ta.isActor() && tb.isActor()) {
            return true;
        }
        boolean pa = ta == EntityType.Location || ta == EntityType.State;
        boolean pb = tb == EntityType.Location || tb == EntityType.State;
        return (pa && pb) || ta == tb;
    }
}
