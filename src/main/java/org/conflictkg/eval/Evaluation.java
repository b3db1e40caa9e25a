package org.conflictkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores extractions (the JSON objects of {@code kg extract}) against a gold standard.
 * Entities: one-to-one by the largest overlap of normalised mentions; an extracted entity that
 * only overlaps a gold entity left out of scoring (generic, outside the text) counts neither
 * way. Claims: strict (subject, relation, object; alliedWith and fightsAgainst in either
 * direction; the gold's alternative relations accepted) and per pair (the two entities, any
 * relation). A claim naming an entity matched only to a left-out gold entity is not counted.
 */
public final class Evaluation {
    /** The scores, and the misses and false hits behind them. */
    public record Report(Map<String, Score> entitiesByType, Score entities, Map<String, Score> relationsByType,
                         Score relations, Score pairs, List<String> misses, List<String> falseHits,
                         Map<String, Integer> leftOut, Score linked, Accuracy attribution, Accuracy modality) {
    }

    /** How many of the matched claims agree with the gold on a column. */
    public record Accuracy(int correct, int total) {
        Accuracy plus(boolean right) {
            return new Accuracy(correct + (right ? 1 : 0), total + 1);
        }

        public double value() {
            return total == 0 ? 0 : (double) correct / total;
        }

        @Override
        public String toString() {
            return String.format("%.3f  (%d of %d matched claims)", value(), correct, total);
        }
    }

    /**
     * Relations that make a "linked to" tie between two actors: every actor-to-actor relation
     * but labels, designations and quotes (an outlet that calls a group terrorist is not linked to it).
     */
    static final Set<String> LINK_RELATIONS = org.conflictkg.query.ClaimFilter.ACTOR_LINKS;
    private static final Set<String> NOT_ACTORS = org.conflictkg.query.ClaimFilter.NOT_ACTORS;

    public static Report score(Gold gold, List<Map<String, Object>> extractions, Set<String> articleFilter) {
        return score(gold, extractions, articleFilter, Set.of());
    }

    private Evaluation() {
    }

