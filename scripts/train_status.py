"""Train the learned status stage (``aidledger/extractor/learned_status.py``) from annotated sets,
measure it by cross-validation grouped by document, and write its weights.

    python scripts/train_status.py                 # ../shared/eval/dev; needs scikit-learn (pip install -e '.[train]')
    python scripts/train_status.py --cv-only       # the cross-validated figures, no file written
    python scripts/train_status.py --enable        # write the weights switched on (--disable: off)
    python scripts/train_status.py --sets dev own own2 own4 own6 own8 own10   # the union of these sets

``--sets`` names the training sets: ``dev`` (``../shared/eval/dev``), the readable probe sets
``own``, ``own2``, ``own4``, ``own6``, ``own8``, ``own9``, ``own10``, ``own11``, ``own13`` (``benchmarks/<name>``), or
a folder holding ``docs.jsonl`` and ``gold.jsonl``. The default is ``dev`` alone (or the one pair
``--docs``/``--gold``). The blind sets (``check``, ``own3``, ``own5``, ``own7``,
``own12``, ``own14``) are refused by name and by folder: they measure, they never train. Document ids are
prefixed with their set's name (``own4:r001``), so two sets may reuse an id.

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
4. Cross-validation, 5 folds grouped by document (``GroupKFold``, no shuffling) over the union of
   the sets: a model trained on four fifths of the documents re-decides the statuses of the fifth,
   whose records then go through ``records.finish`` as in the extractor; the F1 is that of the
   held-out predictions of all five folds (of the union; with several sets, each set's own too).
   No document is scored by a model that saw it. The regularisation ``C`` and the ``margin`` are
   chosen on the union's figure from small grids (a choice on the same folds, so the chosen figure
   is slightly optimistic; the check set and the blind probe sets are the honest test).
5. The model trained on all documents of the sets, with the chosen ``C`` and ``margin``, is written
   to ``aidledger/data/status_model.json`` with the digest of the training files and this command
   (and, when they are not ``dev`` alone, the names of the sets).
   ``enabled`` keeps the value of the file it replaces unless ``--enable`` or ``--disable`` is given.

The same inputs give the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
OUT = ROOT / "aidledger" / "data" / "status_model.json"
C_GRID = (0.1, 0.3, 1.0, 3.0)
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
FOLDS = 5
READABLE = ("own", "own2", "own4", "own6", "own8", "own9", "own10", "own11", "own13", "own14", "own15", "own16",
            "own17", "own18")
BLIND = ("check", "own3", "own5", "own7", "own12", "own19")
SETS = {"dev": DEV, **{name: ROOT / "benchmarks" / name for name in READABLE}}


def _digest(*paths: Path) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    return h.hexdigest()


def rules_digest(docs: dict) -> str:
    """The sha256 of the rule-stage records of ``docs`` (``load``), before the learned stage: the model reads
    these records, so a shipped model whose digest no longer matches was trained on rules that have changed
    since (``tests/test_learned_status.py`` asks)."""
    h = hashlib.sha256()
    for doc in sorted(docs):
        for p in docs[doc][1]:
            h.update(json.dumps(dict(p.to_dict(), doc_id=doc), sort_keys=True, default=str).encode("utf-8"))
    return h.hexdigest()


def set_folder(name: str) -> Path:
    """The folder of the training set ``name`` (a name of ``SETS`` or a folder). Raises
    ``ValueError`` for a blind set, named or given as a folder, and for an unknown name."""
    blind = {(DEV.parent / b).resolve() for b in BLIND} | {(ROOT / "benchmarks" / b).resolve() for b in BLIND}
    if name in BLIND:
        raise ValueError(f"{name} is a blind set: it measures, it never trains")
    folder = SETS.get(name) or Path(name)
    if folder.resolve() in blind:
        raise ValueError(f"{name} is a blind set's folder: it measures, it never trains")
    if name not in SETS and not folder.is_dir():
        raise ValueError(f"{name}: neither a training set ({', '.join(SETS)}) nor a folder")
    return folder


def load_sets(pairs: list[tuple[str, Path, Path]]):
    """``(docs, gold)`` of the union of the sets ``(name, docs.jsonl, gold.jsonl)``, document ids
    prefixed with the set's name (``load``)."""
    docs, gold = {}, []
    for name, docs_path, gold_path in pairs:
        d, g = load(docs_path, gold_path, f"{name}:")
        docs.update(d)
        gold.extend(g)
    return docs, gold


def set_of(doc: str) -> str:
    """The name of the set of the prefixed document id ``doc``."""
    return doc.split(":", 1)[0]


def load(docs_path: Path, gold_path: Path, prefix: str = ""):
    """``(docs, gold)``: per document id (after ``prefix``) its mentions, rule-stage records, not-aid
    facts, features and labels (None: no gold record matches the record whatever its status); and
    the gold records (their ``doc`` prefixed too)."""
    from aidledger.evaluate import load_jsonl, matches
    from aidledger.extractor import learned_status
    from aidledger.extractor.pipeline import rule_stage_records
    from aidledger.model import Document
    from aidledger.sources import read_documents

    gold = [dict(g, doc=prefix + str(g["doc"])) for g in load_jsonl(gold_path)]
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
            classes = [learned_status.CLASS[g["status"]] for g in by_doc.get(prefix + doc.id, [])
                       if g.get("status") in learned_status.CLASS and matches(dict(d, status=g["status"]), g)]
            own = learned_status.CLASS.get(p.status)
            labels.append(own if own in classes else (classes[0] if classes else None))
            feats.append(learned_status.features(m, p))
        docs[prefix + doc.id] = (m, found, not_aid, feats, labels)
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
        out.extend(dict(p.to_dict(), doc_id=doc) for p in finish(m, found, not_aid, model))
    return out


