"""Logging set-up: context in every line, and the bot token never in any of them.

httpx logs request URLs and python-telegram-bot logs the Bot API URL at DEBUG;
both contain the token, so a filter on every handler redacts it from the final
message, whatever logger produced it.
"""

from __future__ import annotations

import logging
import sys

REDACTED = "<redacted-token>"


class TokenRedactingFilter(logging.Filter):
    """Replaces every occurrence of the given secrets in a record's message."""

    def __init__(self, *secrets: str) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def add(self, secret: str) -> None:
        if secret and secret not in self.secrets:
            self.secrets.append(secret)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        redacted = message
        for secret in self.secrets:
            redacted = redacted.replace(secret, REDACTED)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            for secret in self.secrets:
                record.exc_text = record.exc_text.replace(secret, REDACTED)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


class QuietLibraries(logging.Filter):
    """Drops chatter below WARNING from libraries that raise their own logger's level at import
    (bm25s sets DEBUG on itself), so it never reaches the chat session or the operator's log."""

    NAMES = ("bm25s",)

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or not record.name.startswith(self.NAMES)


_FILTER = TokenRedactingFilter()
_QUIET = QuietLibraries()


def redact(secret: str) -> None:
    """Register a secret to be scrubbed from all log output from now on."""
    _FILTER.add(secret)


def install_filter(handler: logging.Handler) -> None:
    for flt in (_QUIET, _FILTER):
        if flt not in handler.filters:
            handler.addFilter(flt)


def configure_logging(level: int = logging.INFO, token: str = "") -> None:
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    redact(token)
    for handler in root.handlers:
        install_filter(handler)
    # Request URLs carry the token; keep these quiet even at DEBUG.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
