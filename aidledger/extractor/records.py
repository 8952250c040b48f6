"""Records: one typed ``Pledge`` per decision that survives, with its provenance, and the rules
that read the document's records together (one record per fact; delivery schedules that split a
larger pledge; refusals reversed later in the text; the same count told elsewhere as not aid).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from aidledger.extractor.lines import ENTRY_MARK
from aidledger.extractor.vocabulary import words
from aidledger.model import Pledge, Provenance

RECIPIENT = "UKR"
_PACKAGE_WORDS = (
    ("drawdown", "military aid package (drawdown)"),
    ("initiative", "initiative"),
    ("fund", "fund"),
    ("facility", "fund"),
    ("package", "military aid package"),
    ("tranche", "military aid package"),
)
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
# "Canada and Norway will each give $10 million", "$10 million each", "one Patriot system each": every
# donor gives the amount or count
_EACH = re.compile(r"\beach\s+(?:(?:will|would|have|has|had|to|also|is)\s+)*(?:\w+ed|gave|give|gives|pay|pays|"
                   r"put|sent|send|provide|contribute|allocate|donate|commit|pledge|add|"
                   # "are each paying for 45 tanks", "were each sending 10"
                   r"paying|giving|sending|providing|contributing|funding|financing|donating|supplying|buying|"
                   r"delivering|putting)\b|"
                   r"(?:\d|\bmillion|\bbillion|\bbn|\bmn|\d+m)\s+each\b|\beach\s+of\s+them\b|"
                   r"\beach(?=\s*(?:[.,;!?)]|$))", re.I)  # "will send one Patriot system each."
_CLASS = {"funded": "pledged"}
# "covered part of the cost of one launcher", "split the cost of 90 tanks": each payer funds a share of the
# items, not the items themselves, so no payer's record counts them (rule 9, as for a joint pledge)
_COST_SHARE = re.compile(r"\b(?:(?:a\s+)?(?:large\s+|small\s+|big\s+)?(?:part|share|portion)|some|most|much)"
                         r"\s+of\s+the\s+(?:cost|costs|bill)\b|\bhalf\s+(?:of\s+)?the\s+(?:cost|costs|bill)\b|"
                         r"\b(?:split(?:s|ting)?|shar(?:e|es|ed|ing))\s+"
                         r"the\s+(?:cost|costs|bill)\b", re.I)


def state_class(status: str) -> str:
    """The state a record is scored and deduplicated by: pledged and funded are one commitment (a donor
    paying for what another gives commits as much as one that sends it)."""
    return _CLASS.get(status, status)


def build(m, item, donor: str, status: str, date, s: int, e: int, joint: bool) -> Pledge:
    """The record of one item for one donor in one state; the quote is the sentence [s, e)."""
    text = m.text
    src = Provenance.of(m.doc.id, text, s, e)
    if joint and _EACH.search(text, s, e) is not None:
        joint = False  # every donor gives the amount or count: each has its own record with it
        if "each" not in item.notes:
            item.notes.append("each")
    notes = tuple(item.notes) + (("joint",) if joint else ())
    if item.kind == "money" and joint:
        # "Finland, Estonia and Latvia jointly gave €90 million": no donor's own share is told;
        # the joint figure stays in the quote (rule 9), never counted once per donor
        return Pledge(donor=donor, recipient=RECIPIENT, system=package_name(text[s:e]), category="money",
                      status=status, source=src, date=date, item_text=text[item.head_start:item.head_end],
                      notes=notes)
    if item.kind == "money":
        x = item.money
        stated_amount = stated_currency = None
        if x.conversion is not None:
            stated_amount = x.conversion.amount
            stated_currency = m.resolve_currency(x.conversion, donor)
        return Pledge(donor=donor, recipient=RECIPIENT, system=package_name(text[s:e]), category="money",
                      status=status, source=src, amount=x.amount, currency=m.resolve_currency(x, donor), date=date,
                      stated_amount=stated_amount, stated_currency=stated_currency,
                      item_text=text[item.head_start:item.head_end], notes=notes)
    quantity = None
    if item.quantity is not None and not joint and not _shares_cost(text, s, item.head_start):
        from aidledger.units import Q_
        quantity = Q_(float(item.quantity), _count_unit("round" if item.unit == "rounds" else "unit"))
    return Pledge(donor=donor, recipient=RECIPIENT, system=item.name, category=item.category, status=status,
                  source=src, quantity=quantity, date=date, item_text=text[item.head_start:item.head_end],
                  notes=notes)


def _shares_cost(text: str, s: int, at: int) -> bool:
    """Does the sentence from ``s`` tell, before the item at ``at``, that its payer bears a part or a share
    of the cost ("Austria bore part of the cost of two radars")? Then the count is not the payer's own."""
    return _COST_SHARE.search(text, s, at) is not None


