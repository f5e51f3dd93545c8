"""End-to-end in headless Debian Chromium: search, open an event, see the evidence,
switch language. MARSAD_SCREENSHOTS=1 saves each main page under docs/screenshots/."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian chromium is not installed (apt-get install -y chromium)",
    ),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            args=ARGS,
            headless=True,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context.new_page()
        finally:
            context.close()


def _shot(page: object, name: str) -> None:
    if os.environ.get("MARSAD_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_search_open_event_and_switch_language(page, live_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(live_url + "/?lang=ar")
    assert page.get_attribute("html", "dir") == "rtl"
    _shot(page, "events")
    page.fill("#q", "الدوحة")
    page.press("#q", "Enter")
    page.wait_for_selector("li.article-hit")
    assert "q=" in page.url
    _shot(page, "search")
    page.click("li.event a.open >> nth=0")
    page.wait_for_selector(".article-text mark.ev")
    evidence = page.inner_text(".article-text mark.ev >> nth=0")
    assert evidence.strip() and evidence in page.inner_text(".article-text")
    # Participants are highlighted inside the text, and the field table links to them.
    assert page.locator(".article-text mark[class*='mk-']").count() > 0
    assert page.locator("a.src").count() > 0
    _shot(page, "event")
    page.click("#lang-toggle")
    page.wait_for_selector("html[dir='ltr']")
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator(".article-text mark.ev").count() > 0
    _shot(page, "event-en")
    # The choice sticks (cookie) on the next page.
    page.goto(live_url + "/timeline")
    assert page.get_attribute("html", "dir") == "ltr"
    page.goto(live_url + "/timeline?lang=ar")
    assert page.get_attribute("html", "dir") == "rtl"


@pytest.mark.parametrize("path", ["/timeline?bucket=day", "/map", "/network", "/actors"])
def test_main_pages_render(page, live_url: str, path: str) -> None:  # type: ignore[no-untyped-def]
    response = page.goto(live_url + path)
    assert response is not None and response.ok
    assert page.locator("main h1").count() == 1
    if path.startswith("/map"):
        assert page.locator("svg.map path.land").count() == 1
        assert page.locator("svg.map circle.marker").count() > 0
    if path == "/network":
        assert page.locator("svg.network a.node").count() > 1
    if path.startswith("/timeline"):
        assert page.locator("svg.chart rect").count() > 0
    _shot(page, path.strip("/").split("?")[0])


def test_actor_page(page, live_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(live_url + "/actors")
    page.click("table.list a >> nth=0")
    page.wait_for_selector("ul.events li.event")
    assert page.locator("svg.chart rect").count() > 0
    _shot(page, "actor")
