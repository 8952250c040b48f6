"""Synthetic news text and a synthetic JSONL corpus for the scale benchmarks.

usage: python benchmarks/synthetic.py OUT.jsonl [--gb 1.0] [--doc-chars 3000] [--seed 0]

Every sentence comes from the templates below (written for these benchmarks, not taken from any
article or evaluation set), filled with donors, systems, numbers, money and dates at random, and
mixed with sentences that carry numbers but no aid (casualties, distances, prices), so the
extractor does its full work. Documents are about ``--doc-chars`` characters; ``--gb`` sets the
size of the file. The corpus is written as a stream: memory stays flat whatever its size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

DONORS = ["Denmark", "Germany", "France", "the Netherlands", "Norway", "Sweden", "Poland", "Canada",
          "Britain", "the United States", "Italy", "Spain", "Finland", "Estonia", "Lithuania", "Belgium",
          "Portugal", "Czechia", "Slovakia", "Australia", "Japan", "Berlin", "Paris", "Washington"]
DEMONYMS = ["Danish", "German", "French", "Dutch", "Norwegian", "Swedish", "Polish", "Canadian", "British",
            "American", "Italian", "Spanish", "Finnish"]
SYSTEMS = ["Caesar howitzers", "Leopard 2A4 tanks", "Leopard 1A5 tanks", "HIMARS launchers", "M777 howitzers",
           "Bradley fighting vehicles", "Marder infantry fighting vehicles", "PzH 2000 howitzers",
           "Gepard anti-aircraft guns", "IRIS-T systems", "NASAMS batteries", "F-16 fighter jets",
           "Stinger missiles", "Javelin anti-tank missiles", "M113 armoured personnel carriers",
           "Challenger 2 tanks", "CV90 vehicles", "Archer howitzers", "Patriot batteries", "AS-90 howitzers",
           "armoured vehicles", "machine guns", "drones", "patrol boats", "artillery shells", "rounds of ammunition"]
VERBS = ["will send", "has delivered", "pledged", "would provide", "plans to supply", "announced it would donate",
         "is considering sending", "has ruled out sending", "agreed to transfer", "has already handed over"]
MONEY = ["€{n} million", "${n} million", "£{n} million", "{n} million euros", "NOK {n} billion",
         "$ {n}.5 billion", "{n} million dollars"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
OFFICIALS = ["the defence minister", "the prime minister", "a government spokesperson", "the foreign minister"]

TEMPLATES = [
    "{donor} {verb} {n} {system} to Ukraine, {official} said on {weekday}.",
    "On {weekday}, {donor} said it {verb} {n} more {system} to Kyiv.",
    "{donor} {verb} a new military aid package worth {money}, including {n} {system}.",
    "The {demonym} government {verb} {n} {system} and {m} {system2}.",
    "{official} of {donor} confirmed that {n} {system} {arrive} in Ukraine last week.",
    "{donor} and {donor2} {verb} {n} {system} together, according to a statement released on {date}.",
    "In total, {donor} has sent more than {big} {system} since the start of the war.",
    "Russian forces said they had destroyed {n} {system} near Bakhmut, a claim that could not be verified.",
    "The front line runs for about {big} kilometres, and shelling killed {m} civilians overnight.",
    "Each of the {system} costs about {money}, analysts estimate.",
    "{donor} is weighing whether to send {system}, but no decision has been made yet.",
    "Ukraine has asked its allies for {big} {system} and {money} more in support.",
    "Our correspondent reports heavy fighting around the city; power was cut to {big} homes.",
    "{official} visited the training centre, where {m} Ukrainian crews learn to operate the {system}.",
]


def sentence(rnd: random.Random) -> str:
    t = rnd.choice(TEMPLATES)
    d1, d2 = rnd.sample(DONORS, 2)
    s1, s2 = rnd.sample(SYSTEMS, 2)
    s = t.format(
        donor=d1[0].upper() + d1[1:], donor2=d2, demonym=rnd.choice(DEMONYMS), verb=rnd.choice(VERBS),
        system=s1, system2=s2, n=rnd.randint(2, 120), m=rnd.choice(["two", "three", "a dozen", "14", "40", "250"]),
        big=f"{rnd.randint(1, 90)},{rnd.randint(0, 999):03d}", money=rnd.choice(MONEY).format(n=rnd.randint(1, 900)),
        weekday=rnd.choice(WEEKDAYS), official=rnd.choice(OFFICIALS),
        date=f"{rnd.randint(1, 28)} {rnd.choice(['January', 'March', 'June', 'October'])} 2023",
        arrive=rnd.choice(["arrived", "were delivered", "have reached the front"]),
    )
    return s[0].upper() + s[1:]


def text_of(n_chars: int, rnd: random.Random) -> str:
    """About ``n_chars`` characters of news text: a headline, then paragraphs of 2-4 sentences."""
    parts = [f"{rnd.choice(DONORS).title()} to boost military aid to Ukraine\n"]
    size = len(parts[0])
    while size < n_chars:
        para = " ".join(sentence(rnd) for _ in range(rnd.randint(2, 4))) + "\n\n"
        parts.append(para)
        size += len(para)
    return "".join(parts)


def documents(total_bytes: int, *, doc_chars: int = 3000, seed: int = 0) -> Iterator[dict]:
    rnd = random.Random(seed)
    written, i = 0, 0
    start = dt.date(2022, 3, 1)
    while written < total_bytes:
        text = text_of(rnd.randint(doc_chars // 2, doc_chars * 3 // 2), rnd)
        doc = {"id": f"syn{i:08d}", "published": (start + dt.timedelta(days=i % 900)).isoformat(),
               "url": f"https://example.org/news/{i}", "outlet": "Synthetic Wire", "text": text}
        written += len(text.encode("utf-8")) + 120
        i += 1
        yield doc


def write_corpus(path: Path, gb: float, *, doc_chars: int = 3000, seed: int = 0) -> tuple[int, int]:
    """Write the corpus; (documents, bytes)."""
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for doc in documents(int(gb * 1e9), doc_chars=doc_chars, seed=seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            n += 1
    return n, path.stat().st_size


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--gb", type=float, default=1.0)
    ap.add_argument("--doc-chars", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    n, size = write_corpus(args.out, args.gb, doc_chars=args.doc_chars, seed=args.seed)
    print(f"{args.out}: {n:,} documents, {size / 1e9:.3f} GB")


if __name__ == "__main__":
    main(sys.argv[1:])
