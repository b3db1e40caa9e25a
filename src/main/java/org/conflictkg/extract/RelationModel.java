package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.ml.model.MaxentModel;

/**
 * The trained relation classifier: an OpenNLP maximum-entropy model over the features of
 * {@link RelationFeatures}, whose outcomes are {@code NONE} or a relation with its direction
 * ({@code attacked>}: the first mention is the subject; {@code attacked<}: the second is).
 * A candidate may hold several relations (a capture is both attacked and controls): such a
 * candidate is one outcome that joins them with {@code +} ({@code attacked>+controls>}), so that
 * the model does not split its probability between them. A relation's probability is the sum over
 * the outcomes that hold it; every relation at or above the threshold is kept, with that
 * probability as the claim's confidence.
 * Thread-safe: OpenNLP's maxent models evaluate without state.
 */
public final class RelationModel {
    public static final String NONE = "NONE";
    private static final String RESOURCE = "/org/conflictkg/extract/relations.model";

    private final MaxentModel model;
    private final double threshold;

    /** A relation the model gives a candidate. */
    public record Decision(String relation, boolean firstIsSubject, double probability) {
    }

    public RelationModel(MaxentModel model, double threshold) {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold must be in (0,1): " + threshold);
        }
        this.model = model;
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    public RelationModel withThreshold(double t) {
        return new RelationModel(model, t);
    }

    /** The model committed with the program, or null when none was trained. */
    public static RelationModel load(double threshold) {
        MaxentModel m = MaxentFiles.resource(RESOURCE);
        return m == null ? null : new RelationModel(m, threshold);
    }

    /** The model in OpenNLP's binary format, as {@code kg train} writes it. */
    public byte[] bytes() {
        return MaxentFiles.bytes(model, "the relation model");
    }

    /** Every relation at or above the threshold, most probable first; empty for none. */
    public List<Decision> decide(String[] features) {
        double[] p = model.eval(features);
        java.util.Map<String, Double> marginal = new java.util.LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            String o = model.getOutcome(i);
            if (!o.equals(NONE)) {
                for (String r : o.split("\\+")) {
                    marginal.merge(r, p[i], Double::sum);
                }
            }
        }
        List<Decision> out = new ArrayList<>();
        marginal.forEach((o, q) -> {
            if (q >= threshold) {
                out.add(new Decision(o.substring(0, o.length() - 1), o.endsWith(">"), Math.min(1.0, q)));
            }
        });
        out.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        return out;
    }

    /** The outcomes the model knows. */
    public Set<String> outcomes() {
        Set<String> out = new java.util.TreeSet<>();
        for (int i = 0; i < model.getNumOutcomes(); i++) {
            out.add(model.getOutcome(i));
        }
        return out;
    }
}
