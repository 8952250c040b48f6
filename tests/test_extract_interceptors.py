"""'air defence interceptors' are interceptor missiles (rule 14), not air defence systems. The sentence is the
project's own."""

from __future__ import annotations

from test_extract_stages import rows


def test_air_defence_interceptors_are_missiles_not_systems():
    found = rows("Norway will give Ukraine 100 air defence interceptors next year.")
    assert [(r[0], r[1], r[2]) for r in found] == [("NOR", "air defence missiles", 100)]
