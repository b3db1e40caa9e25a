/**
 * The store: the one owner of the dataset (Jena TDB2 on disk). Every access is a transaction;
 * each article is one named graph replaced atomically; the default graph is the union of all
 * named graphs. Depends on {@code model}, {@code ontology} and Jena.
 */
package org.conflictkg.store;
