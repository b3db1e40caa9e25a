/**
 * The vocabulary: ontology constants, the one place that mints IRIs, and the loader of the
 * actor knowledge base (Turtle with SKOS labels) into a {@link org.conflictkg.model.KnowledgeBase}.
 * Depends on {@code model} and Jena.
 */
package org.conflictkg.ontology;
