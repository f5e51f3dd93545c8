"""Articles: idempotent puts, revisions, lookup by id prefix, filters, FTS search."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.errors import ConfigError, StoreError
from marsad.store import ArticleQuery, SQLiteStore
from marsad.store.search import fts_query

BODY = "استقبل وزير الخارجية أحمد بن علي في الرياض اليوم نظيره العماني وبحثا العلاقات الثنائية."


def test_put_is_idempotent(store: SQLiteStore, make_article) -> None:
    article = make_article("http://x.test/1", "لقاء في الرياض", BODY)
    assert store.put_article(article).status == "new"
    assert store.put_article(article).status == "unchanged"
    assert store.stats().articles == 1
    assert store.revisions(article.id) == []


def test_changed_item_at_same_url_is_a_new_revision(store: SQLiteStore, make_article) -> None:
    first = make_article("http://x.test/1", "لقاء في الرياض", BODY)
    second = make_article("http://x.test/1", "لقاء في الرياض (محدث)", BODY + " وأضاف الوزير.")
    assert first.id == second.id
    store.put_article(first)
    result = store.put_article(second)
    assert (result.status, result.revision) == ("updated", 2)
    current = store.get_article(first.id)
    assert current.text == second.text and current.revision == 2
    kept = store.revisions(first.id)
    assert [r.revision for r in kept] == [1]
    assert kept[0].text == first.text
    # Seeing the old version again is not a change back.
    assert store.put_article(first).status == "unchanged"
    assert store.get_article(first.id).revision == 2


def test_title_only_change_is_a_revision(store: SQLiteStore, make_article) -> None:
    store.put_article(make_article("http://x.test/1", "عنوان أول", BODY))
    assert store.put_article(make_article("http://x.test/1", "عنوان ثان", BODY)).status == "updated"


def test_stored_fields_round_trip(store: SQLiteStore, make_article) -> None:
    article = make_article("http://x.test/1", "لقاء", BODY, outlet="okaz")
    store.put_article(article)
    stored = store.get_article(article.id)
    assert stored.published == "2015-08-06T10:00:00+03:00"
    assert stored.to_article().published == article.published
    assert (stored.outlet, stored.title, stored.body, stored.raw) == ("okaz", "لقاء", BODY, BODY)
    assert stored.content_hash == article.content_hash


def test_get_by_prefix(store: SQLiteStore, make_article) -> None:
    article = make_article("http://x.test/1", "لقاء", BODY)
    store.put_article(article)
    assert store.get_article(article.id[:6]).id == article.id
    with pytest.raises(StoreError, match="no article"):
        store.get_article("zzz")


def test_ambiguous_prefix(store: SQLiteStore, make_article) -> None:
    for i in range(3):
        store.put_article(make_article(f"http://x.test/{i}", "لقاء", f"{BODY} {i}"))
    with pytest.raises(StoreError, match="ambiguous"):
        store.get_article("a_")


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("أحمد", "احمد"),  # hamza on alef
        ("احمد", "أحمد"),
        ("إسلام", "اسلام"),
        ("مصطفى", "مصطفي"),  # alef maqsura / ya
        ("المدينة", "المدينه"),  # ta marbuta / ha
        ("مُحَمَّد", "محمد"),  # diacritics
    ],
)
def test_search_matches_spelling_variants(
    store: SQLiteStore, make_article, stored: str, query: str
) -> None:
    store.put_article(make_article("http://x.test/hit", "خبر", f"قال {stored} إن الوضع مستقر."))
    store.put_article(make_article("http://x.test/miss", "خبر آخر", "لا علاقة لهذا النص بالبحث."))
    found = store.find_articles(ArticleQuery(search=query))
    assert [a.url for a in found] == ["http://x.test/hit"]


def test_search_all_words_phrase_prefix_and_clitics(store: SQLiteStore, make_article) -> None:
    store.put_article(make_article("http://x.test/1", "", "وزير الخارجية السعودي في موسكو"))
    store.put_article(make_article("http://x.test/2", "", "وزير الداخلية في الرياض والخارجية"))
    store.put_article(make_article("http://x.test/3", "", "بيان للخارجية عن الرياض"))

    def urls(q: str) -> list[str | None]:
        return sorted(a.url for a in store.find_articles(ArticleQuery(search=q)))

    assert urls("وزير الخارجية") == ["http://x.test/1", "http://x.test/2"]
    assert urls("الخارجية") == ["http://x.test/1", "http://x.test/2", "http://x.test/3"]
    assert urls("خارجية الرياض") == ["http://x.test/2", "http://x.test/3"]
    assert urls('"وزير الخارجية"') == ["http://x.test/1"]
    assert urls("موسك*") == ["http://x.test/1"]
    assert urls("موسك") == []


def test_search_sees_the_current_revision_only(store: SQLiteStore, make_article) -> None:
    store.put_article(make_article("http://x.test/1", "", "خبر عن القاهرة"))
    store.put_article(make_article("http://x.test/1", "", "خبر عن عمان"))
    assert store.find_articles(ArticleQuery(search="القاهره")) == []
    assert len(store.find_articles(ArticleQuery(search="عمان"))) == 1


def test_query_without_words_is_refused() -> None:
    with pytest.raises(ConfigError):
        fts_query(" !! ")


def test_query_syntax_characters_are_plain_words(store: SQLiteStore, make_article) -> None:
    store.put_article(make_article("u:1", "", "near and or not"))
    assert len(store.find_articles(ArticleQuery(search='AND OR "NEAR( NOT'))) == 1
    assert len(store.find_articles(ArticleQuery(search="NEAR missing"))) == 0


def test_filters(store: SQLiteStore, make_article) -> None:
    store.put_article(
        make_article("u:1", "", "نص أول", outlet="okaz", published="2015-08-05T23:00:00+03:00")
    )
    store.put_article(
        make_article("u:2", "", "نص ثان", outlet="sabq", published="2015-08-06T08:00:00+03:00")
    )
    store.put_article(
        make_article("u:3", "", "نص ثالث", outlet="okaz", published="2015-08-07T08:00:00+03:00")
    )
    store.put_article(make_article("u:4", "", "نص بلا تاريخ", outlet="okaz", published=None))

    def urls(**kw) -> list[str | None]:
        return [a.url for a in store.find_articles(ArticleQuery(**kw))]

    assert urls() == ["u:3", "u:2", "u:1", "u:4"]  # newest first, undated last
    assert urls(outlet="okaz") == ["u:3", "u:1", "u:4"]
    assert urls(since=date(2015, 8, 6)) == ["u:3", "u:2"]
    assert urls(until=date(2015, 8, 6)) == ["u:2", "u:1"]
    assert urls(since=date(2015, 8, 6), until=date(2015, 8, 6)) == ["u:2"]
    assert urls(limit=2) == ["u:3", "u:2"]
    assert urls(search="نص", outlet="sabq") == ["u:2"]


def test_failed_transaction_leaves_nothing(store: SQLiteStore, make_article) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.put_article(make_article("u:1", "", "نص أول"))
        raise RuntimeError("crash")
    assert store.stats().articles == 0
    assert store.find_articles(ArticleQuery(search="نص")) == []


def test_nested_failure_rolls_back_only_the_inner_block(store: SQLiteStore, make_article) -> None:
    with store.transaction():
        store.put_article(make_article("u:1", "", "نص أول"))
        with pytest.raises(RuntimeError), store.transaction():
            store.put_article(make_article("u:2", "", "نص ثان"))
            raise RuntimeError("one item fails")
    assert [a.url for a in store.find_articles(ArticleQuery())] == ["u:1"]
