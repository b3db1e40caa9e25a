package org.conflictkg.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates news sites print: "July 12, 2017", "12 July 2017",
 * "21 mai 2016", "11-1-2018" (day first), "2014-02-02", ISO timestamps. Month names come
 * from {@code months.tsv}. Thread-safe.
 */
public final class DateParser {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");

    private final Map<String, Integer> months;

    public DateParser() {
        this.months = loadMonths();
    }

    /** The month number for a month name in any listed language, or 0. */
    public int month(String name) {
        return months.getOrDefault(fold(name), 0);
    }

    public Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find() && month(m.group(2)) > 0) {
            return date(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find() && month(m.group(1)) > 0) {
            return date(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
        }
        m = NUMERIC.matcher(s);
        if (m.find()) {
            // Day first, as outside the United States; fall back to month first when the day is impossible.
            Optional<LocalDate> d = date(m.group(3), m.group(2), m.group(1));
            return d.isPresent() ? d : date(m.group(3), m.group(1), m.group(2));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String y, String mo, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFC).replace(".", "").trim();
    }

    private static Map<String, Integer> loadMonths() {
        Map<String, Integer> m = new HashMap<>();
        try (InputStream in = DateParser.class.getResourceAsStream("months.tsv")) {
            if (in == null) {
                throw new IllegalStateException("months.tsv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                m.put(fold(f[0]), Integer.parseInt(f[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read months.tsv", e);
        }
        return Map.copyOf(m);
    }
}
