package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.model.AnalysedArticle;
import org.conflictkg.model.Entity;
import org.conflictkg.model.EntityType;
import org.conflictkg.model.KbEntity;
import org.conflictkg.model.Mention;
import org.conflictkg.model.Sentence;

/**
 * Finds the mentions of entities in an article: knowledge-base names (exact, normalised,
 * phonetic), acronyms the article defines ("Free Syrian Army (FSA)"), and names the knowledge
 * base lacks (armed groups by their head words, places by "the village of X").
 * Every mention resolves to one entity; ambiguous names are settled by context.
 * Thread-safe: holds only immutable data.
 */
final class EntityRecogniser {
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*(?:['’]s)?\\s*\\(\\s*([A-Z][A-Z0-9-]{1,7})\\s*\\)");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "for", "the", "in", "to", "on", "al", "el");

    /** Mentions and the entities they name. */
    record Found(List<Mention> mentions, Map<String, Entity> entities) {
    }

    private final Gazetteer gazetteer;
    private final Set<String> headFirst;
    private final Set<String> headLast;
    private final List<List<String>> placeBefore;
    private final Set<String> locationBefore;
    private final Set<String> locationHeads;
    private final Set<String> forceHeads;

    EntityRecogniser(Gazetteer gazetteer, Lexicons lex) {
        this.gazetteer = gazetteer;
        this.headFirst = lex.words1("GROUP_HEAD_FIRST");
        this.headLast = lex.words1("GROUP_HEAD_LAST");
        this.placeBefore = lex.get("PLACE_BEFORE");
        this.locationBefore = lex.words1("LOCATION_BEFORE");
        this.locationHeads = lex.words1("LOCATION_HEAD");
        this.forceHeads = lex.words1("FORCE_HEAD");
    }

    Found find(AnalysedArticle article) {
        String text = article.article().text();
        List<Mention> mentions = new ArrayList<>();
        Map<String, Entity> entities = new HashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        for (Sentence s : article.sentences()) {
            List<NameToken> tokens = NameKeys.tokens(s.text(), s.start());
            List<Integer> content = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.get(i).connector()) {
                    content.add(i);
                }
            }
            List<Mention> found = new ArrayList<>();
            int ci = 0;
            while (ci < content.size()) {
                NameToken first = tokens.get(content.get(ci));
                String defined = first.allCaps() ? acronyms.get(first.text()) : null;
                if (defined != null) {
                    found.add(mention(defined, text, first.start(), first.end(), s.index(), 0.9, "acronym"));
                    ci++;
                    continue;
                }
                Optional<Gazetteer.Hit> hit = gazetteer.match(tokens, content, ci);
                if (hit.isEmpty()) {
                    ci++;
                    continue;
                }
                Gazetteer.Hit h = hit.get();
                int firstTok = content.get(ci);
                int lastTok = content.get(ci + h.tokens() - 1);
                int start = extendOverArticle(tokens, firstTok, text);
                int end = tokens.get(lastTok).end();
                String id = choose(h.entries(), tokens, firstTok, lastTok, listedAfterPlace(found, text, start));
                String method = h.entries().size() > 1 ? "ambiguous"
                        : h.entries().get(0).kind() == Gazetteer.Kind.DEMONYM ? "demonym" : h.method();
                int used = h.tokens();
                if ("demonym".equals(method) && ci + used < content.size() && forceHeads.contains(tokens.get(content.get(ci + used)).norm())) {
                    // "Turkish army", "Iranian forces": the state's forces with no name of their own are the state acting
                    end = tokens.get(content.get(ci + used)).end();
                    used++;
                }
                Mention m = mention(id, text, start, end, s.index(), h.score(), method);
                found.add(m);
                defineAcronym(m, text, acronyms);
                ci += used;
            }
            found.addAll(discover(tokens, content, found, text, s.index()));
            found.sort(Comparator.comparingInt(Mention::start));
            mentions.addAll(found);
        }
        for (Mention m : mentions) {
            entities.computeIfAbsent(m.entityId(), id -> entityOf(id, m));
        }
        return new Found(mentions, entities);
    }

    private Mention mention(String id, String text, int start, int end, int sentence, double conf, String method) {
        if (end < text.length() && text.charAt(end) == '.' && DOTTED.matcher(text.substring(start, end)).matches()) {
            end++; // "U.S.", "U.N.": the last initial's full stop belongs to the name
        }
        return new Mention(id, text.substring(start, end), start, end, sentence, conf, method);
    }

    /** A mention starts at an Arabic article written before the name ("al-Qaeda", "Al Qaeda"). */
    private static int extendOverArticle(List<NameToken> tokens, int firstTok, String text) {
        if (firstTok > 0) {
            NameToken prev = tokens.get(firstTok - 1);
            String n = prev.norm();
            if ((n.equals("al") || n.equals("el")) && tokens.get(firstTok).start() - prev.end() <= 1) {
                return prev.start();
            }
        }
        return tokens.get(firstTok).start();
    }

