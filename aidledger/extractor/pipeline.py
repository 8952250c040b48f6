"""The extraction pipeline: the stages in order, sentence by sentence.

``Mentions`` (all recognisers, once) → for each sentence: ``sentence_items`` (``candidates.find_items``
and what stands for an item) → ``listed_items`` (which of a list's give records) → without items,
``answers_across`` (what the sentence answers of the items told before) → for each item: ``exclusions`` (is it
aid?) → ``status.decide`` (in what state?) → ``status_in_context`` (the state its place and neighbours give) →
``state_exclusions`` (aid for Ukraine, in that state?) → ``donor.item_donors`` (who gives it?) → ``context`` (a
generic item resolved to a system, the date) → ``records.build``; after the items ``answers_across`` again (an
answer in a later clause), then ``donor.spoken_of`` (who the text goes on speaking of); at the end
``records.finish`` reads the document's records together. A crashing stage becomes one ``AL205`` problem for its
document, never a crash of the corpus.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from aidledger.extractor import (
    answers,
    answers_across,
    candidates,
    context,
    donor,
    donor_mentions,
    donor_shares,
    exclusions,
    givers_after,
    hedges,
    issuers,
    learned_status,
    lines,
    listed_items,
    partners,
    records,
    respectively,
    schemes,
    sections,
    sentence_items,
    state_exclusions,
    status,
    status_in_context,
    status_weak_cues,
)
from aidledger.extractor.context import Discourse, Told, is_headline, is_list_line, publisher_donor
from aidledger.extractor.index import Mentions
from aidledger.model import Document, Pledge, Problem, Provenance


def extract(text: str, *, published: dt.date | str | None = None, doc_id: str = "text") -> list[Pledge]:
    """Pledge records found in ``text`` (a convenience over ``extract_document``); ``published`` is a date or an
    ISO date string ("2025-03-01"; anything else raises ``ValueError``).

    >>> [(p.donor, p.system, p.quantity_value, p.status)
    ...  for p in extract("Denmark said on Monday it would send 19 Caesar howitzers to Ukraine.")]
    [('DNK', 'Caesar', 19.0, 'pledged')]
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return extract_document(Document(id=doc_id, text=text, published=published))[0]


def extract_document(doc: Document, *, explain: bool = False) -> tuple[list[Pledge], list[Problem]]:
    """Pledges of one document, and problems (doubts) found on the way.

    With ``explain``, every item candidate that gave no record adds an ``AL201`` problem with the
    reason.
    """
    from aidledger.bounds import within
    from aidledger.mentions.language import not_english

    language = None
    try:
        found = _Run(doc, explain).run()
        language = not_english(doc)  # (read while the recognisers' table of the text's words is kept)
        pledges, problems = within(*found)  # an implausible number: AL305, no record
    except Exception as exc:  # a crashing stage is one more problem, not a crash of the corpus
        pledges, problems = [], [Problem("AL205", f"extractor failed: {type(exc).__name__}: {exc}", doc_id=doc.id)]
    return pledges, problems + (not_english(doc) if language is None else language)  # AL150: not in English


def rule_records(doc: Document):
    """``(mentions, records)``: the records of ``doc`` with the mentions they were read from (for
    tools that study the records in their text, such as ``scripts/confidence_experiment.py``)."""
    from aidledger.bounds import within

    run = _Run(doc, False)
    return run.m, within(*run.run())[0]


def rule_stage_records(doc: Document):
    """``(mentions, records, not_aid_facts)``: the records of ``doc`` as the rule stages make them,
    before the learned status (``learned_status``) and ``records.finish``; for training that stage
    (``scripts/train_status.py``), which then calls ``finish`` itself."""
    run = _Run(doc, False)
    run.read()
    return run.m, run.records, run.not_aid_facts


def finish(m, found: list[Pledge], not_aid_facts: set, model) -> list[Pledge]:
    """What ``extract_document`` makes of ``rule_stage_records``, with the status model ``model``
    (None: the rules' statuses)."""
    from aidledger.bounds import within

    return within(records.finish(learned_status.redecide(m, found, model), not_aid_facts), [])[0]


