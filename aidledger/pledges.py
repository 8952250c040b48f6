"""The assembler: joins mentions into pledge records, sentence by sentence.

For every sentence the recognisers' mentions (systems, generic items, numbers, money, physical
quantities, donors, status cues, context cues, dates) are gathered, and each *item* — a named
system, a numbered generic item, or an amount of money — becomes a ``Pledge`` when the text says
who gives it (a donor in the clause, the sentence, or carried over from the sentences before) and
in what state (a status cue governing it). Items in clauses about running totals, year-on-year
differences, sales, compensation, export licences, requests, inventories, deployments, prices,
battlefield numbers or delivery schedules give no record. What is skipped with a number near an
item is kept as a ``Problem`` (``AL201``) so a researcher can audit it (``--explain``).

The rules follow the annotation rules of the evaluation set (README of ``eval/dev``): one record
per (donor, item, status, quantity), joint pledges give one record per donor without a quantity,
bracketed conversions are checked, never recorded twice.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from aidledger.model import Document, Pledge, Problem, Provenance

RECIPIENT = "UKR"

# Words allowed between a count and the item it counts ("12 more Caesar", "18 coastal and riverine
# patrol boats", "19 powerful French howitzers"). Anything else (verbs, prepositions, numbers)
# breaks the link.
_FILLER_STOP = {
    "to", "for", "from", "with", "by", "in", "on", "at", "will", "would", "has", "have", "had", "is",
    "are", "was", "were", "be", "been", "that", "which", "who", "as", "than", "per", "each", "every",
    "percent", "per cent", "years", "year", "days", "day", "months", "month", "weeks", "week",
    "people", "soldiers", "troops", "servicemen", "civilians", "countries", "nations", "members",
    "ministers", "times", "hours", "minutes", "kilometres", "kilometers", "miles", "km", "metres",
    "meters", "targets", "missions", "pilots", "engineers", "specialists", "representatives",
    "ukrainians", "personnel", "staff", "crews", "crew", "aircrew", "instructors", "it", "they",
    "he", "she", "we", "its", "their", "his", "her", "our", "this", "these", "those", "said",
    "says", "not", "no", "also", "up", "about",
}
_CLASSIFIER_OF = re.compile(r"^(?:units?|pieces?|items?|rounds?|sets?|batter(?:y|ies)|systems?|kits?|"
                            r"batch(?:es)?|shipments?|tons?|tonnes?)\s+of\s+$", re.I)
_ORIGIN_AFTER = re.compile(r"^\s*-?\s*(?:made|built|designed|produced|manufactured|origin)\b", re.I)
_ORIGIN_BEFORE = re.compile(r"(?:made|built|produced|manufactured|designed)\s+in\s+(?:the\s+)?$", re.I)
_LOCATION_BEFORE = re.compile(r"(?:\b(?:in|near|at|across|inside|outside|into|toward|towards|around|"
                              r"within|of\s+the\s+\w+\s+in|summit\s+in|base\s+in|visit\s+to|trip\s+to)\s+"
                              r"(?:the\s+)?)$", re.I)
_NOT_DONOR_AFTER = re.compile(r"^(?:['’]s)?\s+(?:and\s+(?:its|their)\s+(?:allies|partners)|initiative|coalition|"
                              r"news|media|newspapers?|agency|outlets?|"
                              r"portal|company|firms?|manufacturers?|industry|plants?|sources|press|broadcaster|"
                              r"television|TV|radio|website|army\s+has|members?|summit|allies|ally|alliance|countries|states|"
                              r"partners?|territory|air\s+base|base|border|sidelines|chief|secretary|"
                              r"leaders?|meeting|standards?|membership|forces?\s+in|training|cent(?:er|re)|headquarters|mission|"
                              r"exercises?)\b", re.I)
_SUPPORT_FOR = re.compile(r"(?:ammunition|munitions?|rounds|shells|missiles|rockets|spare\s+parts|"
                          r"parts|support|training|maintenance|interceptors)\s+(?:\w+\s+){0,2}?for\s+"
                          r"(?:the|its|their|Ukraine['’]s|Kyiv['’]s)?\s*(?:\d[\d,]*\s+)?$", re.I)
_DELIVERED_STATE = re.compile(r"^(?:\s+\w+){0,3}?\s+(?:already\s+(?:holds?|has|have|operates?|uses?|in)|"
                              r"that\s+are\s+already|are\s+already|now\s+in|in\s+action)", re.I)
_GIVE_TO = re.compile(r"\b(?:give|gave|giving|send|sent|sending|supply|supplied|provide|provided|"
                      r"deliver|delivered|transfer|transferred|hand|handed|donate|donated|offer|offered|"
                      r"sell|sold)\s+(?:to\s+)?(?:the\s+)?$", re.I)
_TO_PREP = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$", re.I)
_OF_THE = re.compile(r"^\s+of\s+(?:the|its|their)\s+$", re.I)
_DATELINE = re.compile(r"^\s*(?::|,\s*(?:\(|\w+\.?\s+\d{1,2}\b|$))")
_ARTICLE_ONE = re.compile(r"(?:\b(?:a|an|one|single)\s+)$", re.I)
_COUNT_NOUN_AFTER = re.compile(r"^(?:[\s-]+(?:[\w/-]+\s+){0,3}?)?(?:system|battery|launcher|unit|aircraft|"
                               r"jet|plane|helicopter|vessel|ship|radar)\b", re.I)
_COUNT_NOUN_IN = re.compile(r"\b(?:system|battery|launcher|unit|aircraft|jet|plane|helicopter|vessel|ship|radar)s?$",
                            re.I)
_CLASSIFIER_LINK = re.compile(r"^\s*(?:launchers?|batter(?:y|ies)|systems?|units?|vehicles?|pieces|examples|"
                              r"copies|sets|fire\s+units?)\s+(?:belonging\s+to|of|from)\s+(?:the\s+)?$", re.I)
_PACKAGE_WORDS = (
    ("drawdown", "military aid package (drawdown)"),
    ("initiative", "initiative"),
    ("fund", "fund"),
    ("facility", "fund"),
    ("package", "military aid package"),
    ("tranche", "military aid package"),
)
_HEDGE_LABELS = ("considering",)
_PURCHASE = re.compile(r"\b(?:buy|buys|bought|buying|purchas\w*|order\w*|procur\w*)\b", re.I)
_WORTH = re.compile(r"[\s,]+(?:worth|valued\s+at)\s+(?:about\s+|around\s+|some\s+|almost\s+|nearly\s+|up\s+to\s+)?",
                    re.I)
_QUESTION = re.compile(r"\?[\s\"'”’)]*$")
_SUBJECT_NAME = re.compile(r"[\s\-•*–—,;]*(?:(?:The|the)\s+)?([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})(?:['’]s)?\s+"
                           r"(?:\w+\s+){0,3}?(?:will|would|has|have|had|is|are|was|to|said|says|pledged|sent|"
                           r"delivered|promised|announced|plans|intends|offered|gave|donated)\b")
_NOT_NAMES = {"It", "They", "He", "She", "We", "This", "These", "That", "Those", "There", "Officials", "Sources",
              "Today", "Yesterday", "Meanwhile", "However", "Also", "Separately", "In", "On", "At", "By"}
_RESTATED = re.compile(r"\b(?:all|the\s+same|those|these)\s+$", re.I)
_ELLIPTIC_MORE = re.compile(r"\s+(?:more|further|additional|others?)\b(?!\s+(?:than|of)\b)", re.I)
_RUNNING = re.compile(r"(?:bring|tak|part\s+of)", re.I)
_COMMERCIAL = re.compile(r"contract|sold|sell|sale|commercial|agreement|credit", re.I)
_ITEM_FUNDED = re.compile(r"pa(?:y|ys|id|ying)\s+for|fund|financ|order|procure|purchas|buy|bought", re.I)
_MODIFIER_NOUN = re.compile(r"\s+(?:package|packages|aid|assistance|capabilit(?:y|ies)|network|umbrella|shield|"
                            r"needs|exchange|swap|deal|crews?|battalions?|brigades?|production|factory|factories|"
                            r"plants?|maintenance|repairs?|training|coalition|shortages?|stocks?|stockpiles?|"
                            r"supply|supplies|deliveries|strikes?|attacks?|threats?|programmes?|programs?|"
                            r"industry|makers?|manufacturers?|pilots?|drivers?|operators?|fire|warfare)\b", re.I)
_DEFINITE = re.compile(r"\b(?:the|these|those|such|this|that)\s+$", re.I)
_GROUP_SUBJECT = re.compile(r"\b(?:allies|partners|countries|nations|governments|member\s+states|others|G7|G20|"
                            r"[Tt]he\s+West|Western\s+\w+|donors)\b")


# Patterns of the assembler's rules, compiled once (they were written inline).
_BRACKET_REPEAT = re.compile(r"[\s(\[,-]*")
_PHRASE_GAP = re.compile(r"[\s\w-]{0,40}")
_PHRASE_BREAK = re.compile(r"\d|\b(?:and|or|plus|with)\b")
_BELONGING = re.compile(r"\s+(?:belonging\s+to|of|from)\s+(?:the\s+)?")
_AMMO_AFTER = re.compile(r"\s+(?:ammunition|munitions|rounds|shells|missiles|rockets)\b")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_TIMES = re.compile(r"\s*[x×]?\s*")
_PUNCT = re.compile(r"[^\w\s'’-]")
_DIGIT = re.compile(r"\d")
# ``_ORIGIN_BEFORE`` and ``_LOCATION_BEFORE`` read backwards: each ends at the end of the text before a
# donor (``$``, reached only after ``\s+``), so ``search`` tried every position of the 40-character
# window; the reversed pattern is tried once, at the start of the reversed window (same matches:
# ``tests/test_perf_equivalence.py``).
_ORIGIN_BEFORE_REV = re.compile(r"(?:\s+eht)?\s+ni\s+(?:edam|tliub|decudorp|derutcafunam|dengised)", re.I)
_LOCATION_BEFORE_REV = re.compile(r"(?:\s+eht)?\s+(?:ni|raen|ta|ssorca|edisni|edistuo|otni|drawot|sdrawot|dnuora|"
                                  r"nihtiw|ni\s+\w+\s+eht\s+fo|ni\s+timmus|ni\s+esab|ot\s+tisiv|ot\s+pirt)\b",
                                  re.I)
_COUNT_AFTER_GAP = re.compile(r"(?:\s+(?:fire\s+units?|units?|launchers?|batter(?:y|ies)|systems?|vehicles?|"
                              r"pieces|sets))?\s*(?:\(|:|x|×|-|–)\s*")
_COMMA = re.compile(r"\s*,\s*")
_UNITS_AFTER = re.compile(r"\s*(?:units?|pieces|pcs\.?|rounds|items|sets)\b", re.I)
_MODIFIER_GAP = re.compile(r"[\s-]*(?:[\w-]+\s+){0,2}?")
_MODIFIER_BREAK = re.compile(r"\b(?:and|to|for|with|of|will|would|has|have)\b")
_UKRAINE = re.compile(r"\b(?:Ukrain\w*|Kyiv|Kiev|Zelensk\w*)")
_THIRD_COUNTRY = re.compile(r"\bthird\s+countr", re.I)
_OPTION = re.compile(r"option|possib", re.I)
_RELATIVE = re.compile(r"(?:\s+[\w-]+){0,3}?\s*,?\s*(?:which|that)\b")
_REQUEST = re.compile(r"request|ask|export|appeal", re.I)
_ANNOUNCE = re.compile(r"announce|unveil", re.I)
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_COORDINATION = re.compile(r"\s*(?:,|and|,\s*and|as\s+well\s+as|&)\s*(?:the\s+)?")
_PACKAGE_INTRO = re.compile(r"package|tranche|drawdown|assistance", re.I)
_SUBJECT_LEAD = re.compile(r"[\s\-•*–—]*(?:(?:the|The)\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}")
_COLON = re.compile(r"\s*:")
_BULLET_LEAD = re.compile(r"[\s\-•*–—]*(?:the\s+)?", re.I)


@dataclass
class _Item:
    """An item candidate in a sentence: a named system, a generic item, or money."""

    start: int  # span of the whole item phrase (count included)
    end: int
    name: str
    category: str
    kind: str  # "system", "generic", "money"
    head_start: int = 0  # span of the item's name
    head_end: int = 0
    quantity: Decimal | None = None
    unit: str = "units"
    money: object = None
    family: str | None = None
    status_override: str | None = None
    notes: list[str] = field(default_factory=list)


def _lazy():
    from aidledger.catalog import load_catalog
    from aidledger.mentions import cues, dates, donors, money, numbers, quantities
    return load_catalog(), cues, dates, donors, money, numbers, quantities


def extract(text: str, *, published: dt.date | None = None, doc_id: str = "text") -> list[Pledge]:
    """Pledge records found in ``text`` (a convenience over ``extract_document``).

    >>> [(p.donor, p.system, p.quantity_value, p.status)
    ...  for p in extract("Denmark said on Monday it would send 19 Caesar howitzers to Ukraine.")]
    [('DNK', 'Caesar', 19.0, 'pledged')]
    """
    doc = Document(id=doc_id, text=text, published=published)
    return extract_document(doc)[0]


def extract_document(doc: Document, *, explain: bool = False) -> tuple[list[Pledge], list[Problem]]:
    """Pledges of one document, and problems (doubts) found on the way.

    With ``explain``, every sentence that carries a number near an item, donor or currency but
    gave no record adds an ``AL201`` problem with the reason.
    """
    try:
        return _Assembler(doc, explain=explain).run()
    except Exception as exc:  # a crashing stage is one more problem, not a crash of the corpus
        return [], [Problem("AL205", f"extractor failed: {type(exc).__name__}: {exc}", doc_id=doc.id)]


class _Assembler:
    def __init__(self, doc: Document, *, explain: bool):
        self.doc = doc
        self.text = doc.text
        self.explain = explain
        self.problems: list[Problem] = []
        catalog, cues, dates, donors, money, numbers, quantities = _lazy()
        self.catalog = catalog
        t = self.text
        from aidledger.sentences import split_clauses, split_sentences
        self.split_clauses = split_clauses
        self.sentences = split_sentences(t)
        self.systems = catalog.find(t)
        self.generics = catalog.find_generic(t)
        self.money = money.find_money(t)
        self.resolve_currency = money.resolve_currency
        self.quantities = quantities.find_quantities(t)
        self.numbers = numbers.find_numbers(t)
        self.donors = donors.find_donors(t)
        self.non_donor_kinds = donors.NON_DONOR_KINDS
        self.status_cues = [c for c in cues.find_status_cues(t) if c.label != "ignore"]
        self.context_cues = cues.find_context_cues(t)
        self.dates = dates.find_dates(t, published=doc.published)
        self._starts: dict[int, list[int]] = {}  # id(mention list) -> its starts
        for lst in (self.systems, self.generics, self.money, self.quantities, self.numbers, self.donors,
                    self.status_cues, self.context_cues, self.dates):
            lst.sort(key=lambda x: x.start)
            self._starts[id(lst)] = [x.start for x in lst]  # indexed once: the lists do not change
        self.records: list[Pledge] = []
        self.publisher = publisher_donor(doc)
        self.not_aid_facts: set[tuple[str, Decimal]] = set()  # (family, count) told as a sale, inventory...
        self.last_donors: list[str] = []
        self.recent_systems: list[tuple[int, int, object]] = []  # (sentence index, start, System)
        self._candidates: dict[tuple[int, int], list] = {}  # span -> its donor candidates
        self._clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}  # sentence -> its clauses
        self._announcements: dict[tuple[int, int], bool] = {}  # sentence -> _about_announcement

    # ---- helpers -------------------------------------------------------------------------
    def _inside(self, items, start: int, end: int):
        """The mentions of a start-sorted list that lie within [start, end) — by bisection, so a
        long document costs linear time, not quadratic."""
        starts = self._starts[id(items)]  # one of the mention lists indexed in __init__
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        if lo == hi:
            return []
        return [x for x in items[lo:hi] if x.end <= end]

    def _starting(self, items, start: int, end: int):
        """The mentions of a start-sorted list that start within [start, end)."""
        starts = self._starts[id(items)]
        return items[bisect_left(starts, start):bisect_left(starts, end)]

    def _blocked_spans(self, start: int, end: int, monies, systems) -> list[tuple[int, int]]:
        """Spans whose numbers are not counts: money, physical quantities, dates, system names
        (``monies`` and ``systems``: those within [start, end), as the sentence has them)."""
        spans = [(m.start, m.end) for m in monies]
        for m in monies:
            if m.conversion is not None:
                spans.append((m.conversion.start, m.conversion.end))
        for q in self._inside(self.quantities, start, end):
            if q.kind != "count":
                spans.append((q.start, q.end))
            if q.conversion is not None:
                spans.append((q.conversion.start, q.conversion.end))
        spans += [(d.start, d.end) for d in self._inside(self.dates, start, end)]
        spans += [(s.start, s.end) for s in systems]
        return spans

    # ---- main loop -----------------------------------------------------------------------
    def run(self) -> tuple[list[Pledge], list[Problem]]:
        ctx = _ListContext()
        for idx, (s, e) in enumerate(self.sentences):
            self._sentence(idx, s, e, ctx)
        # the same count of the same system told elsewhere in the text as a sale, an inventory or a
        # request is that fact again, not a pledge
        records = [p for p in self.records if p.quantity is None or p.status == "refused"
                   or (_family(p.system), Decimal(str(p.quantity_value))) not in self.not_aid_facts]
        records = _drop_schedule_parts(records)
        records = _drop_reversed_refusals(records)
        return _dedupe(records), self.problems

    def _sentence(self, idx: int, s: int, e: int, ctx: _ListContext) -> None:
        text = self.text
        systems = self._inside(self.systems, s, e)
        generics = self._inside(self.generics, s, e)
        if generics and systems:
            generics = [g for g in generics if not any(x.start < g.end and g.start < x.end for x in systems)]
        monies = self._inside(self.money, s, e)
        cues = self._inside(self.status_cues, s, e)
        # a sentence naming no system, generic item or money has no item: ``_items`` would give []
        items = self._items(s, e, systems, generics, monies) if systems or generics or monies else []
        # without items, only the first donor candidates are read (the bullet, the subject, the donor
        # carried over): the others are not looked for
        donors = self._donor_candidates(s, e) if items else self._leading_donor_candidates(s, e)
        contexts = self._inside(self.context_cues, s, e) if items else []
        for sysm in systems:
            self.recent_systems.append((idx, sysm.start, sysm.system))
        bullet = _bullet_donor(text, s, e, donors)
        in_list = bullet is not None or (ctx.open and _is_list_line(text, s, e))
        if in_list and ctx.package and bullet is None:
            # a money package's unnumbered contents, named systems included, get no record
            items = [i for i in items if i.quantity is not None or i.kind == "money"]
        elif in_list:
            # a list names several items: only named systems and numbered items are recorded
            items = [i for i in items if "unnumbered" not in i.notes]
        for item in items:
            clause = self._clause_of(s, e, item)
            reason = self._skip_reason(item, clause, contexts, cues)
            if reason:
                self._explain(item, reason)
                continue
            status = self._status(item, clause, (s, e), cues)
            extra_statuses = self._relative_statuses(item, clause, cues, status)
            if status is None and in_list:
                status = ctx.status or "pledged"
                item.notes.append("list-item")
            elif status is None and _is_headline(text, s, e, idx):
                status = "pledged"
                item.notes.append("headline")
            elif _is_headline(text, s, e, idx):
                item.notes.append("headline")  # the body tells it again, with its date and details
            if status is None:
                self._explain(item, "no status cue governs the item")
                continue
            if _QUESTION.search(text, s, e) and status in ("pledged", "delivered", "funded"):
                self._explain(item, "a question, not a statement")
                continue
            if status != "refused" and self._recipient_elsewhere(item, clause):
                self._explain(item, "recipient is not Ukraine")
                continue
            if status == "funded" and not _UKRAINE.search(text, s, e) and _PURCHASE.search(text, s, e):
                # buying or ordering is aid only when the text says it is for Ukraine
                self._explain(item, "a purchase not said to be for Ukraine")
                continue
            item_donors = [bullet] if bullet else self._donors_for(item, clause, (s, e), donors)
            if not item_donors:
                self._explain(item, "no donor")
                self._unknown_donor(item, clause)
                continue
            self._resolve_generic(item, idx, item_donors[0], s, e)
            date = self._date_for(item, clause, (s, e), idx)
            if date is None and "list-item" in item.notes:
                date = ctx.date
            joint = len(item_donors) > 1
            for donor in item_donors:
                for st in (status, *extra_statuses):
                    self._emit(item, donor, st, date if st == status else None, s, e, joint)
            if bullet is None:
                self.last_donors = item_donors
        subject = _subject_donor(text, s, donors, cues)
        if subject and bullet is None:
            self.last_donors = [subject]
        elif not items and donors and bullet is None:
            self.last_donors = [donors[0].code]
        ctx.update(self, idx, s, e, cues, monies, in_list)

    # ---- items -----------------------------------------------------------------------------
    def _items(self, s, e, systems, generics, monies) -> list[_Item]:
        text = self.text
        items: list[_Item] = []
        blocked = self._blocked_spans(s, e, monies, systems)
        # Named systems, dropping a repeat of the same system in brackets right after it.
        kept_systems = []
        for m in systems:
            if kept_systems and kept_systems[-1].system.name == m.system.name and \
                    _BRACKET_REPEAT.fullmatch(text, kept_systems[-1].end, m.start):
                continue
            kept_systems.append(m)
        # Generic heads that only continue a named system's noun phrase ("Caesar howitzers").
        free_generics = []
        phrase_start: dict[int, int] = {}
        for g in generics:
            prev = [m for m in kept_systems if m.end <= g.start]
            if prev and _PHRASE_GAP.fullmatch(text, prev[-1].end, g.start) and \
                    not _PHRASE_BREAK.search(text[prev[-1].end:g.start]):
                continue
            # "three launchers belonging to the Patriot system": the named system is the item.
            nxt = [m for m in kept_systems if m.start >= g.end]
            if nxt and _BELONGING.fullmatch(text, g.end, nxt[0].start) \
                    and g.system.category != "ammunition":
                phrase_start[nxt[0].start] = g.start
                continue
            # a generic word used as a modifier ("missile exchange", "tank crews") is no item
            if _MODIFIER_NOUN.match(text[g.end:g.end + 30]):
                continue
            free_generics.append(g)
        heads = sorted([("system", m) for m in kept_systems] + [("generic", g) for g in free_generics],
                       key=lambda x: x[1].start)
        numbers = []
        for n in self._inside(self.numbers, s, e):
            start = n.start
            for a, b in blocked:
                if a <= start < b:
                    break
            else:
                if not _is_year(n) and not _glued(text, n):
                    numbers.append(n)
        used_numbers: set[int] = set()
        for kind, m in heads:
            sysobj = m.system
            item = _Item(m.start, m.end, sysobj.name, sysobj.category, kind, m.start, m.end,
                         family=getattr(sysobj, "family", None),
                         unit="rounds" if sysobj.category == "ammunition" else "units")
            # ammunition for a named system: "HIMARS ammunition", "Gepard rounds"
            if kind == "system" and _AMMO_AFTER.match(text[m.end:m.end + 20]) and sysobj.category not in (
                                                 "ammunition", "missile"):
                amm = _NEXT_WORD.match(text, m.end).group(1)
                # "Patriot missiles" are interceptors (missile, counted in units); shells and rounds
                # are ammunition (counted in rounds)
                missile = amm.lower() in ("missiles", "rockets")
                item = _Item(m.start, m.end + len(_NEXT_WORD.match(text, m.end).group(0)),
                             f"{sysobj.name} {amm.lower()}", "missile" if missile else "ammunition", "generic",
                             m.start, m.end, unit="units" if missile else "rounds")
            num = self._count_before(phrase_start.get(m.start, item.head_start), s, numbers, used_numbers, heads)
            total = None
            if num is not None:
                earlier = [n for n in numbers if n.end <= num.start and n.start not in used_numbers]
                if earlier and _OF_THE.match(text[earlier[-1].end:num.start]):
                    # "the first four of the 13 MiG-29s": four in the clause's state, 13 pledged
                    num, total = earlier[-1], num
            if num is None:
                num = self._count_after(item.head_end, e, numbers, used_numbers)
            if num is not None:
                used_numbers.add(num.start)
                item.quantity = num.value
                item.start = min(item.start, num.start)
                item.end = max(item.end, num.end)
                if total is not None:
                    used_numbers.add(total.start)
                    tot = _Item(item.start, item.end, item.name, item.category, item.kind,
                                item.head_start, item.head_end, total.value, item.unit,
                                family=item.family, status_override="pledged")
                    items.append(tot)
            elif kind == "system" and _ARTICLE_ONE.search(text[max(s, m.start - 12):m.start]) and (
                    _COUNT_NOUN_AFTER.match(text[m.end:m.end + 40]) or _COUNT_NOUN_IN.search(m.text)):
                item.quantity = Decimal(1)
            elif kind == "generic":
                if _DEFINITE.search(text[max(s, m.start - 12):m.start]):
                    continue  # "the tanks", "these vehicles": items already named before
                item.notes.append("unnumbered")
            # a named or generic item that is only the *target* of support ("munitions for the NASAMS")
            if item.quantity is None and _support_for(text[max(s, m.start - 60):m.start]):
                continue
            items.append(item)
        # Unnumbered generic items count only when the sentence names a single item type.
        unnumbered_generic = [i for i in items if "unnumbered" in i.notes]
        if len({i.category for i in items}) > 1 or len(unnumbered_generic) > 1:
            items = [i for i in items if "unnumbered" not in i.notes]
        # "2 F-16 jets this year and 28 more by 2028", "two more to come": the count refers to the
        # item named just before it
        for n in numbers:
            if n.start in used_numbers or not _ELLIPTIC_MORE.match(text[n.end:n.end + 40]):
                continue
            previous = [i for i in items if i.head_end <= n.start and i.quantity is not None]
            if previous and not any(n.end <= h.start < n.end + 25 for _, h in heads):
                ref = previous[-1]
                used_numbers.add(n.start)
                items.append(_Item(n.start, n.end, ref.name, ref.category, ref.kind, n.start, n.end, n.value,
                                   ref.unit, family=ref.family, notes=["elliptical"]))
        if monies:
            # a money package's unnumbered contents, named systems included, get no record; an item
            # the money is the worth of ("howitzers worth €20 million") keeps its record
            items = [i for i in items if i.quantity is not None or any(
                _WORTH.fullmatch(text, i.end, m.start) for m in monies)]
        for m in monies:
            items.append(_Item(m.start, m.end, "military aid package", "money", "money", m.start, m.end,
                               money=m))
        items.sort(key=lambda i: i.head_start)
        return items

    def _count_before(self, head_start, s, numbers, used, heads):
        text = self.text
        cands = [n for n in numbers if n.end <= head_start and n.start not in used]
        if not cands:
            return None
        n = cands[-1]
        if any(n.end <= h.start < head_start for _, h in heads if h.start != head_start):
            return None
        between = text[n.end:head_start]
        if _CLASSIFIER_OF.match(between.strip() + " ") or _TIMES.fullmatch(between) \
                or _CLASSIFIER_LINK.match(between):
            return n
        if _PUNCT.search(between):
            return None
        words = between.split()
        if len(words) > 5:
            return None
        if any(w.lower() in _FILLER_STOP for w in words):
            return None
        if _DIGIT.search(between):
            return None
        return n

    def _count_after(self, head_end, e, numbers, used):
        """'Caesar howitzers (12)', 'M113: 31', 'HIMARS x 4'."""
        text = self.text
        for n in numbers:
            if n.start >= head_end and n.start not in used:
                between = text[head_end:n.start]
                if _COUNT_AFTER_GAP.fullmatch(between) and (
                        "(" not in between or text[n.end:n.end + 1] == ")"):
                    return n
                # "155 mm artillery shells, 10,000 units"
                if _COMMA.fullmatch(between) and _UNITS_AFTER.match(
                        text[n.end:n.end + 12]):
                    return n
                return None
        return None

    # ---- donors ----------------------------------------------------------------------------
    def _donor_candidates(self, s, e):
        """The donors of the span that can be donors (not origins, places, outlets ...). Read only:
        kept per span, as the status rules ask again for a clause."""
        key = (s, e)
        found = self._candidates.get(key)
        if found is None:
            found = self._candidates[key] = self._find_donor_candidates(s, e)
        return found

    def _find_donor_candidates(self, s, e):
        return [d for d in self._inside(self.donors, s, e) if self._is_donor_candidate(d, s, e)]

    def _leading_donor_candidates(self, s, e):
        """The first donor candidates of the span, as far as a sentence without items reads them: the
        first one and every one starting within five characters of the span's start (``_bullet_donor``
        reads those, ``_subject_donor`` and the carried-over donor the first)."""
        found = self._candidates.get((s, e))
        if found is not None:
            return found
        out = []
        for d in self._inside(self.donors, s, e):
            if out and d.start - s > 5:
                break
            if self._is_donor_candidate(d, s, e):
                out.append(d)
        return out

    def _is_donor_candidate(self, d, s, e) -> bool:
        if d.kind in self.non_donor_kinds:
            return False
        text = self.text
        before, after = text[max(s, d.start - 40):d.start], text[d.end:min(e, d.end + 40)]
        if _ORIGIN_AFTER.match(after):
            return False
        before = before[::-1]  # _ORIGIN_BEFORE, _LOCATION_BEFORE read backwards
        if _ORIGIN_BEFORE_REV.match(before) or _LOCATION_BEFORE_REV.match(before):
            return False
        if _NOT_DONOR_AFTER.match(after):
            return False
        if d.start == s and _DATELINE.match(after) and d.kind == "capital":
            return False
        return not (d.kind == "demonym" and self._modifies_item(d, e))

    def _modifies_item(self, d, e) -> bool:
        """A demonym right before an item names its origin ("French howitzers"), not a donor."""
        text = self.text
        window = self._starting(self.systems, d.end, min(e, d.end + 31)) + \
            self._starting(self.generics, d.end, min(e, d.end + 31))
        for m in window:
            between = text[d.end:m.start]
            return bool(_MODIFIER_GAP.fullmatch(between)) and not _MODIFIER_BREAK.search(between)
        return False

    def _donors_for(self, item, clause, sentence, donors) -> list[str]:
        text = self.text
        in_clause = [d for d in donors if clause[0] <= d.start < clause[1]]
        if not in_clause and _GROUP_SUBJECT.search(text[clause[0]:item.head_start]):
            return []  # "other allies are expected to ship ...": no single donor
        pool = in_clause or [d for d in donors if sentence[0] <= d.start < sentence[1]]
        if pool:
            before = [d for d in pool if d.end <= item.head_start]
            if before:
                group = _coordinated(text, before)
                codes = _unique([d.code for d in group])
                # "From the USA come Strykers, from the UK Challengers": nearest preceding donor
                return codes
            after = [d for d in pool if d.start >= item.end]
            if after:
                group = _coordinated(text, after[:1] + after[1:], forward=True)
                return _unique([d.code for d in group])
        # "the delivery of British Challenger tanks": with no other donor, the modifier is the donor
        modifiers = [d for d in self._inside(self.donors, *sentence)
                     if d.kind == "demonym" and d.end <= item.head_start and item.head_start - d.end <= 3]
        if modifiers and item.kind == "system":
            return [modifiers[-1].code]
        if self.last_donors:
            return list(self.last_donors)
        return [self.publisher] if self.publisher else []

    def _recipient_elsewhere(self, item, clause) -> bool:
        """True when the clause gives the item to a country other than Ukraine."""
        text = self.text
        cs, ce = clause
        clause_text = text[cs:ce]
        if _UKRAINE.search(clause_text):
            return False
        for d in self._inside(self.donors, cs, ce):
            if d.kind in ("recipient",):
                return False
            before = text[max(cs, d.start - 30):d.start]
            if d.kind == "demonym":
                continue  # "in exchange for German trucks": a demonym modifies a noun, it is no recipient
            if _GIVE_TO.search(before) or (d.start > item.end and _TO_PREP.search(before)):
                return True
        return bool(_THIRD_COUNTRY.search(clause_text))

    # ---- status ----------------------------------------------------------------------------
    def _status(self, item, clause, sentence, cues) -> str | None:
        if item.status_override:
            return item.status_override
        text = self.text
        cs, ce = clause
        in_clause = [c for c in cues if cs <= c.start < ce]
        if any(c.label == "refused" for c in in_clause):
            return "refused"
        hedges = [c for c in in_clause if c.label in _HEDGE_LABELS and c.start < item.end]
        if not hedges:
            # an "option" stated earlier in the sentence covers what follows it
            hedges = [c for c in cues if c.label in _HEDGE_LABELS and c.start < item.start
                      and _OPTION.search(c.text)]
        if hedges:
            return "considering"
        if item.kind == "money" and any(c.label == "funded" for c in in_clause):
            return "funded"
        if item.quantity is not None and _DELIVERED_STATE.match(text[item.head_end:item.head_end + 60]):
            return "delivered"
        pool = in_clause
        if not pool and any(cs <= d.start < ce for d in self._donor_candidates(cs, ce)):
            # ellipsis: "Britain will send 14 tanks, and Poland 10" — the verb of the clause before
            pool = [c for c in cues if sentence[0] <= c.start < cs]
        if item.kind != "money":
            # a contribution or allocation is money; items are funded only when paid for or ordered
            pool = [c for c in pool if c.label != "funded" or _ITEM_FUNDED.search(c.text)]
        if not pool:
            return None

        def distance(c):
            if c.end <= item.start:
                return item.start - c.end
            if c.start >= item.end:
                return c.start - item.end
            return 0

        best = min(pool, key=distance)
        return best.label

    def _relative_statuses(self, item, clause, cues, status) -> list[str]:
        """'the $300 million package, which had been announced in March and was delivered this
        month': a relative clause stating two steps gives a record for each."""
        cs, ce = clause
        rel = _RELATIVE.match(self.text[item.end:ce])
        if not rel:
            return []
        labels = [c.label for c in cues if item.end + rel.end() <= c.start < ce
                  and c.label in ("pledged", "delivered")]
        return [lab for lab in dict.fromkeys(labels) if lab != status] if len(set(labels)) > 1 else []

    # ---- filters ---------------------------------------------------------------------------
    def _clause_of(self, s, e, item) -> tuple[int, int]:
        clauses = self._clauses.get((s, e))
        if clauses is None:
            clauses = self._clauses[(s, e)] = self.split_clauses(self.text, s, e)
        for cs, ce in clauses:
            if cs <= item.head_start < ce:
                return cs, ce
        return s, e

    def _skip_reason(self, item, clause, contexts, cues) -> str | None:
        cs, ce = clause
        labels: dict = {}
        in_clause = [c for c in contexts if cs <= c.start < ce]
        running = min((c.start for c in in_clause if c.label == "cumulative" and _RUNNING.match(c.text)),
                      default=None)
        for c in in_clause:
            if c.label == "cumulative" and running is not None and c.start >= running \
                    and item.start < running:
                continue  # "..., bringing the total (sent so far) to 30" speaks of the 30 only
            labels.setdefault(c.label, c)
        refused = any(c.label == "refused" for c in cues if cs <= c.start < ce)
        considering = any(c.label == "considering" for c in cues if cs <= c.start < ce)
        delivered_state = item.quantity is not None and _DELIVERED_STATE.match(
            self.text[item.head_end:item.head_end + 60])
        for label in ("cumulative", "yoy", "not_aid", "schedule"):
            c = labels.get(label)
            if c is None:
                continue
            if label == "cumulative" and delivered_state:
                continue
            if (refused or considering) and label == "not_aid" and _REQUEST.search(c.text):
                continue
            if label == "schedule":
                # a schedule splits a pledge only when the text states a larger figure: decided later
                if item.quantity is not None:
                    item.notes.append("schedule")
                continue
            if label == "not_aid" and item.quantity is not None and _COMMERCIAL.search(c.text):
                self.not_aid_facts.add((_family(item.name), item.quantity))
            return f"{label.replace('_', ' ')} ({c.text!r})"
        return None

    def _unknown_donor(self, item, clause) -> None:
        """A giving statement whose subject is a name we do not know ("Atlantis will send 5 tanks")
        is kept in the diagnostics (AL202), whatever ``explain`` says."""
        cs, _ = clause
        m = _SUBJECT_NAME.match(self.text, cs, item.head_start)
        if m and m.group(1) not in _NOT_NAMES:
            src = Provenance.of(self.doc.id, self.text, m.start(1), m.end(1))
            self.problems.append(Problem("AL202", f"donor not recognised: {src.quote!r}", self.doc.id, src))

    def _explain(self, item, reason: str) -> None:
        if not self.explain:
            return
        src = Provenance.of(self.doc.id, self.text, item.start, item.end)
        self.problems.append(Problem("AL201", f"no record for {src.quote!r}: {reason}", self.doc.id, src))

    # ---- generic items resolved to systems ------------------------------------------------
    def _resolve_generic(self, item, idx, donor, s, e) -> None:
        if item.kind != "generic" or item.category in ("money", "ammunition"):
            return
        text = self.text
        before = text[max(s, item.head_start - 30):item.head_start]
        origin = None
        from aidledger.mentions.donors import find_donors
        for d in find_donors(before, fuzzy=False):
            if d.kind == "demonym":
                origin = d.code
        if origin:
            sysobj = self.catalog.resolve(operator=donor, origin=origin, category=item.category)
            if sysobj is not None:
                item.name, item.family = sysobj.name, sysobj.family
                item.notes.append("system-from-operator")
                return
        # a named system of the same category in this or the two sentences before
        # named before the generic word: later names are its parts ("400 vehicles, including 60 Jackals")
        # (``recent_systems`` is in sentence order: only its tail, back to sentence idx - 2, is read;
        # reading all of it made a long document quadratic)
        recent = []
        for j, start, sysobj in reversed(self.recent_systems):
            if idx - j > 2:
                break
            recent.append((j, start, sysobj))
        near = [sysobj for j, start, sysobj in recent
                if sysobj.category == item.category and (j < idx or start < item.head_start)]
        if not near:
            return
        same_sentence = [x for j, start, x in reversed(recent)
                         if j == idx and x.category == item.category and start < item.head_start]
        if len({x.name for x in same_sentence}) > 1:
            # "three launchers, a NASAMS and two Hawks": the count covers several systems
            families = {x.family for x in same_sentence}
            if len(families) != 1:
                return
            family = families.pop()
            item.name, item.family = family, family
        else:
            item.name, item.family = near[0].name, near[0].family
        item.notes.append("system-from-context")

    # ---- dates -----------------------------------------------------------------------------
    def _date_for(self, item, clause, sentence, idx) -> dt.date | None:
        dates = [d for d in self._inside(self.dates, *sentence) if d.date is not None]
        if dates:
            return min(dates, key=lambda d: abs(d.start - item.start)).date
        for j in (idx + 1, idx - 1, idx - 2):
            if 0 <= j < len(self.sentences):
                s, e = self.sentences[j]
                # "The department made the announcement on Thursday.": a sentence about the
                # announcement itself, naming no items of its own
                if self._about_announcement(s, e):
                    dates = [d for d in self._inside(self.dates, s, e) if d.date is not None]
                    if dates:
                        return dates[0].date
        return None

    def _about_announcement(self, s: int, e: int) -> bool:
        """The sentence speaks of an announcement and names no system, generic item or money
        (kept per sentence: it is asked for every item of the sentences around it)."""
        found = self._announcements.get((s, e))
        if found is None:
            found = self._announcements[(s, e)] = bool(_ANNOUNCE.search(self.text[s:e])) and not (
                self._inside(self.systems, s, e) or self._inside(self.generics, s, e)
                or self._inside(self.money, s, e))
        return found

    # ---- output ----------------------------------------------------------------------------
    def _restated(self, item) -> bool:
        """'all 500,000 rounds', 'the same 19 jets': a figure stated before, told again."""
        if item.quantity is None or not _RESTATED.search(self.text[max(0, item.start - 12):item.start]):
            return False
        return any(p.quantity_value == float(item.quantity) and p.category == item.category for p in self.records)

    def _emit(self, item, donor, status, date, s, e, joint) -> None:
        from aidledger.units import Q_
        if self._restated(item):
            self._explain(item, "a figure stated before, told again")
            return
        src = Provenance.of(self.doc.id, self.text, s, e)
        notes = tuple(item.notes) + (("joint",) if joint else ())
        if item.kind == "money":
            m = item.money
            currency = self.resolve_currency(m, donor)
            stated_amount = stated_currency = None
            if m.conversion is not None:
                stated_amount = m.conversion.amount
                stated_currency = self.resolve_currency(m.conversion, donor)
            name = _package_name(self.text[s:e])
            self.records.append(Pledge(
                donor=donor, recipient=RECIPIENT, system=name, category="money", status=status,
                source=src, amount=m.amount, currency=currency, date=date,
                stated_amount=stated_amount, stated_currency=stated_currency,
                item_text=self.text[item.head_start:item.head_end], notes=notes))
            return
        quantity = None
        if item.quantity is not None and not joint:
            quantity = Q_(float(item.quantity), _count_unit("round" if item.unit == "rounds" else "unit"))
        self.records.append(Pledge(
            donor=donor, recipient=RECIPIENT, system=item.name, category=item.category, status=status,
            source=src, quantity=quantity, date=date,
            item_text=self.text[item.head_start:item.head_end], notes=notes))


