"""`marsad eval`: score extraction against a gold file (GOLD.md)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from marsad.cli.common import run_safely

__all__ = ["register"]


@click.command("eval")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--corpus",
    "corpus",
    multiple=True,
    metavar="PATH",
    help="Where gold articles are found by url (ZIP, JSON, feed, directory); repeatable.",
)
@click.option(
    "--system",
    "system",
    type=click.Path(exists=True, dir_okay=False),
    help="Score this existing `marsad extract` JSONL instead of running extraction.",
)
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False),
    help="Also write the figures as JSON to this file.",
)
@click.option(
    "--conll",
    "conll",
    type=click.Path(exists=True, dir_okay=False),
    help="Score entity recognition CoNLL-style on an ANERcorp-format file.",
)
@click.option("--worst", default=15, show_default=True, help="How many misses to list.")
@run_safely
def eval_command(
    gold: str | None,
    corpus: tuple[str, ...],
    system: str | None,
    json_out: str | None,
    conll: str | None,
    worst: int,
) -> None:
    """Score extraction against a gold set (GOLD.md).

    Entity and event precision, recall and F1 (country and actor level), per
    type, attribute accuracies and the worst misses.
    """
    from marsad.evaluation.report import render
    from marsad.evaluation.runner import evaluate, evaluate_system_file

    results: dict[str, object] = {}
    if conll:
        from marsad.evaluation.conll import score_conll_file

        ner = score_conll_file(conll)
        results["conll"] = ner
        click.echo(f"CoNLL NER on {conll}:")
        for label, figures in ner.items():
            click.echo(
                f"  {label:<6} P {figures['precision']:.3f}  R {figures['recall']:.3f}"
                f"  F1 {figures['f1']:.3f}"
            )
    if gold:
        if system:
            report = evaluate_system_file(gold, system, corpus)
        elif corpus:
            report = evaluate(gold, corpus)
        else:
            raise click.UsageError("give --corpus PATH (where the gold articles are) or --system")
        click.echo(render(report, worst))
        results["gold"] = report.as_dict()
    elif not conll:
        raise click.UsageError("give a GOLD file, --conll FILE, or both")
    if json_out:
        Path(json_out).write_text(
            json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8"
        )


def register(group: click.Group) -> None:
    group.add_command(eval_command)
