/**
 * Evaluation against a hand-made gold standard (the format of the seed gold): entities are
 * matched by their mentions, claims by subject, relation and object. Reads the JSON lines of
 * {@code kg extract}, so it scores exactly what other tools read. Depends on {@code model},
 * {@code ontology} and Jackson.
 */
package org.conflictkg.eval;
