"""The extraction stages, each on sentences written for these tests (in the spirit of real news, not
copied from any evaluation text). One test per rule, named for what it decides."""

from __future__ import annotations

import datetime as dt

import pytest

from aidledger.extractor import extract, extract_document, learned_status
from aidledger.extractor.candidates import find_items, real_money
from aidledger.extractor.context import lists_package_contents
from aidledger.extractor.donor_mentions import DonorFinder, find_references
from aidledger.extractor.index import Mentions
from aidledger.extractor.vocabulary import words
from aidledger.model import Document

FRI = dt.date(2024, 5, 10)


def rows(text, published=FRI):
    return sorted((p.donor, p.system, p.quantity_value, p.amount and int(p.amount), p.currency, p.status)
                  for p in extract(text, published=published))


# ---- index ---------------------------------------------------------------------------------------

def test_mentions_inside_a_span_by_bisection():
    m = Mentions(Document("x", "Norway will send 8 Leopard 2A4 tanks. Spain sends 4."))
    s, e = m.sentences[0]
    assert [d.code for d in m.inside(m.donors, s, e)] == ["NOR"]
    assert [x.system.name for x in m.inside(m.systems, s, e)] == ["Leopard 2A4"]
    assert m.clause_of(s, e, s + 3) == (s, e)



@pytest.mark.parametrize("text, word", [
    ("Kyiv asked for help. London is weighing sending Stormer vehicles fitted with launchers.", "Stormer"),
    ("The Kremlin condemned it. Berlin says it may send more Marder vehicles next year.", "Marder"),
])
def test_a_system_name_is_no_official_spelt_like_it(text, word):
    # "Stormer" is the armoured vehicle, not a misspelt "Starmer"; the system keeps the recipient at home
    m = Mentions(Document("x", text))
    assert not [d for d in m.donors if d.kind == "official" and d.text == word]
    assert [p.system.split()[0] for p in extract(text, published=FRI)] == [word]


# ---- candidates ----------------------------------------------------------------------------------

def _items(text):
    m = Mentions(Document("x", text))
    s, e = m.sentences[0]
    return find_items(m, s, e, m.inside(m.systems, s, e), m.inside(m.generics, s, e),
                      real_money(text, m.inside(m.money, s, e)))


@pytest.mark.parametrize("text, name, count", [
    ("Latvia will hand over 1 800 reconnaissance drones.", "drones", 1800),       # thousands after one space
    ("Canada will donate 400 SkyHawk K9 drones.", "drones", 400),                  # model designation in the gap
    ("Items: body armour (approx. 2,400)", "body armour", 2400),                  # approximate count in brackets
    ("Air defence systems (3 sets)", "air defence systems", 3),                    # count of sets in brackets
    ("Oslo gave 12 of its own M109 howitzers.", "M109", 12),                      # partitive "of its own"
    ("Rome will send another SAMP/T system.", "SAMP/T", 1),                       # another + system = one
])
def test_counts(text, name, count):
    found = {i.name: i.quantity for i in _items(text)}
    assert any(name in n and q == count for n, q in found.items()), found


def test_a_year_before_a_currency_code_is_no_amount():
    text = "The money comes in two parts: NOK 2 billion now and in 2026 NOK 500 million."
    amounts = sorted(int(i.money.amount) for i in _items(text) if i.kind == "money")
    assert amounts == [500_000_000, 2_000_000_000]


def test_payment_rounds_are_not_ammunition():
    assert not [i for i in _items("The grant is paid in four rounds over two years.") if i.category == "ammunition"]


def test_another_n_refers_to_the_last_counted_item():
    text = "Poland has sent 30 PT-91 tanks to Ukraine, and a further 20 are to follow in the spring."
    assert ("POL", "PT-91", 20.0, None, None, "pledged") in rows(text)


def test_generic_words_are_not_matched_after_a_hyphen():
    assert not [r for r in rows("Britain will send 500 anti-tank arms to Ukraine.") if r[1] == "tanks"]


# ---- context -------------------------------------------------------------------------------------

def test_a_package_sentence_lists_contents():
    text = "The tranche includes Marder vehicles, IRIS-T launchers and drones."
    assert lists_package_contents(text, 0, len(text))
    assert rows("Germany announced a new tranche. " + text) == []  # unnumbered contents: no record (rule 2)


def test_the_next_sentence_carries_the_nearest_donor_not_the_joint_group():
    text = ("Together with Norway, Denmark has delivered ten CV90 vehicles. "
            "Also in the package are 3 Piranha carriers.")
    assert ("DNK", "Piranha", 3.0, None, None, "pledged") in rows(text)


# ---- donor ---------------------------------------------------------------------------------------

def test_unqualified_institutions_are_references():
    text = "The ministry said the government will send 12 howitzers. The Department of Defense agreed."
    m = Mentions(Document("x", text))
    refs = [r.text for r in find_references(m)]
    assert "the government" in refs and "The ministry" in refs
    assert not any("Department of Defense" in r for r in refs)  # a named institution


def test_a_reference_speaks_for_the_current_donor():
    text = "Sweden unveiled its 16th package on Monday. The government will send 10 Archer howitzers."
    assert ("SWE", "Archer", 10.0, None, None, "pledged") in rows(text)


def test_oxford_comma_keeps_every_donor():
    found = {r[0] for r in rows("Estonia, Latvia, and Lithuania together put up €90 million for drones.")}
    assert found == {"EST", "LVA", "LTU"}


def test_together_with_adds_a_donor():
    found = {r[0] for r in rows("Belgium is transferring F-16 jets to Ukraine together with Norway.")}
    assert found == {"BEL", "NOR"}


def test_nato_allies_act_as_nato():
    assert {r[0] for r in rows("NATO allies agreed to provide €40 billion of military aid next year.")} == {"NATO"}


def test_donor_finder_reads_leading_candidates_first():
    m = Mentions(Document("x", "Germany: 20 Marders for Ukraine"))
    finder = DonorFinder(m)
    s, e = m.sentences[0]
    assert [d.code for d in finder.leading(s, e)] == ["DEU"]


# ---- status --------------------------------------------------------------------------------------

def test_counted_items_without_a_cue_are_commitments():
    text = "Italy's new package. Its contents: 40 Puma carriers; 5,000 155mm rounds; 12 radars."
    got = rows(text)
    assert ("ITA", "rounds of ammunition", 5000.0, None, None, "pledged") in got or any(
        r[2] == 5000.0 and r[5] == "pledged" for r in got)
    assert any(r[2] == 12.0 and r[5] == "pledged" for r in got)


def test_the_enemy_or_the_recipient_as_subject_gives_no_default():
    assert rows("Finland will send 8 mortars. Russia fired 60 drones at Odesa overnight.") == [
        ("FIN", "mortars", 8.0, None, None, "pledged")]


def test_what_a_system_can_do_is_no_pledge():
    assert rows("A single NASAMS battery can protect a city of 2 million people.") == []


def test_the_clause_verb_wins_over_a_noun_and_a_participle():
    text = "The first eight Leopard 1 tanks, a gift from Denmark, have arrived in Ukraine."
    assert ("DNK", "Leopard 1", 8.0, None, None, "delivered") in rows(text)
    text = "Dozens of CV90 vehicles supplied by Sweden are going to reach Ukraine next month."
    assert [r[5] for r in rows(text)] == ["pledged"]


def test_a_contents_verb_in_a_relative_clause_gives_way():
    text = "Ukraine received from Latvia another batch of aid, which includes 15 M113 carriers."
    assert ("LVA", "M113", 15.0, None, None, "delivered") in rows(text)


@pytest.mark.parametrize("text, status", [
    ("Romania has not made a final decision on sending a second Patriot system.", "considering"),
    ("Seoul said it would weigh whether to send 155mm shells.", "considering"),
    ("Tokyo turned down a request to supply 20 Type 10 tanks.", "refused"),
    ("Austria has so far refused to send 10 Leopard 2 tanks.", "refused"),
    ("Ukraine is getting 12 Leopard 2 tanks from Portugal.", "pledged"),
    ("Kyiv has received 4 IRIS-T launchers from Germany.", "delivered"),
    ("Another 300 drones from Lithuania are now to be sent.", "pledged"),
    ("Greece is giving Ukraine 40 BMP-1 vehicles.", "pledged"),
    ("20 Stryker vehicles are now set aside for Ukraine by the Pentagon.", "pledged"),
    ("The Bundestag voted against sending Taurus missiles to Ukraine.", "refused"),
    ("In earlier arguments against Spain sending Harpoon missiles to Ukraine, the minister cited low stocks.",
     "refused"),
    ("Israel's possible transfer of Patriot systems to Ukraine would mark a shift.", "considering"),
    ("Lithuania's latest shipment to Ukraine contained M577 carriers.", "delivered"),
])
def test_statuses(text, status):
    assert [r[5] for r in rows(text)] == [status]


# ---- exclusions ----------------------------------------------------------------------------------

def test_a_giving_verb_nearer_the_item_outweighs_a_side_remark():
    text = "Britain would send 14 Challenger 2 tanks, the prime minister said in a phone call on Friday."
    assert rows(text) == [("GBR", "Challenger 2", 14.0, None, None, "pledged")]
    # but a purchase to replace one's own stock stays excluded
    assert rows("Austria ordered 20 new Pandur carriers to replace those it gave to Ukraine.") == []


def test_money_given_in_all_is_a_total():
    assert rows("Canada has provided more than $4 billion in military aid to Ukraine.") == []


def test_budget_and_frozen_assets_are_not_military_aid():
    assert rows("Luxembourg will give €50 million to support the budget of Ukraine.") == []
    assert rows("Belgium has frozen €3 billion of Russian assets.") == []


# ---- records -------------------------------------------------------------------------------------

def test_a_stated_conversion_told_again_is_one_record():
    text = ("Canada unveiled a C$500 million (US$370 million) package for Ukraine. "
            "The US$370 million package will fund drones.")
    assert [r[3:5] for r in rows(text)] == [(500_000_000, "CAD")]


# ---- vocabulary ----------------------------------------------------------------------------------

def test_word_lists_are_data():
    assert "crews" in words("modifier_noun").words
    assert words("not_donor_before").ends("a summit in the ")
    assert not words("not_donor_before").ends("a summit with the ")


def test_explain_says_why_a_candidate_gave_no_record():
    doc = Document("x", "Germany has sold 50 Leopard 2 tanks to Ukraine.")
    records, problems = extract_document(doc, explain=True)
    assert records == [] and any(p.code == "AL201" and "not aid" in p.message for p in problems)


def test_pressure_is_context_unless_a_giving_verb_is_nearer():
    assert rows("Berlin's decision to send 14 Leopard 2A6 tanks came after weeks of pressure.") == [
        ("DEU", "Leopard 2A6", 14.0, None, None, "pledged")]


def test_a_future_pledge_is_no_running_total():
    assert rows("Japan will supply Ukraine with 100 trucks, its largest contribution so far.") == [
        ("JPN", "trucks", 100.0, None, None, "pledged")]
    assert rows("Japan has given Ukraine $7 billion in aid so far.") == []


def test_a_calibre_between_count_and_noun_is_a_modifier():
    assert ("CZE", "artillery shells", 500000.0, None, None, "pledged") in rows(
        "Czechia will deliver 500,000 155 mm shells to Ukraine.")


def test_the_same_number_of_items_takes_the_last_count():
    assert ("SWE", "radars", 6.0, None, None, "pledged") in rows(
        "Sweden will deliver 6 patrol boats and the same number of radars.")


def test_a_channel_is_no_donor():
    assert {r[0] for r in rows("Belgium will, through NATO, give Ukraine 8 million euros for medical kits.")} == {"BEL"}


def test_a_group_subject_takes_no_carried_donor():
    assert rows("Britain sent 20 AS90 guns. Allies in the Baltic have also provided Javelin missiles.") == [
        ("GBR", "AS-90", 20.0, None, None, "delivered")]


def test_a_payment_schedule_splits_a_larger_amount():
    text = ("Norway pledged NOK 7 billion for Ukraine's defence. The money will be paid out in three tranches: "
            "NOK 3 billion this year, NOK 2 billion in 2025 and NOK 2 billion in 2026.")
    assert [r[3] for r in rows(text)] == [7_000_000_000]


def test_adds_up_to_is_a_total():
    assert rows("Australia's military assistance to Ukraine adds up to over A$1.3 billion.") == []


@pytest.mark.parametrize("text, count", [
    ("Japan will send 20 Type 10 tanks to Ukraine.", 20.0),
    ("Canada is also giving Ukraine 66 General Dynamics LAV 6 vehicles.", 66.0),
    ("About 10 tanks will be sent by Poland.", 10.0),
    # a body of the recipient in title case before the count is no name of a system
    ("Vilnius handed over to the Ukrainian Armed Forces 12 M577 command vehicles.", 12.0),
    # a count in an aside after the item: "its MiG-29 jets, all 13 of them,"
    ("Bratislava handed over its MiG-29 jets, all 13 of them, last year.", 13.0),
])
def test_a_number_after_a_name_is_a_designation_not_a_count(text, count):
    assert [r[2] for r in rows(text)] == [count]


def test_a_nominal_delivery_gives_way_to_the_verb():
    assert [r[5] for r in rows("Macron announced additional deliveries of 40 Caesar howitzers.")] == ["pledged"]


def test_a_count_told_as_an_amount_of_units():
    assert rows("The Netherlands will transfer to Ukraine F-16 fighters in the amount of 6 units.") == [
        ("NLD", "F-16", 6.0, None, None, "pledged")]


def test_a_condition_is_no_pledge():
    text = "If the US were to send ATACMS, Russia would see it as an escalation."
    assert [r[5] for r in rows(text)] == ["considering"]


def test_money_compared_with_others_combined_is_a_total():
    assert rows("The United States has allocated $46 billion in military aid, more than all of Europe combined.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Sending Gripen jets to Ukraine is an option the Swedish prime minister does not rule out.",
     [("SWE", "Gripen", None, None, None, "considering")]),
    ("Delivering more Patriot systems to Ukraine would be possible, Germany's defence minister said.",
     [("DEU", "Patriot", None, None, None, "considering")]),
    ("Supplying ATACMS to Kyiv is not the right step at this point, the US defence secretary said.", []),
    ("Sending 300 more tanks to Ukraine was approved by the Polish cabinet on Monday.",
     [("POL", "tanks", 300.0, None, None, "pledged")]),
])
def test_a_giving_gerund_as_subject_takes_its_status_from_the_predicate(text, expected):
    assert rows(text) == expected


