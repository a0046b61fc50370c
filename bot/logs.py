"""Logging set-up: readable lines, and the bot token never written anywhere."""

from __future__ import annotations

import logging
import sys


class RedactToken(logging.Filter):
    """Replaces the token wherever it appears in a record (messages, arguments, tracebacks of URLs)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._token:
            return True
        message = record.getMessage()
        if self._token in message:
            record.msg = message.replace(self._token, "<token>")
            record.args = ()
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            if self._token in text:
                record.exc_text = text.replace(self._token, "<token>")
                record.exc_info = None
        return True


def setup_logging(level: str, token: str | None = None) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if token:
        handler.addFilter(RedactToken(token))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    # Whatever escapes uncaught is printed through the same filtered handler, never raw to stderr.
    sys.excepthook = lambda kind, value, tb: root.critical("uncaught exception", exc_info=(kind, value, tb))
    root.setLevel(level)
    # The digest check runs every few seconds; APScheduler's per-run INFO lines would drown what matters.
    logging.getLogger("apscheduler").setLevel(max(root.level, logging.WARNING))
