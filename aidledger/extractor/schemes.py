"""Contributions to a pooled scheme that buys arms for Ukraine (PURL, the Czech ammunition initiative, a capability
coalition, an EU or NATO fund) told without an amount. Each is an item of its own (category money, no amount;
README rule 11), which ``pipeline`` adds to a sentence's candidates after ``candidates.find_items``:

- refused or weighed joinings (``refused_schemes``): "Spain declined to take part in PURL", "Spain is still
  considering a contribution to PURL", "Croatia could join the drone coalition", "Q: Will Madrid join PURL? A: We
  are considering it."; weighed in words the status cues leave to the scheme, ``weighed_state`` makes them
  considering ("Athens is evaluating its participation in PURL");
- vetoes of a scheme's money (``vetoed_scheme_money``): "Hungary vetoed the next EPF tranche";
- a scheme put first as a topic, then weighed or refused (``fronted_schemes``): "On PURL, Madrid said ...";
- a list entry still open (``hedged_entries``): "- Belgium: under consideration";
- a sum not told (``untold_sums``, funded): "Oslo has also contributed, in undisclosed amounts";
- a sum still to be decided (``undecided_sums``, considering): "Belgium is yet to decide the sum".
"""
from __future__ import annotations

import re

from aidledger.extractor.arms_in_general import is_arms_in_general
from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item

# joining a pooled scheme: "take part in PURL", "join the initiative", "contribute", "sign up to it"
# ("chip in to the fund", "pay into it", "put money into the coalition", "a participation in PURL", "will no longer
# pay for the initiative")
_JOINING = re.compile(r"\b(?:join(?:s|ed|ing)?|tak(?:e|es|ing)\s+part|taken\s+part|took\s+part|"
                      r"participat(?:e|es|ed|ing|ion)|contribut(?:e|es|ed|ing|ion)|sign(?:s|ed|ing)?\s+up|"
                      r"chip(?:s|ped|ping)?\s+in|pa(?:y|ys|id|ying)\s+(?=in(?:to)?\b)|pa(?:y|ys|id|ying)\s+for(?=\s)|"
                      r"put(?:s|ting)?\s+(?:(?:more|new|fresh|additional|extra)\s+)?(?:money|funds|cash)\b|"
                      r"follow(?:s|ed|ing)?\s+suit|do(?:es|ing)?\s+the\s+same|(?:a\s+)?similar\s+(?:move|step|contribution))"
                      r"(?=(?P<rest>[^,;.:!?()\"“”]{0,70}))", re.I)  # ahead: "..., and will not contribute" is tried
# the object of the joining: none ("declined to contribute, citing ..."), a word for it ("did not join it either")
# ("is considering joining as well", "is likely to join later this year")
_NO_OBJECT = re.compile(r"\s*(?:(?:either|too|so\s+far|for\s+now|yet|it|in\s+it|to\s+it|this\s+year|as\s+well|also|"
                        r"later|soon|eventually|next\s+(?:year|month|week)|in\s+(?:the\s+)?(?:coming|next)\s+\w+)\b\s*)*$",
                        re.I)
# ... or a pooled scheme that buys arms for Ukraine ("in PURL", "any such initiative", "the Czech-led scheme")
# ("the Danish model": Ukrainian production paid for by a donor; "the EPF assistance measure")
# ("the drone coalition", "the maritime capability coalition", "the coalition of drones": a capability coalition
# that buys for Ukraine, named by what it buys; not a government's coalition nor a "coalition of the willing")
_SCHEME = (r"(?:initiatives?|schemes?|mechanisms?|funds?|facility|programmes?|programs?|PURL|purchases?|"
           r"procurement|model|(?:assistance\s+)?measures?|"
           r"(?:(?:drone|drones|maritime|naval|air[\s-]defen[cs]e|armou?r|armou?red|artillery|ammunition|demining|IT|"
           r"jet|fighter|F-16|capability|long[\s-]range|electronic[\s-]warfare|EW|strike)\s+)coalitions?|"
           r"coalitions?\s+(?:of|for)\s+(?:drones|jets|air\s+defen[cs]e|artillery|armou?r))")
