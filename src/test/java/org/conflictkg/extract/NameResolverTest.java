package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conflictkg.ontology.KbLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameResolverTest {
    static NameResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new Extractor(KbLoader.load(null).kb()).resolver();
    }

    static String id(String name) {
        return resolver.resolve(name).map(r -> r.entity().id()).orElse("-");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "Faylagh-o-alSham; faylaq-al-sham",
            "Noor-0-alDin Zanki; nour-al-din-al-zenki",
            "Harakat Nour Al-Deen Al-Zinki; nour-al-din-al-zenki",
            "Jaysh Al-Nasr; jaish-al-nasr",
            "Hizbullah; hezbollah",
            "Hizballah; hezbollah",
            "Daesh; islamic-state",
            "ISIL; islamic-state",
            "HTS; hayat-tahrir-al-sham",
            "Hay'at Tahrir al-Sham; hayat-tahrir-al-sham",
            "Tahrir al-Sham; hayat-tahrir-al-sham",
            "tahrir al sham; hayat-tahrir-al-sham",
            "Jibhat alShamia; jabhat-al-shamiya",
            "Jund-alAqsa; jund-al-aqsa",
            "Jeish al-Islam; jaish-al-islam",
            "Failaq al Sham; faylaq-al-sham",
            "Nusrah Front; jabhat-al-nusra"})
    void names_as_news_print_them_resolve_to_the_right_entity(String name, String expected) {
        assertEquals(expected, id(name));
    }

    @Test
    void confusable_names_stay_apart() {
        assertNotEquals(id("Jaish al-Islam"), id("Jaish al-Izza"));
        assertNotEquals(id("Ahrar al-Sham"), id("Ahrar al-Sharqiya"));
        assertNotEquals(id("Islamic Front"), id("Islamic State"));
        assertNotEquals(id("Hezbollah"), id("Kata'ib Hezbollah"));
        assertEquals("kataib-hezbollah", id("Kataib Hezbollah"));
    }

    @Test
    void the_gaza_army_of_islam_is_reported_as_an_ambiguity_not_merged() {
        var candidates = resolver.candidates("Jaish al-Islam");
        assertEquals("jaish-al-islam", candidates.get(0).entity().id());
        assertTrue(candidates.stream().anyMatch(c -> c.entity().id().equals("army-of-islam-gaza")), candidates.toString());
        assertTrue(candidates.get(0).ambiguous());
    }

    @Test
    void a_name_of_capitals_and_digits_is_an_acronym_in_capitals() {
        assertEquals("t-4-airbase", id("T-4"));
        assertEquals("t-4-airbase", id("T4"));
        assertEquals("-", id("t-4"), "an acronym written in lower case is not the name");
    }

    @Test
    void unknown_names_resolve_to_nothing() {
        assertEquals("-", id("Bundesliga"));
        assertEquals("-", id(""));
    }
}
