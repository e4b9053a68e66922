"""Unit behaviour of the knowledge engine: normalisation, fact extraction,
declining, FAQ precedence, document loading and the index cache."""

import io
import json
import zlib

import pytest

from bot.knowledge.public import DocumentError, FaqPair, KnowledgeBase, load_document
from bot.knowledge.cli import run_ask
from bot.knowledge.documents import document_from_text, split_passages, split_sentences
from bot.knowledge.facts import find_dates, find_quantities
from bot.knowledge.people import find_people, find_person_names
from bot.knowledge.normalize import chinese_to_number, normalize_text
from bot import texts as phrases

from .conftest import ROOT

REPORT = ROOT / "data" / "knowledge" / "qingdao-cppcc-2020-report.txt"


# ---------------------------------------------------------------- normalise


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("六十二次", "62次"),
        ("三十四支工作小分队", "34支工作小分队"),
        ("两级政协委员", "2级政协委员"),
        ("十三届五次会议", "13届5次会议"),
        ("九百二十六篇", "926篇"),
        ("十二点八万人", "12.8万人"),
        ("二〇二〇年五月十七日", "2020年5月17日"),
        ("薄濤委員", "薄涛委员"),
        ("ＡＢＣ１２３，？", "abc123,?"),
    ],
)
def test_normalize(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("word", ["三述", "一线", "十四五", "五中全会", "一口六区", "四纳入", "三化三型", "第一时间"])
def test_numerals_inside_words_are_left_alone(word):
    assert normalize_text(word) == word


def test_query_and_document_meet_after_normalisation():
    assert normalize_text("十三届五次会议") in normalize_text("青岛市政协十三届五次会议开幕")
    assert normalize_text("六十二次") in normalize_text("开展重要协商议政活动62次")


def test_chinese_to_number():
    assert chinese_to_number("一百七十") == 170
    assert chinese_to_number("两") == 2
    assert chinese_to_number("十") == 10
    assert chinese_to_number("述") is None


def test_numerals_are_read_by_cn2an_only_when_a_text_needs_it():
    """Loading a report whose file name gives its year, and the shipped word lists (一年来 …), reads no
    numeral longer than a digit, so cn2an (about 4 MB) is not loaded; a date in Chinese numerals,
    when the year has to come from it, still is read (by cn2an)."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from bot.knowledge.documents import document_from_text\n"
            "from bot.knowledge.segment import load_lexicon\n"
            "d = document_from_text('report-2020.txt', '青岛市政协十三届五次会议开幕。\\n开展协商六十二次。')\n"
            "assert load_lexicon().relative_years\n"
            "print(d.date, 'cn2an' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["2020", "False"]
    delivered = document_from_text("report.txt", "工作报告\n二〇二一年一月十一日在政协第十三届青岛市委员会第五次会议上")
    assert delivered.date == "2020"  # delivered in January: about the year before
    assert chinese_to_number("一") == 1 and chinese_to_number("〇") == 0 and chinese_to_number("十一") == 11


# ---------------------------------------------------------------- facts


def test_quantities_with_units_and_no_ordinals():
    sentence = normalize_text("全市共有194位爱心房东为8886户个体工商户减免费用1.68亿元，其中委员减免5500余万元")
    assert [q.text for q in find_quantities(sentence)] == ["194位", "8886户", "1.68亿元", "5500余万元"]
    assert find_quantities(normalize_text("青岛市政协十三届五次会议开幕")) == []
    assert [q.text for q in find_quantities("捐款170万人民币")] == ["170万元"]
    assert [q.text for q in find_quantities("制度规定等6大类47项")] == ["6大类47项"]
    assert [q.text for q in find_quantities("调研报告近10篇")] == ["近10篇"]


def test_dates():
    assert [d.text for d in find_dates("2020年9月22日,正在出席")] == ["2020年9月22日"]
    assert [d.text for d in find_dates("从2019年11月至2020年7月,自然资源部")] == ["2019年11月至2020年7月"]
    assert [d.text for d in find_dates("时间拨回农历庚子年春节")] == ["农历庚子年春节"]


def test_people_and_roles():
    sentence = normalize_text("海外友好人士、马来西亚华侨张国顺、曲媛夫妇通过青岛市政协捐款")
    assert {"张国顺", "曲媛"} <= find_person_names(sentence)
    assert find_person_names(normalize_text("(文 李轲 图 郑斌)")) == {"李轲", "郑斌"}
    assert "刘明辉" in find_person_names("青岛市政协提案委员会主任刘明辉介绍")
    people = find_people(normalize_text("山东省常委、青岛市委书记王清宪在青岛"), ["王清宪"])
    assert people[0].role == "山东省常委、青岛市委书记"


# ---------------------------------------------------------------- declining


@pytest.mark.parametrize(
    "question",
    ["济南市政协主席是谁？", "明天青岛天气怎么样", "2023年青岛市政协开了几次全会？", "政协委员每个月有多少补贴", "帮我写一首关于大海的诗"],
)
def test_out_of_scope_is_declined_with_suggestions(kb, question):
    answer = kb.answer(question)
    assert not answer.answered
    assert answer.kind == "declined"
    assert answer.text.startswith(phrases.DECLINED)
    assert len(answer.suggestions) == 3
    assert answer.sources == () and answer.passage_id is None
    assert 0.0 <= answer.confidence < 0.5


def test_suggestions_are_answerable(kb):
    answer = kb.answer("2019年社情民意编报了多少篇")
    assert not answer.answered
    for suggestion in answer.suggestions:
        assert kb.answer(suggestion).answered


def test_year_of_the_document_is_accepted(kb):
    assert kb.answer("2020年社情民意信息编报了多少篇").fact == "926篇"
    assert kb.answer("去年社情民意信息编报了多少篇").fact == "926篇"
    assert not kb.answer("2021年社情民意信息编报了多少篇").answered


def test_typos_and_traditional_characters(kb):
    assert kb.answer("小分对有几支").fact == "34支"
    assert kb.answer("社请民意信息有多少篇").fact == "926篇"
    assert kb.answer("愛心房東減免費用多少").fact == "1.68亿元"


def test_confidence_threshold_is_configurable(tmp_path):
    from bot.knowledge.public import KnowledgeSettings

    strict = KnowledgeBase.from_directory(REPORT.parent, tmp_path, KnowledgeSettings(threshold=0.99))
    assert not strict.answer("委员视察调研搞了多少次").answered or strict.answer("委员视察调研搞了多少次").confidence >= 0.99


def test_empty_question(kb):
    answer = kb.answer("   ")
    assert not answer.answered and answer.text == phrases.EMPTY_QUESTION


# ---------------------------------------------------------------- FAQ


def test_faq_wins_over_retrieval(kb):
    faqs = [FaqPair(1, "社情民意信息去年编报了多少篇？", "机关统计为926篇，另有30篇在审。")]
    answer = kb.answer("去年社情民意信息编报了多少篇", faqs)
    assert answer.kind == "faq" and answer.fact == "机关统计为926篇，另有30篇在审。"
    assert answer.sources[0].document == phrases.FAQ_SOURCE


def test_faq_answers_what_documents_cannot(kb):
    faqs = [FaqPair("a", "政协委员每个月有多少补贴", "委员履职不领取补贴。")]
    answer = kb.answer("政协委员每月有多少补贴？", faqs)
    assert answer.answered and answer.kind == "faq"


def test_unrelated_faq_does_not_win(kb):
    faqs = [FaqPair(1, "怎么提交社情民意信息", "用 /submit 命令。")]
    assert kb.answer("工作小分队有几支", faqs).fact == "34支"


# ---------------------------------------------------------------- documents


def test_report_is_split_into_sections():
    document = load_document(REPORT)
    assert document.title == "爱青岛，让青岛更美好——青岛市政协2020年主题履职行动纪实"
    assert document.year == 2020
    passages = split_passages(document)
    sections = {p.section for p in passages}
    assert {"在“三述”中固本强基", "在“大战大考”中担当作为", "在“倾听与商量”中凝聚共识"} <= sections
    # A line broken in the middle of a sentence is joined again.
    assert any("一线意识、一流标准" in p.paragraph for p in passages)
    # The repeated opening line is kept once.
    assert sum(p.paragraph.startswith("1月11日") for p in passages) == 1


def test_quotation_stays_with_its_speaker():
    sentences = split_sentences("“除了胜利，我们别无选择。”这是王晓青常说的话。第二句。")
    assert sentences == ["“除了胜利，我们别无选择。”这是王晓青常说的话。", "第二句。"]


def test_markdown_document(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# 2021年工作要点\n\n## 学习\n\n**全年**组织理论学习12次，覆盖全体委员和机关干部。\n", encoding="utf-8")
    document = load_document(path)
    assert document.title == "2021年工作要点" and document.year == 2021
    passages = split_passages(document)
    assert passages[0].section == "学习" and "12次" in passages[0].paragraph


def test_docx_document(tmp_path):
    import docx

    path = tmp_path / "plan.docx"
    word = docx.Document()
    word.add_heading("2022年履职计划", 0)
    word.add_heading("视察调研", 1)
    word.add_paragraph("全年计划组织委员开展视察调研活动120次，重点围绕城市更新和乡村振兴。")
    word.save(path)
    document = load_document(path)
    assert document.title == "2022年履职计划"
    assert "120次" in document.text


def _text_pdf(text: str) -> bytes:
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_pdf_document(tmp_path):
    path = tmp_path / "minutes.pdf"
    path.write_bytes(_text_pdf("Committee minutes 2020: 62 consultations held."))
    document = load_document(path)
    assert "62 consultations" in document.text and document.year == 2020


def test_image_renamed_pdf_is_refused(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + zlib.compress(b"\x00" * 2000))
    with pytest.raises(DocumentError) as error:
        load_document(path)
    assert error.value.reason == "not_text"


def test_binary_txt_is_refused(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 10)
    with pytest.raises(DocumentError) as error:
        load_document(path)
    assert error.value.reason == "not_text"


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(DocumentError) as error:
        load_document(path)
    assert error.value.reason == "empty"


def test_encrypted_pdf_is_refused(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    with pytest.raises(DocumentError) as error:
        load_document(path)
    assert error.value.reason == "encrypted"


def test_too_large_and_unsupported(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("协商议政。" * 1000, encoding="utf-8")
    with pytest.raises(DocumentError) as error:
        load_document(path, max_bytes=1000)
    assert error.value.reason == "too_large"
    other = tmp_path / "table.xlsx"
    other.write_bytes(b"PK")
    with pytest.raises(DocumentError) as error:
        load_document(other)
    assert error.value.reason == "unsupported_type"


def test_directory_skips_bad_files(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.md").write_text("", encoding="utf-8")
    kb = KnowledgeBase.from_directory(folder, tmp_path / "cache")
    assert [s.reason for s in kb.skipped] == ["empty"]
    stats = kb.document_stats()
    assert len(stats) == 1 and stats[0].passages > 30


# ---------------------------------------------------------------- cache


def test_index_is_cached_and_rebuilt_on_change(tmp_path):
    cache = tmp_path / "cache"
    text = REPORT.read_text(encoding="utf-8")
    first = KnowledgeBase([document_from_text("r.txt", text)], cache)
    assert first.index.built
    again = KnowledgeBase([document_from_text("r.txt", text)], cache)
    assert not again.index.built
    assert again.answer("工作小分队有几支").fact == "34支"
    changed = text.replace("34支工作小分队", "36支工作小分队")
    rebuilt = KnowledgeBase([document_from_text("r.txt", changed)], cache)
    assert rebuilt.index.built
    assert rebuilt.answer("工作小分队有几支").fact == "36支"
    assert len(list(cache.glob("index-*"))) == 1  # the stale index is gone
    assert (cache / "jieba-words.trie").exists() and (cache / "jieba-words.freq").exists()  # wordtable.py


def test_index_key_covers_every_module_that_learns_at_build_time(monkeypatch):
    """A change to any module or word list of the package (people.py learns names while the index is built)
    makes a new key, so a deployed engine never reads an index its old code built."""
    from pathlib import Path

    from bot.knowledge import index as index_module

    before = index_module._content_key([])
    real = Path.read_bytes
    for name in ("people.py", "posts.py", "places.txt"):
        monkeypatch.setattr(Path, "read_bytes", lambda self, name=name: real(self) + (b"#" if self.name == name else b""))
        assert index_module._content_key([]) != before, name
    monkeypatch.setattr(Path, "read_bytes", real)
    assert index_module._content_key([]) == before


def test_unknown_passage_id(kb):
    assert kb.passage("nope-1") is None


# ---------------------------------------------------------------- CLI


def test_cli_json(kb):
    out = io.StringIO()
    assert run_ask(["ask", "--json", "工作小分队有几支"], kb, out) == 0
    data = json.loads(out.getvalue())
    assert set(data) == {"answered", "answer", "sources", "confidence"}
    assert data["answered"] is True and "34支" in data["answer"]
    assert set(data["sources"][0]) == {"document", "section", "text"}
    assert isinstance(data["confidence"], float)


def test_cli_batch(kb, tmp_path):
    batch = tmp_path / "q.jsonl"
    batch.write_text(
        json.dumps({"id": "a", "q": "工作小分队有几支"}, ensure_ascii=False) + "\n"
        + json.dumps({"id": 7, "q": "明天青岛天气怎么样"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    assert run_ask(["--json", "--batch", str(batch)], kb, out) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["id"] for line in lines] == ["a", 7]
    assert lines[0]["answered"] and not lines[1]["answered"]
    assert set(lines[1]) == {"id", "answered", "answer", "sources", "confidence"}


def test_cli_text(kb):
    out = io.StringIO()
    assert run_ask(["ask", "社情民意信息去年编报了多少篇"], kb, out) == 0
    assert out.getvalue().startswith("答：926篇")


# ---------------------------------------------------------------- generalisation


@pytest.mark.parametrize(
    "question, parts",
    [
        ("倾听与商量哪天启动的和哪几家搭的", ["倾听与商量哪天启动的", "倾听与商量哪几家搭的"]),
        ("王宏的职务以及他感谢政协的原因", ["王宏的职务", "王宏感谢政协的原因"]),
        ("参与抗疫和复工复产的有多少人", ["参与抗疫和复工复产的有多少人"]),
    ],
)
def test_two_questions_in_one_are_split_and_keep_their_subject(kb, question, parts):
    from bot.knowledge.compound import split_compound

    assert split_compound(normalize_text(question), kb.segmenter) == parts


@pytest.mark.parametrize(
    "typed, meant",
    [("虎苔治理", "浒苔治理"), ("提按立案多少件", "提案立案多少件"), ("重大项目引近几个", "重大项目引进几个"),
     ("委员们出去", "委员们出去"), ("吴中建说了啥", "吴中建说了啥"), ("王毅是谁", "王毅是谁")],
)
def test_spelling_correction_fixes_slips_and_leaves_words_alone(kb, typed, meant):
    assert kb.index.correct(normalize_text(typed))[0] == meant


def test_lone_characters_of_a_document_word_are_one_term(kb):
    from bot.knowledge.question import analyse

    q = analyse("金茂湾", "金茂湾", kb.segmenter, kb.index)
    assert [t.text for t in q.terms] == ["金茂湾"]


def test_month_written_with_fen_is_a_month():
    assert normalize_text("7月份") == "7月"


def test_chinese_numerals_with_wan_inside():
    from bot.knowledge.normalize import normalize_text as norm

    assert norm("一万二千余株") == "12000余株"
    assert norm("一万三千余人次") == "13000余人次"
    assert norm("两万余人次") == "2万余人次"


@pytest.mark.parametrize(
    "sentence, name",
    [("委员马志强作为市税务局特约监督员", "马志强"), ("主任马志强调要加强", "马志"), ("委员王宏说", "王宏"),
     ("主任张明率队视察", "张明"), ("委员王作军，", "王作军"), ("主席刘明辉主持会议", "刘明辉"), ("委员王作为代表", "")],
)
def test_a_third_character_of_a_name_is_kept_unless_it_starts_a_word(kb, sentence, name):
    from bot.knowledge.people import find_person_names

    assert find_person_names(sentence, kb.segmenter.word_frequency) == ({name} if name else set())


def test_an_amount_of_a_narrower_thing_does_not_answer_the_whole(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("东岭市政协2022年提案工作报告\n\n一、提案办理\n\n"
            "截至12月20日，共收到提案530件，经审查立案488件，并案处理12件。\n\n"
            "常委会从立案提案中遴选出12件重点提案，由市领导领衔督办。\n")
    kb = KnowledgeBase([SourceDocument("东岭", "东岭市政协2022年提案工作报告", "2022", text)], tmp_path)
    assert kb.answer("提案立案了多少件").text.startswith("答：488件")


def test_the_synonym_table_is_general_chinese():
    """synonyms.txt may hold only what any document would need: every group
    is made of general dictionary words (jieba's own, without our domain
    list), and no entry names a person, place, organisation or programme of
    any document we ship or bench — those are learned from the text at kb add."""
    import jieba

    from bot.knowledge.segment import SYNONYMS_PATH

    general = jieba.Tokenizer()
    general.initialize()
    proper = set()
    for line in (ROOT / "bot" / "knowledge" / "domain_words.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == "nr":
            proper.add(parts[0])  # people; places and bodies by their documents' cities below
    proper |= {"青岛", "海川", "云州", "滨江", "石川", "青禾", "倾听与商量", "浒苔", "三述"}
    section, groups = "", []
    for line in SYNONYMS_PATH.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif line and not line.startswith("#") and section == "[synonyms]":
            groups.append(line.split())
    assert groups
    for group in groups:
        assert any(all(general.FREQ.get(piece) for piece in general.cut(word, HMM=False)) for word in group), group
        for word in group:
            assert not any(name in word for name in proper), word


@pytest.mark.parametrize(
    "raw, expected",
    [("二〇二四年一月九日", "2024年1月9日"), ("一千三百余场", "1300余场"), ("近千人次", "近千人次"),
     ("两千四百份", "2400份"), ("三万二千册", "32000册")],
)
def test_chinese_numerals_are_read_by_cn2an(raw, expected):
    assert normalize_text(raw) == expected


def test_who_delivered_a_report_is_read_from_its_title_block(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("政协第八届东岭市委员会常务委员会工作报告\n\n——2025年1月8日在政协第八届东岭市委员会第四次会议上\n\n"
            "东岭市政协主席　许明远\n\n各位委员：\n\n一、2024年工作回顾\n\n"
            "一年来，市政协共召开专题协商会5场，组织视察调研62次。\n")
    kb = KnowledgeBase([SourceDocument("东岭", "政协第八届东岭市委员会常务委员会工作报告", None, text)], tmp_path)
    assert kb.answer("这份工作报告是谁作的").text.startswith("答：许明远（东岭市政协主席）")


@pytest.mark.parametrize("sentence, date", [("拟于第二季度召开专题协商会", "第二季度"), ("计划于下半年完成", "下半年"),
                                            ("2024年第三季度开展视察", "2024年第三季度")])
def test_quarters_and_half_years_are_dates(sentence, date):
    assert [d.text for d in find_dates(sentence)] == [date]


def test_the_lower_bodies_total_is_not_the_committees_own(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("东岭市政协2022年提案工作情况的报告\n\n一、提案提交和立案情况\n\n"
            "截至12月20日，共收到提案530件，经审查立案488件。\n\n三、指导区县政协\n\n"
            "全市5个区县政协共收到提案1900件，立案1710件，办复率均达到100%。\n")
    kb = KnowledgeBase([SourceDocument("东岭", "东岭市政协2022年提案工作情况的报告", "2022", text)], tmp_path)
    assert kb.answer("東嶺政協提案立案幾件").text.startswith("答：488件")
    assert kb.index.frames[0].places == ("东岭",)  # not 个区 of 5个区县政协


def test_a_post_the_question_already_names_is_no_answer(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("东岭市政协经济委员会2023年工作总结\n\n一、主要工作\n\n"
            "委员韩立伟作为市税务局特约监督员，提出的建议被采纳，惠及纳税人1.2万户。\n")
    kb = KnowledgeBase([SourceDocument("东岭", "东岭市政协经济委员会2023年工作总结", "2023", text)], tmp_path)
    assert not kb.answer("韩立伟委员的企业叫什么名字").answered
    assert kb.answer("市税务局特约监督员是谁").text.startswith("答：韩立伟")


def test_the_asked_measure_may_head_the_next_clause(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("东岭市政协经济委员会2023年工作总结\n\n一、主要工作\n\n"
            "与市金融工作局开展对口协商，推动设立“东岭市科技创新引导基金”，规模达到3亿元。\n")
    kb = KnowledgeBase([SourceDocument("东岭", "东岭市政协经济委员会2023年工作总结", "2023", text)], tmp_path)
    assert kb.answer("科技创新引导基金规模多大").text.startswith("答：3亿元")


def test_amounts_by_their_measure_and_magnitude(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("东岭市政协2023年工作报告\n\n一、主要工作\n\n"
            "“东岭政协”微信公众号发布信息1200余条，公众号关注人数突破3万。\n\n"
            "推动设立规模2亿元的应急转贷资金，全年转贷金额达到7.5亿元。\n\n"
            "全市88个承办单位高度重视提案办理，召开专题会议3个。\n\n"
            "委员进社区开展活动，服务群众2.1万人次。\n")
    kb = KnowledgeBase([SourceDocument("东岭", "东岭市政协2023年工作报告", "2023", text)], tmp_path)
    assert kb.answer("公众号关注人数有多少").text.startswith("答：3万")
    assert kb.answer("应急转贷金额达到多少").text.startswith("答：7.5亿元")
    assert kb.answer("承办单位有多少个").text.startswith("答：88个")
    assert not kb.answer("东岭市政协一共有多少名委员").text.startswith("答：2.1万人次")


def test_an_amount_of_other_people_does_not_answer(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("东岭市政协经济委员会2023年工作总结\n\n一、主要工作\n\n"
            "委员会4名成员分别联系经济界、农业界委员，全年走访委员80人次。\n")
    kb = KnowledgeBase([SourceDocument("东岭", "东岭市政协经济委员会2023年工作总结", "2023", text)], tmp_path)
    assert not kb.answer("农业界委员有多少人").answered
    assert kb.answer("委员会有几名成员").text.startswith("答：4名")


def test_an_average_does_not_answer_a_total(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("东岭市政协经济委员会2023年工作总结\n\n一、主要工作\n\n"
            "全年组织视察调研45次，委员人均参加视察调研6次。\n")
    kb = KnowledgeBase([SourceDocument("东岭", "东岭市政协经济委员会2023年工作总结", "2023", text)], tmp_path)
    assert kb.answer("参加视察调研多少次").text.startswith("答：45次")
    assert kb.answer("委员人均参加视察调研几次").text.startswith("答：委员人均参加视察调研6次")


def test_the_meeting_a_report_was_delivered_at_is_dated_by_its_title(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("政协第八届东岭市委员会常务委员会工作报告\n\n——2025年1月8日在政协第八届东岭市委员会第四次会议上\n\n"
            "各位委员：\n\n一、2024年工作回顾\n\n一年来，市政协共召开专题协商会5场。\n")
    title = "政协第八届东岭市委员会常务委员会工作报告——2025年1月8日在政协第八届东岭市委员会第四次会议上"
    kb = KnowledgeBase([SourceDocument("东岭", title, None, text)], tmp_path)
    assert kb.answer("政协第八届东岭市委员会第四次会议是哪天").text.startswith("答：2025年1月8日")


def test_who_proposed_a_proposal_is_whoever_stands_before_its_title(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("东岭市政协2023年提案工作情况的报告\n\n一、提案办理\n\n"
            "民盟东岭市委提出的“关于加强老旧小区加装电梯工作的提案”被列为重点提案，全年加装电梯120部。\n")
    kb = KnowledgeBase([SourceDocument("东岭", "东岭市政协2023年提案工作情况的报告", "2023", text)], tmp_path)
    assert kb.answer("老旧小区加装电梯的提案是谁提的").text.startswith("答：民盟东岭市委")


def test_what_else_and_another_volume_are_declined_when_the_text_tells_only_one(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("东岭市政协经济委员会2023年工作总结\n\n一、主要工作\n\n"
            "在分管副主席韩国强的指导下，委员会较好地完成了全年各项工作任务。\n\n"
            "委员会编写的《委员风采录》收录36名委员的履职事迹。\n")
    kb = KnowledgeBase([SourceDocument("东岭", "东岭市政协经济委员会2023年工作总结", "2023", text)], tmp_path)
    assert not kb.answer("韩国强副主席还分管哪些委员会").answered
    assert not kb.answer("《委员风采录》第二辑收录了多少人").answered
    assert kb.answer("《委员风采录》收录了多少人").text.startswith("答：36名")


def test_duty_investment_and_counted_things_are_checked(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("东岭市政协2023年工作报告\n\n一、主要工作\n\n"
            "副主席韩国强带队开展专题调研，走访企业40家。\n\n"
            "制定《东岭湖治理三年行动方案》，整治排污口87家。\n\n"
            "东岭温泉小镇全年接待游客65万人次。\n")
    kb = KnowledgeBase([SourceDocument("东岭", "东岭市政协2023年工作报告", "2023", text)], tmp_path)
    assert not kb.answer("韩国强副主席分管什么工作").answered
    assert not kb.answer("《东岭湖治理三年行动方案》总投资多少").answered
    assert not kb.answer("东岭温泉小镇有几个温泉池").answered
    assert kb.answer("专题调研走访企业多少家").text.startswith("答：40家")


def test_the_amount_reached_answers_what_it_was_brought_to(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("东岭市政协2023年工作报告\n\n一、主要工作\n\n"
            "推动完成老旧供水管网改造40公里，城区供水漏损率由16%降低到10%。\n")
    kb = KnowledgeBase([SourceDocument("东岭", "东岭市政协2023年工作报告", "2023", text)], tmp_path)
    assert kb.answer("城区供水漏损率降低到多少").text.startswith("答：10%")


def test_a_role_or_title_asked_must_be_told(tmp_path):
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("东岭市政协2023年工作报告\n\n一、主要工作\n\n"
            "市政协与东岭电视台合办《协商在东岭》电视栏目，全年播出24期。\n\n"
            "全年编报社情民意信息400篇，被全国政协采用5篇。\n")
    kb = KnowledgeBase([SourceDocument("东岭", "东岭市政协2023年工作报告", "2023", text)], tmp_path)
    assert not kb.answer("《协商在东岭》电视栏目的主持人是谁").answered
    assert not kb.answer("被全国政协采用的5篇信息分别是什么题目").answered
    assert kb.answer("被全国政协采用了几篇").text.startswith("答：5篇")