def test_a_giving_verb_governed_by_persuasion_is_no_pledge():
    assert rows("The allies failed to persuade Washington to provide F-16 jets to Ukraine.") == []
    assert rows("Berlin has come under pressure to let Poland send its Leopard tanks to Ukraine.") == []
    # the giving verb that is the sentence's own still decides
    assert rows("Under pressure from allies, Germany decided to send 14 Leopard 2 tanks.") == [
        ("DEU", "Leopard 2", 14.0, None, None, "pledged")]


@pytest.mark.parametrize("text", [
    "The Czech army keeps 120 T-72 tanks in storage.",
    "The coalition remains 200,000 shells short of its goal.",
    "Rheinmetall will raise its capacity to 700,000 shells a year.",
])
def test_stocks_shortfalls_and_capacity_are_not_aid(text):
    assert rows(text) == []


def test_short_range_systems_and_stored_systems_given_are_aid():
    assert rows("Germany will send 20 short-range air defence systems to Ukraine.") == [
        ("DEU", "air defence systems", 20.0, None, None, "pledged")]
    assert rows("Slovakia gave Ukraine 13 MiG-29 jets that had been in storage.") == [
        ("SVK", "MiG-29", 13.0, None, None, "delivered")]
    # a country short of something is no shortfall figure
    assert rows("Spain will send 4 Hawk launchers to Ukraine, which is short of air defences.") == [
        ("ESP", "Hawk", 4.0, None, None, "pledged")]


def test_one_system_named_with_an_article_counts_one():
    assert rows("An additional NASAMS system will also come from Norway.") == [
        ("NOR", "NASAMS", 1.0, None, None, "pledged")]
    assert rows("Latvia will send a counter-battery radar to Ukraine.") == [
        ("LVA", "radars", 1.0, None, None, "pledged")]


def test_an_air_defence_system_named_alone_after_an_article_is_one():
    # the name ends its noun phrase: one system, as "a SAMP/T system" is
    assert rows("Rome will send a SAMP/T to Ukraine, the defence minister said.") == [
        ("ITA", "SAMP/T", 1.0, None, None, "pledged")]
    assert rows("Oslo will give Kyiv a NASAMS.") == [("NOR", "NASAMS", 1.0, None, None, "pledged")]
    # an ordinal is not read so ("a second SAMP/T" without a noun: measured, it lowered a blind set)
    assert rows("Rome will send a second SAMP/T to Ukraine.")[0][2] is None


def test_the_asker_is_not_the_giver():
    assert rows("The Swiss government turned down a Danish request to re-export Piranha armoured vehicles "
                "to Ukraine.") == [("CHE", "Piranha", None, None, None, "refused")]
    assert rows("Austria again rejected a request from Germany to pass on its Patriot missiles to Ukraine.")[0][:1] == (
        "AUT",)


def test_a_refusal_stands_against_pressure():
    assert rows("Germany's chancellor has again refused to supply Taurus missiles, despite pressure from France.") == [
        ("DEU", "Taurus", None, None, None, "refused")]


def test_a_refusal_past_a_comma_leaves_a_nearer_promise_alone():
    assert rows("Having promised to send Abrams tanks, the US president said Washington will not send F-16 jets.") == [
        ("USA", "F-16", None, None, None, "refused"), ("USA", "M1 Abrams", None, None, None, "pledged")]
    assert rows("Britain refused to send Challenger tanks or Storm Shadow missiles.") == [
        ("GBR", "Challenger 2", None, None, None, "refused"), ("GBR", "Storm Shadow", None, None, None, "refused")]


def test_a_request_in_a_phrase_of_its_own_leaves_the_pledge_alone():
    assert rows("After a request by Zelensky, Norway will send 2 more NASAMS launchers.") == [
        ("NOR", "NASAMS", 2.0, None, None, "pledged")]
    assert rows("Ukraine requested 24 F-16 jets, a spokesman said.") == []


def test_further_items_to_follow_are_pledged():
    found = extract("The Czech army reported that 6 Mi-24 helicopters had reached Kyiv last month, and that "
                    "further helicopters would follow.")
    assert sorted((p.system, p.quantity_value or 0, p.status) for p in found) == [
        ("Mi-24", 0, "pledged"), ("Mi-24", 6.0, "delivered")]


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday Norway announced the largest package of military aid it has given so far, worth NOK 5 billion.",
     [("NOR", "military aid package", None, 5_000_000_000, "NOK", "pledged")]),
    ("Canada unveiled its biggest single package of military assistance Canada has ever given, worth C$500 million.",
     [("CAN", "military aid package", None, 500_000_000, "CAD", "pledged")]),
    ("Norway has given Ukraine NOK 20 billion so far.", []),
])
def test_a_superlative_compares_it_states_no_running_total_and_no_delivery(text, expected):
    assert rows(text) == expected


def test_already_in_a_year_is_a_time_not_a_place():
    assert rows("Belgium will supply Ukraine with 10 F-16 fighters already in 2024.") == [
        ("BEL", "F-16", 10.0, None, None, "pledged")]
    assert rows("Denmark said 19 Caesar howitzers are already in Ukraine.") == [
        ("DNK", "Caesar", 19.0, None, None, "delivered")]


def test_machine_translated_transmitted_is_a_giving_verb():
    assert rows("Lithuania transmitted to Ukraine a new batch of M577 armoured personnel carriers.") == [
        ("LTU", "M577", None, None, None, "delivered")]


@pytest.mark.parametrize(("text", "donor"), [
    ("The Netherland will send 8 Caesar howitzers.", "NLD"),
    ("Slovakai has given 13 MiG-29 jets.", "SVK"),
    ("Germnay will send 14 Leopard 2 tanks.", "DEU"),
    ("The Czechs sent 20 Dana howitzers.", "CZE"),
    ("The Germans sent 20 Marder vehicles.", "DEU"),
])
def test_misspelt_countries_and_peoples_are_donors(text, donor):
    assert [r[0] for r in rows(text)] == [donor]


def test_a_misspelt_giving_verb_still_gives():
    assert rows("Poland transfered 10 Krab howitzers to Ukraine.") == [("POL", "Krab", 10.0, None, None, "delivered")]


def test_a_future_cue_does_not_reach_over_a_refusal_or_a_hedge():
    assert rows("Chancellor Scholz is said to oppose sending Taurus cruise missiles, fearing escalation.") == [
        ("DEU", "Taurus", None, None, None, "refused")]
    assert rows("Canada plans to quickly send four more tanks.") == [("CAN", "tanks", 4.0, None, None, "pledged")]
    assert rows("Norway plans to consider sending 10 more tanks.") == [
        ("NOR", "tanks", 10.0, None, None, "considering")]


@pytest.mark.parametrize("text", [
    "Up to now Sweden's donations of defence equipment are worth close to SEK 17 billion.",
    "During the last months Portugal has already handed Kyiv gear worth 30 million euros.",
    "Sweden has over 90 Gripen jets available.",
])
def test_money_given_until_now_and_fleets_available_are_no_pledges(text):
    assert rows(text) == []


def test_a_count_of_one_system_supplied_by_now_stays_a_delivery():
    assert rows("Britain has by now supplied three batteries of AS90 guns.") == [
        ("GBR", "AS-90", 3.0, None, None, "delivered")]


def test_a_name_restated_in_brackets_keeps_its_role():
    assert rows("Luxembourg will, via the North Atlantic Treaty Organization (NATO), donate 5 million euros "
                "for fuel and rations.") == [("LUX", "military aid", None, 5_000_000, "EUR", "pledged")]
    assert rows("Supplying Archer guns at a later stage is not being ruled out, a Swedish official said.") == [
        ("SWE", "Archer", None, None, None, "considering")]


def test_money_for_training_is_aid_but_jets_sent_elsewhere_to_train_are_not():
    assert rows("Canada will invest CAD 389 million, spread over five years, in training Ukrainian pilots.") == [
        ("CAN", "military aid", None, 389_000_000, "CAD", "pledged")]
    assert rows("The Netherlands sent three F-16 jets to Romania to train Ukrainian crews there.") == []
    assert rows("Norway sent two F-16 jets to the Ukrainian air force.") == [
        ("NOR", "F-16", 2.0, None, None, "delivered")]


def test_a_generic_item_is_not_resolved_to_another_donors_system():
    text = ("Germany announced a new package, including 40 Marder vehicles. "
            "Bulgaria will send about 100 armoured personnel carriers to Ukraine.")
    assert ("BGR", "armoured personnel carriers", 100.0, None, None, "pledged") in rows(text)
    text = "Germany will send 40 Marder vehicles. The first 10 infantry fighting vehicles will arrive in May."
    assert {r[1] for r in rows(text)} == {"Marder"}


def test_flags_of_posts_name_donors_and_the_recipient():
    assert rows("Thanks to \U0001F1F3\U0001F1F1 for 14 Leopard 2A4 tanks that are on their way!") == [
        ("NLD", "Leopard 2A4", 14.0, None, None, "pledged")]
    m = Mentions(Document("x", "\U0001F1FA\U0001F1E6 thanks \U0001F1EA\U0001F1FA"))
    assert [(d.code, d.kind) for d in m.donors] == [("UKR", "recipient"), ("EU", "institution")]


def test_spoken_refusals_and_nothing_to_announce():
    assert rows("We're not going to send F-16s at this point, the US defence secretary said.") == [
        ("USA", "F-16", None, None, None, "refused")]
    assert rows("The US defence secretary said he had nothing to announce on ATACMS today.") == []


def test_unnumbered_contents_of_a_package_told_in_the_next_sentence_get_no_record():
    text = "The Pentagon announced a new package of $325 million. It includes more AIM-9M missiles for air defence."
    assert rows(text) == [("USA", "military aid package", None, 325_000_000, "USD", "pledged")]
    # a single item in another clause of a sentence that also speaks of a package is not its content
    text = ("France said it intends to equip the battalions with AMX-10RC light tanks; Britain is to announce "
            "a fresh package containing hundreds of missiles.")
    assert ("FRA", "AMX-10 RC", None, None, None, "pledged") in rows(text)


def test_a_part_delivered_is_told_by_its_number_and_verb():
    assert rows("Of the 1 million shells the EU promised by March, only 300,000 had been delivered.") == [
        ("EU", "artillery shells", 300_000.0, None, None, "delivered"),
        ("EU", "artillery shells", 1_000_000.0, None, None, "pledged")]


def test_a_share_of_all_aid_is_no_pledge():
    assert rows("The US accounted for 45 percent of all military aid, or $45 billion.") == []


def test_a_list_of_what_was_given_in_all_is_a_running_total_but_for_counts_of_one_system_delivered():
    # README rule 5: cumulative totals are no pledges, except a stated count of one system delivered
    text = ("FACT SHEET: U.S. Security Cooperation with Ukraine\n"
            "Since February 2022, the United States has provided Ukraine with:\n"
            "- Over 2,000 Stinger anti-aircraft systems;\n- 31 Abrams tanks;\n- $2 billion for air defence;\n"
            "Today's package includes:\n- 10 Stryker armoured personnel carriers;\n")
    assert sorted(rows(text)) == [("USA", "M1 Abrams", 31.0, None, None, "delivered"),
                                  ("USA", "Stinger", 2000.0, None, None, "delivered"),
                                  ("USA", "Stryker", 10.0, None, None, "pledged")]
    # a list of what was promised in all is no delivery, and a running total
    text = "Since February 2022, the United States has pledged:\n- 31 Abrams tanks;\n- 20 Stryker vehicles;\n"
    assert rows(text) == []
    # a list of each donor's own contribution stays a list of pledges
    text = ("Countries taking part in the scheme so far:\n"
            "- The Netherlands joined first, earmarking €500 million for Patriot systems.\n")
    assert rows(text) == [("NLD", "military aid", None, 500_000_000, "EUR", "funded")]


def test_a_conversion_in_square_brackets_is_no_second_amount():
    assert rows("Italy approved a new 1.5 billion euros [$1.6 billion] aid package.") == [
        ("ITA", "military aid package", None, 1_500_000_000, "EUR", "pledged")]


def test_withholding_details_is_no_refusal_and_a_reported_question_no_fact():
    assert rows("The president would not give the precise number of Krab howitzers Poland will supply.") == [
        ("POL", "Krab", None, None, None, "pledged")]
    assert rows("How many armoured trucks Estonia sent was not disclosed.") == []


def test_munitions_for_a_named_system_are_named_by_it():
    assert rows("Norway will send 10 more M109 howitzers to Ukraine along with missiles for the NASAMS air "
                "defence system.") == [("NOR", "M109", 10.0, None, None, "pledged"),
                                       ("NOR", "NASAMS missiles", None, None, None, "pledged")]


def test_looking_at_whether_is_considering():
    assert rows("Norway will study whether it can send 2 more NASAMS launchers.") == [
        ("NOR", "NASAMS", 2.0, None, None, "considering")]


def test_money_received_from_a_donor_is_that_donors_and_the_next_it_too():
    text = ("France's artillery coalition had already received 80 million euros from Belgium. "
            "It also earmarked 20 million euros to buy counter-drone equipment.")
    assert [r[0] for r in rows(text)] == ["BEL", "BEL"]


def test_a_purpose_to_buy_is_no_purchase_by_the_donor():
    assert rows("Lithuania will allocate 10 million euros for the purchase of ammunition under the Czech "
                "initiative.") == [("LTU", "initiative", None, 10_000_000, "EUR", "funded")]
    assert rows("Poland bought 96 Apache helicopters from the United States.") == []


def test_a_participle_after_a_plural_noun_gives_way_to_the_clauses_verb():
    # (the promise the count was given under is a pledge of its own: ``promises``)
    assert rows("The 14 tanks pledged by Canada arrived on Monday.") == [
        ("CAN", "tanks", 14.0, None, None, "delivered"), ("CAN", "tanks", 14.0, None, None, "pledged")]
    assert rows("Germany will send 10 Marders, and 20 howitzers promised earlier will follow.") == [
        ("DEU", "Marder", 10.0, None, None, "pledged"), ("DEU", "howitzers", 20.0, None, None, "pledged")]
    # alone, the participle is the verb
    assert rows("Denmark said 19 Caesar howitzers arrived in Ukraine on Monday.") == [
        ("DNK", "Caesar", 19.0, None, None, "delivered")]


def test_a_reduced_relative_clause_gives_way_to_the_main_verb():
    # (the promise the count was given under is a pledge of its own: ``promises``)
    assert rows("The 31 Abrams tanks the US promised in January arrived in September.") == [
        ("USA", "M1 Abrams", 31.0, None, None, "delivered"), ("USA", "M1 Abrams", 31.0, None, None, "pledged")]


def test_no_plans_to_send_a_named_jet_is_a_refusal():
    assert rows("Britain has no plans to send Typhoon jets to Ukraine at present, the prime minister said.") == [
        ("GBR", "Eurofighter Typhoon", None, None, None, "refused")]


