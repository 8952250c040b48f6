"""The status vocabulary the status readings share: the hedge labels, the breaks between the parts of a
clause, the verbs of contents, the past participle, the nouns of giving and the markers of the future. Each
reading keeps the patterns only it uses; ``status.decide`` puts the readings together.
"""

from __future__ import annotations

import re

HEDGE_LABELS = ("considering",)
# the parts of a clause: a comma, a semicolon, a colon, a dash
BREAK = re.compile(r"[,;:—–]")
# a verb of contents: "a batch which includes M577s", "the package contains"
CONTENTS_CUE = re.compile(r"(?:contain|include|comprise|compris|consist)(?:s|es|ed|ing)?", re.I)
# a cue that is a past participle ("promised", "delivered")
PARTICIPLE = re.compile(r"[A-Za-z]+ed", re.I)
# a cue that names the giving as a noun: "a donation", "the delivery of", "the arrival"
NOUN_CUE = re.compile(r"(?:pledges?|promises?|commitments?|donations?|"
                      r"(?:aid|support|assistance|donation)\s+packages?|deliver(?:y|ies)\s+of|hand-?over\s+of|"
                      r"(?:supply|supplies|transfer|provision)\s+of|arrival|receipt\s+of)",
                      re.I)
# a policy of refusal that could be reviewed or lifted, the text of a considering cue ("could review its ban",
# "is reconsidering its embargo", "could review that stance"): the refusal stands, and its review is weighed
POLICY_REVIEWED = re.compile(r"\b(?:review|reconsider|revisit|rethink|re-?examin|re-?evaluat|lift|eas|relax|loosen|"
                             r"revis)\w*[\"“”]?\s+(?:[\w'’-]+\s+){1,3}?(?:ban|embargo|prohibition|moratorium|policy|"
                             r"stance|restrictions?)$", re.I)
# the future's markers, the one list of them (a pattern puts it in a group of its own): an auxiliary ("will",
# "shall", "'ll", the conditional "would") or a phrase of intent or schedule ("is to", "are set to", "is due",
# "is expected to", "going to", "plans to", "intends to")
FUTURE = (r"will|would|shall|['’]ll|(?:(?:is|are)\s+)?(?:set|expected|going)\s+to|(?:is|are)\s+(?:to|due)|"
          r"plans?\s+to|intends?\s+to")
