package org.conflictkg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in a sentence, resolved against the publication date when the year is
 * missing: "On Friday, July 7", "12 September", "February 27th", "last Tuesday". Stateless.
 */
final class SentenceDates {
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\b(?:,?\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|last|this|since)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** A date found in text: the day of the year always, the year when written or inferred. */
    record Found(MonthDay day, Integer year) {
        LocalDate date() {
            return year == null ? null : day.atYear(year);
        }
    }

    private SentenceDates() {
    }

    static List<Found> find(String sentence, LocalDate published) {
        List<Found> out = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(sentence);
        while (m.find()) {
            add(out, m.group(1), m.group(2), m.group(3), published);
        }
        m = DAY_MONTH.matcher(sentence);
        while (m.find()) {
            add(out, m.group(2), m.group(1), m.group(3), published);
        }
        if (published != null) {
            m = WEEKDAY.matcher(sentence);
            while (m.find()) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                LocalDate d = published.with(TemporalAdjusters.previous(dow));
                out.add(new Found(MonthDay.from(d), d.getYear()));
            }
        }
        return out;
    }

    private static void add(List<Found> out, String month, String day, String year, LocalDate published) {
        Integer mo = MONTH_NUMBERS.get(month.toLowerCase(Locale.ROOT).substring(0, 3));
        int d = Integer.parseInt(day);
        if (mo == null || d < 1 || d > 31) {
            return;
        }
        MonthDay md;
        try {
            md = MonthDay.of(mo, d);
        } catch (java.time.DateTimeException e) {
            return;
        }
        Integer y = year != null ? Integer.valueOf(year) : null;
        if (y == null && published != null) {
            LocalDate candidate = md.atYear(published.getYear());
            y = candidate.isAfter(published.plusDays(7)) ? published.getYear() - 1 : published.getYear();
        }
        out.add(new Found(md, y));
    }
}