_SCHEME_OBJECT = re.compile(r"\s*(?:in|to|into|with)?\s*(?:(?:the|any|such|this|that|a|an|its|their|new)\s+)*"
                            r"(?:[\w'’-]+\s+){0,3}?" + _SCHEME + r"\b", re.I)
# what a scheme buys, told after its noun: "the initiative on shells", "the coalition for drones"
_NAME_TAIL = re.compile(r"\s+(?:on|for|of)\s+(?:[\w-]+\s+){0,2}?(?:shells|ammunition|drones|munitions|air\s+defen[cs]e|"
                        r"artillery|jets|rounds)\b", re.I)
_SCHEME_NAMED = re.compile(r"\b" + _SCHEME + r"\b", re.I)
# a relative clause after the scheme's name, which tells what the scheme does
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:that|which)\s", re.I)
# a veto of a scheme's money: "vetoed the next EPF tranche", "kept its veto over the fund's reimbursements"
_VETO = re.compile(r"\bveto|\bblock|\bwithh[oe]ld", re.I)
_SCHEME_OR_EPF = re.compile(r"\b(?:" + _SCHEME + r"|EPF)\b", re.I)
# a joining only possible: "Croatia could join the drone coalition", "Luxembourg may also chip in"
_MODAL = re.compile(r"\b(?:could|might|(?-i:may))\s+(?:(?:also|yet|still|later|soon|eventually|well|even)\s+)?$", re.I)
# the joiners are others at large, no donor: "more countries could join the initiative", "other allies are considering
# contributing" (told by the scheme's leader, who is no joiner)
_OTHERS_JOIN = re.compile(r"\b(?:countries|states|allies|nations|partners|others|members|donors|governments)\b"
                          r"[^,;]{0,40}$", re.I)
# ... unless the group is told, the donor its teller: "Lisbon told its partners that a contribution is weighed"
_GROUP_TOLD = re.compile(r"\b(?:inform(?:s|ed|ing)?|t(?:ell|ells|old|elling)|assur(?:e|es|ed|ing)|"
                         r"notif(?:y|ies|ied|ying)|brief(?:s|ed|ing)?|remind(?:s|ed|ing)?|updat(?:e|es|ed|ing))\s+(?:the\s+|its\s+|fellow\s+|"
                         r"other\s+)?(?:[\w-]+\s+)?$", re.I)
# a joining asked or hoped for by another (a request, README rule 10): "Kyiv asked Madrid to consider joining PURL",
# "Ukraine hopes Lisbon will consider a contribution"
_REQUESTED = re.compile(r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|invit(?:e|es|ed|ing)|"
                        r"appeal(?:s|ed|ing)?\s+to|press(?:es|ed|ing)?|hop(?:e|es|ed|ing)|expect(?:s|ed|ing)?)\s+"
                        r"(?:that\s+)?(?!whether\b|if\b|about\b)(?:[\w'’-]+\s+){1,3}?(?:to|will|would|could|might|may)\b"
                        r"[^,;]{0,40}$", re.I)  # (not a question put to the donor: "Asked whether Dublin would ...")
# (a "that" before a determiner opens a reported clause, no relative: "told Allies that a contribution is weighed")
_RELATIVE_SUBJECT = re.compile(r"\b(?:which|who)\s+(?:\w+\s+){0,3}$"
                               r"|\bthat\s+(?!(?:a|an|its|their|our|his|her|any|such)\s)(?:\w+\s+){0,3}$", re.I)
_SCHEME_REACH = 5  # sentences before an elided scheme may be named in ("Others stayed away. Italy did not join either")


