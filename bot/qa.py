"""The knowledge Q&A service: questions in, answers out, with the records staff need.

Wraps the retrieval engine (bot/knowledge/) with what lives in the database:
documents admins added, FAQ pairs, every question asked (for 查看原文, 👍/👎,
suggestions and /kb_gaps), and questions forwarded to staff. The engine's index
is rebuilt when the document set changes, in any process: adding or removing a
document bumps a version row that every process checks before answering (at most
every KB_RECHECK_SECONDS; the process that made the change at once). The record of
each question is written beside the reply (bot/asked_log.py).
"""

from __future__ import annotations

import asyncio
import logging
import re
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select

from bot import texts
from bot.asked_log import AskedLog
from bot.clock import Clock
from bot.config import Settings
from bot.errors import NotFound, UserError
from bot.intent import Route, route
from bot.knowledge.documents import DocumentError, SourceDocument, load_document
from bot.llm import LlmPhraser
from bot.members import MembersService
from bot.outbox import QA_FORWARDED, QA_STAFF_REPLY, Notice, add_notices, admin_notices
from storage.db import Database
from storage.knowledge import AskedQuestion, FaqPair, ForwardedQuestion, KbDocument
from storage.models import KeyValue

log = logging.getLogger(__name__)
VERSION_KEY = "kb_version"
MAX_QUESTION_CHARS = 300
# The document version and the FAQ pairs are re-read at most this often (a change made in this
# process is seen at once; one made in another process within this time): two reads less per question.
KB_RECHECK_SECONDS = 2.0
_MEANINGFUL = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


@dataclass(frozen=True)
class Triage:
    """Where a member's message goes before any answer: ``reply`` is a sentence to send
    instead (empty, too long, not understood, small talk); otherwise ``route`` is the
    documents (ask ``question``) or the member's own schedule or submissions."""

    route: Route | None
    question: str
    reply: str | None


@dataclass(frozen=True)
class Asked:
    """An answer as given to one member, with the id of its record (for buttons)."""

    question_id: int
    answered: bool
    text: str
    suggestions: tuple[str, ...]
    has_source: bool


@dataclass(frozen=True)
class SourceView:
    """The paragraph an answer came from, for 查看原文: the document named once,
    the section (None when it is the document itself), and the answering sentence."""

    title: str
    section: str | None
    paragraph: str
    sentence: str | None


@dataclass(frozen=True)
class DocumentInfo:
    id: int | None  # None for a bundled document (it cannot be removed from the bot)
    name: str
    title: str
    passages: int
    imported_at: object  # datetime | None for bundled documents
    bundled: bool
    replaced: bool = False  # an import that took the place of an earlier file of the same name


@dataclass(frozen=True)
class Forward:
    id: int
    question: str
    telegram_id: int
    member_name: str
    reply: str | None


@dataclass(frozen=True)
class Gap:
    question: str
    count: int


