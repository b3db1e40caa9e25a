/**
 * Questions over the store: the links of an entity with their evidence, and the named
 * queries of {@code queries/} with typed parameters bound safely. Depends on {@code store},
 * {@code ontology}, {@code extract} (name resolution) and Jena.
 */
package org.conflictkg.query;
