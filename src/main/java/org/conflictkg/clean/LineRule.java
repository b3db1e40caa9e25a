package org.conflictkg.clean;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line rule of the cleaner.
 *
 * @param action  what a matching line is
 * @param pattern matched against the whole line
 * @param groups  the named metadata groups the pattern declares
 */
record LineRule(Action action, Pattern pattern, List<String> groups) {
    enum Action { META, DROP, STOP }

    static final List<String> FIELDS = List.of("title", "author", "publisher", "source", "date");

    LineRule {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(pattern, "pattern");
        groups = List.copyOf(groups);
    }

    static LineRule parse(String action, String regex, int lineNo) {
        Action a;
        try {
            a = Action.valueOf(action.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("boilerplate rule line " + lineNo + ": unknown action '" + action + "'");
        }
        Pattern p = Pattern.compile(regex.trim(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> g = FIELDS.stream().filter(f -> regex.contains("(?<" + f + ">")).toList();
        return new LineRule(a, p, g);
    }
}
