"""An experiment, kept so anyone can rerun it: can a learned filter over the rule stages' records
raise F1? (Issue #12 welcomes a learned component "where it beats rules on check/".)

    python scripts/confidence_experiment.py        # ../shared/eval/dev; needs scikit-learn

Every record the rule stages find in a development document is labelled by the reference scorer's
matching (``aidledger.evaluate.matches``, greedily in gold order, as ``score`` does): 1 when it
matches a gold record, else 0. A logistic regression (scikit-learn, liblinear: deterministic) reads
each record's features: its status, kind and category, its notes, where its donor is named, the
cues of its clause and sentence, and the words of its clause and around its item. Regularisation
``C`` and the threshold below which a record would be dropped are chosen by 5-fold
cross-validation **grouped by document**, on the F1 of the whole development set (gold records no
rule found count as misses). Only features seen in at least 3 training documents are kept.

The result (docs/accuracy.md): the model separates right from wrong records poorly
(cross-validated ROC AUC about 0.6-0.68) and no threshold raises F1, so the extractor ships no
such stage. The errors left are semantic (who speaks, whether a sentence states or weighs a
transfer) and 417 labelled records do not teach them.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from aidledger.extractor.learned_status import clause_cues, sentence_marks
from aidledger.model import Pledge

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 14))

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NOTES = ("no-cue", "headline", "list-item", "system-from-context", "system-from-operator", "elliptical",
          "unnumbered", "schedule", "joint")
_HEAD = 60  # characters read before the item, then after it


def _bucket(n: float, edges: tuple[float, ...]) -> int:
    return sum(n >= edge for edge in edges)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def features(m, p: Pledge, n_in_sentence: int, n_in_doc: int, sentence_index: int) -> list[str]:
    """The features of record ``p`` of the document ``m`` (``index.Mentions``)."""
    text = m.text
    s, e = p.source.start, p.source.end
    head = text.find(p.item_text, s, e) if p.item_text else -1
    head = s if head < 0 else head
    cs, ce = m.clause_of(s, e, head)
    f = [f"status={p.status}", f"kind={'money' if p.category == 'money' else 'item'}", f"cat={p.category}",
         f"status*kind={p.status}*{p.category == 'money'}"]
    if p.quantity is not None:
        f.append("has-quantity")
        f.append(f"quantity-size={_bucket(p.quantity_value, (2, 10, 100, 1000, 10000))}")
    if p.amount is not None:
        f.append(f"amount-size={_bucket(float(p.amount), (1e6, 1e7, 1e8, 1e9, 1e10))}")
    if p.category != "money" and p.quantity is None:
        f.append("unnumbered-item")
    if p.date is not None:
        f.append("dated")
    f.extend(f"note={n}" for n in p.notes if n in _NOTES)
    f.append(f"sentence-index={_bucket(sentence_index, (1, 2, 4, 8, 16))}")
    f.append(f"records-in-sentence={min(n_in_sentence, 4)}")
    f.append(f"records-in-doc={_bucket(n_in_doc, (2, 4, 8, 16))}")
    # who: is the donor named in the clause, in the sentence, before the item?
    named = [d for d in m.inside(m.donors, s, e) if d.code == p.donor]
    f.append("donor-in-clause" if any(cs <= d.start < ce for d in named) else
             "donor-in-sentence" if named else "donor-from-context")
    if any(d.start < head for d in named):
        f.append("donor-before-item")
    kinds = Counter(d.kind for d in m.inside(m.donors, s, e) if d.code != p.donor)
    f.extend(f"other-party={k}" for k in kinds)
    if sum(1 for d in m.inside(m.donors, s, e) if d.kind not in m.non_donor_kinds) > 2:
        f.append("many-donors")
    # how: the cues of the clause and the sentence
    f.extend(clause_cues(m, cs, ce, head))
    for c in m.inside(m.context_cues, s, e):
        f.append(f"context={c.label}")
    sentence = text[s:e]
    f.extend(sentence_marks(sentence))
    if sentence.lstrip().startswith(("-", "\u2022", "*", "\u2013")):
        f.append("bullet")
    # the words: of the clause, just before the item, just after it
    f.extend(f"w:{w}" for w in _words(text[cs:ce]))
    f.extend(f"b:{w}" for w in _words(text[max(cs, head - _HEAD):head]))
    f.extend(f"a:{w}" for w in _words(text[head:min(ce, head + len(p.item_text or "") + _HEAD)]))
    return f


def record_features(m, records: list[Pledge]) -> list[list[str]]:
    """``features`` of every record of one document."""
    starts = [s for s, _ in m.sentences]
    per_sentence = Counter(p.source.start for p in records)
    out = []
    for p in records:
        index = next((i for i, s in enumerate(starts) if s == p.source.start), len(starts))
        out.append(features(m, p, per_sentence[p.source.start], len(records), index))
    return out


def labelled(docs_path: Path, gold_path: Path):
    """``(doc_ids, features, labels, n_gold)`` of every rule-stage record of the documents."""
    from aidledger.evaluate import load_jsonl, matches
    from aidledger.extractor.pipeline import rule_records
    from aidledger.model import Document
    from aidledger.sources import read_documents

    gold = load_jsonl(gold_path)
    by_doc = defaultdict(list)
    for g in gold:
        by_doc[str(g["doc"])].append(g)
    ids, feats, labels = [], [], []
    for doc in read_documents([docs_path]):
        if not isinstance(doc, Document):
            continue
        m, records = rule_records(doc)
        preds = [p.to_dict() for p in records]
        used: set[int] = set()
        for g in by_doc.get(doc.id, []):
            hit = next((i for i, p in enumerate(preds) if i not in used and matches(p, g)), None)
            if hit is not None:
                used.add(hit)
        for i, f in enumerate(record_features(m, records)):
            ids.append(doc.id)
            feats.append(f)
            labels.append(1 if i in used else 0)
    return ids, feats, labels, len(gold)


def _vocabulary(ids, feats, min_docs: int) -> list[str]:
    seen = defaultdict(set)
    for doc, f in zip(ids, feats, strict=True):
        for x in f:
            seen[x].add(doc)
    return sorted(x for x, docs in seen.items() if len(docs) >= min_docs)


def _matrix(feats, vocab):
    from scipy.sparse import lil_matrix

    index = {x: i for i, x in enumerate(vocab)}
    X = lil_matrix((len(feats), len(vocab)))
    for r, f in enumerate(feats):
        for x in set(f):
            if x in index:
                X[r, index[x]] = 1.0
    return X.tocsr()


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=DEV / "docs.jsonl")
    ap.add_argument("--gold", type=Path, default=DEV / "gold.jsonl")
    ap.add_argument("--min-docs", type=int, default=3)
    args = ap.parse_args(argv)
    for path in (args.docs, args.gold):
        if not path.is_file():
            print(f"error: {path}: no such file", file=sys.stderr)
            return 1
    try:
        import numpy as np
        from sklearn.linear_model import LogisticRegression
        from sklearn.metrics import roc_auc_score
        from sklearn.model_selection import GroupKFold
    except ImportError:
        print("error: this experiment needs scikit-learn (pip install scikit-learn)", file=sys.stderr)
        return 1
    ids, feats, labels, n_gold = labelled(args.docs, args.gold)
    y = np.array(labels)
    print(f"{len(y)} rule-stage records of {len(set(ids))} documents, {int(y.sum())} match one of {n_gold} "
          f"gold records; F1 of them all {_f1(int(y.sum()), len(y), n_gold):.3f}")
    for c in C_GRID:
        probs = np.zeros(len(y))
        for train, test in GroupKFold(n_splits=5).split(feats, y, groups=ids):
            vocab = _vocabulary([ids[i] for i in train], [feats[i] for i in train], args.min_docs)
            model = LogisticRegression(C=c, solver="liblinear", max_iter=1000)
            model.fit(_matrix([feats[i] for i in train], vocab), y[train])
            probs[test] = model.predict_proba(_matrix([feats[i] for i in test], vocab))[:, 1]
        f1s = {t: _f1(int(y[probs >= t].sum()), int((probs >= t).sum()), n_gold) for t in THRESHOLDS}
        best = max(f1s, key=lambda t: (round(f1s[t], 4), -t))
        print(f"C={c:<5} cross-validated ROC AUC {roc_auc_score(y, probs):.3f}; best F1 {f1s[best]:.3f} "
              f"(records below {best:.2f} dropped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
