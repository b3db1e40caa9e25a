package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.ingest.SourceFinder;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.ontology.ShapesValidator;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the bundled articles and the 500-article development corpus (data/fakes/articles)
 * into TDB2 and validates every article graph against the SHACL shapes.
 */
class CorpusBuildIT {
    static List<String> buildAndValidate(Path store, Path input, int expected) {
        KbLoader.Loaded vocabulary = KbLoader.load(null);
        Pipeline pipeline = new Pipeline(vocabulary, NlpModels.load());
        Builder b = new Builder(pipeline, new Ingestor(), Runtime.getRuntime().availableProcessors());
        SourceFinder.Found found = b.find(List.of(input));
        ShapesValidator validator = ShapesValidator.load(null, vocabulary);
        List<String> problems = new ArrayList<>();
        try (KgStore s = KgStore.open(store)) {
            BuildSummary summary = b.build(found, s, n -> { });
            assertEquals(expected, summary.built(), "built: " + summary + " rejected: " + summary.rejected());
            for (String g : s.articleGraphs()) {
                Model m = s.graph(g);
                validator.validate(m).forEach(v -> problems.add(g + " " + v));
            }
        }
        return problems;
    }

    @Test
    void the_bundled_articles_build_into_graphs_without_a_shacl_violation(@TempDir Path dir) {
        List<String> problems = buildAndValidate(dir.resolve("store"), Path.of("data", "articles"), 5);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_development_corpus_builds_whole_without_a_shacl_violation(@TempDir Path dir) {
        Path corpus = Path.of("data", "fakes", "articles");
        assertTrue(Files.isDirectory(corpus), "expected the corpus at " + corpus.toAbsolutePath());
        List<String> problems = buildAndValidate(dir.resolve("store"), corpus, 500);
        assertTrue(problems.isEmpty(), problems.size() + " violations, first: " + problems.subList(0, Math.min(10, problems.size())));
    }
}