class QaService:
    def __init__(self, db: Database, clock: Clock, members: MembersService, settings: Settings) -> None:
        self.db = db
        self.clock = clock
        self.members = members
        self.settings = settings
        self.kb = None
        self.phraser = LlmPhraser(settings.qa.llm)
        self._version: str | None = None
        self._lock = asyncio.Lock()
        self.recheck_seconds = KB_RECHECK_SECONDS
        self._checked_at = float("-inf")  # monotonic time the version was last read
        self._faqs: tuple[float, list] | None = None  # (read at, pairs)
        self.asked = AskedLog(db, clock)

    # --- the engine ------------------------------------------------------------------

    def bundled_documents(self) -> list[SourceDocument]:
        folder = self.settings.qa.documents_dir
        docs = []
        for path in sorted(folder.glob("*")):
            if path.suffix.lower() in (".txt", ".md", ".docx", ".pdf"):
                try:
                    docs.append(load_document(path))
                except DocumentError as exc:
                    log.warning("bundled document %s skipped: %s", path.name, exc)
        return docs

    async def _db_documents(self) -> tuple[str, list[SourceDocument]]:
        async with self.db.transaction() as s:
            version = await s.get(KeyValue, VERSION_KEY)
            rows = (await s.execute(select(KbDocument).order_by(KbDocument.name))).scalars().all()
            docs = [SourceDocument(name=r.name, title=r.title, date=r.doc_date or None, text=r.text) for r in rows]
            return (version.value if version else ""), docs

    async def _current_version(self) -> str:
        async with self.db.transaction() as s:
            row = await s.get(KeyValue, VERSION_KEY)
            return row.value if row else ""

    def _recheck(self) -> None:
        """This process changed documents or FAQs: read them again on the next question."""
        self._checked_at = float("-inf")
        self._faqs = None

    async def engine(self):  # noqa: ANN201
        """The knowledge base, rebuilt first if another process changed the documents."""
        if self.kb is not None and time.monotonic() - self._checked_at < self.recheck_seconds:
            return self.kb
        # Marked checked before the read: the updates in flight meanwhile keep the index they have
        # instead of each reading the version too (64 reads at once every recheck under a crowd).
        self._checked_at = time.monotonic()
        version = await self._current_version()
        if self.kb is not None and version == self._version:
            return self.kb
        async with self._lock:
            if self.kb is None or version != self._version:
                version, extra = await self._db_documents()
                from bot.knowledge.knowledge_base import KnowledgeBase, KnowledgeSettings

                docs = self.bundled_documents() + extra
                kb_settings = KnowledgeSettings(threshold=self.settings.qa.threshold,
                                                max_document_bytes=self.settings.qa.max_upload_mb * 1048576)
                self.kb = await asyncio.to_thread(open_knowledge_base, docs, self.settings.qa.cache_dir, kb_settings)
                self._version = version
        return self.kb

    # --- asking ------------------------------------------------------------------------

    def triage(self, message: str) -> Triage:
        """The checks every question passes (one length limit, here) and its route."""
        text = (message or "").strip()
        if not text:
            return Triage(None, "", texts.EMPTY_MESSAGE)
        if len(text) > MAX_QUESTION_CHARS:
            return Triage(None, text, texts.QA_TOO_LONG.format(length=len(text), limit=MAX_QUESTION_CHARS))
        if not _MEANINGFUL.search(text):
            return Triage(None, text, texts.QA_NOT_UNDERSTOOD)
        routed = route(text)
        if routed.route.small_talk:
            return Triage(routed.route, text, texts.QA_SMALL_TALK[routed.route.value])
        return Triage(routed.route, routed.question, None)

    async def faqs(self) -> list:
        from bot.knowledge.answer import FaqPair as EngineFaq

        if self._faqs is not None and time.monotonic() - self._faqs[0] < self.recheck_seconds:
            return self._faqs[1]
        read_at = time.monotonic()
        if self._faqs is not None:  # the updates in flight keep these pairs for the moment this read takes
            self._faqs = (read_at, self._faqs[1])
        async with self.db.transaction() as s:
            rows = (await s.execute(select(FaqPair).order_by(FaqPair.id))).scalars().all()
            pairs = [EngineFaq(id=r.id, question=r.question, answer=r.answer) for r in rows]
        self._faqs = (read_at, pairs)
        return pairs

    async def answer(self, question: str):  # noqa: ANN201
        """The answer to a question (no record kept): the CLI uses this directly."""
        kb = await self.engine()
        result = kb.answer(question, await self.faqs())
        return await self.phraser.phrase(question, result)

    async def ask(self, telegram_id: int, question: str) -> Asked:
        await self.members.require_active(telegram_id)
        question = question.strip()
        result = await self.answer(question)
        # Written beside the reply, not before it (bot/asked_log.py); the id is reserved already.
        question_id = await self.asked.next_id()
        self.asked.add(dict(
            id=question_id, telegram_id=telegram_id, question=question[:2000], normalized=_gap_key(question),
            answered=result.answered, confidence=float(result.confidence), answer=result.text,
            passage_id=result.passage_id, suggestions={"items": list(result.suggestions)},
            rating=None, forwarded=False, created_at=self.clock.now()))
        return Asked(question_id, result.answered, result.text, tuple(result.suggestions),
                     bool(result.passage_id))

    async def _own_question(self, s, question_id: int, telegram_id: int) -> AskedQuestion:  # noqa: ANN001
        row = await s.get(AskedQuestion, question_id)
        if row is None or row.telegram_id != telegram_id:
            raise NotFound(question_id)
        return row

    async def source(self, question_id: int, telegram_id: int) -> SourceView | None:
        """The paragraph an answer came from, with the sentence that answered marked."""
        await self.asked.flush()  # the rows of the last moment's questions
        async with self.db.transaction() as s:
            row = await self._own_question(s, question_id, telegram_id)
            passage_id, answer = row.passage_id, row.answer or ""
        if not passage_id:
            return None
        kb = await self.engine()
        found = kb.passage(passage_id)
        if found is None:
            return None
        title, section, paragraph = found
        sentence = next((x for x in kb.passage_sentences(passage_id) if x and x in answer), None)
        return SourceView(title, section if section and section != title else None, paragraph, sentence)

    async def suggestion(self, question_id: int, telegram_id: int, index: int) -> str:
        await self.asked.flush()  # the rows of the last moment's questions
        async with self.db.transaction() as s:
            row = await self._own_question(s, question_id, telegram_id)
            items = (row.suggestions or {}).get("items", [])
        if not 0 <= index < len(items):
            raise NotFound(index)
        return items[index]

    async def rate(self, question_id: int, telegram_id: int, rating: int) -> None:
        await self.asked.flush()  # the rows of the last moment's questions
        async with self.db.transaction() as s:
            row = await self._own_question(s, question_id, telegram_id)
            row.rating = 1 if rating > 0 else -1

    # --- staff ---------------------------------------------------------------------------

    async def forward(self, question_id: int, telegram_id: int) -> Forward:
        await self.asked.flush()  # the rows of the last moment's questions
        member = await self.members.require_active(telegram_id)
        async with self.db.transaction() as s:
            row = await self._own_question(s, question_id, telegram_id)
            existing = (await s.execute(select(ForwardedQuestion).where(
                ForwardedQuestion.question_id == question_id))).scalar_one_or_none()
            if existing is not None:
                raise UserError(texts.QA_ALREADY_FORWARDED)
            row.forwarded = True
            fwd = ForwardedQuestion(question_id=row.id, telegram_id=telegram_id, created_at=self.clock.now())
            s.add(fwd)
            await s.flush()
            await add_notices(s, admin_notices(await self.members.admins_in(s), QA_FORWARDED, {"forward_id": fwd.id}),
                              self.clock.now())
            return Forward(fwd.id, row.question, telegram_id, member.display_name, None)

    async def get_forward(self, admin_tid: int, forward_id: int) -> Forward:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            fwd = await s.get(ForwardedQuestion, forward_id)
            if fwd is None:
                raise NotFound(forward_id)
            question = await s.get(AskedQuestion, fwd.question_id)
            found = Forward(fwd.id, question.question, fwd.telegram_id, str(fwd.telegram_id), fwd.reply)
        # Outside the transaction: on SQLite a second one would wait for the first.
        member = await self.members.get(found.telegram_id)
        return Forward(found.id, found.question, found.telegram_id,
                       member.display_name if member else found.member_name, found.reply)

    async def reply(self, admin_tid: int, forward_id: int, text: str) -> Forward:
        await self.members.require_admin(admin_tid)
        text = text.strip()
        if not text:
            raise UserError(texts.QA_REPLY_EMPTY)
        async with self.db.transaction() as s:
            fwd = await s.get(ForwardedQuestion, forward_id)
            if fwd is None:
                raise NotFound(forward_id)
            fwd.reply, fwd.replied_by, fwd.replied_at = text[:4000], admin_tid, self.clock.now()
            await add_notices(s, [Notice(QA_STAFF_REPLY, fwd.telegram_id, {"forward_id": fwd.id})], self.clock.now())
        return await self.get_forward(admin_tid, forward_id)

    async def forward_view(self, forward_id: int) -> Forward | None:
        """A handed-off question as it is now, for a notice rendered at send time (None when gone)."""
        async with self.db.transaction() as s:
            fwd = await s.get(ForwardedQuestion, forward_id)
            question = await s.get(AskedQuestion, fwd.question_id) if fwd is not None else None
            if question is None:
                return None
            found = Forward(fwd.id, question.question, fwd.telegram_id, str(fwd.telegram_id), fwd.reply)
        member = await self.members.get(found.telegram_id)  # outside: on SQLite a second transaction would wait
        return Forward(found.id, found.question, found.telegram_id,
                       member.display_name if member else found.member_name, found.reply)

    async def save_reply_as_faq(self, admin_tid: int, forward_id: int) -> int:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            fwd = await s.get(ForwardedQuestion, forward_id)
            if fwd is None or not fwd.reply:
                raise UserError(texts.QA_NO_REPLY_YET)
            if fwd.faq_id is not None:
                return fwd.faq_id
            question = await s.get(AskedQuestion, fwd.question_id)
            faq = FaqPair(question=question.question, answer=fwd.reply, created_by=admin_tid,
                          created_at=self.clock.now())
            s.add(faq)
            await s.flush()
            fwd.faq_id = faq.id
        self._recheck()
        return faq.id

    async def add_faq(self, admin_tid: int | None, question: str, answer: str) -> int:
        question, answer = await self._faq_pair(admin_tid, question, answer)
        async with self.db.transaction() as s:
            faq = FaqPair(question=question, answer=answer, created_by=admin_tid, created_at=self.clock.now())
            s.add(faq)
            await s.flush()
        self._recheck()
        return faq.id

    async def edit_faq(self, admin_tid: int | None, faq_id: int, question: str, answer: str) -> None:
        """Change a pair in place (the console's 修改); the same limits as `add_faq`."""
        question, answer = await self._faq_pair(admin_tid, question, answer)
        async with self.db.transaction() as s:
            faq = await s.get(FaqPair, faq_id)
            if faq is None:
                raise NotFound(faq_id)
            faq.question, faq.answer = question, answer
        self._recheck()

    async def _faq_pair(self, admin_tid: int | None, question: str, answer: str) -> tuple[str, str]:
        """A pair as stored: an admin's only (the console, acting as staff, passes None), neither side empty,
        each cut to the column's length."""
        if admin_tid is not None:
            await self.members.require_admin(admin_tid)
        question, answer = question.strip(), answer.strip()
        if not question or not answer:
            raise UserError(texts.FAQ_USAGE)
        return question[:500], answer[:4000]

    async def remove_faq(self, admin_tid: int | None, faq_id: int) -> bool:
        if admin_tid is not None:
            await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            result = await s.execute(delete(FaqPair).where(FaqPair.id == faq_id))
        self._recheck()
        return bool(result.rowcount)

    async def list_faqs(self) -> list[tuple[int, str, str]]:
        return [(f.id, f.question, f.answer) for f in await self.faqs()]

    async def gaps(self, admin_tid: int, limit: int = 15) -> list[Gap]:
        """Questions most often declined or rated 👎, so staff know which FAQ to add."""
        await self.asked.flush()  # the rows of the last moment's questions
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            rows = (await s.execute(select(AskedQuestion.normalized, AskedQuestion.question).where(
                (AskedQuestion.answered.is_(False)) | (AskedQuestion.rating == -1)))).all()
        counts: Counter[str] = Counter()
        sample: dict[str, str] = {}
        for key, question in rows:
            counts[key] += 1
            sample.setdefault(key, question)
        return [Gap(sample[k], n) for k, n in counts.most_common(limit)]

    # --- documents ------------------------------------------------------------------------

    async def add_document(self, admin_tid: int | None, file_name: str, data: bytes) -> DocumentInfo:
        """Import a file; the same name replaces the earlier one. Refused files change nothing."""
        if admin_tid is not None:
            await self.members.require_admin(admin_tid)
        max_bytes = self.settings.qa.max_upload_mb * 1024 * 1024
        safe_name = Path(file_name).name or "document.txt"
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / safe_name
            path.write_bytes(data)
            try:
                doc = await asyncio.to_thread(load_document, path, max_bytes)
            except DocumentError as exc:
                raise UserError(texts.KB_REFUSED.format(
                    name=safe_name, reason=texts.KB_REFUSE_REASONS.get(exc.reason, exc.reason))) from None
        from bot.knowledge.documents import split_passages

        passages = len(split_passages(doc))
        if passages == 0:
            raise UserError(texts.KB_REFUSED.format(name=safe_name, reason=texts.KB_REFUSE_REASONS["empty"]))
        async with self.db.transaction() as s:
            row = (await s.execute(select(KbDocument).where(KbDocument.name == safe_name))).scalar_one_or_none()
            replaced = row is not None
            if row is None:
                row = KbDocument(name=safe_name)
                s.add(row)
            row.title, row.doc_date, row.text = doc.title[:255], (doc.date or "")[:32], doc.text
            row.passages, row.imported_by, row.imported_at = passages, admin_tid, self.clock.now()
            await self._bump(s)
            info = DocumentInfo(row.id, safe_name, row.title, passages, row.imported_at, False, replaced)
        self._recheck()
        return info

    async def remove_document(self, admin_tid: int | None, name_or_id: str | int) -> bool:
        if admin_tid is not None:
            await self.members.require_admin(admin_tid)
        where = KbDocument.id == name_or_id if isinstance(name_or_id, int) else KbDocument.name == name_or_id.strip()
        async with self.db.transaction() as s:
            result = await s.execute(delete(KbDocument).where(where))
            if result.rowcount:
                await self._bump(s)
        self._recheck()
        return bool(result.rowcount)

    async def _bump(self, s) -> None:  # noqa: ANN001
        row = await s.get(KeyValue, VERSION_KEY)
        if row is None:
            s.add(KeyValue(key=VERSION_KEY, value=uuid.uuid4().hex, updated_at=self.clock.now()))
        else:
            row.value, row.updated_at = uuid.uuid4().hex, self.clock.now()

    async def documents(self) -> list[DocumentInfo]:
        kb = await self.engine()
        counts = {stat.name: stat.passages for stat in kb.document_stats()}
        out = [DocumentInfo(None, d.name, d.title, counts.get(d.name, 0), None, True) for d in self.bundled_documents()]
        async with self.db.transaction() as s:
            for row in (await s.execute(select(KbDocument).order_by(KbDocument.imported_at))).scalars():
                out.append(DocumentInfo(row.id, row.name, row.title, row.passages, row.imported_at, False))
        return out

    async def question_count(self) -> int:
        await self.asked.flush()  # the rows of the last moment's questions
        async with self.db.transaction() as s:
            return (await s.execute(select(func.count()).select_from(AskedQuestion))).scalar_one()


def _gap_key(question: str) -> str:
    """Questions that differ only in punctuation or spacing count as one gap."""
    import re

    return re.sub(r"[\s\W_]+", "", question.lower())[:200]


def open_knowledge_base(documents: list, cache_dir, kb_settings):  # noqa: ANN001, ANN202
    """The engine over these documents; a missing index is built by a child process first, so this
    long-running process never holds the building's libraries and garbage (bot/knowledge/child_build.py)."""
    from bot.knowledge.child_build import build_in_child
    from bot.knowledge.knowledge_base import KnowledgeBase

    build_in_child(documents, Path(cache_dir))
    return KnowledgeBase(documents, cache_dir, kb_settings).warm_up()
