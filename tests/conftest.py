"""Shared fixtures: async tests run on asyncio (the batcher hands results back to asyncio loops)."""
from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend():
    return "asyncio"
