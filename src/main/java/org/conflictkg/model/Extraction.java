package org.conflictkg.model;

import java.util.List;
import java.util.Objects;

/**
 * What the extractor found in one article: its entities, mentions and claims, and the entity
 * that stands for the article's own voice (its publisher, source or author), or null.
 */
public record Extraction(Article article, List<Entity> entities, List<Mention> mentions, List<Claim> claims, String voice) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }

    /** The entities the article names (what its graph records with {@code ckg:mentions}), in order of first mention. */
    public java.util.Set<String> mentionedEntities() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        mentions.forEach(m -> out.add(m.entityId()));
        return out;
    }
}
