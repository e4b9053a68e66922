"""Documents in, passages out.

Loads the committee's documents (.txt, .md, .docx, .pdf) into plain
``SourceDocument`` values, refusing files that cannot be a readable text, and
splits a document into ``Passage`` values (one per paragraph) that remember
the section heading they sit under.  Nothing here indexes or answers.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .mastheads import is_byline_line, is_speaker_line, masthead_lines_count, may_open_masthead
from .normalize import normalize_text
from .roster_rows import rows_as_roster
from .table_rows import rows_as_sentences

__all__ = [
    "bare_title",
    "DocumentError",
    "SourceDocument",
    "Passage",
    "SUPPORTED_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "load_document",
    "document_from_text",
    "split_passages",
    "split_sentences",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_TERMINAL = "。！？!?；;：:…"
_CLOSERS = "”’\"」』）)]】"
_SUBTITLE_DASHES = ("——", "--", "—")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年|\D|$)")
_DELIVERY_DATE_RE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日")
_NUMBERED_HEADING = re.compile(
    r"^(?:第[一二三四五六七八九十百0-9]+[章节部分篇]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+(?:\.\d+)*[、.．\s])"
)

# A part of a report in parts (第一部分 2025年工作总结, 第二部分 2026年工作要点), above its numbered headings.
_PART_HEADING = re.compile(r"^第[一二三四五六七八九十0-9]+(?:部分|篇)")


class DocumentError(Exception):
    """A file that cannot be taken in.  ``reason`` is a short code:
    empty, not_text, encrypted, too_large, unsupported_type."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class SourceDocument:
    """One document as text.  ``date`` is the year (or a fuller date) the
    document reports on, as a string, or ``None`` when unknown."""

    name: str
    title: str
    date: str | None
    text: str

    @property
    def year(self) -> int | None:
        if self.date and self.date[:4].isdigit():
            return int(self.date[:4])
        return None

    @property
    def key(self) -> str:
        """Short stable ASCII key of the document (name + content)."""
        digest = hashlib.sha1((self.name + "\0" + self.text).encode("utf-8")).hexdigest()
        return digest[:8]


@dataclass(frozen=True)
class Passage:
    """One paragraph of a document, under its section heading."""

    id: str
    doc_name: str
    doc_title: str
    section: str
    paragraph: str
    index: int  # position of the paragraph in its document
    sentences: tuple[str, ...]


# ---------------------------------------------------------------- loading


def _check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise DocumentError("too_large", f"{size} bytes > {max_bytes}")
    if size == 0:
        raise DocumentError("empty")


def _decode_text(data: bytes) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("not_text", "binary content")
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise DocumentError("not_text", "unknown encoding")
    _check_printable(text)
    return text


