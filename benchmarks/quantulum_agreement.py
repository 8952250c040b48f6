"""Agreement of aidledger's mention parsers with quantulum3's own English test cases.

Run:  python benchmarks/quantulum_agreement.py      (needs the ``bench`` extra: quantulum3)

The cases are read from the installed quantulum3 wheel (``quantulum3/_lang/en_US/tests/quantities.json``);
nothing of theirs is copied into this repository.  Kept: expected quantities whose unit entity is
``currency`` (money), ``length``, ``mass`` or ``dimensionless`` (plain numbers and counts such as
``a dozen``).  Each expected quantity is compared with our mention that overlaps its surface:

* money  -> ``find_money``: same amount (1e-6 relative) and same ISO currency;
* length / mass -> ``find_quantities``: same magnitude after converting to quantulum's unit and the
  same dimensionality;
* dimensionless -> ``find_numbers``: same value (``a dozen`` = 12, ``a gross`` = 144).

It prints agreement per group, the disagreements, and our extra mentions in those groups that
quantulum does not report.  docs/accuracy-parsers.md explains the disagreements.
"""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from pathlib import Path

import quantulum3
from quantulum3 import load

from aidledger.mentions.money import find_money
from aidledger.mentions.numbers import find_numbers
from aidledger.mentions.quantities import find_quantities
from aidledger.units import ureg

CASES = Path(quantulum3.__file__).parent / "_lang" / "en_US" / "tests" / "quantities.json"
GROUPS = {"currency": "money", "length": "length", "mass": "mass", "dimensionless": "count"}
# quantulum unit name -> (ISO currency, factor) for money; pint unit name for length/mass; factor for counts
MONEY_UNITS = {
    "dollar": ("USD", 1),
    "euro": ("EUR", 1),
    "pound sterling": ("GBP", 1),
    "penny": ("GBP", 0.01),
    "cent": ("USD", 0.01),
    "dime": ("USD", 0.1),
}
COUNT_FACTORS = {"dimensionless": 1, "dozen": 12, "baker's dozen": 13, "gross": 144}
PINT_NAMES = {"pound-mass": "pound", "tonne": "metric_ton"}


def close(a: float, b: float) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-12)


def overlaps(s1: int, e1: int, s2: int, e2: int) -> bool:
    return s1 < e2 and s2 < e1


def main() -> int:
    units = load.units("en_US")
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    disagreements: list[str] = []
    extras: list[str] = []
    for case in cases:
        text = case["req"]
        money, quants, numbers = find_money(text), find_quantities(text), find_numbers(text)
        flat_q = [q for top in quants for q in (top, top.conversion) if q is not None]
        flat_m = [m for top in money for m in (top, top.conversion) if m is not None]
        expected_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        cursor = 0
        all_spans: list[tuple[int, int]] = []
        for exp in case["res"]:
            u = units.names.get(exp["unit"])
            entity = u.entity.name if u is not None else None
            group = GROUPS.get(entity)
            surface = exp["surface"]
            s = text.find(surface, cursor)
            if s < 0:
                s = text.find(surface)
            cursor = max(cursor, s + 1)
            e = s + len(surface)
            all_spans.append((s, e))
            if group in ("length", "mass"):
                try:
                    target = ureg.Unit(PINT_NAMES.get(exp["unit"], exp["unit"].replace(" ", "_")))
                except Exception:  # a unit pint does not know (e.g. "inverse femtobarn")
                    target = None
                if target is None or target.dimensionality != ureg.get_dimensionality(f"[{group}]"):
                    group = None  # quantulum files some odd units under length; not a plain length
            if group is None:
                continue
            expected_spans[group].append((s, e))
            totals[group][1] += 1
            value = float(exp["value"])
            ok, got = False, "nothing"
            if group == "money":
                iso, factor = MONEY_UNITS.get(exp["unit"], (None, 1))
                for m in flat_m:
                    if overlaps(s, e, m.start, m.end):
                        got = f"{m.text!r} = {m.amount} {m.currency}"
                        ok = close(m.amount, value * factor) and m.currency == iso
                        break
            elif group in ("length", "mass"):
                for q in flat_q:
                    if overlaps(s, e, q.start, q.end):
                        got = f"{q.text!r} = {q.quantity}"
                        if q.quantity.dimensionality == target.dimensionality:
                            ok = close(q.quantity.to(target).magnitude, value)
                        break
            else:
                factor = COUNT_FACTORS.get(exp["unit"], 1)
                for n in numbers:
                    if overlaps(s, e, n.start, n.end):
                        got = f"{n.text!r} = {n.value}"
                        ok = close(n.value, value * factor)
                        break
            if ok:
                totals[group][0] += 1
            else:
                disagreements.append(
                    f"[{group}] {text!r}\n      quantulum: {surface!r} = {exp['value']} {exp['unit']};"
                    f" aidledger: {got}"
                )
        # our extra mentions, in the groups quantulum uses in this case
        ours = {
            "money": [(m.start, m.end, m.text) for m in flat_m],
            "length": [(q.start, q.end, q.text) for q in flat_q if q.kind == "length"],
            "mass": [(q.start, q.end, q.text) for q in flat_q if q.kind == "mass"],
            "count": [(n.start, n.end, n.text) for n in numbers],
        }
        for group, mentions in ours.items():
            for s, e, t in mentions:
                if group == "count" and any(overlaps(s, e, a, b) for a, b in all_spans):
                    continue  # a number inside any expected quantity (time, volume ...) is not an extra
                if not any(overlaps(s, e, a, b) for a, b in expected_spans[group]):
                    extras.append(f"[{group}] {text!r}: aidledger reports {t!r}")
    print(
        f"quantulum3 {getattr(quantulum3, '__version__', '?')} test cases: "
        f"{CASES.name}, {len(cases)} sentences"
    )
    print(f"{'group':<8} {'agree':>5} / {'total':<5}  rate")
    agree_all = total_all = 0
    for group in ("money", "length", "mass", "count"):
        a, t = totals[group]
        agree_all, total_all = agree_all + a, total_all + t
        print(f"{group:<8} {a:>5} / {t:<5}  {a / t:.0%}" if t else f"{group:<8}     - / 0")
    print(f"{'all':<8} {agree_all:>5} / {total_all:<5}  {agree_all / total_all:.0%}")
    print(f"\nDisagreements ({len(disagreements)}):")
    for d in disagreements:
        print("  " + d)
    print(f"\nExtra mentions quantulum does not report ({len(extras)}):")
    for x in extras:
        print("  " + x)
    return 0


if __name__ == "__main__":
    sys.exit(main())
