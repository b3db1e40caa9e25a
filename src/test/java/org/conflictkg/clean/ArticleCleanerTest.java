package org.conflictkg.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.conflictkg.model.Article;
import org.conflictkg.model.RawArticle;
import org.conflictkg.model.SourceFormat;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private Article clean(String text, SourceFormat f) {
        return cleaner.clean(new RawArticle("t", text, "UTF-8", f));
    }

    @Test
    void header_fields_become_metadata() {
        Article a = clean("title: Clashes in Idlib\npublisher: Al-Manar\ndate: 2014-02-02\nsource: a dataset\n\nFighting went on in Idlib.", SourceFormat.TEXT);
        assertEquals("Clashes in Idlib", a.title());
        assertEquals("Al-Manar", a.publisher());
        assertEquals(LocalDate.of(2014, 2, 2), a.published());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void bylines_dates_and_legal_text_are_not_body() {
        String md = """
                # Truce in the south

                By [Jane Roe](#)

                Example Site, 21 mai 2016

                The truce held in Daraa on Monday.

                Copyright © Jane Roe, Example Site, 2016

                **Disclaimer:** The contents of this article are of sole responsibility of the author(s).

                Notify of

                A reader comment that is not the article.
                """;
        Article a = clean(md, SourceFormat.MARKDOWN);
        assertEquals("Truce in the south", a.title());
        assertEquals("Jane Roe", a.author());
        assertEquals("Example Site", a.publisher());
        assertEquals(LocalDate.of(2016, 5, 21), a.published());
        assertTrue(a.text().contains("The truce held in Daraa on Monday."));
        assertFalse(a.text().contains("Copyright"));
        assertFalse(a.text().contains("Disclaimer"));
        assertFalse(a.text().contains("reader comment"));
    }

    @Test
    void a_sentence_split_by_a_stray_line_break_is_joined() {
        Article a = clean("# Title of the piece\n\nThe fragile ceasefire bears a hope of peace and\n\nmay become a groundwork.", SourceFormat.MARKDOWN);
        assertEquals(2, a.paragraphs().size());
        assertTrue(a.text().contains("peace and may become"));
    }

    @Test
    void html_scripts_menus_and_metadata_are_handled() {
        String html = "<html><head><title>Aleppo siege</title><meta name=author content='A. Writer'>"
                + "<meta property='article:published_time' content='2016-09-26T10:00:00Z'><script>var x=1;</script></head>"
                + "<body><nav><a>Home</a></nav><h1>Aleppo siege tightens</h1><p>Russian jets struck Aleppo.</p><footer>All rights reserved</footer></body></html>";
        Article a = clean(html, SourceFormat.HTML);
        assertEquals("Aleppo siege tightens", a.title());
        assertEquals("A. Writer", a.author());
        assertEquals(LocalDate.of(2016, 9, 26), a.published());
        assertFalse(a.text().contains("var x"));
        assertFalse(a.text().contains("Home"));
        assertTrue(a.text().contains("Russian jets struck Aleppo."));
    }

    @Test
    void the_same_text_gets_the_same_id() {
        Article a = clean("# A title here\n\nBody text.", SourceFormat.MARKDOWN);
        Article b = clean("# A title here\n\n\nBody   text.", SourceFormat.MARKDOWN);
        assertEquals(a.id(), b.id());
        assertNull(a.publisher());
    }

    @Test
    void publication_dates_in_the_seed_formats_parse() {
        DateParser p = new DateParser();
        assertEquals(LocalDate.of(2017, 7, 12), p.parse("July 12, 2017").orElseThrow());
        assertEquals(LocalDate.of(2016, 5, 21), p.parse("21 mai 2016").orElseThrow());
        assertEquals(LocalDate.of(2018, 1, 11), p.parse("11-1-2018").orElseThrow());
        assertEquals(LocalDate.of(2016, 9, 26), p.parse("26 September 2016").orElseThrow());
        assertEquals(LocalDate.of(2014, 2, 2), p.parse("2014-02-02").orElseThrow());
        assertTrue(p.parse("no date here").isEmpty());
    }
}