    /**
     * Scores extractions.
     *
     * @param focus the gold canonical names of the entity whose links are scored as "linked to"
     *              (an article's partners of any of them, by the {@link #LINK_RELATIONS}), or empty
     */
    @SuppressWarnings("unchecked")
    public static Report score(Gold gold, List<Map<String, Object>> extractions, Set<String> articleFilter, Set<String> focus) {
        Score linked = new Score(0, 0, 0);
        Accuracy attribution = new Accuracy(0, 0);
        Accuracy modality = new Accuracy(0, 0);
        Map<String, Score> byType = new TreeMap<>();
        Map<String, Score> byRelation = new TreeMap<>();
        Score rel = new Score(0, 0, 0);
        Score pairs = new Score(0, 0, 0);
        List<String> misses = new ArrayList<>();
        List<String> falseHits = new ArrayList<>();
        Map<String, Integer> leftOut = new TreeMap<>();
        for (Gold.GoldRelation g : gold.relations()) {
            if (!g.scored() && (articleFilter == null || articleFilter.contains(g.article()))) {
                leftOut.merge(g.why(), 1, Integer::sum);
            }
        }
        for (Map<String, Object> x : extractions) {
            String file = (String) x.get("file");
            if (articleFilter != null && !articleFilter.contains(file)) {
                continue;
            }
            List<Gold.GoldEntity> ge = gold.entities().stream().filter(e -> e.article().equals(file)).toList();
            if (ge.isEmpty()) {
                continue;
            }
            // --- entities ---
            Map<String, Set<String>> ours = new LinkedHashMap<>();
            Map<String, String> ourType = new HashMap<>();
            Map<String, String> ourLabel = new HashMap<>();
            for (Map<String, Object> e : (List<Map<String, Object>>) x.get("entities")) {
                Set<String> ms = new LinkedHashSet<>();
                for (Object m : (List<Object>) e.get("mentions")) {
                    ms.add(Matching.norm((String) m));
                }
                if (!ms.isEmpty()) {
                    ours.put((String) e.get("id"), ms);
                    ourType.put((String) e.get("id"), goldTypeOf((String) e.get("type")));
                    ourLabel.put((String) e.get("id"), Matching.norm((String) e.get("label")));
                }
            }
            List<Object[]> candidates = candidates(ge, ours, ourLabel);
            Map<String, String> ourToGold = assign(candidates);
            Set<String> goldTaken = new HashSet<>(ourToGold.values());
            Set<String> ignored = new HashSet<>();
            Map<String, Gold.GoldEntity> goldByName = new HashMap<>();
            ge.forEach(g -> goldByName.put(g.name(), g));
            for (Gold.GoldEntity g : ge) {
                if (!g.scored()) {
                    continue;
                }
                boolean hit = goldTaken.contains(g.name());
                byType.merge(g.type(), new Score(hit ? 1 : 0, 0, hit ? 0 : 1), Score::plus);
                if (!hit) {
                    misses.add(file + "  entity  " + g.name() + "  " + g.surfaces());
                }
            }
            for (String o : ours.keySet()) {
                String g = ourToGold.get(o);
                boolean touchesLeftOut = candidates.stream().anyMatch(c -> c[0].equals(o) && !((Gold.GoldEntity) c[1]).scored());
                if (g == null && touchesLeftOut) {
                    ignored.add(o);
                } else if (g != null && !goldByName.get(g).scored()) {
                    ignored.add(o);
                } else if (g == null) {
                    byType.merge(ourType.get(o), new Score(0, 1, 0), Score::plus);
                    falseHits.add(file + "  entity  " + o + "  " + ours.get(o));
                }
            }
            // --- relations ---
            String voice = (String) x.get("voice");
            List<Gold.GoldRelation> gr = gold.relations().stream().filter(r -> r.article().equals(file) && r.scored()).toList();
            Set<String> ourKeys = new LinkedHashSet<>();
            Map<String, String> ourEvidence = new HashMap<>();
            boolean[] matched = new boolean[gr.size()];
            Set<String> goldPairs = new HashSet<>();
            for (Gold.GoldRelation g : gr) {
                goldPairs.add(pair(g.subject(), g.object()));
            }
            Set<String> ourPairs = new HashSet<>();
            // A gold may write claims on the publisher as "(article voice)" (the seeds); else they are on the outlet by name, if named.
            boolean voiceInGold = gr.stream().anyMatch(g -> "(article voice)".equals(g.object()));
            for (Map<String, Object> c : (List<Map<String, Object>>) x.get("claims")) {
                String s = (String) c.get("subject");
                String o = (String) c.get("object");
                String p = (String) c.get("predicate");
                if (ignored.contains(s) || ignored.contains(o)) {
                    continue;
                }
                String gs = ourToGold.get(s);
                String go = o.equals(voice) && voiceInGold ? "(article voice)" : ourToGold.get(o);
                if (o.equals(voice) && go == null) {
                    continue; // on the article's own voice, which the text does not name and the gold does not write: left out
                }
                String key = (gs == null ? s : gs) + " | " + p + " | " + (go == null ? o : go);
                if (!ourKeys.add(key)) {
                    continue;
                }
                ourEvidence.put(key, (String) c.get("evidence"));
                boolean hit = false;
                for (int i = 0; i < gr.size(); i++) {
                    Gold.GoldRelation g = gr.get(i);
                    if (gs != null && go != null && g.accepted().contains(p)
                            && ((g.subject().equals(gs) && g.object().equals(go))
                            || (Matching.SYMMETRIC.contains(p) && g.subject().equals(go) && g.object().equals(gs)))) {
                        if (!matched[i]) {
                            matched[i] = true;
                            hit = true;
                            byRelation.merge(g.relation(), new Score(1, 0, 0), Score::plus);
                            if (!g.attribution().isBlank()) {
                                String src = c.get("attributedTo") == null ? null : ourToGold.get((String) c.get("attributedTo"));
                                attribution = attribution.plus(sameSource(g.attribution(), src));
                            }
                            if (!g.modality().isBlank()) {
                                String said = "negative".equals(c.get("polarity")) ? "negated" : (String) c.get("modality");
                                modality = modality.plus(g.modality().strip().equalsIgnoreCase(said));
                            }
                        } else {
                            hit = true;
                        }
                    }
                }
                if (gs != null && go != null) {
                    ourPairs.add(pair(gs, go));
                }
                if (!hit) {
                    byRelation.merge(p, new Score(0, 1, 0), Score::plus);
                    falseHits.add(file + "  claim  " + key + "  \u201C" + abbreviate(ourEvidence.get(key)) + "\u201D");
                }
            }
            for (int i = 0; i < gr.size(); i++) {
                if (!matched[i]) {
                    Gold.GoldRelation g = gr.get(i);
                    byRelation.merge(g.relation(), new Score(0, 0, 1), Score::plus);
                    misses.add(file + "  claim  " + g.subject() + " | " + g.relation() + " | " + g.object() + "  \u201C" + abbreviate(g.evidence()) + "\u201D");
                }
            }
            int ptp = 0;
            for (String p : ourPairs) {
                if (goldPairs.contains(p)) {
                    ptp++;
                }
            }
            int ourPairCount = 0;
            Set<String> allOurPairs = new HashSet<>();
            for (String k : ourKeys) {
                String[] f = k.split(" \\| ");
                allOurPairs.add(pair(f[0], f[2]));
            }
            ourPairCount = allOurPairs.size();
            pairs = pairs.plus(new Score(ptp, ourPairCount - ptp, goldPairs.size() - ptp));
            if (!focus.isEmpty()) {
                Set<String> goldLinked = new HashSet<>();
                for (Gold.GoldRelation g : gr) {
                    partner(g.subject(), g.object(), g.relation(), focus, goldByName.get(g.subject()), goldByName.get(g.object()), goldLinked);
                }
                Set<String> ourLinked = new HashSet<>();
                for (Map<String, Object> c : (List<Map<String, Object>>) x.get("claims")) {
                    String s = (String) c.get("subject");
                    String o = (String) c.get("object");
                    if (ignored.contains(s) || ignored.contains(o) || o.equals(voice)) {
                        continue;
                    }
                    String gs = ourToGold.getOrDefault(s, s);
                    String go = ourToGold.getOrDefault(o, o);
                    boolean actors = !NOT_ACTORS.contains(ourType.getOrDefault(s, "")) && !NOT_ACTORS.contains(ourType.getOrDefault(o, ""));
                    if (actors && LINK_RELATIONS.contains((String) c.get("predicate"))) {
                        if (focus.contains(gs) && !focus.contains(go)) {
                            ourLinked.add(go);
                        } else if (focus.contains(go) && !focus.contains(gs)) {
                            ourLinked.add(gs);
                        }
                    }
                }
                int ltp = 0;
                for (String p : ourLinked) {
                    if (goldLinked.contains(p)) {
                        ltp++;
                    }
                }
                linked = linked.plus(new Score(ltp, ourLinked.size() - ltp, goldLinked.size() - ltp));
            }
        }
        Score ent = byType.values().stream().reduce(new Score(0, 0, 0), Score::plus);
        rel = byRelation.values().stream().reduce(new Score(0, 0, 0), Score::plus);
        return new Report(byType, ent, byRelation, rel, pairs, misses, falseHits, leftOut, linked, attribution, modality);
    }

