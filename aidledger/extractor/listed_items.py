"""Which items of a list line, or of a package's contents, give records: in a list of what was given in all only
the count of one system delivered ("Since 2022 Poland has transferred: ... Krab howitzers - 18"; rule 5), in a
money package's list only its counted contents, in a list of several items only a named system or a counted
item (rule 8), and of a package's contents told in a sentence ("the package will contain Leopard 1 tanks,
IRIS-T systems and drones") only the counted ones (rule 2), unless the inclusion is only weighed.
"""

from __future__ import annotations

from aidledger.extractor import context, status_across, unvalued_packages
from aidledger.extractor.index import Mentions


def kept(m: Mentions, idx: int, s: int, e: int, items, cues, lists, *, bullet, in_list: bool,
         candidates_of) -> tuple[list, list]:
    """``(kept, running)``: the items of sentence ``idx`` at [s, e) that may give records, and those that are
    the running totals of a list of what was given in all (no record); ``bullet`` is the donor the list line
    names, ``candidates_of(s, e)`` the donor candidates of a span. A kept count of a running total list is
    marked delivered."""
    text = m.text
    if in_list and lists.cumulative and bullet is None and not candidates_of(s, e):
        # the items of a list of what was given in all: a running total (rule 5), except the count of
        # one system delivered ("Since 2022 Poland has transferred: ... Krab howitzers - 18")
        delivered, running = [], []
        for i in items:
            if i.kind == "money" or i.quantity is None or lists.status != "delivered":
                running.append(i)
            else:
                i.status_override = "delivered"
                delivered.append(i)
        return delivered, running
    if in_list and lists.package and bullet is None:
        # a money package's unnumbered contents, named systems included, get no record
        return [i for i in items if i.quantity is not None or i.kind == "money"], []
    if in_list and not (bullet is not None and context.is_statement_line(text, s, e, cues)):
        # a list of several items: a record only for a named system or a counted item (rule 8)
        return [i for i in items if "unnumbered" not in i.notes], []
    if items and context.lists_package_contents(text, *(m.clause_of(s, e, items[0].head_start)
                                                        if len(items) == 1 else (s, e)),
                                                m.sentences[idx - 1] if idx else None):
        # "the package will contain Leopard 1 tanks, IRIS-T systems and drones": a package's
        # unnumbered contents, named systems included, get no record (rule 2), unless the inclusion is only
        # weighed ("the package may include Aster missiles")
        named = unvalued_packages.kept_named_contents(m, idx, items)  # a package told without worth
        return [i for i in items if i.quantity is not None or i.kind == "money" or i in named
                or status_across.weighed_content(m, i, m.clause_of(s, e, i.head_start), items, cues)], []
    return items, []


def lists_contents(m: Mentions, idx: int, s: int, e: int, items, cues, in_list: bool) -> bool:
    """Does sentence ``idx`` at [s, e), no list line, only list the contents of the package told just before
    ("Latvia has handed over a new aid package. It includes 30 M113 carriers.")? Its items then take the
    package's state."""
    return bool(items) and not in_list and context.only_containing(cues) and \
        context.lists_package_contents(m.text, s, e, m.sentences[idx - 1] if idx else None)
