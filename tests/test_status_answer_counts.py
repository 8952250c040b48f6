"""An answer's bare count right after a verb of giving counts the one named system the question just before
asked about ("Q: Will Norway send more IRIS-T systems? - We sent two in May."). Sentences of our own."""

from __future__ import annotations

from test_extract_stages import rows


def test_a_count_given_in_the_answer_is_of_the_system_asked_about():
    text = "Q: Will Germany send more IRIS-T launchers to Ukraine?\n\nMINISTER: We sent two in March."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("DEU", "IRIS-T", 2, "delivered")]


def test_one_sent_and_another_coming_in_the_answer():
    text = ("Q: Will Norway give Ukraine more IRIS-T systems?\n\n"
            "MINISTER: We already gave one in May, and we are giving another.")
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NOR", 1, "delivered"), ("NOR", 1, "pledged")]


def test_a_count_not_after_a_giving_verb_is_not_read_as_the_system():
    # only a count given right after a verb of giving is read as the system asked about
    text = ("Q: Will Germany send more IRIS-T launchers to Ukraine?\n\n"
            "MINISTER: An initial batch of 4 will be considered.")
    assert rows(text) == []
