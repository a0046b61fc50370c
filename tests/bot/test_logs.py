"""The bot token never reaches a log line, not even inside an exception's text."""

from __future__ import annotations

import logging

from bot.logs import RedactToken

TOKEN = "987654:SECRET-token"


def test_token_is_redacted_from_messages_arguments_and_tracebacks(caplog) -> None:
    logger = logging.getLogger("test.redact")
    caplog.handler.addFilter(RedactToken(TOKEN))
    with caplog.at_level(logging.INFO, logger="test.redact"):
        logger.info("calling https://api.telegram.org/bot%s/getMe", TOKEN)
        try:
            raise RuntimeError(f"cannot connect to https://api.telegram.org/bot{TOKEN}/getUpdates")
        except RuntimeError:
            logger.exception("polling failed")
    text = caplog.text
    assert TOKEN not in text
    assert text.count("<token>") >= 2
