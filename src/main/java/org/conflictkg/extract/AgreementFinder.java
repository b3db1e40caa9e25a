package org.conflictkg.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.conflictkg.model.AnalysedArticle;
import org.conflictkg.model.Entity;
import org.conflictkg.model.EntityType;
import org.conflictkg.model.KbEntity;
import org.conflictkg.model.KnowledgeBase;
import org.conflictkg.model.Mention;
import org.conflictkg.model.Sentence;

/**
 * Finds agreements named by common nouns ("the ceasefire", "a new nationwide ceasefire
 * agreement", "the de-escalation zones") and resolves each to the knowledge base's agreement
 * when dates, areas, parties and name agree, or else to an agreement minted for the article.
 * Generic mentions ("previous ceasefires", "any truce") name no agreement. Thread-safe.
 */
final class AgreementFinder {
    /** The score from which a knowledge-base agreement is taken. */
    static final int ACCEPT = 3;
    /** The score from which a knowledge-base agreement wins over the one the article was talking about. */
    static final int STRONG = 4;

    private static final Pattern ONE_AFTER_AGREEMENT = Pattern.compile(
            "(?i)(?<![\\p{L}])the\\s+(?:most\\s+)?(?:recent|latest|last|new|newest|current)\\s+(one)(?![\\p{L}])");
    private static final int RECENTLY_ENDED_DAYS = 30;
    private static final int LONG_ENDED_DAYS = 60;
    private static final Set<String> PLAN_TAILS = Set.of("plan", "proposal");

    private final KnowledgeBase kb;
    private final Pattern strong;
    private final Pattern weak;
    private final Pattern strongOrPlural;
    private final Set<String> tails;
    private final Set<String> proposed;
    private final Set<String> generic;
    private final Set<String> modifiers;
    private final Set<String> pluralTails;

    AgreementFinder(KnowledgeBase kb, Lexicons lex) {
        this.kb = kb;
        this.strong = alternation(lex.get("AGREEMENT_HEAD"), "");
        this.strongOrPlural = alternation(lex.get("AGREEMENT_HEAD"), "s?");
        this.weak = alternation(lex.get("AGREEMENT_WEAK"), "");
        this.tails = lex.words1("AGREEMENT_TAIL");
        this.proposed = lex.words1("AGREEMENT_PROPOSED");
        this.generic = lex.words1("AGREEMENT_GENERIC");
        this.modifiers = new HashSet<>(lex.words1("AGREEMENT_MODIFIER"));
        this.modifiers.addAll(proposed);
        this.pluralTails = lex.words1("AGREEMENT_PLURAL_TAIL");
    }

