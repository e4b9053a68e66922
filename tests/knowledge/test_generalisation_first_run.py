"""The generalisation bench records a document's first run once: from a full run or from an ``--only`` run
(a document's figures do not depend on which others are scored), never from an ``--alone`` one."""

from __future__ import annotations

import json

from bench.qa import generalisation


def _figures(right: int) -> dict:
    return {"in_scope": [right, 10], "out_of_scope": [5, 5], "failures": []}


def _fake_run(final=False, only=None, alone_only=False, beside=False):
    scored = only or ["old-doc", "new-doc", "other-new"]
    modes = ("alone",) if alone_only else ("alone", "together")
    return {"alone": {}, "together": {}, **{mode: {stem: _figures(7) for stem in scored} for mode in modes}}


def _recorded(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_only_records_just_the_named_new_documents_and_never_overwrites(tmp_path, monkeypatch, capsys):
    first = tmp_path / "first_run.json"
    first.write_text(json.dumps({"alone": {"old-doc": _figures(3)}, "together": {"old-doc": _figures(3)}}),
                     encoding="utf-8")
    monkeypatch.setattr(generalisation, "FIRST_RUN", first)
    monkeypatch.setattr(generalisation, "run", _fake_run)
    monkeypatch.setattr(generalisation, "heldout_stems", lambda: [])

    generalisation.main(["--record-first-run", "--only", "old-doc,new-doc"])

    recorded = _recorded(first)
    assert set(recorded["together"]) == {"old-doc", "new-doc"}
    assert recorded["alone"]["old-doc"]["in_scope"] == [3, 10]  # the first run stays as it was
    assert recorded["together"]["new-doc"]["in_scope"] == [7, 10]
    assert "first run recorded for: new-doc" in capsys.readouterr().out


def test_alone_records_nothing(tmp_path, monkeypatch):
    first = tmp_path / "first_run.json"
    first.write_text(json.dumps({"alone": {}, "together": {}}), encoding="utf-8")
    monkeypatch.setattr(generalisation, "FIRST_RUN", first)
    monkeypatch.setattr(generalisation, "run", _fake_run)
    monkeypatch.setattr(generalisation, "heldout_stems", lambda: [])

    generalisation.main(["--record-first-run", "--alone"])

    assert _recorded(first) == {"alone": {}, "together": {}}


def test_an_expected_figure_stands_whole_in_the_answer():
    assert generalisation.stands_in("5次", "2021年：5次（某市政协）")
    assert not generalisation.stands_in("5次", "2021年：15次（某市政协）")
    assert not generalisation.stands_in("2.5个百分点", "提高12.5个百分点")
    assert not generalisation.stands_in("2021", "编号20215")
    assert generalisation.stands_in("5次", "15次，其中5次")  # a later whole occurrence counts
    assert generalisation.stands_in("张明", "主任张明")
