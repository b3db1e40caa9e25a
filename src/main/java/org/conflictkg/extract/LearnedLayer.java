package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictkg.model.AnalysedArticle;
import org.conflictkg.model.Claim;
import org.conflictkg.model.Entity;
import org.conflictkg.model.Extraction;
import org.conflictkg.model.KnowledgeBase;
import org.conflictkg.model.Mention;
import org.conflictkg.model.Modality;
import org.conflictkg.model.Polarity;
import org.conflictkg.model.Sentence;

/**
 * What is learned from annotated articles, laid over the rules' extraction: learned names add
 * the mentions the knowledge base lacks (and, where the annotation reads a description
 * otherwise, take it over), then the relation classifier decides every pair of entities that
 * share a sentence, with the rules' findings among its features. Requires the rules'
 * extraction of the same article; produces a new extraction and never changes its input.
 * Thread-safe: immutable.
 */
public final class LearnedLayer {
    private static final Set<String> SYMMETRIC = Set.of("alliedWith", "fightsAgainst");

    /** Which claims the extraction keeps. */
    public enum Mode {
        /** the hand rules' claims only */
        RULES,
        /** the classifier's claims only (the rules are among its features) */
        MODEL,
        /** the classifier's claims and the rules' */
        UNION
    }

    /**
     * @param namePrecision     the least precision a learned name needs to be read
     * @param overridePrecision the least precision a learned name needs to take over the rules' reading of the same words
     * @param mode              which claims are kept
     * @param ruleFeatures      whether the hand rules' findings are among the classifier's features
     * @param trust             the least measured precision of a hand rule whose claims stand whatever the classifier says
     *                          (above 1: none)
     * @param spot              whether the name spotter reads the capitalised words no one else took
     * @param describeForces    whether a state's forces named by description ("Syrian regime jets") are read
     * @param governments       whether a claim with a state as an actor moves to the state's government where the article
     *                          names it (the FA-KES annotation's convention; the seed gold writes the state, so it is off by default)
     */
    public record Settings(double namePrecision, double overridePrecision, Mode mode, boolean ruleFeatures, double trust, boolean spot,
                           boolean describeForces, boolean governments) {
        /** Chosen by five-fold cross-validation on the FA-KES gold (README, "Learning from annotated articles"). */
        public static final Settings DEFAULT = new Settings(0.3, 0.6, Mode.MODEL, true, 0.5, true, true, false);
    }

    /** Everything learned, as {@code kg train} writes it; any part may be empty or null. */
    public record Learned(LearnedNames names, NameSpotter spotter, RelationModel relations, RulePrecision rules) {
        public static final Learned NONE = new Learned(null, null, null, null);

        /** What is committed with the program, the classifier at the given threshold. */
        public static Learned load(double threshold) {
            return new Learned(LearnedNames.load(), NameSpotter.load(SPOTTER_THRESHOLD), RelationModel.load(threshold), RulePrecision.load());
        }
    }

    /** The least probability of a spotted name's class, chosen by cross-validation. */
    public static final double SPOTTER_THRESHOLD = 0.5;

    /** Mentions and entities after the learned names. */
    public record Named(List<Mention> mentions, Map<String, Entity> entities) {
    }

    private final KnowledgeBase kb;
    private final LearnedNames names;
    private final NameSpotter spotter;
    private final RelationModel model;
    private final RulePrecision rulePrecision;
    private final RelationFeatures features;
    private final ForceDescriptions forces;
    private final Signatures signatures;
    private final Settings settings;
    /** A state's government as a political actor, where the learned names keep it apart from the state ("Syrian government"), by state. */
    private final Map<String, String> governments;