def test_a_bare_count_after_a_giving_verb_refers_to_the_item_before():
    assert rows("Poland delivered 14 Leopard 2A4 tanks early on, and Canada sent eight.") == [
        ("CAN", "Leopard 2A4", 8.0, None, None, "delivered"), ("POL", "Leopard 2A4", 14.0, None, None, "delivered")]
    assert rows("Germany will send 14 Leopard tanks. Norway pledged 8.") == [
        ("DEU", "Leopard", 14.0, None, None, "pledged"), ("NOR", "Leopard", 8.0, None, None, "pledged")]


def test_a_hedge_inside_a_relative_clause_between_commas_does_not_govern_the_item():
    assert rows("Spain, which had said it could send up to 10, ultimately sent six older Leopard 2A4 tanks.") == [
        ("ESP", "Leopard 2A4", 6.0, None, None, "delivered")]


def test_an_export_licence_gives_way_to_a_nearer_giving_verb():
    assert rows("When Germany finally agreed in January 2023 to send 14 Leopard 2A6 tanks and allow others to "
                "re-export theirs, allies were relieved.") == [("DEU", "Leopard 2A6", 14.0, None, None, "pledged")]
    assert rows("Germany approved the re-export of 14 Leopard tanks by Poland.") == []
    assert rows("Berlin granted an export licence for 20 Leopard 1 tanks.") == []


def test_a_headline_in_the_present_tense_arrives():
    assert rows("Fresh batch of drones from Latvia arrives in Ukraine") == [
        ("LVA", "drones", None, None, None, "delivered")]


def test_a_battery_of_an_air_defence_system_counts_one():
    assert rows("France will deliver a battery of SAMP/T.") == [("FRA", "SAMP/T", 1.0, None, None, "pledged")]


@pytest.mark.parametrize("text, donor, system, state", [
    ("12:40 - Chile will not be sending a second NASAMS, the defence minister said.", "CHL", "NASAMS", "refused"),
    ("Spain and Greece will send further Patriot systems, and Chile will send a SAMP/T, the leaders said.",
     "CHL", "SAMP/T", "pledged"),
    ("Peru will hand over an IRIS-T.", "PER", "IRIS-T", "pledged"),
])
def test_an_air_defence_system_named_bare_after_an_article_counts_one(text, donor, system, state):
    assert (donor, system, 1.0, None, None, state) in rows(text)


def test_an_air_defence_system_counted_by_its_article_is_not_what_a_later_bare_number_counts():
    assert rows("Ukraine expects a second NASAMS. Spain has delivered two.") == []


def test_joint_money_is_no_donors_own_share():
    found = extract("Finland, Estonia and Latvia jointly gave €90 million for shells.")
    assert sorted(p.donor for p in found) == ["EST", "FIN", "LVA"]
    assert all(p.amount is None and p.category == "money" and "joint" in p.notes for p in found)


def test_a_partner_along_with_the_subject_gives_jointly_and_unlike_excludes():
    assert rows("Norway, along with Denmark, will donate 6 F-16 jets.") == [
        ("DNK", "F-16", None, None, None, "pledged"), ("NOR", "F-16", None, None, None, "pledged")]
    assert rows("Unlike Germany, France will send 30 Caesar howitzers.") == [
        ("FRA", "Caesar", 30.0, None, None, "pledged")]


def test_a_bare_count_after_a_future_giving_verb():
    assert rows("Canada will send 4 Leopard 2 tanks; Spain will also send 6.") == [
        ("CAN", "Leopard 2", 4.0, None, None, "pledged"), ("ESP", "Leopard 2", 6.0, None, None, "pledged")]


def test_not_yet_delivered_is_still_a_pledge():
    assert rows("Spain has not yet delivered the 6 Leopard tanks.") == [("ESP", "Leopard", 6.0, None, None, "pledged")]
    assert rows("Italy has yet to send the 2 SAMP/T batteries.") == [("ITA", "SAMP/T", 2.0, None, None, "pledged")]


def test_the_bloc_is_the_eu_and_the_transatlantic_alliance_nato():
    assert rows("The 27-nation bloc will give Ukraine €5 billion.") == [
        ("EU", "military aid", None, 5_000_000_000, "EUR", "pledged")]
    assert [r[0] for r in rows("The transatlantic alliance will provide €40 billion in military aid next year.")] == [
        "NATO"]
    # "the alliance" alone is NATO once NATO has been named
    told = rows("NATO leaders met in Vilnius. The alliance pledged €40 billion for Ukraine next year.")
    assert [r[0] for r in told] == ["NATO"]
    assert rows("The alliance pledged €40 billion for Ukraine next year.") == []


def test_a_headline_told_again_in_the_body_is_one_fact():
    text = ("Estonia gives Ukraine Pasi armoured carriers\n"
            "The Pasi armoured carriers that Estonia gave Ukraine arrived in Kyiv on Monday.")
    assert [(p.donor, p.system, p.status) for p in extract(text, published=FRI)] == [
        ("EST", "Patria Pasi", "delivered")]
    # a headline fact the body does not tell again stays
    assert [p.status for p in extract("Estonia gives Ukraine Pasi armoured carriers\nKyiv thanked Tallinn.",
                                      published=FRI)] == ["pledged"]


def test_a_joint_sum_with_each_share_told_keeps_the_shares_only():
    assert rows("€178 million will be allocated in 2025 by Norway and Finland: Norway is committing "
                "€135 million and Finland €43 million.") == [
        ("FIN", "military aid", None, 43_000_000, "EUR", "pledged"),
        ("NOR", "military aid", None, 135_000_000, "EUR", "pledged")]


def test_non_lethal_kit_counts_as_an_item_type_of_a_list():
    # winter clothing and heaters are item types of their own: a list of several unnumbered
    # generic types gives no record (rule 8) ...
    assert rows("Winter clothing, handguns and heating equipment will come too, the ministry said.") == []
    # ... while a statement naming one of them alone is recorded
    assert rows("Italy will send winter uniforms to Ukraine.") == [
        ("ITA", "winter clothing", None, None, None, "pledged")]


def test_of_a_countrys_manufacture_tells_origin_not_production():
    assert ("POL", "BMP-1", None, None, None, "delivered") in rows(
        "Poland has sent tanks. Infantry fighting vehicles (BMP-1) of Polish manufacture were received by Ukraine "
        "as well.")
    assert rows("Rheinmetall will manufacture 20 Skynex systems in Italy.") == []


def test_a_number_of_kinds_is_no_count():
    assert rows("Japan handed over three kinds of vehicles to Ukraine.") == [
        ("JPN", "vehicles", None, None, None, "delivered")]
    assert rows("Sweden will send two types of drones and 10 CV90 vehicles to Ukraine.") == [
        ("SWE", "CV90", 10.0, None, None, "pledged")]



@pytest.mark.parametrize("text", [
    "Sweden's Archer gun has become one of the most prized weapons in Ukraine.",
    "Finland is now one of the biggest suppliers of howitzers to Ukraine.",
    "By spring Denmark had become one of Europe's largest donors of drones to Ukraine.",
    "The Gepard proved one of the most effective anti-aircraft guns in Ukraine.",
])
def test_one_of_the_most_is_a_rank_not_a_count(text):
    assert [r for r in rows(text) if r[2] == 1] == []

def test_money_of_another_clause_leaves_unnumbered_items_alone():
    # a package's unnumbered contents get no record (rule 2), but money in another clause, given
    # by another donor, has no contents here
    assert rows("Spain pledged to donate thousands of mortar rounds to Kyiv, and Italy announced a package of "
                "€400 million.") == [
        ("ESP", "mortar rounds", None, None, None, "pledged"),
        ("ITA", "military aid package", None, 400_000_000, "EUR", "pledged")]
    assert [r[1] for r in rows("Germany confirmed a package of €400 million with Leopard tanks.")] == [
        "military aid package"]


def test_an_official_speaks_for_the_office_held_on_the_publication_day():
    text = "Mark Rutte said the Netherlands would send 12 Patriot launchers."
    text_nato = "Rutte said the alliance would deliver 20 air defence systems to Ukraine."
    assert [p.donor for p in extract(text, published=dt.date(2023, 5, 2))] == ["NLD"]
    assert [p.donor for p in extract(text_nato, published=dt.date(2025, 6, 24))] == ["NATO"]
    assert [p.donor for p in extract("Kaja Kallas proposed a €40 billion military aid package for Ukraine.",
                                     published=dt.date(2025, 3, 19))] == ["EU"]
    # a name written without its accents is the same official
    assert [p.donor for p in extract("Antonio Costa announced 5 IRIS-T launchers for Ukraine.",
                                     published=dt.date(2025, 3, 1))] == ["EU"]
    # without a date, the first office listed stands
    assert [p.donor for p in extract("Kaja Kallas promised 5 CV90 vehicles to Ukraine.")] == ["EST"]


def test_offices_docstring_examples_run():
    import doctest

    from aidledger.mentions import offices
    assert doctest.testmod(offices).failed == 0


def test_money_lent_is_financial_aid_items_beside_it_stay():
    assert rows("The EU will lend Ukraine €18 billion next year.") == []
    assert rows("Japan will give Ukraine 30 trucks and lend it 3 billion dollars.") == [
        ("JPN", "trucks", 30.0, None, None, "pledged")]
    assert [r[1] for r in rows("The US will send 10 howitzers under Lend-Lease.")] == ["howitzers"]
    assert rows("Norway will direct another $3m to the World Bank's relief trust fund for Ukraine.") == []
    assert rows("Ukraine received €4.2 billion under the Ukraine Facility.") == []


def test_a_fact_sheet_list_with_long_names_and_launch_units():
    text = ("The Department of Defense announced a new package. Its capabilities include:\n"
            "- 1,500 Tube-Launched, Optically-Tracked, Wire-Guided (TOW) missiles;\n"
            "- 2,000 Javelin anti-armor systems and 50 Command Launch Units;\n"
            "- Four Avenger air defense systems.")
    assert rows(text) == [("USA", "Avenger", 4.0, None, None, "pledged"),
                          ("USA", "Javelin", 2000.0, None, None, "pledged"),
                          ("USA", "TOW", 1500.0, None, None, "pledged"),
                          ("USA", "command launch units", 50.0, None, None, "pledged")]


def test_a_total_of_military_support_is_a_running_total():
    assert rows("With this package, Denmark's total military support to Ukraine amounts to DKK 62.5 billion.") == []


@pytest.mark.parametrize("text", [
    "Spain is open to sending Leopard 2 tanks to Ukraine.",
    "Estonia hopes to send more howitzers to Ukraine this year.",
    "France is exploring ways to send more Caesar howitzers.",
    "The delivery of 10 Leopard tanks by Spain still needs parliamentary approval.",
    "A decision on sending Abrams tanks will come later, the Pentagon said.",
    "Greece is reportedly in discussions about supplying S-300 systems to Ukraine.",
    "The Czech government is evaluating whether it can send more T-72 tanks.",
    "Romania is debating sending a Patriot system to Ukraine.",
    "Slovakia is likely to send its MiG-29 jets to Ukraine.",
    "Washington stopped short of promising F-16s to Kyiv.",
    "Spain eyes sending more Leopard tanks to Ukraine",
    "Canada signalled its readiness to supply more LAV vehicles.",
    "Greece raised the prospect of sending S-300 systems to Ukraine.",
    "Germany and Ukraine are negotiating the delivery of 10 more IRIS-T systems.",
    "Washington is close to a deal to send 31 Abrams tanks.",
    "The US would send ATACMS if Congress approves more funding.",
    "Poland would be ready to send MiG-29 jets if NATO allies agreed.",
    "Denmark talked about giving its Caesar howitzers to Ukraine.",
    "Britain is looking at sending more Challenger tanks.",
    "Officials are discussing whether Germany should send Taurus.",
    "Germany should send Taurus missiles to Ukraine, the opposition leader said.",
    "Berlin left the door open to sending Taurus missiles.",
    "Rome keeps all options open on SAMP/T deliveries.",
    "Madrid is in consultations with allies on sending more Leopard tanks.",
    "Germany will decide on the Taurus delivery next week.",
    "Ottawa is open to the idea of sending more Leopard tanks.",
    "The EU is discussing a new €5 billion fund for military aid to Ukraine.",
    "Germany could double its military aid to €8 billion next year.",
    "The next US package could be worth $1 billion, officials said.",
    "The Netherlands may contribute up to €100 million to the initiative.",
    "It is not yet clear whether Slovakia will send its MiG-29 jets.",
    "On the Tomahawk missiles, the White House said a decision had not yet been taken.",
    "The issue of sending Gripen fighters to Ukraine remains open, Stockholm said.",
    "Handing over more F-16 jets would be possible next year, the Norwegian minister said.",
])
def test_hedged_giving_is_considering(text):
    assert [r[5] for r in rows(text)] == ["considering"]


@pytest.mark.parametrize("text", [
    "Switzerland has refused to allow re-export of 96 Leopard 1 tanks.",
    "The US paused shipments of Patriot interceptors to Ukraine.",
    "Bulgaria has no intention of sending MiG-29 jets to Ukraine.",
    "Israel rejected calls to send Iron Dome batteries to Kyiv.",
    "Japan cannot provide lethal weapons to Ukraine under its export rules.",
    "Berlin has resisted calls to deliver Taurus cruise missiles.",
    "Croatia said sending its MiG-21 jets to Ukraine is out of the question.",
    "Israel's Atmos howitzers will not go to Ukraine.",
    "Bulgaria does not plan to send MiG-29 jets to Ukraine.",
    "Greece excluded sending its S-300 systems.",
    "Portugal refrained from sending more Leopard tanks.",
    "Spain cancelled the planned delivery of 10 Leopard tanks.",
    "Norway cannot spare any more NASAMS launchers.",
    "Sending Taurus missiles is not on the agenda, the German chancellor said.",
    "The Czech president said no to sending more Dana howitzers.",
    "Austria has no plans to send armoured vehicles or Leopard tanks.",
    "\"We are not going to do that,\" the US president said of Tomahawk missiles.",
])
def test_refusals_in_other_words(text):
    assert [r[5] for r in rows(text)] == ["refused"]


def test_the_contents_of_a_weighed_package_are_weighed_too(monkeypatch):
    # the rules' reading: the learned status stage retrained in the nineteenth session turns the Patriot battery of the
    # first sentence to pledged, an error of the stage (docs/accuracy.md, its section of that session)
    monkeypatch.setattr(learned_status, "shipped", lambda: None)
    assert rows("Berlin is weighing a new package for Ukraine. It would contain 20 Marder vehicles and a Patriot "
                "battery.") == [("DEU", "Marder", 20.0, None, None, "considering"),
                                ("DEU", "Patriot", 1.0, None, None, "considering")]
    assert rows("Spain might send tanks. The Spanish package would be made up of 10 Leopard 2A4 tanks.")[0][5] == \
        "considering"
    # a package approved: its contents are pledged
    assert rows("Berlin approved a new package for Ukraine. It contains 20 Marder vehicles.") == [
        ("DEU", "Marder", 20.0, None, None, "pledged")]


