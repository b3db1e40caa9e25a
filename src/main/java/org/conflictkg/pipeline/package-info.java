/**
 * The composed pipeline: ingest, clean, analyse and extract one article, and build many into
 * the store with extraction in parallel and one writer. Depends on every stage package and
 * {@code store}; nothing but {@code cli} and {@code api} depend on it.
 */
package org.conflictkg.pipeline;
