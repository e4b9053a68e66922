"""Every kind of inline button packs to short ASCII and parses back; bad or old data parses as None."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import typing

import pytest

import handlers
from handlers.buttons import KINDS, MAX_BYTES, ButtonData


def _load_every_handler_module() -> None:
    for info in pkgutil.walk_packages(handlers.__path__, "handlers."):
        importlib.import_module(info.name)


def _widest(kind: type[ButtonData]) -> ButtonData:
    """A value of the kind with every field at its longest plausible size."""
    values = {}
    hints = typing.get_type_hints(kind)
    for field in dataclasses.fields(kind):
        hint = hints[field.name]
        args = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
        base = args[0]
        if base is bool:
            values[field.name] = True
        elif base is int:
            values[field.name] = 9_999_999_999  # Telegram ids reach ten digits
        else:
            values[field.name] = field.metadata.get("example", "x" * int(field.metadata.get("max_len", 8)))
    return kind(**values)


def test_every_kind_packs_short_ascii_and_parses_back():
    _load_every_handler_module()
    assert KINDS, "no button kinds registered"
    for prefix, kind in KINDS.items():
        value = _widest(kind)
        data = value.pack()
        assert data.isascii(), prefix
        assert len(data.encode()) <= MAX_BYTES, (prefix, data)
        assert kind.parse(data) == value, prefix


def test_malformed_and_foreign_data_parse_as_none():
    _load_every_handler_module()
    for prefix, kind in KINDS.items():
        for bad in ("", None, prefix, f"{prefix}:", f"{prefix}:a:b:c:d:e:f:g", f"{prefix}.99:1", "zz:1"):
            value = kind.parse(bad)
            if value is not None:  # a kind without fields may parse its bare prefix
                assert not dataclasses.fields(kind) and bad == prefix


@dataclasses.dataclass(frozen=True)
class _Sample(ButtonData):
    prefix = "tst"
    version = 2
    item_id: int
    approve: bool
    note: str | None = None


def test_a_sample_kind_round_trips_and_refuses_older_versions():
    value = _Sample(42, True, None)
    assert value.pack() == "tst.2:42:1:~"
    assert _Sample.parse("tst.2:42:1:~") == value
    assert _Sample.parse("tst:42:1:~") is None
    assert _Sample.parse("tst.2:x:1:~") is None
    with pytest.raises(ValueError):
        _Sample(1, False, "不安全").pack()
