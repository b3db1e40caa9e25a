/**
 * RDF mapping: an {@link org.conflictkg.model.Extraction} becomes the triples of the
 * article's own named graph: metadata (Dublin Core terms), mentions, and claims as plain
 * triples plus reified claim nodes with provenance (PROV-O). Built as Jena objects, never
 * by string templates. Depends on {@code model}, {@code ontology} and Jena.
 */
package org.conflictkg.rdf;