@cache
def _count_unit(name: str):
    """The registry's unit ``name``, parsed once."""
    from aidledger.units import ureg
    return ureg.Unit(name)


def package_name(sentence: str) -> str:
    low = sentence.lower()
    for word, name in _PACKAGE_WORDS:
        if word in low:
            return name
    return "military aid"


def finish(records: list[Pledge], not_aid_facts: set) -> list[Pledge]:
    """The document's records, read together: the same count of the same system told elsewhere as a
    sale, an inventory or a request is that fact again, not a pledge, and so is a headline's amount the body
    tells as no aid; schedule parts and reversed
    refusals go; one record per fact."""
    records = [p for p in records if (p.quantity is None or p.status == "refused"
               or (family(p.system), Decimal(str(p.quantity_value))) not in not_aid_facts)
               and not ("headline" in p.notes and p.amount is not None and ("money", p.amount) in not_aid_facts)]
    records = _drop_told_conversions(records)
    records = _drop_schedule_parts(records)
    records = _drop_reversed_refusals(records)
    records = _drop_retold_arms_refusals(records)
    records = _drop_retold_headlines(records)
    records = _drop_joint_with_shares(records)
    records = _drop_retold_donor_shares(records)
    return dedupe(records)


def family(name: str) -> str:
    from aidledger.catalog import load_catalog
    return load_catalog().family_of(name) or name


def is_named(p: Pledge) -> bool:
    from aidledger.catalog import load_catalog
    return load_catalog().get(p.system) is not None and not any(
        n.startswith("unnumbered") for n in p.notes) or "system-from" in " ".join(p.notes) \
        or "named-by-proper-name" in p.notes


def compatible(a: Pledge, b: Pledge) -> bool:
    """Same kind of item: one family name contains the other ("Leopard" / "Leopard 2"), or the
    same category when either is a generic item."""
    if a.category != b.category:
        return False
    fa, fb = _norm(family(a.system)), _norm(family(b.system))
    return fa in fb or fb in fa or not is_named(a) or not is_named(b)


def _norm(name: str) -> str:
    return _NOT_ALNUM.sub("", name.lower())


def _by_donor(records: list[Pledge]) -> dict[str | None, list[Pledge]]:
    groups: dict[str | None, list[Pledge]] = {}
    for p in records:
        groups.setdefault(p.donor, []).append(p)
    return groups


_ROUNDING = Decimal("0.03")  # "over €280 million" for "EUR 281.5 million", "$1.4 billion" for "$1.37 billion"


def _near(a, b) -> bool:
    return a is not None and b is not None and abs(a - b) <= _ROUNDING * max(a, b)


def _drop_told_conversions(records: list[Pledge]) -> list[Pledge]:
    """'CA$2 billion (about US$1.4 billion)' and later 'the US$1.4 billion': an amount that is the
    stated conversion of another amount of the same donor, exactly or rounded, is that amount told again."""
    converted = _by_donor([p for p in records if p.stated_amount is not None])
    return [p for p in records if p.amount is None or p.stated_amount is not None
            or not any(q.stated_currency == p.currency and _near(q.stated_amount, p.amount)
                       for q in converted.get(p.donor, ()))]


