package org.conflictkg.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The actor knowledge base: entities by id. Immutable. */
public final class KnowledgeBase {
    private final Map<String, KbEntity> entities;

    public KnowledgeBase(Collection<KbEntity> entities) {
        Map<String, KbEntity> m = new LinkedHashMap<>();
        for (KbEntity e : entities) {
            if (m.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate knowledge-base id '" + e.id() + "'");
            }
        }
        this.entities = java.util.Collections.unmodifiableMap(m);
    }

    public Collection<KbEntity> entities() {
        return entities.values();
    }

    public Optional<KbEntity> get(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public int size() {
        return entities.size();
    }
}
