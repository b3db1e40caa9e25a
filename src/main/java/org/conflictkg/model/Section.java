package org.conflictkg.model;

/** The part of an article a paragraph belongs to. */
public enum Section {
    HEADLINE, BODY
}
