/**
 * Learning from annotated articles: the learned names and the relation classifier trained
 * from the gold in {@code data/gold}, and their article-level cross-validation. Depends on
 * {@code model}, {@code extract}, {@code eval}, {@code pipeline} and OpenNLP's {@code ml}
 * package; only {@code cli} depends on it.
 */
package org.conflictkg.learn;
