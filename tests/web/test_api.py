"""The JSON API over the samples database: every endpoint, and bad parameters."""

from __future__ import annotations

import httpx
import pytest
from fastapi.testclient import TestClient

from marsad.ingest import Fetcher
from marsad.web import create_app


def _first_event(client: TestClient) -> dict:
    items = client.get("/api/events", params={"limit": 1}).json()["items"]
    assert items
    return items[0]


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in [
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/events",
        "/api/events/{article_id}/{event_id}",
        "/api/fused",
        "/api/fused/{fused_id}",
        "/api/actors",
        "/api/actors/{actor_id}",
        "/api/places",
        "/api/timeline",
        "/api/network",
        "/api/extract",
    ]:
        assert path in paths, path


def test_articles_search_and_detail(client: TestClient) -> None:
    page = client.get("/api/articles", params={"limit": 3}).json()
    assert page["total"] >= 10 and len(page["items"]) == 3
    hits = client.get("/api/articles", params={"q": "الدوحة"}).json()
    assert 0 < hits["total"] < page["total"]
    one = client.get(f"/api/articles/{hits['items'][0]['id']}").json()
    assert "الدوحة" in one["text"] or "الدوحه" in one["text"]
    assert one["extraction"]["article"]["id"] == one["id"]
    paged = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert [a["id"] for a in paged["items"]] == [
        a["id"] for a in client.get("/api/articles", params={"limit": 4}).json()["items"][2:]
    ]


