package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.conflictkg.model.EntityType;
import org.conflictkg.model.KbEntity;
import org.conflictkg.model.KnowledgeBase;

/**
 * Checks the knowledge base: names shared by two entities that are not declared ambiguous
 * with each other (as the matcher keys them), references to entities that do not exist,
 * agreements without a date, places outside every other place. Stateless.
 */
public final class KbCheck {
    /** A problem found, with the entities it concerns. */
    public record Problem(String kind, String detail) {
        @Override
        public String toString() {
            return kind + ": " + detail;
        }
    }

    private KbCheck() {
    }

    public static List<Problem> check(KnowledgeBase kb) {
        List<Problem> out = new ArrayList<>();
        Map<String, Set<String>> byKey = new TreeMap<>();
        for (KbEntity e : kb.entities()) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.label());
            names.addAll(e.demonyms());
            for (String n : names) {
                List<String> key = NameKeys.normKey(n);
                if (!key.isEmpty()) {
                    byKey.computeIfAbsent(String.join(" ", key), k -> new TreeSet<>()).add(e.id());
                }
            }
        }
        for (Map.Entry<String, Set<String>> k : byKey.entrySet()) {
            if (k.getValue().size() > 1 && !declaredAmbiguous(kb, k.getValue())) {
                out.add(new Problem("shared name", "'" + k.getKey() + "' names " + k.getValue()));
            }
        }
        for (KbEntity e : kb.entities()) {
            if (e.label().isBlank()) {
                out.add(new Problem("no label", e.id()));
            }
            for (Map.Entry<String, List<String>> l : e.links().entrySet()) {
                for (String target : l.getValue()) {
                    if (kb.get(target).isEmpty()) {
                        out.add(new Problem("reference to nothing", e.id() + " " + l.getKey() + " " + target));
                    }
                }
            }
            if (e.type() == EntityType.Agreement && e.start() == null) {
                out.add(new Problem("agreement without a date", e.id()));
            }
            if (e.start() != null && e.end() != null && e.end().isBefore(e.start())) {
                out.add(new Problem("ends before it starts", e.id()));
            }
        }
        return out;
    }

    private static boolean declaredAmbiguous(KnowledgeBase kb, Set<String> ids) {
        Set<String> declared = new HashSet<>();
        for (String id : ids) {
            kb.get(id).ifPresent(e -> {
                if (!e.linked("ambiguousWith").isEmpty()) {
                    declared.add(id);
                    declared.addAll(e.linked("ambiguousWith"));
                }
            });
        }
        return declared.containsAll(ids);
    }
}