# ---- small pure helpers ----------------------------------------------------------------------
_COUNT_UNITS: dict[str, object] = {}


def _count_unit(name: str):
    """The registry's unit ``name``, parsed once (``Q_(v, unit)`` is ``Q_(v, name)`` without parsing
    the name for every record)."""
    unit = _COUNT_UNITS.get(name)
    if unit is None:
        from aidledger.units import ureg
        unit = _COUNT_UNITS[name] = ureg.Unit(name)
    return unit


_GOVERNMENT = re.compile(r"\b(?:gov|government|regering|regjering|ministry|ministerie|ministere|minist[eè]re|mod|mil|"
                         r"defen[cs]e|forsvar|bundesregierung|bundeswehr|bmvg|president|whitehouse|kremlin|"
                         r"state|armed\s*forces|defensa|difesa|ministero)\b", re.I)


def publisher_donor(doc: Document) -> str | None:
    """The donor an official statement speaks for, from its metadata: a government outlet
    ("UK Ministry of Defence") or a government web address (``.gov``, ``.mil``, ``gov.uk``,
    ``regeringen.se`` ...). Used only for items whose text names no donor at all."""
    from urllib.parse import urlparse

    from aidledger.mentions.donors import NON_DONOR_KINDS, find_donors

    if doc.outlet and _GOVERNMENT.search(doc.outlet):
        found = [d for d in find_donors(doc.outlet, fuzzy=False) if d.kind not in NON_DONOR_KINDS]
        if found:
            return found[0].code
    host = urlparse(doc.url or "").hostname or ""
    if not host or not _GOVERNMENT.search(host.replace(".", " ").replace("-", " ")):
        return None
    labels = host.lower().split(".")
    if labels[-1] in ("gov", "mil"):
        return "USA"
    if len(labels[-1]) == 2:
        import pycountry

        country = pycountry.countries.get(alpha_2="GB" if labels[-1] == "uk" else labels[-1].upper())
        if labels[-1] == "eu":
            return "EU"
        return country.alpha_3 if country else None
    return None


