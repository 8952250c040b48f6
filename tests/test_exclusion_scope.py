"""The scope of the context cues (``data/context_cues.csv``, applied in ``extractor/exclusions.py``):
a cue excludes an item only when it speaks of it. Each sentence below is written for this test (none
comes from an evaluation text). ``KEPT`` sentences carry a genuine pledge, delivery, weighing or
refusal next to a context word that is about something else (a plan's needs, the pressure or the
request a pledge answers, a replacement, a price, losses, a statement's reporting frame); ``DROPPED``
sentences are what the annotation rules exclude (rules 5, 6 and 10: totals, differences, requests,
prices, inventories, production, deployments, sales, financial aid).

    python tests/test_exclusion_scope.py   # how often each context-cue row fired, rightly or not, on these sentences
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from aidledger.extractor import extract
from aidledger.model import Document
from aidledger.pledges import extract_document

# (sentence, donor, status, a word of the system's name or "money", quantity or amount)
KEPT = [
    # the items priced each stay; a state's own money beside a private collection; a fleet handed over
    ("Oslo will pay for three NASAMS launchers for Kyiv at about 30 million euros apiece.", "NOR", "funded",
     "NASAMS", 3),
    ("The German army has handed over 40 Leopard 1 tanks to Ukraine.", "DEU", "delivered", "Leopard", 40),
    # a payment's own verb is nearer the money than a deployment told in the same clause
    ("Wellington will deploy 60 instructors in Britain and contribute NZ$3 million to the NATO trust fund for "
     "Ukraine.", "NZL", "funded", "money", 3000000),
    # what the item is added to, told after it (", on top of the contracts", ", in addition to the sales")
    ("Oslo will add NOK 500 million for air defence for Ukraine, on top of the contracts it signed last year.",
     "NOR", "pledged", "money", 500000000),
    ("Germany will give Ukraine EUR 200 million more, in addition to the sales agreed in May.", "DEU", "pledged",
     "money", 200000000),
    ("Italy will provide Ukraine 10 more howitzers, on top of the commercial deals its firms made.", "ITA",
     "pledged", "howitzers", 10),
    # a plan's needs, the pressure or the request a pledge answers
    ("The Czech Republic will buy 800,000 shells for Ukraine, Prague said, adding that the plan still needs "
     "allies' support.", "CZE", "funded", "shells", 800000),
    ("Under pressure from its allies, Berlin agreed on Wednesday to send 14 Leopard 2 tanks to Ukraine.",
     "DEU", "pledged", "Leopard", 14),
    ("Germany will deliver 2 IRIS-T systems, the ministry said, noting that Ukraine needs far more air defence.",
     "DEU", "pledged", "IRIS-T", 2),
    ("Sweden will send 8 Archer howitzers to Ukraine, the government said, responding to Zelensky's appeal.",
     "SWE", "pledged", "Archer", 8),
    ("France will supply 12 more Caesar howitzers, Macron said, calling on other allies to follow.",
     "FRA", "pledged", "Caesar", 12),
    ("Madrid will send 6 Hawk launchers to Kyiv, a move that Ukrainian officials had long urged.",
     "ESP", "pledged", "Hawk", 6),
    ("Lithuania will send 500 drones to Ukraine, the ministry said, adding that a further purchase needs "
     "parliament's approval.", "LTU", "pledged", "drones", 500),
    ("Zelensky thanked Biden, who agreed to send 4 more HIMARS launchers after Kyiv asked for them for months.",
     "USA", "pledged", "HIMARS", 4),
    ("In response to a request from the Ukrainian side the Government of Japan decided to provide 100 vehicles.",
     "JPN", "pledged", "vehicles", 100),
    ("At Kyiv's request Norway will send 2 NASAMS launchers.", "NOR", "pledged", "NASAMS", 2),
    ("Zelensky's plea for tanks was answered on Wednesday when Germany agreed to send 14 Leopard 2 tanks.",
     "DEU", "pledged", "Leopard", 14),
    ("Kyiv asked for help and Tokyo pledged $30 million for drones.", "JPN", "pledged", "money", 30_000_000),
    ("Germany said it will send 4 more IRIS-T systems, which Ukraine has requested for months.",
     "DEU", "pledged", "IRIS-T", 4),
    # a replacement, an origin, an inventory the item comes from, told after the item its verb governs
    ("Britain will send 14 Challenger 2 tanks to replace those Ukraine lost near Bakhmut.",
     "GBR", "pledged", "Challenger", 14),
    ("Norway will donate 8 Leopard 2 tanks to Ukraine and buy new ones for its own army.",
     "NOR", "pledged", "Leopard", 8),
    ("Berlin will send 4 IRIS-T systems made by Diehl Defence to Ukraine.", "DEU", "pledged", "IRIS-T", 4),
    ("Norway will give Ukraine the 2 NASAMS launchers operated by its air force.", "NOR", "pledged", "NASAMS", 2),
    ("Germany will send the Patriot system deployed in Slovakia to Ukraine.", "DEU", "pledged", "Patriot", 1),
    ("Washington will send 50 Bradley vehicles to replace those destroyed in the counteroffensive.",
     "USA", "pledged", "Bradley", 50),
    ("Paris will make sure Ukraine gets 12 Caesar howitzers by spring, Macron promised.",
     "FRA", "pledged", "Caesar", 12),  # 'make' as a light verb, no production
    # a relative clause after the item, about it or about Ukraine
    ("Sweden pledged 10 Archer howitzers, whose range exceeds 40 km, to Ukraine on Tuesday.",
     "SWE", "pledged", "Archer", 10),
    ("Germany will deliver 15 Gepard anti-aircraft guns, which were in storage for a decade.",
     "DEU", "pledged", "Gepard", 15),
    ("Blair said Canada was not in a position to send its CF-18 fighters, which remain in service with the "
     "air force.", "CAN", "refused", "Hornet", None),
    # a running total in a coordinated predicate before the new pledge
    ("Germany has committed more than €28 billion since 2022 and has set aside 7 billion euros for Ukraine's "
     "military in 2024.", "DEU", "funded", "money", 7_000_000_000),
    ("Germany will contribute 300 million euros, its share of the new EU package for Ukraine.",
     "DEU", "funded", "money", 300_000_000),  # a future contribution is a pledge, whatever its share
    # a sale, a price: of an item the clause says is bought or pledged for Ukraine
    ("The Netherlands will fund 100,000 shells for Ukraine bought on the commercial market.",
     "NLD", "funded", "shells", 100000),
    ("Canada will buy a NASAMS system for Ukraine at a cost of $406 million.", "CAN", "funded", "NASAMS", 1),
    # exclusions that were already right to stay silent
    ("Responding to a request from Kyiv, Norway will send 2 NASAMS launchers.", "NOR", "pledged", "NASAMS", 2),
    ("Spain has refused to send Leopard 2 tanks, citing the needs of its own army.",
     "ESP", "refused", "Leopard", None),
]

# (sentence, a word of the item that must get no record, the kind of reason)
DROPPED = [
    ("Turkish defence firms signed deals worth $2 billion with Poland for drones.", "money", "not aid"),
    ("Swedish shipyards have inked orders worth $1 billion with Denmark.", "money", "not aid"),
    ("Ukraine needs at least 10 more Patriot systems, Zelensky said.", "Patriot", "not aid"),
    ("Kyiv urgently needs 200,000 shells a month.", "shells", "not aid"),
    ("I thanked the Spanish premier for his support. We need not less than 12 more IRIS-T systems.", "IRIS-T",
     "not aid"),
    ("We still need 40 more Gripen jets, the president told Swedish reporters.", "Gripen", "not aid"),
    ("Kyiv asked for 100 more Leopard tanks.", "Leopard", "not aid"),
    ("Zelensky urged allies to send 50 F-16 jets.", "F-16", "not aid"),
    ("Ukraine requested 10 Patriot batteries from its partners.", "Patriot", "not aid"),
    ("Zelensky asked Berlin on Friday to deliver 10 more Taurus missiles.", "Taurus", "not aid"),
    ("Kyiv called on allies to provide 20 more air defence systems.", "air defence", "not aid"),
    ("Kuleba appealed to the EU to supply 1 million shells.", "shells", "not aid"),
    ("Ukraine asked for 24 Gripen jets, which Sweden has not yet discussed.", "Gripen", "not aid"),
    ("Zelensky said Ukraine needs 25 Patriot systems, adding that allies have sent only a few.", "Patriot",
     "not aid"),
    ("Kyiv wants to receive 300 Leopard tanks from its partners.", "Leopard", "not aid"),
    ("A single Patriot battery is priced at $1 billion.", "Patriot", "not aid"),
    ("Poland operates 250 Abrams tanks.", "Abrams", "not aid"),
    ("Poland, which operates 250 Abrams tanks, is buying more.", "Abrams", "not aid"),
    ("Rheinmetall will produce 100 Lynx vehicles a year in Hungary.", "Lynx", "not aid"),
    ("Germany deployed 2 Patriot batteries to Poland.", "Patriot", "not aid"),
    ("The army keeps 120 old tanks in storage.", "tanks", "not aid"),
    ("Russia says it destroyed 5 Leopard tanks near Robotyne.", "Leopard", "not aid"),
    ("Ukraine lost 20 Bradley vehicles near Avdiivka.", "Bradley", "not aid"),
    ("Rheinmetall sold 40 Marder vehicles to Ukraine.", "Marder", "not aid"),
    ("Kyiv bought 100,000 shells on the commercial market.", "shells", "not aid"),
    ("Berlin approved the export of 100 Leopard 1 tanks by the industry.", "Leopard", "not aid"),
    ("Austria ordered 12 Leopard tanks to replace those in service.", "Leopard", "not aid"),
    ("Latvia signed a deal to buy 6 IRIS-T systems for its own army.", "IRIS-T", "not aid"),
    ("The EU approved €5 billion in macro-financial aid for Ukraine.", "money", "not aid"),
    ("Japan will give $50 million to rebuild Ukraine's energy infrastructure.", "money", "not aid"),
    ("Brussels will lend Kyiv 18 billion euros next year.", "money", "not aid"),
    ("The White House urged Congress to approve $60 billion for Ukraine, which has run short of shells.",
     "money", "not aid"),
    ("Germany has so far provided military aid worth 28 billion euros.", "money", "cumulative"),
    ("Since the start of the war, Germany has provided €28 billion in military aid.", "money", "cumulative"),
    ("Britain's total military aid to Ukraine since 2022 stands at £12 billion.", "money", "cumulative"),
    ("Germany's share of all aid to Ukraine so far is 28 billion euros.", "money", "cumulative"),
    ("Military aid rose by €2 billion compared with last year.", "money", "yoy"),
    ("Oslo will pay for three NASAMS launchers for Kyiv at about 30 million euros apiece.", "money", "not aid"),
    ("The Swedish air force still has about 40 Gripen jets, the ministry said.", "Gripen", "not aid"),
    ("The Leopard plant is busy with an order from Hungary for 44 Leopard 2A7 tanks.", "Leopard", "not aid"),
    ("Officials said they had located 300,000 shells on the world market.", "shells", "not aid"),
    ("The Danish support fund now totals DKK 60 billion, the minister said.", "money", "cumulative"),
    ("Brussels will spend 3 billion euros on Europe's own industry.", "money", "not aid"),
    ("Oslo will spend NOK 400 million to refill its own stocks of shells.", "money", "not aid"),
    ("Seoul offered Kyiv the credit of 200 million dollars.", "money", "not aid"),
]

_REASON = re.compile(r"^no record for '(.*)': (cumulative|yoy|not aid|schedule) \((['\"])(.*)\3\)")


def _extract(sentence: str):
    return extract_document(Document("t", sentence, published=dt.date(2024, 3, 1)), explain=True)


def _is(record, word: str) -> bool:
    return record.amount is not None if word == "money" else word.lower() in (record.system or "").lower()


@pytest.mark.parametrize("sentence,donor,status,word,number", KEPT, ids=[k[0][:50] for k in KEPT])
def test_context_word_about_something_else_keeps_the_record(sentence, donor, status, word, number):
    records, problems = _extract(sentence)
    found = [r for r in records if _is(r, word) and r.donor == donor and r.status == status]
    assert found, f"no {donor} {status} record for {word!r}: {[p.message for p in problems]}"
    if number is not None:
        values = [float(r.amount) if word == "money" else r.quantity_value for r in found]
        assert float(number) in values


@pytest.mark.parametrize("sentence,word,kind", DROPPED, ids=[d[0][:50] for d in DROPPED])
def test_context_word_about_the_item_drops_it(sentence, word, kind):
    records, problems = _extract(sentence)
    assert not [r for r in records if _is(r, word)]
    reasons = [m for m in (_REASON.match(p.message) for p in problems if p.code == "AL201") if m]
    assert any(m.group(2) == kind and (word == "money" or word.lower() in m.group(1).lower()) for m in reasons), \
        [p.message for p in problems]


def _row_of(sentence: str, cue: str) -> int | None:
    """The line of context_cues.csv whose pattern found ``cue`` in ``sentence``."""
    from aidledger.mentions.cues import _context_scanner

    scanner, _ = _context_scanner()
    for i, matches in enumerate(scanner.finditer(sentence)):
        if any(x.group(0) == cue for x in matches):
            return i + 2
    return None


def precision_by_row() -> dict[int, tuple[int, int]]:
    """For each context-cue row: how many items of ``DROPPED`` it excluded (right), and how many
    records of ``KEPT`` it cost (wrong: the record is missing and the row excluded its item)."""
    out: dict[int, tuple[int, int]] = {}
    cases = [(d[0], d[1], True) for d in DROPPED] + [(k[0], k[3], False) for k in KEPT]
    for sentence, word, right in cases:
        records, problems = _extract(sentence)
        if not right and [r for r in records if _is(r, word)]:
            continue  # the record is there: no exclusion cost it
        for p in problems:
            m = _REASON.match(p.message)
            if not m or not (word == "money" and re.search(r"\d", m.group(1)) or word.lower() in m.group(1).lower()):
                continue
            row = _row_of(sentence, m.group(4))
            r, w = out.get(row, (0, 0))
            out[row] = (r + right, w + (not right))
    return out


if __name__ == "__main__":
    for row, (right, wrong) in sorted(precision_by_row().items(), key=lambda x: x[0] or 0):
        print(f"context_cues.csv line {row}: excluded {right} rightly, {wrong} wrongly, "
              f"precision {right / (right + wrong):.2f}")


@pytest.mark.parametrize("text", [
    "Oslo will fund PURL purchases with $100 million.",
    "Norway will allocate NOK 300 million to the joint procurement of drones through the drone coalition.",
    "Norway said NOK 600 million would be paid into the Czech-led initiative that buys shells outside Europe.",
])
def test_money_paid_into_a_pool_that_buys_for_ukraine_is_aid(text):
    assert [(p.donor, p.status) for p in extract(text)] == [("NOR", "funded")]
    # a purchase of the donor's own is no aid
    assert extract("Norway will buy 20 drones from Kongsberg.") == []


def test_an_inverted_counterfactual_of_an_approval_states_no_pledge():
    text = "Had Oslo approved NASAMS launchers earlier, analysts argue, the front might have held."
    assert extract(text) == []
    assert [(p.donor, p.status) for p in extract("Oslo approved NASAMS launchers for Ukraine.")] == [("NOR", "pledged")]


@pytest.mark.parametrize("text", [
    "Saab shares rose 4% to SEK 240 on the news of the Swedish package.",
    "An earlier version of this story listed 40 trucks from Norway in error.",
    "The aim was to assemble a battalion of 30 Leopard tanks with partners, Berlin said.",
])
def test_share_prices_corrections_and_goals_are_no_aid(text):
    assert [p for p in extract(text)] == []


def test_a_ratio_to_last_year_leaves_the_figure_a_pledge():
    text = "London will supply 100,000 drones to Ukraine this year, ten times more than last year."
    assert [(p.donor, p.quantity_value, p.status) for p in extract(text)] == [("GBR", 100_000, "pledged")]


def test_according_to_names_a_source_not_a_recipient():
    text = "Oslo unveiled a NOK 900 million package which, according to the Pentagon, includes 20 trucks."
    assert [(p.donor, p.amount and int(p.amount)) for p in extract(text)][:1] == [("NOR", 900_000_000)]
    # a country after "to" is still the one given to
    assert extract("The US will give $14 billion in military aid to Israel.") == []


@pytest.mark.parametrize("text, expected", [
    ("So far Norway has delivered 250,000 rounds of 155mm ammunition to Ukraine.", ("NOR", 250_000)),
    ("Since 2022 Spain has supplied 80,000 artillery shells.", ("ESP", 80_000)),
])
def test_a_running_count_of_ammunition_delivered_is_a_delivery(text, expected):
    records, _ = _extract(text)
    assert [(r.donor, r.quantity_value, r.status) for r in records] == [(*expected, "delivered")]


def test_a_running_count_of_other_generic_items_stays_a_total():
    records, _ = _extract("So far Norway has delivered 2,000 drones to Ukraine.")
    assert records == []


def test_money_for_contracts_is_aid_and_contracts_signed_are_sales():
    text = "Ottawa announced C$80 million for contracts with Canadian industry to build drones for Ukraine."
    assert [(p.donor, int(p.amount)) for p in extract(text)] == [("CAN", 80_000_000)]
    text = "A Canadian firm signed contracts worth C$80 million with the Polish army."
    assert extract(text) == []


@pytest.mark.parametrize("text", [
    "The Dutch navy said one minehunter will sail to the Baltic Sea in May.",
    "Two Belgian frigates will go to the eastern Mediterranean, Brussels said.",
])
def test_a_ship_sent_to_another_sea_is_a_deployment_not_aid(text):
    records, problems = _extract(text)
    assert records == []
    assert any("recipient is not Ukraine" in p.message for p in problems if p.code == "AL201")


def test_a_ship_sent_to_the_black_sea_for_ukraine_stays_aid():
    records, _ = _extract("Britain will send two minehunters to Ukraine for the Black Sea.")
    assert [(r.donor, r.quantity_value) for r in records] == [("GBR", 2)]


@pytest.mark.parametrize("text, expected", [
    ("Madrid approved its eighth aid decree, and officials said it includes 14 Leopard 2A4 tanks taken out of army "
     "storage.", ("ESP", 14)),
    ("Italy's new package contains 25 M113 carriers pulled out of storage last winter.", ("ITA", 25)),
    ("Lisbon said the decree covers 12 M114 howitzers drawn from its storage depots.", ("PRT", 12)),
])
def test_the_store_a_gift_is_taken_from_is_no_inventory(text, expected):
    records, _ = _extract(text)
    assert [(r.donor, r.quantity_value) for r in records][:1] == [expected]


def test_items_kept_in_storage_stay_an_inventory():
    assert _extract("The Spanish army keeps 14 Leopard 2A4 tanks in storage.")[0] == []


@pytest.mark.parametrize("text", [
    "Germany pledged 20 Marder vehicles this week. Losses claimed by Moscow this week: 4 Leopard, 2 Abrams and 10 "
    "HIMARS rockets intercepted.",
    "Denmark will send 6 Caesar guns. Equipment destroyed, Russian sources say: 3 Leopard tanks, 2 Bradley vehicles.",
    "Norway promised 10 NASAMS launchers. Russian claims of losses this month: 5 Leopard tanks and 2 HIMARS launchers.",
])
def test_a_clause_that_heads_the_rest_of_its_sentence_with_a_colon_speaks_of_every_item_after_it(text):
    assert len(extract(text)) == 1
