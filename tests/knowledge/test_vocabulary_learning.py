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