    /** The gold's attribution ("author", "NAME (quoted)", "NAME (reported)") and ours (the gold name of the source, or null for the author). */
    private static boolean sameSource(String gold, String ours) {
        String g = gold.strip();
        if (g.equals("author")) {
            return ours == null;
        }
        int paren = g.lastIndexOf(" (");
        String name = paren > 0 ? g.substring(0, paren) : g;
        return ours != null && name.equals(ours);
    }

    private static void partner(String s, String o, String relation, Set<String> focus, Gold.GoldEntity se, Gold.GoldEntity oe,
                                Set<String> out) {
        if (se == null || oe == null || !LINK_RELATIONS.contains(relation) || NOT_ACTORS.contains(se.type()) || NOT_ACTORS.contains(oe.type())) {
            return;
        }
        if (focus.contains(s) && !focus.contains(o)) {
            out.add(o);
        } else if (focus.contains(o) && !focus.contains(s)) {
            out.add(s);
        }
    }

    /**
     * Aligns extracted entities with the gold entities of one article, one to one, by the
     * largest overlap of normalised mentions (a shared canonical name breaks ties); the gold's
     * left-out entities (generic, outside the text) are aligned too. Used by the scorer and by
     * training, so that a model learns from the same alignment it is scored by.
     *
     * @param gold      the article's gold entities
     * @param mentions  each extracted entity's surface forms, by entity id
     * @param labels    each extracted entity's label, by entity id
     * @return the gold canonical name of each aligned extracted entity
     */
    public static Map<String, String> align(List<Gold.GoldEntity> gold, Map<String, Set<String>> mentions, Map<String, String> labels) {
        Map<String, Set<String>> normed = new LinkedHashMap<>();
        mentions.forEach((k, v) -> {
            Set<String> n = new LinkedHashSet<>();
            v.forEach(m -> n.add(Matching.norm(m)));
            normed.put(k, n);
        });
        Map<String, String> normLabels = new HashMap<>();
        labels.forEach((k, v) -> normLabels.put(k, Matching.norm(v)));
        return assign(candidates(gold, normed, normLabels));
    }

