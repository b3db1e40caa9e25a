package org.conflictkg.model;

/** Whether a claim is asserted or denied by its sentence. */
public enum Polarity {
    POSITIVE, NEGATIVE
}
