from __future__ import annotations

import pytest

from marsad.events import EventResources


@pytest.fixture(scope="session")
def res() -> EventResources:
    return EventResources.load()
