"""Official overviews split into sections: who issues the list gives its lines' donor, and a section's
heading ("DELIVERED", "In preparation:", "✅ ARRIVED") gives the status of the lines under it. The
documents are the project's own."""

import datetime as dt

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document

DAY = dt.date(2025, 4, 9)


def records(text, outlet=None, url=None):
    doc = Document(id="t", text=text, outlet=outlet, url=url, published=DAY)
    return {(p.donor, p.system or p.item_text, p.quantity_value, p.status) for p in extract_document(doc)[0]}


def test_the_language_of_an_outlet_is_no_donor():
    text = ("Weapons handed over to Ukraine (as of 8 April 2025)\n\n"
            "The list below is updated every month.\n\n"
            "Delivered:\n- 14 Marder 1A3 infantry fighting vehicles\n- 5 Gepard anti-aircraft guns\n")
    for outlet in ("Federal Government (English version of the page)", "Ministry of Defence, in English",
                   "Federal Government - English edition"):
        got = records(text, outlet=outlet, url="https://www.bundesregierung.example.de/en/aid")
        assert {d for d, *_ in got} == {"DEU"}, outlet


OVERVIEW = """Aid to Ukraine: where things stand (update of 2 April 2025)

The Ministry of Defence publishes this table every month. Figures are rounded.

1. ALREADY DELIVERED
- 12 Marder 1A3 infantry fighting vehicles
- Patriot interceptors (number not disclosed)

2. PLANNED
- 6 Gepard anti-aircraft guns
- 30 Zetros trucks

3. UNDER CONSIDERATION
- 4 Tornado aircraft

The ministry also set aside EUR 2 billion for next year."""


def test_a_section_heading_gives_the_status_of_its_entries():
    got = records(OVERVIEW, outlet="Federal Ministry of Defence", url="https://www.bmvg.example.de/en/aid")
    assert ("DEU", "Marder 1A3", 12.0, "delivered") in got
    assert ("DEU", "Patriot", None, "delivered") in got
    assert ("DEU", "Gepard", 6.0, "pledged") in got
    assert ("DEU", "Zetros trucks", 30.0, "pledged") in got  # a name of its own before the class
    assert ("DEU", "Panavia Tornado", 4.0, "considering") in got
    # the sentence after the last list tells its own state: the heading above that list is not its
    assert [r for r in got if r[3] == "considering"] == [("DEU", "Panavia Tornado", 4.0, "considering")]


DIGEST = """Weekly pledge digest #12

✅ ARRIVED
• 🇨🇿 Czechia: 8 Dana howitzers

🤝 PROMISED
• 🇳🇱 Netherlands: 14 Leopard 2A4 tanks

🤔 BEING WEIGHED
• 🇸🇪 Sweden: 2 Gripen jets

❌ NOT HAPPENING
• 🇭🇺 Hungary: 10 T-72 tanks

Send tips by reply."""


def test_emoji_headings_of_a_newsletter():
    assert records(DIGEST) == {("CZE", "Dana", 8.0, "delivered"), ("NLD", "Leopard 2A4", 14.0, "pledged"),
                               ("SWE", "Gripen", 2.0, "considering"), ("HUN", "T-72", 10.0, "refused")}


def test_numbered_entries_are_no_headings():
    from aidledger.extractor.sections import heading_state

    assert heading_state("2) Planned") == "pledged"
    assert heading_state("B. IN PREPARATION / IMPLEMENTATION") == "pledged"
    assert heading_state("FINANCIAL CONTRIBUTIONS") == "funded"
    assert heading_state("1) 25 heavy trucks from army stocks") is None
    assert heading_state("Notes to editors") is None
    assert heading_state("Germany delivered") is None


def test_each_entry_is_an_item_of_its_own():
    # a counted generic entry is no count of the named system of the entry above it, and does not swallow it
    text = ("Handed over so far\n- Dingo protected vehicles (number classified)\n- 30 heavy tractor trucks\n"
            "- 5 Wisent 1 mine-clearing tanks\n")
    got = records(text, outlet="Federal Ministry of Defence", url="https://www.bmvg.example.de/en/aid")
    assert ("DEU", "Dingo", None, "delivered") in got
    assert ("DEU", "Dingo", 30.0, "delivered") not in got
    assert any(r[2] == 30.0 and r[1] != "Dingo" for r in got)


def test_parts_for_a_pair_of_systems_are_no_system():
    text = "Lithuania handed over to Ukraine:\n• 300 drones;\n• spare parts for Leopard 1 and Leopard 2 tanks."
    got = records(text)
    assert got == {("LTU", "drones", 300.0, "delivered")}


def test_makers_and_purchases_in_entries_of_an_aid_overview():
    # the maker of an entry describes it, and an entry bought from industry under a heading is for Ukraine
    text = ("Overview of support\n\nIN PREPARATION\n- 3 Skynex systems (made by Rheinmetall, paid for by Germany)\n"
            "- about 50 000 shells of 155mm ammunition (procured from industry with German funds)\n")
    got = records(text, outlet="Federal Ministry of Defence", url="https://www.bmvg.example.de/en/aid")
    assert ("DEU", "Skynex", 3.0, "funded") in got
    assert any(r[2] == 50000.0 and r[3] == "funded" for r in got)


