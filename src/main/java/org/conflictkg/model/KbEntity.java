package org.conflictkg.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An entity of the actor knowledge base, as the extractor sees it.
 *
 * @param id      the local key (the last segment of its IRI), such as {@code hayat-tahrir-al-sham}
 * @param label   the preferred label
 * @param type    the most specific ontology class
 * @param aliases every other name it is written as (not including the label)
 * @param demonyms adjectives that name a state's people or government ("Syrian")
 * @param links   relations to other knowledge-base entities: property local name to target ids
 * @param start   the date it began (founded, renamed, agreed) or null
 * @param end     the date it ended (dissolved, renamed, collapsed) or null
 */
public record KbEntity(String id, String label, EntityType type, List<String> aliases, List<String> demonyms,
                       Map<String, List<String>> links, LocalDate start, LocalDate end) {
    public KbEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, () -> "label of " + id);
        Objects.requireNonNull(type, () -> "type of " + id);
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        links = Map.copyOf(links);
        if (id.isBlank()) {
            throw new IllegalArgumentException("entity id must not be blank (label '" + label + "')");
        }
    }

    /** Targets of one relation, empty when there are none. */
    public List<String> linked(String relation) {
        return links.getOrDefault(relation, List.of());
    }
}
