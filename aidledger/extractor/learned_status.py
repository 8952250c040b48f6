"""Learned status: a second opinion on the status of each record the rule stages made.

A linear model (multinomial logistic regression, trained by ``scripts/train_status.py`` from the
development annotations and the readable probe sets) reads the words and cues around a record's
item and gives a probability to each status class: ``commit`` (pledged or funded), ``delivered``,
``considering``, ``refused`` (and ``none``, for a model trained with it: the record is dropped). When
the class it prefers beats the rules' class by at least the model's ``margin``, the record takes
that class (``pledged`` for ``commit``) and the note ``learned-status``; a record the rules pinned (note
``pinned``: an explicit refusal or reopening, ``hedges.py``) keeps its status. Nothing else changes: the
donor, the item, the counts and the quote are the rules'.

The weights are data (``data/status_model.json``: the classes, a bias and a weight per feature and
class, the margin, whether the stage is switched on, the digest of the training data and the command
that wrote it). Applying them is a dot product in plain Python; scikit-learn is needed only to train.
A model file that is switched off (``"enabled": false``) leaves every record as the rules made it.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from functools import cache
from operator import add
from pathlib import Path

from aidledger.model import Pledge

WEIGHTS_FILE = "status_model.json"
CLASS = {"pledged": "commit", "funded": "commit", "delivered": "delivered", "considering": "considering",
         "refused": "refused"}
_STATUS_OF = {"commit": "pledged", "delivered": "delivered", "considering": "considering", "refused": "refused",
              "none": None}
NOTE = "learned-status"
PIN = "pinned"  # a rule's explicit reading (``hedges.PINNED``): the learned stage leaves its status as it is

# the words of the language of status, not the names of donors, systems or people: words written in lower case,
# of two letters or more, not parts of a hyphenated name ("F-16s")
_WORD = re.compile(r"(?<![\w-])[a-z]{2,}(?:'[a-z]+)?(?![\w-])")
_NEAR = 60  # characters read before the item, then after it


@dataclasses.dataclass(frozen=True)
class StatusModel:
    """The weights of the linear model: ``bias[k]`` and ``weights[feature][k]`` for class
    ``classes[k]``; a record changes class when the preferred class's probability exceeds that of
    the rules' class by ``margin``."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    margin: float
    enabled: bool = True

    def probabilities(self, features: list[str]) -> dict[str, float]:
        """The softmax of ``bias + sum of the weights of features`` (unknown features weigh nothing)."""
        z = list(self.bias)
        weights, n = self.weights, len(z)
        for f in set(features):
            w = weights.get(f)
            if w is not None:
                if len(w) != n:
                    raise ValueError(f"status model: feature {f!r} has {len(w)} weights for {n} classes")
                z = list(map(add, z, w))  # (the same sums, in the same order, as a comprehension over zip)
        top = max(z)
        ex = [math.exp(a - top) for a in z]
        total = sum(ex)
        return {c: x / total for c, x in zip(self.classes, ex, strict=True)}

    def to_json(self, **extra) -> str:
        """The model as the JSON text of ``data/status_model.json`` (sorted, rounded: the same model
        gives the same bytes)."""
        head = {"enabled": self.enabled, "margin": self.margin, "classes": list(self.classes),
                "bias": [round(b, 6) for b in self.bias], **extra}
        lines = [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in sorted(head.items())]
        rows = [f"  {json.dumps(f, ensure_ascii=False)}: {json.dumps([round(x, 6) for x in w])}"
                for f, w in sorted(self.weights.items())]
        return "{\n" + "\n".join(lines) + '\n "weights": {\n' + ",\n".join(rows) + "\n }\n}\n"