def _compatible(a: Pledge, b: Pledge) -> bool:
    """Same kind of item: one family name contains the other ("Leopard" / "Leopard 2"), or the
    same category when either is a generic item."""
    if a.category != b.category:
        return False
    fa, fb = _norm(_family(a.system)), _norm(_family(b.system))
    return fa in fb or fb in fa or not _is_named(a) or not _is_named(b)


def _norm(name: str) -> str:
    return _NOT_ALNUM.sub("", name.lower())


def _drop_schedule_parts(records: list[Pledge]) -> list[Pledge]:
    """'six are due in January, eight more in 2024': parts of a larger figure stated in the same
    text give no record; a scheduled figure with no larger one is a pledge."""
    out = []
    same_donor = _by_donor(records)
    for p in records:
        if "schedule" in p.notes and any(
                q is not p and q.quantity_value is not None
                and q.quantity_value > (p.quantity_value or 0) and _compatible(p, q) for q in same_donor[p.donor]):
            continue
        out.append(p)
    return out


def _by_donor(records: list[Pledge]) -> dict[str | None, list[Pledge]]:
    """The records of each donor, in order (the rules compare a record with the same donor's only:
    looking through every record for each made a long text quadratic)."""
    groups: dict[str | None, list[Pledge]] = {}
    for p in records:
        groups.setdefault(p.donor, []).append(p)
    return groups


