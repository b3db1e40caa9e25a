/**
 * Extraction: entity recognition and resolution against the knowledge base, agreements,
 * relation rules, and the layer learned from annotated articles (learned names, the relation
 * classifier, the rules' measured precision), from an {@link org.conflictkg.model.AnalysedArticle}
 * to an {@link org.conflictkg.model.Extraction}. Rules, lexicons and learned models are data
 * files. Depends on {@code model} and OpenNLP's {@code ml} package; never on Jena.
 */
package org.conflictkg.extract;
