"""The donor mentions of a span that can be donors.

``find_references`` adds to the recognised names the references that stand for a donor: an
unqualified institution ("the government", "the ministry": the donor the document is about, see
``resolved``), "the minister" named last, "the bloc", "the transatlantic alliance", "the Czech-led
initiative", "the alliance" after NATO. ``DonorFinder.candidates`` keeps the mentions that can be donors
of a clause, leaving out origins ("US-made"), places and channels ("in Berlin", "through NATO"),
outlets and parts of a group ("German media", "several NATO allies"), a dateline, a name told again
in brackets, the body of another ("Spain's Congress") and a demonym that only says where an item comes
from ("French howitzers").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from aidledger.catalog import SUCCESSORS
from aidledger.extractor import lines
from aidledger.extractor.donor_roles import LED_BY, pool_owner
from aidledger.extractor.index import Mentions
from aidledger.extractor.partners import COORDINATION
from aidledger.extractor.vocabulary import words
from aidledger.mentions.cues import compiled
from aidledger.mentions.donors import DonorMention, find_donors
from aidledger.mentions.words import FirstWords

_REFERENCE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:federal|national)\s+)?(?:government|cabinet|administration|"
    r"(?:defen[cs]e|foreign|armed\s+forces)\s+(?:ministry|department)|ministry(?:\s+of\s+(?:defen[cs]e|foreign\s+affairs))?|"
    r"department(?:\s+of\s+(?:defen[cs]e|state))?|MoD|"
    r"(?:[Dd]efen[cs]e|[Ff]oreign)\s+(?:[Ss]ecretary|[Mm]inister)|[Pp]rime\s+[Mm]inister)\b(?!\s+(?:in|of)\s+[A-Z])")
_BLOC = re.compile(r"\b[Tt]he\s+(?:27-(?:nation|member|country)\s+|European\s+|EU\s+)?(bloc)\b|"
                   r"\b[Tt]he\s+(?:transatlantic|North\s+Atlantic|western\s+military|military)\s+(alliance)\b")
_LED = re.compile(r"\b([A-Z][A-Za-z]+)-led\s+(?:[\w-]+\s+){0,2}?"
                  r"(?:initiative|coalition|fund|mechanism|programme|program|scheme)\b")
_ALLIANCE = re.compile(r"\b[Tt]he\s+alliance\b(?!['’]s\s+(?:members|allies))")


def find_references(m: Mentions) -> list[DonorMention]:
    """Unqualified institutions ("the government", "the Ministry of Defence", "the department",
    "the MoD"): they speak for the donor the document is about, which the pipeline fills in
    (``code`` is empty here). One that overlaps a named donor ("the Department of Defense") or
    follows a name ("the Ukrainian government") is not a reference."""
    out = []
    for found in _REFERENCE_WORDS.matches(_REFERENCE, m.text):
        start, end = found.span()
        if any(d.start < end and start < d.end for d in m.inside(m.donors, start, end)):
            continue
        minister = _MINISTRY.search(found.group(0)) and _last_minister(m, start)
        if minister is not None and minister:
            # "Sweden's defence minister ... The ministry said": the ministry of the minister named last
            out.append(DonorMention(start, end, found.group(0), minister[0], minister[1]))
            continue
        out.append(DonorMention(start, end, found.group(0), "", "reference"))
    for found in _REFERENCE_WORDS.matches(_THE_MINISTER, m.text):
        # "the minister said that 20 more would follow": the minister named last, when the text named one
        minister = _last_minister(m, found.start())
        if minister is not None and not any(o.start <= found.start() < o.end for o in out):
            out.append(DonorMention(found.start(), found.end(), found.group(0), minister[0], minister[1]))
    out.sort(key=lambda d: d.start)
    for found in _REFERENCE_WORDS.matches(_BLOC, m.text):  # "the 27-nation bloc", "the transatlantic alliance"
        code = "EU" if found.group(1) else "NATO"
        out.append(DonorMention(found.start(), found.end(), found.group(0), code, "institution"))
    # "the Czech-led initiative", "the UK-led fund": the leading country speaks for the initiative
    for found in _LED.finditer(m.text) if "-led" in m.text else ():  # (``in``: C speed; most texts have none)
        lead = [d for d in find_donors(found.group(1), fuzzy=False) if d.kind not in m.non_donor_kinds]
        if lead:
            out.append(DonorMention(found.start(), found.end(), found.group(0), lead[0].code, "institution"))
    # "the alliance" alone, after NATO was named: NATO told again
    nato = next((d.start for d in m.donors if d.code == "NATO" and d.kind != "official"), None)
    if nato is not None:
        for found in _ALLIANCE.finditer(m.text, nato):
            if not any(o.start <= found.start() < o.end for o in out):
                out.append(DonorMention(found.start(), found.end(), found.group(0), "NATO", "institution"))
    return sorted(out, key=lambda d: d.start)


_THE_MINISTER = re.compile(r"\b[Tt]he\s+(?:[Mm]inister(?:\s+(?:of|for)\s+(?:[Dd]efen[cs]e|[Ff]oreign\s+[Aa]ffairs))?|"
                           r"head\s+of\s+the\s+(?:defen[cs]e\s+)?ministry)\b(?!\s+(?:of|for|in)\s+(?:the\s+)?[A-Z])")
_MINISTRY = re.compile(r"ministry|MoD|(?:defen[cs]e|foreign)\s+(?:minister|department)", re.I)
_MINISTER_NEAR = re.compile(r"\b[Mm]inist(?:er|ry)\b")
_MINISTER_AFTER = re.compile(r"(?:['’]s)?,?\s+(?:[\w-]+\s+){0,3}?[Mm]inist(?:er|ry)\b")


def _last_minister(m: Mentions, pos: int) -> tuple[str, str] | None:
    """(code, kind) of the minister or ministry named last before ``pos`` with its country ("Sweden's
    defence minister", "Defence Minister Pal Jonson", "the Dutch ministry"; an official the text calls a
    minister once, by surname later), or None."""
    text = m.text
    donors = m.inside(m.donors, _entry_start(m, pos), pos)
    ministers = {d.text.split()[-1] for d in donors
                 if d.kind == "official" and (_MINISTER_NEAR.search(text, max(0, d.start - 80), d.start)
                                              or _MINISTER_AFTER.match(text, d.end))}
    for d in reversed(donors):
        if d.kind == "official" and d.text.split()[-1] in ministers or \
                d.kind != "official" and _MINISTER_AFTER.match(text, d.end):
            return d.code, ("institution" if d.kind not in m.non_donor_kinds else d.kind)
    return None


# a line led by a country's label, as the entries of a roundup are ("UNITED KINGDOM. Six more ...", "- Norway: the
# ministry said ...", "GERMANY / NORWAY - ...", "3) Poland: ...")
_LINE_LEAD = re.compile(r"[ \t]*(?:" + lines.ENTRY_MARK + r"[ \t]+)?[*_]*")
_LABEL_AFTER = re.compile(r"[*_]*(?:\s*[.:]|\s+[-–—]\s|\s*/\s*(?-i:[A-Z]))")


def _entry_start(m: Mentions, pos: int) -> int:
    """The start of the roundup entry ``pos`` is in: the last line before it led by a country's label ("UNITED
    KINGDOM. Six more Stormer vehicles have arrived, the MoD said"), else 0. The ministry of an entry is its own
    country's, not that of a minister another entry named."""
    start = m.text.rfind("\n", 0, pos) + 1
    while start > 0:
        lead = _LINE_LEAD.match(m.text, start)
        d = next(iter(m.inside(m.donors, start, start + 60)), None)
        if d is not None and d.start == lead.end() and d.kind not in ("official", *m.non_donor_kinds) and \
                _LABEL_AFTER.match(m.text, d.end):
            return start
        start = m.text.rfind("\n", 0, start - 1) + 1
    return 0