    /** Several entities share the name: a place after a locative word or before a place noun, else an actor. */
    private boolean listedAfterPlace(List<Mention> found, String text, int start) {
        if (found.isEmpty()) {
            return false;
        }
        Mention prev = found.get(found.size() - 1);
        return type(prev.entityId()) == EntityType.Location && text.substring(prev.end(), start).matches("\\s*,\\s*");
    }

    private String choose(List<Gazetteer.Entry> entries, List<NameToken> tokens, int firstTok, int lastTok, boolean inPlaceList) {
        if (entries.size() == 1) {
            return entries.get(0).entityId();
        }
        boolean locative = inPlaceList || (firstTok > 0 && locationBefore.contains(tokens.get(firstTok - 1).norm()))
                || (lastTok + 1 < tokens.size() && locationHeads.contains(tokens.get(lastTok + 1).norm()));
        EntityType want = locative ? EntityType.Location : null;
        for (Gazetteer.Entry e : entries) {
            EntityType t = type(e.entityId());
            if (want != null ? t == want : t != EntityType.Location) {
                return e.entityId();
            }
        }
        return entries.get(0).entityId();
    }

    private EntityType type(String id) {
        return gazetteer.kb().get(id).map(KbEntity::type).orElse(null);
    }

    /** "Free Syrian Army (FSA)": the acronym names the entity for the rest of the article when its letters fit the name. */
    private void defineAcronym(Mention m, String text, Map<String, String> acronyms) {
        Matcher am = ACRONYM_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
        if (!am.find()) {
            return;
        }
        String acr = am.group(1);
        KbEntity e = gazetteer.kb().get(m.entityId()).orElse(null);
        boolean known = e != null && e.aliases().contains(acr);
        if (known || sameLetters(acr, initials(m.surface()))) {
            acronyms.putIfAbsent(acr, m.entityId());
        }
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                sb.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return sb.toString();
    }

    /** The same letters in any order: tolerates the transposition typos news sites print ("SFA" for FSA). */
    private static boolean sameLetters(String a, String b) {
        char[] x = a.replaceAll("[^A-Z]", "").toCharArray();
        char[] y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return x.length >= 2 && java.util.Arrays.equals(x, y);
    }

    /** Names the knowledge base lacks: capitalised runs with an armed-group head word, or after "the village of". */
    private List<Mention> discover(List<NameToken> tokens, List<Integer> content, List<Mention> known, String text, int sentence) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised() || covered(tokens.get(i), known)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size()
                    && (tokens.get(j + 1).capitalised() || (tokens.get(j + 1).connector() && j + 2 < tokens.size() && tokens.get(j + 2).capitalised()))
                    && !covered(tokens.get(j + 1), known)
                    && tokens.get(j + 1).start() - tokens.get(j).end() <= 2) {
                j++;
            }
            List<NameToken> run = tokens.subList(i, j + 1);
            long words = run.stream().filter(t -> !t.connector()).count();
            EntityType type = null;
            if (words >= 2 && words <= 6 && (headFirst.contains(run.get(0).norm()) || headLast.contains(run.get(run.size() - 1).norm()))) {
                type = EntityType.ArmedGroup;
            } else if (words >= 1 && words <= 4 && afterPlaceWords(tokens, i)) {
                type = EntityType.Location;
            }
            if (type != null) {
                int start = extendOverArticle(tokens, i, text);
                String surface = text.substring(start, run.get(run.size() - 1).end());
                String id = "new-" + (type == EntityType.Location ? "place-" : "group-") + Slugs.slug(surface);
                out.add(new Mention(id, surface, start, run.get(run.size() - 1).end(), sentence, 0.6, "discovered"));
            }
            i = j + 1;
        }
        return out;
    }

    private boolean afterPlaceWords(List<NameToken> tokens, int i) {
        for (List<String> phrase : placeBefore) {
            int n = phrase.size();
            if (i - n < 0) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n; k++) {
                if (!tokens.get(i - n + k).norm().equals(phrase.get(k))) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(NameToken t, List<Mention> known) {
        return Mention.anyOverlaps(t.start(), t.end(), known);
    }

    private Entity entityOf(String id, Mention m) {
        Optional<KbEntity> e = gazetteer.kb().get(id);
        if (e.isPresent()) {
            return new Entity(id, e.get().label(), e.get().type(), false);
        }
        EntityType t = id.startsWith("new-group-") ? EntityType.ArmedGroup : EntityType.Location;
        return new Entity(id, m.surface(), t, true);
    }
}
