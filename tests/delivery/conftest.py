"""The digest tests' fixtures (a real Storage on a temporary file, a fake bot, recorded sleeps), shared here."""

from tests.digest.conftest import bot, sleeps

__all__ = ["bot", "sleeps"]