def _drop_schedule_parts(records: list[Pledge]) -> list[Pledge]:
    """'six are due in January, eight more in 2024', 'paid out in three tranches: DKK 4.3 billion this
    year, ...': parts of a larger figure stated in the same text give no record; a scheduled figure
    with no larger one is a pledge."""
    same_donor = _by_donor(records)
    return [p for p in records if not (_scheduled(p) and any(
        q is not p and q.status != "delivered" and _size(q) is not None and _size(q) > (_size(p) or 0)
        and compatible(p, q) and q.currency == p.currency for q in same_donor[p.donor]))]


def _scheduled(p: Pledge) -> bool:
    """A part of a schedule: marked so by its sentence, or a future part that refers back ("an initial
    batch of 4 will be sent"); a part already delivered is a fact of its own (rule 1), and the whole a
    part splits is a pledge, not what was delivered ("Six were delivered in May, and we will provide 12
    more by the summer": two facts)."""
    return ("schedule" in p.notes or "back-reference" in p.notes) and p.status != "delivered"


def _size(p: Pledge):
    return p.amount if p.category == "money" else p.quantity_value


_MORE = re.compile(r"\b(?:any\s+more|more|further|additional|another|other)\b", re.I)


# a delivery told after a refusal but dated before it ("Earlier, ...", "Previously ...", "Before that, ...")
_EARLIER = re.compile(r"\b(?:earlier|previously|formerly|before\s+(?:that|this|then)|prior\s+to\s+(?:that|this))\b",
                      re.I)


def _drop_reversed_refusals(records: list[Pledge]) -> list[Pledge]:
    """A refusal followed in the same text by a pledge or delivery of the same kind of item by
    the same donor was reversed: not recorded. One that still stands is. A refusal of more items
    ("will not hand over any more tanks") stands beside the deliveries before it ("has so far handed
    over 320 tanks"): only a new pledge reverses it."""
    same_donor = _by_donor(records)
    policy = words("arms_refused_by_policy").words

    def reverses(p: Pledge, q: Pledge) -> bool:
        if q.status == "delivered" and _MORE.search(p.source.quote):
            return False
        if "none-left" in p.notes and q.source.start == p.source.start and q.status == "delivered":
            return False  # "sent two launchers and has none to spare": the giving done before the refusal of more
        if q.source.start == p.source.start and _MORE.fullmatch(p.item_text or ""):
            return False  # "X, which pledged eight launchers, will not send more": the pledge before is no reversal
        # a generic item given does not reverse the refusal of a named one ("will not send Gripen jets, but will
        # give two surveillance aircraft": another item of the same category)
        if "no-cue" in q.notes:
            return False  # "... will not send its Leopard 2A6 tanks. The army leases 18 of the tanks.": no giving told
        if (p.system or "").lower() in policy and (q.system or "").lower() not in policy:
            return False  # "its rules do not permit sending lethal weapons ... it will supply 500 helmets": arms in
            # general stay refused beside the non-lethal equipment given (only arms given again reverse it)
        if q.status == "delivered" and q.source.start > p.source.start and _EARLIER.search(q.source.quote):
            return False  # "... will not send BMP-1s. Earlier, Athens handed over 40 BMP-1.": told after, given before
        return q.status in ("pledged", "delivered", "funded") and q.source.start >= p.source.start \
            and compatible(p, q) and (is_named(q) or not is_named(p))

    return [p for p in records if not (p.status == "refused" and any(reverses(p, q) for q in same_donor[p.donor]))]


