package org.conflictkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.conflictkg.model.EntityType;

/**
 * The classes each relation's subject and object may have ({@code relation-signatures.tsv},
 * the ontology's domains and ranges), so that no learned claim breaks the SHACL shapes.
 * Thread-safe: immutable after loading.
 */
public final class Signatures {
    private final Map<String, String[]> byRelation;

    private Signatures(Map<String, String[]> byRelation) {
        this.byRelation = byRelation;
    }

    public static Signatures load() {
        String name = "relation-signatures.tsv";
        try (InputStream in = Signatures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Map<String, String[]> m = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalArgumentException(name + ": expected relation, subject and object classes: " + line);
                }
                m.put(f[0], new String[] {f[1], f[2]});
            }
            return new Signatures(Map.copyOf(m));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Whether the relation may hold from a subject of the one class to an object of the other. */
    public boolean fits(String relation, EntityType subject, EntityType object) {
        String[] s = byRelation.get(relation);
        return s != null && is(subject, s[0]) && is(object, s[1]);
    }

    private static boolean is(EntityType t, String cls) {
        return switch (cls) {
            case "Any" -> true;
            case "Actor" -> t.isActor();
            case "Place" -> t == EntityType.Location || t == EntityType.State;
            default -> t.name().equals(cls);
        };
    }
}
