"""The one-line configuration error, and pydantic's validation errors translated into it."""

from __future__ import annotations

from typing import Any, Mapping

from bot import texts


class ConfigError(Exception):
    """A configuration value is wrong; `key` names it for the operator."""

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        self.problem = problem
        super().__init__(texts.CONFIG_ERROR.format(key=key, problem=problem))


# pydantic error type → the short Chinese reason (formatted with the wrong value and the limit).
_REASONS = {
    "int_parsing": texts.CONFIG_BAD_INTEGER,
    "int_from_float": texts.CONFIG_BAD_INTEGER,
    "int_type": texts.CONFIG_BAD_INTEGER,
    "float_parsing": texts.CONFIG_BAD_NUMBER,
    "float_type": texts.CONFIG_BAD_NUMBER,
    "greater_than_equal": texts.CONFIG_BAD_NUMBER,
    "greater_than": texts.CONFIG_BAD_NUMBER,
    "less_than_equal": texts.CONFIG_TOO_LARGE,
    "less_than": texts.CONFIG_TOO_LARGE,
    "bool_parsing": texts.CONFIG_BAD_BOOL,
    "bool_type": texts.CONFIG_BAD_BOOL,
    "string_type": texts.CONFIG_BAD_TEXT,
    "tuple_type": texts.CONFIG_BAD_LIST,
    "list_type": texts.CONFIG_BAD_LIST,
    "dataclass_type": texts.CONFIG_BAD_SECTION,
    "model_type": texts.CONFIG_BAD_SECTION,
    "dict_type": texts.CONFIG_BAD_SECTION,
    "missing": texts.CONFIG_MISSING,
}


def problem_of(error: Mapping[str, Any]) -> tuple[str, str]:
    """(key, reason) of one pydantic error: `qa.llm.timeout_seconds`, `ADMIN_IDS` …"""
    key = ".".join(str(part) for part in error["loc"] if isinstance(part, str)) or "config.toml"
    if error["type"] == "value_error":  # our own checks already speak Chinese
        return key, str(error.get("ctx", {}).get("error", error["msg"]))
    value = error.get("input")
    limit = next(iter(error.get("ctx", {}).values()), "")
    reason = _REASONS.get(error["type"], texts.CONFIG_BAD_VALUE)
    return key, reason.format(value=value, limit=limit)