    public LearnedLayer(KnowledgeBase kb, Learned learned, RelationFeatures features, Signatures signatures, Settings settings) {
        this.kb = kb;
        this.names = learned.names() == null ? new LearnedNames(List.of()) : learned.names();
        this.spotter = learned.spotter();
        this.model = learned.relations();
        this.rulePrecision = learned.rules() == null ? RulePrecision.NONE : learned.rules();
        this.features = features;
        this.forces = settings.describeForces() ? ForceDescriptions.load() : null;
        this.signatures = signatures;
        this.settings = settings;
        this.governments = governments(kb, this.names);
    }

    private static final java.util.regex.Pattern GOVERNMENT = java.util.regex.Pattern.compile("(?i)(\\p{L}+) government");

    /** The learned states labelled "<demonym> government" whose demonym is a knowledge-base state's, by that state. */
    static Map<String, String> governments(KnowledgeBase kb, LearnedNames names) {
        Map<String, String> byDemonym = new HashMap<>();
        for (org.conflictkg.model.KbEntity k : kb.entities()) {
            if (k.type() == org.conflictkg.model.EntityType.State) {
                k.demonyms().forEach(d -> byDemonym.putIfAbsent(d.toLowerCase(java.util.Locale.ROOT), k.id()));
            }
        }
        Map<String, String> out = new java.util.TreeMap<>();
        for (LearnedNames.Entry e : names.entries()) {
            java.util.regex.Matcher m = GOVERNMENT.matcher(e.label());
            if (e.type() == org.conflictkg.model.EntityType.State && kb.get(e.entityId()).isEmpty() && m.matches()) {
                String state = byDemonym.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
                if (state != null) {
                    out.putIfAbsent(state, e.entityId());
                }
            }
        }
        return out;
    }

    /** Relations whose object is a place: there a state is its territory. */
    private static final Set<String> PLACE_OBJECT = Set.of("locatedIn", "operatesIn", "controls", "attacked", "covers");

    /**
     * A claim with a state as an actor ("Syria's President", "Russia backs Syria") on the state's
     * government where the article names it apart from the state, as the annotation keeps the
     * regime apart from the territory; as a place (located in, attacked, controlled) the state stays.
     */
    private Claim onGovernment(Claim c, Named named, Set<String> present) {
        String s = c.relation().equals("locatedIn") ? c.subject() : governments.getOrDefault(c.subject(), c.subject());
        String o = PLACE_OBJECT.contains(c.relation()) ? c.object() : governments.getOrDefault(c.object(), c.object());
        s = present.contains(s) ? s : c.subject();
        o = present.contains(o) ? o : c.object();
        if (s.equals(c.subject()) && o.equals(c.object())) {
            return c;
        }
        if (s.equals(o) || !named.entities().containsKey(s) || !named.entities().containsKey(o)) {
            return null;
        }
        return new Claim(s, c.relation(), o, c.sentence(), c.evidence(), c.start(), c.end(), c.confidence(), c.rule(), c.polarity(),
                c.modality(), c.attributedTo(), c.attribution(), c.date());
    }

    public LearnedLayer with(Learned learned, Settings s) {
        return new LearnedLayer(kb, learned, features, signatures, s);
    }

    public RelationFeatures features() {
        return features;
    }

    public Settings settings() {
        return settings;
    }

