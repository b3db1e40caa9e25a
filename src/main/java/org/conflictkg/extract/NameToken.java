package org.conflictkg.extract;

/**
 * A word of running text as the name matcher sees it.
 *
 * @param text       the word as written
 * @param start      offset in the article text
 * @param end        end offset
 * @param norm       lower case, without diacritics or apostrophes
 * @param phonetic   a transliteration-tolerant skeleton of the word
 * @param connector  an Arabic article ("al-"), "the", or a Persian connector ("-o-"): skipped in keys
 * @param capitalised starts with an upper-case letter
 * @param allCaps    all letters upper case (acronyms)
 */
record NameToken(String text, int start, int end, String norm, String phonetic, boolean connector,
                 boolean capitalised, boolean allCaps) {
}