def cross_validate(docs: dict, gold: list[dict], c: float, min_docs: int, margins,
                   with_none: bool = False) -> dict[float, tuple]:
    """Per margin, the ``Score`` of the sets with every document's statuses re-decided by a model
    trained on the other folds, the count of records whose class the held-out models changed, and
    the ``Score`` of each set: ``(score, changed, right, wrong, per_set)`` (right: to the class of the
    gold record the record matches; wrong: a record matching a gold record of another class, or, for
    ``none``, any gold record; the rest match no gold record whatever their status)."""
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
    return {mg: (score(gold, pred[mg]), *changes[mg], per_set(gold, pred[mg])) for mg in margins}


def per_set(gold: list[dict], pred: list[dict]) -> dict:
    """The ``Score`` of each set of the prefixed gold records ``gold`` and predictions ``pred``."""
    from aidledger.evaluate import score

    names = sorted({set_of(g["doc"]) for g in gold} | {set_of(p["doc_id"]) for p in pred})
    return {n: score([g for g in gold if set_of(g["doc"]) == n], [p for p in pred if set_of(p["doc_id"]) == n])
            for n in names}


def _each(scores: dict) -> str:
    """``"; dev 0.867 own 0.913"``: the F1 of each set, when there are several."""
    return "; " + " ".join(f"{n} {s.f1:.3f}" for n, s in scores.items()) if len(scores) > 1 else ""


def _pairs(args) -> list[tuple[str, Path, Path]]:
    """``(name, docs.jsonl, gold.jsonl)`` of each training set the arguments name."""
    if args.sets is None:
        return [("dev", args.docs, args.gold)]
    if len(set(args.sets)) != len(args.sets):
        raise ValueError("a set is named twice")
    folders = [(name, set_folder(name)) for name in args.sets]
    return [(Path(name).name if name not in SETS else name, f / "docs.jsonl", f / "gold.jsonl") for name, f in folders]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", metavar="SET",
                    help=f"train on the union of these sets ({', '.join(SETS)}, or folders); default: dev")
    ap.add_argument("--docs", type=Path, default=DEV / "docs.jsonl", help="without --sets: the documents")
    ap.add_argument("--gold", type=Path, default=DEV / "gold.jsonl", help="without --sets: their gold records")
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
    try:
        pairs = _pairs(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path in (p for _, d, g in pairs for p in (d, g)):
        if not path.is_file():
            print(f"error: {path}: no such file", file=sys.stderr)
            return 1
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("error: training needs scikit-learn (pip install -e '.[train]')", file=sys.stderr)
        return 1
    from aidledger.evaluate import score

    names = [name for name, _, _ in pairs]
    docs, gold = load_sets(pairs)
    from aidledger.extractor.learned_status import CLASS

    labels = [x for d in docs.values() for x in d[4]]
    counts = {k: labels.count(k) for k in ("commit", "delivered", "considering", "refused")}
    agree = sum(CLASS[p.status] == x for d in docs.values() for p, x in zip(d[1], d[4], strict=True))
    print(f"{len(labels)} rule-stage records of {len(docs)} documents ({' '.join(names)}); {sum(counts.values())} "
          f"labelled by a gold record's status {counts}; the rules' class is the label for {agree}")
    plain = predict(docs, sorted(docs), None)
    rules = score(gold, plain)
    print(f"rules alone:            P {rules.precision:.3f} R {rules.recall:.3f} F1 {rules.f1:.3f}"
          f"{_each(per_set(gold, plain))}")
    best = None
    for c in C_GRID if args.c is None else (args.c,):
        margins = MARGINS if args.margin is None else (args.margin,)
        for mg, (s, changed, right, wrong, each) in cross_validate(docs, gold, c, args.min_docs, margins,
                                                                   args.with_none).items():
            print(f"CV C={c:<4} margin={mg:.1f}:  P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}; "
                  f"{changed} records changed: {right} right, {wrong} wrong{_each(each)}")
            key = (round(s.f1, 4), mg, -c)  # ties: the larger margin (fewer changes), the stronger regularisation
            if best is None or key > best[0]:
                best = (key, c, mg, s)
    _, c, mg, s = best
    label = "+".join(names)
    print(f"chosen C={c} margin={mg}: cross-validated {label} F1 {s.f1:.3f} (rules alone {rules.f1:.3f})")
    if args.cv_only:
        return 0
    from aidledger.extractor.learned_status import read_model

    enabled = args.enable or (not args.disable and args.out.is_file() and read_model(args.out).enabled)
    import dataclasses

    model = dataclasses.replace(fit(docs, sorted(docs), c, args.min_docs, mg, args.with_none), enabled=enabled)
    command = ("python scripts/train_status.py" + (f" --sets {' '.join(args.sets)}" if args.sets else "")
               + (" --with-none" if args.with_none else "")
               + (f" --c {args.c}" if args.c is not None else "")
               + (f" --margin {args.margin}" if args.margin is not None else "")
               + (" --enable" if enabled else " --disable"))
    extra = {"C": c, "min_docs": args.min_docs, "command": command,
             "training_sha256": _digest(*(p for _, d, g in pairs for p in (d, g))), "rules_sha256": rules_digest(docs)}
    if names == ["dev"]:
        extra.update(cv_dev_f1=round(s.f1, 4), rules_dev_f1=round(rules.f1, 4))
    else:
        extra.update(sets=names, cv_f1=round(s.f1, 4), rules_f1=round(rules.f1, 4))
    args.out.write_text(model.to_json(**extra), encoding="utf-8", newline="\n")
    print(f"wrote {args.out} ({len(model.weights)} features, enabled={enabled})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
