package org.conflictkg.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into name tokens and computes the keys names are matched by: a normalised key
 * (case, diacritics, apostrophes, Arabic articles and connectors folded) and a phonetic key
 * that also folds the ways Arabic and Persian names are transliterated (vowels, doubled
 * letters, q/k/g/gh/kh, dh/d, sh/s, a final h). Stateless and thread-safe.
 */
final class NameKeys {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’`ʿʾ][\\p{L}\\p{N}]+)*");
    /** Arabic articles as transliterated, written before a hyphen or as a separate lower-case word. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh");
    private static final Pattern CAMEL_ARTICLE = Pattern.compile("^(al|el|Al|El)(\\p{Lu}\\p{Ll}+)$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`ʿʾ]");
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    private NameKeys() {
    }

    /** The name tokens of a text; offsets are shifted by {@code base}. */
    static List<NameToken> tokens(String text, int base) {
        List<NameToken> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            int s = m.start();
            boolean hyphenAfter = m.end() < text.length() && (text.charAt(m.end()) == '-' || text.charAt(m.end()) == '‑');
            boolean hyphenBefore = s > 0 && (text.charAt(s - 1) == '-' || text.charAt(s - 1) == '‑');
            String possessive = null;
            String lw = w.toLowerCase(Locale.ROOT);
            if (lw.length() > 2 && (lw.endsWith("'s") || lw.endsWith("’s"))) {
                possessive = w.substring(w.length() - 2);
                w = w.substring(0, w.length() - 2);
            }
            Matcher camel = CAMEL_ARTICLE.matcher(w);
            if (camel.matches()) {
                out.add(token(camel.group(1), base + s, true));
                int off = camel.group(1).length();
                out.add(token(camel.group(2), base + s + off, false));
            } else {
                boolean connector = isConnector(w, hyphenAfter, hyphenBefore);
                out.add(token(w, base + s, connector));
            }
        }
        return out;
    }

    private static boolean isConnector(String w, boolean hyphenAfter, boolean hyphenBefore) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.equals("the")) {
            return true;
        }
        if (l.equals("al") || l.equals("el")) {
            return true;
        }
        if (ARTICLES.contains(l) && hyphenAfter) {
            return true;
        }
        // Persian ezafe and connectors written between hyphens: "Faylagh-o-alSham", "Noor-0-alDin", "Vatan-e Emrooz".
        return (l.equals("o") || l.equals("0") || l.equals("e") || l.equals("u")) && hyphenBefore;
    }

    private static NameToken token(String w, int start, boolean connector) {
        int first = w.codePointAt(0);
        // Scripts without case (Arabic) count as capitalised: a name is a name.
        boolean cap = Character.isUpperCase(first) || Character.isTitleCase(first)
                || (Character.isLetter(first) && Character.toLowerCase(first) == Character.toUpperCase(first));
        boolean allCaps = w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && w.chars().anyMatch(Character::isUpperCase);
        String norm = norm(w);
        return new NameToken(w, start, start + w.length(), norm, phoneticOfNorm(norm), connector, cap, allCaps);
    }

    /** Lower case, no diacritics, no apostrophes. */
    static String norm(String w) {
        if (asciiLettersAndDigits(w)) {
            return w.toLowerCase(Locale.ROOT);
        }
        String s = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
        return APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static boolean asciiLettersAndDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The transliteration-tolerant skeleton of one word: consonants, with q/k/g/gh/kh, dh/d,
     * sh/s, th/t folded, doubles collapsed, and a mark when the word ends in a vowel sound
     * (so "Ministry" and "Minister" differ while "Zenki" and "Zinki" agree).
     */
    static String phonetic(String w) {
        return phoneticOfNorm(norm(w));
    }

    /** {@link #phonetic} of a word already normalised by {@link #norm}. */
    private static String phoneticOfNorm(String s) {
        boolean vowelEnd = s.length() > 1 && endsInVowelSound(s);
        s = s.replace("sh", "s").replace("kh", "k").replace("gh", "k").replace("dh", "d")
                .replace("th", "t").replace("ph", "f").replace("ch", "k").replace("ck", "k");
        StringBuilder sb = new StringBuilder();
        char prev = 0;
        if (!s.isEmpty() && "aeiou".indexOf(s.charAt(0)) >= 0) {
            // An initial vowel is kept as one mark: "Idlib" and "Edlib" agree, "eastern" and "southern" do not.
            sb.append('V');
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiouy".indexOf(c) >= 0) {
                continue;
            }
            if (c == 'q' || c == 'g' || c == 'c') {
                c = 'k';
            }
            if (c == '0') {
                c = 'o';
                continue;
            }
            if (c != prev) {
                sb.append(c);
            }
            prev = c;
        }
        if (sb.length() > 2 && sb.charAt(sb.length() - 1) == 'h') {
            sb.setLength(sb.length() - 1);
        }
        if (vowelEnd) {
            sb.append('\'');
        }
        return sb.toString();
    }

    /** Ends in a vowel, y, or a vowel and h ("Zenki", "Daraya", "Hamah"). */
    private static boolean endsInVowelSound(String s) {
        char last = s.charAt(s.length() - 1);
        if ("aeiouy".indexOf(last) >= 0) {
            return true;
        }
        return last == 'h' && "aeiou".indexOf(s.charAt(s.length() - 2)) >= 0;
    }

    /** The normalised key of a name: content tokens' normal forms joined by spaces. */
    static List<String> normKey(String name) {
        List<String> out = new ArrayList<>();
        for (NameToken t : tokens(stripQualifier(name), 0)) {
            if (!t.connector()) {
                out.add(t.norm());
            }
        }
        return out;
    }

    static List<String> phoneticKey(String name) {
        List<String> out = new ArrayList<>();
        for (NameToken t : tokens(stripQualifier(name), 0)) {
            if (!t.connector()) {
                out.add(t.phonetic());
            }
        }
        return out;
    }

    /** "Republican Guard (Syria)" is matched as "Republican Guard": the qualifier only disambiguates the label. */
    static String stripQualifier(String name) {
        return name.indexOf('(') < 0 ? name.strip() : QUALIFIER.matcher(name).replaceAll("").strip();
    }
}
