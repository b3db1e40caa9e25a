/**
 * Reading input: files, folders, standard input and HTTP bodies become
 * {@link org.conflictkg.model.RawArticle}s. Detects the charset, refuses empty, binary and
 * oversize input with an error naming it. Depends only on {@code model}.
 */
package org.conflictkg.ingest;
