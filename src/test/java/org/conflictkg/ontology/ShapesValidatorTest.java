package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShapesValidatorTest {
    static ShapesValidator validator;

    @BeforeAll
    static void load() {
        validator = ShapesValidator.load(null, KbLoader.load(null));
    }

    static Model turtle(String body) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader("""
                @prefix ckg: <https://w3id.org/conflict-kg/ontology#> .
                @prefix kb: <https://w3id.org/conflict-kg/id/> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/conflict-kg/article/a> a ckg:Article ; dcterms:title "T" ; ckg:fileName "t.txt" ; ckg:articleText "T" .
                kb:turkey a ckg:State ; skos:prefLabel "Turkey"@en .
                kb:faylaq-al-sham a ckg:ArmedGroup ; skos:prefLabel "Faylaq al-Sham"@en .
                kb:idlib a ckg:Location ; skos:prefLabel "Idlib"@en .
                """ + body), null, "TTL");
        return m;
    }

    static final String GOOD = """
            <https://w3id.org/conflict-kg/article/a/claim/0> a ckg:Claim, rdf:Statement ;
              rdf:subject kb:turkey ; rdf:predicate ckg:supports ; rdf:object kb:faylaq-al-sham ;
              ckg:evidence "Faylaq al-Sham uses vehicles supplied to it by Turkey." ; ckg:confidence 0.85 ;
              ckg:inArticle <https://w3id.org/conflict-kg/article/a> ; ckg:startOffset 0 ; ckg:endOffset 10 ;
              ckg:rule "supplied-by" ; ckg:polarity "positive" ; ckg:modality "asserted" .
            """;

    @Test
    void a_well_formed_claim_conforms() {
        List<ShapesValidator.Violation> v = validator.validate(turtle(GOOD));
        assertTrue(v.isEmpty(), v.toString());
    }

    @Test
    void a_claim_without_evidence_or_with_confidence_above_one_is_caught() {
        List<ShapesValidator.Violation> v = validator.validate(turtle(GOOD.replace("ckg:evidence \"Faylaq al-Sham uses vehicles supplied to it by Turkey.\" ;", "")
                .replace("0.85", "1.5")));
        assertTrue(v.stream().anyMatch(x -> x.message().contains("evidence")), v.toString());
        assertTrue(v.stream().anyMatch(x -> x.path() != null && x.path().contains("confidence")), v.toString());
    }

    @Test
    void a_claim_whose_object_is_of_the_wrong_type_is_caught() {
        List<ShapesValidator.Violation> v = validator.validate(turtle(GOOD.replace("rdf:predicate ckg:supports ; rdf:object kb:faylaq-al-sham",
                "rdf:predicate ckg:partyTo ; rdf:object kb:idlib")));
        assertTrue(v.stream().anyMatch(x -> x.message().contains("must be a")), v.toString());
    }

    @Test
    void a_claim_with_an_unknown_relation_or_an_untyped_subject_is_caught() {
        List<ShapesValidator.Violation> v = validator.validate(turtle(GOOD.replace("ckg:supports", "ckg:likes")
                .replace("rdf:subject kb:turkey", "rdf:subject kb:nobody")));
        assertTrue(v.size() >= 2, v.toString());
    }
}
