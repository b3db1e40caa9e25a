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
                         Map<String, Integer> leftOut) {
    }

    private Evaluation() {
    }

    @SuppressWarnings("unchecked")
    public static Report score(Gold gold, List<Map<String, Object>> extractions, Set<String> articleFilter) {
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
            Map<String, String> ourToGold = new HashMap<>();
            Set<String> ignored = new HashSet<>();
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
            for (Map<String, Object> c : (List<Map<String, Object>>) x.get("claims")) {
                String s = (String) c.get("subject");
                String o = (String) c.get("object");
                String p = (String) c.get("predicate");
                if (ignored.contains(s) || ignored.contains(o)) {
                    continue;
                }
                String gs = ourToGold.get(s);
                String go = o.equals(voice) ? "(article voice)" : ourToGold.get(o);
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
        }
        Score ent = byType.values().stream().reduce(new Score(0, 0, 0), Score::plus);
        rel = byRelation.values().stream().reduce(new Score(0, 0, 0), Score::plus);
        return new Report(byType, ent, byRelation, rel, pairs, misses, falseHits, leftOut);
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