    /** Any of the phrases as whole words, hyphens optional; {@code suffix} a regex allowed after the last word ("s?" for plurals). */
    private static Pattern alternation(List<List<String>> phrases, String suffix) {
        String alt = phrases.stream()
                .map(p -> p.stream().map(w -> Pattern.quote(w).replace("-", "\\E[- ]?\\Q")).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}-])(" + alt + ")" + suffix + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Adds agreement mentions to {@code mentions} and their entities to {@code entities}. */
    void find(AnalysedArticle a, List<Mention> mentions, Map<String, Entity> entities) {
        String articleId = a.article().id();
        LocalDate published = a.article().published();
        String salient = null;
        boolean anyStrong = false;
        List<Mention> added = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        // The body first: a headline's "ceasefire" is the one its body is about.
        List<Sentence> order = new ArrayList<>();
        a.sentences().stream().filter(x -> x.section() == org.conflictkg.model.Section.BODY).forEach(order::add);
        List<Sentence> headline = a.sentences().stream().filter(x -> x.section() != org.conflictkg.model.Section.BODY).toList();
        boolean inHeadline = false;
        order.addAll(headline);
        for (Sentence s : order) {
            if (!inHeadline && s.section() != org.conflictkg.model.Section.BODY) {
                inHeadline = true;
                salient = dominant(added);
            }
            List<Mention> inSentence = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            for (Mention m : inSentence) {
                if (entities.get(m.entityId()) != null && entities.get(m.entityId()).type() == EntityType.Agreement) {
                    salient = m.entityId();
                    anyStrong = true;
                }
            }
            List<int[]> spans = new ArrayList<>();
            collect(strong.matcher(s.text()), spans, false);
            if (anyStrong || strong.matcher(s.text()).find()) {
                collect(weak.matcher(s.text()), spans, true);
            }
            Matcher first = strongOrPlural.matcher(s.text());
            if (first.find()) {
                // "such ceasefires, including the recent one in Aleppo": "one" after an agreement noun stands for one
                Matcher one = ONE_AFTER_AGREEMENT.matcher(s.text());
                while (one.find()) {
                    if (one.start() > first.end()) {
                        spans.add(new int[] {one.start(1), one.end(1), 0});
                    }
                }
            }
            spans.sort((x, y) -> x[0] - y[0]);
            int lastEnd = -1;
            for (int[] sp : spans) {
                int start = s.start() + sp[0];
                int end = s.start() + sp[1];
                if (sp[0] < lastEnd || overlaps(start, end, mentions)) {
                    continue;
                }
                List<String> before = wordsBefore(s.text(), sp[0], 3);
                String head = s.text().substring(sp[0], sp[1]);
                if (sp[2] == 1 && !determined(before)) {
                    continue;
                }
                if (isGeneric(before)) {
                    continue;
                }
                if (pluralTails.contains(nextWord(s.text(), sp[1]))) {
                    continue;
                }
                int tailEnd = tailEnd(s.text(), sp[1]);
                end = s.start() + tailEnd;
                lastEnd = tailEnd;
                boolean salientKnown = salient != null && kb.get(salient).isPresent();
                boolean planTail = tailEnd > sp[1] && PLAN_TAILS.contains(s.text().substring(sp[1], tailEnd).strip().toLowerCase(Locale.ROOT));
                boolean isProposed = before.stream().anyMatch(proposed::contains) || (planTail && !salientKnown);
                // "a truce in Lattakia ... the cessation of hostilities agreement ... the truce": the same noun refers back
                // to the mention the knowledge base placed by its date, places or parties
                String antecedent = definite(before) ? sameHead(added, heads, head) : null;
                String id;
                boolean evidenced = false;
                int best = 0;
                String bestId = null;
                if (sp[2] == 0) {
                    for (KbEntity e : kb.entities()) {
                        if (e.type() != EntityType.Agreement) {
                            continue;
                        }
                        int score = score(e, head, s, inSentence, published);
                        if (score > best) {
                            best = score;
                            bestId = e.id();
                        }
                    }
                }
                if (bestId != null && best >= STRONG) {
                    id = bestId;
                    evidenced = true;
                } else if (bestId != null && best >= ACCEPT && !salientKnown && !isProposed) {
                    id = bestId;
                    evidenced = true;
                } else if (isProposed) {
                    id = "agreement-" + articleId + "-proposed";
                    entities.putIfAbsent(id, new Entity(id, "Proposed " + head.toLowerCase(Locale.ROOT) + " (" + label(a) + ")", EntityType.Agreement, true));
                } else if (antecedent != null) {
                    id = antecedent;
                } else if (salient != null) {
                    id = salient;
                } else if (indefinite(before) && inSentence.stream().allMatch(m -> entities.get(m.entityId()) == null
                        || entities.get(m.entityId()).type() == EntityType.Agreement)) {
                    // "abiding by a truce" in a sentence naming no one and nowhere: a kind of agreement, not one the article is about
                    continue;
                } else {
                    id = "agreement-" + articleId;
                    entities.putIfAbsent(id, new Entity(id, capitalise(head.toLowerCase(Locale.ROOT)) + " (" + label(a) + ")", EntityType.Agreement, true));
                }
                if (!isProposed) {
                    salient = id;
                }
                anyStrong |= sp[2] == 0;
                KbEntity k = kb.get(id).orElse(null);
                if (k != null) {
                    entities.putIfAbsent(id, new Entity(id, k.label(), EntityType.Agreement, false));
                }
                start = s.start() + modifierStart(s.text(), sp[0]);
                String surface = a.article().text().substring(start, end);
                added.add(new Mention(id, surface, start, end, s.index(), k != null ? Math.min(1.0, 0.5 + 0.1 * best) : 0.6, "nominal"));
                heads.add(evidenced ? head.toLowerCase(Locale.ROOT) : null);
            }
        }
        mentions.addAll(added);
        mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
    }

    /** "previous ceasefires", "any truce": a generic word among the modifiers right before the noun, not further back. */
    private boolean isGeneric(List<String> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            String w = before.get(i);
            if (generic.contains(w)) {
                return true;
            }
            if (!modifiers.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** "the truce", "this ceasefire": a definite article or demonstrative before the noun and its modifiers. */
    private boolean definite(List<String> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            String w = before.get(i);
            if (!modifiers.contains(w)) {
                return w.equals("the") || w.equals("this") || w.equals("that");
            }
        }
        return false;
    }

    /** The agreement of the latest earlier mention with the same noun that the knowledge base placed on its own evidence, or null. */
    private static String sameHead(List<Mention> added, List<String> heads, String head) {
        String h = head.toLowerCase(Locale.ROOT);
        for (int i = added.size() - 1; i >= 0; i--) {
            if (h.equals(heads.get(i))) {
                return added.get(i).entityId();
            }
        }
        return null;
    }

    /** "a truce", "an open-ended ceasefire": the article's word before the noun and its modifiers is an indefinite article. */
    private boolean indefinite(List<String> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            String w = before.get(i);
            if (!modifiers.contains(w)) {
                return w.equals("a") || w.equals("an");
            }
        }
        return false;
    }

    /** The knowledge-base agreement named most often so far, or null. */
    private String dominant(List<Mention> added) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Mention m : added) {
            if (kb.get(m.entityId()).isPresent()) {
                counts.merge(m.entityId(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

    private static String nextWord(String text, int end) {
        Matcher m = Pattern.compile("^\\s+([\\p{L}]+)").matcher(text.substring(end));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** The start of the mention, taken back over the modifiers written before the noun ("a comprehensive, nationwide ceasefire"). */
    private int modifierStart(String text, int start) {
        int pos = start;
        for (int i = 0; i < 3; i++) {
            Matcher m = Pattern.compile("([\\p{L}-]+)(,?\\s+)$").matcher(text.substring(0, pos));
            if (!m.find() || !modifiers.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                break;
            }
            pos = m.start(1);
        }
        return pos;
    }

    private static String label(AnalysedArticle a) {
        String date = a.article().published() != null ? a.article().published().toString() + ", " : "";
        String t = a.article().title();
        return date + "in \u201C" + (t.length() > 60 ? t.substring(0, 57) + "..." : t) + "\u201D";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void collect(Matcher m, List<int[]> spans, boolean weak) {
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end(), weak ? 1 : 0});
        }
    }

    private static boolean overlaps(int start, int end, List<Mention> mentions) {
        return Mention.anyOverlaps(start, end, mentions);
    }

    private static boolean determined(List<String> before) {
        return !before.isEmpty() && Set.of("the", "this", "that", "new", "its", "their").contains(before.get(before.size() - 1));
    }

    private static List<String> wordsBefore(String text, int pos, int n) {
        String[] words = text.substring(0, pos).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s-]", " ").trim().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = Math.max(0, words.length - n); i < words.length; i++) {
            if (!words[i].isEmpty()) {
                out.add(words[i]);
            }
        }
        return out;
    }

    private int tailEnd(String text, int end) {
        Matcher m = Pattern.compile("^\\s+([\\p{L}]+)").matcher(text.substring(end));
        if (m.find() && tails.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return end + m.end();
        }
        return end;
    }

    /**
     * How well a knowledge-base agreement fits a mention: a date in the sentence (4), the
     * publication date inside its life (2; 1 within a month after its end; -2 two months after
     * it; -3 far outside it), places it covers (2 each,
     * at most 3), parties (1 each, at most 2), its name containing the noun (1). Without a date
     * or a place the score stays below acceptance.
     */
    private int score(KbEntity e, String head, Sentence s, List<Mention> inSentence, LocalDate published) {
        int score = 0;
        boolean evidence = false;
        LocalDate start = e.start();
        if (start != null) {
            for (SentenceDates.Found d : SentenceDates.find(s.text(), published)) {
                if (near(d.day(), start) && (d.year() == null || d.year() == start.getYear())) {
                    score += 4;
                    evidence = true;
                    break;
                }
            }
            if (published != null) {
                LocalDate until = e.end() != null ? e.end() : start.plusDays(240);
                if (!published.isBefore(start.minusDays(3)) && !published.isAfter(until)) {
                    score += 2;
                    evidence = true;
                } else if (published.isBefore(start.minusDays(60)) || published.isAfter(until.plusDays(720))) {
                    score -= 3;
                } else if (published.isAfter(until) && !published.isAfter(until.plusDays(RECENTLY_ENDED_DAYS))) {
                    score += 1; // "days after a week-long ceasefire collapsed": an agreement just ended is still news
                    evidence = true;
                } else if (published.isAfter(until.plusDays(LONG_ENDED_DAYS))) {
                    score -= 2; // a local truce long over is seldom what a later article's "ceasefire" means
                }
            }
        }
        Set<String> covers = new HashSet<>(e.linked("covers"));
        Set<String> parties = new HashSet<>(e.linked("hasParty"));
        int place = 0;
        int party = 0;
        for (Mention m : inSentence) {
            KbEntity x = kb.get(m.entityId()).orElse(null);
            if (x == null) {
                continue;
            }
            if (x.type() == EntityType.Location && (within(x, covers, 4) || coversWithin(covers, x.id()))) {
                place += 2;
            }
            if (parties.contains(x.id())) {
                party += 1;
            }
        }
        // A nationwide agreement may be meant by "the ceasefire" alone; a local one needs its place named.
        boolean nationwide = covers.stream().anyMatch(c -> kb.get(c).map(x -> x.type() == EntityType.State).orElse(false));
        evidence = place > 0 || (evidence && nationwide);
        score += Math.min(place, 3) + Math.min(party, 2);
        String h = head.toLowerCase(Locale.ROOT).replace("-", " ");
        boolean named = e.label().toLowerCase(Locale.ROOT).replace("-", " ").contains(h)
                || e.aliases().stream().anyMatch(al -> al.toLowerCase(Locale.ROOT).replace("-", " ").contains(h));
        score += named ? 1 : 0;
        return evidence ? score : Math.min(score, ACCEPT - 1);
    }

    /** One of the covered places lies within the mentioned one ("Latakia province" for a truce in Latakia city). */
    private boolean coversWithin(Set<String> covers, String placeId) {
        for (String c : covers) {
            KbEntity x = kb.get(c).orElse(null);
            if (x != null && x.linked("locatedIn").contains(placeId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(MonthDay d, LocalDate start) {
        LocalDate a = d.atYear(start.getYear());
        return Math.abs(a.toEpochDay() - start.toEpochDay()) <= 2;
    }

    private boolean within(KbEntity place, Set<String> covers, int depth) {
        if (covers.contains(place.id())) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        for (String parent : place.linked("locatedIn")) {
            KbEntity p = kb.get(parent).orElse(null);
            if (p != null && p.type() == EntityType.Location && within(p, covers, depth - 1)) {
                return true;
            }
        }
        return false;
    }
}
