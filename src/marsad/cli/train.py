"""`marsad train ner`: train the CRF name recogniser (marsad.entities.training)."""

from __future__ import annotations

from pathlib import Path

import click

from marsad.cli.common import run_safely

__all__ = ["register"]

_SHARED = Path("../shared")


@click.group("train")
def train_group() -> None:
    """Train marsad's statistical models."""


@train_group.command("ner")
@click.option(
    "--anercorp",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="ANERcorp-format training file (default: ../shared/" + "data/ner/anercorp/…train.txt).",
)
@click.option(
    "--wikifane",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Also train on this WikiFANE file (fine types mapped to PERS/LOC/ORG/MISC).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for ner-crf.crfsuite and ner-crf.json (default: the bundled models).",
)
@click.option(
    "--holdout", type=float, default=0.1, show_default=True, help="Held-out fraction of ANERcorp."
)
@click.option("--full", is_flag=True, help="Retrain on all ANERcorp sentences after scoring.")
@click.option(
    "--rebuild-resources",
    "rebuild",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    metavar="SHARED",
    help="Regenerate ner_gazetteer.tsv and common_words.txt from this shared data folder.",
)
@run_safely
def ner_command(
    anercorp: Path | None,
    wikifane: Path | None,
    out: Path | None,
    holdout: float,
    full: bool,
    rebuild: Path | None,
) -> None:
    """Train the CRF recogniser reproducibly and write its data card."""
    from marsad.entities.training import ANERCORP_FILE, train_ner
    from marsad.errors import InputError

    if anercorp is None:
        anercorp = _SHARED / ANERCORP_FILE
        if not anercorp.is_file():
            raise InputError(str(anercorp), "no ANERcorp training file; give --anercorp PATH")
    if out is None:
        from importlib.resources import files

        out = Path(str(files("marsad").joinpath("resources/models")))
    result = train_ner(
        anercorp,
        out,
        wikifane=wikifane,
        holdout=holdout,
        full=full,
        rebuild_from=rebuild,
        log=click.echo,
    )
    if result.holdout is not None:
        s = result.holdout
        for kind in ("PERS", "LOC", "ORG", "MISC"):
            if kind in s.per_type:
                t = s.per_type[kind]
                click.echo(f"{kind:5} P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f}")
        click.echo(f"micro P {s.micro.precision:.3f} R {s.micro.recall:.3f} F1 {s.micro.f1:.3f}")


def register(group: click.Group) -> None:
    group.add_command(train_group)
