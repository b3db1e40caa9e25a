package org.conflictkg.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Keys for minted entities: lower-case ASCII words joined by hyphens. */
public final class Slugs {
    private Slugs() {
    }

    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
