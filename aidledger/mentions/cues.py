"""Status cues (pledged, delivered, funded, considering, refused) and context cues (cumulative
totals, year-on-year differences, things that are not aid, delivery schedules).

Both lists are data: ``data/status_cues.csv`` (``label,pattern,note``) and
``data/context_cues.csv`` (``label,scope,pattern,note``). Patterns are Python regular expressions,
matched case-insensitively; ``GIVE`` stands for any form of a verb of giving, ``GIVEN`` for its
past forms, ``GIVES`` for its present and ``GIVING`` for its -ing forms (from ``data/give_verbs.csv``).
Status patterns are tried in file order and the first that matches at a position wins, so specific
patterns (refusals, hedges, future passives) come before general ones.

>>> [(c.label, c.text) for c in find_status_cues("France would send 12 howitzers")]
[('pledged', 'would send')]
"""

from __future__ import annotations

import csv
import functools
import re
from typing import NamedTuple

from aidledger.mentions.words import FirstWords
from aidledger.resources import data_path


class Cue(NamedTuple):
    """A cue in the text. Attributes: start, end, text (the span), label, and for context cues the
    scope of the row that found it (``clause``: the whole clause; ``unless_given``: the clause,
    unless a status cue is nearer the item)."""

    start: int
    end: int
    text: str
    label: str
    scope: str = "clause"


@functools.lru_cache(maxsize=1)
def _give_forms() -> dict[str, str]:
    """The macros of the cue patterns, from ``give_verbs.csv``: ``GIVE`` every form, ``GIVEN`` the past
    forms, ``GIVES`` the present forms, ``GIVING`` the -ing forms of the verbs of giving."""
    forms: dict[str, list[str]] = {"GIVE": [], "GIVEN": [], "GIVES": [], "GIVING": []}
    with open(data_path("give_verbs.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for col in ("base", "past", "present", "ing"):
                forms["GIVE"].extend(row[col].split("|"))
            forms["GIVEN"].extend(row["past"].split("|"))
            forms["GIVES"].extend(row["present"].split("|"))
            forms["GIVING"].extend(row["ing"].split("|"))

    def alt(words: list[str]) -> str:
        return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                for w in sorted(set(words), key=len, reverse=True)) + r")\b"

    return {name: alt(words) for name, words in forms.items()}


_MACRO = re.compile(r"GIVEN|GIVES|GIVING|GIVE")


def _expand(pattern: str) -> str:
    forms = _give_forms()
    return _MACRO.sub(lambda m: forms[m.group(0)], pattern)


class _Unknown(Exception):
    pass


def _firsts(items: list) -> tuple[set[str], bool]:
    """The characters a match of the parsed sequence ``items`` can start with, and whether it can
    be empty. Raises ``_Unknown`` for what is not analysed (classes such as ``\\w``, ``.``,
    scoped flags, back references)."""
    from re import _constants as c  # the parser's own vocabulary (stable since Python 3.11)

    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is c.IN:
            for sop, sav in av:
                if sop is c.LITERAL:
                    out.add(chr(sav))
                elif sop is c.RANGE and sav[1] - sav[0] < 128:
                    out.update(map(chr, range(sav[0], sav[1] + 1)))
                else:
                    raise _Unknown
            return out, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: the next item starts the match
            continue
        if op is c.BRANCH:
            nullable = False
            for alt in av[1]:
                chars, empty = _firsts(list(alt))
                out |= chars
                nullable |= empty
        elif op is c.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown
            chars, nullable = _firsts(list(av[3]))
            out |= chars
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            chars, nullable = _firsts(list(av[2]))
            out |= chars
            nullable = nullable or av[0] == 0
        else:
            raise _Unknown
        if not nullable:
            return out, False
    return out, True


def _gate(pattern: str, flags: int) -> str:
    """A lookahead that fails at once where ``pattern`` cannot start (``(?=[adg])``), or ``""``.

    It only rejects positions where the pattern cannot match, so prefixing it changes no match;
    it saves trying every alternative of the pattern at every word of the text.
    """
    from re import _parser

    try:
        chars, nullable = _firsts(list(_parser.parse(pattern, flags)))
    except _Unknown:
        return ""
    if nullable or not chars:
        return ""
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])"


def _starts_at_boundary(pattern: str, flags: int) -> bool:
    """True when every alternative of ``pattern`` starts with ``\\b``."""
    from re import _constants as c
    from re import _parser

    items = list(_parser.parse(pattern, flags))
    if items and items[0][0] is c.BRANCH and len(items) == 1:
        return all(alt and alt[0] == (c.AT, c.AT_BOUNDARY) for alt in items[0][1][1])
    return bool(items) and items[0] == (c.AT, c.AT_BOUNDARY)


