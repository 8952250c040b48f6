"""The learned status stage (``aidledger/extractor/learned_status.py``) on sentences written for
these tests: what it reads of a record, how its weights decide, that the pipeline applies it, that
the shipped model is switched off and loads, and that training is deterministic."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from aidledger.errors import InputError
from aidledger.extractor import learned_status, pipeline
from aidledger.extractor.learned_status import StatusModel, decide, features, read_model, redecide
from aidledger.model import Document

CLASSES = ("commit", "considering", "delivered", "refused")


def _model(weights, margin=0.2, bias=(0.0, 0.0, 0.0, 0.0)):
    return StatusModel(CLASSES, bias, {f: tuple(w) for f, w in weights.items()}, margin)


def _records(text):
    m, found, _ = pipeline.rule_stage_records(Document("t", text))
    return m, found


def test_features_read_the_rules_status_cues_and_words_around_the_item():
    m, found = _records("Portugal has delivered six Leopard 2A6 tanks to Ukraine, its defence minister said.")
    (p,) = found
    f = features(m, p)
    assert "rule=delivered" in f and "kind=item" in f and "counted" in f
    assert "cue=delivered" in f and "cue-before=delivered" in f
    assert "w:has" in f and "b:delivered" in f and "a:to" in f and "a:its" in f
    assert not any(x.startswith("a:") and x[2:] in ("delivered", "has") for x in f)  # before the item only
    # the words of the language of status only: no names of donors, places or systems
    assert not any(x[2:] in ("portugal", "ukraine", "leopard", "a") for x in f if x[1] == ":")


def test_features_of_money_told_in_a_quotation():
    m, found = _records('The minister said: "Belgium will give €50 million for drones to Ukraine."')
    (p,) = found
    f = features(m, p)
    assert {"kind=money", "quoted", "rule=commit", "cue-before=pledged", "b:will", "a:drones"} <= set(f)
    assert "counted" not in f and "question" not in f


def test_decide_follows_the_weights_only_past_the_margin():
    feats = ["rule=commit", "w:mulls"]
    strong = _model({"w:mulls": (0.0, 3.0, 0.0, 0.0)})
    assert decide(strong, feats, "pledged") == "considering"
    assert decide(_model({"w:mulls": (0.0, 3.0, 0.0, 0.0)}, margin=0.95), feats, "pledged") == "pledged"
    assert decide(_model({}), feats, "funded") == "funded"  # no weights: the rules' own status
    to_commit = _model({"w:mulls": (3.0, 0.0, 0.0, 0.0)})
    assert decide(to_commit, feats, "funded") == "funded"  # funded is already a commitment
    assert decide(to_commit, feats, "delivered") == "pledged"
    dropping = StatusModel((*CLASSES, "none"), (0.0,) * 5, {"w:mulls": (0, 0, 0, 0, 4.0)}, 0.2)
    assert decide(dropping, feats, "pledged") is None


def test_probabilities_are_a_softmax_and_ignore_unknown_features():
    model = _model({"w:a": (1.0, 0.0, 0.0, 0.0)})
    probs = model.probabilities(["w:a", "w:unknown", "w:a"])
    assert sum(probs.values()) == pytest.approx(1.0)
    assert probs["commit"] == pytest.approx(2.718281828 / (2.718281828 + 3))


def test_redecide_changes_the_status_and_notes_it_and_can_drop():
    m, found = _records("Greece has sent four Leopard 1 tanks to Ukraine.")
    assert [p.status for p in found] == ["delivered"]
    assert redecide(m, found, None) == found
    turned = redecide(m, found, _model({"w:tanks": (0.0, 0.0, 0.0, 5.0)}))
    assert [(p.status, p.notes[-1]) for p in turned] == [("refused", learned_status.NOTE)]
    assert turned[0].quantity_value == 4 and turned[0].donor == "GRC"
    dropping = StatusModel((*CLASSES, "none"), (0.0,) * 5, {"w:tanks": (0, 0, 0, 0, 5.0)}, 0.2)
    assert redecide(m, found, dropping) == []


def test_the_pipeline_applies_the_shipped_model(monkeypatch):
    text = "Greece has sent four Leopard 1 tanks to Ukraine."
    assert [p.status for p in pipeline.extract(text)] == ["delivered"]
    monkeypatch.setattr(learned_status, "shipped", lambda: _model({"w:tanks": (0.0, 4.0, 0.0, 0.0)}))
    (p,) = pipeline.extract(text)
    assert p.status == "considering" and learned_status.NOTE in p.notes


def test_model_json_round_trip_and_bytes(tmp_path):
    model = _model({"w:b": (0.1, -0.2, 0.3, 0.0), "w:a": (1.0, 2.0, 3.0, 4.0)}, margin=0.3)
    text = model.to_json(command="test")
    assert text == _model({"w:a": (1.0, 2.0, 3.0, 4.0), "w:b": (0.1, -0.2, 0.3, 0.0)}, margin=0.3).to_json(
        command="test")
    path = tmp_path / "m.json"
    path.write_text(text, encoding="utf-8")
    assert json.loads(text)["command"] == "test"
    assert read_model(path) == model


@pytest.mark.parametrize("body", ["not json", '{"classes": ["commit"]}',
                                  '{"classes": ["commit", "maybe"], "bias": [0, 0], "weights": {}, "margin": 0}',
                                  '{"classes": ["commit"], "bias": [0, 1], "weights": {}, "margin": 0}'])
def test_a_bad_model_file_is_a_one_line_error(tmp_path, body):
    path = tmp_path / "m.json"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_model(path)
    assert "\n" not in str(err.value) and str(path) in str(err.value)
    with pytest.raises(InputError, match="no such file|No such file"):
        read_model(tmp_path / "missing.json")


def test_the_shipped_model_loads_is_switched_on_and_says_how_it_was_made():
    from aidledger.resources import data_path

    path = data_path(learned_status.WEIGHTS_FILE)
    model = read_model(path)
    body = json.loads(path.read_text(encoding="utf-8"))
    assert set(model.classes) == {*CLASSES, "none"} and len(model.weights) > 50
    assert body["command"].startswith("python scripts/train_status.py") and len(body["training_sha256"]) == 64
    assert model.enabled and learned_status.shipped() == model  # switched on: see data/README.md
    assert body["command"].endswith(" --enable") and " --with-none" in body["command"]
    assert body["sets"] == ["dev", "own", "own2", "own4", "own6", "own8", "own9", "own10", "own11",
                            "own13", "own14", "own15", "own16", "own17", "own18"]  # never a blind set
    assert f"--sets {' '.join(body['sets'])}" in body["command"]
    assert path.read_bytes().count(b"\r") == 0


def test_the_shipped_model_was_trained_on_the_rules_of_today():
    # the model reads the records the rules make: after a change of the rules its weights describe rules that
    # are gone, and it must be trained again (the command in the file); the digest of those records says so
    from aidledger.resources import data_path

    body = json.loads(data_path(learned_status.WEIGHTS_FILE).read_text(encoding="utf-8"))
    train = _train_script()
    folders = [train.set_folder(name) for name in body["sets"]]
    if not all((f / "docs.jsonl").is_file() and (f / "gold.jsonl").is_file() for f in folders):
        pytest.skip("a training set is not on this machine (the development set lives beside the checkout)")
    docs, _ = train.load_sets([(n, f / "docs.jsonl", f / "gold.jsonl") for n, f in zip(body["sets"], folders,
                                                                                      strict=True)])
    assert train.rules_digest(docs) == body["rules_sha256"], \
        f"the rules changed since the learned status stage was trained: run {body['command']}"


def _corpus(tmp_path):
    """Six small documents of our own and their gold records, two statuses each."""
    docs, gold = [], []
    rows = [("NOR", "Norway", "NASAMS", "air_defence"), ("DNK", "Denmark", "Caesar", "artillery"),
            ("ESP", "Spain", "Leopard 2A4", "tank"), ("SWE", "Sweden", "CV90", "ifv_apc"),
            ("FIN", "Finland", "Leopard 2A4", "tank"), ("NLD", "the Netherlands", "PzH 2000", "artillery")]
    for i, (code, name, item, category) in enumerate(rows):
        text = (f"{name} has delivered {i + 2} {item} to Ukraine. {name} will send {i + 3} more {item} "
                f"next year. {name} is considering sending {i + 4} more {item}.")
        docs.append({"id": f"d{i}", "text": text, "published": "2024-05-10", "outlet": "test", "url": None,
                     "title": None})
        for n, status in ((i + 2, "delivered"), (i + 3, "pledged"), (i + 4, "considering")):
            gold.append({"doc": f"d{i}", "donor": code, "recipient": "UKR", "item": item, "category": category,
                         "quantity": n, "quantity_unit": "units", "amount": None, "currency": None,
                         "status": status, "date": None, "quote": text})
    for name, rows_ in (("docs.jsonl", docs), ("gold.jsonl", gold)):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows_), encoding="utf-8")
    return tmp_path / "docs.jsonl", tmp_path / "gold.jsonl"


def test_training_is_deterministic_and_writes_a_loadable_model(tmp_path, capsys):
    pytest.importorskip("sklearn")
    import importlib.util

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("train_status", ROOT / "scripts" / "train_status.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    docs, gold = _corpus(tmp_path)
    outs = [tmp_path / "a.json", tmp_path / "b.json"]
    for out in outs:
        assert train.main(["--docs", str(docs), "--gold", str(gold), "--out", str(out), "--min-docs", "1",
                           "--c", "1.0", "--margin", "0.2"]) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()
    model = read_model(outs[0])
    assert not model.enabled and "w:considering" in model.weights
    assert "cross-validated dev F1" in capsys.readouterr().out
    assert train.main(["--docs", str(tmp_path / "none.jsonl"), "--gold", str(gold), "--out", str(outs[0])]) == 1


def _train_script():
    import importlib.util

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("train_status", ROOT / "scripts" / "train_status.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    return train


@pytest.mark.parametrize("name", ["check", "own3", "own5", "own7", "own12", "own19"])
def test_training_refuses_a_blind_set_by_name_and_by_folder(name, capsys):
    train = _train_script()
    with pytest.raises(ValueError, match="blind"):
        train.set_folder(name)
    folder = train.DEV.parent / name if name == "check" else train.ROOT / "benchmarks" / name
    with pytest.raises(ValueError, match="blind"):
        train.set_folder(str(folder))
    assert train.main(["--sets", "dev", name, "--cv-only"]) == 1
    assert "blind" in capsys.readouterr().err


def test_training_sets_by_name_are_dev_and_the_readable_probe_sets():
    train = _train_script()
    assert train.set_folder("dev") == train.DEV
    readable = ("own", "own2", "own4", "own6", "own8", "own9", "own10", "own11", "own13", "own14", "own15", "own16",
                "own17", "own18")
    assert [train.set_folder(n).name for n in readable] == list(readable)
    with pytest.raises(ValueError, match="neither"):
        train.set_folder("own99-nowhere")


def test_training_on_several_sets_keeps_their_documents_apart(tmp_path, capsys):
    pytest.importorskip("sklearn")
    train = _train_script()
    folders = []
    for name in ("first", "second"):  # the same document ids in both sets
        folder = tmp_path / name
        folder.mkdir()
        _corpus(folder)
        folders.append(str(folder))
    docs, gold = train.load_sets([(Path(f).name, Path(f) / "docs.jsonl", Path(f) / "gold.jsonl") for f in folders])
    assert len(docs) == 12 and {train.set_of(d) for d in docs} == {"first", "second"}
    assert {g["doc"] for g in gold} == set(docs)
    outs = [tmp_path / "a.json", tmp_path / "b.json"]
    for out in outs:
        assert train.main(["--sets", *folders, "--out", str(out), "--min-docs", "1", "--c", "1.0",
                           "--margin", "0.2"]) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()
    body = json.loads(outs[0].read_text(encoding="utf-8"))
    assert body["sets"] == ["first", "second"] and f"--sets {folders[0]} {folders[1]}" in body["command"]
    assert "cv_f1" in body and "cv_dev_f1" not in body and "w:considering" in read_model(outs[0]).weights
    printed = capsys.readouterr().out
    assert "of 12 documents (first second)" in printed
    assert re.search(r"rules alone: .*; first \d\.\d{3} second \d\.\d{3}\n", printed)  # each set's own F1
    assert train.main(["--sets", folders[0], folders[0], "--cv-only"]) == 1  # a set named twice
