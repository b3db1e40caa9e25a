package org.conflictkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.conflictkg.model.AnalysedArticle;
import org.conflictkg.model.Article;
import org.conflictkg.model.Claim;
import org.conflictkg.model.Entity;
import org.conflictkg.model.EntityType;
import org.conflictkg.model.Extraction;
import org.conflictkg.model.KbEntity;
import org.conflictkg.model.KnowledgeBase;
import org.conflictkg.model.Mention;
import org.conflictkg.model.Modality;
import org.conflictkg.model.Polarity;
import org.conflictkg.model.Sentence;

/**
 * The extraction stage: from an analysed article to its entities, mentions and claims.
 * Requires the knowledge base; loads the rules and lexicons once. Thread-safe: all state is
 * immutable, every call works on its own data.
 */
public final class Extractor {
    private static final Set<String> SYMMETRIC = Set.of("alliedWith", "fightsAgainst");

    private final KnowledgeBase kb;
    private final Gazetteer gazetteer;
    private final EntityRecogniser recogniser;
    private final AgreementFinder agreements;
    private final UnitBuilder units;
    private final RuleSet rules;
    private final ClaimContext context;
    private final Coreference coreference;
    private final Capitals capitals;
    private final TitledPersons titledPersons;
    private final java.util.Set<String> foil;
    private final java.util.Set<String> accuse;
    private final java.util.Set<String> supportNouns;

    private final LearnedLayer learned;

    /** The rules and the learned models committed with the program. */
    public Extractor(KnowledgeBase kb) {
        this(kb, LearnedLayer.Learned.load(DEFAULT_THRESHOLD), LearnedLayer.Settings.DEFAULT);
    }

    /** The relation classifier's threshold, chosen by cross-validation (README, "Learning from annotated articles"). */
    public static final double DEFAULT_THRESHOLD = 0.45;

    /** The rules with the given learned models (any part may be empty or null). */
    public Extractor(KnowledgeBase kb, LearnedLayer.Learned models, LearnedLayer.Settings settings) {
        Lexicons lex = Lexicons.load();
        this.learned = new LearnedLayer(kb, models, RelationFeatures.of(lex), Signatures.load(), settings);
        this.kb = kb;
        this.gazetteer = new Gazetteer(kb);
        this.recogniser = new EntityRecogniser(gazetteer, lex);
        this.agreements = new AgreementFinder(kb, lex);
        this.units = new UnitBuilder(lex);
        this.rules = RuleSet.load(lex);
        this.context = new ClaimContext(lex);
        this.coreference = new Coreference(lex);
        this.titledPersons = new TitledPersons(kb, lex);
        this.foil = lex.words1("FOIL");
        this.accuse = lex.words1("ACCUSE");
        this.supportNouns = lex.words1("SUPPORT_NOUN");
        this.capitals = new Capitals(kb, lex);
    }

