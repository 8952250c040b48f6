"""benchmarks/long_document.py runs (a smoke test on a small size; the benchmark's figures come from the
script, never from a test)."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import long_document  # noqa: E402


def test_the_list_document_is_one_donors_counted_lines():
    text = long_document._list_of(2000, random.Random(1))
    lines = text.splitlines()
    assert lines[0].endswith(":") and all(line.startswith("- ") for line in lines[1:])
    assert len(text) >= 2000


def test_the_script_extracts_and_reports_each_size(capsys):
    assert long_document.main(["--kb", "2", "--list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and "records" in out[0] and "ms/KB" in out[0]