# _REFERENCE and _BLOC start with a word boundary and "the", "its" or "their": tried only at those words
_REFERENCE_WORDS = FirstWords(frozenset({"the", "The", "its", "Its", "their", "Their"}).__contains__)


def fronted_capital(text: str, s: int, donors: list) -> str | None:
    """The government of a capital set before the sentence's clause ("In Lisbon, the government said ..."): the
    donor the sentence's references ("the government", "the ministry") stand for, before the document's own."""
    first = next((d for d in donors if d.kind != "reference"), None)
    return first.code if first is not None and _capital_before_clause(text, s, first) else None


def _capital_before_clause(text: str, s: int, d) -> bool:
    """Is donor ``d`` a capital set before the clause of the sentence starting at ``s`` ("In Washington, officials
    are weighing ...")? Then it names that country's government, not a place."""
    return d.kind == "capital" and _FRONTED_IN.fullmatch(text, s, d.start) is not None and text.startswith(",", d.end)


def resolved(donors: list, default: str | None) -> list:
    """The donors with each reference ("the government") read as ``default``, the donor the
    document is about at this point; without one, references are dropped."""
    if not any(d.kind == "reference" for d in donors):
        return donors
    return [d._replace(code=default) if d.kind == "reference" else d for d in donors
            if d.kind != "reference" or default]


