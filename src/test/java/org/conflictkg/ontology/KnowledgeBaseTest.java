package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.conflictkg.extract.KbCheck;
import org.conflictkg.model.EntityType;
import org.conflictkg.model.KbEntity;
import org.conflictkg.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
    static final KbLoader.Loaded LOADED = KbLoader.load(Path.of("ontology"));

    @Test
    void the_knowledge_base_check_is_clean() {
        List<KbCheck.Problem> problems = KbCheck.check(LOADED.kb());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void the_knowledge_base_covers_the_war_with_places_in_their_governorates() {
        KnowledgeBase kb = LOADED.kb();
        assertTrue(kb.size() >= 300, "entities: " + kb.size());
        Map<EntityType, Long> byType = kb.entities().stream().collect(Collectors.groupingBy(KbEntity::type, Collectors.counting()));
        assertTrue(byType.get(EntityType.Location) >= 150 + 14, byType.toString());
        long governorates = kb.entities().stream().filter(e -> e.label().endsWith("Governorate") && e.linked("locatedIn").contains("syria")).count();
        assertEquals(14, governorates);
        assertEquals(List.of("jabhat-fateh-al-sham"), kb.get("hayat-tahrir-al-sham").orElseThrow().linked("formerlyKnownAs"));
        assertEquals(List.of("jabhat-al-nusra"), kb.get("jabhat-fateh-al-sham").orElseThrow().linked("formerlyKnownAs"));
    }

    @Test
    void the_knowledge_base_loads_and_reports_its_load_time() {
        KbLoader.load(Path.of("ontology"));
        long t0 = System.nanoTime();
        KnowledgeBase kb = KbLoader.load(Path.of("ontology")).kb();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("Knowledge base: %d entities loaded in %.3f s%n", kb.size(), seconds);
        assertTrue(kb.size() > 0);
    }

    @Test
    void the_ontology_reference_page_is_up_to_date() throws Exception {
        String expected = OntologyDoc.render(LOADED.ontology());
        assertEquals(expected, Files.readString(Path.of("docs", "ontology.md")), "regenerate with: ./kg kb doc -o docs/ontology.md");
    }
}
