package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.conflictkg.extract.LearnedLayer;
import org.conflictkg.model.RawArticle;
import org.conflictkg.model.SourceFormat;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;
import org.junit.jupiter.api.Test;

/**
 * With the FA-KES convention on, a state as an actor is its government where the article names
 * the government apart; as a place it stays the state. The committed models and knowledge base.
 */
class GovernmentsIT {
    private static final String TEXT = "title: Envoys in Damascus\npublisher: Test Wire\n\n"
            + "Syrias President Bashar al-Assad met envoys in Damascus. The Assad regime rejected the plan. Russia has backed Syria since 2015.\n";

    static Set<String> triples(Pipeline p, LearnedLayer.Settings settings) {
        LearnedLayer layer = p.extractor().learned().with(LearnedLayer.Learned.load(0.45), settings);
        return p.extractor().extract(p.analyse(new RawArticle("regime.txt", TEXT, "UTF-8", SourceFormat.TEXT)), layer).claims().stream()
                .map(c -> c.subject() + " " + c.relation() + " " + c.object()).collect(Collectors.toSet());
    }

    @Test
    void a_state_as_an_actor_moves_to_its_government_only_with_the_convention_on() {
        Pipeline p = new Pipeline(KbLoader.load(null), NlpModels.load());
        LearnedLayer.Settings d = LearnedLayer.Settings.DEFAULT;
        LearnedLayer.Settings on = new LearnedLayer.Settings(d.namePrecision(), d.overridePrecision(), d.mode(), d.ruleFeatures(), d.trust(),
                d.spot(), d.describeForces(), true);
        Set<String> moved = triples(p, on);
        assertTrue(moved.contains("bashar-al-assad roleIn learned-syrian-government"), "the president's role is in the government: " + moved);
        assertTrue(moved.contains("russia supports learned-syrian-government"), "Russia backs the government: " + moved);
        assertFalse(moved.stream().anyMatch(t -> t.endsWith(" roleIn syria") || t.endsWith(" supports syria")), "nothing left on the territory: " + moved);
        Set<String> plain = triples(p, d);
        assertTrue(plain.contains("bashar-al-assad roleIn syria"), "by default the state, as the seed gold writes it: " + plain);
    }
}
