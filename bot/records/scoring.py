"""From facts to a record: counts, points, grade and what is still missing.

A fact is one thing a member did or missed in the year (an event with its outcome, a
社情民意 filed, an adoption, a 批示, a manual entry …). Points are computed here from the
weights of `[records]` every time a record is shown or exported, so a change of weights
applies at once and no stale total is ever stored. No database, no telegram.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from bot import texts
from bot.config import RecordsSettings

EVENT_KINDS = ("meeting", "study", "inspection", "survey")
OUTCOMES = ("attended", "leave_approved", "leave", "absent")
# An adoption status → the weight that scores it.
ADOPTION_WEIGHTS = {"adopted_city": "adopted_city", "adopted_prov": "adopted_province",
                    "adopted_nat": "adopted_national", "instructed": "instruction"}


@dataclass(frozen=True)
class Person:
    id: int
    telegram_id: int
    name: str
    sector: str
    committee: str
    unit: str


@dataclass(frozen=True)
class Fact:
    day: date  # in the committee's zone
    category: str  # event | submission | cosign | second | adoption | issue | notice | question | manual
    kind: str
    outcome: str
    title: str
    ref: int | None  # a manual entry's id


@dataclass
class Tally:
    """The counts of a year; `points` from the weights it was scored with."""

    events: Counter = field(default_factory=Counter)  # (kind, outcome) → n
    submissions: int = 0
    cosigned: int = 0
    seconded: int = 0
    adopted_city: int = 0
    adopted_province: int = 0
    adopted_national: int = 0
    instructions: int = 0
    in_issue: int = 0
    notices: int = 0
    notices_read: int = 0
    questions: int = 0
    manual: Counter = field(default_factory=Counter)  # type → n
    points: float = 0.0

    def outcome(self, outcome: str) -> int:
        return sum(n for (_, o), n in self.events.items() if o == outcome)

    @property
    def attended(self) -> int:
        return self.outcome("attended")

    @property
    def on_leave(self) -> int:
        return self.outcome("leave_approved") + self.outcome("leave")

    @property
    def absent(self) -> int:
        return self.outcome("absent")

    @property
    def adopted(self) -> int:
        return self.adopted_city + self.adopted_province + self.adopted_national

    @property
    def read_ratio(self) -> float | None:
        return self.notices_read / self.notices if self.notices else None


@dataclass(frozen=True)
class MemberRecord:
    person: Person
    year: int
    facts: tuple[Fact, ...]  # newest first
    tally: Tally
    grade: str
    missing: tuple[str, ...]  # sentences: what the member still lacks against the minimums


def fact_points(fact: Fact, weights: RecordsSettings) -> float:
    """The points one fact earns under the current weights."""
    c = fact.category
    if c == "event":
        if fact.outcome == "attended":
            return float(weights.attend.get(fact.kind, 0))
        return float({"leave_approved": weights.leave_approved, "leave": weights.leave}.get(fact.outcome,
                                                                                            weights.absent))
    if c == "adoption":
        return float(getattr(weights, ADOPTION_WEIGHTS.get(fact.kind, ""), 0) or 0)
    if c == "notice":
        return float(weights.notice_read) if fact.outcome == "read" else 0.0
    if c == "manual":
        return float(weights.manual.get(fact.kind, 0))
    return float({"submission": weights.submission, "cosign": weights.cosign, "second": weights.second,
                  "issue": weights.in_issue, "question": weights.question}.get(c, 0))


def tally(facts: list[Fact] | tuple[Fact, ...], weights: RecordsSettings) -> Tally:
    t = Tally()
    for f in facts:
        c = f.category
        if c == "event":
            t.events[(f.kind, f.outcome)] += 1
        elif c == "submission":
            t.submissions += 1
        elif c == "cosign":
            t.cosigned += 1
        elif c == "second":
            t.seconded += 1
        elif c == "adoption":
            if f.kind == "instructed":
                t.instructions += 1
            else:
                attr = ADOPTION_WEIGHTS[f.kind]
                setattr(t, attr, getattr(t, attr) + 1)
        elif c == "issue":
            t.in_issue += 1
        elif c == "notice":
            t.notices += 1
            t.notices_read += f.outcome == "read"
        elif c == "question":
            t.questions += 1
        elif c == "manual":
            t.manual[f.kind] += 1
        t.points += fact_points(f, weights)
    t.points = round(t.points, 1)
    return t


def grade(points: float, weights: RecordsSettings) -> str:
    for name, line in sorted(weights.grades.items(), key=lambda item: -item[1]):
        if points >= line:
            return name
    return weights.lowest_grade


def points_label(points: float) -> str:
    return f"{points:g}"


def missing(t: Tally, weights: RecordsSettings, year: int, this_year: int) -> tuple[str, ...]:
    """What the member lacks against the committee's minimums, as sentences."""
    when = texts.RECORD_THIS_YEAR if year == this_year else texts.RECORD_YEAR.format(year=year)
    out = []
    if t.submissions < weights.min_submissions:
        out.append(texts.RECORD_MISSING_NO_SUBMISSION.format(when=when) if t.submissions == 0 else
                   texts.RECORD_MISSING_SUBMISSIONS.format(when=when, n=t.submissions, min=weights.min_submissions))
    if t.attended < weights.min_attended:
        out.append(texts.RECORD_MISSING_ATTENDED.format(when=when, n=t.attended, min=weights.min_attended))
    if t.points < weights.pass_line:
        out.append(texts.RECORD_MISSING_POINTS.format(points=points_label(t.points),
                                                      line=points_label(weights.pass_line)))
    return tuple(out)


def build(person: Person, year: int, this_year: int, facts: list[Fact], weights: RecordsSettings) -> MemberRecord:
    ordered = tuple(sorted(facts, key=lambda f: (f.day, f.category, f.ref or 0), reverse=True))
    t = tally(ordered, weights)
    return MemberRecord(person, year, ordered, t, grade(t.points, weights), missing(t, weights, year, this_year))


def fact_label(fact: Fact) -> tuple[str, str, str]:
    """(类别, 内容, 结果) as a person reads them, for the entries list and the 明细 sheet."""
    c = fact.category
    if c == "event":
        return (texts.EVENT_KIND_NAMES.get(fact.kind, fact.kind), fact.title,
                texts.RECORD_OUTCOME_NAMES.get(fact.outcome, fact.outcome))
    if c == "adoption":
        return texts.RECORD_ADOPTION_NAMES.get(fact.kind, fact.kind), fact.title, ""
    if c == "issue":
        year, _, number = fact.kind.partition("-")
        return texts.RECORD_CATEGORY_NAMES[c], fact.title, texts.ISSUE_NUMBER.format(year=year, number=number)
    if c == "notice":
        return texts.RECORD_CATEGORY_NAMES[c], fact.title, texts.RECORD_OUTCOME_NAMES.get(fact.outcome, "")
    if c == "manual":
        return fact.kind, fact.title, texts.RECORD_MANUAL_MARK.format(id=fact.ref)
    return texts.RECORD_CATEGORY_NAMES.get(c, c), fact.title, ""
