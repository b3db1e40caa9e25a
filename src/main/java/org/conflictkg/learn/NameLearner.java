package org.conflictkg.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.conflictkg.eval.Gold;
import org.conflictkg.extract.LearnedNames;
import org.conflictkg.extract.NameResolver;
import org.conflictkg.extract.Slugs;
import org.conflictkg.model.EntityType;
import org.conflictkg.model.KbEntity;
import org.conflictkg.model.Sentence;

/**
 * Learns names from annotated articles: each surface form the annotation gives an entity
 * becomes a learned name for the entity it most often names, with its precision measured the
 * way it will be used: of the training articles where the matcher finds the words, the share
 * whose annotation gives them that entity (one article added to the denominator, so that a
 * name seen once is not trusted as one seen often). An entity the knowledge base knows keeps
 * its key; the others get keys of their own. Deterministic: the same articles give the same names.
 */
public final class NameLearner {
    private final NameResolver resolver;

    public NameLearner(NameResolver resolver) {
        this.resolver = resolver;
    }

    /** The gold's entity classes in the ontology's. */
    static EntityType typeOf(String goldType) {
        return switch (goldType) {
            case "MediaOutlet", "MonitoringGroup", "Organisation" -> EntityType.Organisation;
            case "Coalition", "Alliance/Coalition" -> EntityType.Coalition;
            default -> EntityType.parse(goldType);
        };
    }

    public LearnedNames learn(Gold gold, List<AnnotatedCorpus.Doc> docs) {
        Set<String> files = new HashSet<>();
        docs.forEach(d -> files.add(d.file()));
        // surface -> canonical -> articles; canonical -> type counts
        Map<String, Map<String, Set<String>>> named = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> types = new HashMap<>();
        Map<String, Set<String>> formsIn = new HashMap<>();
        for (Gold.GoldEntity e : gold.entities()) {
            if (!files.contains(e.article()) || !e.scored()) {
                continue; // generic collectives ("rebels", "terrorists") are left to the rules: the annotation reads them too variously
            }
            types.computeIfAbsent(e.name(), k -> new HashMap<>()).merge(e.type(), 1, Integer::sum);
            for (String f : e.forms()) {
                String form = f.strip();
                if (form.length() < 2 || LearnedNames.words(form).isEmpty() || (typeOf(e.type()) == EntityType.Agreement && !named(form))) {
                    continue; // "the truce", "a ceasefire": which agreement depends on the article; the agreement finder reads them
                }
                named.computeIfAbsent(form, k -> new HashMap<>()).computeIfAbsent(e.name(), k -> new HashSet<>()).add(e.article());
                formsIn.computeIfAbsent(e.article() + "\t" + e.name(), k -> new HashSet<>()).add(form);
            }
        }
        Map<String, String> best = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Set<String>>> s : named.entrySet()) {
            String canonical = s.getValue().entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Set<String>>>comparingInt(x -> x.getValue().size()).thenComparing(Map.Entry::getKey,
                            Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            best.put(s.getKey(), canonical);
        }
        Map<String, EntityType> typeOf = new HashMap<>();
        types.forEach((name, counts) -> typeOf.put(name, typeOf(counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey)).orElseThrow().getKey())));
        Map<String, String> ids = ids(best.values(), typeOf, named);
        // Precision as used: run the matcher with every candidate and count where it finds each.
        List<LearnedNames.Entry> all = new ArrayList<>();
        best.forEach((form, canonical) -> all.add(new LearnedNames.Entry(form, ids.get(canonical), canonical, typeOf.get(canonical), 1.0,
                named.get(form).get(canonical).size())));
        LearnedNames trial = new LearnedNames(all);
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> hit = new HashMap<>();
        for (AnnotatedCorpus.Doc d : docs) {
            Set<String> found = new HashSet<>();
            for (Sentence s : d.analysed().sentences()) {
                for (LearnedNames.Found f : trial.find(s, 0)) {
                    found.add(f.entry().surface());
                }
            }
            for (String form : found) {
                seen.merge(form, 1, Integer::sum);
                if (formsIn.getOrDefault(d.file() + "\t" + best.get(form), Set.of()).contains(form)) {
                    hit.merge(form, 1, Integer::sum);
                }
            }
        }
        List<LearnedNames.Entry> out = new ArrayList<>();
        for (LearnedNames.Entry e : all) {
            int s = seen.getOrDefault(e.surface(), 0);
            int h = hit.getOrDefault(e.surface(), 0);
            if (h == 0) {
                continue;
            }
            out.add(new LearnedNames.Entry(e.surface(), e.entityId(), e.label(), e.type(), h / (double) (s + 1), h));
        }
        return new LearnedNames(out);
    }

    /**
     * Keys for the canonical names: the knowledge base's where it knows the name as an entity of
     * a fitting class; when two canonical names resolve to one entity ("Syria" the place and
     * "Syrian government" the regime, both the knowledge base's Syria), the one whose name is the
     * entity's label, or else the one named in more articles, keeps it and the other gets a key
     * of its own, so that the annotation's distinction survives.
     */
    private Map<String, String> ids(java.util.Collection<String> canonicals, Map<String, EntityType> typeOf,
                                    Map<String, Map<String, Set<String>>> named) {
        Map<String, Integer> articles = new HashMap<>();
        named.values().forEach(m -> m.forEach((c, a) -> articles.merge(c, a.size(), Integer::sum)));
        Map<String, List<String>> byKb = new HashMap<>();
        Map<String, KbEntity> kbOf = new HashMap<>();
        for (String c : new java.util.TreeSet<>(canonicals)) {
            Optional<KbEntity> k = resolver.resolve(c).map(NameResolver.Resolution::entity).filter(e -> fits(e.type(), typeOf.get(c)));
            k.ifPresent(e -> {
                kbOf.put(c, e);
                byKb.computeIfAbsent(e.id(), x -> new ArrayList<>()).add(c);
            });
        }
        Map<String, String> ids = new HashMap<>();
        for (String c : canonicals) {
            KbEntity k = kbOf.get(c);
            String keeper = null;
            if (k != null) {
                List<String> rivals = byKb.get(k.id());
                keeper = rivals.stream().filter(x -> x.equalsIgnoreCase(k.label())).findFirst()
                        .orElse(rivals.stream().max(Comparator.<String>comparingInt(x -> articles.getOrDefault(x, 0))
                                .thenComparing(Comparator.reverseOrder())).orElseThrow());
            }
            ids.put(c, c.equals(keeper) ? k.id() : "learned-" + Slugs.slug(c));
        }
        return ids;
    }

    /** A name, not a description: it has a capital or a digit ("Astana talks", "Resolution 2254"). */
    private static boolean named(String form) {
        return form.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static boolean fits(EntityType kb, EntityType gold) {
        return kb == gold || (kb == EntityType.State && gold == EntityType.Location) || (kb == EntityType.Location && gold == EntityType.State);
    }
}