    /**
     * One of the words stands between the match's start and its first literal word: a verb of
     * foiling before an attack word ("security services avert terror attack on Damascus": the
     * subject stopped it) or of accusing before any relation ("Russia accused the rebels of
     * violating the ceasefire": the accused did it, not the subject).
     */
    private static boolean before(List<Unit> units, PatternMatcher.Match m, Set<String> words) {
        int firstLiteral = m.literal().nextSetBit(m.from());
        for (int i = m.from(); i < (firstLiteral < 0 ? m.to() : firstLiteral); i++) {
            if (!units.get(i).isEntity() && words.contains(units.get(i).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The enemy slot holds a partner: a backer named before a word of support ("the SDF is
     * fighting with US support") or a companion after "together with", "along with", "alongside".
     */
    private boolean partnerNamed(List<Unit> units, List<Mention> objects) {
        if (objects == null) {
            return false;
        }
        for (int i = 0; i < units.size(); i++) {
            Unit x = units.get(i);
            if (x.isEntity() && x.mentions().stream().anyMatch(objects::contains)) {
                Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
                boolean backer = next != null && !next.isEntity() && supportNouns.contains(next.word());
                String before = i > 0 ? units.get(i - 1).word() : null;
                String twoBefore = i > 1 ? units.get(i - 2).word() : null;
                boolean companion = "alongside".equals(before)
                        || ("with".equals(before) && twoBefore != null && COMPANION.contains(twoBefore));
                return backer || companion;
            }
        }
        return false;
    }

    private static final Set<String> COMPANION = Set.of("together", "along", "jointly");

    /** The resolver the extractor uses, for {@code kg resolve} and the API's search. */
    public NameResolver resolver() {
        return new NameResolver(gazetteer);
    }

    public int ruleCount() {
        return rules.rules().size();
    }

    /** The rules' extraction, and what each sentence says about the claims made in it. */
    public record Base(Extraction extraction, Map<Integer, SentenceContext> contexts) {
    }

    /** The learned layer this extractor applies, to be varied by cross-validation. */
    public LearnedLayer learned() {
        return learned;
    }

    /** The article's entities, mentions and claims: the rules', then the learned layer over them. */
    public Extraction extract(AnalysedArticle a) {
        return extract(a, learned);
    }

    /** The article's extraction with another learned layer over the same rules. */
    public Extraction extract(AnalysedArticle a, LearnedLayer layer) {
        Base b = extractBase(a);
        return layer.apply(a, b.extraction(), b.contexts());
    }

    /** The hand rules' extraction alone. */
    public Base extractBase(AnalysedArticle a) {
        Map<Integer, SentenceContext> contexts = new HashMap<>();
        EntityRecogniser.Found found = recogniser.find(a);
        List<Mention> mentions = new ArrayList<>(found.mentions());
        Map<String, Entity> entities = new LinkedHashMap<>(found.entities());
        agreements.find(a, mentions, entities);
        coreference.resolve(a, mentions, entities);
        capitals.governments(a, mentions, entities);
        String voice = voiceOf(a.article(), entities);
        capitals.addStates(mentions, entities);

        Map<String, Claim> claims = new LinkedHashMap<>();
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        for (Mention m : mentions) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        LocalDate published = a.article().published();
        boolean metonymsRead = false;
        for (Sentence s : a.sentences()) {
            List<Mention> ms = bySentence.getOrDefault(s.index(), List.of());
            if (ms.isEmpty()) {
                continue;
            }
            UnitBuilder.Units u = units.build(s, ms, entities, capitals.toStates());
            metonymsRead |= Capitals.adoptMetonyms(u.units(), mentions);
            ClaimContext.Attribution attribution = context.attribution(u.units());
            LocalDate date = firstDate(s, published);
            contexts.put(s.index(), new SentenceContext(source(attribution), words(attribution), date));
            for (List<Mention> pair : u.possessives()) {
                add(claims, new Claim(pair.get(1).entityId(), "memberOf", pair.get(0).entityId(), s.index(), s.text(),
                        s.start(), s.end(), 0.8, "possessive-compound", Polarity.POSITIVE, Modality.ASSERTED,
                        source(attribution), words(attribution), date));
            }
            Set<String> words = PatternMatcher.words(u.units());
            for (RelationRule rule : rules.rules()) {
                for (PatternMatcher.Match m : PatternMatcher.find(rule, u.units(), words, entities)) {
                    if (rule.relation().equals("attacked") && before(u.units(), m, foil)) {
                        continue;
                    }
                    if (!rule.relation().equals("accuses") && !rule.object().equals("@voice") && before(u.units(), m, accuse)) {
                        continue; // "Russia accused the rebels of violating the ceasefire": Russia did not violate it
                    }
                    if (rule.relation().equals("fightsAgainst") && partnerNamed(u.units(), m.slots().get(rule.object()))) {
                        continue;
                    }
                    Polarity polarity = context.polarity(u.units(), m);
                    Modality modality = context.modality(u.units(), m);
                    List<String> objects = objects(rule, m, a, mentions, s, speaker(attribution, voice, entities));
                    List<Mention> subjects = switch (rule.subject()) {
                        case "@first" -> firstBelligerent(ms, entities, objects);
                        case "@speaker" -> quotedActor(attribution, entities);
                        default -> m.slots().get(rule.subject());
                    };
                    if (rule.pairwise()) {
                        for (int i = 0; i < subjects.size(); i++) {
                            for (int j = i + 1; j < subjects.size(); j++) {
                                claim(claims, rule, subjects.get(i), subjects.get(j).entityId(), s, polarity, modality, attribution, date);
                            }
                        }
                    } else {
                        for (Mention sub : subjects) {
                            for (String obj : objects) {
                                claim(claims, rule, sub, obj, s, polarity, modality, attribution, date);
                            }
                        }
                    }
                }
            }
            titledPersons.claim(claims, u.units(), s, source(attribution), words(attribution), date);
            possessiveLocators(claims, s.index(), entities);
        }
        if (metonymsRead) {
            capitals.dropUnnamed(mentions, entities);
        }
        terroristAnaphors(a, bySentence, entities, claims, voice);
        namedAfter(a, mentions, entities, claims);
        LedCompounds.read(resolver(), a, mentions, entities, claims, contexts);
        List<Claim> out = new ArrayList<>(claims.values());
        out.sort(Comparator.comparingInt(Claim::sentence).thenComparing(Claim::relation).thenComparing(Claim::subject));
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Base(new Extraction(a.article(), List.copyOf(entities.values()), mentions, out, voice), contexts);
    }

    /**
     * "A truce in Syria's northern Lattakia province": the state before the possessive locates
     * the place the agreement covers; where that place was read, the state is not covered too.
     */
    private static void possessiveLocators(Map<String, Claim> claims, int sentence, Map<String, Entity> entities) {
        Set<String> located = new java.util.HashSet<>();
        for (Claim c : claims.values()) {
            if (c.sentence() == sentence && c.rule().equals("covers-possessive")) {
                located.add(c.subject());
            }
        }
        if (located.isEmpty()) {
            return;
        }
        claims.values().removeIf(c -> c.sentence() == sentence && c.relation().equals("covers") && !c.rule().equals("covers-possessive")
                && located.contains(c.subject()) && entities.get(c.object()) != null && entities.get(c.object()).type() == EntityType.State);
    }

    private static final java.util.regex.Pattern TERRORISTS = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}])(?:the|these|those)\\s+(?:takfiri\\s+|jihadist\\s+|armed\\s+)?terrorists(?![\\p{L}])");

    /**
     * "The terrorists" with no group named before it in its sentence refers to the armed groups
     * the sentence before names ("HTS and Jaish al-Islam clashed ... These are not the only
     * recent conflicts between the terrorists."): the speaker labels them terrorists.
     */
    private void terroristAnaphors(AnalysedArticle a, Map<Integer, List<Mention>> bySentence, Map<String, Entity> entities,
                                   Map<String, Claim> claims, String voice) {
        if (voice == null) {
            return;
        }
        java.util.function.Predicate<Mention> group = x -> {
            Entity e = entities.get(x.entityId());
            return e != null && (e.type() == org.conflictkg.model.EntityType.ArmedGroup || e.type() == org.conflictkg.model.EntityType.Coalition);
        };
        for (Sentence s : a.sentences()) {
            java.util.regex.Matcher m = TERRORISTS.matcher(s.text());
            if (!m.find()) {
                continue;
            }
            int at = s.start() + m.start();
            List<Mention> here = bySentence.getOrDefault(s.index(), List.of());
            if (here.stream().anyMatch(x -> x.start() < at && group.test(x))) {
                continue;
            }
            ClaimContext.Attribution attribution = context.attribution(units.build(s, here, entities, capitals.toStates()).units());
            LocalDate date = firstDate(s, a.article().published());
            bySentence.getOrDefault(s.index() - 1, List.of()).stream().filter(group).map(Mention::entityId).distinct().forEach(g ->
                    add(claims, new Claim(g, "labelledTerrorist", speaker(attribution, voice, entities), s.index(), s.text(), s.start(), s.end(), 0.6,
                            "terrorists-anaphor", Polarity.POSITIVE, Modality.ASSERTED, source(attribution), words(attribution), date)));
        }
    }

    /**
     * Names that carry their place: a place named after the place it lies in ("southwest Syria",
     * "the rebel part of Aleppo city") lies in it; an agreement named after a place ("the Idlib
     * de-escalation zone", "the Aleppo truce") covers it.
     */
    private void namedAfter(AnalysedArticle a, List<Mention> mentions, Map<String, Entity> entities, Map<String, Claim> claims) {
        for (Mention m : mentions) {
            Entity e = entities.get(m.entityId());
            if (e == null || (e.type() != EntityType.Location && e.type() != EntityType.Agreement)) {
                continue;
            }
            for (Mention inner : namesInside(m, a.sentences().get(m.sentence()))) {
                Entity place = entities.computeIfAbsent(inner.entityId(), id -> kb.get(id)
                        .map(k -> new Entity(id, k.label(), k.type(), false)).orElse(null));
                // An agreement's name may hold its parties ("US-Russia ceasefire"): only a location in it is an area.
                boolean area = place != null && (place.type() == EntityType.Location
                        || (place.type() == EntityType.State && e.type() == EntityType.Location));
                if (!area || inner.entityId().equals(m.entityId())) {
                    continue;
                }
                boolean locatedIn = e.type() == EntityType.Location
                        && kb.get(m.entityId()).map(k -> k.linked("locatedIn").contains(inner.entityId())).orElse(false);
                String relation = e.type() == EntityType.Agreement ? "covers" : locatedIn ? "locatedIn" : null;
                if (relation != null) {
                    Sentence s = a.sentences().get(m.sentence());
                    add(claims, new Claim(m.entityId(), relation, inner.entityId(), s.index(), s.text(), s.start(), s.end(), 0.8,
                            "named-after-place", Polarity.POSITIVE, Modality.ASSERTED, null, null, null));
                }
            }
        }
    }

    /** The knowledge-base names written inside a mention's own words. */
    private List<Mention> namesInside(Mention m, Sentence s) {
        List<NameToken> tokens = NameKeys.tokens(m.surface(), m.start());
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).connector()) {
                content.add(i);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int ci = 0; ci < content.size(); ci++) {
            // Names strictly inside the mention: never the whole of it.
            Optional<Gazetteer.Hit> hit = gazetteer.match(tokens, content, ci, content.size() - 1);
            if (hit.isPresent() && hit.get().tokens() < content.size()) {
                NameToken first = tokens.get(content.get(ci));
                NameToken last = tokens.get(content.get(ci + hit.get().tokens() - 1));
                for (Gazetteer.Entry entry : hit.get().entries()) {
                    out.add(new Mention(entry.entityId(), m.surface().substring(first.start() - m.start(), last.end() - m.start()),
                            first.start(), last.end(), s.index(), hit.get().score(), "inner"));
                }
                ci += hit.get().tokens() - 1;
            }
        }
        return out;
    }