_FRONTED_IN = re.compile(r"[\s\"“‘'•*–-]*In\s+")
# "US-made", "German built", but not "Norway made available 12 tanks", "Norway made 12 tanks available" (a verb and
# its complement)
_ORIGIN_AFTER = re.compile(r"\s*-?\s*(?:built|designed|produced|manufactured|origin)\b|-\s*made\b|"
                           r"\s+made\b(?!\s+(?:available|clear|public|it|them|a|an|the|its|their|his|her|good|up|sure|"
                           r"possible|no|new|further|another|several)\b)(?![^.;:]{0,80}?\bavailable\b)", re.I)
_DATELINE = re.compile(r"\s*(?::|,\s*(?:\(|\w+\.?\s+\d{1,2}\b|$))")
_MODIFIER_GAP = re.compile(r"[\s-]*(?:[\w-]+\s+){0,2}?")
_MODIFIER_BREAK = re.compile(r"\b(?:and|to|for|with|of|will|would|has|have)\b")
_PLACE_LIST = re.compile(r"(,\s+(?:and|or)\s+|\s+(?:and|or)\s+|,\s+)(?:the\s+)?")
_PLACE_LIST_GOES_ON = re.compile(r",\s+(?:(?:and|or)\s+)?(?:the\s+)?[A-Z]")
_SEATED_IN = re.compile(r"\b(?:officials|government|governments|ministry|ministries|chancellery|authorities|"
                        r"administration|cabinet|leaders|leadership|policymakers|decision-makers)\s+in\s+(?:the\s+)?$",
                        re.I)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$")
_GIVER_AFTER = re.compile(r"['’]s?\b|\s+to\s+|\s+(?:and|or)\s+(?:the\s+)?[A-Z]\w*\s+to\s+")
# a verb between a demonym and an item: "the Czechs sent 20 howitzers" (a subject, not a modifier)
_VERB_BREAK = r"\b(?:GIVEN|GIVES|GIVING|GIVE|is|are|was|were)\b"
_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")
_DOLLAR_AFTER = re.compile(r"\$")
_SUMMARY_AFTER = re.compile(r"\s+(?:summary|abstract)\b", re.I)


# the names of legislatures that other countries share with the US, and those countries: in a statement issued by one
# of their governments ("Government of the Netherlands": "a letter to the House of Representatives") the name is that
# government's own legislature, no US donor
_SHARED_BODY_NAMES = {
    "House of Representatives": frozenset({"NLD", "AUS", "NZL", "JPN", "BEL", "CYP", "MLT", "PHL", "COL", "URY"}),
    "Congress": frozenset({"ESP", "PHL", "COL", "BRA", "MEX", "ARG", "CHL", "PER", "PRY", "GTM"}),
}


