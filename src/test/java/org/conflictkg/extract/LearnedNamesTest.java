package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.conflictkg.model.EntityType;
import org.conflictkg.model.Section;
import org.conflictkg.model.Sentence;
import org.junit.jupiter.api.Test;

class LearnedNamesTest {
    private static final LearnedNames NAMES = new LearnedNames(List.of(
            new LearnedNames.Entry("regime forces", "syrian-arab-army", "Syrian Arab Army", EntityType.ArmedForce, 0.8, 40),
            new LearnedNames.Entry("regime", "learned-syrian-government", "Syrian government", EntityType.State, 0.6, 90),
            new LearnedNames.Entry("Kafr Nabl", "learned-kafr-nabl", "Kafr Nabl", EntityType.Location, 0.5, 2),
            new LearnedNames.Entry("army", "syrian-arab-army", "Syrian Arab Army", EntityType.ArmedForce, 0.2, 30)));

    private static Sentence sentence(String text) {
        return new Sentence(0, 100, text, Section.BODY, List.of());
    }

    private static List<String> found(String text, double min) {
        List<String> out = new ArrayList<>();
        for (LearnedNames.Found f : NAMES.find(sentence(text), min)) {
            out.add(text.substring(f.start() - 100, f.end() - 100) + "=" + f.entry().entityId());
        }
        return out;
    }

    @Test
    void the_longest_name_wins_and_offsets_point_into_the_article() {
        assertEquals(List.of("regime forces=syrian-arab-army", "Kafr Nabl=learned-kafr-nabl"),
                found("Shelling by regime forces hit Kafr Nabl on Monday", 0.3));
    }

    @Test
    void case_matters_except_for_the_first_word_of_a_sentence() {
        assertEquals(List.of(), found("The KAFR NABL market and kafr nabl", 0.3));
        assertEquals(List.of("Regime=learned-syrian-government"), found("Regime officials denied it", 0.3));
    }

    @Test
    void names_below_the_precision_asked_for_are_not_read() {
        assertEquals(List.of(), found("the army advanced", 0.3));
        assertEquals(List.of("army=syrian-arab-army"), found("the army advanced", 0.1));
    }

    @Test
    void names_match_whole_words_only() {
        assertEquals(List.of(), found("the regimes fell", 0.3));
    }

    @Test
    void what_is_written_reads_back_the_same() throws Exception {
        String tsv = NAMES.write();
        LearnedNames back = LearnedNames.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(tsv, back.write());
        assertEquals(4, back.entries().size());
        assertTrue(tsv.startsWith("# Learned by kg train"));
    }

    @Test
    void a_malformed_line_is_named() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                LearnedNames.read(new ByteArrayInputStream("regime\tx\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("regime"), e.getMessage());
    }
}
