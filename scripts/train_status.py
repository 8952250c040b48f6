"""Train the learned status stage (``aidledger/extractor/learned_status.py``) from the development
annotations, measure it by cross-validation grouped by document, and write its weights.

    python scripts/train_status.py                 # ../shared/eval/dev; needs scikit-learn (pip install -e '.[train]')
    python scripts/train_status.py --cv-only       # the cross-validated figures, no file written
    python scripts/train_status.py --enable        # write the weights switched on (--disable: off)

1. Every development document goes through the rule stages (``pipeline.rule_stage_records``: the
   records before the learned status and ``records.finish``).
2. Each record is labelled by the reference scorer's matching (``aidledger.evaluate.matches``): a
   record that matches a gold record of its document once its status is set to that gold record's
   status is an example of that gold record's class (``commit`` for pledged and funded,
   ``delivered``, ``considering``, ``refused``); a class equal to the record's own is preferred.
   Records that match no gold record whatever their status teach nothing about status and are left
   out.
3. A multinomial logistic regression (scikit-learn, lbfgs: deterministic) over binary features
   (``learned_status.features``) seen in at least ``--min-docs`` training documents.
4. Cross-validation, 5 folds grouped by document (``GroupKFold``, no shuffling): a model trained on
   four fifths of the documents re-decides the statuses of the fifth, whose records then go through
   ``records.finish`` as in the extractor; the development set's F1 is that of the held-out
   predictions of all five folds. No document is scored by a model that saw it. The regularisation
   ``C`` and the ``margin`` are chosen on this figure from small grids (a choice on the same folds,
   so the chosen figure is slightly optimistic; the check set is the honest test).
5. The model trained on all development documents, with the chosen ``C`` and ``margin``, is written
   to ``aidledger/data/status_model.json`` with the digest of the training files and this command.
   ``enabled`` keeps the value of the file it replaces unless ``--enable`` or ``--disable`` is given.

The same inputs give the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
OUT = ROOT / "aidledger" / "data" / "status_model.json"
C_GRID = (0.1, 0.3, 1.0, 3.0)
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
FOLDS = 5


def _digest(*paths: Path) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    return h.hexdigest()


def load(docs_path: Path, gold_path: Path):
    """``(docs, gold)``: per document id its mentions, rule-stage records, not-aid facts, features
    and labels (None: no gold record matches the record whatever its status); and the gold records."""
    from aidledger.evaluate import load_jsonl, matches
    from aidledger.extractor import learned_status
    from aidledger.extractor.pipeline import rule_stage_records
    from aidledger.model import Document
    from aidledger.sources import read_documents

    gold = load_jsonl(gold_path)
    by_doc = defaultdict(list)
    for g in gold:
        by_doc[str(g["doc"])].append(g)
    docs = {}
    for doc in read_documents([docs_path]):
        if not isinstance(doc, Document):
            continue
        m, found, not_aid = rule_stage_records(doc)
        feats, labels = [], []
        for p in found:
            d = p.to_dict()
            classes = [learned_status.CLASS[g["status"]] for g in by_doc.get(doc.id, [])
                       if g.get("status") in learned_status.CLASS and matches(dict(d, status=g["status"]), g)]
            own = learned_status.CLASS.get(p.status)
            labels.append(own if own in classes else (classes[0] if classes else None))
            feats.append(learned_status.features(m, p))
        docs[doc.id] = (m, found, not_aid, feats, labels)
    return docs, gold


def _vocabulary(docs: dict, ids: list[str], min_docs: int, with_none: bool) -> list[str]:
    seen = defaultdict(set)
    for doc in ids:
        for f, label in zip(docs[doc][3], docs[doc][4], strict=True):
            if label is not None or with_none:
                for x in f:
                    seen[x].add(doc)
    return sorted(x for x, where in seen.items() if len(where) >= min_docs)


def fit(docs: dict, ids: list[str], c: float, min_docs: int, margin: float, with_none: bool = False):
    """The ``StatusModel`` trained on the labelled records of the documents ``ids``."""
    from sklearn.linear_model import LogisticRegression

    from aidledger.extractor.learned_status import StatusModel

    vocab = _vocabulary(docs, ids, min_docs, with_none)
    index = {x: i for i, x in enumerate(vocab)}
    X, y = [], []  # a few hundred rows of a few hundred columns: a dense 0/1 table is small
    for doc in ids:
        for f, label in zip(docs[doc][3], docs[doc][4], strict=True):
            if label is None and not with_none:
                continue
            row = [0.0] * len(vocab)
            for x in f:
                if x in index:
                    row[index[x]] = 1.0
            X.append(row)
            y.append(label or "none")
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000, tol=1e-8)
    model.fit(X, y)
    classes = tuple(str(k) for k in model.classes_)
    coef = [[float(x) for x in row] for row in model.coef_]
    bias = [float(b) for b in model.intercept_]
    if len(classes) == 2:  # a binary problem: scikit-learn keeps one row; the softmax needs two
        coef = [[-x / 2 for x in coef[0]], [x / 2 for x in coef[0]]]
        bias = [-bias[0] / 2, bias[0] / 2]
    weights = {x: tuple(coef[k][i] for k in range(len(classes))) for x, i in index.items()
               if any(abs(coef[k][i]) >= 1e-4 for k in range(len(classes)))}
    return StatusModel(classes, tuple(float(b) for b in bias), weights, margin)


def predict(docs: dict, ids: list[str], model) -> list[dict]:
    """The records ``extract_document`` would give the documents ``ids`` with ``model``."""
    from aidledger.extractor.pipeline import finish

    out = []
    for doc in ids:
        m, found, not_aid, _, _ = docs[doc]
        out.extend(p.to_dict() for p in finish(m, found, not_aid, model))
    return out


def cross_validate(docs: dict, gold: list[dict], c: float, min_docs: int, margins,
                   with_none: bool = False) -> dict[float, tuple]:
    """Per margin, the ``Score`` of the development set with every document's statuses re-decided by
    a model trained on the other folds, and the count of records whose class the held-out models
    changed: ``(score, changed, right, wrong)`` (right: to the class of the gold record the record
    matches; wrong: a record matching a gold record of another class, or, for ``none``, any gold
    record; the rest match no gold record whatever their status)."""
    import dataclasses

    from sklearn.model_selection import GroupKFold

    from aidledger.evaluate import score
    from aidledger.extractor.learned_status import CLASS, decide

    ids = sorted(docs)
    pred: dict[float, list[dict]] = {mg: [] for mg in margins}
    changes = {mg: [0, 0, 0] for mg in margins}
    for train, test in GroupKFold(n_splits=FOLDS).split(ids, groups=ids):
        model = fit(docs, [ids[i] for i in train], c, min_docs, 0.0, with_none)
        for mg in margins:
            held = dataclasses.replace(model, margin=mg)
            pred[mg].extend(predict(docs, [ids[i] for i in test], held))
            for i in test:
                _, found, _, feats, labels = docs[ids[i]]
                for p, f, label in zip(found, feats, labels, strict=True):
                    new = decide(held, f, p.status)
                    new = "none" if new is None else CLASS[new]
                    if new != CLASS[p.status]:
                        changes[mg][0] += 1
                        changes[mg][1] += new == (label or "none")
                        changes[mg][2] += label is not None and new != label
    return {mg: (score(gold, pred[mg]), *changes[mg]) for mg in margins}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=DEV / "docs.jsonl")
    ap.add_argument("--gold", type=Path, default=DEV / "gold.jsonl")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-docs", type=int, default=3)
    ap.add_argument("--with-none", action="store_true",
                    help="a fifth class, none (no gold record of any status): a record the model puts there is dropped")
    ap.add_argument("--c", type=float, help="this regularisation instead of the grid's choice")
    ap.add_argument("--margin", type=float, help="this margin instead of the grid's choice")
    ap.add_argument("--cv-only", action="store_true", help="print the cross-validated figures, write nothing")
    switch = ap.add_mutually_exclusive_group()
    switch.add_argument("--enable", action="store_true", help="write the model switched on")
    switch.add_argument("--disable", action="store_true", help="write the model switched off")
    args = ap.parse_args(argv)
    for path in (args.docs, args.gold):
        if not path.is_file():
            print(f"error: {path}: no such file", file=sys.stderr)
            return 1
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("error: training needs scikit-learn (pip install -e '.[train]')", file=sys.stderr)
        return 1
    from aidledger.evaluate import score

    docs, gold = load(args.docs, args.gold)
    from aidledger.extractor.learned_status import CLASS

    labels = [x for d in docs.values() for x in d[4]]
    counts = {k: labels.count(k) for k in ("commit", "delivered", "considering", "refused")}
    agree = sum(CLASS[p.status] == x for d in docs.values() for p, x in zip(d[1], d[4], strict=True))
    print(f"{len(labels)} rule-stage records of {len(docs)} documents; {sum(counts.values())} labelled by a gold "
          f"record's status {counts}; the rules' class is the label for {agree}")
    rules = score(gold, predict(docs, sorted(docs), None))
    print(f"rules alone:            P {rules.precision:.3f} R {rules.recall:.3f} F1 {rules.f1:.3f}")
    best = None
    for c in C_GRID if args.c is None else (args.c,):
        margins = MARGINS if args.margin is None else (args.margin,)
        for mg, (s, changed, right, wrong) in cross_validate(docs, gold, c, args.min_docs, margins,
                                                             args.with_none).items():
            print(f"CV C={c:<4} margin={mg:.1f}:  P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}; "
                  f"{changed} records changed: {right} right, {wrong} wrong")
            key = (round(s.f1, 4), mg, -c)  # ties: the larger margin (fewer changes), the stronger regularisation
            if best is None or key > best[0]:
                best = (key, c, mg, s)
    _, c, mg, s = best
    print(f"chosen C={c} margin={mg}: cross-validated dev F1 {s.f1:.3f} (rules alone {rules.f1:.3f})")
    if args.cv_only:
        return 0
    from aidledger.extractor.learned_status import read_model

    enabled = args.enable or (not args.disable and args.out.is_file() and read_model(args.out).enabled)
    import dataclasses

    model = dataclasses.replace(fit(docs, sorted(docs), c, args.min_docs, mg, args.with_none), enabled=enabled)
    command = ("python scripts/train_status.py" + (" --with-none" if args.with_none else "")
               + (f" --c {args.c}" if args.c is not None else "")
               + (f" --margin {args.margin}" if args.margin is not None else "")
               + (" --enable" if enabled else " --disable"))
    extra = {"C": c, "min_docs": args.min_docs, "command": command,
             "training_sha256": _digest(args.docs, args.gold),
             "cv_dev_f1": round(s.f1, 4), "rules_dev_f1": round(rules.f1, 4)}
    args.out.write_text(model.to_json(**extra), encoding="utf-8", newline="\n")
    print(f"wrote {args.out} ({len(model.weights)} features, enabled={enabled})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
