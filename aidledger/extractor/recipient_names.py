"""The recipient's names, the one place they are spelt: the country ("Ukraine"), its capital standing for its
government ("Kyiv", "Kiev"), its president ("Zelensky", "Zelenskyy"), its adjective ("Ukrainian") and its forces
("the Ukrainian army"); and the patterns the stages build of them: any word that names the recipient, the
recipient itself, and the recipient as the beneficiary ("for Ukraine").

``recipients`` decides whether an item is given to Ukraine; the readings that only need to know whether a span
names it, or gives something for it, ask here, and every stage's pattern that names the recipient spells it with
``NAMES`` or ``WORDS`` (a new spelling of the capital is added once, here).
"""

from __future__ import annotations

import re

# the country and its capital: "Ukraine", "Kyiv" (patterns put them in a group of their own)
NAMES = r"Ukraine|Kyiv|Kiev"
# any word formed on the country's name, or the capital: "Ukraine", "Ukrainian", "Ukraine's", "Kyiv"
WORDS = r"Ukrain\w*|Kyiv|Kiev"
_PRESIDENT = r"Zelensk\w*"
# its forces: "Ukrainian troops", "the Ukrainian armed forces"
_FORCES = r"Ukrainian\s+(?:forces|army|armed|military|troops|soldiers|defenders)"

# any word that names the recipient: "Ukraine", "Ukrainian", "Ukraine's", "Kyiv", "Zelensky"
ANY_NAME = re.compile(r"\b(?:" + WORDS + "|" + _PRESIDENT + ")")
# the recipient itself, not a thing of it ("Ukrainian-made" is none): the country, its capital, its president, and
# what is given "to the Ukrainian ..." or "for Ukrainian ..."
ITSELF = re.compile(r"\b(?:(?:" + NAMES + r")\b|" + _PRESIDENT + r"|(?:to|for)\s+(?:the\s+)?Ukrainian)")
# the recipient as the beneficiary of what is given, bought or made: "for Ukraine", "for Kyiv", "for the Ukrainian
# army", "for Ukrainian troops" (a pattern's part: its flags are the pattern's)
FOR_RECIPIENT = r"for\s+(?:the\s+Ukrainian\b|(?:the\s+)?(?:" + NAMES + "|" + _FORCES + r")\b)"
