package org.conflictkg.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.conflictkg.eval.Gold;
import org.conflictkg.extract.LearnedLayer;
import org.conflictkg.extract.LearnedNames;
import org.conflictkg.model.Claim;
import org.conflictkg.model.Extraction;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on a small slice of the annotated FA-KES articles (the whole gold is {@code kg train}'s
 * job): the models are deterministic, never learn from the articles they are scored on, and
 * read held-out articles better than the hand rules alone.
 */
class LearningIT {
    static final Path TEXTS = Path.of("data", "fakes", "articles");
    static final Path GOLD = Path.of("data", "gold", "fakes-dev");
    static Pipeline pipeline;
    static AnnotatedCorpus corpus;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void slice() throws Exception {
        pipeline = new Pipeline(KbLoader.load(null), NlpModels.load());
        // A slice: the first 90 annotated articles, with a gold holding only them.
        Path gold = tmp.resolve("gold");
        Files.createDirectories(gold);
        Set<String> keep = Files.readAllLines(GOLD.resolve("articles.txt")).stream().limit(90).collect(Collectors.toSet());
        for (String f : List.of("entities.tsv", "relations.tsv")) {
            List<String> lines = Files.readAllLines(GOLD.resolve(f));
            List<String> out = new ArrayList<>(List.of(lines.get(0)));
            lines.stream().skip(1).filter(l -> keep.contains(l.split("\t", 2)[0])).forEach(out::add);
            Files.write(gold.resolve(f), out);
        }
        corpus = AnnotatedCorpus.load(pipeline, TEXTS, gold);
        assertEquals(90, corpus.docs().size());
    }

    static Training training() {
        return new Training(pipeline.resolver(), new RelationLearner(20, 1.0, 2), null);
    }

    static LearnedLayer layer() {
        return pipeline.extractor().learned().with(LearnedLayer.Learned.NONE, LearnedLayer.Settings.DEFAULT);
    }

    @Test
    void folds_split_by_article_and_are_stable() {
        Set<String> seen = new HashSet<>();
        for (AnnotatedCorpus.Doc d : corpus.docs()) {
            int f = AnnotatedCorpus.fold(d.file(), 5);
            assertTrue(f >= 0 && f < 5);
            assertEquals(f, AnnotatedCorpus.fold(d.file(), 5));
            seen.add(d.file());
        }
        assertEquals(90, seen.size());
    }

    @Test
    void training_twice_on_the_same_articles_gives_the_same_models() {
        List<AnnotatedCorpus.Doc> docs = corpus.docs().subList(0, 40);
        Training.Models a = training().train(corpus, docs, layer(), 0.4);
        Training.Models b = training().train(corpus, docs, layer(), 0.4);
        assertEquals(a.learned().names().write(), b.learned().names().write());
        assertArrayEquals(a.learned().spotter().bytes(), b.learned().spotter().bytes());
        assertArrayEquals(a.learned().relations().bytes(), b.learned().relations().bytes());
        assertTrue(a.events() > 500, "candidate events: " + a.events());
    }

    @Test
    void held_out_articles_are_read_better_than_by_the_rules_alone() {
        List<Training.Fold> folds = training().folds(corpus, 3, layer(), 0.4);
        for (Training.Fold f : folds) {
            for (AnnotatedCorpus.Doc d : f.test()) {
                assertEquals(f.index(), AnnotatedCorpus.fold(d.file(), 3), "a test article of another fold");
            }
        }
        int learned = correct(Training.extract(folds, layer(), LearnedLayer.Settings.DEFAULT, 0.4));
        LearnedLayer.Settings rules = new LearnedLayer.Settings(2.0, 2.0, LearnedLayer.Mode.RULES, true, 2.0, false, false, false);
        int byRules = correct(Training.extract(folds, layer(), rules, 0.4));
        assertTrue(learned > byRules * 1.5, "held-out relations right: learned " + learned + ", rules " + byRules);
    }

    @Test
    void learned_claims_carry_the_classifier_confidence_and_fit_the_ontology() {
        List<Training.Fold> folds = training().folds(corpus, 3, layer(), 0.4);
        int classified = 0;
        for (Training.Held h : Training.extract(folds, layer(), LearnedLayer.Settings.DEFAULT, 0.4)) {
            for (Claim c : h.extraction().claims()) {
                if (c.rule().equals("classifier")) {
                    assertTrue(c.confidence() >= 0.4, "confidence " + c.confidence() + " under the threshold");
                    classified++;
                }
            }
            Set<String> ids = h.extraction().entities().stream().map(e -> e.id()).collect(Collectors.toSet());
            h.extraction().claims().forEach(c -> assertTrue(ids.contains(c.subject()) && ids.contains(c.object()), c.toString()));
        }
        assertTrue(classified > 50, "claims: " + classified);
        assertFalse(new LearnedNames(List.of()).write().isBlank());
    }

    /** Strict hits on the gold: (subject, relation, object) by the scorer's alignment, counted once per article. */
    private static int correct(List<Training.Held> held) {
        Gold gold = corpus.gold();
        int hits = 0;
        for (Training.Held h : held) {
            Extraction x = h.extraction();
            var surfaces = new java.util.HashMap<String, Set<String>>();
            x.mentions().forEach(m -> surfaces.computeIfAbsent(m.entityId(), k -> new HashSet<>()).add(m.surface()));
            var labels = new java.util.HashMap<String, String>();
            x.entities().forEach(e -> labels.put(e.id(), e.label()));
            var toGold = org.conflictkg.eval.Evaluation.align(
                    gold.entities().stream().filter(e -> e.article().equals(h.doc().file())).toList(), surfaces, labels);
            Set<String> goldTriples = gold.relations().stream().filter(r -> r.article().equals(h.doc().file()) && r.scored())
                    .map(r -> r.subject() + "|" + r.relation() + "|" + r.object()).collect(Collectors.toSet());
            Set<String> ours = new HashSet<>();
            for (Claim c : x.claims()) {
                String t = toGold.get(c.subject()) + "|" + c.relation() + "|" + toGold.get(c.object());
                String r = toGold.get(c.object()) + "|" + c.relation() + "|" + toGold.get(c.subject());
                if (goldTriples.contains(t) || Set.of("alliedWith", "fightsAgainst").contains(c.relation()) && goldTriples.contains(r)) {
                    ours.add(t);
                }
            }
            hits += ours.size();
        }
        return hits;
    }
}