def _drop_reversed_refusals(records: list[Pledge]) -> list[Pledge]:
    """A refusal followed in the same text by a pledge or delivery of the same kind of item by
    the same donor was reversed: not recorded. One that still stands is."""
    out = []
    same_donor = _by_donor(records)
    for p in records:
        if p.status == "refused" and any(
                q.status in ("pledged", "delivered", "funded")
                and q.source.start >= p.source.start and _compatible(p, q) for q in same_donor[p.donor]):
            continue
        out.append(p)
    return out


def _unique(codes: Iterable[str]) -> list[str]:
    out: list[str] = []
    for c in codes:
        if c not in out:
            out.append(c)
    return out


def _majority(labels: list[str]) -> str | None:
    return max(sorted(set(labels)), key=labels.count) if labels else None


def _coordinated(text: str, donors, forward: bool = False):
    """The donor nearest the item, with donors coordinated with it ("Denmark, Germany and the
    Netherlands"; "France and Italy")."""
    if not donors:
        return []
    if forward:
        group = [donors[0]]
        for d in donors[1:]:
            if _COORDINATION.fullmatch(text[group[-1].end:d.start]):
                group.append(d)
            else:
                break
        return group
    group = [donors[-1]]
    for d in reversed(donors[:-1]):
        if _COORDINATION.fullmatch(text[d.end:group[0].start]):
            group.insert(0, d)
        else:
            break
    return group


