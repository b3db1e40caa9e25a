package org.conflictkg.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.conflictkg.model.Article;
import org.conflictkg.model.Paragraph;
import org.conflictkg.model.RawArticle;
import org.conflictkg.model.RejectedInputException;
import org.conflictkg.model.Section;
import org.conflictkg.model.SourceFormat;
import org.jsoup.nodes.Document;

/**
 * Cleans a raw article: strips markup, classifies every line with the boilerplate rules
 * (metadata, furniture, comment sections), picks the headline, drops repeated captions,
 * joins sentences split by stray line breaks and computes the article id.
 * Requires a decoded {@link RawArticle}; produces an {@link Article} with at least a
 * headline. Thread-safe: the rules are immutable and loaded once.
 */
public final class ArticleCleaner {
    private final BoilerplateRules rules = BoilerplateRules.load();
    private final DateParser dates = new DateParser();

    public Article clean(RawArticle raw) {
        List<MarkupStripper.Line> lines;
        Map<String, String> meta = new LinkedHashMap<>();
        if (raw.format() == SourceFormat.HTML) {
            Document doc = MarkupStripper.parseHtml(raw.text());
            MarkupStripper.HtmlMeta hm = MarkupStripper.htmlMeta(doc);
            putIfPresent(meta, "title", hm.title());
            putIfPresent(meta, "author", hm.author());
            putIfPresent(meta, "publisher", hm.publisher());
            putIfPresent(meta, "date", hm.date());
            lines = MarkupStripper.html(doc);
        } else {
            lines = MarkupStripper.markdown(raw.text());
        }

        List<MarkupStripper.Line> kept = new ArrayList<>();
        String heading = null;
        for (MarkupStripper.Line line : lines) {
            String t = line.text();
            if (t.isEmpty()) {
                kept.add(line);
                continue;
            }
            Optional<BoilerplateRules.Verdict> v = rules.classify(t);
            if (v.isPresent()) {
                if (v.get().action() == LineRule.Action.STOP) {
                    break;
                }
                v.get().fields().forEach(meta::putIfAbsent);
                continue;
            }
            if (line.heading() && heading == null && wordCount(t) >= 3) {
                heading = t;
            }
            kept.add(line);
        }

        String title = heading != null ? heading : meta.get("title");
        List<String> paragraphs = paragraphs(kept);
        if (title == null) {
            title = pickTitle(paragraphs);
        }
        if (title == null) {
            throw new RejectedInputException(raw.name(), "no text left after cleaning");
        }
        paragraphs = dropLabelsAndRepeats(paragraphs, title);
        return build(raw.name(), title, paragraphs, meta);
    }

    private Article build(String name, String title, List<String> body, Map<String, String> meta) {
        List<Paragraph> out = new ArrayList<>();
        out.add(new Paragraph(0, title, Section.HEADLINE));
        int pos = title.length();
        for (String p : body) {
            pos += 2;
            out.add(new Paragraph(pos, p, Section.BODY));
            pos += p.length();
        }
        LocalDate published = dates.parse(meta.get("date")).orElse(null);
        String id = idOf(title, body);
        return new Article(id, name, title, meta.get("author"), clean(meta.get("publisher")),
                clean(meta.get("source")), published, out);
    }

    /** Blank-line-separated blocks; a block that ends mid-sentence joins the next one that starts in lower case. */
    private static List<String> paragraphs(List<MarkupStripper.Line> lines) {
        List<String> blocks = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (MarkupStripper.Line line : lines) {
            if (line.text().isEmpty()) {
                flush(blocks, cur);
            } else {
                if (cur.length() > 0) {
                    cur.append(' ');
                }
                cur.append(line.text());
            }
        }
        flush(blocks, cur);
        List<String> joined = new ArrayList<>();
        for (String b : blocks) {
            int last = joined.size() - 1;
            if (last >= 0 && !endsWithStop(joined.get(last)) && startsLowerCase(b)) {
                joined.set(last, joined.get(last) + " " + b);
            } else {
                joined.add(b);
            }
        }
        return joined;
    }

    private static void flush(List<String> blocks, StringBuilder cur) {
        if (cur.length() > 0) {
            blocks.add(cur.toString().strip());
            cur.setLength(0);
        }
    }

    /**
     * The first block of three words or more. When that block is running text (more than 25
     * words) it stays body, and its first sentence, shortened, names the article.
     */
    private static String pickTitle(List<String> blocks) {
        for (String b : blocks) {
            if (wordCount(b) >= 3) {
                if (wordCount(b) <= 25) {
                    return b;
                }
                String first = b.split("(?<=[.!?])\\s+", 2)[0];
                return first.length() <= 120 ? first + " \u2026" : first.substring(0, 117) + "\u2026";
            }
        }
        return blocks.isEmpty() ? null : blocks.get(0);
    }

    /**
     * Drops the title wherever it is repeated, short labels before the body (section names),
     * and any block that occurs more than once (captions repeated under images).
     */
    private static List<String> dropLabelsAndRepeats(List<String> blocks, String title) {
        Map<String, Integer> counts = new HashMap<>();
        for (String b : blocks) {
            counts.merge(key(b), 1, Integer::sum);
        }
        String titleKey = key(title);
        List<String> out = new ArrayList<>();
        boolean bodyStarted = false;
        for (String b : blocks) {
            String k = key(b);
            if (k.equals(titleKey)) {
                continue;
            }
            if (counts.get(k) > 1 && wordCount(b) >= 3) {
                continue;
            }
            if (!bodyStarted && wordCount(b) <= 5 && !endsSentence(b)) {
                continue;
            }
            bodyStarted = true;
            out.add(b);
        }
        return out;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("[\\s.;,:]+$", "");
        return t.isEmpty() ? null : t;
    }

    private static void putIfPresent(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static boolean endsSentence(String s) {
        return s.matches("(?s).*[.!?:\"”»)\\]]\\s*$");
    }

    private static boolean endsWithStop(String s) {
        return s.matches("(?s).*[.!?:]\\s*$");
    }

    private static boolean startsLowerCase(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    /** The id: a hash of the normalised title and body, so the same article gets the same id. */
    static String idOf(String title, List<String> body) {
        StringBuilder sb = new StringBuilder(key(title));
        for (String b : body) {
            sb.append('\n').append(key(b));
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