def _others_join(m: Mentions, cs: int, at: int) -> bool:
    """Are the joiners of the joining at ``at`` others at large ("more countries could join the initiative"), not a
    group the clause's donor tells ("Lisbon informed Allies that a contribution is being weighed")?"""
    x = _OTHERS_JOIN.search(m.text, cs, at)
    return x is not None and _GROUP_TOLD.search(m.text, max(cs, x.start() - 30), x.start()) is None


def refused_schemes(m: Mentions, s: int, e: int, items: list[Item], idx: int) -> list[Item]:
    """``items`` with the refusals to join or pay into a pooled scheme that buys arms for Ukraine (PURL, the Czech
    ammunition initiative, an EU fund): "Spain declined to take part in PURL", "France declined to contribute
    too". Such a refusal (README rule 11) is of a contribution, an item of its own (category money, no amount):
    a joining verb (or "contribution") that a refusal or a hedge of its clause governs (a hedge: the contribution
    is weighed), whose object is a scheme or is elided while the sentence or one of the ``_SCHEME_REACH`` before
    it names one; not when the clause has an item of its own (the
    refusal is of that), nor in a relative clause ("Italy, which has not joined PURL, ...": a description). Arms
    in general after the verb are what the scheme buys ("any EU purchase of weapons"), no item refused."""
    out = list(items)
    for x in _JOINING.finditer(m.text, s, e):
        cs, ce = m.clause_of(s, e, x.start())
        verb_end = x.start("rest")
        rest = x.group("rest")
        named = _SCHEME_OBJECT.match(rest)
        named_end = verb_end + named.end() if named else verb_end
        if named is not None and (tail := _NAME_TAIL.match(m.text, named_end)) is not None:
            named_end = tail.end()  # "the Czech initiative on shells": what it buys names it too
        # what the scheme buys: arms in general after the verb, a word in its name ("the ammunition initiative"), or
        # what a relative clause after its name tells ("the initiative that has bought shells for Kyiv")
        told = named is not None and _RELATIVE_AFTER.match(m.text, named_end) is not None
        purpose = [i for i in out if cs <= i.head_start < ce and i.start >= verb_end
                   and (is_arms_in_general(i) or i.end <= named_end and i.quantity is None
                        or told and i.start >= named_end)]
        if any(cs <= i.head_start < ce and i not in purpose for i in out):
            continue
        # refused, or only weighed ("Spain is still considering a contribution to PURL")
        elided = named is None and (_NO_OBJECT.match(rest) or _WEIGHED_AFTER.match(rest)) is not None and \
            _SCHEME_NAMED.search(m.text, m.sentences[max(0, idx - _SCHEME_REACH)][0], x.start()) is not None
        if named is None and not elided:
            continue
        if _ANOTHERS_ACT.match(x.group(0)) and not _after_a_payment(m, idx):
            continue  # "follow suit": only after a payment into a scheme, not after a gift of items
        weighed = _weighed(m, cs, x.start(), named_end)
        if not any(c.label in ("refused", "considering") and c.start < verb_end and x.start() - c.end <= 12
                   for c in m.inside(m.status_cues, cs, verb_end)) \
                and _MODAL.search(m.text, max(cs, x.start() - 30), x.start()) is None \
                and not _answered(m, s, e, x.start(), named_end) and not weighed and not _asked(m, s, e):
            continue
        if _others_join(m, cs, x.start()) or _REQUESTED.search(m.text, cs, x.start()):
            continue
        if _RELATIVE_SUBJECT.search(m.text, max(cs, x.start() - 40), x.start()):
            continue
        out = [i for i in out if i not in purpose]
        out.append(Item(x.start(), verb_end, "contribution to a joint scheme", "money", "generic", x.start(), verb_end,
                        notes=["scheme-refused"] + (["scheme-weighed"] if weighed else [])))
    return out


