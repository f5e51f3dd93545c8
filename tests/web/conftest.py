"""A database built once per session from the bundled samples, and the app over it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from marsad.batch.ingest import ingest
from marsad.fusion import fuse
from marsad.store import open_store
from marsad.web import create_app


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> str:
    """samples/ ingested, extracted and fused."""
    path = str(tmp_path_factory.mktemp("web") / "samples.db")
    store = open_store(path)
    try:
        summary = ingest([str(samples_dir)], store)
        assert summary.extracted > 0, summary.errors
        fuse(store)
    finally:
        store.close()
    return path


@pytest.fixture(scope="session")
def client(sample_db: str) -> TestClient:
    return TestClient(create_app(sample_db))


@pytest.fixture(scope="session")
def live_url(sample_db: str) -> Iterator[str]:
    """The app served by uvicorn on a free local port, for the browser tests."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(sample_db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
