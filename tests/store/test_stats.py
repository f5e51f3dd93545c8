"""stats(): counts by source and day, duplicate clusters, extraction output."""

from __future__ import annotations

from marsad.store import SQLiteStore


def test_stats_figures(store: SQLiteStore, make_article) -> None:
    arts = [
        make_article(
            "u:1", "", "نص أول طويل", outlet="okaz", published="2015-08-06T09:00:00+03:00"
        ),
        make_article(
            "u:2", "", "نص أول طويل", outlet="sabq", published="2015-08-06T10:00:00+03:00"
        ),
        make_article("u:3", "", "نص ثان", outlet="okaz", published="2015-08-07T09:00:00+03:00"),
        make_article("u:4", "", "نص ثالث", outlet="okaz", published=None),
        make_article("u:5", "", "نص رابع", outlet="alyaum", published="2015-08-07T11:00:00+03:00"),
    ]
    for article in arts:
        store.put_article(article)
    store.put_article(
        make_article("u:3", "", "نص ثان معدل", outlet="okaz", published="2015-08-07T09:00:00+03:00")
    )
    store.record_duplicate(arts[1].id, arts[0].id, "exact", 1.0)
    store.record_duplicate(arts[4].id, arts[2].id, "near", 0.7)
    store.record_duplicate(arts[3].id, arts[4].id, "near", 0.6)  # joins u:3's cluster
    stats = store.stats()
    assert stats.articles == 5
    assert stats.revisions == 1
    assert stats.by_source == [("okaz", 3), ("alyaum", 1), ("sabq", 1)]
    assert stats.by_day == [("(undated)", 1), ("2015-08-06", 2), ("2015-08-07", 2)]
    assert (stats.exact_duplicates, stats.exact_clusters) == (1, 1)
    assert (stats.near_duplicates, stats.near_clusters) == (2, 1)
    assert stats.articles_in_near_clusters == 3
    members = {m.article_id: m.kind for m in store.cluster(arts[3].id)}
    assert members == {arts[2].id: "first", arts[4].id: "near", arts[3].id: "near"}
    assert store.cluster(arts[0].id)[0].kind == "first"
    assert store.cluster(make_article("u:9", "", "x").id) == []


def test_cluster_merges_when_a_first_article_joins_another(
    store: SQLiteStore, make_article
) -> None:
    a, b, c = (make_article(f"u:{i}", "", f"نص {i}") for i in range(3))
    for article in (a, b, c):
        store.put_article(article)
    store.record_duplicate(b.id, a.id, "near", 0.9)  # cluster a: {a, b}
    store.record_duplicate(a.id, c.id, "near", 0.8)  # a joins c: cluster c: {c, a, b}
    assert {m.article_id for m in store.cluster(b.id)} == {a.id, b.id, c.id}
    store.record_duplicate(c.id, b.id, "near", 0.8)  # already together: no cycle
    assert store.stats().near_clusters == 1