def _drop_retold_arms_refusals(records: list[Pledge]) -> list[Pledge]:
    """A donor's refusal of arms in general told twice ("has never provided lethal weapons to any party ...
    'We will not provide weapons to either side,' she said") is one policy, one record (README rule 1): the
    first. Refusals of named or counted items stand beside it. So is a refusal of none at all of one kind told
    twice ("not a single cartridge", "not one bullet")."""
    policy = words("arms_refused_by_policy").words
    seen: set = set()
    out = []
    for p in records:
        if p.status == "refused" and p.quantity is None and p.amount is None and (p.system or "").lower() in policy:
            if p.donor in seen:
                continue
            seen.add(p.donor)
        elif p.status == "refused" and "none-at-all" in p.notes:
            # "will not send a single cartridge ... 'not one bullet' will leave": the same stress, one refusal
            if (p.donor, p.category) in seen:
                continue
            seen.add((p.donor, p.category))
        out.append(p)
    return out


def _drop_retold_headlines(records: list[Pledge]) -> list[Pledge]:
    """A headline tells in a few words what the body tells in full ("Lithuania gives Ukraine
    armoured carriers", then "the carriers ... were delivered on April 5"): a headline record whose
    donor and item the body tells again, with the same count or the headline having none, is that
    fact again, whatever status the headline's verb suggested (rule 1)."""
    body = _by_donor([p for p in records if "headline" not in p.notes])
    return [p for p in records if not ("headline" in p.notes and any(
        (_same_fact(p, q) or _rounded(p, q) or _armour_named(p, q) or _counted_again(p, q) or _arms_named(p, q))
        and (p.quantity is None or q.quantity_value == p.quantity_value)
        for q in body.get(p.donor, ())))]


_ARMOUR = ("ifv_apc", "tank")


def _arms_named(headline: Pledge, body: Pledge) -> bool:
    """A headline's refusal of arms in general that the body tells as a refusal of named systems ("Malta will not
    ship Soviet-era weapons to Kyiv", then "Malta will not hand over its Tor-M1 systems ..."): the same refusal, in
    the headline's general word."""
    return headline.status == body.status == "refused" and is_named(body) and not is_named(headline) \
        and (headline.system or "").lower() in words("arms_refused_by_policy").words


def _armour_named(headline: Pledge, body: Pledge) -> bool:
    """A headline's armoured vehicles that the body names ("Berlin to hand Kiev another batch of armoured
    vehicles", then "20 Marder infantry fighting vehicles"): generic vehicles, told as carriers or tanks."""
    return headline.category == "vehicle" and not is_named(headline) and body.category in _ARMOUR


def _counted_again(headline: Pledge, body: Pledge) -> bool:
    """A headline's generic items with a count the body gives the same donor's items again ("Riga to send Kyiv a
    dozen jammers", then "12 anti-drone jamming systems ... will be sent"): one fact, told in other words. (The
    caller asks for the same count.)"""
    return headline.quantity is not None and headline.category != "money" and body.category != "money" \
        and not is_named(headline)


def _rounded(headline: Pledge, body: Pledge) -> bool:
    """A headline amount that rounds the body's amount ("over €280 million" for "EUR 281.5 million")."""
    return headline.category == body.category == "money" and headline.amount is not None and body.amount is not None \
        and headline.currency == body.currency and _near(headline.amount, body.amount)


def _drop_retold_donor_shares(records: list[Pledge]) -> list[Pledge]:
    """A donor's share of a joint whole, told in the sentence after it, is the whole's record for that donor
    (``donor_shares``): the share sentence's own record of that donor and count ("Of these, the Estonian part is 5
    vehicles") is that fact again, and goes."""
    told = [p for p in records if "share" in p.notes]
    return [p for p in records if "share" in p.notes or not any(
        p.donor == t.donor and p.quantity_value == t.quantity_value and p.source.start >= t.source.end
        and p.source.start - t.source.end <= 3 and (p.category == t.category or not is_named(p))
        for t in told)]


