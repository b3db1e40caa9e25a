package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.conflictkg.model.KbEntity;

/**
 * Resolves a name as a user types it (any alias, spelling or transliteration) to
 * knowledge-base entities, with a score and whether the name is ambiguous. Thread-safe.
 */
public final class NameResolver {
    /** One candidate entity for a name. */
    public record Resolution(KbEntity entity, double score, String method, boolean ambiguous) {
    }

    private final Gazetteer gazetteer;

    NameResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Every entity the whole name can denote, best first; empty when none. */
    public List<Resolution> candidates(String name) {
        List<NameToken> tokens = NameKeys.tokens(name.strip(), 0);
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).connector()) {
                content.add(i);
            }
        }
        if (content.isEmpty()) {
            return List.of();
        }
        List<NameToken> asTyped = new ArrayList<>();
        for (NameToken t : tokens) {
            // A user may type a name in lower case: treat every word as capitalised.
            asTyped.add(new NameToken(t.text(), t.start(), t.end(), t.norm(), t.phonetic(), t.connector(), true, t.allCaps()));
        }
        Optional<Gazetteer.Hit> hit = gazetteer.match(asTyped, content, 0);
        if (hit.isEmpty() || hit.get().tokens() != content.size()) {
            return List.of();
        }
        boolean ambiguous = hit.get().entries().size() > 1;
        List<Resolution> out = new ArrayList<>();
        for (Gazetteer.Entry e : hit.get().entries()) {
            gazetteer.kb().get(e.entityId()).ifPresent(k -> out.add(new Resolution(k, hit.get().score(), hit.get().method(), ambiguous)));
        }
        return out;
    }

    /** The best candidate, or empty. */
    public Optional<Resolution> resolve(String name) {
        List<Resolution> c = candidates(name);
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }
}
