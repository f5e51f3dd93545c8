"""The bundled CRF model: loads, tags, stays small, documents itself."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.entities.features import (
    FEATURE_SET_VERSION,
    FeatureExtractor,
    NerLexicon,
    light_stem,
    normalise_words,
)
from marsad.entities.recogniser import CrfRecogniser, tag_spans
from marsad.errors import ResourceError

MODELS = files("marsad").joinpath("resources/models")


@pytest.fixture(scope="module")
def crf() -> CrfRecogniser:
    return CrfRecogniser.load()


def test_model_is_small_and_has_a_data_card():
    model = MODELS.joinpath("ner-crf.crfsuite")
    assert model.stat().st_size < 10_000_000
    card = json.loads(MODELS.joinpath("ner-crf.json").read_text(encoding="utf-8"))
    assert card["feature_set_version"] == FEATURE_SET_VERSION
    assert "CC BY-SA 4.0" in card["training_data"]["anercorp"]["licence"]
    if "wikifane" in card["training_data"]:
        assert card["training_data"]["wikifane"]["licence"] == "CC BY-SA 3.0"
    for kind in ("PERS", "LOC", "ORG"):
        assert 0.0 < card["holdout_scores"]["per_type"][kind]["f1"] <= 1.0


def test_tags_a_sentence(crf):
    sentence = "قال الرئيس الفرنسي فرانسوا هولاند في باريس إن الحكومة ستدعم الاتفاق"
    words = sentence.split(" ")
    tags = crf.tag(words)
    assert len(tags) == len(words)
    assert all(t == "O" or t[:2] in ("B-", "I-") for t in tags)
    spans = {(words[s], kind) for s, _, kind in tag_spans(tags)}
    assert ("باريس", "LOC") in spans
    assert any(kind == "PERS" for _, kind in spans)


def test_empty_sentence(crf):
    assert crf.tag([]) == []


def test_feature_version_mismatch_is_an_error(tmp_path):
    model = MODELS.joinpath("ner-crf.crfsuite")
    (tmp_path / "ner-crf.crfsuite").write_bytes(model.read_bytes())
    (tmp_path / "ner-crf.json").write_text(json.dumps({"feature_set_version": "old"}))
    with pytest.raises(ResourceError, match="retrain"):
        CrfRecogniser.load(tmp_path)


def test_missing_model_is_an_error(tmp_path):
    with pytest.raises(ResourceError, match="missing"):
        CrfRecogniser.load(tmp_path)


def test_tag_spans_reads_bio_like_conlleval():
    assert tag_spans(["B-PERS", "I-PERS", "O", "I-LOC", "B-ORG", "I-LOC"]) == [
        (0, 2, "PERS"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
        (5, 6, "LOC"),
    ]


def _conlleval_chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """Chunks read tag by tag, O included: the reference `tag_spans` must equal."""
    out, start, kind = [], -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if start >= 0 and not continues:
            out.append((start, i, kind))
            start = -1
        if prefix == "B" or (prefix == "I" and not continues):
            start, kind = i, label
    return out


@given(st.lists(st.sampled_from(["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "I-ORG"])))
def test_tag_spans_skipping_o_tags_reads_every_sequence_alike(tags):
    assert tag_spans(tags) == _conlleval_chunks(tags)


def test_light_stem_keeps_short_names_whole():
    assert light_stem("وبالرياض") == ("وبال", "رياض")
    assert light_stem("وليد") == ("", "وليد")
    assert light_stem("للسعوديه") == ("لل", "سعوديه")


def test_features_use_context_and_gazetteers():
    words = normalise_words(["قال", "الرئيس", "أحمد"])
    feats = FeatureExtractor(NerLexicon.load()).sentence_features(words)
    assert "-1:w=" + words[1] in feats[2]
    assert "tPw" in feats[2]  # a title within the last words
    assert "gF" in feats[2]  # a first name


SAMPLES = [
    "أعلن وزير الخارجية الأردني أيمن الصفدي أن بلاده ستستضيف اجتماعا في عمان",
    "وصل الرئيس إلى القاهرة قادما من الرياض",
    "قال",
    "التقى المبعوث الأممي ستافان دي ميستورا بممثلين عن المعارضة السورية في جنيف يوم الاثنين",
    "، . « »",
]


def test_fast_tagger_equals_crfsuite(crf):
    from marsad.entities.features import normalise_words

    sentences = [normalise_words(s.split(" ")) for s in SAMPLES]
    batch = crf.tag_sentences(sentences)
    for words, tags in zip(sentences, batch, strict=True):
        assert tags == crf.tag_reference(words) == crf.tag_normalised(words)
    assert crf.spans_of_sentences(sentences) == [tag_spans(tags) for tags in batch]


@pytest.mark.shared
def test_fast_tagger_equals_crfsuite_on_anercorp(crf, shared_dir):
    from marsad.entities.features import normalise_words
    from marsad.evaluation.conll import read_conll

    path = shared_dir / "data/ner/anercorp/ANERCorp_approxCamelSplit_train.txt"
    sentences = [normalise_words(t) for t, _ in read_conll(path)[-200:]]
    reference = [crf.tag_reference(s) for s in sentences]
    assert crf.tag_sentences(sentences) == reference
    assert crf.spans_of_sentences(sentences) == [tag_spans(tags) for tags in reference]
