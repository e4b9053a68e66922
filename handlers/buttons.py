"""Typed inline-button data: one small frozen dataclass per kind of button.

A kind declares its prefix and fields; `pack()` turns a value into short ASCII
callback data (`prefix:field:field`, under Telegram's 64 bytes) and `parse()`
turns it back, or returns None for data that is malformed or from an older
version of the kind (the handler then answers the polite "expired"). Fields are
ints, short ASCII strings, bools or optional ints, read by name, never by
position in a handler. Bump a kind's `version` when its fields change: old
buttons then parse as None instead of as something else.

Every kind registers itself in `KINDS`, so one test can pack and parse them all.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import typing
from typing import Any, ClassVar, TypeVar

MAX_BYTES = 64
_SAFE = re.compile(r"^[A-Za-z0-9_\-.]*$")
_NONE = "~"

KINDS: dict[str, type["ButtonData"]] = {}
T = TypeVar("T", bound="ButtonData")


class ButtonData:
    """Base of every kind. Subclasses are frozen dataclasses with `prefix` set."""

    prefix: ClassVar[str]
    version: ClassVar[int] = 1

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        prefix = cls.__dict__.get("prefix")
        if prefix is None:
            return
        if not _SAFE.match(prefix) or not prefix:
            raise ValueError(f"bad button prefix {prefix!r}")
        if prefix in KINDS and KINDS[prefix].__qualname__ != cls.__qualname__:
            raise ValueError(f"button prefix {prefix!r} used twice")
        KINDS[prefix] = cls

    @classmethod
    def _head(cls) -> str:
        return cls.prefix if cls.version == 1 else f"{cls.prefix}.{cls.version}"

    @classmethod
    @functools.cache  # per class: get_type_hints costs a quarter of a millisecond, on every button packed
    def _fields(cls) -> list[tuple[str, Any]]:
        hints = typing.get_type_hints(cls)
        return [(f.name, hints[f.name]) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]

    def pack(self) -> str:
        parts = [self._head()]
        for name, _ in self._fields():
            parts.append(_encode(getattr(self, name)))
        data = ":".join(parts)
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback data too long: {data}")
        return data

    @classmethod
    def parse(cls: type[T], data: str | None) -> T | None:
        """The value packed in `data`, or None when it is not a current button of this kind."""
        if not data:
            return None
        head, _, rest = data.partition(":")
        if head != cls._head():
            return None
        raw = rest.split(":") if rest else []
        fields = cls._fields()
        if len(raw) != len(fields):
            return None
        values = {}
        for (name, kind), text in zip(fields, raw):
            try:
                values[name] = _decode(text, kind)
            except ValueError:
                return None
        try:
            return cls(**values)
        except (TypeError, ValueError):
            return None

    @classmethod
    def pattern(cls) -> str:
        """The CallbackQueryHandler pattern for every version of this kind (old ones answer 'expired')."""
        return rf"^{re.escape(cls.prefix)}(\.\d+)?(:|$)"


def _encode(value: object) -> str:
    if value is None:
        return _NONE
    if isinstance(value, bool):
        return "1" if value else "0"
    text = str(value)
    if not _SAFE.match(text) or text == _NONE:
        raise ValueError(f"unsafe callback part: {text!r}")
    return text


def _decode(text: str, kind: Any) -> object:
    optional = typing.get_origin(kind) in (typing.Union, getattr(__import__("types"), "UnionType", None)) and \
        type(None) in typing.get_args(kind)
    if optional:
        if text == _NONE:
            return None
        kind = next(a for a in typing.get_args(kind) if a is not type(None))
    elif text == _NONE:
        raise ValueError("None for a required field")
    if kind is bool:
        if text not in ("0", "1"):
            raise ValueError(text)
        return text == "1"
    if kind is int:
        if not re.fullmatch(r"-?\d{1,19}", text):
            raise ValueError(text)
        return int(text)
    if kind is str:
        return text
    raise ValueError(f"unsupported field type {kind!r}")
