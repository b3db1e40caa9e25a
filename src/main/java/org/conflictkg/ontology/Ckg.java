package org.conflictkg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The conflict-kg ontology's terms, as in {@code ontology/conflict-kg.ttl}. */
public final class Ckg {
    public static final String NS = "https://w3id.org/conflict-kg/ontology#";

    public static final Resource Article = resource("Article");
    public static final Resource Claim = resource("Claim");
    public static final Resource Mention = resource("Mention");

    public static final Property linkedTo = property("linkedTo");
    public static final Property formerlyKnownAs = property("formerlyKnownAs");
    public static final Property locatedIn = property("locatedIn");
    public static final Property hasParty = property("hasParty");
    public static final Property startDate = property("startDate");
    public static final Property demonym = property("demonym");
    public static final Property endDate = property("endDate");
    public static final Property evidence = property("evidence");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property confidence = property("confidence");
    public static final Property rule = property("rule");
    public static final Property polarity = property("polarity");
    public static final Property modality = property("modality");
    public static final Property attribution = property("attribution");
    public static final Property attributedTo = property("attributedTo");
    public static final Property eventDate = property("eventDate");
    public static final Property surface = property("surface");
    public static final Property offsets = property("offsets");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property discovered = property("discovered");
    public static final Property articleText = property("articleText");
    public static final Property fileName = property("fileName");
    public static final Property refersTo = property("refersTo");
    public static final Property inArticle = property("inArticle");
    public static final Property mentions = property("mentions");

    private Ckg() {
    }

    /** The class or property with this local name. */
    public static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    public static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
