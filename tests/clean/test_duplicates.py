"""MinHash signatures and the LSH index: similar texts meet, unrelated ones do not."""

from __future__ import annotations

import itertools
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from marsad.clean.duplicates import BandIndex, Banding, MinHasher, best_match, similarity
from marsad.settings import Settings

STORY = (
    "استقبل صاحب السمو الملكي ولي العهد في مكتبه بالرياض اليوم وزير الدولة لشؤون الدفاع "
    "في دولة قطر، وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الشقيقين "
    "وسبل تعزيزها في المجالات العسكرية والدفاعية، إضافة إلى بحث تطورات الأوضاع في المنطقة."
)
EDITED = (
    "ولي العهد يستقبل وزير الدولة القطري\n"
    + STORY.replace("اليوم ", "").replace("،", " ")
    + " وحضر الاستقبال عدد من المسؤولين."
)
OTHER = (
    "أعلنت الرئاسة العامة للأرصاد وحماية البيئة أن الطقس سيكون حارا إلى شديد الحرارة على "
    "المنطقة الشرقية والرياض مع رياح نشطة مثيرة للأتربة والغبار تحد من مدى الرؤية الأفقية."
)


@pytest.fixture
def hasher() -> MinHasher:
    return MinHasher(Settings())


def test_signature_is_reproducible_and_spelling_blind(hasher: MinHasher) -> None:
    a = hasher.signature(STORY)
    assert a is not None and a.dtype == np.uint32 and len(a) == 128
    assert np.array_equal(a, hasher.signature(STORY))
    variant = STORY.replace("إضافة", "اضافة").replace("الثنائية", "الثنائيه")
    assert similarity(a, hasher.signature(variant)) == 1.0
    assert np.array_equal(hasher.from_bytes(hasher.to_bytes(a)), a)


def test_short_text_has_no_signature(hasher: MinHasher) -> None:
    assert hasher.signature("خبر عاجل من الرياض") is None


def test_signature_of_other_parameters_is_not_reused() -> None:
    small = MinHasher(Settings(minhash_permutations=64))
    sig = small.signature(STORY)
    assert sig is not None
    assert MinHasher(Settings()).from_bytes(small.to_bytes(sig)) is None
    assert small.params != MinHasher(Settings()).params


def test_edited_copy_is_similar_unrelated_is_not(hasher: MinHasher) -> None:
    story, edited, other = (hasher.signature(t) for t in (STORY, EDITED, OTHER))
    assert similarity(story, edited) >= Settings().near_duplicate_threshold
    assert similarity(story, other) < 0.1


def test_similar_texts_share_a_band_unrelated_do_not(hasher: MinHasher) -> None:
    banding = Banding(Settings())
    assert banding.bands * banding.rows <= hasher.num_perm
    story, edited, other = (banding.keys(hasher.signature(t)) for t in (STORY, EDITED, OTHER))
    assert len(story) == banding.bands and len(set(story)) == banding.bands
    assert story.dtype == np.int64
    both = banding.keys_of(np.vstack([hasher.signature(STORY), hasher.signature(OTHER)]))
    assert (both[0] == story).all() and (both[1] == other).all()
    assert set(story) & set(edited)
    assert not set(story) & set(other)


def test_band_index_finds_articles_sharing_a_key() -> None:
    index = BandIndex()
    assert index.candidates(np.array([1, 2], dtype=np.int64)) == set()
    index.add(["a", "b"], np.array([[1, 2, 3], [3, 4, 5]], dtype=np.int64))
    index.add(["c"], np.array([[-(2**63), 2**63 - 1, 2]], dtype=np.int64))
    assert len(index) == 3
    assert index.candidates(np.array([3], dtype=np.int64)) == {"a", "b"}
    assert index.candidates(np.array([2, 9], dtype=np.int64)) == {"a", "c"}
    assert index.candidates(np.array([2**63 - 1], dtype=np.int64)) == {"c"}
    assert index.candidates(np.array([0, 6], dtype=np.int64)) == set()
    assert index.candidates(np.array([], dtype=np.int64)) == set()