    private List<String> objects(RelationRule rule, PatternMatcher.Match m, AnalysedArticle a, List<Mention> mentions,
                                 Sentence s, String voice) {
        if (rule.object().equals("@voice")) {
            // the speaker: the quoted actor, else the article's voice
            return voice == null ? List.of() : List.of(voice);
        }
        if (rule.object().equals("@agreement")) {
            return nearestAgreement(mentions, s, a).map(List::of).orElse(List.of());
        }
        return m.slots().get(rule.object()).stream().map(Mention::entityId).toList();
    }

    /** Who says "we" in a quoted or reported sentence: its source, when that is an actor. */
    private static List<Mention> quotedActor(ClaimContext.Attribution a, Map<String, Entity> entities) {
        if (a == null || a.source() == null) {
            return List.of();
        }
        Entity e = entities.get(a.source().entityId());
        return e != null && e.type().isActor() ? List.of(a.source()) : List.of();
    }

    /** The first armed actor a sentence names, other than the objects: who "their" refers to. */
    private static List<Mention> firstBelligerent(List<Mention> sentence, Map<String, Entity> entities, List<String> objects) {
        for (Mention m : sentence) {
            Entity e = entities.get(m.entityId());
            if (e != null && e.type().isBelligerent() && e.type() != EntityType.State && !objects.contains(m.entityId())) {
                return List.of(m);
            }
        }
        return List.of();
    }

