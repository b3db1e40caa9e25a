package org.conflictkg.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.conflictkg.model.Article;
import org.conflictkg.model.Claim;
import org.conflictkg.model.Entity;
import org.conflictkg.model.Extraction;
import org.conflictkg.model.Mention;
import org.conflictkg.ontology.Ckg;
import org.conflictkg.ontology.Iris;

/**
 * Maps one article's extraction to the model of its named graph. A claim is written as a
 * claim node (rdf:Statement with rdf:subject, rdf:predicate, rdf:object, evidence, offsets,
 * confidence, polarity, modality, rule, attribution, prov:wasDerivedFrom); when it is
 * positive and asserted it is also written as a plain triple. Stateless and thread-safe.
 */
public final class ArticleGraph {
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final Property WAS_DERIVED_FROM = ModelFactory.createDefaultModel().createProperty(PROV, "wasDerivedFrom");
    static final Property WAS_ATTRIBUTED_TO = ModelFactory.createDefaultModel().createProperty(PROV, "wasAttributedTo");

    private ArticleGraph() {
    }

    /** The IRI of the named graph an extraction is written to. */
    public static String graphName(Extraction x) {
        return Iris.articleGraph(x.article().id());
    }

    public static Model toModel(Extraction x) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ckg", Ckg.NS);
        m.setNsPrefix("kb", Iris.ENTITY);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("prov", PROV);
        Article a = x.article();
        Resource art = m.createResource(Iris.article(a.id()), Ckg.Article);
        art.addProperty(DCTerms.title, a.title());
        art.addProperty(RDFS.label, a.title());
        art.addProperty(DCTerms.identifier, a.id());
        art.addProperty(Ckg.fileName, a.name());
        art.addProperty(Ckg.articleText, a.text());
        if (a.published() != null) {
            art.addProperty(DCTerms.issued, m.createTypedLiteral(a.published().toString(), XSDDatatype.XSDdate));
        }
        if (a.publisher() != null) {
            art.addProperty(DCTerms.publisher, a.publisher());
        }
        if (a.author() != null) {
            art.addProperty(DCTerms.creator, a.author());
        }
        if (a.originalSource() != null) {
            art.addProperty(DCTerms.source, a.originalSource());
        }
        // Known entities take their types and labels from the knowledge base's graph; the article's
        // graph describes only the entities it found that the knowledge base lacks.
        for (Entity e : x.entities()) {
            if (e.discovered()) {
                m.createResource(Iris.entity(e.id()), Ckg.resource(e.type().name()))
                        .addProperty(SKOS.prefLabel, m.createLiteral(e.label(), "en"))
                        .addLiteral(Ckg.discovered, true);
            }
        }
        // One node per entity named: its surface forms and the spans of every time the article names it.
        // The node is untyped (ckg:refersTo's domain makes it a ckg:Mention) and lives in the article's
        // graph under the article's IRI: far fewer quads to write than a typed node per occurrence.
        Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
        for (Mention mention : x.mentions()) {
            byEntity.computeIfAbsent(mention.entityId(), k -> new ArrayList<>()).add(mention);
        }
        int i = 0;
        for (List<Mention> named : byEntity.values()) {
            Resource entity = m.createResource(Iris.entity(named.get(0).entityId()));
            art.addProperty(Ckg.mentions, entity);
            Resource node = m.createResource(Iris.mention(a.id(), i++))
                    .addProperty(Ckg.refersTo, entity);
            StringBuilder offsets = new StringBuilder();
            for (Mention mention : named) {
                offsets.append(offsets.length() == 0 ? "" : " ").append(mention.start()).append('-').append(mention.end());
                node.addProperty(Ckg.surface, mention.surface());
            }
            node.addProperty(Ckg.offsets, offsets.toString());
        }
        int c = 0;
        for (Claim claim : x.claims()) {
            Resource s = m.createResource(Iris.entity(claim.subject()));
            Property p = Ckg.property(claim.relation());
            Resource o = m.createResource(Iris.entity(claim.object()));
            if (claim.isFactual()) {
                s.addProperty(p, o);
            }
            Resource node = m.createResource(Iris.claim(a.id(), c++), Ckg.Claim)
                    .addProperty(RDF.type, RDF.Statement)
                    .addProperty(RDF.subject, s)
                    .addProperty(RDF.predicate, p)
                    .addProperty(RDF.object, o)
                    .addProperty(Ckg.evidence, claim.evidence())
                    .addLiteral(Ckg.startOffset, claim.start())
                    .addLiteral(Ckg.endOffset, claim.end())
                    .addLiteral(Ckg.sentenceIndex, claim.sentence())
                    .addProperty(Ckg.confidence, m.createTypedLiteral(BigDecimal.valueOf(claim.confidence())))
                    .addProperty(Ckg.rule, claim.rule())
                    .addProperty(Ckg.polarity, claim.polarity().name().toLowerCase(Locale.ROOT))
                    .addProperty(Ckg.modality, claim.modality().name().toLowerCase(Locale.ROOT))
                    .addProperty(Ckg.inArticle, art)
                    .addProperty(WAS_DERIVED_FROM, art);
            if (claim.attributedTo() != null) {
                Resource src = m.createResource(Iris.entity(claim.attributedTo()));
                node.addProperty(Ckg.attributedTo, src).addProperty(WAS_ATTRIBUTED_TO, src);
            }
            if (claim.attribution() != null) {
                node.addProperty(Ckg.attribution, claim.attribution());
            }
            if (claim.date() != null) {
                node.addProperty(Ckg.eventDate, m.createTypedLiteral(claim.date().toString(), XSDDatatype.XSDdate));
            }
        }
        return m;
    }
}