    /** The learned layer over the rules' extraction of an article. */
    public Extraction apply(AnalysedArticle a, Extraction base, Map<Integer, SentenceContext> contexts) {
        Named named = names(a, base);
        List<Claim> claims = new ArrayList<>();
        boolean rulesStand = model == null || settings.mode() != Mode.MODEL;
        for (Claim c : base.claims()) {
            if ((rulesStand || rulePrecision.trusted(c.rule(), settings.trust()))
                    && named.entities().containsKey(c.subject()) && named.entities().containsKey(c.object())) {
                claims.add(c);
            }
        }
        if (model != null && settings.mode() != Mode.RULES) {
            claims.addAll(classify(a, base, named, contexts));
        }
        if (settings.governments() && !governments.isEmpty()) {
            Set<String> present = new HashSet<>();
            named.mentions().forEach(m -> present.add(m.entityId()));
            List<Claim> moved = new ArrayList<>();
            for (Claim c : claims) {
                Claim g = onGovernment(c, named, present);
                if (g != null) {
                    moved.add(g);
                }
            }
            claims = moved;
        }
        Map<String, Claim> unique = new LinkedHashMap<>();
        for (Claim c : claims) {
            unique.merge(c.subject() + "\t" + c.relation() + "\t" + c.object() + "\t" + c.sentence(), c,
                    (x, y) -> x.confidence() >= y.confidence() ? x : y);
        }
        List<Claim> out = new ArrayList<>(unique.values());
        out.sort(Comparator.comparingInt(Claim::sentence).thenComparing(Claim::relation).thenComparing(Claim::subject));
        return new Extraction(a.article(), List.copyOf(named.entities().values()), named.mentions(), out, base.voice());
    }

