"""Names of arms makers ("Lockheed Martin", "Krauss-Maffei Wegmann", "General Dynamics"), read from the
``manufacturer`` column of ``systems.csv``.

Aid reporting often writes the maker before the model ("four Lockheed Martin F-16s"). A word of a
maker's name is no misspelt official's surname ("Martin" is not "Marin"): the fuzzy search for officials
in ``aidledger.mentions.donors`` skips the spans that ``maker_spans`` returns.
"""

from __future__ import annotations

import csv
import functools
import re

from aidledger.resources import data_path


@functools.lru_cache(maxsize=1)
def maker_names() -> tuple[str, ...]:
    """Every maker name of ``systems.csv``: the field split at ``;`` and ``/``, and a name in brackets
    ("Insitu (Boeing)") taken as a name of its own; names without a capital letter are left out."""
    names: set[str] = set()
    with open(data_path("systems.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for part in re.split(r"[;/]", row["manufacturer"]):
                for name in re.split(r"\s*[()]\s*", part):
                    name = name.strip()
                    if any(c.isupper() for c in name):
                        names.add(name)
    return tuple(sorted(names, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in maker_names())
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")


def maker_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each maker name in ``text``, in text order, written as in the catalog."""
    return [m.span() for m in _pattern().finditer(text)]


def is_maker_name(name: str) -> bool:
    """Whether ``name`` is exactly a maker's name of the catalog ("Lockheed Martin", "Rheinmetall")."""
    return name in _name_set()


@functools.lru_cache(maxsize=1)
def _name_set() -> frozenset[str]:
    return frozenset(maker_names())
