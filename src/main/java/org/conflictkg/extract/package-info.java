/**
 * Extraction: entity recognition and resolution against the knowledge base, agreements,
 * and relation rules, from an {@link org.conflictkg.model.AnalysedArticle} to an
 * {@link org.conflictkg.model.Extraction}. Rules and lexicons are data files. Depends on
 * {@code model} only; never on Jena.
 */
package org.conflictkg.extract;
