"""The patterns written as data, found together: status cues, context cues and dates.

The three lists are regular expressions tried only where they may start (``scan.Scanner``). They
share one scanner (``Scanner.joint``), so a document's words are read once for all three: one
answer per distinct word says which patterns of any list may begin there, one pass over the
document finds the candidate places, and each list reads its own (``cues.find_status_cues``,
``cues.find_context_cues``, ``dates.find_dates``). The status cues read quotation marks as spaces
(``cues.QUOTES_AS_SPACES``); the places are still found once, for the text, with the few that a
quotation mark changes added (``scan.Scanner``, ``reads_as``).
"""

from __future__ import annotations

import functools
import re

from aidledger.mentions.scan import Part, Scanner


@functools.lru_cache(maxsize=1)
def parts() -> tuple[Part, Part, Part]:
    """The status cue, context cue and date patterns, each list a ``Part`` of one scanner."""
    from aidledger.mentions import cues, dates

    status, context, date = Scanner.joint((cues.status_patterns(), re.I, r"\w-", cues.QUOTES_AS_SPACES),
                                          (cues.context_patterns(), re.I, r"\w"),
                                          (dates.patterns(), 0, r"\w"))
    return status, context, date
