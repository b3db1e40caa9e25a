/**
 * The REST API (Javalin): thin handlers over the query services, the public SPARQL endpoint
 * (forwarded to the embedded Fuseki), token-checked writes, and the one mapping of exceptions
 * to JSON errors and HTTP statuses. Depends on {@code query}, {@code pipeline}, {@code rdf},
 * {@code store} and {@code sparql}; nothing depends on it.
 */
package org.conflictkg.api;
