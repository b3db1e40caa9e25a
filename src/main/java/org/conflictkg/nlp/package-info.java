/**
 * Natural-language processing with Apache OpenNLP: sentences, tokens and parts of speech.
 * {@link org.conflictkg.nlp.NlpModels} is the one owner of the models; no Jena here.
 */
package org.conflictkg.nlp;