def test_a_country_receiving_is_not_giving_to_ukraine():
    assert rows("Over recent weeks Poland has taken delivery of a first batch of 96 Apache helicopters.") == []
    assert rows("Poland received 96 Apache helicopters from the US last year.") == []
    assert rows("The Ukrainian army has received 30 Leopard tanks from Poland.") == [
        ("POL", "Leopard", 30.0, None, None, "delivered")]


def test_the_whole_of_a_weighed_part_is_no_pledge():
    assert rows("Bulgaria is mulling handing Kyiv 6 of the 8 MiG-29 jets it has retired.") == [
        ("BGR", "MiG-29", 6.0, None, None, "considering")]


def test_received_from_several_donors_is_joint():
    assert rows("Ukraine has received Leopard 1 tanks from Germany and Denmark.") == [
        ("DEU", "Leopard 1", None, None, None, "delivered"), ("DNK", "Leopard 1", None, None, None, "delivered")]


def test_n_of_its_system_counts_n_and_its_fleet_is_no_pledge():
    assert rows("Denmark will donate all 19 of its Caesar howitzers.") == [
        ("DNK", "Caesar", 19.0, None, None, "pledged")]
    assert rows("Norway will send 8 of its 50 Leopard 2 tanks.") == [("NOR", "Leopard 2", 8.0, None, None, "pledged")]
    assert rows("Greece will keep every one of its Patriot batteries, the minister said.") == []


def test_an_object_relative_clause_gives_way_to_the_main_verb():
    # (the promise the count was given under is a pledge of its own: ``promises``)
    assert rows("The Netherlands has delivered all 24 F-16s it promised.") == [
        ("NLD", "F-16", 24.0, None, None, "delivered"), ("NLD", "F-16", 24.0, None, None, "pledged")]


def test_a_donor_named_right_after_the_item_with_from_gives_it():
    assert rows("The United States approved the transfer of F-16 jets from Denmark and the Netherlands.") == [
        ("DNK", "F-16", None, None, None, "pledged"), ("NLD", "F-16", None, None, None, "pledged")]
    assert rows("Germany will buy 10 howitzers from Slovakia for Ukraine.")[0][0] == "DEU"  # the seller gives nothing


def test_replacements_of_a_donors_fleet_are_not_aid():
    assert rows("Slovakia will send 13 MiG-29s to Ukraine, which will be replaced with F-16s.") == [
        ("SVK", "MiG-29", 13.0, None, None, "pledged")]


def test_production_is_not_aid_unless_a_donor_pays_for_it():
    assert rows("The EU aims to produce 2 million artillery shells a year by 2025.") == []
    assert rows("Denmark will fund Ukraine to produce 18 Bohdana howitzers.") == [
        ("DNK", "Bohdana", 18.0, None, None, "funded")]


def test_the_leading_country_speaks_for_its_initiative():
    assert rows("The Czech-led initiative will supply 800,000 shells this year.") == [
        ("CZE", "artillery shells", 800000.0, None, None, "pledged")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Lithuania handed over to the ZSU 10 units of M577 armored vehicles.", ("LTU", "M577", 10.0)),
    ("Poland has transferred to the AFU 14 pcs. of Leopard 2A4 tanks.", ("POL", "Leopard 2A4", 14.0)),
    ("Denmark will transfer to Ukraine the 19 self-propelled artillery installations Caesar.", ("DNK", "Caesar", 19.0)),
    ("Germany has supplied the Defence Forces with another IRIS-T SLM complex.", ("DEU", "IRIS-T SLM", 1.0)),
    ("Poland transferred 20 units of armored technique to the AFU.", ("POL", "armoured vehicles", 20.0)),
    ("Latvia handed over 5 drone detection techniques to Ukraine.", ("LVA", "drone detection systems", 5.0)),
    ("Czechia transferred 4 reactive salvo fire systems to the ZSU.", ("CZE", "multiple rocket launchers", 4.0)),
    ("Slovakia gave 8 infantry fighting machines to Ukraine.", ("SVK", "infantry fighting vehicles", 8.0)),
    ("Britain despatched 14 Challenger 2 tanks to Ukraine.", ("GBR", "Challenger 2", 14.0)),
    ("Ukraine recieved 4 IRIS-T launchers from Germany.", ("DEU", "IRIS-T", 4.0)),
    ("Norway passed on 2 NASAMS launchers to Ukraine.", ("NOR", "NASAMS", 2.0)),
    ("Latvia conveyed 10 M113s to Ukraine.", ("LVA", "M113", 10.0)),
    ("Latvia will send 300+ drones to Ukraine.", ("LVA", "drones", 300.0)),
])
def test_the_wording_of_translations_and_common_spellings(text, expected):
    assert [r[:3] for r in rows(text)] == [expected]


def test_who_built_a_system_is_no_donor():
    assert rows("The CAMM system is developed jointly by Britain and Italy and can engage 8 missiles at once.") == []
    assert rows("Germany will send 20 Marder vehicles made by Rheinmetall.") == [
        ("DEU", "Marder", 20.0, None, None, "pledged")]


def test_posts_with_inline_bullets_and_hashtags():
    assert rows("🔹 Norway: 2 NASAMS launchers 🔹 Denmark: 19 Caesar howitzers 🔹 Canada: 4 Leopard 2 tanks") == [
        ("CAN", "Leopard 2", 4.0, None, None, "pledged"), ("DNK", "Caesar", 19.0, None, None, "pledged"),
        ("NOR", "NASAMS", 2.0, None, None, "pledged")]
    assert rows("Thank you Netherlands for 14 #Leopard2A4 tanks!!! 💪") == [
        ("NLD", "Leopard 2A4", 14.0, None, None, "pledged")]


@pytest.mark.parametrize(("text", "expected"), [
    ("GERMANY TO SEND 14 LEOPARD TANKS TO UKRAINE", ("DEU", "Leopard", 14.0)),
    ("BREAKING: NORWAY PLEDGES 2 NASAMS LAUNCHERS", ("NOR", "NASAMS", 2.0)),
    ("Poland To Deliver 10 More Krab Howitzers To Ukraine", ("POL", "Krab", 10.0)),
])
def test_headlines_in_capitals_and_in_title_case(text, expected):
    assert [r[:3] for r in rows(text)] == [expected]


def test_a_capital_in_capitals_is_a_dateline_not_a_donor():
    text = ("Officials met in Brussels to discuss the war. \n\nPARIS, Jan 30 - France will send 12 more Caesar "
            "howitzers to Ukraine, the defence minister said on Tuesday.")
    assert [r[0] for r in rows(text)] == ["FRA"]


def facts(text, published=FRI):
    return {(p.donor, p.system, p.quantity_value, p.amount and int(p.amount), p.currency, p.status)
            for p in extract(text, published=published)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Romania is sending its Hawk missile systems to Ukraine. Bucharest has already delivered 2.",
     ("ROU", "Hawk", 2, None, None, "delivered")),
    ("Latvia will hand over Stinger launchers. An initial batch of 5 will be sent in June.",
     ("LVA", "Stinger", 5, None, None, "pledged")),
    ("Belgium pledged F-16 jets last year. Two of them arrived in Ukraine on Monday.",
     ("BEL", "F-16", 2, None, None, "delivered")),
    ("Italy promised to supply SAMP/T systems. Two such systems will arrive this year.",
     ("ITA", "SAMP/T", 2, None, None, "pledged")),
])
def test_a_bare_count_refers_back_to_the_system_named_before(text, expected):
    assert expected in facts(text)


def test_a_first_batch_of_a_counted_pledge_is_its_schedule_not_a_pledge():
    text = "Latvia will hand over 12 Stinger launchers. An initial batch of 5 will be sent in June."
    assert rows(text) == [("LVA", "Stinger", 12, None, None, "pledged")]
    # a part already handed over is a delivery of its own (rule 1)
    told = facts("Latvia will hand over 12 Stinger launchers. The first 5 were handed over in June.")
    assert ("LVA", "Stinger", 5, None, None, "delivered") in told


def test_a_bare_count_with_no_system_before_is_no_item():
    assert rows("The ministry said the first 5 were ready. Officials met in Riga.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyiv has asked Madrid for more Hawk launchers. The Spanish government is still studying the request.",
     [("ESP", "Hawk", None, None, None, "considering")]),
    ("Ukraine requested Gripen fighters from Sweden. No decision has been taken yet, officials said.",
     [("SWE", "Gripen", None, None, None, "considering")]),
    ("Zelensky asked Athens for S-300 systems. Greece turned down the request.",
     [("GRC", "S-300", None, None, None, "refused")]),
])
def test_a_sentence_that_weighs_or_refuses_answers_the_request_before_it(text, expected):
    assert rows(text) == expected


def test_a_request_with_no_answer_stays_no_pledge():
    assert rows("Kyiv has asked Madrid for more Hawk launchers. The talks will continue in May.") == []


def test_money_an_initiative_received_is_funded():
    assert rows("The Czech-led initiative had earlier received 40 million euros from Portugal.") == [
        ("PRT", "initiative", None, 40000000, "EUR", "funded")]


@pytest.mark.parametrize(("text", "expected"), [
    ("As part of its support, Estonia will soon buy 2 thousand FPV drones for Ukraine.",
     ("EST", "FPV drones", 2000, None, None, "funded")),
    ("Spain sent 10 M113 carriers as part of its latest package.",
     ("ESP", "M113", 10, None, None, "delivered")),
])
def test_as_part_of_frames_a_new_pledge_and_is_no_running_total(text, expected):
    assert expected in facts(text)


def test_a_name_inside_a_relative_clause_between_commas_is_not_the_subject():
    assert rows("Norway, which joined the coalition with Denmark, is weighing sending more NASAMS launchers.") == [
        ("NOR", "NASAMS", None, None, None, "considering")]


def test_more_of_an_unnumbered_named_system_counts_for_that_system():
    assert ("BEL", "F-16", 6, None, None, "pledged") in facts(
        "Belgium said it had handed over the first F-16 jets and would send 6 more next year.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Q: Will Italy send more SAMP/T batteries? A: No decision has been taken yet.",
     [("ITA", "SAMP/T", None, None, None, "considering")]),
    ("Reporter: Is Canada sending more Leopard tanks? Minister: We are looking at that with our allies.",
     [("CAN", "Leopard", None, None, None, "considering")]),
    ("Will Madrid send its Harpoon missiles? The prime minister has ruled it out.",
     [("ESP", "Harpoon", None, None, None, "refused")]),
])
def test_an_answer_that_weighs_or_refuses_gives_the_status_of_the_question_before_it(text, expected):
    assert rows(text) == expected


def test_a_question_answered_by_another_fact_stays_no_pledge():
    assert rows("Will Madrid send its Harpoon missiles? Spain sent 10 Leopard 2A4 tanks last week.") == [
        ("ESP", "Leopard 2A4", 10, None, None, "delivered")]


@pytest.mark.parametrize("text", [
    "Portugal, which operates 37 Leopard 2A6 tanks, has offered three of them.",
    "Greece, which has 1,300 BMP-1 vehicles, is weighing what it can spare.",
    "The Netherlands fields 57 PzH 2000 howitzers, the ministry said.",
])
def test_a_fleet_a_donor_operates_is_no_pledge(text):
    assert all(r[2] not in (37, 1300, 57) for r in facts(text))


def test_items_on_order_for_ukraine_are_pledged():
    assert facts("Norway has delivered two NASAMS launchers, with six more on order for Ukraine.") == {
        ("NOR", "NASAMS", 2, None, None, "delivered"), ("NOR", "NASAMS", 6, None, None, "pledged")}


@pytest.mark.parametrize(("text", "count"), [
    ("Poland delivered 10.000 artillery shells.", 10000),        # a European thousands dot
    ("Canada donated over 9 000 rifles.", 9000),                 # a thousands space before three zeros
    ("Denmark will send ten (10) Caesar howitzers.", 10),         # digits in brackets restate the word
])
def test_counts_written_in_other_conventions(text, count):
    assert [r[2] for r in facts(text)] == [count]


def test_three_zeros_before_a_unit_stay_a_decimal():
    from aidledger.mentions.numbers import find_numbers
    assert [float(n.value) for n in find_numbers("The range is 2.000 km.")] == [2.0]


def test_such_vehicles_after_a_named_armoured_system_are_that_system():
    assert ("ESP", "Leopard 2A4", 20, None, None, "pledged") in facts(
        "Ukraine has received the first Spanish Leopard 2A4 tanks. Madrid promised 20 such vehicles in all.")


def test_respectively_pairs_each_donor_with_its_count():
    assert rows("Belgium and Portugal will send 4 and 3 F-16 jets respectively.") == [
        ("BEL", "F-16", 4, None, None, "pledged"), ("PRT", "F-16", 3, None, None, "pledged")]
    # without "respectively" a joint figure stays joint (rule 9)
    assert rows("Belgium and Portugal will send 7 F-16 jets.") == [
        ("BEL", "F-16", None, None, None, "pledged"), ("PRT", "F-16", None, None, None, "pledged")]


def test_giving_more_with_no_item_refers_to_the_system_before():
    assert ("PRT", "Leopard 2A6", None, None, None, "considering") in facts(
        "Portugal has sent 3 Leopard 2A6 tanks. Officials in Lisbon are weighing whether to send more.")
    assert ("PRT", "Leopard 2A6", None, None, None, "considering") not in facts(
        "Portugal has sent 3 Leopard 2A6 tanks. Lisbon is weighing whether to send more money.")


def test_a_refusal_citing_its_own_needs_stands():
    assert rows("Greece says it will not send more Stinger missiles, citing its own needs.") == [
        ("GRC", "Stinger", None, None, None, "refused")]


def test_anti_missile_systems_and_the_nh90_family_are_items():
    assert rows("Cyprus refused to supply anti-missile systems.") == [
        ("CYP", "air defence systems", None, None, None, "refused")]
    assert rows("New Zealand is weighing sending its retired NH90 helicopters.") == [
        ("NZL", "NH90", None, None, None, "considering")]


def test_names_written_without_letters_that_do_not_decompose():
    # ø and ł are no accented letters to Unicode: "Store" for "Støre" is still Norway's prime minister
    assert rows("Jonas Gahr Store said his government will send 6 Leopard 2A4 tanks.") == [
        ("NOR", "Leopard 2A4", 6, None, None, "pledged")]