def _drop_joint_with_shares(records: list[Pledge]) -> list[Pledge]:
    """A joint money record without an amount (rule 9) is that fact again, and dropped, when the same sentence tells
    the donor's part otherwise: its share ("€178 million will be allocated by Norway and Finland: Norway is
    committing €135 million, Finland €43 million"), or its joint item record ("Sweden, Finland and Poland will
    jointly pay for 12 howitzers, in a deal worth about 90 million euros")."""
    told = {(p.donor, p.source.start) for p in records
            if p.category == "money" and p.amount is not None or "joint" in p.notes and p.category != "money"}
    return [p for p in records if not ("joint" in p.notes and p.category == "money" and p.amount is None
                                       and (p.donor, p.source.start) in told)]


def _same_fact(a: Pledge, b: Pledge) -> bool:
    if a.category == "money":
        return b.category == "money" and a.currency == b.currency and a.amount == b.amount
    return compatible(a, b)


def _key(p: Pledge):
    if p.category == "money":  # one amount, one record: pledged and funded are one commitment
        return (p.donor, p.category, (p.currency, p.amount), state_class(p.status))
    return (p.donor, p.category, family(p.system), p.status)


class _Peers:
    """What ``dedupe`` asks of the records of one donor, status and category: whether a numbered record
    without a catalog name exists, the families of the numbered named ones, the counts of the numbered
    named ones, and whether an unnumbered named one exists."""

    def __init__(self) -> None:
        self.numbered_unnamed = False
        self.numbered_named: set[str] = set()
        self.named_counts: set = set()
        self.unnumbered_named = False

    def add(self, p: Pledge, named: bool, family_name: str) -> None:
        if p.quantity is not None and named:
            self.numbered_named.add(family_name)
            self.named_counts.add(p.quantity_value)
        elif p.quantity is not None:
            self.numbered_unnamed = True
        elif named:
            self.unnumbered_named = True


def dedupe(records: list[Pledge]) -> list[Pledge]:
    """One record per (donor, item, status, quantity); an unnumbered record is dropped when the
    same donor, item (or category, for generic items) and status has a numbered one. "Three more" after three of
    the same item is a fact of its own (README rule 1), not the three told again."""
    out: list[Pledge] = []
    seen: set = set()
    # records read from a statement's own words come before those inferred from a headline
    for p in sorted(records, key=lambda p: "headline" in p.notes):
        k = _key(p) + (p.quantity_value, "as-many-more" in p.notes)
        if k in seen:
            continue
        seen.add(k)
        out.append(p)

    # each record's name and family are asked once, and each group of peers (same donor, status and category)
    # is summed up once: the checks below are then a look-up per record, not a walk over its peers
    named = {id(p): is_named(p) for p in out}
    fam = {id(p): _norm(family(p.system)) for p in out if p.category != "money"}
    groups: dict[tuple, _Peers] = {}
    for p in out:
        if p.category != "money":
            groups.setdefault((p.donor, p.status, p.category), _Peers()).add(p, named[id(p)], fam[id(p)])
    result = []
    for p in out:
        if p.category != "money":
            peers = groups[(p.donor, p.status, p.category)]
            if p.quantity is None and (peers.numbered_unnamed and not (named[id(p)] and _is_entry(p)) or
                                       peers.numbered_named and (
                    not named[id(p)] or any(f in fam[id(p)] or fam[id(p)] in f for f in peers.numbered_named))):
                continue
            if p.quantity is not None and not named[id(p)] and p.quantity_value in peers.named_counts:
                continue  # "19 jets" and "19 F-16 fighter jets": one fact
            if p.quantity is None and not named[id(p)] and peers.unnumbered_named:
                continue
        result.append(p)
    return result


# a bulleted, dashed or numbered entry of a list
_ENTRY = re.compile(r"\s*" + ENTRY_MARK + r"\s+")


def _is_entry(p: Pledge) -> bool:
    """Is ``p`` told by an entry of a list of its own ("- Caracal vehicles (number not disclosed)")? A counted
    generic item of another entry ("- 12 heavy trucks") is another item, not its count."""
    return _ENTRY.match(p.source.quote) is not None
