"""Load natasha's models once for the whole analysis test session."""

from __future__ import annotations

import pytest

from analysis.pipeline import warm_up


@pytest.fixture(scope="session", autouse=True)
def _models() -> None:
    warm_up()