def read_model(path: str | Path) -> StatusModel:
    """The model in the JSON file ``path``. Raises ``ValueError`` with one line for a file that is
    not such a model."""
    from aidledger.errors import InputError

    try:
        body = json.loads(Path(path).read_text(encoding="utf-8"))
        classes = tuple(body["classes"])
        bias = tuple(float(b) for b in body["bias"])
        weights = {str(f): tuple(float(x) for x in w) for f, w in body["weights"].items()}
        model = StatusModel(classes, bias, weights, float(body["margin"]), bool(body.get("enabled", True)))
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path=str(path)) from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"not a status model ({type(exc).__name__}: {exc})", path=str(path)) from None
    if not set(classes) <= set(_STATUS_OF) or len(bias) != len(classes) or any(
            len(w) != len(classes) for w in weights.values()):
        raise InputError("not a status model (classes and weights disagree)", path=str(path))
    return model


@cache
def shipped() -> StatusModel | None:
    """The model shipped in ``aidledger/data``, or None when there is none or it is switched off."""
    from aidledger.resources import data_path

    path = data_path(WEIGHTS_FILE)
    if not path.is_file():
        return None
    model = read_model(path)
    return model if model.enabled else None


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text))


def clause_cues(m, cs: int, ce: int, head: int) -> list[str]:
    """The status cues of clause [cs, ce), each also with its side of the item starting at ``head``."""
    out = []
    for c in m.inside(m.status_cues, cs, ce):
        out.append(f"cue={c.label}")
        out.append(f"cue-{'before' if c.end <= head else 'after'}={c.label}")
    return out


def sentence_marks(sentence: str) -> list[str]:
    """Marks of a question and of a quotation in ``sentence``."""
    out = []
    if "?" in sentence:
        out.append("question")
    if any(q in sentence for q in ('"', "\u201c", "\u201d")):
        out.append("quoted")
    return out


def features(m, p: Pledge) -> list[str]:
    """What the model reads of record ``p`` in the document ``m`` (``index.Mentions``): the rules'
    status, the record's kind, the status cues of its clause (and where they stand against the
    item), the words of its clause, the words just before and just after its item, and marks of a
    question, a quotation and a conditional."""
    text = m.text
    s, e = p.source.start, p.source.end
    head = text.find(p.item_text, s, e) if p.item_text else -1
    head = s if head < 0 else head
    end = head + len(p.item_text or "")
    cs, ce = m.clause_of(s, e, head)
    f = [f"rule={CLASS.get(p.status, p.status)}", f"kind={'money' if p.category == 'money' else 'item'}"]
    if p.quantity is not None:
        f.append("counted")
    f.extend(f"note={n}" for n in p.notes if n in ("headline", "list-item", "no-cue", "joint", "schedule"))
    f.extend(clause_cues(m, cs, ce, head))
    for c in m.inside(m.status_cues, s, e):
        if not cs <= c.start < ce:
            f.append(f"sentence-cue={c.label}")
    f.extend(sentence_marks(text[s:e]))
    f.extend(f"w:{w}" for w in _words(text[cs:ce]))
    f.extend(f"b:{w}" for w in _words(text[max(cs, head - _NEAR):head]))
    f.extend(f"a:{w}" for w in _words(text[end:min(ce, end + _NEAR)]))
    return f


def decide(model: StatusModel, feats: list[str], status: str) -> str | None:
    """The status a record of the rules' ``status`` takes under ``model``: the rules' own unless
    the model's preferred class beats the rules' class by the margin; None when that class is
    ``none`` (a model trained with it: no gold record of any status is like this record)."""
    probs = model.probabilities(feats)
    current = CLASS.get(status)
    best = max(model.classes, key=lambda c: (probs[c], c == current))
    if current not in probs or best == current or probs[best] - probs[current] < model.margin:
        return status
    return _STATUS_OF[best]


def redecide(m, records: list[Pledge], model: StatusModel | None) -> list[Pledge]:
    """The records of one document with the statuses ``model`` gives them (all unchanged when
    ``model`` is None; a record the rules pinned, ``hedges.PINNED``, is kept as it is)."""
    if model is None:
        return records
    out = []
    for p in records:
        if PIN in p.notes:
            out.append(p)  # an explicit reading of the rules ("refused to send", "but the door is not closed")
            continue
        status = decide(model, features(m, p), p.status)
        if status is not None:
            out.append(p if status == p.status else dataclasses.replace(p, status=status, notes=p.notes + (NOTE,)))
    return out
