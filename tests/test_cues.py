import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# ---- the scanners find exactly what the plain patterns find ------------------------------------------

_CUE_WORDS = ["will", "would", "not", "send", "sent", "sending", "to", "be", "delivered", "handed", "over", "has",
              "already", "refused", "ruled", "out", "considering", "no", "decision", "could", "may", "May", "pledged",
              "promised", "so", "far", "since", "the", "war", "contract", "sold", "asked", "for", "killed", "in",
              "service", "by", "summer", "each", "month", "'ll", "n't", "tanks", "Ukraine", "12", "K", "ſ", "İ",
              "SENT", "Will", "option", "an", "increase", "of", "costs", "humanitarian", "re-export"]
_SEPARATORS = [" ", "  ", "\n", "-", "", ",", ".", "\u00a0", "'", "_", "ſ"]


def _plain_status(text):
    """``re.finditer`` of the alternation of the status patterns (as the scanner compiles them)."""
    import re

    from aidledger.mentions.cues import Cue, _status_scanner
    scanner, labels = _status_scanner()
    pattern = re.compile("|".join(f"(?P<c{i}>{p.pattern})" for i, p in enumerate(scanner.patterns)), re.I)
    return [Cue(m.start(), m.end(), m.group(0), labels[int(m.lastgroup[1:])]) for m in pattern.finditer(text)]


def _plain_context(text):
    from aidledger.mentions.cues import Cue, _context_scanner
    scanner, rows = _context_scanner()
    out = []
    for (label, scope), pattern in zip(rows, scanner.patterns, strict=True):
        out.extend(Cue(m.start(), m.end(), m.group(0), label, scope) for m in pattern.finditer(text))
    out.sort(key=lambda c: c.start)
    return out


@settings(deadline=None)  # the first example builds the scanners (a third of a second on a loaded machine)
@given(st.lists(st.tuples(st.sampled_from(_CUE_WORDS), st.sampled_from(_SEPARATORS),
                          st.sampled_from(["lower", "upper", "title", "same"])), max_size=12))
def test_scanners_find_what_the_patterns_find(parts):
    text = "".join((w if case == "same" else getattr(w, case)()) + sep for w, sep, case in parts)
    assert find_status_cues(text) == _plain_status(text)
    assert find_context_cues(text) == _plain_context(text)


@given(st.text())
def test_scanners_on_any_text(text):
    assert find_status_cues(text) == _plain_status(text)
    assert find_context_cues(text) == _plain_context(text)
