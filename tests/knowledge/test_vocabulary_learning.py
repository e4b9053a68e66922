"""What the engine knows about a document it learns at ``kb add``: the hand
word list holds general Chinese and committee vocabulary only, never a name of
a document we ship or bench, and the names a document sets in quotation marks
are learned from its own text."""

from pathlib import Path

from bot.knowledge.documents import load_document
from bot.knowledge.normalize import normalize_text
from bot.knowledge.vocabulary import learn_quoted

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT_FOLDERS = (ROOT / "data" / "knowledge", ROOT / "bench" / "qa" / "documents", ROOT / "bench" / "qa" / "heldout" / "documents")


def _domain_words(section_prefix: str = "") -> list[tuple[str, str]]:
    entries, section = [], ""
    for line in (ROOT / "bot" / "knowledge" / "domain_words.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if line.startswith("# --"):
            section = line[4:].strip()
        elif parts and not parts[0].startswith("#") and section.startswith(section_prefix):
            entries.append((parts[0], parts[2] if len(parts) > 2 else "n"))
    return entries


def test_domain_words_name_no_person():
    assert [w for w, tag in _domain_words() if tag == "nr"] == []


def test_domain_words_hold_no_documents_own_place_or_quoted_name():
    """Every shipped or bench document's home places and quoted names (its
    campaigns, platforms, slogans) must come from learning, not the list."""
    from bot.knowledge.frames import learn_frame

    words = {normalize_text(w) for w, _ in _domain_words()}
    places: set[str] = set()
    quoted: set[str] = set()
    for folder in DOCUMENT_FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            document = load_document(path)
            text = normalize_text(document.text)
            places |= set(learn_frame(document.year, normalize_text(document.title), text[:300]).places)
            quoted |= set(learn_quoted(text.splitlines(), lambda word: False))
    assert len(places) >= 5 and quoted
    # Committee vocabulary any report uses (第一议题) and bodies by their general names (市委, 市政府)
    # may also stand in quotation marks somewhere (“市委、市政府领导领衔督办…”机制).
    general = {normalize_text(w) for section in ("committee work", "bodies by their general names")
               for w, _ in _domain_words(section)}
    clashes = sorted(w for w in words if (w in quoted and w not in general) or any(len(p) >= 2 and p in w for p in places))
    assert clashes == []


def test_quoted_names_are_learned_whole_and_split_at_inner_punctuation():
    sentences = [
        normalize_text("启动“倾听与商量”协商平台，开展“办好一次会，搞活一座城”和“防疫情·促发展·保稳定”活动。"),
        normalize_text("他说：“政协委员要始终把群众的事当作自己的事。”"),
    ]
    learned = learn_quoted(sentences, lambda word: word == "保稳定")
    assert {"倾听与商量", "办好1次会", "搞活1座城", "防疫情", "促发展"} <= set(learned)
    assert "保稳定" not in learned  # a word the dictionary already knows
    assert not any("群众" in word for word in learned)  # a quoted sentence is no name


def test_bundled_report_names_are_learned_at_kb_add(kb):
    index = kb.answerer.index
    assert {"倾听与商量", "爱青岛", "搞活1座城", "三述"} <= set(index.quoted_words)
    assert {"王清宪", "杨军"} <= set(index.names)


def test_quotation_marks_pair_by_their_shape_inside_a_title():
    """《关于加强“一老一小”的提案》: the inner quotation is the name; the text between its
    closing mark and the title's (的提案) is none, nor the title's opening words (关于加强)."""
    sentences = ["农工党提出的《关于加强“一老一小”的提案》和《关于推进“智慧养老”服务体系建设的提案》获评优秀。",
                 "开展“书香机关”创建。"]
    learned = learn_quoted(sentences, lambda word: False, normalize=normalize_text)
    assert {"一老一小", "智慧养老", "书香机关"} <= set(learned)
    assert not {"的提案", "关于加强", "服务体系建设的提案"} & set(learned)
    # Text already folded to straight marks pairs them by turn, as before.
    assert "书香机关" in learn_quoted([normalize_text(sentences[1])], lambda word: False)


def test_a_title_with_a_quoted_name_does_not_split_the_question(tmp_path):
    """A question with …的提案 is not searched for the piece 的提案 a title taught."""
    from bot.knowledge.public import KnowledgeBase, SourceDocument

    text = ("青水县政协提案工作报告\n\n各位委员：\n\n"
            "农工党提出的《关于加强“一老一小”的提案》、民盟提出的《关于推广“稻鱼共养”的提案》获评优秀提案。\n\n"
            "截至目前，立案提案已全部办复，其中所提问题已经解决或基本解决的提案168件，列入计划逐步解决的92件，留作参考的41件。"
            "8件重点提案中，已解决或基本解决的6件。\n")
    kb = KnowledgeBase([SourceDocument("青水", "青水县政协提案工作报告", "2023", text)], tmp_path)
    assert "的提案" not in kb.answerer.index.quoted_words
    assert "168件" in kb.answer("已解决或基本解决的提案多少件").text.split("\n", 1)[0]
    assert "41件" in kb.answer("留作参考的提案多少件").text.split("\n", 1)[0]