# a joining weighed, told before it in words the status cues leave to the scheme: "has expressed interest in
# joining", "is open to contributing", "is evaluating its participation", "is exploring a contribution", "whether
# Athens will contribute" (not a question asked: ``_answered`` reads its answer)
_WEIGHED_BEFORE = re.compile(
    r"(?:\binterest\s+in|\bopen\s+to|\bthink(?:s|ing)?\s+(?:about|of)|\bthought\s+(?:about|of)|"
    r"\b(?:consider|evaluat|explor|review|assess|analy[sz]|weigh|mull|ponder|debat|discuss|deliberat|examin)\w*|"
    r"\bstud(?:y|ies|ying|ied)|\b(?:talks|discussions?|negotiations|consultations)\s+(?:on|about|over)|"
    r"\bpossibility\s+(?:of|to)|\b(?:un)?likely\s+to|\bprepar(?:e|es|ing)|"
    r"\b(?:yet\s+to|not\s+yet)\s+(?:announce|unveil|detail|name|specify|confirm)|(?<!\basked\s)\bwhether\s+(?:[\w'’-]+\s+){0,3}?(?:will|would|should|could|can|might))"
    r"\s+(?:(?:whether\s+)?to\s+)?(?:(?:a|an|the|its|their|his|her|our|my|possible|potential|further|new|eventual|"
    r"[\w-]+['’]s?)\s+){0,3}$", re.I)
# ... or after its scheme: "Spain's contribution to PURL is still being discussed", "Participation in the drone
# coalition is being considered by Zagreb"
_WEIGHED_AFTER = re.compile(
    r"\s*(?:(?:is|are|was|were|remains?|remained)\s+)?(?:still\s+|now\s+|yet\s+|currently\s+)?"
    r"(?:being\s+(?:discussed|considered|studied|weighed|examined|evaluated|assessed|reviewed|debated|negotiated|"
    r"analy[sz]ed|explored)|under\s+(?:discussion|consideration|review|study|evaluation)|unclear|uncertain|"
    r"undecided|open\s+question|not\s+(?:yet\s+)?(?:been\s+)?(?:decided|agreed|settled|determined)|"
    r"(?:yet\s+|still\s+)to\s+be\s+(?:decided|agreed|settled|determined))\b", re.I)


# the act of another, done again: "Spain is considering doing the same"
_ANOTHERS_ACT = re.compile(r"follow|do|similar|a\s+similar", re.I)


def _after_a_payment(m: Mentions, idx: int) -> bool:
    """Does the sentence before ``idx`` (or ``idx`` itself) tell a payment into a scheme, with no system or
    generic item in it ("Twelve allies have paid into PURL.")?"""
    s = m.sentences[max(0, idx - 1)][0]
    e = m.sentences[idx][1]
    return _SCHEME_NAMED.search(m.text, s, e) is not None and not m.inside(m.systems, s, e) and \
        not m.inside(m.generics, s, e)


def _weighed(m: Mentions, cs: int, at: int, after: int) -> bool:
    """Is the joining at ``at`` (its scheme ending at ``after``) weighed by words before it in its clause (from
    ``cs``) or by a passive hedge right after its scheme ("is still being discussed")?"""
    return _WEIGHED_BEFORE.search(m.text, max(cs, at - 80), at) is not None or \
        _WEIGHED_AFTER.match(m.text, after) is not None


def weighed_state(item, state: str | None) -> str | None:
    """The state of ``item`` when ``refused_schemes`` read its joining as weighed ("Athens is evaluating its
    participation in PURL") or ``undecided_sums`` a sum still to be decided: considering, unless the status stage
    found a refusal; when ``untold_sums`` read a payment of an untold sum: funded, the hedge of the sum ("an amount
    still to be determined") aside."""
    if "scheme-sum-untold" in item.notes and state != "refused":
        return "funded"  # "with an amount still to be determined": the sum is open, the payment is not
    if "scheme-refused-topic" in item.notes:
        return "refused"  # "Regarding the initiative, Bratislava will not pay a single cent"
    if "scheme-sum-undecided" in item.notes and state != "refused":
        return "considering"  # "the amount of this year's share is still under discussion": the hedge after it
    return "considering" if "scheme-weighed" in item.notes and state != "refused" else state