def test_best_match_respects_threshold_and_ties(hasher: MinHasher) -> None:
    story, edited, other = (hasher.signature(t) for t in (STORY, EDITED, OTHER))
    candidates = {"b": story, "a": story, "other": other}
    match = best_match(edited, candidates, 0.5)
    assert match is not None and match.article_id == "a" and match.kind == "near"
    assert best_match(edited, candidates, 0.99) is None
    assert best_match(edited, {}, 0.5) is None


def test_banding_depends_on_the_threshold() -> None:
    low = Banding(Settings(near_duplicate_threshold=0.5))
    high = Banding(Settings(near_duplicate_threshold=0.8))
    assert low.params != high.params and low.bands > high.bands
    Banding(Settings(near_duplicate_threshold=1.0))  # valid even at the top


# Syndicated Saudi Press Agency (SPA, source "was") stories of 10 August 2015 and
# their reprints by other outlets the same day, found by comparing the day's
# articles; named by URL so no corpus text is copied here.
SYNDICATED = [
    (
        "http://www.spa.gov.sa/details.php?id=1386785",
        "http://www.alweeam.com.sa/351843/الزياني-يؤكد-تمسك-دول-مجلس-التعاون-ب/",
    ),
    ("http://www.spa.gov.sa/details.php?id=1386901", "http://www.alyaum.com/article/4082915"),
    (
        "http://www.spa.gov.sa/details.php?id=1386862",
        "http://www.aleqt.com/2015/08/10/article_980608.html",
    ),
    ("http://www.spa.gov.sa/details.php?id=1386813", "http://www.alriyadh.com/1072034"),
    ("http://www.spa.gov.sa/details.php?id=1386831", "http://www.alyaum.com/article/4082852"),
]


def _day(shared: Path, day: str) -> list[dict[str, str]]:
    with zipfile.ZipFile(shared / "corpus" / "saudinewsnet" / f"{day}.zip") as archive:
        return json.loads(archive.read(f"{day}.json"))


@pytest.mark.shared
def test_real_syndicated_pairs_cluster(shared_dir: Path, hasher: MinHasher) -> None:
    texts = {a["url"]: f"{a['title']}\n{a['content']}" for a in _day(shared_dir, "2015-08-10")}
    sigs = {url: hasher.signature(texts[url]) for pair in SYNDICATED for url in pair}
    banding = Banding(Settings())
    threshold = Settings().near_duplicate_threshold
    for original, copy in SYNDICATED:
        assert similarity(sigs[original], sigs[copy]) >= threshold, (original, copy)
        assert set(banding.keys(sigs[original])) & set(banding.keys(sigs[copy]))
        others = {url: sig for url, sig in sigs.items() if url != copy}
        match = best_match(sigs[copy], others, threshold)
        assert match is not None and match.article_id == original
    # Crossing the pairs gives unrelated stories, which must stay apart.
    for (original, _), (_, copy) in itertools.pairwise(SYNDICATED):
        assert similarity(sigs[original], sigs[copy]) < 0.2, (original, copy)


def test_numpy_minhash_equals_datasketch_bit_for_bit() -> None:
    """Stored signatures must stay the ones datasketch makes (they are compared
    with signatures of later batches)."""
    import numpy as np
    from datasketch import MinHash

    from marsad.clean.duplicates import _affine32_minhash

    rng = np.random.default_rng(7)
    reference = MinHash(num_perm=128, seed=1, scheme="affine32", hashfunc=int)
    for size in (1, 2, 17, 300, 5000):
        hashes = np.unique(rng.integers(0, 1 << 32, size, dtype=np.uint64)).astype(np.uint32)
        expected = MinHash(
            num_perm=128,
            seed=1,
            scheme="affine32",
            hashfunc=int,
            permutations=reference.permutations,
        )
        expected.update_batch(hashes.tolist())
        got = _affine32_minhash(hashes, reference.permutations)
        assert np.array_equal(got, expected.hashvalues.astype(got.dtype))
