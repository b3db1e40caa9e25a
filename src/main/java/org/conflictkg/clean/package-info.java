/**
 * Cleaning: a {@link org.conflictkg.model.RawArticle} becomes an
 * {@link org.conflictkg.model.Article} with its metadata and the paragraphs of its headline
 * and body. Site chrome, calls to action, legal text, reference lists, reader comments and
 * repeated captions are removed by line rules kept in a data file. Depends on {@code model}
 * and jsoup.
 */
package org.conflictkg.clean;