class DonorFinder:
    """The donor candidates of the spans of one document (kept per span: the status rules ask
    again for a clause)."""

    def __init__(self, m: Mentions):
        from aidledger.extractor.context import publisher_donor

        self.m = m
        self._candidates: dict[tuple[int, int], list] = {}
        self._publisher = publisher_donor(m.doc)
        self.references = find_references(m)
        self._reference_starts = [r.start for r in self.references]

    def candidates(self, s: int, e: int) -> list:
        """The donors of [s, e) that can be donors (not origins, places, outlets ...)."""
        found = self._candidates.get((s, e))
        if found is None:
            found = [d for d in self.m.inside(self.m.donors, s, e) if self.is_candidate(d, s, e)]
            refs = self.references[bisect_left(self._reference_starts, s):bisect_left(self._reference_starts, e)]
            if refs:
                found = sorted(found + [r for r in refs if r.end <= e and self.is_candidate(r, s, e)],
                               key=lambda d: d.start)
            self._candidates[(s, e)] = found
        return found

    def leading(self, s: int, e: int) -> list:
        """The first donor candidates of the span: the first one and every one starting within five
        characters of the span's start (what a sentence without items needs)."""
        found = self._candidates.get((s, e))
        if found is not None:
            return found
        out = []
        for d in self.m.inside(self.m.donors, s, e):
            if out and d.start - s > 5:
                break
            if self.is_candidate(d, s, e):
                out.append(d)
        return out

    def is_candidate(self, d, s: int, e: int) -> bool:
        m = self.m
        if d.kind in m.non_donor_kinds:
            return False
        text = m.text
        if _ORIGIN_AFTER.match(text, d.end, min(e, d.end + 40)):
            return False
        if d.kind == "demonym" and _SUMMARY_AFTER.match(text, d.end):
            return False  # "Letter to parliament - English summary": the language of a summary, no giver
        if _DOLLAR_AFTER.match(text, d.end, min(e, d.end + 1)):
            return False  # "$80 million (US$58 million)": the dollar the amount is in, no giver ("Sweden $275
            # million" with a space: the giver and its amount)
        if self._place(d, s):
            # places and channels: "in Germany", "made in the USA", "through NATO", and the rest of their list
            # ("based in the UK, Germany and Belgium"); but a capital set before the clause is its government
            # ("In Washington, officials are weighing ...")
            return False
        if LED_BY.search(text, max(s, d.start - 60), d.start):
            return False  # "the drone coalition led by Latvia": the group's leader, not this pledge's giver
        if pool_owner(text, s, d):
            return False  # "the trust fund of NATO's package": the pool's owner, not this pledge's giver
        if d.kind in ("name", "capital") and _FOR_BEFORE.search(text, max(s, d.start - 12), d.start) and \
                not _GIVER_AFTER.match(text, d.end):
            return False  # "$26 billion for Israel": the one it is for, not the giver ("for Germany to send" is)
        if words("not_donor_after").match_after(text, d.end, min(e, d.end + 40), possessive=True) and \
                not self._members_act(d, s, e) and not _GOVERNING_COALITION.match(text, d.end):
            return False  # "German media", "a NATO summit"; but "NATO allies agreed" is NATO acting
        if d.code in ("EU", "NATO") and _SOME_OF.search(text, max(s, d.start - 20), d.start) and \
                _MEMBER_WORD.match(text, d.end, min(e, d.end + 40)):
            return False  # "several EU governments", "two NATO capitals": some members, no single donor
        if d.start == s and _DATELINE.match(text, d.end, min(e, d.end + 40)) and d.kind == "capital":
            return False
        if self._restated(d, s):
            return False  # "the North Atlantic Treaty Organization (NATO)": the name told again
        if d.kind == "institution" and self._body_of_another(d, s):
            return False  # "Spain's Congress", "the National People's Congress", "the Congress of Deputies"
        if self._publisher in _SHARED_BODY_NAMES.get(d.text, ()):
            return False  # a Dutch ministry's "letter to the House of Representatives": the issuer's own legislature
        return not (d.kind == "demonym" and self._modifies_item(d, e))

    def _members_act(self, d, s: int, e: int) -> bool:
        """Do the members of the institution ``d`` act as it ("NATO allies agreed", "EU member states will
        send")? Not some of them ("several NATO allies", "other EU countries"): no single donor."""
        text = self.m.text
        members = words("group_members").match_after(text, d.end, min(e, d.end + 40), possessive=True)
        return d.code in ("EU", "NATO") and members and not _SOME_OF.search(text, max(s, d.start - 20), d.start)

    def _place(self, d, s: int) -> bool:
        """Is ``d`` a place or a channel: after a preposition of place ("in", "via"), or listed after one
        that is ("in Latvia and Poland", "based in the UK, Germany, and Belgium")? A comma joins places
        only inside a list of three or more: after a single place, ", and" or "," opens a new clause
        ("trained in Germany, and Norway sent ...", "Speaking in Poland, Germany's minister said")."""
        text = self.m.text
        joins = []  # from ``d`` back to the first name of the list: "and", ", and", "," ("or" counts as "and")
        first = d
        while not words("not_donor_before").ends(text[max(s, first.start - 40):first.start]):
            before = self.m.inside(self.m.donors, max(s, first.start - 40), first.start)
            join = bool(before) and before[-1].kind == first.kind == "name" and \
                _PLACE_LIST.fullmatch(text, before[-1].end, first.start)
            if not join:
                return False
            g = join.group(1).strip()
            joins.append(g if g == "," else ", and" if g.startswith(",") else "and")
            first = before[-1]
        if not joins:
            seated = _SEATED_IN.search(text, max(s, d.start - 40), d.start) if d.kind == "capital" else None
            if seated and not any(x.end >= seated.start() - 12
                                  for x in self.m.inside(self.m.donors, max(s, d.start - 60), seated.start())):
                # "officials in Washington", "the chancellery in Berlin": the government seated there; but
                # "NATO officials in Brussels", "US diplomats in London" are somewhere
                return False
            return not _capital_before_clause(text, s, d)
        if joins[0] == "and":
            return True  # "in Latvia and Poland", "in the UK, Germany and Belgium"
        if joins[0] == ", and":
            return len(joins) > 1 and joins[1] == ","  # "in the UK, Germany, and Belgium"
        # a bare comma before ``d``: a list only when it goes on past ``d``
        return _PLACE_LIST_GOES_ON.match(text, d.end) is not None

    def _body_of_another(self, d, s: int) -> bool:
        """Is the institution ``d`` the body of someone else: qualified by another donor right before it
        ("Spain's Congress", "Japan's House of Representatives"), or, a one-word name ("Congress",
        "Commission"), by a capitalised possessive ("the National People's Congress") or by "of" and a name
        after it ("the Congress of Deputies")?"""
        text = self.m.text
        before = _QUALIFIER.search(text, max(s, d.start - 40), d.start)
        named = self.m.inside(self.m.donors, before.start(1), d.start) if before else []
        if named:
            # "Spain's Congress", "the Polish Commission", "Japan's House of Representatives"
            return all(x.code != d.code for x in named)
        if not (d.text.isalpha() and d.text.istitle()):
            # "NATO", "EU": an abbreviation names the body itself; a longer name names its own, unless "of" and a
            # name of someone else follow it ("the House of Representatives of the States General", "... of Japan")
            if " " not in d.text or not _OF_NAME.match(text, d.end):
                return False
            after = self.m.inside(self.m.donors, d.end, d.end + 40)
            return not (after and after[0].code == d.code)
        if _OF_NAME.match(text, d.end):
            return True
        # "the National People's Congress"; not "On Wednesday Congress"
        return before is not None and before.group(2) is not None

    def _restated(self, d, s: int) -> bool:
        """Is ``d`` an abbreviation in brackets right after a name of the same donor?"""
        before = self.m.inside(self.m.donors, s, d.start)
        return bool(before) and before[-1].code == d.code and _BRACKET_OPEN.fullmatch(self.m.text, before[-1].end,
                                                                                      d.start) is not None

    def _modifies_item(self, d, e: int) -> bool:
        """A demonym right before an item names its origin ("French howitzers", "British Challengers"),
        not a donor; so do demonyms coordinated with one ("Franco-British missiles"). A demonym of a
        country that makes no such item names whose it is ("Danish and Dutch F-16s", "Norwegian jets"):
        that is a donor."""
        m = self.m
        chain = _demonym_chain(m, d, e)
        last = chain[-1]
        window = m.starting(m.systems, last.end, min(e, last.end + 31)) + \
            m.starting(m.generics, last.end, min(e, last.end + 31))
        for x in window:
            between = m.text[last.end:x.start]
            if not _MODIFIER_GAP.fullmatch(between) or _MODIFIER_BREAK.search(between) or \
                    compiled(_VERB_BREAK).search(between):
                return False
            if words("modifier_noun").match_after(m.text, x.end) or _SCHEME_AFTER.match(m.text, x.end):
                return True  # "the Czech ammunition initiative", "Danish F-16 training": the demonym names a scheme
            return any(_made_in(m.catalog, c.code, x.system) for c in chain)
        return False