@pytest.mark.parametrize("text", [
    "Croatia completed the transfer of 14 Mi-8 helicopters.",
    "Latvia finished handing over 6 M109 howitzers.",
    "Italy has fulfilled its promise of 2 SAMP/T batteries.",
])
def test_a_completed_transfer_is_a_delivery(text):
    assert [r[5] for r in rows(text)] == ["delivered"]


def test_paying_for_what_another_makes_is_funded_by_the_payer():
    assert rows("South Korea will pay for US Patriot missiles delivered to Ukraine.") == [
        ("KOR", "Patriot missiles", None, None, None, "funded")]
    assert rows("Belgium will cover the cost of 6 Skynex systems for Kyiv.") == [
        ("BEL", "Skynex", 6, None, None, "funded")]


def test_what_ukraine_hopes_to_receive_is_a_wish_not_a_pledge():
    assert rows("Kyiv hopes to receive Rafale jets from France.") == []
    assert rows("Ukraine wants to get more Patriot batteries from Germany.") == []


def test_the_tool_of_another_act_described_by_its_origin_is_no_aid_fact():
    assert rows("Air defence shot down the missile with a SAMP/T system provided by Italy.") == []
    assert rows("Italy provided Ukraine with a SAMP/T system.") == [("ITA", "SAMP/T", 1, None, None, "delivered")]


def test_a_perfect_infinitive_tells_a_delivery():
    assert rows("Latvia is said to have handed over 4 M109 howitzers.") == [
        ("LVA", "M109", 4, None, None, "delivered")]


def test_an_office_speaks_for_the_donor_the_document_is_about_before_it_is_named():
    text = ("The Defence Minister has today announced a package of 12 Piorun launchers.\n"
            "Poland has now given aid worth billions. Poland will keep helping, the minister said.")
    assert ("POL", "Piorun", 12, None, None, "pledged") in facts(text)
    # with two donors named as often, no one is the document's donor
    assert facts("The Defence Minister announced 12 Piorun launchers. Poland and Czechia met.") == set()


def test_money_given_by_a_group_of_countries_has_no_single_donor():
    assert rows("Spain sent 10 tanks. Some €4 billion was allocated to Ukraine by European countries.") == [
        ("ESP", "tanks", 10, None, None, "delivered")]


@pytest.mark.parametrize("text", [
    "The F-16 coalition now counts 11 countries, Denmark said.",
    "Norway will train Ukrainian NASAMS crews in Oslo.",
    "Ukraine's HIMARS strikes hit two bridges, Britain said.",
])
def test_a_named_system_used_as_a_modifier_is_no_item(text):
    assert rows(text) == []


def test_a_delayed_delivery_is_still_a_pledge():
    assert rows("Portugal's delivery of 4 Leopard 2A6 tanks has been delayed until May.") == [
        ("PRT", "Leopard 2A6", 4, None, None, "pledged")]


def test_items_a_firm_supplies_paid_for_by_a_donor_are_funded_by_it():
    assert rows("The manufacturer will supply 12 Piranha vehicles to Ukraine, paid for by Belgium.") == [
        ("BEL", "Piranha", 12, None, None, "funded")]


def test_counterfactuals_and_conditions_state_no_pledge():
    assert rows("Had Spain sent its Leopard 2A4 tanks sooner, the line would have held.") == []
    assert rows("If Lisbon sends its F-16 jets, Moscow says it will respond.") == [
        ("PRT", "F-16", None, None, None, "considering")]


def test_a_relative_clause_gives_to_the_name_it_follows():
    assert facts("Unlike Norway, which sent NASAMS launchers, Sweden has refused to deliver Gripen jets.") == {
        ("NOR", "NASAMS", None, None, None, "delivered"), ("SWE", "Gripen", None, None, None, "refused")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Vienna will not send weapons to Kyiv, the chancellor said.", [("AUT", "weapons", None, None, None, "refused")]),
    ("Mexico declines to supply arms to Ukraine.", [("MEX", "weapons", None, None, None, "refused")]),
    ("Ottawa is weighing whether to send more weapons.", [("CAN", "weapons", None, None, None, "considering")]),
    # promised or sent without a number, arms in general are talk about aid
    ("Countries supplying weapons to Kyiv met in Brussels, Spain said.", []),
    ("Portugal will keep sending arms to Ukraine.", []),
])
def test_arms_in_general_count_when_refused_or_weighed(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "Lisbon is contemplating the delivery of more Leopard 2A6 tanks.",
    "Berlin is thinking about supplying more IRIS-T systems.",
    "The Pentagon is reviewing options that include sending ATACMS.",
    "Talks are under way with Oslo on the delivery of NASAMS launchers.",
    "Discussions with Madrid about the transfer of Hawk launchers continue.",
])
def test_contemplating_thinking_and_talks_weigh_a_transfer(text):
    assert {r[-1] for r in rows(text)} == {"considering"}


def test_a_country_named_right_after_the_item_receives_it_whatever_the_clause_says_of_ukraine():
    assert rows("Berlin will deliver 15 Leopard 1 tanks to Prague in exchange for the T-72 tanks "
                "Czechia sent to Ukraine.") == [("CZE", "T-72", None, None, None, "delivered")]
    assert rows("Berlin will deliver 15 Leopard 1 tanks to Ukraine, Czechia said.") == [
        ("DEU", "Leopard 1", 15, None, None, "pledged")]


def test_bare_counts_after_donors_continue_a_list_of_counts():
    assert facts("Of the 60 Leopard 2 tanks promised, only 30 have arrived. Spain has sent 10, "
                 "Portugal 3 and Canada 8.") == {
        ("ESP", "Leopard 2", 10, None, None, "delivered"), ("PRT", "Leopard 2", 3, None, None, "delivered"),
        ("CAN", "Leopard 2", 8, None, None, "delivered")}
    assert rows("Norway gave 8 NASAMS launchers and Denmark 2, officials said.") == [
        ("DNK", "NASAMS", 2, None, None, "delivered"), ("NOR", "NASAMS", 8, None, None, "delivered")]


@pytest.mark.parametrize(("text", "status"), [
    ("Spain is not ruling out sending more Leopard 2A4 tanks.", "considering"),
    ("Italy won't rule out sending SAMP/T systems.", "considering"),
    ("Lisbon hasn't decided on Leopard 2A6 tanks yet.", "considering"),
    ("Berlin has ruled out sending Taurus missiles.", "refused"),
])
def test_a_negated_ruling_out_weighs_and_a_plain_one_refuses(text, status):
    assert {r[-1] for r in rows(text)} == {status}


def test_a_name_the_catalog_does_not_know_before_a_class_makes_a_named_item():
    # two unnumbered classes alone name no single item type (rule 8); with their names they are named items
    assert rows("Tokyo will also supply Kotobuki utility vehicles and Hinoki dump trucks, Japan said.") == [
        ("JPN", "Hinoki trucks", None, None, None, "pledged"),
        ("JPN", "Kotobuki vehicles", None, None, None, "pledged")]
    assert rows("Tokyo will also supply utility vehicles and dump trucks, Japan said.") == []
    # an origin or a catalog system's first word is no unknown name
    assert rows("Spain will supply Soviet-era tanks and Western trucks.") == []
    assert rows("Austria has no plans to send Tatrapan vehicles or Leopard tanks.") == [
        ("AUT", "Leopard", None, None, None, "refused"), ("AUT", "Tatrapan vehicles", None, None, None, "refused")]


@pytest.mark.parametrize("text", [
    "Lisbon will no longer supply Leopard 2A6 tanks to Kyiv.",
    "Oslo stopped sending NASAMS launchers to Ukraine.",
    "Berlin says it will deliver no more Marder vehicles.",
    "Rome decided against sending SAMP/T systems.",
    "Paris is against delivering Leclerc tanks.",
    "Madrid will not participate in sending Leopard 2A4 tanks.",
    "Canberra won't send Hawkei vehicles.",
    "Ottawa can't provide more Leopard 2A4 tanks.",
])
def test_refusals_by_no_longer_stopping_deciding_against_and_contractions(text):
    assert {r[-1] for r in rows(text)} == {"refused"}


def test_giving_no_figures_is_no_refusal():
    found = rows("Paris is already providing Caesar howitzers, giving no figures.")
    assert [r[:2] for r in found] == [("FRA", "Caesar")] and found[0][-1] != "refused"


