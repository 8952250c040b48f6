"""Short entries of live blogs and roundups (sentences of our own): thanks for what was delivered, a
condition that names another country, and "another N" that a second donor gives."""

from aidledger.extractor import extract


def test_thanks_for_launchers_delivered_last_week_tell_a_delivery():
    text = "Zelensky thanked Latvia for the Stinger launchers it delivered on Monday."
    got = [(p.donor, p.status) for p in extract(text)]
    assert got == [("LVA", "delivered")]
    got = [(p.donor, p.status) for p in extract("Zelensky thanked Latvia for the new Stinger launchers.")]
    assert got == [("LVA", "pledged")]  # thanks alone: promised at least


def test_the_country_of_a_condition_after_the_item_does_not_give_it():
    text = 'Belgian Defence Minister: "We are ready to send more F-16s if Washington agrees."'
    assert [(p.donor, p.status) for p in extract(text)] == [("BEL", "considering")]


def test_another_count_that_closes_its_clause_is_more_of_the_item_before():
    text = "Spain is sending 4 more Leopard 2A4 tanks; Portugal pays for another four."
    got = sorted((p.donor, p.system, p.quantity_value, p.status) for p in extract(text))
    assert got == [("ESP", "Leopard 2A4", 4, "pledged"), ("PRT", "Leopard 2A4", 4, "funded")]
