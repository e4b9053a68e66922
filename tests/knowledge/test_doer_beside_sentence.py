"""Who did what a sentence naming no one tells (1921年那张东门旧影是谁提供的): a person of the next sentence,
doing another thing there (将其珍藏的底片捐赠), is not its doer; one speaking there (某某介绍) may be its teller."""

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """甘棠县政协2018年文史资料征集工作总结
二、主要工作和成效
活动期间共收到市民送交的老照片800张，年代最早的1张是1921年拍摄的甘棠县城东门旧影。本市著名画家牟远舟将其珍藏的底片300张无偿捐赠给县政协，经扫描后全部纳入征集成果；其余照片来自单位提供和工作人员走访收集。
三、经验体会
"老照片是城市的记忆，要让更多人看到。"这句话，县政协副主席闵若川常挂在嘴边。他说，征集工作还要继续。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([SourceDocument("gantang-photos.txt", _TEXT.split("\n", 1)[0], "2018", _TEXT)],
                         tmp_path_factory.mktemp("doer-beside"))


def test_another_deeds_doer_beside_is_not_the_one_asked(kb):
    answer = kb.answer("1921年那张东门旧影是谁提供的")
    assert not answer.answered or "牟远舟" not in answer.text


def test_the_doer_named_with_the_deed_is_told(kb):
    assert "牟远舟" in first_line(kb, "底片是谁捐赠的")