def test_a_warning_about_any_delivery_states_no_aid_but_a_veto_of_it_refuses():
    assert rows("Moscow warned that any delivery of Tomahawk missiles by the US would be an escalation.") == []
    assert rows("Budapest vetoed any delivery of weapons to Ukraine.") == [
        ("HUN", "weapons", None, None, None, "refused")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington is close to approving the transfer of Abrams tanks.", ("USA", "M1 Abrams")),
    ("Paris was evaluating a request for Mirage jets, officials said.", ("FRA", "Mirage 2000")),
    ("In Washington, officials are weighing whether to send ATACMS.", ("USA", "ATACMS")),
])
def test_more_ways_of_weighing_and_a_capital_set_before_the_clause(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


def test_anti_tank_weapons_are_missiles_and_naval_drones_drones_as_the_annotation_rules_count_them():
    found = {p.system: p.category for p in extract("Oslo will send 500 anti-tank weapons and 20 sea drones.")}
    assert found == {"anti-tank weapons": "missile", "naval drones": "drone"}


def test_translated_word_order_counts_after_the_recipient_and_names_after_a_vehicle_class():
    assert rows("Prague handed over to the Armed Forces of Ukraine 20 units of RM-70 launchers.") == [
        ("CZE", "RM-70", 20, None, None, "delivered")]
    assert rows("Stockholm will give 50 units of armored vehicles Pbv 302.") == [
        ("SWE", "Pbv 302", 50, None, None, "pledged")]


def test_never_given_is_a_refusal_and_a_share_is_no_count():
    assert rows("Israel's Iron Dome, by contrast, has never been offered to Kyiv.") == [
        ("ISR", "Iron Dome", None, None, None, "refused")]
    assert rows("Berlin is a big donor. Only 40 per cent of the promised Marder vehicles have arrived.") == []


@pytest.mark.parametrize(("text", "donor"), [
    ("Norway made available 12 Leopard 2A4 tanks for Ukraine.", "NOR"),
    ("Germany made clear it would send 10 Marder vehicles.", "DEU"),
])
def test_made_as_a_verb_after_a_donor_is_no_origin(text, donor):
    assert [r[0] for r in rows(text)] == [donor]


def test_made_after_a_country_name_is_still_an_origin():
    assert rows("The US-made Patriot system was delivered by Germany.") == [
        ("DEU", "Patriot", None, None, None, "delivered")]


def test_money_paid_to_a_pool_named_after_a_country_or_institution_stays_for_ukraine():
    assert rows("Tokyo will contribute $30 million to the NATO trust fund for Ukraine.") == [
        ("JPN", "fund", None, 30000000, "USD", "funded")]
    assert rows("Oslo gave NOK 100 million to Denmark's fund for Ukraine.") == [
        ("NOR", "fund", None, 100000000, "NOK", "funded")]


def test_a_bare_m_before_what_is_counted_is_a_million():
    assert rows("Brussels will send 1.5m artillery rounds to Ukraine, the EU said.") == [
        ("EU", "artillery shells", 1500000, None, None, "pledged")]
    assert rows("Berlin will send Marder vehicles with a 2m mast, Germany said.")[0][2] is None


def test_a_count_after_an_item_and_its_calibre():
    assert rows("Tallinn will send: mortars 120 mm - 24 units, Estonia said.") == [
        ("EST", "mortars", 24, None, None, "pledged")]


def test_the_noun_fund_names_a_pool_not_an_act_of_funding():
    from aidledger.mentions.cues import find_status_cues
    assert [c.label for c in find_status_cues("Oslo announced a new fund of €500 million.")] == ["pledged"]
    assert [c.label for c in find_status_cues("Oslo funds 10 Skynex systems.")] == ["funded"]
    assert [c.label for c in find_status_cues("Oslo will fund 10 Skynex systems.")] == ["funded"]


def test_weighing_an_amount_after_a_plain_article_is_considering():
    assert rows("The Althing is debating a ISK 500 million aid bill for Ukraine, Iceland said.") == [
        ("ISL", "military aid", None, 500000000, "ISK", "considering")]


@pytest.mark.parametrize(("text", "expected", "statuses"), [
    # (the promise the count was given under is a pledge of its own: ``promises``)
    ("All 19 F-16s promised by Denmark have now been handed over.", ("DNK", "F-16", 19), ["delivered", "pledged"]),
    ("The 8 NASAMS launchers from Norway are now operational in Ukraine.", ("NOR", "NASAMS", 8), ["delivered"]),
    ("Kyiv took possession of 6 Gripen jets from Sweden.", ("SWE", "Gripen", 6), ["delivered"]),
])
def test_delivered_states_and_the_main_verb_after_a_participle_of_a_numbered_plural(text, expected, statuses):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [(*expected, s) for s in statuses]


def test_in_service_with_ukraine_is_no_inventory_of_a_donor():
    assert rows("The 14 Leopard 2A4 tanks from Poland are now in service with the Ukrainian army.") == [
        ("POL", "Leopard 2A4", 14, None, None, "delivered")]
    assert rows("Spain has 20 Leopard 2A4 tanks in service, Madrid said.") == []


def test_paying_for_items_a_firm_builds_is_funding_and_fund_is_a_verb_before_its_object():
    assert rows("Oslo will pay for 20 Skynex systems to be built by Rheinmetall for Ukraine.") == [
        ("NOR", "Skynex", 20, None, None, "funded")]
    assert rows("Sweden and Denmark together fund 20 CV90 vehicles for Ukraine.") == [
        ("DNK", "CV90", None, None, None, "funded"), ("SWE", "CV90", None, None, None, "funded")]


def test_the_verb_before_a_colon_gives_the_status_of_the_list_after_it():
    assert rows("Received from Riga: 2 Stinger systems, 4 mortars. Thank you!") == [
        ("LVA", "Stinger", 2, None, None, "delivered"), ("LVA", "mortars", 4, None, None, "delivered")]


def test_what_aid_now_totals_and_the_combined_worth_of_packages_are_totals():
    assert rows("Oslo's aid, which now totals NOK 60 billion, includes 6 F-16s, Norway said.") == [
        ("NOR", "F-16", 6, None, None, "pledged")]
    assert rows("Helsinki's 25 packages are worth a combined EUR 2.5 billion, Finland said.") == []


def test_a_delivered_part_told_after_of_which():
    assert rows("Oslo pledged 8 NASAMS launchers, of which 2 have arrived.") == [
        ("NOR", "NASAMS", 2, None, None, "delivered"), ("NOR", "NASAMS", 8, None, None, "pledged")]


@pytest.mark.parametrize("text", [
    "Oslo does not exclude sending 8 NASAMS launchers to Ukraine.",
    "Oslo would be willing to send 8 NASAMS launchers to Ukraine.",
    "Oslo has floated the idea of sending 8 NASAMS launchers to Ukraine.",
    "Oslo is looking for ways to send 8 NASAMS launchers to Ukraine.",
])
def test_not_excluding_conditional_readiness_and_floated_ideas_weigh(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("NOR", "considering")]


def test_money_given_by_a_past_date_is_a_total_and_a_future_deadline_a_pledge():
    assert rows("By the end of 2022, Portugal had provided 120 million euros in military aid.") == []
    assert rows("Observers reckon that Japan had committed $7 billion in aid by March 2024.") == []
    assert rows("Portugal will send €50 million in military aid by 2026.") == [
        ("PRT", "military aid", None, 50_000_000, "EUR", "pledged")]


def test_a_participle_before_its_noun_describes_it_and_the_main_verb_decides():
    assert rows("Slovenia has now handed over the promised 20 M-55S tanks.") == [
        ("SVN", "M-55S", 20, None, None, "delivered")]
    assert rows("The pledged 6 NASAMS launchers will come in May, Oslo said.")[0][-1] == "pledged"


@pytest.mark.parametrize("text", [
    "The defence minister announced the arrival of the first Archer guns from Sweden.",
    "Kyiv confirmed receipt of 12 Archer howitzers from Sweden.",
])
def test_the_arrival_or_receipt_announced_is_a_delivery(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("SWE", "delivered")]


@pytest.mark.parametrize("text", [
    "Oslo could send F-16 jets once Ukrainian pilots are trained, the minister said.",  # a hedge, not training aid
    "Rome is mulling a request from Kyiv for more SAMP/T launchers.",
    "A decision on sending Archer guns to Ukraine has not been made, Stockholm said.",
    "Lisbon is discussing with its allies the transfer of Leopard 2A6 tanks.",
    "Madrid refuses to rule out sending Leopard 2A4 tanks.",
    "The question of Gripen jets for Ukraine is still on the table, Sweden said.",
])
def test_further_ways_of_weighing(text):
    assert [r[-1] for r in rows(text)] == ["considering"]


def test_a_count_before_a_plural_noun_and_another_noun_belongs_to_the_first():
    # "blankets" is no item of the catalog: its 50 must not pass to the drones after "and"
    assert rows("Vilnius will donate 50 blankets and drones to Ukraine.") == [
        ("LTU", "drones", None, None, None, "pledged")]
    assert rows("Riga will send 14 armoured and protected vehicles.") == [
        ("LVA", "vehicles", 14, None, None, "pledged")]
    assert rows("Riga will send CV90 vehicles (12 in total).") == [("LVA", "CV90", 12, None, None, "pledged")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Berlin is behind the supply of Gepard guns to Ukraine.", ("DEU", "Gepard", "pledged")),  # a noun of giving
    ("Kyiv can count on more Archer guns from Stockholm.", ("SWE", "Archer", "pledged")),
    ("Zelensky secured Archer guns from Stockholm on his visit.", ("SWE", "Archer", "pledged")),
    ("Swedish Archer guns went to the front in May.", ("SWE", "Archer", "delivered")),
])
def test_giving_told_as_a_noun_as_what_ukraine_secured_or_as_going_to_the_front(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [expected]


def test_a_noun_of_giving_yields_to_the_clause_verb():
    assert [r[-1] for r in rows("Germany has refused the transfer of Taurus missiles.")] == ["refused"]
    assert [r[-1] for r in rows("Norway has completed the transfer of 8 NASAMS launchers.")] == ["delivered"]


def test_a_count_of_one_named_system_delivered_so_far_stays_a_delivered_record():
    # README rule 5's exception: the running count of one system already delivered is a record
    assert rows("Spain has so far sent 26 Leopard 2A4 tanks to Ukraine.") == [
        ("ESP", "Leopard 2A4", 26, None, None, "delivered")]
    assert rows("Since the start of the war, Oslo has supplied 14 M109 howitzers.") == [
        ("NOR", "M109", 14, None, None, "delivered")]
    # a pledged total, money given in all, and a generic class delivered in all are no records
    assert rows("Spain has so far pledged 26 Leopard 2A4 tanks.") == []
    assert rows("Spain has so far sent 300 million euros in military aid.") == []
    assert rows("Spain has so far sent 2,000 drones to Ukraine.") == []


def test_a_count_of_launchers_or_batteries_refers_to_the_air_defence_system_named_before():
    found = extract("Oslo pledged NASAMS to Kyiv in May. Earlier Norway had transferred to Ukraine 2 launchers.")
    assert ("NOR", "NASAMS", 2, "delivered") in [(p.donor, p.system, p.quantity_value, p.status) for p in found]
    found = extract("Berlin pledged IRIS-T SLM to Ukraine. Three batteries have already arrived.")
    assert ("DEU", "IRIS-T SLM", 3, "delivered") in [(p.donor, p.system, p.quantity_value, p.status) for p in found]


def test_a_live_blog_entry_title_is_told_again_by_its_entry():
    text = ("Live: the war in Ukraine\n"
            "09:15 GMT Oslo unveils $1.3bn package\n"
            "Norway's government unveiled a $1.28bn military aid package on Monday.\n"
            "08:40 GMT Madrid to send more tanks\n"
            "Spain will send ten more Leopard 2A4 tanks, the defence ministry said.\n")
    assert rows(text) == [("ESP", "Leopard 2A4", 10, None, None, "pledged"),
                          ("NOR", "military aid package", None, 1_280_000_000, "USD", "pledged")]


def test_a_package_list_whose_worth_follows_it_is_a_money_package():
    text = ("Capabilities in this package include:\n"
            "Javelin anti-tank missiles;\n"
            "12 Stryker armoured personnel carriers;\n"
            "Spare parts and maintenance.\n"
            "The package is worth up to $150 million.\n")
    found = sorted((p.system, p.quantity_value, p.amount and int(p.amount)) for p in extract(
        "The US announced new aid for Ukraine today.\n" + text))
    # rule 2: the unnumbered Javelins of a money package get no record; the counted Strykers and the money do
    assert found == [("Stryker", 12, None), ("military aid package", None, 150_000_000)]


def test_a_second_name_of_the_same_kind_right_after_the_first_names_the_same_system():
    assert rows("Slovakia sent 4 RM-70 Grad launchers to Ukraine.") == [("SVK", "RM-70", 4, None, None, "delivered")]


def test_a_past_counterfactual_is_no_aid_fact_and_a_count_set_after_the_item():
    assert rows('"If Kyiv had received 80 Gripen jets in 2022, things would differ," an analyst said.') == []
    assert rows("If Congress agrees, the US will send 10 Abrams tanks.") == [
        ("USA", "M1 Abrams", 10, None, None, "pledged")]
    assert rows("Warsaw sent T-72 tanks, more than 200 of them, in 2022.") == [
        ("POL", "T-72", 200, None, None, "delivered")]


def test_what_ukraine_received_from_all_in_total_is_no_donors_delivery_and_what_was_needed_no_aid():
    assert rows("In total, Ukraine received about 70 modern Leopard 2 tanks.") == []
    text = "Kyiv got 70 Leopard 2 tanks from Berlin, far short of the 300 tanks its generals said were needed."
    assert rows(text) == [("DEU", "Leopard 2", 70, None, None, "delivered")]


@pytest.mark.parametrize("text", [
    "Austria's neutrality prevents it from sending armoured cars to Ukraine.",
    "Kyiv will not get Gripen jets from Stockholm, Sweden said.",
    "Its F-35 jets are off the table, the Dutch government said.",
    "Sending Gripen jets \"won't happen\", Sweden's minister said.",
    "Greece will not part with its S-300 system.",
    "Sweden says delivering Gripen jets is not an option.",
    "Delivering Gripen jets is not an option, Sweden said.",
    "No Gripen jets for Ukraine for now, Sweden said.",
])
def test_further_refusals(text):
    assert [r[-1] for r in rows(text)] == ["refused"]


def test_nothing_off_the_table_still_weighs_and_a_speaker_frame_keeps_the_gerund_subject():
    assert [r[-1] for r in rows("Nothing is off the table, Sweden said of Gripen jets for Ukraine.")] == ["considering"]
    assert [r[-1] for r in rows("Sweden says sending Gripen jets later is not being ruled out.")] == ["considering"]
    assert [r[-1] for r in rows("Kyiv will soon get Gripen jets from Stockholm.")] == ["pledged"]


def test_the_whole_a_first_part_is_taken_from_is_a_pledge_of_its_own():
    found = {(p.donor, p.system, p.quantity_value, p.status) for p in extract(
        "Sweden said the first Archer guns have arrived in Ukraine, out of the 12 promised by Stockholm.")}
    assert found == {("SWE", "Archer", 12, "pledged"), ("SWE", "Archer", None, "delivered")}


def test_money_a_donor_has_pumped_or_poured_into_the_war_in_all_is_a_total():
    assert rows("Canada has poured more than $9 billion into Ukraine, including $4 billion in military aid.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Only three of the promised 12 Archer guns have been handed over by Sweden.",
     {("SWE", "Archer", 12, "pledged"), ("SWE", "Archer", 3, "delivered")}),
    ("So far 5 of 12 Swedish Archer guns have arrived.",
     {("SWE", "Archer", 12, "pledged"), ("SWE", "Archer", 5, "delivered")}),
    ("Sweden has delivered its first four Archer guns out of 12 it promised.",
     {("SWE", "Archer", 12, "pledged"), ("SWE", "Archer", 4, "delivered")}),
    ("Of the 12 Archer guns Sweden pledged, 8 have been delivered.",
     {("SWE", "Archer", 12, "pledged"), ("SWE", "Archer", 8, "delivered")}),
    ("Half of the 12 Archer guns pledged by Sweden have now been delivered.", {("SWE", "Archer", 12, "pledged")}),
    ("Two thirds of the 90 promised trucks from Sweden have arrived.", {("SWE", "trucks", 90, "pledged")}),
])
def test_a_part_told_against_its_whole(text, expected):
    assert {(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sweden delivered the first 4 Archer guns; the remaining 8 will follow by March.",
     {("SWE", "Archer", 4, "delivered"), ("SWE", "Archer", 8, "pledged")}),
    ("Sweden sent a first batch of four Archer guns, with eight more expected later.",
     {("SWE", "Archer", 4, "delivered"), ("SWE", "Archer", 8, "pledged")}),
    ("Sweden started the delivery of its 12 Archer guns.", {("SWE", "Archer", 12, "pledged")}),
])
def test_deliveries_begun_and_the_rest_to_follow(text, expected):
    assert {(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)} == expected


def test_a_list_lines_donor_goes_on_speaking_and_counts_with_their_state_in_brackets():
    text = ("Who sends what:\n"
            "Sweden: The government has announced Archer guns. A further SEK 2 billion was pledged on Monday.\n"
            "Norway — NASAMS launchers (2 delivered, 4 more promised).\n")
    found = {(p.donor, p.system, p.quantity_value, p.amount and int(p.amount), p.status) for p in extract(text)}
    assert found == {("SWE", "Archer", None, None, "pledged"), ("SWE", "military aid", None, 2_000_000_000, "pledged"),
                     ("NOR", "NASAMS", 2, None, "delivered"), ("NOR", "NASAMS", 4, None, "pledged")}


def test_what_ukraine_counts_on_from_a_donor_is_promised():
    assert rows("Ukraine counts on 24 Gripen jets from Sweden, the minister said.") == [
        ("SWE", "Gripen", 24, None, None, "pledged")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Oslo signed a contract with a Swedish firm for the purchase of 6 Archer guns for Ukraine.",
     [("NOR", "Archer", 6, None, None, "funded")]),
    ("Berlin has commissioned a local firm to produce 12 Skynex systems for Ukraine.",
     [("DEU", "Skynex", 12, None, None, "funded")]),
    ("Riga signed a deal to buy 100 Javelins for its own army.", []),
])
def test_contracts_and_commissions_for_ukraine_are_funding_and_for_the_buyers_own_forces_no_aid(text, expected):
    assert rows(text) == expected


def test_a_bulleted_list_line_is_no_title_its_body_would_swallow():
    text = ("What the Nordic countries promised on Monday:\n"
            "- Norway will send 4 NASAMS launchers\n"
            "- Sweden will send 8 Archer guns\n"
            "The 4 NASAMS launchers have already arrived in Ukraine, Norway said.\n")
    found = {(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)}
    assert found == {("NOR", "NASAMS", 4, "pledged"), ("NOR", "NASAMS", 4, "delivered"),
                     ("SWE", "Archer", 8, "pledged")}


def test_the_named_air_defence_system_in_the_singular_is_one_system():
    assert rows("Athens has handed the Crotale air defence system over to Kyiv.") == [
        ("GRC", "Crotale", 1, None, None, "delivered")]
    # the plural, and the system that ammunition is for, count nothing
    assert rows("Athens will send the Crotale systems.") == [("GRC", "Crotale", None, None, None, "pledged")]
    assert [r[2] for r in rows("Athens sent ammunition for the Crotale air defence system.")] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    ("Oslo refused to commit another NOK 2 billion, citing its budget.", "refused"),
    ("Britain could announce another £150 million for radars next week.", "considering"),
    ("The White House asked Congress for $9 billion more for Kyiv's army.", "considering"),
    ("The Riksdag has yet to vote on the SEK 4 billion package for Ukraine.", "considering"),
    ("The Dutch parliament will vote next month on €900 million in arms for Ukraine.", "considering"),
    ("Under the plan, still to be approved, Oslo would give NOK 3 billion in arms to Kyiv.", "considering"),
])
def test_money_weighed_refused_or_put_to_a_legislature(text, expected):
    assert [r[-1] for r in rows(text)] == [expected]


def test_a_request_by_ukraine_stays_no_aid_while_a_donor_asking_its_legislature_weighs():
    assert rows("Kyiv asked Oslo for NOK 2 billion in arms.") == []
    assert [r[0] for r in rows("The White House asked lawmakers for $9 billion for Kyiv's army.")] == ["USA"]


def test_a_surname_with_another_first_name_is_someone_else():
    # "Mike Johnson" is not Boris Johnson, here or where the surname stands alone later
    text = "Speaker Mike Johnson said the $60 billion bill would wait. Johnson said Ukraine would get 5 tanks."
    assert all(r[0] != "GBR" for r in rows(text))
    assert [r[0] for r in rows("Prime Minister Johnson promised 120 armoured vehicles.")] == ["GBR"]
    assert [r[0] for r in rows("Boris Johnson promised 120 armoured vehicles.")] == ["GBR"]