@dataclass
class _ListContext:
    """What a bulleted list inherits from the sentence that introduces it."""

    open: bool = False  # the previous sentence introduced a list (ended with ':') or was a list line
    status: str | None = None
    date: dt.date | None = None
    package: bool = False  # the list states a money package's contents

    def update(self, asm: _Assembler, idx: int, s: int, e: int, cues, monies, in_list: bool) -> None:
        text = asm.text
        line = text[s:e].rstrip()
        # a list is introduced by a line ending with ':' or by a heading that says what state its
        # items are in ("Military support delivered (selection)")
        intro = line.endswith(":") or (len(line) < 120 and not line.endswith((".", "!", "?", '"', "”"))
                                       and bool(cues) and not in_list)
        if in_list and not intro:
            return  # the list goes on with the same context
        labels = [c.label for c in cues if c.label in ("pledged", "delivered", "funded")]
        if intro or labels:
            self.status = _majority(labels) if labels or intro else self.status
            dates = [d.date for d in asm._inside(asm.dates, s, e) if d.date is not None]
            self.date = dates[0] if dates else self.date
        if monies:
            self.package = True
        elif intro and not _PACKAGE_INTRO.search(text[s:e]):
            self.package = False
        self.open = intro


_LIST_MARK = re.compile(r"^\s*(?:[•·▪●◦‣*\-–—+]|\(?\d{1,2}[.)]|[a-z][.)])\s+")


