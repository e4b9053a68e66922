"""The 《社情民意》 issue DOCX: masthead, table of contents, the items in order, the 报送 lines."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import docx
import pytest

from bot import texts
from bot.export.docx import IssueInfo, write_issue_docx
from bot.export.records import SubmissionRecord

TZ = ZoneInfo("Asia/Shanghai")
PUBLISHED = datetime(2026, 11, 19, 16, 30, tzinfo=timezone.utc)   # 2026-11-20 00:30 in Shanghai


def rec(i: int, title: str, name: str) -> SubmissionRecord:
    return SubmissionRecord(
        number=f"SQMY-2026-{i:04d}", filed_at=datetime(2026, 10, i, 2, 0, tzinfo=timezone.utc), member_name=name,
        sector="民建", special_committee="经济委员会", unit="青岛某公司", co_signers=(), category="经济建设",
        title=title, situation=f"{title}的情况。", problem=f"{title}的问题。", suggestion=f"{title}的建议。",
        characters=30, seconds_count=0, status="市政协采用", adoption_levels=("市政协",),
    )


ITEMS = [rec(7, "关于发展海洋牧场的建议", "王五"), rec(3, "关于治理浒苔的建议", "李四"),
         rec(5, "关于优化营商环境的建议", "赵六")]


@pytest.fixture
def issue_doc(tmp_path):
    path = tmp_path / "issue.docx"
    write_issue_docx(IssueInfo(2026, 12, PUBLISHED, list(ITEMS)), path, TZ, "青岛市政协")
    return docx.Document(path)


def lines(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_issue_masthead_names_the_issue_the_committee_and_the_date(issue_doc):
    assert lines(issue_doc)[:3] == [
        texts.ISSUE_MASTHEAD,
        "2026年第12期",
        texts.ISSUE_PUBLISHER.format(committee="青岛市政协") + "\t2026年11月20日",
    ]
    masthead_run = issue_doc.paragraphs[0].runs[0]
    assert masthead_run.font.color.rgb is not None and str(masthead_run.font.color.rgb) != "000000"
    assert issue_doc.core_properties.title == "《社情民意》2026年第12期"


def test_issue_table_of_contents_lists_titles_with_numbers_in_order(issue_doc):
    text = lines(issue_doc)
    toc = text.index(texts.ISSUE_TOC)
    assert text[toc + 1:toc + 4] == [
        "1. 关于发展海洋牧场的建议（SQMY-2026-0007）",
        "2. 关于治理浒苔的建议（SQMY-2026-0003）",
        "3. 关于优化营商环境的建议（SQMY-2026-0005）",
    ]


def test_issue_items_follow_in_the_chosen_order_with_their_parts(issue_doc):
    titles = [p.text for p in issue_doc.paragraphs if p.style.name == "Heading 1"]
    assert titles == [r.title for r in ITEMS]
    text = lines(issue_doc)
    first = text.index("编号：SQMY-2026-0007")
    assert text[first:first + 10] == [
        "编号：SQMY-2026-0007", "关于发展海洋牧场的建议", "反映人：王五（民建，青岛某公司）", "报送日期：2026年10月7日",
        texts.EXPORT_DOCX_SITUATION, "关于发展海洋牧场的建议的情况。",
        texts.EXPORT_DOCX_PROBLEM, "关于发展海洋牧场的建议的问题。",
        texts.EXPORT_DOCX_SUGGESTION, "关于发展海洋牧场的建议的建议。",
    ]


def test_issue_ends_with_the_report_and_send_lines(issue_doc):
    assert lines(issue_doc)[-2:] == [texts.ISSUE_REPORT_TO, texts.ISSUE_SEND_TO]
    last_item_text = lines(issue_doc).index("关于优化营商环境的建议的建议。")
    assert last_item_text == len(issue_doc.paragraphs) - 3


def test_issue_report_lines_and_copies_can_be_given(tmp_path):
    path = tmp_path / "issue.docx"
    write_issue_docx(IssueInfo(2026, 1, PUBLISHED, ITEMS[:1], report_to="报：省政协。", send_to="送：市委办公厅。",
                               copies=60), path, TZ, "青岛市政协")
    assert lines(docx.Document(path))[-3:] == ["报：省政协。", "送：市委办公厅。", texts.ISSUE_COPIES.format(copies=60)]


def test_issue_has_page_numbers_in_the_footer(issue_doc):
    assert "PAGE" in issue_doc.sections[0].footer._element.xml