def test_events_filters(client: TestClient) -> None:
    everything = client.get("/api/events", params={"limit": 200}).json()
    assert everything["total"] == len(everything["items"]) > 5
    consult = client.get("/api/events", params={"type": "CONSULT", "limit": 200}).json()
    assert 0 < consult["total"] < everything["total"]
    assert {e["type"] for e in consult["items"]} == {"CONSULT"}
    saudi = client.get("/api/events", params={"country": "sau", "limit": 200}).json()
    assert saudi["items"] and all(
        any(p.get("country") == "SAU" for p in e["participants"]) for e in saudi["items"]
    )
    actor = saudi["items"][0]["participants"][0]
    by_actor = client.get("/api/events", params={"actor": actor["kb_id"]}).json()
    assert all(
        any(p.get("kb_id") == actor["kb_id"] for p in e["participants"]) for e in by_actor["items"]
    )
    days = sorted(e["day"] for e in everything["items"] if e["day"])
    middle = days[len(days) // 2]
    since = client.get("/api/events", params={"since": middle, "limit": 200}).json()
    assert since["items"] and all(e["day"] >= middle for e in since["items"])
    until = client.get("/api/events", params={"until": middle, "limit": 200}).json()
    assert all(e["day"] <= middle for e in until["items"])
    located = [e for e in everything["items"] if e["location"]]
    place = located[0]["location"]["kb_id"]
    at = client.get("/api/events", params={"place": place}).json()["items"]
    assert at and all(e["location"]["kb_id"] == place for e in at)
    status = client.get("/api/events", params={"status": "planned"}).json()["items"]
    assert all(e["status"] == "planned" for e in status)
    outlet = everything["items"][0]["article"]["source"]
    from_outlet = client.get("/api/events", params={"source": outlet}).json()["items"]
    assert from_outlet and all(e["article"]["source"] == outlet for e in from_outlet)
    mode = consult["items"][0]["mode"]
    assert all(
        e["mode"] == mode for e in client.get("/api/events", params={"mode": mode}).json()["items"]
    )


def test_event_detail_has_text_and_evidence(client: TestClient) -> None:
    first = _first_event(client)
    detail = client.get(f"/api/events/{first['article_id']}/{first['event_id']}").json()
    text = detail["article"]["text"]
    for span in detail["evidence"]:
        assert text[span["start"] : span["end"]] == span["text"]
    assert detail["raw"]["id"] == first["event_id"]


def test_fused_and_min_sources(client: TestClient) -> None:
    fused = client.get("/api/fused", params={"limit": 200}).json()
    assert fused["total"] > 0
    one = client.get(f"/api/fused/{fused['items'][0]['id']}").json()
    assert len(one["mentions"]) == one["num_mentions"] >= 1
    many = client.get("/api/fused", params={"min_sources": 2}).json()["items"]
    assert all(f["num_sources"] >= 2 for f in many)
    events = client.get("/api/events", params={"min_sources": 2, "limit": 200}).json()["items"]
    assert all(e["fused"]["num_sources"] >= 2 for e in events)


def test_actors_places_timeline_network(client: TestClient) -> None:
    actors = client.get("/api/actors", params={"limit": 5}).json()
    assert actors["items"] and actors["items"][0]["events"] >= actors["items"][-1]["events"]
    profile = client.get(f"/api/actors/{actors['items'][0]['id']}").json()
    assert profile["events"]["total"] == actors["items"][0]["events"]
    assert "offices" in profile and "counterparts" in profile
    places = client.get("/api/places").json()["items"]
    assert places and all("lat" in p and p["events"] > 0 for p in places)
    for bucket in ("day", "week", "month", "year"):
        series = client.get("/api/timeline", params={"bucket": bucket}).json()
        assert series["bucket"] == bucket and series["items"]
    total = sum(i["total"] for i in client.get("/api/timeline").json()["items"])
    dated = [
        e for e in client.get("/api/events", params={"limit": 200}).json()["items"] if e["day"]
    ]
    assert total == len(dated)
    graph = client.get("/api/network").json()
    ids = {n["id"] for n in graph["nodes"]}
    assert graph["edges"] and all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    assert all(e["weight"] >= 1 for e in graph["edges"])


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/api/events", {"type": "PARTY"}, 422),
        ("/api/events", {"since": "2015-13-40"}, 422),
        ("/api/events", {"since": "2015-08-05", "until": "2015-08-01"}, 400),
        ("/api/events", {"limit": 0}, 422),
        ("/api/events", {"limit": 10_000}, 422),
        ("/api/events", {"offset": -1}, 422),
        ("/api/events", {"country": "SA"}, 422),
        ("/api/events", {"status": "maybe"}, 422),
        ("/api/events", {"actor": "per:x y"}, 422),
        ("/api/events", {"min_sources": 0}, 422),
        ("/api/fused", {"type": "meet"}, 422),
        ("/api/articles", {"q": "x" * 201}, 422),
        ("/api/articles", {"q": "***"}, 400),
        ("/api/articles", {"since": "yesterday"}, 422),
        ("/api/timeline", {"bucket": "hour"}, 422),
        ("/api/network", {"max_edges": 0}, 422),
        ("/api/actors", {"country": "1234"}, 422),
        ("/api/places", {"until": "nope"}, 422),
    ],
)
def test_bad_parameters_are_4xx_with_a_message(
    client: TestClient, path: str, params: dict, status: int
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == status
    assert response.json()["detail"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles/a_missing",
        "/api/events/a_missing/v1",
        "/api/fused/f_missing",
        "/api/actors/per:nobody-at-all",
    ],
)
def test_unknown_ids_are_404(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "no " in response.json()["detail"]


ARTICLE = (
    "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض اليوم وزير الخارجية "
    "الأردني أيمن الصفدي، وبحث الجانبان العلاقات الثنائية."
)


def test_extract_text(client: TestClient) -> None:
    response = client.post(
        "/api/extract",
        json={"title": "لقاء في الرياض", "text": ARTICLE, "published": "2025-03-10T10:00:00"},
    )
    assert response.status_code == 200
    data = response.json()
    text = data["article"]["text"]
    assert text.startswith("لقاء في الرياض\n")
    names = {e["name_en"] for e in data["entities"]}
    assert {"Faisal bin Farhan", "Ayman Safadi"} <= names
    assert any(e["type"] == "CONSULT" for e in data["events"])
    for entity in data["entities"]:
        for m in entity["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]


def test_extract_url_through_the_fetcher(sample_db: str) -> None:
    page = (
        "<html><head><title>لقاء</title></head><body><article>"
        f"<h1>لقاء في الرياض</h1><p>{ARTICLE}</p></article></body></html>"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/news/1":
            return httpx.Response(
                200, content=page.encode(), headers={"content-type": "text/html; charset=utf-8"}
            )
        return httpx.Response(404)

    app = create_app(
        sample_db, fetcher_factory=lambda: Fetcher(transport=httpx.MockTransport(handler))
    )
    client = TestClient(app)
    response = client.post("/api/extract", json={"url": "https://news.example/news/1"})
    assert response.status_code == 200, response.text
    assert response.json()["article"]["url"] == "https://news.example/news/1"
    assert any(e["name_en"] == "Ayman Safadi" for e in response.json()["entities"])
    missing = client.post("/api/extract", json={"url": "https://news.example/gone"})
    assert missing.status_code == 422 and "404" in missing.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": ""},
        {"text": "x" * 200_001},
        {"url": "ftp://example.org/a"},
        {"text": "نص", "published": "not a date"},
        {"text": 5},
    ],
)
def test_extract_bad_input(client: TestClient, body: dict) -> None:
    response = client.post("/api/extract", json=body)
    assert response.status_code == 422
    assert response.json()["detail"]
