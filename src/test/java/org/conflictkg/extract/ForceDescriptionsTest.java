package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.conflictkg.model.Section;
import org.conflictkg.model.Sentence;
import org.junit.jupiter.api.Test;

class ForceDescriptionsTest {
    private static final ForceDescriptions FORCES = ForceDescriptions.load();

    /** Each found force as "key=words". */
    private static List<String> read(String text) {
        Sentence s = new Sentence(0, 100, text, Section.BODY, List.of());
        return FORCES.find(s).stream().map(f -> f.entityId() + "=" + text.substring(f.start() - 100, f.end() - 100)).toList();
    }

    @Test
    void an_owner_and_a_head_name_the_force_of_that_kind() {
        assertEquals(List.of("syrian-air-force=Syrian regime air raids"), read("Syrian regime air raids hit the town"));
        assertEquals(List.of("turkish-armed-forces=Turkish troops"), read("Turkish troops crossed the border"));
        assertEquals(List.of("syrian-arab-army=regime forces"), read("clashes with regime forces near Hama"));
        assertEquals(List.of("russian-air-force=Russian warplanes"), read("Russian warplanes bombed Idlib"));
    }

    @Test
    void of_listed_owners_the_last_is_read() {
        assertEquals(List.of("russian-air-force=Russian warplanes"), read("backed by Syrian and Russian warplanes"));
        assertEquals(List.of("syrian-air-force=Assad regime airstrikes"), read("killed in Russian and Assad regime airstrikes"));
    }

    @Test
    void an_owner_that_ends_in_a_head_gives_it_back() {
        assertEquals(List.of("syrian-air-force=Syrian army helicopters"), read("Syrian army helicopters dropped barrel bombs"));
        assertEquals(List.of("syrian-arab-army=Syrian army"), read("the Syrian army advanced"));
    }

    @Test
    void someone_elses_force_or_a_longer_name_is_not_read() {
        assertEquals(List.of(), read("the Free Syrian Army said"));
        assertEquals(List.of(), read("US-backed Syrian forces took the dam"));
        assertEquals(List.of(), read("pro-regime forces advanced"));
        assertEquals(List.of(), read("the Syrian Democratic Forces"));
        assertEquals(List.of(), read("the Syrian government said"));
    }
}
