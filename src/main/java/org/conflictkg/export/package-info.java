/**
 * Exports for graph tools: the claimed relations aggregated into a node-and-edge graph
 * (GEXF with time spans for Gephi, GraphML with typed keys for yEd, Cytoscape and Gephi,
 * Cytoscape.js JSON, Graphviz DOT, CSV), built with JGraphT's exporters where one fits.
 * Depends on {@code store}, {@code query} (the claim filter), {@code ontology}, Jena, JGraphT and Jackson.
 */
package org.conflictkg.export;
