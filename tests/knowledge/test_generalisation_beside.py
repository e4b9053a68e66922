"""The generalisation bench's ``--beside`` mode: a document scored beside the bundled report only."""

from __future__ import annotations

import json

from bench.qa import generalisation


REPORT = """政协云杉县委员会2019年工作报告

一、2019年工作回顾

2019年，县政协共收到提案188件，立案171件。全年组织视察调研活动23次。
"""


def test_beside_scores_each_document_with_the_bundled_report_only(tmp_path, monkeypatch):
    documents, questions = tmp_path / "documents", tmp_path / "questions"
    documents.mkdir()
    questions.mkdir()
    (documents / "yunshan-2019.txt").write_text(REPORT, encoding="utf-8")
    items = [{"id": "Y1", "q": "云杉县政协2019年收到提案多少件", "answers": ["188件"], "kind": "fact"},
             {"id": "Y2", "q": "云杉县政协主席今年多大年纪", "answers": [], "kind": "out_of_scope"}]
    (questions / "yunshan-2019.jsonl").write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items),
                                                  encoding="utf-8")
    monkeypatch.setattr(generalisation, "DOCUMENTS", documents)
    monkeypatch.setattr(generalisation, "QUESTIONS", questions)

    results = generalisation.run(alone_only=True, beside=True)

    assert set(results) == {"alone", "together", "beside"}
    assert results["together"] == {}
    assert results["beside"]["yunshan-2019"]["in_scope"] == [1, 1]
    assert results["beside"]["yunshan-2019"]["out_of_scope"] == [1, 1]
    assert "beside" not in generalisation.run(alone_only=True)


def test_targets_are_judged_only_on_documents_scored_together(capsys):
    figures = {"in_scope": [9, 10], "out_of_scope": [10, 10]}
    assert generalisation.print_table({"alone": {"d": figures}, "together": {}}, None) is None
    assert generalisation.print_table({"alone": {"d": figures}, "together": {"d": figures}}, None) is False
    perfect = {"in_scope": [10, 10], "out_of_scope": [10, 10]}
    assert generalisation.print_table({"together": {"d": perfect}}, None) is True
    assert "d" in capsys.readouterr().out


def test_cap_scores_the_shelf_past_a_lowered_cap_and_records_no_first_run(tmp_path, monkeypatch, capsys):
    """``--cap N``: the together mode scored with the shelf's cap lowered (each report read on its own only among the
    N the shared index ranks highest); the figures are printed, never recorded as a first run."""
    import bot.knowledge.each_alone as each_alone

    documents, questions = tmp_path / "documents", tmp_path / "questions"
    documents.mkdir()
    questions.mkdir()
    (documents / "yunshan-2019.txt").write_text(REPORT, encoding="utf-8")
    items = [{"id": "Y1", "q": "云杉县政协2019年收到提案多少件", "answers": ["188件"], "kind": "fact"}]
    (questions / "yunshan-2019.jsonl").write_text(json.dumps(items[0], ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(generalisation, "DOCUMENTS", documents)
    monkeypatch.setattr(generalisation, "QUESTIONS", questions)
    monkeypatch.setattr(generalisation, "FIRST_RUN", tmp_path / "first_run.json")
    monkeypatch.setattr(each_alone, "EACH_ALONE_UP_TO", each_alone.EACH_ALONE_UP_TO)  # restored after the test

    assert generalisation.main(["--cap", "1", "--record-first-run"]) == 0

    assert each_alone.EACH_ALONE_UP_TO == 1
    assert not (tmp_path / "first_run.json").exists()
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("yunshan-2019")]
    assert any("together" in row and "1/1" in row for row in rows)
