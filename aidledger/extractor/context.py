"""Context: what a document says once and the sentences after it inherit.

- the donor a government statement speaks for (its outlet or web address: ``publisher_donor``);
- the donors of the last sentence that had one (``Discourse.last_donors``), for a sentence that
  names none ("It will also send 40 Marders");
- the systems named recently, that a later generic word refers back to ("the howitzers", "an
  initial batch of 14 will be sent");
- what a list inherits from the line that introduces it (``ListContext``): status, date, and
  whether it lists a money package's contents.

This is the only state carried from one sentence to the next; ``Told`` holds it with the records made
so far, for the stages that change what earlier sentences recorded (``answers_across``, ``givers_after``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aidledger.extractor.index import Mentions
from aidledger.extractor.lines import ENTRY_MARK
from aidledger.extractor.recipient_names import NAMES
from aidledger.extractor.vocabulary import words
from aidledger.model import Document, Pledge

if TYPE_CHECKING:
    from aidledger.extractor.donor_mentions import DonorFinder

_GOVERNMENT = re.compile(r"\b(?:gov|government|regering|regjering|ministry|ministerie|ministere|minist[eè]re|mod|mil|"
                         r"defen[cs]e|forsvar|bundesregierung|bundeswehr|bmvg|president|whitehouse|kremlin|"
                         r"state|armed\s*forces|defensa|difesa|ministero|"
                         # the web addresses of governments and defence ministries that say so in their own language
                         r"regeringen|regjeringen|rijksoverheid|defensie|defmin|forsvaret|kaitseministeerium|"
                         r"valtioneuvosto)\b", re.I)
# an outlet that names an issuing body: "Prime Minister's Office", "relaying a Council of the EU statement"
_RELAYING = re.compile(r"\b(?:relaying|quoting|citing|republishing|reprinting|reproducing|forwarding)\b", re.I)
# a bracketed note on a text's form or language in an outlet: "(transcript, English)", "(English translation)"
_FORM_NOTE = re.compile(r"\((?=[^()]*\b(?:transcript|translation|translated|version|language|subtitled|abridged)\b)"
                        r"[^()]*\)", re.I)
_ISSUER = re.compile(r"\b(?:minister|office|council|commission|statement|press\s+release)\b", re.I)
_PACKAGE_INTRO = re.compile(r"package|tranche|drawdown|assistance", re.I)
_LIST_MARK = re.compile(rf"^\s*{ENTRY_MARK}\s+")
_ANNOUNCE = re.compile(r"announce|unveil", re.I)


_POINTING = re.compile(r"\b(?:such|these|those|the\s+same)\s+$", re.I)
_VEHICLE_KINDS = {"vehicle", "tank", "ifv_apc"}


def main_donor(m: Mentions) -> str | None:
    """The donor a document is about: the one named by more than half of its donor names (and at least
    twice). "The Defence Secretary has today announced ..." speaks for it before the text names it."""
    codes = [d.code for d in m.donors if d.kind not in m.non_donor_kinds and d.code not in ("UKR", "", None)]
    top = _majority(codes)
    return top if top is not None and codes.count(top) >= 2 and 2 * codes.count(top) > len(codes) else None


def publisher_donor(doc: Document) -> str | None:
    """The donor an official statement speaks for, from its metadata: a government outlet
    ("UK Ministry of Defence") or a government web address (``.gov``, ``.mil``, ``gov.uk``,
    ``regeringen.se`` ...). Used only for items whose text names no donor at all."""
    from urllib.parse import urlparse

    from aidledger.mentions.donors import NON_DONOR_KINDS, find_donors

    if doc.outlet:
        # "Federal Ministry of Defence (transcript, English)": a bracket that tells the text's language or form
        outlet = _FORM_NOTE.sub(" ", doc.outlet)
        # "The Sofia Globe, relaying a Council of the EU statement": the body relayed, not the paper's city
        issuer = _RELAYING.split(outlet, maxsplit=1)[-1]
        found = [d for d in find_donors(issuer, fuzzy=False)
                 if d.kind not in NON_DONOR_KINDS and not names_a_language(issuer, d)]
        if not found and issuer != outlet and _GOVERNMENT.search(issuer):
            # "UK Defence Newsroom, relaying the Ministry of Defence": a body relayed that names no country is
            # the one the relaying outlet names
            issuer = outlet
            found = [d for d in find_donors(issuer, fuzzy=False)
                     if d.kind not in NON_DONOR_KINDS and not names_a_language(issuer, d)]
        if found and (_GOVERNMENT.search(issuer) or _ISSUER.search(issuer)
                      or any(d.kind == "institution" and d.code not in ("EU", "NATO") for d in found)):
            # a government outlet, an issuing body, or a seat of government ("The White House", "Élysée")
            return found[0].code
    host = urlparse(doc.url or "").hostname or ""
    if not host or not _GOVERNMENT.search(host.replace(".", " ").replace("-", " ")):
        return None
    labels = host.lower().split(".")
    if labels[-1] in ("gov", "mil"):
        return "USA"
    if len(labels[-1]) == 2:
        import pycountry

        if labels[-1] == "eu":
            return "EU"
        country = pycountry.countries.get(alpha_2="GB" if labels[-1] == "uk" else labels[-1].upper())
        return country.alpha_3 if country else None
    return None


# a demonym that names the language a page is written in: "(English version)", "German edition", "in French"
_LANGUAGE_AFTER = re.compile(
    r"\s+(?:version|edition|translation|transcript|text|original|language|service|page|site)s?\b", re.I)
_LANGUAGE_BEFORE = re.compile(r"\b(?:in|into|from)\s+$", re.I)


def names_a_language(text: str, d) -> bool:
    """Is the demonym ``d`` of an outlet the language its page is written in ("Federal Government
    (English version of the list)", "Ministry of Defence, in English", "French translation of a Rome
    statement"), not a government that issues it?"""
    return d.kind == "demonym" and (_LANGUAGE_AFTER.match(text, d.end) is not None
                                    or _LANGUAGE_BEFORE.search(text, max(0, d.start - 8), d.start) is not None)


def _majority(labels: list[str]) -> str | None:
    return max(sorted(set(labels)), key=labels.count) if labels else None


@dataclass
class ListContext:
    """What a bulleted list inherits from the sentence that introduces it."""

    open: bool = False  # the previous sentence introduced a list (ended with ':') or was a list line
    status: str | None = None
    date: dt.date | None = None
    package: bool = False  # the list states a money package's contents
    cumulative: bool = False  # the list states what was given in all ("Since 2022 the US has provided:")

    def update(self, m: Mentions, s: int, e: int, cues, monies, in_list: bool, weak=lambda c: False) -> None:
        text = m.text
        line = text[s:e].rstrip()
        # a list is introduced by a line ending with ':' or by a heading that says what state its
        # items are in ("Military support delivered (selection)")
        intro = line.endswith(":") or (len(line) < 120 and not line.endswith((".", "!", "?", '"', "”"))
                                       and bool(cues) and not in_list)
        if links_heading(line):
            intro = in_list = False  # "READ ALSO:": the lines under it are other stories' headlines, no list of aid
        if in_list and not intro:
            return  # the list goes on with the same context
        total = any(c.label in ("cumulative", "cumulative_money") for c in m.inside(m.context_cues, s, e))
        if intro:
            self.cumulative = total and line.endswith(":") and not _NEW_PACKAGE.search(line)
        # (a cue that only describes a noun does not restate the list's state: "The package was assembled from
        # equipment purchased by the ministry" after "completed the transfer of a package"; ``weak``)
        labels = [c.label for c in cues if c.label in ("pledged", "delivered", "funded") and (intro or not weak(c))]
        if intro and _IT_CONTAINS.match(text, s) and self.status is not None:
            # "... handed over a new support package. It contains:": the package's status, told the
            # sentence before, is its items' status; the verb of containing tells none
            labels = stated_labels(cues) or [self.status]
        if intro or labels:
            self.status = _majority(labels) if labels or intro else self.status
            dates = [d.date for d in m.inside(m.dates, s, e) if d.date is not None]
            self.date = dates[0] if dates else self.date
        if monies:
            self.package = True
        elif intro and not _PACKAGE_INTRO.search(text[s:e]):
            self.package = False
        elif intro and _PACKAGE_WORD.search(text, s, e) and m.inside(m.money, e, e + _PACKAGE_VALUE_AFTER):
            # "Capabilities in this package include: ...; The package is valued at $250 million": a money
            # package whose worth is told after its list
            self.package = True
        self.open = intro


_LINKS_END = re.compile(r"[\s:>»→.\-–—]*$")


def links_heading(line: str) -> bool:
    """Is ``line`` only a heading of links to other stories ("READ ALSO:", "Related:", "What we're reading", "More on
    this story >>": list ``links_heading`` of ``data/extract_words.csv``)? The lines under it are the headlines of
    other stories, each read on its own (a line that names an act still tells it: "- Oslo will send 10 more
    howitzers"), not entries of a list that inherit a state."""
    heading = _LINKS_END.sub("", line.strip().lstrip("#*•-–— ").replace("’", "'"))
    return len(heading) < 40 and heading.lower() in words("links_heading").words


_PACKAGE_VALUE_AFTER = 1500  # characters after a package's list introduction read for its worth
_NEW_PACKAGE = re.compile(r"\b(?:today|new|latest|this|additional|further|next)\b", re.I)
_PACKAGE_WORD = re.compile(r"\b(?:package|tranche|bundle|drawdown|support\s+packages?)\b", re.I)
_IT_CONTAINS = re.compile(r"\W*(?:(?:It|This|The\s+(?:aid|assistance|shipment|batch|delivery|package))\s+(?:\w+\s+)?"
                          r"(?:contain|include|compris|consist)\w*\b"
                          # "In the package are:", "Into the package entered:" (a translation's word order)
                          r"|(?:In|Into)\s+(?:the|this)\s+(?:(?:new|latest|next|current|same)\s+)?(?:aid\s+|support\s+)?package\s+"
                          r"(?:are|were|is|was|entered|went)\b"
                          # "In its composition — 15 tanks": a translation's word for what the package holds
                          r"|In\s+its\s+(?:composition|structure|content|contents)\b)")
_CONTENTS = re.compile(r"\b(?:contain\w*|includ\w*|compris\w*|consist\w*|among\s+(?:them|its|the)|covering|"
                       r"part\s+of|contents?|features?)\b", re.I)

_AID_CONTAINS = re.compile(r"\b(?:the|this|its|their|[A-Z][a-z]+['’]s|new|latest)\s+(?:new\s+|latest\s+|military\s+)?"
                           r"(?:aid|assistance|support)\s+(?:will\s+)?(?:includes?|contains?|comprises?|consists\s+of)\b",
                           re.I)
_PACKAGE_COLON = re.compile(r"\b(?:package|tranche|bundle|drawdown)\b[^:.;]{0,40}:(?!\s*$)", re.I | re.M)


_PARTICIPLE_BY = re.compile(r"\s+by\b")
_WORD_REST = re.compile(r"\w*")
_NOUN_BEFORE = re.compile(r"\b(?!(?:was|were|is|are|be|been|being|has|have|had|it|they|and|or|also|already|now|then|"
                          r"recently|previously|just)\b)[a-z]{3,}\s+$")


def describes_a_noun(text: str, cue) -> bool:
    """Is ``cue`` a one-word participle right after a noun, with its agent ("equipment purchased by the
    ministry", "vehicles donated by companies")? It describes that noun; it states no act of its sentence."""
    rest = _WORD_REST.match(text, cue.end)  # a cue may be a stem ("purchase" in "purchased")
    word = cue.text.strip() + rest.group()
    return " " not in word and word.lower().endswith(("ed", "bought", "given", "sent", "made")) and \
        _PARTICIPLE_BY.match(text, rest.end()) is not None and \
        _NOUN_BEFORE.search(text, max(0, cue.start - 20), cue.start) is not None


def stated_labels(cues) -> list[str]:
    """The states (pledged, delivered, funded) the cues tell, leaving out verbs of containing ("The
    package includes ...": what a package holds, not what state it is in)."""
    return [c.label for c in cues if c.label in ("pledged", "delivered", "funded")
            and not _CONTENTS.fullmatch(c.text.strip())]


def only_containing(cues) -> bool:
    """No status cue of the sentence but its verb of containing: the sentence tells what a package
    holds, not what state it is in."""
    return not stated_labels(cues)


def lists_package_contents(text: str, s: int, e: int, previous: tuple[int, int] | None = None) -> bool:
    """The sentence lists what a package contains ("the package includes ...", "... will be part of
    the support package"; "It includes ..." after a sentence about a package)."""
    if _PACKAGE_WORD.search(text, s, e) is not None and _CONTENTS.search(text, s, e) is not None:
        return True
    if _PACKAGE_COLON.search(text, s, e) is not None:
        return True  # "a $1bn package for Ukraine: more howitzers, ... and HIMARS"
    if _AID_CONTAINS.search(text, s, e) is not None:
        return True  # "The aid includes Patriot missiles, Leopard tanks and ammunition": an aid's contents
    opens = _IT_CONTAINS.match(text, s) or _REPORTED_IT_CONTAINS.match(text, s)
    return previous is not None and opens is not None and _PACKAGE_WORD.search(text, *previous) is not None


# a report's frame before what the package holds: "Officials said it includes ...", "According to the Pentagon, it ..."
_REPORTED_IT_CONTAINS = re.compile(r"\s*(?:(?:[\w'’.-]+\s+){1,4}?(?:said|say|says|told\s+[\w\s]{1,20}?|added|"
                                   r"confirmed|noted)\s+(?:that\s+)?|According\s+to\s+[^,.;]{1,40},\s*)"
                                   r"(?:it|this|the\s+(?:aid|assistance|shipment|batch|delivery|package))\s+(?:\w+\s+)?"
                                   r"(?:contain|include|compris|consist)\w*\b", re.I)


def is_list_line(text: str, s: int, e: int) -> bool:
    """A bulleted or numbered line, or a short line under a list introduction."""
    line = text[s:e]
    return bool(_LIST_MARK.match(line)) or (len(line) < 200 and (
        not line.rstrip().endswith(".") or after_list_entry(text, s)))


# the line before ends like an entry of a list ("Tactical radios – 300;"): a last entry may end with "."
_AFTER_LIST_ENTRY = re.compile(r"[;,][ \t]*\n[ \t]*$")


def after_list_entry(text: str, s: int) -> bool:
    """Does the line before ``s`` end like an entry of a list (``_AFTER_LIST_ENTRY`` ends at ``s``)? A match
    holds only white space after its first character, so it is looked for in the white space before ``s``
    and the character before that, not from the document's start (a search per line from there would
    make a long document's cost grow with the square of its length)."""
    k = s
    while k > 0 and text[k - 1] in " \t\n":
        k -= 1
    return _AFTER_LIST_ENTRY.search(text, max(0, k - 1), s) is not None


_STATEMENT_END = re.compile(r"[.!?][\"”’']?\s*$")


def is_statement_line(text: str, s: int, e: int, cues) -> bool:
    """A list line that is a whole statement ("* Slovakia: Fico said his government would not send
    ammunition."): a sentence with a verb of giving, weighing or refusing, not an entry of a list of
    items ("UK: 600 Brimstone missiles"), so rule 8 reads it as any sentence (the single item type a
    statement names is recorded)."""
    return bool(_STATEMENT_END.search(text, s, e)) and len(text[s:e].split()) >= 8 \
        and any(c.label not in ("ignore", "delivered") or " " in c.text.strip() for c in cues)


_PACKAGE_VALUE = re.compile(
    r"\b(?:the\s+|this\s+|its\s+)?(?:total\s+|overall\s+)?(?:value|worth|cost)\s+of\s+(?:the\s+|this\s+)?(?:[\w-]+\s+)?"
    r"(?:package|tranche|aid|assistance|support|delivery|shipment|batch)\b"
    r"|\b(?:the|this)\s+(?:[\w-]+\s+)?(?:package|tranche|shipment|delivery|batch)\s+(?:is|was)\s+(?:worth|valued\s+at)\b",
    re.I)


def names_a_package(text: str, s: int, e: int) -> bool:
    """Does the sentence [s, e) speak of a package, tranche or batch of aid?"""
    return _PACKAGE_WORD.search(text, s, e) is not None


def values_the_package(text: str, s: int, e: int) -> bool:
    """The sentence tells what the package just listed is worth ("The value of the package is EUR 9
    million."): the package's money, in the status of its list."""
    return _PACKAGE_VALUE.search(text, s, e) is not None


def is_headline(text: str, s: int, e: int, idx: int) -> bool:
    line = text[s:e]
    return idx == 0 and not line.rstrip().endswith(".") and len(line) < 160


def headline_future(text: str, s: int, e: int) -> bool:
    """Does headline [s, e) tell a transfer in the headline's shorthand: something "to Ukraine", or a
    donor "to" do something ("Archer to Ukraine from Sweden", "UK to pour millions into drones")?"""
    return _HEADLINE_FUTURE.search(text, s, e) is not None


_HEADLINE_FUTURE = re.compile(r"\bto\s+(?:" + NAMES + r")\b|\b(?-i:[A-Z][\w.-]*)\s+to\s+(?-i:[a-z]+)\b", re.I)


_TITLE_END = re.compile(r"[ \t]*(?:\n|$)")


def is_title_line(text: str, s: int, e: int) -> bool:
    """A line of its own without closing punctuation: the title of a live-blog entry or a section
    ("12:40 GMT US announces $2.2bn package"), which the lines under it tell in full."""
    line = text[s:e].rstrip()
    return (s == 0 or text[s - 1] == "\n") and _TITLE_END.match(text, e) is not None and 0 < len(line) < 120 \
        and line[-1] not in ".!?:;," and not _LIST_MARK.match(line)  # a bulleted line is a list's item, no title


_ANOTHER_CONJUNCT = re.compile(r",|\band\b|\bplus\b|;")


@dataclass
class Discourse:
    """The state carried across the sentences of one document."""

    publisher: str | None = None
    main_donor: str | None = None  # the donor most of the document's donor names name (``main_donor``)
    issuer: str | None = None  # the government whose body opens the document (``issuers.text_issuer``)
    last_donors: list[str] = field(default_factory=list)
    recent_systems: list[tuple[int, int, object]] = field(default_factory=list)  # (sentence, start, System)
    givers: dict[str, str] = field(default_factory=dict)  # system name -> the donor of its last record
    lists: ListContext = field(default_factory=ListContext)
    requested: list = field(default_factory=list)  # (sentence, its start, item) of a request told just before
    last_item: object = None  # the last named system or counted item given a record, and its sentence
    last_item_sentence: int = -10
    last_item_told: tuple | None = None  # (status, donor) of the last item's last record
    donorless: list = field(default_factory=list)  # (sentence, item, status, date, start, end) given no donor
    last_named: object = None  # the last counted named system, given a record or not, and its sentence
    last_named_sentence: int = -10
    _announcements: dict[tuple[int, int], bool] = field(default_factory=dict)

    def current_donor(self) -> str | None:
        """The donor the document speaks of at this point: that of the last sentence that named one,
        else the publisher's."""
        return self.last_donors[0] if self.last_donors else self.publisher

    def resolve_generic(self, m: Mentions, item, idx: int, donor: str, s: int) -> None:
        """A generic item that refers to a system: by the donor's operators and a demonym of origin
        ("Denmark's French howitzers" → Caesar), or to a system of its category named just before
        ("the howitzers", "an initial batch of 14")."""
        if item.kind != "generic" or item.category in ("money", "ammunition") or "named-by-proper-name" in item.notes:
            return  # ("Wisent 1 and Keiler vehicles": a name of its own before the class is no other system)
        before = m.text[max(s, item.head_start - 30):item.head_start]
        origin = None
        from aidledger.mentions.donors import find_donors
        for d in find_donors(before, fuzzy=False):
            if d.kind == "demonym":
                origin = d.code
        if origin:
            sysobj = m.catalog.resolve(operator=donor, origin=origin, category=item.category)
            if sysobj is not None:
                item.name, item.family = sysobj.name, sysobj.family
                item.notes.append("system-from-operator")
                return
        # a named system of the same category in this or the two sentences before, named before the
        # generic word: later names are its parts ("400 vehicles, including 60 Jackals")
        recent = []
        # an entry of a list is an item of its own: "- 12 heavy trucks" under "- Caracal vehicles" is no Caracal
        entry = m.text.rfind("\n", 0, item.head_start) + 1 if _LIST_MARK.match(m.text[
            m.text.rfind("\n", 0, item.head_start) + 1:item.head_start]) else 0
        for j, start, sysobj in reversed(self.recent_systems):
            if idx - j > 2:
                break
            if start >= entry:
                recent.append((j, start, sysobj))
        # a system of an earlier sentence that another donor gives is not this donor's
        # "40 such vehicles" after "AMX-10 RC light tanks": a vehicle word said of a named armoured system
        kinds = _VEHICLE_KINDS if item.category == "vehicle" and _POINTING.search(
            m.text, max(s, item.head_start - 12), item.head_start) else {item.category}
        near = [sysobj for j, start, sysobj in recent
                if sysobj.category in kinds and (j < idx or start < item.head_start)
                and self.givers.get(sysobj.name, donor) == donor]
        if not near:
            return
        if item.quantity is not None and " " in item.name and any(
                j == idx and start < item.head_start and _ANOTHER_CONJUNCT.search(m.text, start, item.start)
                for j, start, sysobj in recent if sysobj.category in kinds):
            return  # "100 Brimstone missiles and 300 air defence missiles": a kind of its own, counted apart
        same_sentence = [x for j, start, x in reversed(recent)
                         if j == idx and x.category in kinds and start < item.head_start]
        if len({x.name for x in same_sentence}) > 1:
            # "three launchers, a NASAMS and two Hawks": the count covers several systems
            families = {x.family for x in same_sentence}
            if len(families) != 1:
                return
            family = families.pop()
            item.name, item.family = family, family
        else:
            item.name, item.family = near[0].name, near[0].family
            item.category = near[0].category
        item.notes.append("system-from-context")

    def date_for(self, m: Mentions, item, sentence, idx) -> dt.date | None:
        """The date of the sentence nearest the item, or of a neighbouring sentence that speaks of
        the announcement itself ("The department made the announcement on Thursday.")."""
        dates = [d for d in m.inside(m.dates, *sentence) if d.date is not None]
        if dates:
            return min(dates, key=lambda d: abs(d.start - item.start)).date
        for j in (idx + 1, idx - 1, idx - 2):
            if 0 <= j < len(m.sentences):
                s, e = m.sentences[j]
                if self._about_announcement(m, s, e):
                    dates = [d for d in m.inside(m.dates, s, e) if d.date is not None]
                    if dates:
                        return dates[0].date
        return None

    def _about_announcement(self, m: Mentions, s: int, e: int) -> bool:
        found = self._announcements.get((s, e))
        if found is None:
            found = self._announcements[(s, e)] = bool(_ANNOUNCE.search(m.text[s:e])) and not (
                m.inside(m.systems, s, e) or m.inside(m.generics, s, e) or m.inside(m.money, s, e))
        return found


@dataclass
class Told:
    """What a document has told up to the sentence being read: its mentions and donor candidates, the
    discourse, and the records made so far (``records``, changed in place: a later sentence may answer,
    weigh or give an item told before); ``sentence_from`` is where the records of the sentence being read
    begin."""

    m: Mentions
    donors: DonorFinder
    discourse: Discourse
    records: list[Pledge] = field(default_factory=list)
    sentence_from: int = 0