def _is_list_line(text: str, s: int, e: int) -> bool:
    """A bulleted or numbered line, or a short line under a list introduction."""
    line = text[s:e]
    return bool(_LIST_MARK.match(line)) or (len(line) < 200 and not line.rstrip().endswith("."))


def _subject_donor(text: str, s: int, donors, cues) -> str | None:
    """The donor a sentence is about, when it opens the sentence (before any status cue)."""
    first_cue = cues[0].start if cues else len(text)
    for d in donors:
        if d.start - s > 60 or d.start > first_cue:
            return None
        if _SUBJECT_LEAD.fullmatch(text[s:d.start]):
            return d.code
        return None
    return None


def _bullet_donor(text: str, s: int, e: int, donors) -> str | None:
    """'UK: 600 Brimstone missiles' — a list line that starts with a donor and a colon."""
    for d in donors:
        if d.start - s <= 5 and _COLON.match(text[d.end:e]) and \
                _BULLET_LEAD.fullmatch(text[s:d.start]):
            return d.code
    return None


def _is_headline(text: str, s: int, e: int, idx: int) -> bool:
    line = text[s:e]
    return idx == 0 and not line.rstrip().endswith(".") and len(line) < 160


def _support_for(before: str) -> bool:
    """``_SUPPORT_FOR.search(before)``, searched only when ``before`` has the "for" it needs (the
    pattern is tried at every position; only F, O and R match f, o and r case-insensitively)."""
    return "for" in before.lower() and _SUPPORT_FOR.search(before) is not None


