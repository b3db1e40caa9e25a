package org.conflictkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.ingest.Ingestor;
import org.conflictkg.ingest.SourceFinder;
import org.conflictkg.model.ConflictKgException;
import org.conflictkg.model.RejectedInputException;

/**
 * Makes a large corpus, reproducibly from a seed, out of a small one in the bundled header
 * format ({@code title:}, {@code publisher:}, {@code date:} lines, a blank line, the body).
 * Each new article takes a real article's headline and publisher, moves its date by up to
 * three years, replaces about four sentences in ten with sentences of other articles, and
 * renames some of the armed groups and villages it names with invented names drawn from a
 * pool that grows with the corpus (a few names are frequent, most are rare), so that the
 * number of entities grows as it does in real news.
 */
public final class ScaleCorpus {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"'])");
    private static final Pattern GROUP = Pattern.compile(
            "\\b(?:Liwa|Jaish|Jaysh|Harakat|Katibat|Kataib|Ahrar|Jabhat|Faylaq|Firqat)(?: (?:al-|el-|Al )?[A-Z][a-z]+){1,2}");
    private static final Pattern VILLAGE = Pattern.compile("\\b(village|town) of [A-Z][a-z]+(?:[- ][A-Z][a-z]+)?");
    private static final String[] HEADS = {"Liwa", "Jaish", "Harakat", "Katibat", "Firqat", "Tajammu"};
    private static final String[] SYLLABLES = {"Fur", "qan", "Haq", "Nas", "ra", "Mu", "ha", "jir", "Sa", "lam", "Tah",
        "rir", "Ka", "ram", "Is", "lah", "Wa", "tan", "Fa", "rouq", "Bad", "r", "Qa", "sim", "Ham", "za", "Ja", "bal"};

    private ScaleCorpus() {
    }

    /** One source article. */
    private record Source(String title, String publisher, LocalDate date, List<String> sentences) {
    }

    /** What {@link #generate} wrote. */
    public record Written(int articles, long bytes, int sources) {
    }

    /** Writes {@code count} articles to {@code out} (created when needed) from the articles under {@code roots}. */
    public static Written generate(List<Path> roots, int count, long seed, Path out) {
        if (count < 1) {
            throw new IllegalArgumentException("the article count must be at least 1: " + count);
        }
        List<Source> sources = read(roots);
        List<String> pool = new ArrayList<>();
        sources.forEach(s -> pool.addAll(s.sentences()));
        int groupNames = Math.max(8, count / 25);
        int villageNames = Math.max(8, count / 15);
        long bytes = 0;
        try {
            Files.createDirectories(out);
            for (int i = 0; i < count; i++) {
                SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
                Source base = sources.get(r.nextInt(sources.size()));
                StringBuilder body = new StringBuilder();
                for (String sentence : base.sentences()) {
                    String s = r.nextDouble() < 0.4 ? pool.get(r.nextInt(pool.size())) : sentence;
                    s = rename(s, GROUP, r, groupNames, seed, false);
                    s = rename(s, VILLAGE, r, villageNames, seed, true);
                    body.append(body.length() == 0 ? "" : " ").append(s);
                }
                LocalDate date = base.date() == null ? LocalDate.of(2016, 1, 1) : base.date();
                date = date.plusDays(r.nextInt(2 * 3 * 365) - 3 * 365);
                String text = "title: " + base.title() + "\n"
                        + (base.publisher() == null ? "" : "publisher: " + base.publisher() + "\n")
                        + "date: " + date + "\n"
                        + "source: synthetic, recombined from " + roots + " with seed " + seed + "\n\n"
                        + body + "\n";
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                Files.write(out.resolve(String.format("scale-%07d.txt", i)), b);
                bytes += b.length;
            }
        } catch (IOException e) {
            throw new ConflictKgException("cannot write the corpus to " + out + ": " + e.getMessage(), e);
        }
        return new Written(count, bytes, sources.size());
    }

    /** Replaces each match, with probability one half, by an invented name; rank r is drawn with a skew to low ranks. */
    private static String rename(String s, Pattern p, SplittableRandom r, int names, long seed, boolean village) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement = m.group();
            if (r.nextBoolean()) {
                int rank = r.nextInt(r.nextInt(names) + 1);
                String name = inventedName(rank, seed, village);
                replacement = village ? m.group(1) + " of " + name : name;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String inventedName(int rank, long seed, boolean village) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ (rank * 2L + (village ? 1 : 0)) * 0xBF58476D1CE4E5B9L);
        StringBuilder w = new StringBuilder();
        int parts = 2 + r.nextInt(2);
        for (int k = 0; k < parts; k++) {
            w.append(SYLLABLES[r.nextInt(SYLLABLES.length)].toLowerCase());
        }
        String word = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        return village ? word : HEADS[r.nextInt(HEADS.length)] + " al-" + word;
    }

    private static List<Source> read(List<Path> roots) {
        Ingestor ingestor = new Ingestor();
        SourceFinder.Found found = new SourceFinder().find(roots);
        List<Source> out = new ArrayList<>();
        for (Path f : found.files()) {
            String text;
            try {
                text = ingestor.read(f).text();
            } catch (RejectedInputException e) {
                continue;
            }
            String title = null;
            String publisher = null;
            LocalDate date = null;
            List<String> sentences = new ArrayList<>();
            boolean header = true;
            for (String line : text.split("\\R")) {
                if (header && line.isBlank()) {
                    header = false;
                } else if (header && line.startsWith("title:")) {
                    title = line.substring(6).strip();
                } else if (header && line.startsWith("publisher:")) {
                    publisher = line.substring(10).strip();
                } else if (header && line.startsWith("date:")) {
                    try {
                        date = LocalDate.parse(line.substring(5).strip());
                    } catch (java.time.format.DateTimeParseException e) {
                        date = null;
                    }
                } else if (!header && !line.isBlank()) {
                    for (String s : SENTENCE_END.split(line.strip())) {
                        sentences.add(s.strip());
                    }
                }
            }
            if (title != null && !sentences.isEmpty()) {
                out.add(new Source(title, publisher, date, sentences));
            }
        }
        if (out.isEmpty()) {
            throw new ConflictKgException("no article with a title: header and a body under " + roots);
        }
        return out;
    }
}
