"""Errors services raise for things a person can cause; handlers turn them into sentences."""

from __future__ import annotations


class PermissionDenied(Exception):
    """The acting person lacks the role for this action (checked in the service too)."""


class NotFound(Exception):
    """The row a button or command points to does not exist (or is not theirs)."""


class UserError(Exception):
    """A person's input or action is not acceptable; `text` says why, in Chinese."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text