def _check_printable(text: str) -> None:
    sample = text[:20000]
    if not sample.strip():
        raise DocumentError("empty")
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\r\n\t\f") or c == "\ufffd")
    if bad / max(len(sample), 1) > 0.02:
        raise DocumentError("not_text", "control characters")


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__|\*|_|`)")


def _markdown_to_text(text: str) -> str:
    lines = []
    in_code = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            in_code = not in_code
            continue
        if in_code or re.fullmatch(r"[-=*_|: ]{3,}", stripped or "x"):
            continue
        stripped = re.sub(r"^#{1,6}\s*", "", stripped)
        stripped = re.sub(r"^>\s?", "", stripped)
        stripped = re.sub(r"^(?:[-*+]|\d+\.)\s+", "", stripped)
        stripped = _MD_LINK.sub(r"\1", stripped)
        stripped = _MD_EMPH.sub("", stripped)
        stripped = stripped.strip("|").replace("|", " ")
        lines.append(stripped)
    return "\n".join(lines)


def _docx_to_text(data: bytes) -> str:
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError("not_text", f"not a Word document ({exc.__class__.__name__})") from None
    except Exception as exc:  # python-docx raises its own PackageNotFoundError
        raise DocumentError("not_text", exc.__class__.__name__) from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _pdf_to_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DocumentError("not_text", "not a PDF")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError("encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DocumentError("not_text", f"unreadable PDF ({exc.__class__.__name__})") from None
    return "\n".join(pages)


def _guess_year(name: str, title: str, text: str) -> str | None:
    """The year a document reports on: named in its file name or title, else
    told by the date it was delivered (a report delivered in January–March is
    about the year before), else the year its text names most.  Each source is
    read only when the ones before it named no year: normalising the text
    reads its Chinese numerals (cn2an, a few MB), which a file name that
    names its year does not need."""
    match = _YEAR_RE.search(name)
    if match:
        return match.group(1)
    delivered = _DELIVERY_DATE_RE.search(normalize_text(title + "\n" + text[:300]))
    match = _YEAR_RE.search(_DELIVERY_DATE_RE.sub(" ", normalize_text(title)))
    if match:
        return match.group(1)
    if delivered:
        year, month = int(delivered.group(1)), int(delivered.group(2))
        return str(year - 1 if month <= 3 else year)
    years = Counter(_YEAR_RE.findall(text[:50000]))
    if years:
        return years.most_common(1)[0][0]
    return None


def document_from_text(name: str, text: str, title: str | None = None, date: str | None = None) -> SourceDocument:
    """A ``SourceDocument`` from text already in memory (title and year
    guessed when not given)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
    if not text.strip():
        raise DocumentError("empty")
    if title is None:
        title = _guess_title(text) or Path(name).stem
    if date is None:
        date = _guess_year(name, title, text)
    return SourceDocument(name=name, title=title, date=date, text=text)


def load_document(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDocument:
    """Read one file.  Raises ``DocumentError`` for files we refuse."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError("unsupported_type", suffix or "no suffix")
    _check_size(path.stat().st_size, max_bytes)
    data = path.read_bytes()
    if suffix in (".txt", ".md"):
        text = _decode_text(data)
        if suffix == ".md":
            text = _markdown_to_text(text)
    elif suffix == ".docx":
        text = _docx_to_text(data)
    else:
        text = _pdf_to_text(data)
    if not text.strip():
        raise DocumentError("empty")
    _check_printable(text)
    return document_from_text(path.name, text)


# ---------------------------------------------------------------- splitting


def _lines(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", line).strip() for line in text.split("\n")]


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and (stripped[-1] in _TERMINAL or line[-1] in _CLOSERS)


# A column gap between words (组　长：胡振邦　市政协副主席; 泓口区  18.6万人): a line of a list or table laid out in columns.
_COLUMN_GAP = re.compile(r"[\u4e00-\u9fff：:%）)] [\u4e00-\u9fff\d（(]")


def _blocks(text: str, word_frequency=None) -> list[str]:
    """Non-empty lines, with lines broken in the middle of a sentence joined."""
    raw = rows_as_roster(rows_as_sentences([line for line in _lines(text) if line]), word_frequency)
    blocks: list[str] = []
    for n, line in enumerate(raw):
        # Two lines in a row laid out in columns are rows of a roster or table, each whole: a row that
        # stops without punctuation was not broken by the layout.
        rows = n > 0 and bool(_COLUMN_GAP.search(raw[n - 1]) and _COLUMN_GAP.search(line))
        if blocks and not rows and _is_continuation(blocks[-1], line):
            blocks[-1] = blocks[-1] + line
        else:
            blocks.append(line)
    return blocks


def _is_continuation(previous: str, line: str) -> bool:
    # A long line that stops without punctuation was broken by the layout
    # (PDF extraction, hard-wrapped text): the next line continues it.
    if len(previous) < 30 or _ends_sentence(previous):
        return False
    # A dash-led subtitle or dateline under a title (——2026年1月7日在…会议上) is a line of the
    # title block, whole in itself: the speaker's line under it (区政协主席 宋怀瑾) is its own.
    if previous.startswith(_SUBTITLE_DASHES) or line.startswith(_SUBTITLE_DASHES):
        return False
    if _NUMBERED_HEADING.match(line) or line.startswith(("(", "（")):
        return False
    return True


def _looks_like_heading(line: str, following: str | None, word_frequency=None) -> bool:
    if len(line) > 20 or len(line) < 2 or _ends_sentence(line):
        return False
    if line.startswith(("(", "（", "——", "-")) or line[-1] in "，,、":
        return False
    if _NUMBERED_HEADING.match(line):
        return True
    # A byline (本报记者 某某 通讯员 某某, 文/某某, 责任编辑：某某) says who wrote the article, not what the
    # paragraphs under it are about: it is a line of the article's head, read by mastheads.py.
    if is_byline_line(normalize_text(line)):
        return False
    # Nor is the speaker's line under a report's title (区政协社会和法制委员会主任 某某): a post and a name,
    # read as who delivered it (heads.py), though the report's first paragraph follows it at once.
    if is_speaker_line(normalize_text(line), word_frequency):
        return False
    # A short line is a heading when a real paragraph follows it; a short
    # line followed by another short line is a caption or a byline.
    return following is not None and len(following) >= 20 and _ends_sentence(following)


def bare_title(title: str) -> str:
    """A title ready to stand inside the 《》 a message sets around it: one 《…》 around the whole is
    dropped, and 《》 inside it become 〈〉 as Chinese writes a title within a title, so no reader
    sees 《《…》…》."""
    title = title.strip()
    if title.startswith("《") and title.endswith("》") and "《" not in title[1:-1] and "》" not in title[1:-1]:
        title = title[1:-1]
    return title.replace("《", "〈").replace("》", "〉")


def _masthead_blocks(blocks: list[str]) -> int:
    """How many of the first blocks are a newspaper's masthead printed above the title (《某某日报》
    2026年1月16日 星期五 第3版, or 澄湾日报 over 2022年1月10日 星期一 第3版): they name the paper, not the article."""
    # Only a first line that may be a paper's name is normalised (numerals read by cn2an, loaded only when needed).
    if len(blocks) < 2 or not may_open_masthead(blocks[0]):
        return 0
    return min(masthead_lines_count([normalize_text(block) for block in blocks[:2]]), len(blocks) - 1)


# A red-header paper's masthead (政协某某县委员会文件) and its number line (某政协发〔2019〕3号): above the title.
_RED_HEADER = re.compile(r"^[\u4e00-\u9fff]{2,30}文件$")
_PAPER_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[(（［]\s*(?:19|20)\d\d\s*[〕\])）］]\s*\d{1,4}\s*号$")


def _red_header_blocks(blocks: list[str]) -> int:
    """How many of the first blocks are a red-header paper's masthead and number line, not its title."""
    if len(blocks) < 2 or not _RED_HEADER.match(blocks[0].strip()):
        return 0
    return 2 if len(blocks) > 2 and _PAPER_NUMBER.match(blocks[1].strip()) else 1


def _guess_title(text: str) -> str | None:
    blocks = _blocks(text)
    if not blocks:
        return None
    # The title is the first line that is not a masthead: a member is shown the article's name, not the paper's.
    skipped = _masthead_blocks(blocks) or _red_header_blocks(blocks)
    blocks = blocks[skipped:]
    first = blocks[0]
    if _title_line(first):
        if len(blocks) > 1 and (blocks[1].startswith(("——", "--", "—")) or _continues_title(first, blocks[1])):
            return first + blocks[1]
        return first
    # A title line the paragraph joiner ran into what follows (the speaker, 各位委员：).
    lines = [line.strip() for line in text.splitlines() if line.strip()][skipped:]
    if lines and _title_line(lines[0]) and first.startswith(lines[0]):
        return lines[0]
    return None


# The year a title's second line opens with (2017年工作总结…, 二〇二三年度…); a line opening otherwise (关于…的报告)
# may be a title of its own under a heading, so it is not joined.
_YEAR_OPENING = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年")
# The kind of document a title ends with (…工作报告, …工作总结和…工作计划, …履职纪实).
_DOCUMENT_KIND = re.compile(r"(?:报告|总结|计划|打算|安排|纪实|要点|意见|方案)$")
# A line that names a body and nothing more (政协某某市第八届委员会常务委员会, 某某县政协科学技术界别).
_BODY_ENDING = re.compile(r"(?:委员会|常委会|界别|政协)$")


# A title may close on a short bracketed edition or state (某市年鉴（2020）, 某某工作报告（草案）): that bracket ends no sentence.
_BRACKETED_CLOSE = re.compile(r"[（(][^（()）]{1,8}[）)]$")


def _title_line(line: str) -> bool:
    """Whether a first line reads as a title: short enough, and ending no sentence but for a bracketed edition."""
    return _title_length(line) and not _ends_sentence(_BRACKETED_CLOSE.sub("", line) or line)


def _title_length(line: str) -> bool:
    """Whether a first line is short enough to be a title: 40 characters, or up to 60 where it ends
    with the kind of document it is (…关于2022年某某建设情况和2023年工作打算的报告: a body, a
    subject and two years make a long title, and no sentence ends so)."""
    return len(line) <= 40 or len(line) <= 60 and bool(_DOCUMENT_KIND.search(line))


def _continues_title(first: str, second: str) -> bool:
    """Whether ``second`` is the rest of a title broken over two lines: the body on the first
    (澄州市某某区政协农业和农村委员会), what the document is on the second (2017年工作总结和2018年工作计划,
    or 关于提案工作情况的报告 under 政协某某区第十届委员会常务委员会)."""
    if len(first + second) > 60 or _DOCUMENT_KIND.search(first) or not _DOCUMENT_KIND.search(second):
        return False
    if _ends_sentence(second):
        return False
    # A 关于… line is joined only under a line that names a body and nothing else: under a heading
    # (一、提案工作) it is a title of its own.
    return bool(_YEAR_OPENING.match(second)) or (second.startswith("关于") and bool(_BODY_ENDING.search(first)))


_SENTENCE_END = re.compile(r"[。！？!?]+")


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph.  A full stop inside “quotes” does not end the
    sentence, so a quotation stays with who said it."""
    sentences: list[str] = []
    start = 0
    depth = 0
    i = 0
    n = len(paragraph)
    while i < n:
        char = paragraph[i]
        if char in "“「『":
            depth += 1
        elif char in "”」』":
            depth = max(0, depth - 1)
        elif char in "。！？!?" and depth == 0:
            j = i + 1
            while j < n and (paragraph[j] in "。！？!?" or paragraph[j] in "”’」』"):
                j += 1
            sentences.append(paragraph[start:j])
            start = i = j
            continue
        i += 1
    if start < n and paragraph[start:].strip():
        sentences.append(paragraph[start:])
    result: list[str] = []
    for sentence in sentences:
        sentence = sentence.strip()
        if len(sentence) > 300:
            # Unbalanced quotes: fall back to plain full stops.
            parts = [p for p in re.split(r"(?<=[。！？!?])", sentence) if p.strip()]
            result.extend(p.strip() for p in parts)
        elif sentence:
            result.append(sentence)
    return result


def split_passages(document: SourceDocument, word_frequency=None) -> list[Passage]:
    """One passage per paragraph; headings become the ``section`` of the
    paragraphs below them (the document title before the first heading).  ``word_frequency`` (the general
    dictionary's, when the caller has it) helps tell the speaker's line under the title from a heading."""
    blocks = _blocks(document.text, word_frequency)
    passages: list[Passage] = []
    section = document.title
    part = None
    previous = None
    title_lines = {document.title}
    # A masthead above the title (《某某日报》date 第N版) is the first passage, under the title: mastheads.py
    # reads the paper and the day there; the title lines follow it.
    start = _masthead_blocks(blocks) if blocks and not document.title.startswith(blocks[0]) else 0
    if len(blocks) > start and document.title.startswith(blocks[start]):
        title_lines.add(blocks[start])
        if len(blocks) > start + 1 and document.title == blocks[start] + blocks[start + 1]:
            title_lines.add(blocks[start + 1])
    for position, block in enumerate(blocks):
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        if block in title_lines and position < start + 2:
            continue
        if position >= start and _looks_like_heading(block, following, word_frequency):
            # A part heading (第二部分 2026年工作要点) governs the headings below it up to the next part:
            # each of them is read under it, so a plan part's sections are plans of its year.
            part = block if _PART_HEADING.match(block) else part
            section = block if block == part or not part else f"{part} {block}"
            continue
        if block == previous:
            continue  # the same paragraph twice in a row (layout duplicate)
        previous = block
        index = len(passages)
        passages.append(
            Passage(
                id=f"{document.key}-{index}",
                doc_name=document.name,
                doc_title=document.title,
                section=section,
                paragraph=block,
                index=index,
                sentences=tuple(split_sentences(block)),
            )
        )
    return passages