def test_rounds_after_a_comma_count_ammunition_only():
    found = {(p.system, p.category, p.quantity_value) for p in extract(
        "Oslo is sending 12 M109 howitzers, 20,000 rounds and two counter-battery radars.")}
    assert found == {("M109", "artillery", 12), ("rounds of ammunition", "ammunition", 20000),
                     ("radars", "other_equipment", 2)}
    assert [r[2] for r in rows("Oslo sent 155 mm shells, 20,000 rounds.")] == [20000]


def test_a_list_after_a_colon_goes_on_past_its_last_and():
    found = {(p.system, p.quantity_value, p.status) for p in extract(
        "Latvia has handed over to Ukraine: mortar rounds — 5,000, and Carl Gustaf rifles with 800 rounds.")}
    assert found == {("mortar rounds", 5000, "delivered"), ("Carl Gustaf", None, "delivered"),
                     ("rounds of ammunition", 800, "delivered")}


def test_a_package_whose_contents_follow_a_colon_lists_no_unnumbered_system():
    found = {(p.system, p.quantity_value) for p in extract(
        "Oslo unveiled a NOK 2 billion package for Kyiv: 12 M109 howitzers, radars, and more NASAMS launchers.")}
    assert found == {("military aid package", None), ("M109", 12)}


def test_money_for_another_country_is_not_ukraines_and_that_country_gives_nothing():
    assert rows("The US signed off on $61 billion for Ukraine and $14 billion in military aid for Israel.") == [
        ("USA", "military aid", None, 61_000_000_000, "USD", "pledged")]
    assert rows("The Senate approved $26 billion for Israel and $61 billion for Ukraine.") == []
    # "for Germany to send" names the giver, as a possessive after "for" does
    assert [r[0] for r in rows("Kyiv pushed for Germany to send 20 Marder vehicles, and Berlin agreed.")] == ["DEU"]
    assert [r[0] for r in rows("Oslo paid €50 million for Denmark's F-16 training scheme for Ukraine.")] == ["NOR"]


def test_money_for_the_energy_sector_is_no_military_aid():
    assert rows("Oslo announced NOK 2 billion for Ukraine's energy sector and NOK 1 billion for air defence.") == [
        ("NOR", "military aid", None, 1_000_000_000, "NOK", "pledged")]


@pytest.mark.parametrize("text", [
    "Norway's industry produced about 200,000 rounds last year.",
    "Nammo now plans to make 300,000 shells annually for Norway and its allies.",
    "Europe's output of shells reached 1 million rounds this year.",
])
def test_production_is_no_aid(text):
    assert rows(text) == []


def test_a_generic_kind_counted_apart_after_a_named_system_keeps_its_own_name():
    found = {(p.system, p.quantity_value) for p in extract(
        "Oslo will send 40 NSM missiles and 200 air defence missiles.")}
    assert found == {("Naval Strike Missile", 40), ("air defence missiles", 200)}
    # a plain reference back still takes the name
    assert {(p.system, p.quantity_value) for p in extract("Oslo sent 40 NSM missiles; 10 such missiles arrived.")} \
        == {("Naval Strike Missile", 40), ("Naval Strike Missile", 10)}


def test_financing_a_purchase_is_what_the_money_is_for():
    text = "Oslo pledged NOK 1 billion to Ukraine. Oslo will also finance the purchase of drones for NOK 200 million."
    assert sorted((r[3], r[-1]) for r in rows(text)) == [(200_000_000, "funded"), (1_000_000_000, "pledged")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Partners sent 6 IRIS-T SLM systems: Germany 4, the USA - 2.", {("DEU", 4), ("USA", 2)}),
    ("Oslo sent 8 NASAMS launchers; Denmark, two.", {("NOR", 8), ("DNK", 2)}),
    ("Sweden sent 10 Archer guns and the Netherlands 4.", {("SWE", 10), ("NLD", 4)}),
])
def test_a_bare_count_after_a_listed_donor_with_a_dash_or_comma(text, expected):
    assert {(p.donor, p.quantity_value) for p in extract(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("There will be no Gripen deliveries from Sweden this year.", "refused"),
    ("Sweden: no Gripen deliveries.", "refused"),
    ('Stockholm was "actively looking" at sending more Gripen jets.', "considering"),
])
def test_verbless_refusals_and_looking_at_giving(text, expected):
    assert [r[-1] for r in rows(text)] == [expected]


def test_more_launchers_refer_to_an_air_defence_system_not_to_jets():
    assert rows("Oslo will send six F-16 aircraft. Two more launchers are on their way.") == [
        ("NOR", "F-16", 6, None, None, "pledged")]
    assert [r[2] for r in rows("Oslo gave 2 NASAMS. Two more launchers are on their way.")] == [2, 2]


def test_each_donor_of_a_joint_sentence_gives_the_count_told_each():
    assert {(r[0], r[2]) for r in rows("Denmark and Norway will each send 4 Leopard tanks.")} == {
        ("DNK", 4), ("NOR", 4)}
    assert {(r[0], r[2]) for r in rows("Rome and Madrid will send one Patriot system each.")} == {
        ("ITA", 1), ("ESP", 1)}
    # jointly: no donor's own share is told (rule 9)
    assert {(r[0], r[2]) for r in rows("Denmark and Norway will jointly send 14 Leopard tanks.")} == {
        ("DNK", None), ("NOR", None)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyiv asked Stockholm for Gripen jets; Sweden has so far refused.", [("SWE", "refused")]),
    ("Kyiv asked Stockholm for Gripen jets, but the government is still weighing the request.",
     [("SWE", "considering")]),
    ("Kyiv asked Stockholm for Gripen jets. Sweden has so far refused.", [("SWE", "refused")]),
    ("Kyiv asked Stockholm for Gripen jets; Norway sent 2 NASAMS launchers.", [("NOR", "delivered")]),
])
def test_a_request_answered_in_its_own_sentence_or_the_next_with_the_object_elided(text, expected):
    assert [(r[0], r[-1]) for r in rows(text)] == expected


def test_considering_the_item_itself_without_a_giving_verb():
    assert rows("Stockholm pledged 2 ASC 890 aircraft and said it would consider Gripens later.") == [
        ("SWE", "ASC 890", 2, None, None, "pledged"), ("SWE", "Gripen", None, None, None, "considering")]
    assert rows("Stockholm is mulling Gripen jets for Ukraine.") == [("SWE", "Gripen", None, None, None, "considering")]
    assert rows("The Gripen is considered the best jet of its class.") == []


@pytest.mark.parametrize("text", [
    "Oslo would not stand in the way if Stockholm wanted to send its Archer guns.",
    "Stockholm is ready to send Archer guns if its allies agree, the minister said.",
])
def test_giving_only_on_a_condition_is_weighed(text):
    assert [r[-1] for r in rows(text)] == ["considering"]
    # without the condition, readiness to give is a pledge
    assert [r[-1] for r in rows("Stockholm is ready to send Archer guns, the minister said.")] == ["pledged"]


@pytest.mark.parametrize(("text", "statuses"), [
    # the subject "forces" is no item: "received" is its verb, not a participle describing it (the promise the
    # count was given under is a pledge of its own: ``promises``)
    ("Ukraine's armed forces received from Norway the last of 20 M109 howitzers promised in spring.",
     ["delivered", "pledged"]),
    ("Kyiv's troops received 40 Marder vehicles from Berlin.", ["delivered"]),
    # a participle after the item describes the item; the main verb decides
    ("Norway delivered the 20 M109 howitzers promised in spring.", ["delivered", "pledged"]),
    ("Oslo says the 20 M109 howitzers promised in spring will arrive soon.", ["pledged"]),
])
def test_a_participle_describes_an_item_not_a_subject(text, statuses):
    assert [r[-1] for r in rows(text)] == statuses


@pytest.mark.parametrize("text", [
    "Ukraine's navy got the 3 patrol boats from Oslo in May.",
    "The Ukrainian army has obtained 12 M109 howitzers from Norway.",
])
def test_ukraine_in_the_genitive_or_as_adjective_got_the_items(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("NOR", "delivered")]


def test_money_that_still_needs_the_legislature_is_weighed():
    text = "Norway's government put forward a NOK 5 billion package, which the Storting still needs to approve."
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("NOR", 5_000_000_000, "considering")]
    text = "The NOK 5 billion package from Norway needs to be approved by the Storting."
    assert [(r[0], r[-1]) for r in rows(text)] == [("NOR", "considering")]


@pytest.mark.parametrize(("text", "donors"), [
    ("Oslo keeps 200 instructors in Latvia and Poland and will give 20 armoured vehicles to Ukraine.", ["NOR"]),
    ("Norway extends its staff based in the UK, Germany, and Belgium, and is adding NOK 40 million via the NATO fund.",
     ["NOR"]),
    ("Troops based in Poland, Romania and Slovakia stay home, but Norway will send 20 armoured vehicles.", ["NOR"]),
    # after a single place, a comma (with or without "and") opens a new clause with its own subject
    ("Pilots trained in Denmark, and Norway sent 6 F-16 jets.", ["NOR"]),
    ("Speaking in Poland, Germany's minister said Berlin will send 10 Leopard tanks.", ["DEU"]),
])
def test_countries_listed_after_a_place_preposition_are_places(text, donors):
    assert [r[0] for r in rows(text)] == donors


def test_a_context_word_in_a_relative_aside_about_the_donor_does_not_exclude():
    text = "Norway, whose instructors are stationed in Poland, is adding NOK 40 million via the NATO fund."
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("NOR", 40_000_000, "funded")]
    # the same word governing the item still excludes it
    assert rows("Norway has 20 armoured vehicles stationed in Poland.") == []


@pytest.mark.parametrize("text", [
    "Oslo's cabinet proposed a package worth NOK 3 billion for Ukraine.",
    "The Norwegian government tabled a plan for NOK 3 billion in military aid to Ukraine.",
    "Norway's next package for Ukraine could be around NOK 3 billion, officials said.",
    "Norway's next package for Ukraine can exceed NOK 3 billion, officials said.",
    "Oslo is preparing NOK 3 billion for Ukraine's army, but the final decision was not yet taken.",
    "Oslo will give NOK 3 billion to Ukraine, and the Storting will vote on it next week.",
])
def test_money_put_forward_or_guessed_is_weighed(text):
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("NOR", 3_000_000_000, "considering")]


def test_a_later_hedge_about_another_giver_leaves_the_pledge():
    assert [(r[0], r[-1]) for r in rows("Oslo will give NOK 3 billion, but Sweden is still weighing the request.")] \
        == [("NOR", "pledged")]
    assert [r[-1] for r in rows("Norway sent 10 tanks, but no decision has been made on jets.")] == ["delivered"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway will not send F-16 jets, though it has put NOK 100 million into the NATO fund.",
     [("NOR", "F-16", None, "refused"), ("NOR", "fund", 100_000_000, "funded")]),
    ("Oslo will not send F-16 jets to Ukraine, as Norway completed the sale of its NASAMS launchers to Lithuania.",
     [("NOR", "F-16", None, "refused")]),
])
def test_though_and_as_with_a_subject_open_a_clause_of_their_own(text, expected):
    assert [(r[0], r[1], r[3], r[-1]) for r in rows(text)] == expected


@pytest.mark.parametrize("text", [
    "Look, we're not going to be sending Gripen jets, Sweden's minister said.",
    "The Swedish government had vetoed Kyiv's request for Gripen jets.",
    "Sweden's parliament rejected a motion that would have sent Gripen jets to Ukraine.",
    "Asked about Gripen jets for Ukraine, Sweden's minister said they were not on the cards.",
])
def test_refusals_in_the_progressive_of_a_request_of_a_motion(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("SWE", "refused")]


def test_open_to_buying_and_considering_this_request_are_weighed():
    assert [r[-1] for r in rows('Sweden is "open" to buying Leopard tanks from Germany for Ukraine.')] == [
        "considering"]
    assert [r[-1] for r in rows("Kyiv asked for Gripen jets. Sweden is ready to consider this request.")] == [
        "considering"]


def test_the_canadian_hornet_designation_is_the_hornet():
    assert [(r[0], r[1], r[-1]) for r in rows("Canada will not send its CF-18 jets to Ukraine.")] == [
        ("CAN", "F/A-18 Hornet", "refused")]


@pytest.mark.parametrize(("text", "kept"), [
    ("Norway adds NOK 1 billion, bringing Norwegian support this year to NOK 9 billion.", [1_000_000_000]),
    ("Since the outset of the war Norway provided NOK 9 billion in military aid.", []),
    ("This year Norway already has directed NOK 9 billion in military aid to Ukraine.", []),
    ("The draft budget cuts Norway's military aid to Ukraine to NOK 4 billion, from nearly NOK 9 billion this year.",
     [4_000_000_000]),
    ("Norway's defence ministry has about NOK 1 billion left to refill its stocks.", []),
    ("The White House sought $90 billion in extra spending, including $50 billion tied to Ukraine.", [50_000_000_000]),
    ("Oslo will spend NOK 50 billion for European defence.", []),
])
def test_totals_bases_balances_and_other_purposes_are_no_pledges(text, kept):
    assert [r[3] for r in rows(text)] == kept


def test_a_group_described_by_its_leader_or_model_gives_no_donor():
    text = "Oslo adds NOK 500 million to the drone coalition led by Latvia, and will donate 1,000 drones."
    assert {r[0] for r in rows(text)} == {"NOR"}
    assert [r[0] for r in rows("Also Finland joins the Danish model with EUR 10 mln.")] == ["FIN"]
    # a group said to be led by a country: the country acts
    text = "The coalition sending F-16 jets to Ukraine is led by the Netherlands and Denmark."
    assert {r[0] for r in rows(text)} == {"NLD", "DNK"}


def test_a_count_after_the_item_in_translated_word_order():
    text = "Earlier Norway handed over to Ukraine M109 self-propelled howitzers in quantity of 14 units."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("NOR", "M109", 14, "delivered")]


def test_a_bare_count_after_a_progressive_giving_verb_refers_back():
    text = "Denmark pledged 14 Leopard 1A5 tanks. Norway is sending eight."
    assert [(r[0], r[2]) for r in rows(text)] == [("DNK", 14), ("NOR", 8)]


def test_parliaments_of_donors_are_their_states_and_a_vote_today_weighs():
    text = "The Storting votes today on a NOK 5 billion package for Ukraine."
    assert [(r[0], r[-1]) for r in rows(text)] == [("NOR", "considering")]
    text = "The Saeima approved EUR 10 million for Ukraine's army."
    assert [r[0] for r in rows(text)] == ["LVA"]


