/**
 * The SPARQL endpoint: an embedded Fuseki server over the store's dataset, read-only, with a
 * query timeout, listening on the loopback interface only; the API forwards the public
 * {@code /sparql} path to it. Depends on {@code store} and Jena Fuseki.
 */
package org.conflictkg.sparql;
