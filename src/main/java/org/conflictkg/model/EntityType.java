package org.conflictkg.model;

import java.util.Locale;

/** The ontology classes an entity can have; the names are the classes' local names. */
public enum EntityType {
    ArmedGroup, ArmedForce, State, IntergovernmentalOrganisation, Person, Organisation,
    Coalition, Location, Agreement, Event;

    /** True for the kinds that act: everything but locations, agreements and events. */
    public boolean isActor() {
        return this != Location && this != Agreement && this != Event;
    }

    /** True for groups and forces that fight: armed groups, forces, coalitions and states. */
    public boolean isBelligerent() {
        return this == ArmedGroup || this == ArmedForce || this == Coalition || this == State;
    }

    /** Parses a class local name, case-insensitively; names the bad value. */
    public static EntityType parse(String name) {
        for (EntityType t : values()) {
            if (t.name().equalsIgnoreCase(name.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type '" + name + "'; expected one of "
                + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}
