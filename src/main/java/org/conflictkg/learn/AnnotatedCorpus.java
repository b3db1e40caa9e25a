package org.conflictkg.learn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.conflictkg.eval.Gold;
import org.conflictkg.extract.Extractor;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.model.AnalysedArticle;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.pipeline.Pipeline;

/**
 * The annotated articles, each analysed and read by the hand rules once, with their gold:
 * what training and cross-validation start from. Immutable.
 */
public final class AnnotatedCorpus {
    /** One annotated article: its file name (the gold's key), its analysis and the rules' extraction. */
    public record Doc(String file, Path path, AnalysedArticle analysed, Extractor.Base base) {
        public Doc {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(analysed, "analysed");
            Objects.requireNonNull(base, "base");
        }
    }

    private final Gold gold;
    private final List<Doc> docs;

    private AnnotatedCorpus(Gold gold, List<Doc> docs) {
        this.gold = gold;
        this.docs = List.copyOf(docs);
    }

    public Gold gold() {
        return gold;
    }

    public List<Doc> docs() {
        return docs;
    }

    /**
     * Reads every article of the folder that the gold annotates and runs the
     * rules over it; names the gold's articles that are missing.
     */
    public static AnnotatedCorpus load(Pipeline pipeline, Path texts, Path goldDir) {
        if (!Files.isDirectory(texts)) {
            throw new ConflictKgException("no folder of annotated articles at " + texts);
        }
        if (!Files.isRegularFile(goldDir.resolve("entities.tsv")) || !Files.isRegularFile(goldDir.resolve("relations.tsv"))) {
            throw new ConflictKgException("no gold at " + goldDir + " (expected entities.tsv and relations.tsv)");
        }
        Gold gold = Gold.load(goldDir);
        Set<String> wanted = gold.articles();
        List<String> missing = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (String f : wanted) {
            Path p = texts.resolve(f);
            if (Files.isRegularFile(p)) {
                paths.add(p);
            } else {
                missing.add(f);
            }
        }
        if (!missing.isEmpty()) {
            throw new ConflictKgException("the gold at " + goldDir + " annotates " + missing.size() + " articles missing from "
                    + texts + ", for example " + missing.get(0));
        }
        Ingestor ingestor = new Ingestor();
        // One thread: a few seconds for the whole gold, and the same documents every time.
        List<Doc> docs = paths.stream().map(p -> {
            AnalysedArticle a = pipeline.analyse(ingestor.read(p));
            return new Doc(p.getFileName().toString(), p, a, pipeline.extractor().extractBase(a));
        }).sorted(Comparator.comparing(Doc::file)).toList();
        return new AnnotatedCorpus(gold, docs);
    }

    /** The fold of an article among {@code k}, by a hash of its file name: stable whatever else is in the corpus. */
    public static int fold(String file, int k) {
        long h = 1125899906842597L;
        for (int i = 0; i < file.length(); i++) {
            h = 31 * h + file.charAt(i);
        }
        return (int) Math.floorMod(h ^ (h >>> 29), (long) k);
    }
}