# "The Dutch coalition set 3 billion euros", "the Belgian governing coalition agreed ...": a government's coalition
# that decides (not "the Czech coalition for drones", a scheme others pay into)
_GOVERNING_COALITION = re.compile(r"\s+(?:governing\s+|ruling\s+|government\s+)?coalition\s+(?:government\s+)?"
                                  r"(?:has\s+|have\s+|had\s+|will\s+|would\s+|also\s+)?(?:set|agreed|approved|"
                                  r"decided|announced|earmarked|allocated|proposed|declined|refused|plans|budgeted)\b")
# a capitalised word (with its possessive) right before a one-word institution: "Spain's Congress", "People's Congress"
_QUALIFIER = re.compile(r"(?<![\w.])([A-Z][\w.-]*)(['’]s?)?\s+$")
_MEMBER_WORD = re.compile(r"\s+(?:governments|capitals|countries|nations|states|members|allies|partners)\b")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# a part of a group's members: "several NATO allies", "some of the EU countries", "two EU member states"
_SOME_OF = re.compile(r"\b(?:other|some|several|many|most|few|individual|certain|two|three|four|five|\d+)\s+"
                      r"(?:of\s+)?(?:the\s+)?$", re.I)
_SCHEME_AFTER = re.compile(r"s?\s+(?:initiative|fund|mechanism|scheme|plan|consortium|facility|project)s?\b", re.I)


def _made_in(catalog, code: str, system) -> bool:
    """Is ``code`` the origin of ``system`` (a named system), or of some named system of its category
    (a generic item: "French howitzers", "German tanks")?"""
    if system.origin:
        return any(o == code or code in SUCCESSORS.get(o, ()) for o in system.origin)
    return (code, system.category) in _origins(catalog)


@functools.lru_cache(maxsize=4)
def _origins(catalog) -> frozenset[tuple[str, str]]:
    """(country, category) of every named system of the catalog, a design of a former state also
    under its successors (a Czechoslovak design is Czech and Slovak)."""
    return frozenset((c, s.category) for s in catalog.systems for o in s.origin
                     for c in (o, *SUCCESSORS.get(o, ())))


def _demonym_chain(m: Mentions, d, e: int) -> list:
    """``d`` and the demonyms coordinated with it after it, before ``e`` ("Danish and Dutch",
    "Danish, Dutch and Norwegian", "Swedish-Norwegian")."""
    chain = [d]
    for x in m.inside(m.donors, d.end, min(e, d.end + 60)):
        if x.kind != "demonym" or x.start < chain[-1].end or \
                not COORDINATION.fullmatch(m.text, chain[-1].end, x.start):
            break
        chain.append(x)
    return chain