    private Optional<String> nearestAgreement(List<Mention> mentions, Sentence s, AnalysedArticle a) {
        String best = null;
        for (Mention m : mentions) {
            if (m.sentence() > s.index() || m.sentence() < s.index() - 2) {
                continue;
            }
            if (isAgreement(m.entityId())) {
                best = m.entityId();
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean isAgreement(String id) {
        return id.startsWith("agreement-") || kb.get(id).map(e -> e.type() == EntityType.Agreement).orElse(false);
    }

    private void claim(Map<String, Claim> claims, RelationRule rule, Mention subject, String object, Sentence s,
                       Polarity polarity, Modality modality, ClaimContext.Attribution attribution, LocalDate date) {
        String sub = subject.entityId();
        if (sub.equals(object)) {
            return;
        }
        if (rule.relation().equals("fightsAgainst") && (partOf(sub, object) || partOf(object, sub))) {
            return; // a state and its own army, a group and its own brigade: never enemies in one sentence's reading
        }
        if (SYMMETRIC.contains(rule.relation()) && sub.compareTo(object) > 0) {
            String t = sub;
            sub = object;
            object = t;
        }
        double confidence = Math.round(rule.confidence() * Math.min(1.0, subject.confidence() + 0.1) * 100) / 100.0;
        add(claims, new Claim(sub, rule.relation(), object, s.index(), s.text(), s.start(), s.end(), confidence,
                rule.id(), polarity, modality, source(attribution), words(attribution), date));
    }

    /** The first date a sentence gives, resolved against the publication date, or null. */
    private static LocalDate firstDate(Sentence s, LocalDate published) {
        return SentenceDates.find(s.text(), published).stream().map(SentenceDates.Found::date).filter(d -> d != null).findFirst().orElse(null);
    }

    /** Who speaks in a sentence: the quoted or reported actor, else the article's own voice. */
    private static String speaker(ClaimContext.Attribution a, String voice, Map<String, Entity> entities) {
        if (a == null || a.source() == null) {
            return voice;
        }
        Entity e = entities.get(a.source().entityId());
        return e != null && e.type().isActor() ? e.id() : voice;
    }

    private static String source(ClaimContext.Attribution a) {
        return a == null ? null : a.source().entityId();
    }

    private static String words(ClaimContext.Attribution a) {
        return a == null ? null : a.words();
    }

    /** Whether the knowledge base makes {@code part} a member of {@code whole}, directly or through one body between. */
    private boolean partOf(String part, String whole) {
        return kb.get(part).map(p -> p.linked("memberOf").stream().anyMatch(w -> w.equals(whole)
                || kb.get(w).map(x -> x.linked("memberOf").contains(whole)).orElse(false))).orElse(false);
    }

    /** Adds a claim, or keeps the more confident of two for the same triple, sentence and polarity. */
    static void add(Map<String, Claim> claims, Claim c) {
        String key = c.subject() + "|" + c.relation() + "|" + c.object() + "|" + c.sentence() + "|" + c.polarity();
        Claim old = claims.get(key);
        if (old == null || old.confidence() < c.confidence()) {
            claims.put(key, c);
        }
    }

    /**
     * An outlet the knowledge base knows, named within a longer publisher line ("SANA (Syrian Arab
     * News Agency)", "Reuters Syria desk"): its parts between brackets or dashes, then its longest
     * runs of words, that resolve to an organisation.
     */
    private Optional<KbEntity> outletWithin(String name) {
        List<String> words = List.of(name.replaceAll("[()\\[\\]|,:;/]|\\s[-\u2013\u2014]\\s", " ").trim().split("\\s+"));
        for (int len = words.size() - 1; len >= 1; len--) {
            for (int from = 0; from + len <= words.size(); from++) {
                Optional<KbEntity> hit = resolver().resolve(String.join(" ", words.subList(from, from + len)))
                        .filter(r -> r.entity().type() == EntityType.Organisation && !r.ambiguous() && !r.method().equals("fuzzy"))
                        .map(NameResolver.Resolution::entity);
                if (hit.isPresent()) {
                    return hit;
                }
            }
        }
        return Optional.empty();
    }

    /** The article's own voice: its publisher, else its original source, else its author, as an entity. */
    private String voiceOf(Article article, Map<String, Entity> entities) {
        for (String name : new String[] {article.publisher(), article.originalSource(), article.author()}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            Optional<KbEntity> known = resolver().resolve(name).filter(r -> r.entity().type().isActor()).map(NameResolver.Resolution::entity)
                    .or(() -> outletWithin(name));
            if (known.isPresent()) {
                entities.putIfAbsent(known.get().id(), new Entity(known.get().id(), known.get().label(), known.get().type(), false));
                return known.get().id();
            }
            String id = "new-outlet-" + Slugs.slug(name);
            entities.putIfAbsent(id, new Entity(id, name, name.equals(article.author()) ? EntityType.Person : EntityType.Organisation, true));
            return id;
        }
        // An article that names no publisher still speaks in its own voice: an unnamed publisher of its own.
        String id = "new-outlet-unnamed-" + article.id();
        entities.putIfAbsent(id, new Entity(id, "Unnamed publisher of \u201C" + article.title() + "\u201D", EntityType.Organisation, true));
        return id;
    }
}
