package org.conflictkg.extract;

import java.util.List;
import java.util.Set;

import org.conflictkg.model.EntityType;

/** One element of a relation rule's pattern. */
sealed interface PatternElement {
    /** A coordinated group of entities of the given types, bound to a name; or one entity, or the group's first. */
    record Slot(String name, Set<EntityType> types, boolean single, boolean first, boolean last, boolean subject) implements PatternElement {
    }

    /** One of several phrases, each a list of words. */
    record Words(List<List<String>> phrases, boolean optional) implements PatternElement {
    }

    /** Up to {@code max} units skipped; entity units too when {@code overEntities}. */
    record Gap(int max, boolean overEntities) implements PatternElement {
    }
}
