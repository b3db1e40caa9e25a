package org.conflictkg.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Turns Markdown or HTML into plain lines, keeping the text and dropping the markup. */
final class MarkupStripper {
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\([^)\\s]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3})(\\S(?:.*?\\S)?)\\1");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern MD_QUOTE = Pattern.compile("^\\s{0,3}>\\s?");
    private static final String BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td,dd,dt,figcaption";

    private MarkupStripper() {
    }

    /** A line of text; {@code heading} marks Markdown or HTML headings. */
    record Line(String text, boolean heading) {
    }

    static List<Line> markdown(String text) {
        List<Line> lines = new ArrayList<>();
        for (String raw : text.split("\\R", -1)) {
            boolean heading = MD_HEADING.matcher(raw).find();
            String s = MD_HEADING.matcher(raw).replaceFirst("");
            s = MD_QUOTE.matcher(s).replaceFirst("");
            s = MD_IMAGE.matcher(s).replaceAll("$1");
            s = MD_LINK.matcher(s).replaceAll("$1");
            s = MD_EMPHASIS.matcher(s).replaceAll("$2");
            s = MD_EMPHASIS.matcher(s).replaceAll("$2");
            lines.add(new Line(normaliseSpaces(s), heading));
        }
        return lines;
    }

    /** Metadata an HTML page declares in its head. */
    record HtmlMeta(String title, String author, String publisher, String date) {
    }

    static HtmlMeta htmlMeta(Document doc) {
        return new HtmlMeta(
                first(doc, "meta[property=og:title]", "content", doc.title()),
                first(doc, "meta[name=author]", "content", null),
                first(doc, "meta[property=og:site_name]", "content", null),
                first(doc, "meta[property=article:published_time]", "content",
                        first(doc, "time[datetime]", "datetime", null)));
    }

    static List<Line> html(Document doc) {
        doc.select("script,style,noscript,nav,header,footer,aside,form,iframe,svg,button,template,object,embed").remove();
        List<Line> lines = new ArrayList<>();
        Element body = doc.body();
        Elements blocks = body.select(BLOCKS);
        for (Element e : blocks) {
            if (hasBlockAncestor(e)) {
                continue;
            }
            String t = normaliseSpaces(e.text());
            if (!t.isEmpty()) {
                lines.add(new Line(t, e.tagName().matches("h[1-6]")));
                lines.add(new Line("", false));
            }
        }
        if (lines.isEmpty()) {
            for (String raw : body.wholeText().split("\\R")) {
                lines.add(new Line(normaliseSpaces(raw), false));
            }
        }
        return lines;
    }

    static Document parseHtml(String text) {
        return Jsoup.parse(text);
    }

    private static boolean hasBlockAncestor(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static String first(Document doc, String css, String attr, String fallback) {
        Element e = doc.selectFirst(css);
        String v = e == null ? null : e.attr(attr);
        return v == null || v.isBlank() ? (fallback == null || fallback.isBlank() ? null : fallback.strip()) : v.strip();
    }

    /** No-break and other Unicode spaces become plain spaces; runs of spaces and tabs collapse. */
    static String normaliseSpaces(String s) {
        return s.replaceAll("[\\u00A0\\u2007\\u202F\\u2000-\\u200A\\t ]+", " ").strip();
    }
}
