package org.conflictkg.model;

import java.util.List;
import java.util.Objects;

/** What the extractor found in one article: its entities, mentions and claims. */
public record Extraction(Article article, List<Entity> entities, List<Mention> mentions, List<Claim> claims) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }
}
