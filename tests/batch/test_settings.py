"""Settings come from MARSAD_* variables and refuse values that cannot work."""

from __future__ import annotations

import pytest

from marsad.errors import ConfigError
from marsad.settings import Settings, load_settings


def test_defaults_without_environment() -> None:
    assert load_settings({}) == Settings()


def test_environment_overrides() -> None:
    settings = load_settings(
        {"MARSAD_NEAR_DUPLICATE_THRESHOLD": "0.7", "MARSAD_BATCH_SIZE": "50", "OTHER": "x"}
    )
    assert settings.near_duplicate_threshold == 0.7
    assert settings.batch_size == 50
    assert settings.shingle_size == Settings().shingle_size


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("MARSAD_NEAR_DUPLICATE_THRESHOLD", "high", "expected a float"),
        ("MARSAD_NEAR_DUPLICATE_THRESHOLD", "1.5", "near_duplicate_threshold"),
        ("MARSAD_BATCH_SIZE", "0", "batch_size"),
        ("MARSAD_MINHASH_PERMUTATIONS", "8", "at least 16"),
    ],
)
def test_invalid_values_name_the_setting(variable: str, value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings({variable: value})
