package org.conflictkg.model;

/** The mode of a claim: a fact, an intention, a condition, or something no longer so. */
public enum Modality {
    ASSERTED, PLANNED, HYPOTHETICAL, PAST
}
