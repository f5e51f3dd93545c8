"""Fusion rules on hand-made mentions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from marsad.fusion.merge import EventMention, fuse_mentions, reconcile_status


def mention(
    article: str,
    *,
    type_: str = "CONSULT",
    actors=("per:jubeir", "per:lavrov"),
    countries=("SAU", "RUS"),
    value: str | None = "2015-08-03",
    precision="day",
    published=date(2015, 8, 4),
    location="place:doha",
    status="occurred",
    outlet: str | None = None,
    cluster: str | None = None,
) -> EventMention:
    return EventMention(
        article_id=article,
        event_id="v1",
        type=type_,
        status=status,
        actors=frozenset(actors),
        countries=frozenset(countries),
        date_value=value,
        date_precision=precision,
        published=published,
        location=location,
        location_country="QAT",
        outlet=outlet or article,
        cluster=cluster,
    )


def test_same_meeting_from_three_outlets_is_one_event() -> None:
    fused = fuse_mentions(
        [
            mention("a1", outlet="was"),
            mention("a2", outlet="okaz", value="2015-08-04"),  # "yesterday" from another zone
            mention(
                "a3",
                outlet="alriyadh",
                actors=("per:jubeir", "per:lavrov", "per:kerry"),
                countries=("SAU", "RUS", "USA"),
            ),
        ]
    )
    assert len(fused) == 1
    assert fused[0].num_articles == 3
    assert fused[0].num_sources == 3


def test_different_type_date_or_place_stay_apart() -> None:
    fused = fuse_mentions(
        [
            mention("a1"),
            mention("a2", type_="AGREE"),
            mention("a3", value="2015-07-20"),
            mention("a4", location="place:moscow"),
        ]
    )
    assert len(fused) == 4


def test_month_precision_absorbs_day() -> None:
    fused = fuse_mentions([mention("a1"), mention("a2", value="2015-08", precision="month")])
    assert len(fused) == 1
    assert fused[0].date == ("2015-08-03", "day")


def test_syndicated_copies_count_once() -> None:
    fused = fuse_mentions(
        [
            mention("a1", outlet="was", cluster="a1"),
            mention("a2", outlet="okaz", cluster="a1"),
            mention("a3", outlet="alyaum"),
        ]
    )
    assert fused[0].num_articles == 2
    assert fused[0].num_sources == 3


def test_mentions_of_one_article_are_not_merged_again() -> None:
    assert len(fuse_mentions([mention("a1"), mention("a1")])) == 2


def test_status_reconciliation() -> None:
    planned = mention("a1", status="planned", published=date(2015, 8, 1))
    done = mention("a2", status="occurred", published=date(2015, 8, 4))
    denied = mention("a3", status="denied", published=date(2015, 8, 5))
    status, claims = reconcile_status([planned, done, denied])
    assert status == "occurred"
    assert [c[0] for c in claims] == ["planned", "occurred", "denied"]
    postponed = mention("a4", status="postponed", published=date(2015, 8, 3))
    assert reconcile_status([planned, postponed])[0] == "postponed"
    assert reconcile_status([done])[1] == []


def test_two_meetings_same_day_and_place_stay_apart_through_a_vague_report() -> None:
    """A report naming only Kerry in Doha links pairwise to both meetings of that
    day; the groups still stay apart (complete link and centroid over actor sets)."""
    trio = ("per:kerry", "per:lavrov", "per:jubeir")
    gulf = ("per:kerry", "org:gcc", "per:attiyah")
    fused = fuse_mentions(
        [
            mention("t1", actors=trio, countries=("USA", "RUS", "SAU")),
            mention("t2", actors=trio, countries=("USA", "RUS", "SAU")),
            mention("t3", actors=(*trio, "per:putin"), countries=("USA", "RUS", "SAU")),
            mention("g1", actors=gulf, countries=("USA", "QAT")),
            mention("g2", actors=gulf, countries=("USA", "QAT")),
            mention("g3", actors=("per:kerry", "org:gcc"), countries=("USA",)),
            mention("k1", actors=("per:kerry",), countries=("USA",)),
        ]
    )
    groups = sorted(sorted(m.article_id for m in f.mentions) for f in fused)
    trio_group = next(g for g in groups if "t1" in g)
    gulf_group = next(g for g in groups if "g1" in g)
    assert trio_group != gulf_group
    assert {"t1", "t2", "t3"} <= set(trio_group) and not {"g1", "g2", "g3"} & set(trio_group)
    assert {"g1", "g2", "g3"} <= set(gulf_group)


def test_phone_call_and_meeting_stay_apart() -> None:
    call = mention("a1")
    fused = fuse_mentions([replace(call, mode="phone"), replace(mention("a2"), mode="meet")])
    assert len(fused) == 2


def test_a_bare_state_in_the_same_city_links_nothing() -> None:
    fused = fuse_mentions(
        [
            mention("a1", actors=("country:EGY",), countries=("EGY",), location="place:cairo"),
            mention("a2", actors=("country:EGY", "per:kerry"), location="place:cairo"),
        ]
    )
    assert len(fused) == 2
