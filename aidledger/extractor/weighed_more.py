"""More of an item, weighed: "sent a few NASAMS launchers and is weighing whether a newer model could go",
"which gave 18 tanks, is examining whether more could be drawn from its reserve", "gave two radars and is considering
sending more", "is studying whether it could add a third hull", "is debating whether to send some of them". The words
after the weighing stand for the item named before them in the sentence (or counted in the sentence before,
``earlier``): an item of their own, which the weighing cue before it makes ``considering`` (README rule 11). One for
"a second ...", "a third ...", "another"; no count for "more", "others", "a newer version" or "a third batch".

``candidates.find_items`` calls ``weighed_more`` once it has the items a sentence names; like ``references``, it
decides no donor and no status.
"""

from __future__ import annotations

import re
from decimal import Decimal

from aidledger.extractor.items import Item
from aidledger.mentions.cues import compiled

# the weighing: considering, studying, examining ... (whether), looking at or into
_WEIGH = (r"\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|"
          r"examin(?:e|es|ed|ing)|assess(?:es|ed|ing)?|analy[sz](?:e|es|ed|ing)|investigat(?:e|es|ed|ing)|"
          r"evaluat(?:e|es|ed|ing)|review(?:s|ed|ing)?|explor(?:e|es|ed|ing)|look(?:s|ed|ing)?\s+(?:at|into)|"
          r"debat(?:e|es|ed|ing)|discuss(?:es|ed|ing)?)")
# a reporting aside between the weighing and its whether: ", the weekly said,"
_ASIDE = r"(?:\s*,[^,.;:!?]{1,60},)?"
# the words standing for the item: "more", "others", "some of them", "a newer version", "a third hull", "another one"
_REF = (r"(more|others|(?:some|any|a\s+few|part)\s+of\s+them|"
        r"(?:a|an)\s+(?:newer|later|upgraded|modernised|modernized|more\s+modern|improved)\s+"
        r"(?:version|model|variant|type)|(?:a\s+(?:second|third|fourth|fifth)|another)"
        r"(?:\s+(?:one|unit|hull|airframe|vessel|battery|system|batch))?)")
_MODAL = r"(?:can|could|might|may|would|will|should)\s+(?:also\s+|still\s+|yet\s+)?"
# what the words do: given in the passive, following or going ("can be spared", "could follow"); or the object of
# a giving verb ("whether it could add a third hull", "sending more")
# ("whether more is possible": a weighing of whether more can be had)
_AFTER_SUBJECT = (r"(?=\s+(?:" + _MODAL + r"(?:be\s+\w+|follow|go)|(?:is|are)\s+(?:possible|feasible|available))\b)")
_GIVE_OBJECT = (r"(?:GIVE|GIVING|add|adding|spare|sparing|release|releasing|free\s+up|freeing\s+up|part\s+with|"
                r"parting\s+with)\s+")
_END = r"(?=\s*(?:[.,;:!?\"”’)]|$|(?:to|for|from|in|this|next|later|soon|as\s+well|too|of\s+(?:its|their|our))\b))"
_WEIGHED_MORE = (_WEIGH + _ASIDE + r"\s+(?:"
                 # "whether a newer version can be spared", "whether it could add a third hull"
                 r"(?:whether|if)\s+(?:" + _REF + _AFTER_SUBJECT
                 + r"|(?:it|they|we|he|she)\s+" + _MODAL + _GIVE_OBJECT + _REF + _END
                 # "is debating whether to send some of them"
                 + r"|to\s+" + _GIVE_OBJECT + _REF + _END + r")"
                 # "considering sending more"
                 + r"|" + _GIVE_OBJECT + _REF + _END + r")")
_ONE = re.compile(r"a\s+(?:second|third|fourth|fifth)|another", re.I)


def weighed_more(text: str, s: int, e: int, items: list[Item], earlier: Item | None) -> list[Item]:
    """The items that weighed words of sentence [s, e) stand for ("is weighing whether a newer model could
    go"): each of the last item (not money) named before them in the sentence, else of ``earlier``."""
    found = []
    if text[s:e].rstrip(" \"”’'").endswith("?"):
        return found  # "Is Berlin looking at giving more?": a weighing asked about, not told
    for x in compiled(_WEIGHED_MORE).finditer(text, s, e):
        start, end = next((x.start(g), x.end(g)) for g in range(1, len(x.groups()) + 1) if x.group(g) is not None)
        if any(i.start < end and start < i.end for i in items):
            continue  # ("one more": a count the references read)
        before = [i for i in items if i.end <= x.start() and i.kind != "money"]
        ref = before[-1] if before else earlier if not items else None
        if ref is None:
            continue
        # ("a third batch": a batch of an untold count)
        one = Decimal(1) if _ONE.match(text, start) and not text[start:end].lower().endswith("batch") else None
        found.append(Item(start, end, ref.name, ref.category, ref.kind, start, end, one, ref.unit,
                          family=ref.family, notes=["elliptical", "weighed-more"]))
    return found