# a question put to the donor, told before its answer: "Asked whether Lisbon would join the fund, the minister said ..."
_ASKED = re.compile(r"\bAsked\s+(?:whether|if)\b[^,;:]{0,80}$", re.I)


def _asked(m: Mentions, s: int, e: int) -> bool:
    """Is the sentence [s, e) a question ("Q: Will Madrid join PURL?")? Its joining is then a contribution asked
    about, which the pipeline lets the next sentence answer ("A: We are considering it.")."""
    return m.text[s:e].rstrip().endswith("?")


def _answered(m: Mentions, s: int, e: int, at: int, after: int) -> bool:
    """Is the joining at ``at`` in a question the sentence [s, e) puts to its donor ("Asked whether Vienna would
    chip in to the initiative, ...") and answers, after the object ending at ``after``, with a hedge or a refusal
    ("... the chancellor said it was being studied")?"""
    return _ASKED.search(m.text, s, at) is not None and \
        any(c.label in ("refused", "considering") for c in m.inside(m.status_cues, after, e))


# a sum paid in but not told: "in undisclosed amounts", "did not disclose the amount", "with an amount still to be
# determined", "an undisclosed contribution"
_UNTOLD = re.compile(
    r"\b(?:undisclosed|unspecified|unnamed|unrevealed|(?:as\s+(?:yet\s+)?|still\s+)?un(?:specified|disclosed))\s+"
    r"(?:amounts?|sums?|contributions?|figures?)\b|"
    r"\b(?:amount|sum|figure|size)s?\s+(?:of\s+(?:its|their|the)\s+(?:\w+\s+)?(?:contribution|share)s?\s+)?"
    r"(?:was|were|is|are|has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:disclosed|revealed|given|specified|"
    r"made\s+public|published)\b|"
    r"\b(?:did|does|do|has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:disclose|disclosed|reveal|revealed|give|given|"
    r"specify|specified|say|said|name|named)\s+(?:the\s+|its\s+|their\s+|a\s+|how\s+much)(?:amount|sum|figure|size)?|"
    r"\bwithout\s+(?:disclosing|revealing|giving|specifying|naming|saying)\s+(?:the\s+|a\s+|its\s+|their\s+|how\s+much)"
    r"(?:amount|sum|figure|size)?|"
    r"\b(?:amount|sum)\s+(?:still\s+|yet\s+)?to\s+be\s+(?:determined|decided|set|fixed|announced|confirmed)\b", re.I)
# a payment into a scheme made or promised: "have contributed", "joined PURL", "confirmed its participation"
_PAID_IN = re.compile(r"\b(?:contribut\w*|join(?:s|ed)?|participat\w*|paid|pays|transferr?\w*|took\s+part|"
                      r"made\s+(?:an?\s+)?(?:\w+\s+)?contribution)\b", re.I)


