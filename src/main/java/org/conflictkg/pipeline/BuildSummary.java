package org.conflictkg.pipeline;

import java.util.List;

import org.conflictkg.model.RejectedInputException;

/**
 * What a build did.
 *
 * @param read     inputs found
 * @param built    articles written to the store
 * @param rejected inputs refused, each naming the input and the reason
 * @param entities distinct entities the built articles name (what their graphs record with ckg:mentions)
 * @param claims   claims in the built articles
 * @param quads    quads in the store after the build
 * @param seconds  wall-clock time
 */
public record BuildSummary(int read, int built, List<RejectedInputException> rejected, int entities,
                           int claims, long quads, double seconds) {
    public BuildSummary {
        rejected = List.copyOf(rejected);
    }
}