    /** The rules' mentions with the learned names added; entities no longer named leave, but the voice stays. */
    public Named names(AnalysedArticle a, Extraction base) {
        Map<Integer, List<Mention>> bySentence = bySentence(base.mentions());
        Set<Mention> dropped = new HashSet<>();
        List<Mention> added = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        base.entities().forEach(e -> entities.put(e.id(), e));
        String text = a.article().text();
        for (Sentence s : a.sentences()) {
            List<Mention> here = bySentence.getOrDefault(s.index(), List.of());
            for (LearnedNames.Found f : names.find(s, settings.namePrecision())) {
                List<Mention> overlap = here.stream().filter(m -> m.overlaps(f.start(), f.end())).toList();
                boolean takeOver = !overlap.isEmpty() && f.entry().precision() >= settings.overridePrecision()
                        && overlap.stream().allMatch(m -> m.start() >= f.start() && m.end() <= f.end())
                        // "UK-based Syrian Observatory for Human Rights": the name is read already, and so is the place before it
                        && overlap.stream().noneMatch(m -> m.entityId().equals(f.entry().entityId()));
                if (overlap.isEmpty() || takeOver) {
                    dropped.addAll(overlap);
                    added.add(LearnedNames.mention(f, text, s.index()));
                    entities.computeIfAbsent(f.entry().entityId(), id -> kb.get(id)
                            .map(k -> new Entity(id, k.label(), k.type(), false))
                            .orElse(new Entity(id, f.entry().label(), f.entry().type(), true)));
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : base.mentions()) {
            if (!dropped.contains(m)) {
                mentions.add(m);
            }
        }
        mentions.addAll(added);
        if (forces != null) {
            mentions = describedForces(a, mentions, entities);
        }
        if (spotter != null && settings.spot()) {
            mentions.addAll(spot(a, mentions, entities));
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        Set<String> named = new HashSet<>();
        mentions.forEach(m -> named.add(m.entityId()));
        entities.keySet().removeIf(id -> !named.contains(id) && !id.equals(base.voice()));
        return new Named(mentions, entities);
    }

    private static Map<Integer, List<Mention>> bySentence(List<Mention> mentions) {
        Map<Integer, List<Mention>> out = new HashMap<>();
        for (Mention m : mentions) {
            out.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    /**
     * The forces named by description ("Syrian regime jets", "Turkish troops") take over the
     * mentions inside their words ("Syrian" read as Syria); a longer name around them ("Free
     * Syrian Army") stands.
     */
    private List<Mention> describedForces(AnalysedArticle a, List<Mention> mentions, Map<String, Entity> entities) {
        Map<Integer, List<Mention>> bySentence = bySentence(mentions);
        Set<Mention> dropped = new HashSet<>();
        List<Mention> added = new ArrayList<>();
        String text = a.article().text();
        for (Sentence s : a.sentences()) {
            List<Mention> here = bySentence.getOrDefault(s.index(), List.of());
            for (ForceDescriptions.Found f : forces.find(s)) {
                var force = kb.get(f.entityId());
                if (force.isEmpty()) {
                    continue;
                }
                List<Mention> overlap = here.stream().filter(m -> m.overlaps(f.start(), f.end())).toList();
                if (overlap.stream().anyMatch(m -> m.start() < f.start() || m.end() > f.end() || m.entityId().equals(f.entityId()))) {
                    continue;
                }
                dropped.addAll(overlap);
                added.add(ForceDescriptions.mention(f, text, s.index()));
                entities.computeIfAbsent(f.entityId(), id -> new Entity(id, force.get().label(), force.get().type(), false));
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (!dropped.contains(m)) {
                out.add(m);
            }
        }
        out.addAll(added);
        return out;
    }

    /**
     * Names the spotter finds in the runs of capitalised words no one took; a person's surname
     * alone after the full name ("Mohammad Jundi ... Jundi") is the same person.
     */
    private List<Mention> spot(AnalysedArticle a, List<Mention> taken, Map<String, Entity> entities) {
        Map<Integer, List<Mention>> bySentence = bySentence(taken);
        String text = a.article().text();
        Map<String, String> surnames = new HashMap<>();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            for (NameSpotter.Run r : NameSpotter.runs(s, bySentence.getOrDefault(s.index(), List.of()))) {
                org.conflictkg.model.EntityType t = spotter.classify(r);
                if (t == null) {
                    continue;
                }
                String surface = text.substring(r.start(), r.end());
                String id = t == org.conflictkg.model.EntityType.Person && r.words().size() == 1 && surnames.containsKey(surface)
                        ? surnames.get(surface)
                        : "new-" + (t == org.conflictkg.model.EntityType.Location ? "place" : t == org.conflictkg.model.EntityType.ArmedGroup ? "group"
                        : t.name().toLowerCase(java.util.Locale.ROOT)) + "-" + Slugs.slug(surface);
                if (t == org.conflictkg.model.EntityType.Person && r.words().size() > 1) {
                    surnames.putIfAbsent(r.words().get(r.words().size() - 1), id);
                }
                out.add(new Mention(id, surface, r.start(), r.end(), s.index(), 0.6, "spotted"));
                entities.putIfAbsent(id, new Entity(id, surface, t, true));
            }
        }
        return out;
    }

    /**
     * The relations the hand rules claim between a candidate's two mentions, by where the
     * rules' own mentions of their subject and object lie, with the direction as
     * {@link RelationFeatures#features} takes it.
     */
    public static Set<String> ruleHits(RelationCandidate c, Extraction base) {
        Set<String> out = new HashSet<>();
        int si = c.sentence().index();
        for (Claim cl : base.claims()) {
            if (cl.sentence() != si) {
                continue;
            }
            boolean sFirst = named(base, cl.subject(), si, c.first());
            boolean oSecond = named(base, cl.object(), si, c.second());
            boolean sSecond = named(base, cl.subject(), si, c.second());
            boolean oFirst = named(base, cl.object(), si, c.first());
            if (sFirst && oSecond) {
                out.add(cl.relation() + ">");
            } else if (sSecond && oFirst) {
                out.add(cl.relation() + (SYMMETRIC.contains(cl.relation()) ? ">" : "<"));
            }
        }
        return out;
    }

    /** How far up the knowledge base's containment a place is followed. */
    private static final int CONTAINMENT_DEPTH = 4;

    /**
     * What the knowledge base holds between a candidate's two entities, with the direction as
     * {@link RelationFeatures#features} takes it: {@code locatedIn>} when the first lies in the
     * second (followed up the containment, {@code locatedIn*>} when not directly).
     */
    public Set<String> kbLinks(RelationCandidate c) {
        Set<String> out = new java.util.TreeSet<>();
        kbLinks(c.first().entityId(), c.second().entityId(), ">", out);
        kbLinks(c.second().entityId(), c.first().entityId(), "<", out);
        return out;
    }

    private void kbLinks(String from, String to, String direction, Set<String> out) {
        kb.get(from).ifPresent(k -> k.links().forEach((relation, targets) -> {
            if (targets.contains(to)) {
                out.add(relation + direction);
            }
        }));
        java.util.Deque<String> up = new java.util.ArrayDeque<>(kb.get(from).map(k -> k.linked("locatedIn")).orElse(List.of()));
        Set<String> seen = new HashSet<>();
        for (int depth = 1; depth < CONTAINMENT_DEPTH && !up.isEmpty(); depth++) {
            java.util.Deque<String> next = new java.util.ArrayDeque<>();
            for (String place : up) {
                if (seen.add(place)) {
                    List<String> higher = kb.get(place).map(k -> k.linked("locatedIn")).orElse(List.of());
                    if (higher.contains(to)) {
                        out.add("locatedIn*" + direction);
                    }
                    next.addAll(higher);
                }
            }
            up = next;
        }
    }

    private static boolean named(Extraction base, String entity, int sentence, Mention at) {
        if (entity.equals(at.entityId())) {
            return true;
        }
        for (Mention m : base.mentions()) {
            if (m.sentence() == sentence && m.entityId().equals(entity) && m.overlaps(at.start(), at.end())) {
                return true;
            }
        }
        return false;
    }

    private List<Claim> classify(AnalysedArticle a, Extraction base, Named named, Map<Integer, SentenceContext> contexts) {
        Map<String, Claim> byRule = new HashMap<>();
        for (Claim c : base.claims()) {
            byRule.putIfAbsent(c.subject() + "\t" + c.relation() + "\t" + c.object() + "\t" + c.sentence(), c);
        }
        List<Claim> out = new ArrayList<>();
        for (RelationCandidate c : RelationCandidate.of(a, named.mentions(), named.entities())) {
            String[] f = features.features(c, settings.ruleFeatures() ? ruleHits(c, base) : Set.of(), kbLinks(c));
            List<RelationModel.Decision> decisions = model.decide(f);
            // "X and Y attacked Z": X and Y act together, whatever the words between them suggest (read only when it matters)
            boolean together = decisions.stream().anyMatch(d -> RelationFeatures.CONFLICT.contains(d.relation())) && features.jointSubjects(c);
            for (RelationModel.Decision d : decisions) {
                if (together && RelationFeatures.CONFLICT.contains(d.relation())) {
                    continue;
                }
                Mention subject = d.firstIsSubject() ? c.first() : c.second();
                Mention object = d.firstIsSubject() ? c.second() : c.first();
                Entity se = named.entities().get(subject.entityId());
                Entity oe = named.entities().get(object.entityId());
                if (!signatures.fits(d.relation(), se.type(), oe.type())) {
                    continue;
                }
                Sentence s = c.sentence();
                Claim rule = byRule.get(subject.entityId() + "\t" + d.relation() + "\t" + object.entityId() + "\t" + s.index());
                SentenceContext ctx = contexts.getOrDefault(s.index(), SentenceContext.NONE);
                String source = ctx.attributedTo() != null && named.entities().containsKey(ctx.attributedTo()) ? ctx.attributedTo() : null;
                out.add(new Claim(subject.entityId(), d.relation(), object.entityId(), s.index(), s.text(), s.start(), s.end(),
                        round(d.probability()), "classifier",
                        rule != null ? rule.polarity() : Polarity.POSITIVE,
                        rule != null ? rule.modality() : Modality.ASSERTED,
                        rule != null ? rule.attributedTo() : source,
                        rule != null ? rule.attribution() : source == null ? null : ctx.attribution(),
                        rule != null ? rule.date() : ctx.date()));
            }
        }
        return out;
    }

    private static double round(double p) {
        return Math.max(0, Math.min(1, Math.round(p * 1000) / 1000.0));
    }
}