def untold_sums(m: Mentions, s: int, e: int, items: list[Item], idx: int) -> list[Item]:
    """``items`` with a contribution to a pooled scheme whose sum is not told: "Denmark and Norway have also
    contributed, in undisclosed amounts", "Spain confirmed its participation in PURL, with an amount still to be
    determined", "Vienna made an undisclosed contribution to the NATO fund". Money put into a fund is funded (README
    rule 11), an item of its own (category money, no amount): a verb of paying in and a phrase of an untold sum in
    one clause, with a scheme named in the sentence or one of the ``_SCHEME_REACH`` before it, no item of its own in
    the clause, and no hedge or refusal of the paying in (those ``refused_schemes`` reads)."""
    out = list(items)
    floor = m.sentences[max(0, idx - _SCHEME_REACH)][0]
    for u in _UNTOLD.finditer(m.text, s, e):
        # the paying in told in the untold sum's clause, else the one just before ("paid in but did not disclose")
        us, ue = m.clause_of(s, e, u.start())
        paid = list(_PAID_IN.finditer(m.text, us, ue)) or list(_PAID_IN.finditer(m.text, s, us))[-1:]
        if not paid or _SCHEME_NAMED.search(m.text, floor, e) is None:
            continue
        x = paid[0]
        cs, ce = m.clause_of(s, e, x.start())
        if any(cs <= i.head_start < ce and not is_arms_in_general(i) and not (i.quantity is None and i.kind != "system"
                                                                               and i.category == "money")
               for i in out):
            continue
        if any(c.label in ("refused", "considering") and c.start < x.end() and x.start() - c.end <= 12
               for c in m.inside(m.status_cues, cs, x.end())) or _MODAL.search(m.text, max(cs, x.start() - 30),
                                                                               x.start()):
            continue
        if _RELATIVE_SUBJECT.search(m.text, max(cs, x.start() - 40), x.start()) or \
                _others_join(m, cs, x.start()):
            continue
        out = [i for i in out if not (cs <= i.head_start < ce)]
        out.append(Item(x.start(), x.end(), "contribution to a joint scheme", "money", "generic", x.start(), x.end(),
                        notes=["scheme-sum-untold"]))
        break
    return out


# a list's entry for a donor whose contribution is still open: "- Belgium: under consideration", "Spain – amount
# still being discussed", "Belgium (under review)"
_HEDGED_ENTRY = re.compile(
    r"(?:^|(?<=[\n;•]))\s*(?:[-–—•*]\s*)?(?P<donor>(?-i:[A-Z])[\w.'’ -]{1,30}?)\s*(?:[:–—-]\s*|\(\s*)"
    r"(?P<hedge>under\s+(?:consideration|review|discussion)|to\s+be\s+(?:decided|determined|confirmed|announced)|"
    r"(?-i:TB[DCA])|(?:(?:the\s+)?(?:decision|amount|sum|contribution)\s+)?(?:still\s+)?(?:pending|being\s+(?:discussed|"
    r"considered|decided)|to\s+be\s+(?:decided|determined)|not\s+yet\s+(?:decided|determined|known))|"
    r"(?:still\s+)?considering|undecided)\b", re.I)
_ENTRY_REACH = 12  # lines before a list entry its scheme may be named in (the list's heading)


def hedged_entries(m: Mentions, s: int, e: int, items: list[Item], idx: int) -> list[Item]:
    """``items`` with the entries of a list of contributions to a pooled scheme whose sum is still open: "Denmark:
    DKK 1.6 billion / Belgium: under consideration", "Spain – amount still being discussed". Such an entry is a
    contribution weighed (README rule 11, considering), an item of its own (category money, no amount): a donor,
    a colon, dash or bracket, then a hedge, with a scheme named in the entry or one of the ``_ENTRY_REACH`` lines
    before it."""
    out = list(items)
    floor = m.sentences[max(0, idx - _ENTRY_REACH)][0]
    for x in _HEDGED_ENTRY.finditer(m.text, s, e):
        if x.start("donor") < s or not any(d.kind != "recipient" for d in m.inside(m.donors, x.start("donor"),
                                                                                   x.end("donor"))):
            continue
        if any(x.start() <= i.head_start < x.end() for i in out) or _SCHEME_NAMED.search(m.text, floor, e) is None:
            continue
        out.append(Item(x.start("hedge"), x.end("hedge"), "contribution to a joint scheme", "money", "generic",
                        x.start("hedge"), x.end("hedge"), notes=["scheme-refused", "scheme-weighed", "list-entry"]))
    return out


# a scheme put first as the topic of what follows: "On PURL, ...", "As for the Czech initiative, ..." ("Asked about
# PURL, ..." is read as a request by the exclusions)
_TOPIC = re.compile(r"\W*(?:On|As\s+for|As\s+to|Regarding|Concerning|With\s+regard\s+to)\s+"
                    r"(?:(?:the|a|an)\s+)?(?P<name>(?:[\w'’-]+\s+){0,3}?" + _SCHEME + r")\s*,", re.I)