def _is_year(n) -> bool:
    v = n.value
    return n.kind == "digits" and v == v.to_integral_value() and 1900 <= v <= 2100 and "," not in n.text


def _glued(text: str, n) -> bool:
    """Digits glued to a letter or hyphen (model numbers like F-16 are not counts)."""
    before = text[n.start - 1:n.start] if n.start else ""
    after = text[n.end:n.end + 1]
    return bool(before and (before.isalpha() or before in "-/")) or bool(
        after and after.isalpha() and n.kind == "digits" and text[n.end:n.end + 1] not in "xX")


def _package_name(sentence: str) -> str:
    low = sentence.lower()
    for word, name in _PACKAGE_WORDS:
        if word in low:
            return name
    return "military aid"


_CLASS = {"funded": "pledged"}


def _key(p: Pledge):
    if p.category == "money":  # one amount, one record: pledged and funded are one commitment
        return (p.donor, p.category, (p.currency, p.amount), _CLASS.get(p.status, p.status))
    return (p.donor, p.category, _family(p.system), p.status)


def _family(name: str) -> str:
    from aidledger.catalog import load_catalog
    return load_catalog().family_of(name) or name


def _dedupe(records: list[Pledge]) -> list[Pledge]:
    """One record per (donor, item, status, quantity); an unnumbered record is dropped when the
    same donor, item (or category, for generic items) and status has a numbered one."""
    out: list[Pledge] = []
    seen: set = set()
    # records read from a statement's own words come before those inferred from a headline
    records = sorted(records, key=lambda p: "headline" in p.notes)
    for p in records:
        k = _key(p) + (p.quantity_value,)
        if k in seen:
            continue
        seen.add(k)
        out.append(p)

    def same_item(a: Pledge, b: Pledge) -> bool:
        if a.donor != b.donor or a.status != b.status or a.category != b.category:
            return False
        if a.category == "money":
            return a.currency == b.currency and a.amount == b.amount
        return _compatible(a, b)

    groups: dict[tuple, list[Pledge]] = {}  # same donor, status and category: the only candidates
    for p in out:
        groups.setdefault((p.donor, p.status, p.category), []).append(p)
    result = []
    for p in out:
        peers = groups[(p.donor, p.status, p.category)]
        if p.category != "money" and p.quantity is None and any(
                q is not p and q.quantity is not None and same_item(p, q) for q in peers):
            continue
        if p.category != "money" and p.quantity is not None and not _is_named(p) and any(
                q is not p and _is_named(q) and q.quantity_value == p.quantity_value and same_item(p, q)
                for q in peers):
            continue  # "19 jets" and "19 F-16 fighter jets": one fact
        if p.category != "money" and p.quantity is None and not _is_named(p) and any(
                q is not p and q.quantity is None and _is_named(q) and same_item(p, q) for q in peers):
            continue
        result.append(p)
    return result


def _is_named(p: Pledge) -> bool:
    from aidledger.catalog import load_catalog
    return load_catalog().get(p.system) is not None and not any(
        n.startswith("unnumbered") for n in p.notes) or "system-from" in " ".join(p.notes)
