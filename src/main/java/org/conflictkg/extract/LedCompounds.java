package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.conflictkg.model.AnalysedArticle;
import org.conflictkg.model.Claim;
import org.conflictkg.model.Entity;
import org.conflictkg.model.EntityType;
import org.conflictkg.model.KbEntity;
import org.conflictkg.model.Mention;
import org.conflictkg.model.Modality;
import org.conflictkg.model.Polarity;
import org.conflictkg.model.Sentence;

/** Leaders named inside the names of what they lead ("US-led coalition"). Stateless. */
final class LedCompounds {
    private LedCompounds() {
    }

    /** "US-led coalition", "the Saudi-led coalition": the leader's name before "-led" inside a name. */
    private static final java.util.regex.Pattern LED = java.util.regex.Pattern.compile(
            "^(?:(?:the|a|an)\\s+)?(\\p{L}[\\p{L}.]*(?:\\s\\p{L}[\\p{L}.]*)?)\\s?-\\s?led\\s", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** What a leader may lead: a coalition or a force. */
    private static final Set<EntityType> LED_TYPES = java.util.EnumSet.of(EntityType.Coalition, EntityType.ArmedForce, EntityType.ArmedGroup);

    /**
     * A name that holds its leader ("US-led coalition", a name of the Global Coalition against
     * Daesh) names the leader too: the leader is read as a mention inside it and commands it.
     */
    static void read(NameResolver resolver, AnalysedArticle a, List<Mention> mentions, Map<String, Entity> entities, Map<String, Claim> claims,
                       Map<Integer, SentenceContext> contexts) {
        List<Mention> added = new ArrayList<>();
        for (Mention m : mentions) {
            Entity led = entities.get(m.entityId());
            java.util.regex.Matcher x = led == null || !LED_TYPES.contains(led.type()) ? null : LED.matcher(m.surface());
            if (x == null || !x.find()) {
                continue;
            }
            Optional<KbEntity> leader = resolver.resolve(x.group(1)).filter(r -> !r.ambiguous()).map(NameResolver.Resolution::entity)
                    .filter(k -> k.type().isActor() && !k.id().equals(led.id()));
            if (leader.isEmpty()) {
                continue;
            }
            KbEntity l = leader.get();
            int start = m.start() + x.start(1);
            added.add(new Mention(l.id(), x.group(1), start, start + x.group(1).length(), m.sentence(), 0.9, "inner"));
            entities.computeIfAbsent(l.id(), id -> new Entity(id, l.label(), l.type(), false));
            Sentence s = a.sentences().get(m.sentence());
            SentenceContext c = contexts.getOrDefault(s.index(), SentenceContext.NONE);
            Extractor.add(claims, new Claim(l.id(), "commands", led.id(), s.index(), s.text(), s.start(), s.end(), 0.9, "led-compound",
                    Polarity.POSITIVE, Modality.ASSERTED, c.attributedTo(), c.attribution(), c.date()));
        }
        mentions.addAll(added);
    }
}