    private static List<Object[]> candidates(List<Gold.GoldEntity> ge, Map<String, Set<String>> ours, Map<String, String> ourLabel) {
        List<Object[]> candidates = new ArrayList<>();
        for (Map.Entry<String, Set<String>> o : ours.entrySet()) {
            for (Gold.GoldEntity g : ge) {
                int overlap = 0;
                for (String m : o.getValue()) {
                    if (g.surfaces().contains(m)) {
                        overlap++;
                    }
                }
                if (overlap > 0) {
                    boolean sameName = Matching.norm(g.name()).equals(ourLabel.get(o.getKey()));
                    candidates.add(new Object[] {o.getKey(), g, overlap * 2 + (sameName ? 1 : 0)});
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Object[] c) -> (Integer) c[2]).reversed()
                .thenComparing(c -> ((Gold.GoldEntity) c[1]).scored() ? 0 : 1));
        return candidates;
    }

    private static Map<String, String> assign(List<Object[]> candidates) {
        Map<String, String> ourToGold = new HashMap<>();
        Set<String> goldTaken = new HashSet<>();
        for (Object[] c : candidates) {
            String o = (String) c[0];
            Gold.GoldEntity g = (Gold.GoldEntity) c[1];
            if (ourToGold.containsKey(o) || goldTaken.contains(g.name())) {
                continue;
            }
            ourToGold.put(o, g.name());
            goldTaken.add(g.name());
        }
        return ourToGold;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " ~ " + b : b + " ~ " + a;
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 110 ? t.substring(0, 107) + "..." : t;
    }

    /** The gold's type names for the ontology's classes. */
    static String goldTypeOf(String ours) {
        return switch (ours) {
            case "Organisation" -> "MediaOutlet";
            case "Coalition" -> "Alliance/Coalition";
            default -> ours;
        };
    }

    /** The report as text: tables per entity type and per relation, then misses and false hits. */
    public static String render(Report r, boolean details) {
        StringBuilder sb = new StringBuilder();
        sb.append("Entities by gold type\n");
        r.entitiesByType().forEach((k, v) -> sb.append(String.format("  %-32s %s%n", k, v)));
        sb.append(String.format("  %-32s %s%n", "ALL ENTITIES", r.entities()));
        sb.append("Relations (strict: subject, relation, object)\n");
        r.relationsByType().forEach((k, v) -> sb.append(String.format("  %-32s %s%n", k, v)));
        sb.append(String.format("  %-32s %s%n", "ALL RELATIONS", r.relations()));
        sb.append(String.format("  %-32s %s%n", "PAIRS (any relation)", r.pairs()));
        if (r.linked().tp() + r.linked().fp() + r.linked().fn() > 0) {
            sb.append(String.format("  %-32s %s%n", "LINKED TO HTS (with predecessors)", r.linked()));
        }
        if (r.attribution().total() > 0) {
            sb.append(String.format("  %-32s %s%n", "ATTRIBUTION accuracy", r.attribution()));
        }
        if (r.modality().total() > 0) {
            sb.append(String.format("  %-32s %s%n", "MODALITY accuracy", r.modality()));
        }
        if (!r.leftOut().isEmpty()) {
            sb.append("Gold relation rows left out of scoring: ").append(r.leftOut()).append('\n');
        }
        if (details) {
            sb.append("\nMisses (").append(r.misses().size()).append(")\n");
            r.misses().forEach(m -> sb.append("  ").append(m).append('\n'));
            sb.append("\nFalse hits (").append(r.falseHits().size()).append(")\n");
            r.falseHits().forEach(m -> sb.append("  ").append(m).append('\n'));
        }
        return sb.toString();
    }
}
