package org.conflictkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.model.EntityType;

/**
 * The relation rules of {@code relations.rules}, parsed and checked at load time.
 * Pattern syntax, one element per space-separated item:
 * <ul>
 *   <li>{@code @A:Actor} a slot: a coordinated group of entities of those types
 *       ({@code Actor}, {@code Belligerent}, {@code Place}, {@code Any} or class names joined by {@code |});
 *       ({@code Body}: actors but persons); a trailing {@code !} takes a single entity, {@code ^} the
 *       first of a list (a modifier: "US-backed A, B and C" is about A), {@code $} the last ("A and
 *       B (formerly C)" is about B); a trailing {@code /s} marks a
 *       grammatical subject, which is never the object of a preposition ("forces under U.S. control attacked")</li>
 *   <li>{@code word|other_words} literal alternatives, {@code _} joining the words of a phrase</li>
 *   <li>{@code $LIST} any phrase of a lexicon list</li>
 *   <li>{@code ?x} makes a word element optional</li>
 *   <li>{@code ~N} skips up to N words; {@code ~N*} skips entities too</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class RuleSet {
    private static final Pattern SLOT = Pattern.compile("@([A-Za-z]+):([A-Za-z|]+)([!^$]?)(/s)?");
    private static final Pattern GAP = Pattern.compile("~(\\d+)(\\*?)");

    private final List<RelationRule> rules;

    private RuleSet(List<RelationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    List<RelationRule> rules() {
        return rules;
    }

    static RuleSet load(Lexicons lex) {
        try (InputStream in = RuleSet.class.getResourceAsStream("relations.rules")) {
            if (in == null) {
                throw new IllegalStateException("relations.rules is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), lex);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read relations.rules", e);
        }
    }

    static RuleSet parse(String text, Lexicons lex) {
        List<RelationRule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BufferedReader r = new BufferedReader(new java.io.StringReader(text));
        try {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t+");
                if (f.length != 5) {
                    throw new IllegalArgumentException("relations.rules line " + n + ": expected id, relation, args, confidence, pattern separated by tabs");
                }
                RelationRule rule = rule(f, lex, n);
                if (!ids.add(rule.id())) {
                    throw new IllegalArgumentException("relations.rules line " + n + ": duplicate rule id " + rule.id());
                }
                out.add(rule);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleSet(out);
    }

    private static RelationRule rule(String[] f, Lexicons lex, int n) {
        String where = "relations.rules line " + n + " (" + f[0].trim() + "): ";
        String args = f[2].trim();
        boolean pairwise = args.contains("~");
        String[] so = args.split("[>~]");
        if (so.length != 2) {
            throw new IllegalArgumentException(where + "args must be S>O or S~S, not '" + args + "'");
        }
        List<PatternElement> elements = new ArrayList<>();
        Set<String> slots = new HashSet<>();
        for (String item : f[4].trim().split("\\s+")) {
            elements.add(element(item, lex, where, slots));
        }
        String subject = so[0].trim();
        String object = so[1].trim();
        if (!(slots.contains(subject) || subject.equals("@first") || subject.equals("@speaker")) || !(slots.contains(object) || object.startsWith("@"))) {
            throw new IllegalArgumentException(where + "args name a slot the pattern lacks: " + args);
        }
        return new RelationRule(f[0].trim(), f[1].trim(), subject, object, pairwise,
                Double.parseDouble(f[3].trim()), elements);
    }

    private static PatternElement element(String item, Lexicons lex, String where, Set<String> slots) {
        Matcher m = SLOT.matcher(item);
        if (m.matches()) {
            slots.add(m.group(1));
            return new PatternElement.Slot(m.group(1), types(m.group(2), where), m.group(3).equals("!"), m.group(3).equals("^"), m.group(3).equals("$"), m.group(4) != null);
        }
        m = GAP.matcher(item);
        if (m.matches()) {
            return new PatternElement.Gap(Integer.parseInt(m.group(1)), !m.group(2).isEmpty());
        }
        boolean optional = item.startsWith("?");
        String body = optional ? item.substring(1) : item;
        List<List<String>> phrases = new ArrayList<>();
        for (String alt : body.split("\\|")) {
            if (alt.startsWith("$")) {
                if (!lex.has(alt.substring(1))) {
                    throw new IllegalArgumentException(where + "no lexicon named " + alt);
                }
                phrases.addAll(lex.get(alt.substring(1)));
            } else {
                phrases.add(List.of(alt.toLowerCase(Locale.ROOT).split("_")));
            }
        }
        phrases.sort((a, b) -> b.size() - a.size());
        return new PatternElement.Words(phrases, optional);
    }

    private static Set<EntityType> types(String spec, String where) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (String t : spec.split("\\|")) {
            switch (t) {
                case "Any" -> out.addAll(EnumSet.allOf(EntityType.class));
                case "Actor" -> EnumSet.allOf(EntityType.class).stream().filter(EntityType::isActor).forEach(out::add);
                case "Belligerent" -> EnumSet.allOf(EntityType.class).stream().filter(EntityType::isBelligerent).forEach(out::add);
                case "Group" -> out.addAll(EnumSet.of(EntityType.ArmedGroup, EntityType.Coalition));
                case "Place" -> out.addAll(EnumSet.of(EntityType.Location, EntityType.State));
                case "Body" -> EnumSet.allOf(EntityType.class).stream().filter(x -> x.isActor() && x != EntityType.Person).forEach(out::add);
                default -> {
                    try {
                        out.add(EntityType.parse(t));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(where + e.getMessage());
                    }
                }
            }
        }
        return out;
    }
}
