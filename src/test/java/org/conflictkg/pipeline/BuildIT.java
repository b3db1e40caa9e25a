package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.conflictkg.extract.NameResolver;
import org.conflictkg.ingest.Ingestor;
import org.conflictkg.ingest.SourceFinder;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.Iris;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.query.Link;
import org.conflictkg.query.LinkService;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the bundled articles into TDB2 on disk in a temporary folder and questions the result. */
class BuildIT {
    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline(KbLoader.load(null), NlpModels.load());
    }

    static BuildSummary build(Path store, Path input) {
        Builder b = new Builder(pipeline, new Ingestor(), 2);
        SourceFinder.Found found = b.find(List.of(input));
        try (KgStore s = KgStore.open(store)) {
            return b.build(found, s, n -> { });
        }
    }

    @Test
    void each_article_is_written_to_its_own_named_graph_and_rebuilding_adds_nothing(@TempDir Path dir) {
        Path store = dir.resolve("store");
        BuildSummary first = build(store, Path.of("data", "articles"));
        assertEquals(5, first.built());
        assertTrue(first.rejected().isEmpty(), first.rejected().toString());
        BuildSummary again = build(store, Path.of("data", "articles"));
        assertEquals(first.quads(), again.quads(), "a rebuild replaces each article's graph");
        try (KgStore s = KgStore.open(store)) {
            List<String> graphs = s.articleGraphs();
            assertEquals(5, graphs.size());
            for (String g : graphs) {
                assertTrue(s.graph(g).contains(s.graph(g).createResource(g), null), "graph " + g + " describes its own article");
            }
            ResultSetRewindable rs = s.select("""
                    PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                    SELECT (COUNT(?c) AS ?n) WHERE { ?c a ckg:Claim }""");
            assertTrue(rs.next().getLiteral("n").getInt() > 50, "the default graph is the union of the article graphs");
            ResultSetRewindable where = s.select("""
                    PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                    SELECT ?g WHERE { GRAPH ?g { ?c a ckg:Claim } } LIMIT 1""");
            QuerySolution q = where.next();
            assertTrue(q.getResource("g").getURI().startsWith(Iris.ARTICLE), "GRAPH ?g tells where a claim came from");
        }
    }

    @Test
    void the_groups_linked_to_hts_through_its_former_names_are_listed_with_evidence(@TempDir Path dir) {
        Path store = dir.resolve("store");
        build(store, Path.of("data", "articles"));
        NameResolver resolver = pipeline.resolver();
        try (KgStore s = KgStore.open(store)) {
            LinkService links = new LinkService(s);
            String hts = Iris.entity(resolver.resolve("HTS").orElseThrow().entity().id());
            List<Link> found = links.links(hts, true);
            Set<String> labels = found.stream().map(Link::label).collect(Collectors.toSet());
            for (String expected : List.of("Ahrar al-Sham", "Faylaq al-Sham", "Nour al-Din al-Zenki", "Jaish al-Nasr",
                    "Turkistan Islamic Party", "Free Syrian Army", "Jaish al-Islam", "al-Qaeda")) {
                assertTrue(labels.contains(expected), "missing " + expected + " in " + labels);
            }
            for (Link l : found) {
                assertTrue(l.evidence() != null && !l.evidence().isBlank() && l.claims() >= 1 && l.articles() >= 1);
            }
            for (String alias : List.of("Hay'at Tahrir al-Sham", "Tahrir al-Sham")) {
                String iri = Iris.entity(resolver.resolve(alias).orElseThrow().entity().id());
                assertEquals(hts, iri);
                assertEquals(links.links(hts, false), links.links(iri, false));
            }
            assertTrue(links.links(hts, true).size() > links.links(hts, false).size(), "predecessors add links");
        }
    }

    @Test
    void a_rejected_input_is_reported_and_the_rest_is_built(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(Path.of("data/articles").resolve(Files.list(Path.of("data/articles")).sorted().findFirst().orElseThrow().getFileName()), in.resolve("good.md"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        BuildSummary s = build(dir.resolve("store"), in);
        assertEquals(1, s.built());
        assertEquals(2, s.rejected().size());
        assertTrue(s.rejected().stream().allMatch(r -> r.input().contains("empty.txt") || r.input().contains("binary.txt")));
    }

    @Test
    void a_new_store_keeps_four_quad_indexes_and_every_mention_offset_points_at_its_surface(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        build(store, Path.of("data", "articles"));
        String cfg = Files.readString(store.resolve("tdb.cfg"));
        for (String index : List.of("GSPO", "SPOG", "POSG", "OSPG")) {
            assertTrue(cfg.contains('"' + index + '"'), index + " in " + cfg);
        }
        assertTrue(!cfg.contains("GPOS") && !cfg.contains("GOSP"), cfg);
        try (KgStore s = KgStore.open(store)) {
            String prefix = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\n";
            ResultSetRewindable rows = s.select(prefix + """
                    SELECT ?g ?offsets ?text (GROUP_CONCAT(?surface; separator="|") AS ?surfaces) WHERE {
                      GRAPH ?g { ?m ckg:refersTo ?e ; ckg:surface ?surface ; ckg:offsets ?offsets .
                                 ?g ckg:articleText ?text ; ckg:mentions ?e } }
                    GROUP BY ?g ?m ?offsets ?text""");
            int mentions = 0;
            while (rows.hasNext()) {
                QuerySolution r = rows.next();
                String text = r.getLiteral("text").getString();
                Set<String> surfaces = Set.of(r.getLiteral("surfaces").getString().split("\\|"));
                String[] spans = r.getLiteral("offsets").getString().split(" ");
                for (String span : spans) {
                    String[] se = span.split("-");
                    String named = text.substring(Integer.parseInt(se[0]), Integer.parseInt(se[1]));
                    assertTrue(surfaces.contains(named), "span " + span + " in " + r.getResource("g") + " is '" + named + "', one of " + surfaces);
                }
                mentions += spans.length;
            }
            assertTrue(mentions > 100, "the seeds name entities more than 100 times: " + mentions);
            // A pattern inside one graph with only the predicate bound is answered from GSPO alone.
            String graph = s.articleGraphs().get(0);
            long inGraph = s.select(prefix + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?c ckg:rule ?r } }").next().getLiteral("n").getLong();
            long union = s.select(prefix + "SELECT (COUNT(*) AS ?n) WHERE { ?c ckg:rule ?r ; ckg:inArticle <" + graph + "> }").next().getLiteral("n").getLong();
            assertEquals(union, inGraph);
            assertTrue(inGraph > 0, "the article has claims");
        }
    }
}
