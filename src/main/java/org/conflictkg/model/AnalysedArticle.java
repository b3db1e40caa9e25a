package org.conflictkg.model;

import java.util.List;
import java.util.Objects;

/** An article with its sentences, tokens and parts of speech. */
public record AnalysedArticle(Article article, List<Sentence> sentences) {
    public AnalysedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