@functools.lru_cache(maxsize=1)
def _status_parts() -> tuple[list[str], list[str]]:
    """The status patterns, expanded and gated, as named alternatives ``c0``, ``c1`` ..., and their labels."""
    labels: list[str] = []
    parts: list[str] = []
    with open(data_path("status_cues.csv"), encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            labels.append(row["label"])
            pattern = _expand(row["pattern"])
            parts.append(f"{_gate(pattern, re.I)}(?P<c{i}>{pattern})")
    return parts, labels


def _status_regex(parts: list[str]) -> str:
    return r"(?<![\w-])(?:" + "|".join(parts) + ")"


@functools.lru_cache(maxsize=1)
def _status_patterns() -> tuple[re.Pattern[str], list[str]]:
    parts, labels = _status_parts()
    return re.compile(_status_regex(parts), re.I), labels


@functools.lru_cache(maxsize=1)
def _context_scopes() -> list[str]:
    with open(data_path("context_cues.csv"), encoding="utf-8") as f:
        return [row["scope"] for row in csv.DictReader(f)]


@functools.lru_cache(maxsize=1)
def _context_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    with open(data_path("context_cues.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pattern = _expand(row["pattern"])
            gate = _gate(pattern, re.I)
            if gate and _starts_at_boundary(pattern, re.I):
                # "\b(?=[...])(?:pattern)" matches what "pattern" matches: every alternative
                # starts with \b, and the gate only drops positions where none can start.
                pattern = r"\b" + gate + "(?:" + pattern + ")"
            out.append((row["label"], re.compile(pattern, re.I)))
    return out


# ---- scanning for cue words ----------------------------------------------------------------------
#
# Trying every cue pattern at every word of a text is what made cue finding slow. Instead, one
# scanner (a regular expression written as a prefix tree) finds the positions where the first few
# characters of some cue can start, and the patterns themselves are tried only there. The scanner is
# derived from the parsed patterns (``_prefixes``): every string a pattern can match starts with one
# of the prefixes, so the scanner finds every position where the pattern can match, and trying the
# pattern at those positions only, left to right, finds exactly what ``finditer`` finds.

_PREFIX_DEPTH = 5  # characters of each cue the scanner checks
_PREFIX_LIMIT = 20_000  # more prefixes than this: no scanner (plain ``finditer``)


def _prefixes(pattern: str, flags: int, depth: int = _PREFIX_DEPTH) -> set[tuple]:
    """Every match of ``pattern`` starts with one of the returned sequences (each at most ``depth``
    long). An element is ``("L", char, ignorecase)`` (a literal) or ``("R", regex)`` (one character
    of a class, written so that it matches what the pattern's item matches). A sequence shorter than
    ``depth`` ends where the analysis stops (the end of the pattern, or an item not analysed).
    Raises ``_Unknown`` when there would be too many sequences."""
    from re import _parser

    opened, done = _seq(list(_parser.parse(pattern, flags)), flags, depth)
    return opened | done


def _seq(items: list, flags: int, depth: int) -> tuple[set[tuple], set[tuple]]:
    """Prefixes of a sequence of parsed items: (those after which the sequence ended, shorter than
    ``depth``; those that are complete: ``depth`` long, or followed by anything)."""
    opened: set[tuple] = {()}
    done: set[tuple] = set()
    for item in items:
        grown: set[tuple] = set()
        for t in opened:
            o, d = _item(item, flags, depth - len(t))
            for x in o:
                (grown if len(t) + len(x) < depth else done).add(t + x)
            done.update(t + x for x in d)
        opened = grown
        if len(opened) + len(done) > _PREFIX_LIMIT:
            raise _Unknown
        if not opened:
            break
    return opened, done


_CATEGORY_TEXT = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                  "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _class_text(items: list, flags: int) -> str:
    """A parsed character class written back as a regex of one character (same flags)."""
    from re import _constants as c

    negate, parts = "", []
    for op, av in items:
        if op is c.NEGATE:
            negate = "^"
        elif op is c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is c.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is c.CATEGORY and str(av) in _CATEGORY_TEXT:
            parts.append(_CATEGORY_TEXT[str(av)])
        else:
            raise _Unknown
    text = "[" + negate + "".join(parts) + "]"
    return f"(?i:{text})" if flags & re.I else f"(?-i:{text})"


def _item(item, flags: int, depth: int) -> tuple[set[tuple], set[tuple]]:
    from re import _constants as c

    op, av = item
    if op is c.LITERAL:
        return {(("L", chr(av), bool(flags & re.I)),)}, set()
    if op is c.NOT_LITERAL:
        return {(("R", _class_text([(c.NEGATE, None), (c.LITERAL, av)], flags)),)}, set()
    if op is c.IN:
        return {(("R", _class_text(av, flags)),)}, set()
    if op is c.ANY:
        return {(("R", r"(?s:.)" if flags & re.S else r"[^\n]"),)}, set()
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: a superset of the matches is kept
        return {()}, set()
    if op is c.SUBPATTERN:
        _, add, remove, sub = av
        return _seq(list(sub), (flags | add) & ~remove, depth)
    if op is c.BRANCH:
        opened: set[tuple] = set()
        done: set[tuple] = set()
        for alt in av[1]:
            o, d = _seq(list(alt), flags, depth)
            opened |= o
            done |= d
        return opened, done
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, hi, sub = av[0], av[1], list(av[2])
        opened, done = ({()} if lo == 0 else set()), set()
        current: set[tuple] = {()}
        n = 0
        while current and n < hi:
            n += 1
            grown: set[tuple] = set()
            for t in current:
                o, d = _seq(sub, flags, depth - len(t))
                for x in o:
                    (grown if len(t) + len(x) < depth else done).add(t + x)
                done.update(t + x for x in d)
            current = grown
            if n >= lo:
                opened |= current
            if len(opened) + len(done) > _PREFIX_LIMIT:
                raise _Unknown
            if n > depth and n < hi:  # (an empty repetition) further ones start with these
                done |= current
                break
        return opened, done
    return set(), {()}  # not analysed: anything may follow


@functools.lru_cache(maxsize=1)
def _every_character() -> str:
    import array

    return (array.array("I", range(0xD800)).tobytes().decode("utf-32-le")
            + array.array("I", range(0xE000, 0x110000)).tobytes().decode("utf-32-le"))


def _case_classes(chars: set[str]) -> dict[str, str]:
    """For each character, every character it matches case-insensitively (``k`` -> ``Kk\u212a``),
    found by matching against every code point."""
    if not chars:
        return {}
    found = set(re.findall("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]", _every_character(),
                           re.I))
    return {ch: "".join(sorted(x for x in found if re.fullmatch(re.escape(ch), x, re.I))) for ch in chars}


def _element_regex(element: tuple, classes: dict[str, str]) -> str:
    """One element of a prefix, case-sensitively (Python's ``re`` skips a branch that starts with a
    case-sensitive class at C speed)."""
    if element[0] == "R":
        return element[1]
    _, ch, ignorecase = element
    if not ignorecase:
        return re.escape(ch)
    return "[" + "".join(re.escape(x) for x in classes[ch]) + "]"


def _first_characters(prefixes: set[tuple], classes: dict[str, str]) -> set[str] | None:
    """The characters a match can start with, or None when not known (a class, or no character)."""
    out: set[str] = set()
    for t in prefixes:
        if not t or t[0][0] != "L":
            return None
        _, ch, ignorecase = t[0]
        out.update(classes[ch] if ignorecase else ch)
    return out


def _trie_regex(prefixes: set[tuple], classes: dict[str, str]) -> str:
    """A regex that matches where one of ``prefixes`` matches (written as a prefix tree)."""
    tree: dict = {}
    for t in prefixes:
        node = tree
        for element in t:
            node = node.setdefault(_element_regex(element, classes), {})
        node[None] = {}

    def emit(node: dict) -> str:
        if None in node:  # this prefix is enough
            return ""
        alts = [key + emit(child) for key, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(tree)


def _literal_chars(*prefix_sets: set[tuple]) -> set[str]:
    return {e[1] for pre in prefix_sets for t in pre for e in t if e[0] == "L" and e[2]}


_WORD_CHAR = re.compile(r"\w")


def _word_only(element: tuple, classes: dict[str, str]) -> bool:
    """True when an element of a prefix matches word characters only (a class: not known, False)."""
    if element[0] != "L":
        return False
    _, ch, ignorecase = element
    return all(_WORD_CHAR.match(x) for x in (classes[ch] if ignorecase else ch))


def _word_regex(prefixes: set[tuple], classes: dict[str, str]) -> str:
    """A regex to fullmatch every word (run of word characters) that a match starting with one of
    ``prefixes`` can start with (and more): the word is read along the prefixes; it may end before
    an element that can match a non-word character (the one after the word), and any word characters
    may follow a complete prefix."""
    tree: dict = {}
    for t in prefixes:
        node = tree
        for element in t:
            node = node.setdefault(element, {})
        node[None] = {}

    def emit(node: dict) -> str:
        if None in node:  # this prefix is all that is known
            return r"\w*"
        alts = sorted(_element_regex(element, classes) + emit(child) for element, child in node.items())
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if not all(_word_only(element, classes) for element in node) else body

    return emit(tree)


class _StatusScanner(NamedTuple):
    scanner: re.Pattern[str]  # a character that is no word character or '-', before a prefix of a cue
    at_start: re.Pattern[str]  # a prefix of a cue (at the start of the text)
    by_first: dict[str, re.Pattern[str]]  # first character -> the alternatives that can start with it
    other: re.Pattern[str]  # the alternatives whose first character is not known
    words: FirstWords | None  # word -> the alternatives that can start with it, each a pattern (None: scanner)
    others: re.Pattern[str] | None  # where a cue starting with a non-word character can start


@functools.lru_cache(maxsize=1)
def _status_scanner() -> _StatusScanner | None:
    parts, _ = _status_parts()
    try:
        whole = _prefixes("(?:" + "|".join(parts) + ")", re.I)
        each = [_prefixes(p, re.I) for p in parts]
    except _Unknown:
        return None
    if not whole or any(not t for t in whole):  # a pattern may match the empty string
        return None
    classes = _case_classes(_literal_chars(whole))
    firsts = [_first_characters(pre, classes) for pre in each]
    compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    def subset(chosen: tuple[int, ...]) -> re.Pattern[str]:
        # the alternatives that can start with a character, in file order: the first that matches
        # there is the first of the whole alternation (the others cannot match there)
        if chosen not in compiled:
            compiled[chosen] = re.compile(_status_regex([parts[i] for i in chosen]) if chosen else "(?!)", re.I)
        return compiled[chosen]

    by_first = {ch: subset(tuple(i for i, f in enumerate(firsts) if f is None or ch in f))
                for ch in set().union(*(f for f in firsts if f is not None))}
    other = subset(tuple(i for i, f in enumerate(firsts) if f is None))
    # "[^\w-](?=...)" finds the character before each candidate: Python's ``re`` skips to those
    # characters at C speed, where "(?<![\w-])(?=...)" is tried at every position.
    trie = _trie_regex(whole, classes)
    # Faster still: a cue that starts with a word character starts at a word start, so the candidates
    # are the starts of the words a cue can start with (``words.FirstWords``: each distinct word is
    # read once, with the alternatives that can start with it, in file order), and the places of the
    # few cues that start with a non-word character (an apostrophe: "'ll") after no word character
    # or '-'. Only when those start with a literal.
    words = others = None
    rest = {t for t in whole if not _word_only(t[0], classes)}
    if all(t[0][0] == "L" for t in rest):
        classes = _case_classes(_literal_chars(whole, *each))  # (the same letters: each part is in whole)
        tests = [re.compile(_word_regex(pre, classes)) for pre in each]

        def alternatives(word: str) -> tuple[re.Pattern[str], ...]:
            # one pattern per alternative (compiled once each, not one per set of alternatives)
            return tuple(subset((i,)) for i, test in enumerate(tests) if test.fullmatch(word) is not None)

        words = FirstWords(alternatives)
        chars = sorted({x for t in rest for x in (classes[t[0][1]] if t[0][2] else t[0][1])})
        if chars:
            others = re.compile("[" + "".join(map(re.escape, chars)) + r"](?<![\w-][\s\S])")
    return _StatusScanner(re.compile(r"[^\w-](?=" + trie + ")"), re.compile("(?=" + trie + ")"), by_first, other,
                          words, others)


class _ContextScanner(NamedTuple):
    scanner: re.Pattern[str]  # group i + 1 is set where pattern ``scanned[i]`` may match at the match's end
    at_start: re.Pattern[str] | None  # the same at the start of the text (None: the scanner finds it)
    scanned: list[int]  # indexes into _context_patterns()
    plain: list[int]  # patterns searched with finditer
    words: FirstWords | None = None  # answer for a word: the i of the patterns ``scanned[i]`` it may start


@functools.lru_cache(maxsize=1)
def _context_scanner() -> _ContextScanner:
    patterns = _context_patterns()
    scanned, plain, prefix_sets = [], [], []
    for i, (_, pattern) in enumerate(patterns):
        try:
            pre = _prefixes(pattern.pattern, re.I)
        except _Unknown:
            pre = set()
        if pre and all(pre) and _starts_at_boundary(pattern.pattern, re.I):
            scanned.append(i)
            prefix_sets.append(pre)
        else:
            plain.append(i)
    classes = _case_classes(_literal_chars(*prefix_sets))
    if not scanned:
        return _ContextScanner(re.compile("(?!)"), None, [], plain)
    union = set().union(*prefix_sets)
    # a prefix of some pattern, then an empty group for each pattern whose prefix is there
    body = "(?=" + _trie_regex(union, classes) + ")" + "".join(
        f"(?:(?={_trie_regex(pre, classes)})()|)" for pre in prefix_sets)
    firsts = _first_characters(union, classes)
    if firsts is not None and all(re.match(r"\w", ch) for ch in firsts):
        # every cue starts with a word character: \b before it is a character that is not one (or
        # the start of the text), and "\W(?=...)" is found at C speed. Faster still: the cues start
        # at word starts, so the candidates are the starts of the words some cue can start with,
        # each distinct word read once (``words.FirstWords``), with the patterns it may start.
        tests = [re.compile(_word_regex(pre, classes)) for pre in prefix_sets]

        def which(word: str) -> tuple[int, ...]:
            return tuple(k for k, test in enumerate(tests) if test.fullmatch(word) is not None)

        return _ContextScanner(re.compile(r"\W" + body), re.compile(body), scanned, plain, FirstWords(which))
    return _ContextScanner(re.compile(r"\b" + body), None, scanned, plain)


def _candidates(scanner: re.Pattern[str], at_start: re.Pattern[str] | None, text: str):
    """(position, scanner match) of the candidates, left to right: with ``at_start``, the scanner
    matches the character before a candidate."""
    if at_start is None:
        for m in scanner.finditer(text):
            yield m.start(), m
        return
    m = at_start.match(text)
    if m is not None:
        yield 0, m
    for m in scanner.finditer(text):
        yield m.end(), m


def _status_candidates(fast: _StatusScanner, text: str) -> list[tuple[int, tuple[re.Pattern[str], ...]]]:
    """The places where a status cue may start, left to right, each with the alternatives to try in
    turn (patterns of one or more alternatives, in file order)."""
    by_first, other = fast.by_first, fast.other
    if fast.words is None:
        return [(at, (by_first.get(text[at], other),)) for at, _ in _candidates(fast.scanner, fast.at_start, text)]
    found = fast.words.found(text)
    if fast.others is not None:
        extra = [(m.start(), (by_first.get(m.group()[0], other),)) for m in fast.others.finditer(text)]
        if extra:  # (never a word start: no position is in both)
            found = sorted(found + extra, key=lambda candidate: candidate[0])
    return found


def find_status_cues(text: str) -> list[Cue]:
    """Status cues in ``text``, left to right, non-overlapping."""
    pattern, labels = _status_patterns()
    fast = _status_scanner()
    out = []
    if fast is None:
        for m in pattern.finditer(text):
            idx = int(m.lastgroup[1:]) if m.lastgroup else 0
            out.append(Cue(m.start(), m.end(), m.group(0), labels[idx]))
        return out
    # the matches of ``pattern.finditer``: the leftmost match at or after the end of the last one
    last = 0
    for at, alternatives in _status_candidates(fast, text):
        if at < last:
            continue
        for alternative in alternatives:  # the first that matches is the match of the whole alternation
            m = alternative.match(text, at)
            if m is not None:
                break
        else:
            continue
        idx = int(m.lastgroup[1:]) if m.lastgroup else 0
        out.append(Cue(at, m.end(), m.group(0), labels[idx]))
        last = m.end()
    return out


def find_context_cues(text: str) -> list[Cue]:
    """Context cues in ``text`` (may overlap each other), sorted by start."""
    patterns = _context_patterns()
    scopes = _context_scopes()
    fast = _context_scanner()
    found: list[list[Cue]] = [[] for _ in patterns]
    for i in fast.plain:
        label, pattern = patterns[i]
        found[i] = [Cue(m.start(), m.end(), m.group(0), label, scopes[i]) for m in pattern.finditer(text)]
    # each pattern's own matches do not overlap: the leftmost at or after the end of its last one
    last = [0] * len(patterns)

    def take(i: int, at: int) -> None:
        if at < last[i]:
            return
        label, pattern = patterns[i]
        m = pattern.match(text, at)
        if m is not None:
            found[i].append(Cue(at, m.end(), m.group(0), label, scopes[i]))
            last[i] = m.end()

    if fast.words is not None:
        for at, which in fast.words.found(text):
            for k in which:
                take(fast.scanned[k], at)
    elif fast.scanned:
        scanned = list(enumerate(fast.scanned, start=1))
        for at, candidate in _candidates(fast.scanner, fast.at_start, text):
            regs = candidate.regs
            for group, i in scanned:
                if regs[group][0] >= 0:
                    take(i, at)
    out = [c for cues in found for c in cues]
    out.sort(key=lambda c: c.start)
    return out
