"""HTML pages and their JSON twins, language choice, and the offline assets."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

PAGES = ["/", "/?q=الدوحة", "/actors", "/timeline", "/timeline?bucket=month", "/map", "/network"]


@pytest.mark.parametrize("path", PAGES)
def test_page_and_json_twin(client: TestClient, path: str) -> None:
    html = client.get(path)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in html.text
    twin = client.get(path + ("&" if "?" in path else "?") + "format=json")
    assert twin.status_code == 200 and isinstance(twin.json(), dict)


def test_every_asset_is_local(client: TestClient) -> None:
    html = "".join(client.get(p).text for p in PAGES)
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert not url.startswith(("http://", "https://", "//")), url
    for asset in ("/static/marsad.css", "/static/marsad.js", "/static/world.geojson"):
        assert client.get(asset).status_code == 200
    outlines = client.get("/static/world.geojson").json()
    assert len(outlines["features"]) > 150


def test_event_page_highlights_evidence_and_fields(client: TestClient) -> None:
    event = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    path = f"/events/{event['article_id']}/{event['event_id']}"
    page = client.get(path).text
    assert '<mark class="ev' in page
    assert re.search(r'<mark class="[^"]*mk-(source|target|participant)', page)
    # Every link from the field table points at an anchor in the text.
    for target in re.findall(r'class="src [^"]*" href="#([^"]+)"', page):
        assert f'id="{target}"' in page
    # Marked segments put back together are the article text.
    detail = client.get(path + "?format=json").json()
    body = re.search(r'<div class="article-text"[^>]*>(.*?)</div>', page, re.S)
    assert body is not None
    plain = re.sub(r"<[^>]+>", "", body.group(1))
    import html as html_lib

    assert html_lib.unescape(plain) == detail["article"]["text"]


def test_language_toggle_and_cookie(client: TestClient) -> None:
    browser = TestClient(client.app)  # its own cookie jar
    english = browser.get("/?lang=en")
    assert '<html lang="en" dir="ltr">' in english.text
    assert english.cookies.get("marsad_lang") == "en"
    assert 'dir="ltr"' in browser.get("/actors").text  # the choice sticks
    browser.cookies.set("marsad_lang", "xx")
    assert 'dir="rtl"' in browser.get("/actors").text
    toggle = re.search(r'id="lang-toggle" href="([^"]+)"', english.text)
    assert toggle is not None and "lang=ar" in toggle.group(1)


def test_other_pages(client: TestClient) -> None:
    fused = client.get("/api/fused", params={"limit": 1}).json()["items"][0]
    assert client.get(f"/fused/{fused['id']}").status_code == 200
    actor = client.get("/api/actors", params={"limit": 1}).json()["items"][0]
    page = client.get(f"/actors/{actor['id']}")
    assert page.status_code == 200 and "<svg" in page.text
    article = client.get("/api/articles", params={"limit": 1}).json()["items"][0]
    assert client.get(f"/articles/{article['id']}").status_code == 200


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/events/a_missing/v1", 404),
        ("/actors/per:nobody", 404),
        ("/?since=2015-02-31", 422),
        ("/?type=PARTY", 422),
        ("/map?since=2015-08-05&until=2015-08-01", 400),
        ("/network?max_edges=0", 422),
        ("/timeline?format=xml", 422),
    ],
)
def test_bad_page_requests(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert json.loads(response.text)["detail"]
