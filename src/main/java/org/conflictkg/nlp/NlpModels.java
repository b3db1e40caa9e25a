package org.conflictkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (Universal Dependencies EWT, from Maven Central), loaded once
 * from the classpath. Models are immutable and shared by all threads; the {@code *ME}
 * instances that use them are not thread-safe and are made per thread by {@link Analyser}.
 * <p>
 * No part-of-speech model: no rule reads tags, and tagging took two fifths of extraction time.
 */
public final class NlpModels {
    static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final SentenceModel sentences;
    private final TokenizerModel tokens;

    private NlpModels(SentenceModel sentences, TokenizerModel tokens) {
        this.sentences = sentences;
        this.tokens = tokens;
    }

    /** Loads the two models; takes under a second. */
    public static NlpModels load() {
        try (InputStream s = open(SENTENCE); InputStream t = open(TOKENS)) {
            return new NlpModels(new SentenceModel(s), alphanumericShortcut(new TokenizerModel(t)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
    }

    /**
     * The same tokenizer with OpenNLP's own alphanumeric optimisation switched on: a word of
     * ASCII letters and digits only is one token without asking the model (the shipped model has
     * the option off). Over FA-KES the model split 7 such words, into number and unit ("30km")
     * or wrongly ("Seif" into "Se if"); no claim changed.
     */
    private static TokenizerModel alphanumericShortcut(TokenizerModel model) {
        TokenizerFactory f = model.getFactory();
        TokenizerFactory fast = new TokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(), true, null);
        return new TokenizerModel(model.getMaxentModel(), Map.of(), fast);
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is missing from the classpath");
        }
        return in;
    }

    SentenceModel sentences() {
        return sentences;
    }

    TokenizerModel tokens() {
        return tokens;
    }
}
