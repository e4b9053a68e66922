"""A shelf of reports, a question naming a committee's place (枫溪区区长叫什么名字): it is that committee's members'
question of their own report.  Where that report, read alone, answers nothing (it names a 副区长 only), the shared
index's reading of it is not told either; what the report does answer is still told.  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line


def _report(name: str, title: str, year: int, body: str) -> SourceDocument:
    return SourceDocument(name, title, str(year), f"{title}\n\n一、过去一年的工作\n\n{body}\n")


_DISTRICT = _report("district.txt", "政协枫溪区第四届委员会常务委员会工作报告", 2022,
                    "区政协主席郑云涛主持召开主席会议11次。"
                    "8月，召开“推进背街小巷整治”专题协商会，分管副区长梁志华到会听取意见，区住建局等6个部门负责人现场回应委员关切。"
                    "全年区政协共收到提案152件，立案138件。")
_CITY = _report("city.txt", "政协橦州市委员会常务委员会工作报告", 2021,
                "市政协主席邝文斌带队开展视察9次。市政协全年收到提案388件，立案351件。"
                "副市长殷佳宁到会通报全市重点项目建设情况。")
_DISTRICT_B = _report("district_b.txt", "政协橦州市槐坪区第二届委员会常务委员会工作报告", 2021,
                      "区长曹文清出席区政协全体会议并通报政府工作。区政协全年收到提案97件。")
_COUNTY = _report("county.txt", "政协柞水县委员会2023年工作报告", 2023,
                  "县政协主席龚立诚带队开展专题调研6次。县长蒲春来出席县政协常委会议并通报政府工作。")


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    return KnowledgeBase([_DISTRICT, _DISTRICT_B, _CITY, _COUNTY], tmp_path_factory.mktemp("shelf-named-report"))


@pytest.mark.parametrize("question", ["枫溪区区长叫什么名字？", "枫溪区区长是谁"])
def test_the_named_report_declining_alone_declines(shelf, question):
    assert not shelf.answer(question).answered


@pytest.mark.parametrize("question, fact", [
    ("枫溪区政协主席是谁", "郑云涛"),
    ("枫溪区政协去年收到多少件提案", "152件"),
])
def test_what_the_named_report_answers_is_told(shelf, question, fact):
    assert fact in first_line(shelf, question)
