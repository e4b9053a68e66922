"""The people around a proposal: who proposed it (a member or a body, written X提出的"关于…的提案", the title
quoting a word of its own), who supervises it (the leader written doing it, 由副市长某某领衔督办 — not the
proposer named before), a leader asked by their body (市委领导), the body that approved it (经市政协主席会议审定), the holder of a post before the one now (原主任某某同志任秘书长),
and of two holders named side by side the one whose own post names the body asked. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """关于政协松岭市第八届委员会第三次会议以来提案工作情况的报告

一、提案交办情况

2021年3月2日，市政协召开提案交办会，市委副书记程立平、市政协副主席江雪梅出席并讲话，市政府副秘书长苗远主持会议。会上逐件明确了主办、会办单位。

二、重点提案督办情况

经市政协主席会议审定，确定重点提案4件，全部由市领导领衔督办，具体为：

1．致公党松岭市委提出的《关于推进“老字号”品牌振兴的提案》，由市委常委、常务副市长贾文涛领衔督办；

2．邱明远委员提出的《关于加强山区小型水库安全管理的提案》，由副市长栾清领衔督办；

3．市侨联提出的《关于建设归侨侨眷服务中心的提案》，由市政协副主席江雪梅领衔督办；

4．经济界别提出的《关于支持中小微企业数字化改造的提案》，由市政协主席任长河领衔督办。

蒲晓光委员（松岭市第三中学教师）提出的《关于规范校外托管机构的提案》，被市市场监管局采纳，答复为A类。市教育局局长沈一鸣、市卫生健康委主任谭卫国带队逐一走访提案人。

三、提案委员会建设

2021年6月，原提案委员会主任邵振华同志任市政协副秘书长，骆秋云同志任提案委员会主任。社会和法制委员会主任汪立新、人口资源环境委员会主任施玉梅分别带领本委员会联系的委员开展专题调研。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("songling-proposals.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("songling-proposals"))


def test_the_proposer_is_the_one_written_before_the_title(kb):
    assert "致公党松岭市委" in first_line(kb, "老字号提案是谁提出的？")
    assert "致公党松岭市委" in first_line(kb, "老字号品牌那件是哪个党派提的")
    assert "市侨联" in first_line(kb, "归侨侨眷服务中心那件提案是哪个单位提的")
    line = first_line(kb, "小型水库安全管理提案的提案人是谁？")
    assert "邱明远" in line and "委员" not in line


def test_the_supervisor_is_the_leader_written_doing_it(kb):
    line = first_line(kb, "小型水库安全管理那件谁督办？")
    assert "栾清" in line and "邱明远" not in line
    assert "贾文涛" in first_line(kb, "老字号品牌的提案督办领导是哪个")
    assert "任长河" in first_line(kb, "中小微企业数字化改造提案督办人是谁")


def test_the_approver_is_the_body_written_after_jing(kb):
    assert "市政协主席会议" in first_line(kb, "重点提案是谁审定的")


def test_the_agency_asked_after_which_is_as_typed(kb):
    assert "市市场监管局" in first_line(kb, "蒲晓光的提案是哪个局办的？")  # 局办 is no slip for 局长


def test_a_leader_asked_by_the_body_they_lead(kb):
    assert "程立平" in first_line(kb, "交办会上讲话的市委领导是哪位")
    assert "江雪梅" in first_line(kb, "交办会上讲话的市政协领导是哪位")


def test_the_holder_before_and_the_one_now(kb):
    assert "邵振华" in first_line(kb, "原来的提案委员会主任是哪位？")
    assert "骆秋云" in first_line(kb, "现在提案委员会主任是谁")
    assert "骆秋云" in first_line(kb, "提案委员会主任是谁")
    assert "副秘书长" in first_line(kb, "邵振华现在是什么职务")


def test_the_holder_is_the_one_whose_own_post_names_the_body(kb):
    line = first_line(kb, "人口资源环境委员会的主任是谁？")
    assert "施玉梅" in line and "汪立新" not in line
    assert "汪立新" in first_line(kb, "社会和法制委员会主任是谁")
