package org.conflictkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (Universal Dependencies EWT, from Maven Central), loaded once
 * from the classpath. Models are immutable and shared by all threads; the {@code *ME}
 * instances that use them are not thread-safe and are made per thread by {@link Analyser}.
 */
public final class NlpModels {
    static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel pos;

    private NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.pos = pos;
    }

    /** Loads the three models; takes about a second. */
    public static NlpModels load() {
        try (InputStream s = open(SENTENCE); InputStream t = open(TOKENS); InputStream p = open(POS)) {
            return new NlpModels(new SentenceModel(s), new TokenizerModel(t), new POSModel(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
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

    POSModel pos() {
        return pos;
    }
}