# the answers in words of their own: "would not pay a single forint", "not one cent"; "was open to it"
_TOPIC_REFUSED = re.compile(r"\b(?:(?:would|will|does|did)\s+not|won['’]t)\s+"
                            r"(?:pay|contribute|take\s+part|join|chip\s+in)\b|"
                            r"\bnot\s+(?:a\s+single|one|a)\s+(?:cent|euro|forint|crown|koruna|penny|dollar)\b", re.I)
_TOPIC_WEIGHED = re.compile(r"\bopen\s+to\s+(?:it|that|this|the\s+idea)\b|\blooking\s+(?:at|into)\s+(?:it|that|this)\b",
                            re.I)


def fronted_schemes(m: Mentions, s: int, e: int, items: list[Item]) -> list[Item]:
    """``items`` with the contribution to a scheme that a sentence puts first as its topic and then weighs or
    refuses: "On PURL, Madrid said it was still considering its options", "Regarding the Czech initiative,
    Bratislava will not pay a single cent". The answer is of a contribution (README rule 11),
    an item of its own (category money, no amount), when the sentence has no item of its own."""
    x = _TOPIC.match(m.text, s, e)
    if x is None or items:
        return items
    cues = [c for c in m.inside(m.status_cues, x.end(), e) if c.label in ("refused", "considering")]
    said = _TOPIC_REFUSED.search(m.text, x.end(), e), _TOPIC_WEIGHED.search(m.text, x.end(), e)
    if not cues and not any(said):
        return items
    first = min([(c.start, c.end, c.label) for c in cues] + [(y.start(), y.end(), label) for y, label in
                                                             zip(said, ("refused", "considering"), strict=True) if y])
    note = "scheme-refused-topic" if first[2] == "refused" else "scheme-weighed"
    # (the item is the answer, told after the topic)
    return [*items, Item(first[0], first[1], "contribution to a joint scheme", "money", "generic",
                         first[0], first[1], notes=["scheme-refused", note])]


# the sum of a contribution: "the sum", "the size of its contribution", "how much to give", "its share"
# ("the amount of this year's share": a time before the possessive)
_SUM = re.compile(r"\b(?:(?:the|its|their)\s+(?:(?:exact|final|precise)\s+)?(?:sum|amount|size|scale|figure)\b"
                  r"(?:\s+of\s+(?:(?:its|their|the)\s+|(?:(?:next|this|last)\s+)?[\w'’-]+['’]s?\s+)?(?:\w+\s+)?"
                  r"(?:contribution|share|participation))?|"
                  r"how\s+much\b|(?:its|their)\s+(?:\w+\s+)?(?:contribution|share)\b)", re.I)
_SUM_HEDGE_REACH = 40  # characters between the hedge ("is yet to decide", "has not decided") and the sum


