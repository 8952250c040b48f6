"""benchmarks/miss_classes.py: every miss and every extra of a set falls in one class, and nothing of the texts is
printed."""

from __future__ import annotations

import json
import sys

from conftest import ROOT


def test_every_miss_has_one_class_and_no_text_is_printed(capsys):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import accuracy
        import miss_classes
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    gold, pred = accuracy._predict("own")
    result = accuracy.score(gold, [p for p in pred if p["doc_id"] in {g["doc"] for g in gold}])
    misses, extras = len(result.misses), len(result.extras)
    assert miss_classes.main(["own"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == f"own: {misses} misses"
    cut = lines.index(f"own: {extras} extras")
    counted = [sum(int(line.split()[0]) for line in part if line.split()[0].isdigit())
               for part in (lines[1:cut], lines[cut + 1:])]
    assert counted == [misses, extras]
    texts = [json.loads(line)["text"] for line in (ROOT / "benchmarks" / "own" / "docs.jsonl").open(encoding="utf-8")]
    words = {w for t in texts for w in t.split() if len(w) > 12 and w.isalpha()}
    assert not any(w in out for w in words)  # (the reasons' quoted words are cut)


def test_an_unknown_set_is_one_line_on_stderr(capsys):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import miss_classes
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    assert miss_classes.main(["own99"]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
