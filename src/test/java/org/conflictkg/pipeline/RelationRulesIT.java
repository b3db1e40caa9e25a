package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.conflictkg.model.Claim;
import org.conflictkg.model.Extraction;
import org.conflictkg.model.Polarity;
import org.conflictkg.model.RawArticle;
import org.conflictkg.model.SourceFormat;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The general constructions the relation rules must read, each tried on sentences written for
 * the test (not taken from the seeds), with the real OpenNLP models and knowledge base.
 */
class RelationRulesIT {
    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline(KbLoader.load(null), NlpModels.load());
    }

    static Extraction extract(String sentence) {
        return extract(sentence, "2017-06-01");
    }

    static Extraction extract(String sentence, String published) {
        String text = "title: Test article\npublisher: Test Wire\ndate: " + published + "\n\n" + sentence;
        // The hand rules alone: the learned layer over them is held by LearningIT and the cross-validation.
        return pipeline.extractor().extractBase(pipeline.analyse(new RawArticle("test.txt", text, "UTF-8", SourceFormat.TEXT))).extraction();
    }

    static Set<String> triples(String sentence) {
        return triplesOn(sentence, "2017-06-01");
    }

    static Set<String> triplesOn(String sentence, String published) {
        return extract(sentence, published).claims().stream().filter(c -> c.polarity() == Polarity.POSITIVE)
                .map(c -> c.subject() + " " + c.relation() + " " + c.object()).collect(Collectors.toSet());
    }

    static void assertHas(Set<String> got, String... expected) {
        for (String e : expected) {
            assertTrue(got.contains(e), "missing '" + e + "' in " + got);
        }
    }

    @Test
    void clashes_between_two_groups_are_fighting_and_place_them() {
        Set<String> t = triples("Heavy clashes between Ahrar al-Sham and Jund al-Aqsa erupted in Saraqeb on Monday.");
        assertHas(t, "ahrar-al-sham fightsAgainst jund-al-aqsa", "ahrar-al-sham operatesIn saraqeb", "jund-al-aqsa operatesIn saraqeb");
        assertHas(triples("Clashes between Ahrar al-Sham and Jund al-Aqsa were reported in Saraqeb and near Kafr Nabl."),
                "ahrar-al-sham operatesIn saraqeb", "ahrar-al-sham operatesIn kafr-nabl");
    }

    @Test
    void the_constructions_added_in_session_two_are_read() {
        assertHas(triples("President Barack Obama met the delegation."), "barack-obama roleIn united-states");
        assertHas(triples("The talks between foreign ministers Kerry and Lavrov ended."),
                "john-kerry roleIn united-states", "sergey-lavrov roleIn russia");
        assertHas(triples("Al-Qaeda's Syrian branch Jabhat al-Nusra attacked Aleppo."), "jabhat-al-nusra memberOf al-qaeda");
        Set<String> based = triples("Kurdish forces fought near the border with Turkey the UK-based opposing Syrian Observatory said.");
        assertFalse(based.stream().anyMatch(t -> t.startsWith("united-kingdom ")), "a place before -based is not an actor: " + based);
    }

    @Test
    void agreements_made_at_talks_advisers_and_outlets_quoting_sources_are_read() {
        assertHas(triples("The Eastern Ghouta truce was reached during the Geneva talks last month."),
                "eastern-ghouta-truce-february-2018 agreedAt geneva-talks");
        assertHas(triples("Qassem Soleimani, a senior military adviser to Supreme Leader Ali Khamenei, visited Aleppo."),
                "qassem-soleimani advisorTo ali-khamenei");
        assertHas(triples("Al Jazeera quoted Sergey Lavrov as saying that the talks would resume."), "al-jazeera quotes sergey-lavrov");
    }

    @Test
    void reinforcements_sightings_areas_of_fighting_and_forces_under_command_are_read() {
        assertHas(triples("Hezbollah has reinforced the Hama province with fighters from the Fatemiyoun Brigade and the Quds Force."),
                "hezbollah operatesIn hama-governorate", "liwa-fatemiyoun operatesIn hama-governorate", "quds-force operatesIn hama-governorate");
        assertHas(triples("Jaish al-Islam sent reinforcements to Harasta on Sunday."), "jaish-al-islam operatesIn harasta");
        assertHas(triples("Abu Mohammad al-Julani was spotted last month in Saraqeb."), "abu-mohammad-al-julani locatedIn saraqeb");
        assertHas(triples("Shelling hit Kafr Nabl in Idlib where Ahrar al-Sham fighters were clashing with the army."),
                "ahrar-al-sham operatesIn kafr-nabl");
        Set<String> backed = triples("A raid hit the town of Manbij where US-backed fighters are battling the Islamic State.");
        assertFalse(backed.contains("united-states operatesIn manbij"), "the backer of the fighters is not where they fight: " + backed);
        assertHas(triples("Syrian Democratic Forces under US command advanced on Raqqa."), "united-states commands syrian-democratic-forces");
        assertHas(triples("Turkish troops shelled Afrin."), "turkey attacked afrin");
    }

    @Test
    void a_definite_agreement_noun_refers_back_to_the_agreement_it_introduced_and_the_recent_one_is_one() {
        Extraction e = extract("A truce in Eastern Ghouta was extended by five days. Officials recalled that the cessation of hostilities "
                + "agreement came into effect on February 27, 2016. Rebels warned that the truce would collapse.", "2018-03-05");
        int rebels = e.article().text().indexOf("Rebels warned");
        List<String> last = e.mentions().stream().filter(m -> m.start() > rebels && m.surface().equals("truce")).map(m -> m.entityId()).toList();
        assertEquals(List.of("eastern-ghouta-truce-february-2018"), last);
        assertHas(triplesOn("Rebel factions have abused several ceasefires, the latest one in Aleppo brokered by Russia and the United States.",
                "2016-05-12"), "russia partyTo aleppo-latakia-truce-may-2016", "united-states partyTo aleppo-latakia-truce-may-2016");
    }

    @Test
    void an_agreement_just_ended_is_still_news_and_a_local_truce_long_over_is_not_meant() {
        assertHas(triplesOn("Jets pounded eastern Aleppo days after a week-long ceasefire brokered by the US and Russia collapsed.", "2016-09-23"),
                "russia partyTo us-russia-ceasefire-september-2016", "united-states partyTo us-russia-ceasefire-september-2016");
        Set<String> later = triplesOn("The UN called for an urgent ceasefire in the divided city of Aleppo.", "2016-12-10");
        assertFalse(later.stream().anyMatch(t -> t.contains("aleppo-latakia-truce-may-2016")), "a truce over for months is not this one: " + later);
    }

    @Test
    void who_foils_an_attack_the_whole_a_branch_belongs_to_and_a_backer_are_not_the_fighters() {
        Set<String> foiled = triples("The Syrian army foiled a terrorist attack on Palmyra on Friday.");
        assertFalse(foiled.contains("syrian-arab-army attacked palmyra"), "the army stopped the attack: " + foiled);
        assertHas(triples("The Syrian army attacked Palmyra on Friday."), "syrian-arab-army attacked palmyra");
        Set<String> branch = triples("Fighters of Jabhat al-Nusra, the Syrian branch of al-Qaeda attacked Palmyra.");
        assertFalse(branch.contains("al-qaeda attacked palmyra"), "the branch acts, not the whole: " + branch);
        assertHas(triples("Hezbollah continued its battle around Qusayr with Jabhat al-Nusra."), "hezbollah fightsAgainst jabhat-al-nusra");
        Set<String> along = triples("Hezbollah pressed its war on the Nusra Front along with the Syrian army.");
        assertHas(along, "hezbollah fightsAgainst jabhat-al-nusra");
        assertFalse(along.contains("hezbollah fightsAgainst syrian-arab-army"), "a companion is no enemy: " + along);
        Set<String> helped = triples("Hezbollah continued its battle around Qusayr with Russian help.");
        assertFalse(helped.stream().anyMatch(t -> t.contains("fightsAgainst")), "a helper is no enemy: " + helped);
        Set<String> backed = triples("Near Raqqa the Syrian Democratic Forces are fighting with US support.");
        assertFalse(backed.stream().anyMatch(t -> t.contains("fightsAgainst")), "a backer named before 'support' is no enemy: " + backed);
    }

    @Test
    void a_long_relative_clause_before_its_attack_and_punishing_those_who_join_are_read() {
        assertHas(triples("Jaish al-Islam, which never joined the truce but claimed to respect it while continuing its attacks on "
                + "Syrian government forces, lost ground."), "jaish-al-islam fightsAgainst syrian-arab-army");
        assertTrue(extract("Jaish al-Islam never fought the Syrian army in Douma.").claims().stream()
                .anyMatch(c -> c.relation().equals("fightsAgainst") && c.polarity() == Polarity.NEGATIVE), "a negation in scope still holds");
        assertHas(triples("Ahrar al-Sham detained dozens of men in Saraqeb for joining Operation Euphrates Shield."),
                "ahrar-al-sham opposes operation-euphrates-shield");
    }

    @Test
    void who_says_we_in_a_quote_is_the_quoted_actor() {
        String truce = "A nationwide ceasefire brokered by Russia and Turkey took effect on December 30, 2016. ";
        assertHas(triplesOn(truce + "\"We welcome the ceasefire and hope it will hold,\" Iranian Foreign Minister Mohammad Javad Zarif said.",
                "2017-01-02"), "mohammad-javad-zarif welcomed nationwide-ceasefire-december-2016");
        assertHas(triplesOn(truce + "\"We reject the ceasefire,\" Ahrar al-Sham said on Sunday.", "2017-01-02"),
                "ahrar-al-sham rejected nationwide-ceasefire-december-2016");
        assertHas(triplesOn(truce + "\"We reject this truce,\" Ahrar al-Sham spokesman Ahmad Qara Ali told reporters.", "2017-01-02"),
                "ahrar-al-sham rejected nationwide-ceasefire-december-2016");
        assertHas(triplesOn(truce + "\"We will not abide by the ceasefire,\" said a statement by Jaish al-Islam.", "2017-01-02"),
                "jaish-al-islam rejected nationwide-ceasefire-december-2016");
        Set<String> unquoted = triplesOn(truce + "We welcome the ceasefire.", "2017-01-02");
        assertFalse(unquoted.stream().anyMatch(t -> t.contains(" welcomed ")), "no speaker, no subject: " + unquoted);
    }

    @Test
    void support_is_read_in_its_common_shapes_and_a_backer_is_not_the_actor() {
        assertHas(triples("Turkey has been arming Faylaq al-Sham for years."), "turkey supports faylaq-al-sham");
        assertHas(triples("Faylaq al-Sham is armed and funded by Turkey."), "turkey supports faylaq-al-sham");
        assertHas(triples("Turkey provides Faylaq al-Sham with anti-tank missiles."), "turkey supports faylaq-al-sham");
        assertHas(triples("Qatar is a major sponsor of Ahrar al-Sham."), "qatar supports ahrar-al-sham");
        Set<String> apposition = triples("Jaish al-Islam, a Saudi-funded group, shelled Damascus.");
        assertHas(apposition, "saudi-arabia supports jaish-al-islam");
        assertFalse(apposition.contains("saudi-arabia attacked damascus"), "the backer did not shell: " + apposition);
    }

    @Test
    void mutual_fighting_active_designation_and_who_accuses_or_is_renamed_are_read_right() {
        assertHas(triples("Jaish al-Islam and Faylaq al-Rahman have been fighting each other in Eastern Ghouta."),
                "faylaq-al-rahman fightsAgainst jaish-al-islam");
        assertHas(triples("The United States designated Hayat Tahrir al-Sham as a terrorist organisation."),
                "hayat-tahrir-al-sham designatedTerrorist united-states");
        Set<String> accused = triples("A nationwide ceasefire took effect on December 30, 2016. Russia accused the rebels of violating the ceasefire.");
        assertFalse(accused.stream().anyMatch(t -> t.startsWith("russia violated")), "the accuser did not violate it: " + accused);
        Set<String> renamed = triples("Hayat Tahrir al-Sham, formerly known as Jabhat Fateh al-Sham, attacked Saraqeb.");
        assertFalse(renamed.contains("jabhat-fateh-al-sham attacked saraqeb"), "the former name does not act: " + renamed);
        assertHas(triples("Rebel groups known as Jaish al-Izza attacked Saraqeb."), "jaish-al-izza attacked saraqeb");
    }

    @Test
    void alliances_allegiance_mergers_and_exclusion_past_a_relative_clause_are_read() {
        assertHas(triples("Jund al-Aqsa pledged allegiance to Jabhat Fateh al-Sham."), "jund-al-aqsa memberOf jabhat-fateh-al-sham");
        assertHas(triples("Nour al-Din al-Zenki merged into Hayat Tahrir al-Sham."), "nour-al-din-al-zenki memberOf hayat-tahrir-al-sham");
        assertHas(triples("Jaish al-Islam and Ahrar al-Sham formed an alliance."), "ahrar-al-sham alliedWith jaish-al-islam");
        assertHas(triples("Hezballah is a close ally of Iran."), "hezbollah alliedWith iran");
        assertHas(triplesOn("A nationwide ceasefire took effect on December 30, 2016. The ceasefire, which was mediated by Kazakhstan, "
                + "excludes the Islamic State.", "2017-01-02"), "islamic-state excludedFrom nationwide-ceasefire-december-2016");
    }

    @Test
    void a_place_falling_to_or_lost_to_a_force_is_controlled_by_it() {
        assertHas(triples("Raqqa fell to the Syrian Democratic Forces in October."), "syrian-democratic-forces controls raqqa");
        assertHas(triples("The Islamic State lost Manbij to the Syrian Democratic Forces."), "syrian-democratic-forces controls manbij");
    }

    @Test
    void a_state_named_before_a_possessive_locates_the_covered_place_and_is_not_covered_itself() {
        Set<String> t = triples("The extension of a truce in Syria's northern Idlib province was announced on Monday.");
        assertTrue(t.stream().anyMatch(x -> x.contains(" covers idlib")), "the province is covered: " + t);
        assertFalse(t.stream().anyMatch(x -> x.endsWith(" covers syria")), "the state only locates it: " + t);
    }

    @Test
    void an_opening_it_with_a_verb_of_action_is_the_body_that_opened_the_sentence_before() {
        assertHas(triples("Jaish al-Islam withdrew from Douma last week. It is unable to hold the town. It continues its attacks around Harasta."),
                "jaish-al-islam operatesIn harasta");
        Set<String> dummy = triples("Jaish al-Islam withdrew from Douma last week. It is clear that fighting continues around Harasta.");
        assertFalse(dummy.contains("jaish-al-islam operatesIn harasta"), "a dummy It refers to nothing: " + dummy);
        Set<String> person = triples("Bashar al-Assad spoke in Damascus. It continues its attacks around Harasta.");
        assertFalse(person.stream().anyMatch(t -> t.contains("operatesIn harasta")), "It is never a person: " + person);
        Extraction they = extract("Jaish al-Islam fighters withdrew from Douma on Monday. They seized Harasta a day later. They are said to be tired.");
        assertEquals(List.of("jaish-al-islam"), readAs(they, "They"), "an opening They with a verb of action is the group; 'They are' is open");
    }


    /** Which entity each mention with the given surface was read as, in order. */
    static List<String> readAs(Extraction x, String surface) {
        return x.mentions().stream().filter(m -> m.surface().equalsIgnoreCase(surface)).map(org.conflictkg.model.Mention::entityId).toList();
    }

    @Test
    void a_leader_named_in_a_led_compound_commands_what_it_leads() {
        Extraction x = extract("US-led coalition air strikes hit Raqqa on Monday.");
        assertHas(triples("US-led coalition air strikes hit Raqqa on Monday."), "united-states commands global-coalition-against-daesh");
        assertEquals(List.of("united-states"), readAs(x, "US"), "the leader is read inside the name");
        assertFalse(triples("The international coalition struck Raqqa.").stream().anyMatch(t -> t.contains(" commands ")),
                "a coalition named without its leader is led by no one read");
    }

    @Test
    void the_city_the_town_and_the_province_refer_back_to_the_place_of_their_kind_named_last() {
        Extraction x = extract("Rebels shelled Douma in Rif Dimashq province on Monday. Government forces fought rebels in the east of the city. "
                + "Clashes spread across the province.");
        assertEquals(List.of("douma"), readAs(x, "the city"));
        assertEquals(List.of("rif-dimashq-governorate"), readAs(x, "the province"));
        Extraction named = extract("Rebels shelled Douma on Monday. Islamic State fighters stormed the town of Tabqa.");
        assertEquals(List.of(), readAs(named, "the town"), "'the town of Tabqa' names its own town");
        Extraction far = extract("Rebels shelled Douma on Monday. Talks went on. Nothing changed. Nobody spoke. The city was quiet.");
        assertEquals(List.of(), readAs(far, "The city"), "an antecedent more than two sentences back is not read");
    }
    @Test
    void groups_an_agreement_asks_its_parties_to_separate_from_are_excluded() {
        assertHas(triples("Under the Idlib de-escalation zone, rebel factions must separate from Hayat Tahrir al-Sham."),
                "hayat-tahrir-al-sham excludedFrom idlib-de-escalation-zone");
    }

    @Test
    void a_group_speaking_through_its_officer_gives_the_officer_a_role() {
        Extraction x = extract("Jaish al-Islam announced on Monday, through its political chief Mohammed Alloush, that it would attend.");
        assertTrue(x.claims().stream().anyMatch(c -> c.rule().equals("their-role") && c.subject().equals("mohammed-alloush")
                && c.object().equals("jaish-al-islam")), x.claims().toString());
    }

    @Test
    void an_offensive_launched_against_an_enemy_in_a_place_attacks_the_place() {
        assertHas(triples("Jaish al-Islam launched a counter-offensive against government forces near Harasta on Monday."),
                "jaish-al-islam attacked harasta");
        Set<String> backed = triples("The Kurdish militia is involved in a U.S.-backed offensive against Islamic State near Manbij.");
        assertFalse(backed.contains("united-states attacked manbij"), "a backer is not the attacker: " + backed);
    }

    @Test
    void a_capital_before_a_government_word_is_its_state_and_a_state_never_fights_its_own_army() {
        Extraction x = extract("The Beirut authorities rejected the Idlib de-escalation zone.");
        assertTrue(x.claims().stream().anyMatch(c -> c.subject().equals("lebanon") && c.relation().equals("rejected")), x.claims().toString());
        assertFalse(x.entities().stream().anyMatch(e -> e.id().equals("beirut")), "Beirut is named only as its government");
        Set<String> own = triples("Men were forced to join the Syrian army and fight once officials of the Damascus government arrived.");
        assertFalse(own.stream().anyMatch(t -> t.contains("fightsAgainst") && t.contains("syria ") && t.contains("syrian-arab-army")), own.toString());
    }

    @Test
    void states_cooperating_in_fighting_a_group_fight_it() {
        assertHas(triples("Turkish and U.S. cooperation on fighting the Islamic State was discussed."),
                "islamic-state fightsAgainst turkey", "islamic-state fightsAgainst united-states"); // symmetric: kept in key order
    }

    @Test
    void an_indefinite_ceasefire_in_a_sentence_naming_no_one_is_not_an_agreement() {
        assertFalse(extract("Both sides of the war are supposed to respect a truce.").entities().stream()
                .anyMatch(e -> e.type() == org.conflictkg.model.EntityType.Agreement), "a truce in general is not one agreement");
        assertTrue(extract("Russia and Turkey agreed a truce in Idlib.").entities().stream()
                .anyMatch(e -> e.type() == org.conflictkg.model.EntityType.Agreement), "a truce its parties agree is one");
    }

    @Test
    void compound_and_passive_backing_is_support() {
        assertHas(triples("The Turkish-backed Hamza Division advanced on Tal Rifaat."), "turkey supports hamza-division");
        assertHas(triples("Jaish al-Izza, backed by the United States, shelled Morek."), "united-states supports jaish-al-izza");
        assertHas(triples("Liwa al-Quds uses rifles supplied to it by Russia."), "russia supports liwa-al-quds");
    }

    @Test
    void a_compound_modifier_applies_to_the_first_of_a_list_only() {
        Set<String> t = triples("The US-backed Free Syrian Army, Ahrar al-Sham and Jaish al-Islam met in Azaz.");
        assertHas(t, "united-states supports free-syrian-army");
        assertFalse(t.contains("united-states supports ahrar-al-sham"), t.toString());
    }

    @Test
    void former_names_and_appositions_are_read() {
        assertHas(triples("Jabhat Fateh al-Sham (formerly Jabhat al-Nusra) launched an offensive."),
                "jabhat-fateh-al-sham formerlyKnownAs jabhat-al-nusra");
        assertHas(triples("The fighters of Jund al-Aqsa, a close ally of Jabhat Fateh al-Sham, withdrew."),
                "jabhat-fateh-al-sham alliedWith jund-al-aqsa");
    }

    @Test
    void coordinated_parties_and_areas_of_an_agreement_are_each_linked() {
        Extraction x = extract("Russia, Turkey and Iran agreed upon the de-escalation zones in Idlib, Homs and Eastern Ghouta.");
        Set<String> t = x.claims().stream().map(c -> c.subject() + " " + c.relation() + " " + c.object()).collect(Collectors.toSet());
        String zone = x.claims().stream().filter(c -> c.relation().equals("partyTo")).map(Claim::object).findFirst().orElseThrow();
        assertHas(t, "russia partyTo " + zone, "turkey partyTo " + zone, "iran partyTo " + zone,
                zone + " covers idlib", zone + " covers homs", zone + " covers eastern-ghouta");
    }

    @Test
    void rejection_exclusion_and_readiness_to_assist_are_read() {
        Extraction r = extract("A ceasefire began on Sunday. Jaish al-Islam rejected the ceasefire.");
        assertTrue(r.claims().stream().anyMatch(c -> c.subject().equals("jaish-al-islam") && c.relation().equals("rejected")), r.claims().toString());
        Extraction e = extract("A truce began on Sunday. Hurras al-Din and the Islamic State are excluded from the truce.");
        List<String> excluded = e.claims().stream().filter(c -> c.relation().equals("excludedFrom")).map(Claim::subject).sorted().toList();
        assertEquals(List.of("hurras-al-din", "islamic-state"), excluded);
        assertHas(triples("Ahrar al-Sham, Faylaq al-Sham and Jaish al-Izza declared their readiness to assist Hay'at Tahrir al-Sham."),
                "ahrar-al-sham alliedWith hayat-tahrir-al-sham", "faylaq-al-sham alliedWith hayat-tahrir-al-sham",
                "hayat-tahrir-al-sham alliedWith jaish-al-izza");
    }

    @Test
    void a_capital_listed_with_actors_stands_for_its_government() {
        Extraction x = extract("A truce began on Sunday in Aleppo. Damascus, Tehran and Hezbollah all welcomed the truce.");
        List<String> welcomed = x.claims().stream().filter(c -> c.relation().equals("welcomed")).map(Claim::subject).sorted().toList();
        assertEquals(List.of("hezbollah", "iran", "syria"), welcomed);
        assertTrue(x.mentions().stream().anyMatch(m -> m.surface().equals("Damascus") && m.entityId().equals("syria")), "the mention says so too");
        assertFalse(x.entities().stream().anyMatch(e -> e.id().equals("damascus")), "the city is not among the article's entities");
        Extraction place = extract("Shelling hit Damascus on Sunday. Hezbollah, Tehran and Moscow praised the truce.");
        assertTrue(place.entities().stream().anyMatch(e -> e.id().equals("damascus")), "a capital named as a place stays one");
    }

    @Test
    void a_negated_claim_is_marked_and_not_factual() {
        Extraction x = extract("A ceasefire began on Sunday. Jaish al-Islam did not reject the ceasefire.");
        Claim c = x.claims().stream().filter(k -> k.relation().equals("rejected")).findFirst().orElseThrow();
        assertEquals(Polarity.NEGATIVE, c.polarity());
        assertFalse(c.isFactual());
    }

    @Test
    void every_claim_carries_its_sentence_offsets_and_rule() {
        Extraction x = extract("Clashes between Ahrar al-Sham and Jund al-Aqsa erupted in Saraqeb.");
        String text = x.article().text();
        for (Claim c : x.claims()) {
            assertEquals(c.evidence(), text.substring(c.start(), c.end()));
            assertFalse(c.rule().isBlank());
            assertTrue(c.confidence() > 0 && c.confidence() <= 1);
        }
    }

    @Test
    void a_possessive_s_on_the_last_word_of_a_name_and_the_full_stop_of_initials_belong_to_the_name() {
        // The dataset strips apostrophes: "Bashar al-Assads forces" is "Bashar al-Assad's forces".
        Extraction x = extract("Bashar al-Assads envoy met U.S. officials in Geneva while U.N. monitors waited.");
        Set<String> surfaces = x.mentions().stream().map(m -> m.entityId() + "=" + m.surface()).collect(Collectors.toSet());
        assertTrue(surfaces.contains("bashar-al-assad=Bashar al-Assads"), surfaces.toString());
        assertTrue(surfaces.contains("united-states=U.S."), surfaces.toString());
        assertTrue(surfaces.contains("united-nations=U.N."), surfaces.toString());
    }

    /** Whether the rules' two mentions of the named entities in the sentence are joint subjects of a one-sided action. */
    static boolean jointSubjects(String sentence, String a, String b) {
        String text = "title: Test article\npublisher: Test Wire\ndate: 2017-06-01\n\n" + sentence;
        org.conflictkg.model.AnalysedArticle an = pipeline.analyse(new RawArticle("test.txt", text, "UTF-8", SourceFormat.TEXT));
        Extraction x = pipeline.extractor().extractBase(an).extraction();
        java.util.Map<String, org.conflictkg.model.Entity> entities = new java.util.HashMap<>();
        x.entities().forEach(e -> entities.put(e.id(), e));
        org.conflictkg.extract.RelationFeatures f = org.conflictkg.extract.RelationFeatures.load();
        return org.conflictkg.extract.RelationCandidate.of(an, x.mentions(), entities).stream()
                .filter(c -> Set.of(c.first().entityId(), c.second().entityId()).equals(Set.of(a, b)))
                .findFirst().map(f::jointSubjects).orElseThrow(() -> new AssertionError("no candidate " + a + " / " + b + " in " + x.mentions()));
    }

    @Test
    void two_actors_named_together_before_a_one_sided_action_act_together_but_the_sides_of_a_fight_do_not() {
        assertTrue(jointSubjects("Hezbollah fighters and the Syrian Arab Army attacked Jabhat al-Nusra near Aleppo.", "hezbollah", "syrian-arab-army"));
        assertTrue(jointSubjects("Ahrar al-Sham and Faylaq al-Sham have jointly captured the town.", "ahrar-al-sham", "faylaq-al-sham"));
        assertFalse(jointSubjects("Hezbollah and the Syrian Arab Army clashed near Aleppo.", "hezbollah", "syrian-arab-army"));
        assertFalse(jointSubjects("Fighting between Hezbollah and the Syrian Arab Army killed 20 people.", "hezbollah", "syrian-arab-army"));
        assertFalse(jointSubjects("Hezbollah attacked the Syrian Arab Army near Aleppo.", "hezbollah", "syrian-arab-army"));
    }
}
