/**
 * Immutable records passed between the pipeline stages. No I/O, no dependency on any
 * other package of the project or on Jena, OpenNLP or Javalin.
 */
package org.conflictkg.model;