def test_the_issuing_government_gives_entries_not_a_country_named_in_passing():
    text = ("Denmark's support to Ukraine - overview\n\nThe Ministry of Defence publishes this list every quarter. "
            "Equipment paid for by Norway is listed in the Norwegian overview.\n\n"
            "DELIVERED\n- 19 Caesar howitzers\n\nIN PREPARATION\n- 10 Leopard 1A5 tanks\n")
    assert records(text) == {("DNK", "Caesar", 19.0, "delivered"), ("DNK", "Leopard 1A5", 10.0, "pledged")}
    text = ("The Government of Sweden today presented its 18th support package to Ukraine. The United States and "
            "Finland were informed in advance.\n\nThe package contains:\n- 20 CV90 vehicles\n- 5 Archer howitzers\n")
    assert {r[0] for r in records(text)} == {"SWE"}


def test_a_count_after_a_unit_word_of_the_entry():
    text = "Estonia handed over:\n- NLAW launch units: 7\n- Mistral firing units: 3\n"
    assert records(text) == {("EST", "NLAW", 7.0, "delivered"), ("EST", "Mistral", 3.0, "delivered")}


def test_pickups_are_vehicles():
    assert records("Latvia has handed over 35 armoured pickups for reconnaissance teams.") == {
        ("LVA", "pickup trucks", 35.0, "delivered")}


PACKAGE = """Norway presents support package 9 for Ukraine

12.03.2025 – Today the Government agreed with the parliament on a ninth support package, totalling NOK 2.5 billion. \
The package consists of:

1) NOK 1.2 billion for air defence missiles procured together with Germany.
2) 40 trucks from army stocks."""


def amounts(text):
    doc = Document(id="t", text=text, published=DAY)
    return {(p.donor, p.amount and int(p.amount), p.status) for p in extract_document(doc)[0] if p.amount}


def test_a_date_before_the_first_sentence_is_no_live_blog_time():
    assert ("NOR", 2_500_000_000, "pledged") in amounts(PACKAGE)


def test_a_package_entry_bought_with_a_partner_is_the_givers_sum():
    assert ("NOR", 1_200_000_000, "funded") in amounts(PACKAGE)


def test_lines_opened_by_a_donor_and_a_dash():
    text = ("THE WEEK IN AID | Week 12\n\n"
            "DENMARK — Wed: DKK 300 m to PURL, the scheme that buys US arms for Ukraine.\n\n"
            "AUSTRIA — Thu: EUR 5 m for demining equipment built by Austrian industry for Ukraine.\n")
    assert amounts(text) == {("DNK", 300_000_000, "funded"), ("AUT", 5_000_000, "pledged")}


def test_a_heading_over_lines_opened_by_a_donor():
    text = ("Weekly ledger\n\n⏳ BEING WEIGHED\nSpain – 6 Leopard 2A4 tanks\nItaly – 2 SAMP/T batteries\n\n"
            "✅ ARRIVED\nBelgium – 12 M113 armoured personnel carriers\n")
    assert records(text) == {("ESP", "Leopard 2A4", 6.0, "considering"), ("ITA", "SAMP/T", 2.0, "considering"),
                             ("BEL", "M113", 12.0, "delivered")}


def test_the_outlet_of_a_relayed_or_native_named_ministry_gives_the_issuer():
    from aidledger.extractor.context import publisher_donor

    def issuer(outlet):
        return publisher_donor(Document(id="t", text="x", outlet=outlet))

    assert issuer("Nordic Defence Digest, relaying the Ministry of Defence") is None
    assert issuer("Danish Defence Digest, relaying the Ministry of Defence") == "DNK"
    assert issuer("Aero Weekly, reprinting the Polish Ministry of National Defence") == "POL"
    assert issuer("Ministerie van Defensie (press release)") == "NLD"
    assert issuer("Ministère des Armées, transcript") == "FRA"


def test_bold_headings_and_unmarked_entries_under_a_colon():
    outlet, url = "Federal Ministry of Defence", "https://www.bmvg.example.de/en/aid"
    text = "Update\n\n**Already delivered**\n• 14 Leopard 2A4 tanks\n\n**Planned deliveries**\n• 6 PzH 2000 howitzers\n"
    assert records(text, outlet, url) == {("DEU", "Leopard 2A4", 14.0, "delivered"),
                                          ("DEU", "PzH 2000", 6.0, "pledged")}
    text = "Update\n\nDelivered:\n4 Leopard 1A5 tanks\n10 Dingo vehicles\n\nIn preparation:\n6 IRIS-T SLM launchers\n"
    assert records(text, outlet, url) == {("DEU", "Leopard 1A5", 4.0, "delivered"), ("DEU", "Dingo", 10.0, "delivered"),
                                          ("DEU", "IRIS-T SLM", 6.0, "pledged")}


def test_what_supplies_serve_mainly_or_including_is_no_item():
    got = records("Norway will send 500 missiles, mainly for the NASAMS and IRIS-T systems in Ukrainian service.")
    assert {r[1] for r in got} == {"missiles"}


def test_a_partner_after_the_item_of_a_donor_line_gives_jointly():
    text = ("Pledge tracker\n\n• Germany: 4 IRIS-T launchers, together with Denmark\n"
            "• Sweden: 6 Archer guns financed together with Norway\n")
    got = records(text)
    assert ("DEU", "IRIS-T", None, "pledged") in got and ("DNK", "IRIS-T", None, "pledged") in got
    assert ("SWE", "Archer", 6.0, "pledged") in got or ("SWE", "Archer", 6.0, "funded") in got


def test_a_request_under_examination_is_weighed():
    text = "Weekly ledger\n\nDenmark – Kyiv's request for 8 of its Leopard 1A5 tanks is under examination\n"
    assert records(text) == {("DNK", "Leopard 1A5", 8.0, "considering")}
