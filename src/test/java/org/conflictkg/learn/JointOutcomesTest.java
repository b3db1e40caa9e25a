package org.conflictkg.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import opennlp.tools.ml.model.Event;
import org.conflictkg.extract.RelationModel;
import org.junit.jupiter.api.Test;

/**
 * A candidate holding two relations ("captured": attacked and controls) is one joint outcome,
 * and each relation's probability is the sum over the outcomes that hold it: a real model
 * trained on a few events, not a stand-in.
 */
class JointOutcomesTest {
    @Test
    void each_relation_of_a_joint_outcome_gets_the_joint_probability_and_single_ones_add_to_it() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(new Event("attacked>+controls>", new String[] {"bw=captured", "types=ArmedGroup|Location"}));
            events.add(new Event("attacked>", new String[] {"bw=shelled", "types=ArmedGroup|Location"}));
            events.add(new Event(RelationModel.NONE, new String[] {"bw=visited", "types=ArmedGroup|Location"}));
        }
        RelationModel model = new RelationModel(new RelationLearner(100, 0.1, 1).train(events), 0.4);
        Map<String, Double> captured = model.decide(new String[] {"bw=captured", "types=ArmedGroup|Location"}).stream()
                .collect(Collectors.toMap(d -> d.relation() + (d.firstIsSubject() ? ">" : "<"), RelationModel.Decision::probability));
        assertEquals(java.util.Set.of("attacked>", "controls>"), captured.keySet(), "both relations of the joint outcome: " + captured);
        assertTrue(captured.get("attacked>") >= captured.get("controls>"), "attacked also has its single outcome: " + captured);
        assertTrue(model.decide(new String[] {"bw=visited", "types=ArmedGroup|Location"}).isEmpty(), "none for the none events");
    }
}