class _Run:
    """One document through the stages."""

    def __init__(self, doc: Document, explain: bool):
        self.m = Mentions(doc)
        self.explain = explain
        self.donors = donor_mentions.DonorFinder(self.m)
        self.discourse = Discourse(publisher=publisher_donor(doc), main_donor=context.main_donor(self.m),
                                   issuer=issuers.text_issuer(self.m))
        self.told = Told(self.m, self.donors, self.discourse)  # (the records, which later sentences may change)
        self.problems: list[Problem] = []
        self.not_aid_facts: set = set()  # (family, count) told as a sale, inventory...

    @property
    def records(self) -> list[Pledge]:
        return self.told.records

    def run(self) -> tuple[list[Pledge], list[Problem]]:
        self.read()
        found = learned_status.redecide(self.m, self.records, learned_status.shipped())
        return records.finish(found, self.not_aid_facts), self.problems

    def read(self) -> None:
        """The rule stages, sentence by sentence: ``self.records`` before the learned status and
        ``records.finish``."""
        for idx, (s, e) in enumerate(self.m.sentences):
            self.told.sentence_from = len(self.records)  # (the records a sentence adds come after this)
            self._sentence(idx, s, e)

    def _skip(self, item, reason: str) -> None:
        if self.explain:
            src = Provenance.of(self.m.doc.id, self.m.text, item.start, item.end)
            self.problems.append(Problem("AL201", f"no record for {src.quote!r}: {reason}", self.m.doc.id, src))

    def _sentence(self, idx: int, s: int, e: int) -> None:
        m, text, discourse, lists = self.m, self.m.text, self.discourse, self.discourse.lists
        systems = m.inside(m.systems, s, e)
        generics = m.inside(m.generics, s, e)
        if generics and systems:
            generics = [g for g in generics if not any(x.start < g.end and g.start < x.end for x in systems)]
        monies = candidates.real_money(m.text, m.inside(m.money, s, e))
        cues = m.inside(m.status_cues, s, e)
        # the item the sentence before told, and how: "... have arrived in Ukraine. The batch consists of 10 vehicles."
        referent = (discourse.last_item, discourse.last_item_told) if discourse.last_item_sentence == idx - 1 else None
        asked = sentence_items.asked_system(discourse, idx) if not systems and answers.only_parts(generics) else None
        items = sentence_items.items_of(m, idx, s, e, systems, generics, monies,
                                        sentence_items.earlier_item(discourse, idx), asked)
        if (named := sentence_items.named_system(m, s, e, items)) is not None:
            discourse.last_named, discourse.last_named_sentence = named, idx
        # without items, only the first donor candidates are read (the bullet, the subject)
        donors = self.donors.candidates(s, e) if items else self.donors.leading(s, e)
        donors = donor_mentions.resolved(donors, donor_mentions.fronted_capital(text, s, donors) or discourse.publisher
                                         or discourse.current_donor() or discourse.main_donor)  # (a statement's own)
        contexts = m.inside(m.context_cues, s, e) if items else []
        for x in systems:
            discourse.recent_systems.append((idx, x.start, x.system))
        bullet = lines.bullet_donor(text, s, e, donors)
        section = sections.state_of(m, s)  # the state of the heading the entry stands under ("IN PREPARATION")
        in_list = bullet is not None or section is not None or (lists.open and is_list_line(text, s, e))
        list_donors = list(discourse.last_donors) if in_list and bullet is None else None
        items, running = listed_items.kept(m, idx, s, e, items, cues, lists, bullet=bullet, in_list=in_list,
                                           candidates_of=self.donors.candidates)
        for i in running:
            self._skip(i, "an item of a list of running totals")
        contents_of = None  # the status of the package whose contents the sentence lists, told the sentence before
        if listed_items.lists_contents(m, idx, s, e, items, cues, in_list):
            # the state of the package's money recorded just before, else the state its sentence tells ("Latvia has
            # handed over a new aid package. It includes 30 M113 carriers.")
            contents_of = answers_across.package_before(self.told, idx) \
                or (status_in_context.package_state_before(m, idx) if idx else None)
        if not items:  # an answer to what the sentence before told
            answers_across.without_items(self.told, idx, s, e, cues, donors)
        headline = is_headline(text, s, e, idx)
        attributed = False
        bought: set[str] = set()  # the items of the sentence bought, not said to be for Ukraine
        shared: list = []  # the spans of the ordinal parts that shared out an item of the sentence
        for item in items:
            clause = m.clause_of(s, e, item.head_start)
            reason = exclusions.context_reason(m, item, clause, contexts, cues, self.not_aid_facts)
            if reason:
                self._skip(item, reason)
                asked = exclusions.is_request(reason)
                if asked or (exclusions.is_export(reason) and exclusions.is_question(m, s, e)):
                    if not asked:
                        item.notes.append("question")  # "Will Bern allow the re-export?": the one asked about answers
                    discourse.requested.append((idx, s, item))  # the next sentence may answer it
                continue
            state = status.decide(m, item, clause, (s, e), cues, self.donors.candidates)
            state = schemes.weighed_state(item, state)  # "Athens is evaluating its participation in PURL"
            extra_states = status.relative_statuses(m, item, clause, cues, state)
            state = status_in_context.in_context(m, item, clause, (s, e), cues, items, state, idx=idx, lists=lists,
                                                 section=section, in_list=in_list, headline=headline,
                                                 contents_of=contents_of, referent=referent)
            state, pinned = hedges.settle(m, item, clause, (s, e), cues, items, state)  # reopened; explicit: pinned
            if state != "refused" and not hedges.open_whether(m, s, e, state) and \
                    exclusions.is_question(m, s, e):  # "Why won't Berlin send Taurus?" still refuses
                self._skip(item, "a question, not a statement")
                item.notes.append("question")
                discourse.requested.append((idx, s, item))  # the next sentence may answer it
                continue
            if state is None:
                self._skip(item, "no status cue governs the item")
                continue
            excluded = state_exclusions.reason(m, item, clause, (s, e), state, bought=bought,
                                               in_aid_list=section is not None or (in_list and lists.package))
            if excluded:
                self._skip(item, excluded)
                continue
            item_donors = donor.item_donors(m, item, clause, (s, e), donors, discourse, bullet, list_donors, idx)
            if any(ps <= item.head_start < pe for ps, pe in shared):
                continue  # "one from Germany" of "two Patriot batteries: one from Germany, ...", told by its part
            if givers_after.shared_in_sentence(self.told, item, state, discourse.date_for(m, item, (s, e), idx),
                                               s, e, shared):
                continue
            payers = partners.co_payers(m, item, clause)
            if payers and [d for d in item_donors if d not in payers]:
                # "Denmark: 8 Caesar howitzers (financed together with Norway)": the giver keeps the count, the
                # co-payer funds it, uncounted
                item_donors = [d for d in item_donors if d not in payers]
                paid = replace(item, quantity=None, notes=[*item.notes, "co-payer"])
                for who in payers:
                    self.records.append(records.build(m, paid, who, "funded", None, s, e, False))
            if not item_donors:
                self._skip(item, "no donor")
                discourse.donorless.append((idx, item, state, discourse.date_for(m, item, (s, e), idx), s, e))
                problem = donor.unknown_donor(m, item, clause)
                if problem:
                    self.problems.append(problem)
                continue
            discourse.resolve_generic(m, item, idx, item_donors[0], s)
            date = discourse.date_for(m, item, (s, e), idx)
            if date is None and "list-item" in item.notes:
                date = lists.date
            item_donors = donor_shares.breakdown_givers(m, item, (s, e), item_donors)  # ": 30 by Norway and 30 by ..."
            joint = len(item_donors) > 1
            shares = respectively.respective_counts(m, item, clause, len(item_donors)) if joint else None
            told = donor_shares.told_shares(m, item, (s, e), item_donors) if joint and shares is None else None
            for k, who in enumerate(item_donors):
                own = item if shares is None else replace(item, quantity=shares[k], notes=[*item.notes, "respectively"])
                if told and told[k] is not None:  # "Of these, the Estonian part is 5": that donor's own count
                    own = replace(item, quantity=told[k], notes=[*item.notes, "share"])
                for st in (state, *extra_states):
                    if exclusions.restated(m, own, self.records, st):
                        self._skip(own, "a figure stated before, told again")
                        continue
                    built = records.build(m, own, who, st, date if st == state else None, s, e,
                                          joint and shares is None and own is item)
                    self.records.append(hedges.pin(built) if pinned and st == state else built)
            if item.kind == "system":
                discourse.givers[item.name] = item_donors[-1]
            if item.kind != "money" and (item.quantity is not None or item.kind == "system"):
                discourse.last_item, discourse.last_item_sentence = item, idx
                discourse.last_item_told = (state, item_donors[-1])
            if bullet is None:
                discourse.last_donors = item_donors[-1:]  # a joint pledge is joint in its own sentence only
                attributed = True
        answers_across.after_items(self.told, idx, s, e, cues, items)  # an answer in a later clause
        givers_after.give_waiting(self.told, idx, s, e)  # the givers of the items told before without one
        spoken = donor.spoken_of(text, s, donors, cues, bullet=bullet, list_donors=list_donors, attributed=attributed)
        if spoken is not None:
            discourse.last_donors = spoken
        lists.update(m, s, e, cues, monies, in_list,
                     weak=lambda c: status_weak_cues.weak_cue(m, c) or context.describes_a_noun(text, c))
