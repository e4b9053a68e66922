"""Word documents staff print: the compilation (汇编) of submissions and the 《社情民意》 issue.

python-docx builds the package, the styles, the A4 section, the footer with its PAGE
field and the few paragraphs of a title page, masthead or closing lines. The items,
which can be thousands, never go through python-docx: its `add_paragraph` searches the
body for the section properties on every call, which makes a big document quadratic
(measured: 2 000 items 10 s, 8 000 items 96 s). They are written as WordprocessingML
text to a temporary file and spliced into word/document.xml when the zip is written
(`ItemStream`), so time is linear and memory flat however many items there are.

Layout of an item: 编号, title (Heading 1, so Word's navigation pane lists the items),
反映人 with 界别 and unit, 联名委员, 报送日期, then 一、情况 / 二、问题与原因 / 三、意见建议
(Heading 2) with the text in paragraphs; each item starts on a new page.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Iterable
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from bot import texts
from bot.export.cells import xml_safe
from bot.export.issue import IssueInfo  # noqa: F401 (importable from here too)
from bot.export.records import STATUS_ORDER, SubmissionRecord, Summary, date_label, join_names

BODY_FONT = "仿宋"        # 仿宋_GB2312 on the office machines; 仿宋 is its common fallback
TITLE_FONT = "宋体"
HEADING_FONT = "黑体"
META_FONT = "楷体"
LATIN_FONT = "Times New Roman"
RED = RGBColor(0xE6, 0x00, 0x12)
BLACK = RGBColor(0, 0, 0)
META_STYLE = "SqmyMeta"
TOC_STYLE = "SqmyToc"


# --- Styles, page, footer -----------------------------------------------------------


def _set_fonts(style_or_run_font, east_asia: str) -> None:
    """Latin and East Asian font of a style or run (python-docx only sets the Latin one)."""
    style_or_run_font.name = LATIN_FONT
    rpr = style_or_run_font.element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), east_asia)


def _style(document, name: str, east_asia: str, size: float, *, bold: bool = False,  # noqa: ANN001
           color: RGBColor = BLACK, align=None, before: float = 0, after: float = 0,  # noqa: ANN001
           first_line_chars: int | None = None) -> None:
    style = document.styles[name]
    font = style.font
    font.size = Pt(size)
    font.bold = bold
    font.italic = False
    font.color.rgb = color
    _set_fonts(font, east_asia)
    pf = style.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = 1.5
    if align is not None:
        pf.alignment = align
    if first_line_chars is not None:
        # firstLineChars is the Chinese convention: an indent of two characters whatever the size.
        pf.first_line_indent = Pt(size * first_line_chars / 100)
        style.element.pPr.find(qn("w:ind")).set(qn("w:firstLineChars"), str(first_line_chars))


def new_document(title: str, committee: str):  # noqa: ANN201
    """An A4 document with our styles and a footer page number (none on the first page)."""
    from docx.enum.style import WD_STYLE_TYPE

    document = Document()
    document.core_properties.title = title
    document.core_properties.author = committee
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(20)
    section.different_first_page_header_footer = True

    _style(document, "Normal", BODY_FONT, 14, first_line_chars=200)
    _style(document, "Heading 1", TITLE_FONT, 18, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=12)
    _style(document, "Heading 2", HEADING_FONT, 14, before=6, after=0)
    for name in ("Heading 1", "Heading 2"):
        pf = document.styles[name].paragraph_format
        pf.first_line_indent = Pt(0)
        pf.keep_with_next = True
    meta = document.styles.add_style(META_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    meta.base_style = document.styles["Normal"]
    _style(document, META_STYLE, META_FONT, 12, first_line_chars=0)
    meta.paragraph_format.line_spacing = 1.25
    meta.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    toc = document.styles.add_style(TOC_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    toc.base_style = document.styles["Normal"]
    _style(document, TOC_STYLE, BODY_FONT, 14, first_line_chars=0)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, _, after = texts.EXPORT_DOCX_PAGE.partition("{page}")
    footer._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{escape(before)}</w:t></w:r>'))
    for xml in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar w:fldCharType="separate"/>', '<w:t>1</w:t>', '<w:fldChar w:fldCharType="end"/>'):
        footer._p.append(parse_xml(f'<w:r {nsdecls("w")}>{xml}</w:r>'))
    footer._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{escape(after)}</w:t></w:r>'))
    return document


def _text(text: str) -> str:
    return escape(xml_safe(text))


def _p(text: str, style: str | None = None, page_break: bool = False) -> str:
    ppr = ""
    if style or page_break:
        ppr = ("<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
               + ("<w:pageBreakBefore/>" if page_break else "") + "</w:pPr>")
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{_text(text)}</w:t></w:r></w:p>'


def _paragraphs(text: str) -> list[str]:
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return [line for line in lines if line] or [""]


def author_line(record: SubmissionRecord) -> str:
    detail = "，".join(x for x in (record.sector, record.unit) if x)
    line = texts.EXPORT_DOCX_AUTHOR.format(name=record.member_name)
    if detail:
        line += texts.EXPORT_DOCX_AUTHOR_DETAIL.format(detail=detail)
    return line


def item_xml(record: SubmissionRecord, tz: ZoneInfo, page_break: bool = True) -> str:
    """One item as WordprocessingML paragraphs (without the namespace wrapper)."""
    parts = [
        _p(texts.EXPORT_DOCX_NUMBER.format(number=record.number), META_STYLE, page_break),
        _p(record.title, "Heading1"),
        _p(author_line(record), META_STYLE),
    ]
    if record.co_signers:
        parts.append(_p(texts.EXPORT_DOCX_CO_SIGNERS.format(names=join_names(record.co_signers)), META_STYLE))
    parts.append(_p(texts.EXPORT_DOCX_FILED.format(date=date_label(record.filed_at.astimezone(tz).date())),
                    META_STYLE))
    for heading, body in ((texts.EXPORT_DOCX_SITUATION, record.situation),
                          (texts.EXPORT_DOCX_PROBLEM, record.problem),
                          (texts.EXPORT_DOCX_SUGGESTION, record.suggestion)):
        parts.append(_p(heading, "Heading2"))
        parts.extend(_p(line) for line in _paragraphs(body))
    return "".join(parts)


MARKER = "@@SQMY-ITEMS-GO-HERE@@"
CHUNK = 1 << 20


class ItemStream:
    """The items' XML goes to a temporary file; at save it is spliced into word/document.xml.

    python-docx builds everything around the items (styles, section, footer, title page,
    masthead, closing lines) with a marker paragraph where the items belong. Saving
    writes python-docx's package into a new zip, streaming document.xml as the part
    before the marker, the temporary file, and the part after it. Time is linear in the
    items and memory does not grow with them.
    """

    def __init__(self, document) -> None:  # noqa: ANN001
        self.document = document
        document.add_paragraph(MARKER)
        self.file = tempfile.TemporaryFile()
        self.count = 0

    def append_xml(self, xml: str) -> None:
        self.file.write(xml.encode("utf-8"))
        self.count += 1

    def save(self, path: str | Path) -> None:
        package = io.BytesIO()
        self.document.save(package)
        package.seek(0)
        with zipfile.ZipFile(package) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                if info.filename != "word/document.xml":
                    zout.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
                    continue
                xml = data.decode("utf-8")
                at = xml.index(MARKER)
                head, tail = xml[:xml.rindex("<w:p>", 0, at)], xml[xml.index("</w:p>", at) + len("</w:p>"):]
                with zout.open("word/document.xml", "w", force_zip64=True) as out:
                    out.write(head.encode("utf-8"))
                    self.file.seek(0)
                    while chunk := self.file.read(CHUNK):
                        out.write(chunk)
                    out.write(tail.encode("utf-8"))
        self.close()

    def close(self) -> None:
        if not self.file.closed:
            self.file.close()


def _centered(document, text: str, size: float, *, bold: bool = False, font: str = TITLE_FONT,  # noqa: ANN001
              color: RGBColor = BLACK, before: float = 0, after: float = 0):  # noqa: ANN202
    p = document.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.rgb = color
    _set_fonts(run.font, font)
    return run


# --- The compilation (汇编) --------------------------------------------------------


class DocxBuilder:
    """Title page, then `add` one item per record (each on a new page), then `close`."""

    def __init__(self, path: str | Path, tz: ZoneInfo, *, committee: str = "", period_label: str = "",
                 made_on: datetime | None = None, statuses: Iterable[str] = STATUS_ORDER,
                 categories: Iterable[str] = (), **_ignored: object) -> None:
        self.path = Path(path)
        self.tz = tz
        self.summary = Summary(tz, statuses, categories)
        self.document = new_document(texts.EXPORT_DOCX_TITLE, committee)
        doc = self.document
        _centered(doc, committee, 22, bold=True, before=120, after=24)
        _centered(doc, texts.EXPORT_DOCX_TITLE, 26, bold=True, after=48)
        _centered(doc, texts.EXPORT_DOCX_PERIOD.format(period=period_label), 16, font=BODY_FONT, after=12)
        self._count_run = _centered(doc, "", 16, font=BODY_FONT, after=96)
        if made_on is not None:
            _centered(doc, texts.EXPORT_DOCX_MADE.format(committee=committee,
                                                          date=date_label(made_on.astimezone(tz).date())),
                      14, font=BODY_FONT)
        self._items = ItemStream(doc)
        self.rows = 0
        self.closed = False

    def add(self, record: SubmissionRecord) -> None:
        self._items.append_xml(item_xml(record, self.tz))
        self.rows += 1
        self.summary.add(record)

    def close(self) -> int:
        """Fill in the count and save (serialising is the slow part: call it off the event loop)."""
        if not self.closed:
            self._count_run.text = texts.EXPORT_DOCX_COUNT.format(count=self.rows)
            self._items.save(self.path)
            self.closed = True
        return self.rows

    def abort(self) -> None:
        self.closed = True
        self._items.close()


def write_docx(records: Iterable[SubmissionRecord], path: str | Path, tz: ZoneInfo, **options) -> int:
    builder = DocxBuilder(path, tz, **options)
    for record in records:
        builder.add(record)
    return builder.close()


# --- 《社情民意》 issue -------------------------------------------------------------


def _border(paragraph, side: str, color: str = "E60012", size: int = 12) -> None:  # noqa: ANN001
    ppr = paragraph._p.get_or_add_pPr()
    border = parse_xml(f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="{size}" w:space="4" '
                       f'w:color="{color}"/></w:pBdr>')
    # pBdr comes before spacing/ind/jc in CT_PPr's sequence.
    anchor = next((ppr.find(qn(t)) for t in ("w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc")
                   if ppr.find(qn(t)) is not None), None)
    if anchor is not None:
        anchor.addprevious(border)
    else:
        ppr.append(border)


def toc_line(index: int, record: SubmissionRecord) -> str:
    return texts.ISSUE_TOC_LINE.format(index=index, title=record.title, number=record.number)


def write_issue_docx(issue: IssueInfo, path: str | Path, tz: ZoneInfo, committee: str) -> Path:
    """Masthead, table of contents, the items in order, and the 报送 lines at the end."""
    path = Path(path)
    document = new_document(f"《{texts.ISSUE_MASTHEAD}》{issue.label}", committee)
    _centered(document, texts.ISSUE_MASTHEAD, 48, bold=True, color=RED, before=24, after=6)
    _centered(document, issue.label, 16, font=BODY_FONT, after=6)

    line = document.add_paragraph()
    line.paragraph_format.first_line_indent = Pt(0)
    section = document.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    line.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    published = date_label(issue.published_at.astimezone(tz).date())
    run = line.add_run(texts.ISSUE_PUBLISHER.format(committee=committee) + "\t" + published)
    run.font.size = Pt(14)
    _set_fonts(run.font, BODY_FONT)
    _border(line, "bottom")

    _centered(document, texts.ISSUE_TOC, 16, bold=True, font=HEADING_FONT, before=12, after=6)
    for index, record in enumerate(issue.items, 1):
        document.add_paragraph(toc_line(index, record), style=TOC_STYLE)

    items = ItemStream(document)
    for record in issue.items:
        items.append_xml(item_xml(record, tz))

    closing = [issue.report_to, issue.send_to]
    if issue.copies:
        closing.append(texts.ISSUE_COPIES.format(copies=issue.copies))
    for i, text in enumerate(closing):
        p = document.add_paragraph(text, style=TOC_STYLE)
        if i == 0:
            p.paragraph_format.space_before = Pt(36)
            _border(p, "top", color="000000", size=8)
    items.save(path)
    return path


__all__ = ["IssueInfo", "DocxBuilder", "write_docx", "write_issue_docx", "item_xml", "author_line", "toc_line",
           "new_document"]
