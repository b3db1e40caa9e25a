package org.conflictkg.model;

/** How the text of a raw article is marked up. */
public enum SourceFormat {
    TEXT, MARKDOWN, HTML
}
