package org.conflictkg.pipeline;

import org.conflictkg.clean.ArticleCleaner;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.NameResolver;
import org.conflictkg.model.AnalysedArticle;
import org.conflictkg.model.Extraction;
import org.conflictkg.model.RawArticle;
import org.conflictkg.nlp.Analyser;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;

/**
 * Clean, analyse and extract one raw article. The models and the knowledge base are loaded
 * once by the constructor; {@link #extract} is thread-safe.
 */
public final class Pipeline {
    private final KbLoader.Loaded vocabulary;
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final Analyser analyser;
    private final Extractor extractor;

    public Pipeline(KbLoader.Loaded vocabulary, NlpModels models) {
        this.vocabulary = vocabulary;
        this.analyser = new Analyser(models);
        this.extractor = new Extractor(vocabulary.kb());
    }

    public KbLoader.Loaded vocabulary() {
        return vocabulary;
    }

    public NameResolver resolver() {
        return extractor.resolver();
    }

    public Extraction extract(RawArticle raw) {
        return extractor.extract(analyse(raw));
    }

    /** Cleaned, split into sentences and tokens: what extraction reads. */
    public AnalysedArticle analyse(RawArticle raw) {
        return analyser.analyse(cleaner.clean(raw));
    }

    public Extractor extractor() {
        return extractor;
    }
}
