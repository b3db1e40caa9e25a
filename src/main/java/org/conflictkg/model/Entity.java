package org.conflictkg.model;

import java.util.Objects;

/**
 * An entity found in an article.
 *
 * @param id         the local key: a knowledge-base id, or a minted one for new entities
 * @param label      canonical name
 * @param type       ontology class
 * @param discovered true when the knowledge base lacks it (open-world discovery, minted agreements)
 */
public record Entity(String id, String label, EntityType type, boolean discovered) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, () -> "label of " + id);
        Objects.requireNonNull(type, () -> "type of " + id);
    }
}
