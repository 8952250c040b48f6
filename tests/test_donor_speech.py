"""A speech or statement in the first person: "we" is the donor the speaker named as "we", not the donor
the sentence before spoke of; a Ukrainian "we" and an asking "we" give nothing. The texts are the
project's own."""

import datetime as dt

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def records(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {(r.donor, r.system) for r in extract_document(doc)[0]}


SPEECH = ("Let me be clear on what Portugal has done and will do. We delivered 3 Leopard 2 tanks last year. "
          "Spain told me it is adding 100 million euros.\n\n"
          "Finally, on aircraft: we are studying with Belgium and Sweden whether Rafale jets can be made available.")


def test_we_is_the_donor_the_speaker_named():
    found = records(SPEECH)
    assert ("PRT", "Rafale") in found and ("ESP", "Rafale") not in found


def test_a_ukrainian_we_names_no_donor():
    text = ("Ukraine is grateful for every shell. We received 3 Leopard 2 tanks from partners last week.\n\n"
            "Norway has promised more. We will get 20 more CV90 vehicles this year.")
    assert ("NOR", "CV90") in records(text)  # the donor of the sentence before, as without a "we"


def test_we_who_ask_are_not_the_giver():
    text = ("Japan sent 100 trucks in spring. We are grateful.\n\n"
            "Germany's chancellor spoke to us on Monday. We asked about Taurus missiles – the answer remains no.")
    assert {d for d, s in records(text) if s == "Taurus"} <= {"DEU"}


def test_we_is_not_the_recipient_helped_nor_a_partner_nor_the_recipient_told_of():
    # the speaker names its own country last; Ukraine is the one helped, Italy a partner, Zelensky told of
    text = ("I report today on our support for Ukraine. In spring we sent 8 M113 carriers.\n\n"
            "Our pledge for the year, agreed with President Zelensky, is 300 million euros. "
            "We are also planning further steps together with Italy.\n\n"
            "To be clear: Greece will not send troops. Our contribution is material.")
    assert {("GRC", "M113"), ("GRC", "military aid")} <= records(text)
    assert not any(d in ("UKR", "ITA") for d, _ in records(text))


def test_a_ukrainian_speaker_who_opens_with_ukraine_still_names_no_donor_by_we():
    text = ("Ukraine needs air defence. We ask our partners for more. Germany has given us 3 Patriot systems.\n\n"
            "Today we received 2 IRIS-T systems.")
    assert ("UKR", "IRIS-T") not in records(text) and ("DEU", "Patriot") in records(text)


def test_an_answer_that_says_we_re_is_the_country_asked_about_not_the_fund_paid_into():
    text = ("Q: Minister, Australia has sent Bushmasters. Will New Zealand send armoured vehicles too?\n"
            "A: We're a small country. We won't be sending armoured vehicles; we've done training, and "
            "we'll put another NZ$10 million into the NATO fund.")
    found = {(r.donor, r.category, r.status) for r in extract_document(Document(id="t", text=text))[0]}
    assert ("NZL", "vehicle", "refused") in found and ("NZL", "money", "funded") in found
    assert not any(d == "NATO" for d, _, _ in found)


def test_a_government_transcript_says_we_for_that_government():
    text = ("MS. BRANDT: Today we approved a package of 80 million euros for Ukraine.\n\n"
            "Q: Is Poland asking for more?\n\n"
            "MS. BRANDT: We've got good contacts in Warsaw. We're also sending 12 Piranha vehicles.")
    doc = Document(id="t", text=text, outlet="Federal Department of Defence, Switzerland (transcript)",
                   url="https://www.defence.example/briefing")
    found = {(r.donor, r.category) for r in extract_document(doc)[0]}
    assert found == {("CHE", "money"), ("CHE", "ifv_apc")}
