import pytest

from aidledger.mentions.cues import find_context_cues, find_status_cues


@pytest.mark.parametrize("text,label", [
    ("Norway will send two boats", "pledged"),
    ("Spain has promised six howitzers", "pledged"),
    ("Canada pledged armoured vehicles", "pledged"),
    ("Italy delivered the launchers", "delivered"),
    ("the tanks have arrived", "delivered"),
    ("the guns already in Ukraine", "delivered"),
    ("the fund was set aside", "funded"),
    ("Austria is paying for the shells", "funded"),
    ("Berlin is considering sending jets", "considering"),
    ("no decision has been made", "considering"),
    ("the deal could amount to 40 tanks", "considering"),
    ("Vienna refused to send weapons", "refused"),
    ("Tokyo ruled out sending tanks", "refused"),
    ("Bern will not allow re-exports", "refused"),
    ("the ships will be delivered next year", "pledged"),
])
def test_status_cues(text, label):
    cues = find_status_cues(text)
    assert cues, text
    assert cues[0].label == label
    assert all(text[c.start:c.end] == c.text for c in cues)


@pytest.mark.parametrize("text,label", [
    ("bringing the total to 40", "cumulative"),
    ("aid has so far reached 3 billion", "cumulative"),
    ("since the start of the war it gave 12", "cumulative"),
    ("an increase of 20 percent", "yoy"),
    ("the contract is worth 3 billion", "not_aid"),
    ("Kyiv asked for 30 jets", "not_aid"),
    ("the army has 70 guns in service", "not_aid"),
    ("killed 300 soldiers", "not_aid"),
])
def test_context_cues(text, label):
    assert label in {c.label for c in find_context_cues(text)}


def test_plain_sentence_has_no_context_cue():
    assert find_context_cues("Norway will send two boats to Ukraine.") == []