def undecided_sums(m: Mentions, s: int, e: int, items: list[Item], idx: int) -> list[Item]:
    """``items`` with a contribution to a pooled scheme whose sum is still to be decided: "Belgium is yet to decide
    the sum", "Rome has not decided how much to put into the fund", "the size of its contribution to the coalition
    has not yet been decided". Such a contribution is weighed (README rule 11, considering), an item of its own
    (category money, no amount): a sum that a hedge of its clause governs (before it, or after it in a passive
    "has not yet been decided"), with a scheme named in the sentence or one of the ``_SCHEME_REACH`` before it,
    and no item of its own in the clause (an amount or a system weighed is that item's record)."""
    out = list(items)
    floor = m.sentences[max(0, idx - _SCHEME_REACH)][0]
    for x in _SUM.finditer(m.text, s, e):
        cs, ce = m.clause_of(s, e, x.start())
        near = [c for c in m.inside(m.status_cues, cs, ce) if c.label == "considering"
                and (c.end <= x.start() and x.start() - c.end <= _SUM_HEDGE_REACH
                     or c.start >= x.end() and c.start - x.end() <= _SUM_HEDGE_REACH and _DECIDED.search(c.text)
                     or c.start <= x.start() < c.end)]
        if not near or _SCHEME_NAMED.search(m.text, floor, e) is None:
            continue
        # the part of a list the hedge is told in: "Denmark gives DKK 1.6bn, Belgium is yet to decide the sum"
        cs = max([cs] + [p.end() for p in _PART_BREAK.finditer(m.text, cs, min(near[0].start, x.start()))])
        if any(cs <= i.head_start < ce for i in out):
            continue
        if _RELATIVE_SUBJECT.search(m.text, max(cs, x.start() - 40), x.start()):
            continue
        out.append(Item(x.start(), x.end(), "contribution to a joint scheme", "money", "generic", x.start(), x.end(),
                        notes=["scheme-sum-undecided"]))
    return out


_PART_BREAK = re.compile(r"[,;–—]")
# (a passive after the sum: "has not been decided", "is still being discussed", "remains under negotiation")
_DECIDED = re.compile(r"decid|determin|settled|fixed|agreed|finali|discuss|negotiat|debat", re.I)


def vetoed_scheme_money(m: Mentions, s: int, e: int, items: list[Item]) -> list[Item]:
    """``items`` with the vetoes of a pooled scheme's money told without an amount: "Hungary vetoed the next
    tranche of the European Peace Facility", "Budapest kept its veto over the EPF in place". Such a veto is a
    refusal (README rule 11) of the scheme's money, an item of its own (category money, no amount): a refusal
    cue of veto or block whose clause names a scheme and has no item of its own (an amount blocked is that
    amount's record)."""
    out = list(items)
    for c in m.inside(m.status_cues, s, e):
        if c.label != "refused" or not _VETO.match(c.text):
            continue
        cs, ce = m.clause_of(s, e, c.start)
        if any(cs <= i.head_start < ce for i in out) or _SCHEME_OR_EPF.search(m.text, c.start, ce) is None:
            continue
        if _RELATIVE_SUBJECT.search(m.text, max(cs, c.start - 40), c.start):
            continue  # "Hungary, which has blocked the EPF, ...": a description
        out.append(Item(c.start, c.end, "money of a joint fund", "money", "generic", c.start, c.end,
                        notes=["scheme-vetoed"]))
    return out


# the EU's arms fund, which pays member states back for what they give Ukraine
_PEACE_FACILITY = re.compile(r"\b(?:European\s+Peace\s+Facility|EPF)\b")
_REFUND = re.compile(r"reimburs", re.I)
# whom it pays back: the members at large ("member states", "EU governments"), not one named donor compensated
_MEMBERS_REFUNDED = re.compile(r"\w*\s+(?:the\s+|its\s+)?(?:(?:EU|other)\s+)?"
                               r"(?:member\s+(?:states|countries)|members|governments|capitals|countries|allies)\b",
                               re.I)


def peace_facility_refund(m: Mentions, cue, s: int, e: int) -> bool:
    """Is the not-aid ``cue`` a reimbursement by the European Peace Facility, named in the sentence [s, e)
    ("the EU will use the European Peace Facility to reimburse member states, with EUR 2 billion, for shells
    they give Ukraine")? The EPF refunds aid to Ukraine: that is the EU's own funding of it (README rule 11,
    funded), not compensation paid to a donor for its own sake (rule 10): so only when it pays back the members
    at large ("reimburse member states"), not one of them ("CZK 400 million will be reimbursed to the Czech
    Republic")."""
    return _REFUND.match(cue.text) is not None and _MEMBERS_REFUNDED.match(m.text, cue.end) is not None and \
        _PEACE_FACILITY.search(m.text, s, e) is not None
