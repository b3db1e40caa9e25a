package org.conflictkg.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.conflictkg.model.AnalysedArticle;
import org.conflictkg.model.Article;
import org.conflictkg.model.Paragraph;
import org.conflictkg.model.Sentence;
import org.conflictkg.model.Token;

/**
 * Splits each paragraph of an article into sentences (never across paragraphs) and tokens.
 * Offsets point into {@link Article#text()}.
 * Thread-safe: every thread gets its own OpenNLP instances over the shared models.
 */
public final class Analyser {
    /** Sentences longer than this are cut into pieces, so that no rule ever walks one enormous sentence. */
    static final int MAX_SENTENCE_CHARS = 5_000;

    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<TokenizerME> tokenizer;

    public Analyser(NlpModels models) {
        this.sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentences()));
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokens()));
    }

    public AnalysedArticle analyse(Article article) {
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            for (Span s : sentenceDetector.get().sentPosDetect(p.text())) {
                for (Span piece : pieces(p.text(), s)) {
                    String text = piece.getCoveredText(p.text()).toString();
                    if (!text.isBlank()) {
                        out.add(sentence(out.size(), p.start() + piece.getStart(), text, p));
                    }
                }
            }
        }
        return new AnalysedArticle(article, out);
    }

    private Sentence sentence(int index, int start, String text, Paragraph p) {
        Span[] spans = tokenizer.get().tokenizePos(text);
        String[] words = Span.spansToStrings(spans, text);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(words[i], start + spans[i].getStart(), start + spans[i].getEnd()));
        }
        return new Sentence(index, start, text, p.section(), tokens);
    }

    /** A very long sentence is cut at spaces into pieces of at most {@link #MAX_SENTENCE_CHARS}. */
    private static List<Span> pieces(String text, Span s) {
        if (s.length() <= MAX_SENTENCE_CHARS) {
            return List.of(s);
        }
        List<Span> out = new ArrayList<>();
        int from = s.getStart();
        while (from < s.getEnd()) {
            int to = Math.min(s.getEnd(), from + MAX_SENTENCE_CHARS);
            if (to < s.getEnd()) {
                int space = text.lastIndexOf(' ', to);
                if (space > from) {
                    to = space;
                }
            }
            out.add(new Span(from, to));
            from = to;
            while (from < s.getEnd() && text.charAt(from) == ' ') {
                from++;
            }
        }
        return out;
    }
}