@pytest.mark.parametrize("text", [
    "Norway will allocate NOK 400 million for the production of long-range drones in Ukraine.",
    "Norway will give NOK 400 million towards drone production in Ukraine.",
    "Norway will spend NOK 400 million on drones made in Ukraine.",
])
def test_money_for_production_or_spent_on_items_is_funded(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("NOR", "funded")]


def test_a_question_states_no_weighing():
    assert rows("Q: Is Oslo still considering sending F-35 jets?") == []
    # the answer to it does
    assert [r[-1] for r in rows("Q: Will Oslo send F-35 jets? A: We are still considering it.")] == ["considering"]


def test_a_blocked_tranche_with_a_decimal_amount_is_the_blockers_refusal():
    text = "Hungary again blocks €6.6bn tranche from the European Peace Facility for Ukraine."
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("HUN", 6_600_000_000, "refused")]


def test_a_request_named_beside_a_need_is_answered():
    text = "We discussed air defence needs — we asked for more NASAMS. Norway is ready to consider this request."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("NOR", "NASAMS", "considering")]


@pytest.mark.parametrize("text", [
    "Q: And the Taurus missiles? A: No -- the answer's no, Berlin said.",
    "Q: Will Berlin send Taurus? A: The answer remains the same: no.",
])
def test_the_answer_is_no_refuses_what_was_asked(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("DEU", "refused")]


def test_rounds_of_a_named_systems_ammunition_count_that_ammunition():
    assert rows("Berlin will send 12,400 rounds of Gepard ammunition.") == [
        ("DEU", "Gepard ammunition", 12400, None, None, "pledged")]
    text = "Bern vetoed Berlin's request to pass on 12,400 rounds of Gepard ammunition."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("CHE", "Gepard ammunition", 12400, "refused")]


def test_a_bare_count_refers_back_even_when_a_new_item_follows_it():
    text = "Denmark pledged 14 Leopard 1A5 tanks. Norway is sending eight, and bought 54 new tanks for itself."
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [("DNK", "Leopard 1A5", 14), ("NOR", "Leopard 1A5", 8)]


def test_counts_each_with_its_giver_after_the_item():
    text = "Norway and Denmark will transfer F-16 jets - 12 from Norway and 19 from Denmark."
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [("DNK", "F-16", 19), ("NOR", "F-16", 12)]


def test_an_item_counted_by_its_article_needs_a_cue():
    text = "Norway will send a NASAMS battery to Ukraine. Photo caption: A HIMARS launcher fires near Kharkiv."
    assert rows(text) == [("NOR", "NASAMS", 1, None, None, "pledged")]


def test_a_list_count_followed_by_a_time_still_counts():
    text = "Denmark promised 19 F-16 aircraft; the Netherlands 24; Belgium 30 by 2028."
    assert [(r[0], r[2]) for r in rows(text)] == [("BEL", 30), ("DNK", 19), ("NLD", 24)]


def test_an_inverted_counterfactual_states_no_delivery():
    text = "Norway sent F-16 jets in 2023. Had they arrived earlier, with 100 or so aircraft, things would differ."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NOR", None, "delivered")]
    # a past perfect that is no condition is a delivery
    assert [r[-1] for r in rows("Norway had sent 20 tanks by May, which would be followed by more.")] == ["delivered"]


@pytest.mark.parametrize("text", [
    "Seoul has decided not to provide lethal weapons to Ukraine directly.",
    "Seoul opted not to send its K9 howitzers to Ukraine.",
])
def test_deciding_or_opting_not_to_give_is_a_refusal(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("KOR", "refused")]


def test_losses_of_items_described_by_their_giving_are_no_aid():
    assert rows("Over 2,000 Western tanks supplied to Ukraine have been destroyed, Moscow claims.") == []
    # a giving verb of its own still states the aid
    assert [r[-1] for r in rows("Norway will send 20 tanks to Ukraine after Russia destroyed two.")] == ["pledged"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Oslo sent six M109 howitzers in May, and another four arrived this week.", [("NOR", 4), ("NOR", 6)]),
    ("Eight Norwegian M109 howitzers entered service with the Ukrainian army in May.", [("NOR", 8)]),
    ("Norway's NASAMS battery is now deployed in Ukraine.", [("NOR", None)]),
])
def test_arrivals_in_service_and_deployed_in_ukraine_are_deliveries(text, expected):
    assert [(r[0], r[2]) for r in rows(text)] == expected
    assert {r[-1] for r in rows(text)} == {"delivered"}
    # a deployment elsewhere is no aid
    assert rows("Norway deployed 2 NASAMS launchers in Poland.") == []


def test_machine_translated_plurals_of_the_krone_are_money():
    text = "Sweden transfers to Ukraine the 18th package of help worth 13.5 billion krones."
    assert [(r[0], r[3], r[4]) for r in rows(text)] == [("SWE", 13_500_000_000, "SEK")]


@pytest.mark.parametrize(("text", "donor"), [
    ("Had a productive call with @PMCanada. Grateful for the new $500 million package.", "CAN"),
    ("Thanks @NewZealandMFA for NZ$5 million for Ukraine's army.", "NZL"),
])
def test_a_handle_names_its_country(text, donor):
    assert [r[0] for r in rows(text)] == [donor]
    # an e-mail address is no handle
    assert Mentions(Document("t", "write to press@PMCanada.example")).donors == []


@pytest.mark.parametrize("text", [
    "Oslo will donate four more M109 howitzers, in addition to the four we already sent.",
    "Norway will send 4 more M109 howitzers, on top of the 4 that it delivered last year.",
])
def test_the_count_already_given_beside_a_new_pledge_is_a_delivery(text):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("NOR", "M109", 4, "delivered"), ("NOR", "M109", 4, "pledged")]


def test_a_count_in_a_table_cell_after_the_item():
    text = "Delivered by Norway (selection)\nItem | Quantity\nM109 self-propelled howitzer | 14\nNASAMS | 2\n"
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("NOR", "M109", 14, "delivered"), ("NOR", "NASAMS", 2, "delivered")]


def test_deliveries_that_will_follow_are_pledged():
    text = "Norway has handed over 2 NASAMS launchers. Further deliveries of NASAMS will follow in 2025."
    assert [(p.donor, p.quantity_value, p.status) for p in extract(text, published=FRI)] == [
        ("NOR", 2, "delivered"), ("NOR", None, "pledged")]


def test_money_for_a_named_pool_is_no_money_for_another_recipient():
    text = "The EU is discussing a further €5 billion for the European Peace Facility."
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("EU", 5_000_000_000, "considering")]


def test_a_total_split_into_donor_shares_is_no_one_donors():
    text = "Ukraine will get 3 more NASAMS launchers — two from Norway and one from Lithuania."
    assert [(r[0], r[2]) for r in rows(text)] == [("LTU", 1), ("NOR", 2)]
    # shares that do not add up to the count before leave it
    text = "Ukraine got 40 Leopard tanks, 14 from Norway."
    assert [(r[0], r[2]) for r in rows(text)] == [("NOR", 14), ("NOR", 40)]


@pytest.mark.parametrize("text", [
    "Latvia today hands over two radars to Kyiv.",
    "Latvia hands over two radars to Kyiv today.",
])
def test_a_handover_told_in_the_present_today_is_a_delivery(text):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("LVA", 2, "delivered")]
    assert [r[-1] for r in rows("Latvia will hand over two radars to Kyiv.")] == ["pledged"]


def test_a_second_predicate_of_the_subject_is_a_clause_of_its_own():
    text = "Norway has committed over NOK 30 billion since 2022 and has set aside NOK 5 billion for Ukraine in 2025."
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("NOR", 5_000_000_000, "funded")]


def test_already_are_in_ukraine_in_the_word_order_of_translations_is_a_delivery():
    text = "According to the minister, the first 12 Dutch F-16 jets already are in Ukraine."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NLD", 12, "delivered")]


@pytest.mark.parametrize("text", [
    "About 90 Swedish CV90 vehicles reached the Ukrainian army by the end of the year.",
    "The first Swedish CV90 vehicles have been spotted near Kupiansk.",
])
def test_reaching_the_army_and_being_spotted_at_a_place_are_deliveries(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("SWE", "delivered")]
    # spotted being loaded is no arrival
    assert [r[-1] for r in rows("Sweden will send CV90 vehicles, and some were seen being loaded.")] == ["pledged"]


@pytest.mark.parametrize("text", [
    "All 12 Norwegian M109 howitzers are now in Ukraine.",
    "The Norwegian NASAMS system is in service with the Armed Forces of Ukraine.",
    "The first four Norwegian M109 howitzers have crossed the border and are with a Ukrainian brigade.",
])
def test_more_ways_to_have_arrived(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("NOR", "delivered")]


def test_a_participle_after_an_adverb_still_describes_the_noun_before_it():
    text = "Norway said 8 howitzers of the same type previously promised to Kyiv have already been handed over."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NOR", 8, "delivered")]
    assert [r[-1] for r in rows("Norway has previously promised 8 howitzers to Kyiv.")] == ["pledged"]
    # "already donated" before another noun describes that noun
    text = "Norway gives NOK 900 million for air defence, including ammunition for already donated systems."
    assert [(r[0], r[-1]) for r in rows(text)] == [("NOR", "pledged")]


def test_a_shipment_arriving_or_being_delivered_is_still_in_transit():
    assert [r[-1] for r in rows("Six more Norwegian M109 howitzers are being delivered now.")] == ["pledged"]
    assert [r[-1] for r in rows("The 12 M109 howitzers Norway promised are arriving.")] == ["pledged"]


def test_a_post_run_together_after_a_full_stop_starts_at_its_handle():
    text = "Thanks to Canada for CAD 80 million for drones.@DefenceMinNZ: New Zealand will not send lethal equipment."
    assert [(r[0], r[-1]) for r in rows(text)] == [("CAN", "pledged"), ("NZL", "refused")]


def test_an_announcing_verb_in_a_reporting_frame_leaves_the_giving_verb_to_decide():
    text = ("Riga - Latvia handed Ukraine a new batch of aid this week, the defence ministry announced on Friday, "
            "including 10 M113 carriers.")
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("LVA", "M113", 10, "delivered")]
    assert [r[-1] for r in rows("Latvia announced 10 M113 carriers for Ukraine on Friday.")] == ["pledged"]


def test_a_participle_after_a_capitalised_plural_or_aircraft_describes_it():
    text = "The first four HIMARS committed earlier this month have arrived in Ukraine, the US said."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("USA", 4, "delivered")]
    text = "In May the last 4 of the 24 F-16 aircraft promised by Norway were handed over."
    assert sorted((p.quantity_value, p.status) for p in extract(text)) == [(4, "delivered"), (24, "pledged")]


def test_the_commission_is_the_eu_and_a_second_system_is_one():
    assert [(r[0], r[3]) for r in rows("The Commission will give EUR 5 billion to Ukraine.")] == [("EU", 5_000_000_000)]
    assert [(r[0], r[2]) for r in rows("Germany will send a second IRIS-T SLM system.")] == [("DEU", 1)]
    # a verb is no institution
    assert [r[0] for r in rows("Norway commissioned Kongsberg to build 2 NASAMS for Ukraine.")] == ["NOR"]


def test_a_figure_told_again_in_another_state_is_a_fact_of_its_own():
    text = "In January Norway pledged 14 M109 howitzers. All 14 howitzers are now in Ukraine."
    assert sorted((p.quantity_value, p.status) for p in extract(text)) == [(14, "delivered"), (14, "pledged")]
    # told again in the same state it is the same fact
    text = "In January Norway pledged 14 M109 howitzers. All 14 howitzers were promised to Kyiv."
    assert [(p.quantity_value, p.status) for p in extract(text)] == [(14, "pledged")]


def test_so_far_after_a_donors_superlative_is_no_running_total():
    text = "The package, Norway's largest so far, includes 20 M109 howitzers."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("NOR", "M109", 20, "pledged")]
    assert rows("Norway has so far sent 300 trucks.") == []


@pytest.mark.parametrize("text", [
    "Why Oslo keeps its NASAMS launchers at home\n\nThe government has explained its choice at length.",
    "The month in aid: Gripen talks, Patriot timetables\n\nIt was a quiet month for new pledges.",
])
def test_an_uncounted_item_in_a_headline_without_a_verb_states_no_act(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("CV90 vehicles to Ukraine from Finland 'within weeks'\n\nNo date was given.", ("FIN", "CV90")),
    ("Norway to pour millions into NASAMS missiles for Kyiv\n\nDetails next week.", ("NOR", "NASAMS missiles")),
])
def test_a_headline_in_the_shorthand_of_the_future_is_a_pledge(text, expected):
    # the rule stages' reading (the learned status stage, trained on annotated text, may still drop a verbless
    # headline whose body says nothing more: the test is of the rule)
    from aidledger.extractor.pipeline import rule_stage_records

    _, found, _ = rule_stage_records(Document("h", text, published=FRI))
    assert (*expected, "pledged") in [(p.donor, p.system, p.status) for p in found]


def test_a_generic_item_of_another_donor_in_the_same_sentence_is_not_the_system_named_before():
    text = "Belgium promises 30 F-16s by 2028; Sweden sends two spy planes."
    assert [(r[0], r[1]) for r in rows(text)] == [("BEL", "F-16"), ("SWE", "aircraft")]


def test_a_fronted_while_clause_ends_at_its_comma():
    text = "While Britain has already sent Challenger 2 tanks, France has so far limited itself to light tanks."
    # "so far" belongs to the second clause: the first clause's delivery is no running total
    assert ("GBR", "Challenger 2", "delivered") in [(r[0], r[1], r[-1]) for r in rows(text)]


def test_thanks_to_a_donor_for_counted_items_are_its_pledge():
    assert [(r[0], r[1], r[2], r[-1]) for r in rows("Kyiv's defence minister thanked Lisbon for 6 patrol boats.")] == [
        ("PRT", "patrol boats", 6, "pledged")]


def test_a_verb_after_the_item_that_has_its_own_object_does_not_govern_the_item():
    text = "Lisbon has handed Ukraine all its M113 carriers and promised Leopard tanks."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("PRT", "Leopard", "pledged"), ("PRT", "M113", "delivered")]
    # a verb after the item with no object of its own still speaks of it
    # (the promise the count was given under is a pledge of its own: ``promises``)
    text = "Norway sent 8 NASAMS launchers that it had promised in May."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NOR", 8, "delivered"), ("NOR", 8, "pledged")]


def test_a_calibre_is_no_count():
    assert [(r[1], r[2]) for r in rows("Copenhagen will send 122-calibre shells to Ukraine.")] == [
        ("artillery shells", None)]
    assert [(r[1], r[2]) for r in rows("Copenhagen will send 8,000 shells of 122 calibre to Ukraine.")] == [
        ("artillery shells", 8000)]
