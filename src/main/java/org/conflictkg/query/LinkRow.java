package org.conflictkg.query;

import java.util.Comparator;

import org.apache.jena.query.QuerySolution;
import org.conflictkg.ontology.Ckg;

/**
 * One positive claim as the links answer reads it.
 *
 * @param claim      the claim's IRI
 * @param subject    its subject's IRI
 * @param object     its object's IRI
 * @param relation   the relation's local name
 * @param article    the article's IRI
 * @param evidence   the evidence sentence
 * @param confidence the claim's confidence
 * @param issued     the article's publication date (ISO), or null
 * @param publisher  the article's publisher as it names itself, or null
 */
public record LinkRow(String claim, String subject, String object, String relation, String article, String evidence,
                      double confidence, String issued, String publisher) {
    /** Most confident first, then the newest article, then by claim IRI. */
    static final Comparator<LinkRow> ORDER = Comparator.comparingDouble(LinkRow::confidence).reversed()
            .thenComparing(LinkRow::issued, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(LinkRow::claim);

    /** A row of a query selecting ?claim ?subject ?object ?rel ?article ?evidence ?confidence and optionally ?issued and ?publisher. */
    static LinkRow of(QuerySolution s) {
        return new LinkRow(s.getResource("claim").getURI(), s.getResource("subject").getURI(), s.getResource("object").getURI(),
                s.getResource("rel").getURI().substring(Ckg.NS.length()), s.getResource("article").getURI(),
                s.getLiteral("evidence").getString(), s.getLiteral("confidence").getDouble(),
                s.contains("issued") ? s.getLiteral("issued").getLexicalForm() : null,
                s.contains("publisher") ? s.getLiteral("publisher").getString() : null);
    }
}
