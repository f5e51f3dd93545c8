"""Human-readable rendering of an evaluation report."""

from __future__ import annotations

from marsad.evaluation.scoring import Report

__all__ = ["render"]


def _row(name: str, figures: dict[str, float | int]) -> str:
    return (
        f"{name:<22} P {figures['precision']:.3f}  R {figures['recall']:.3f}  "
        f"F1 {figures['f1']:.3f}  (tp {figures['tp']}, fp {figures['fp']}, fn {figures['fn']})"
    )


def render(report: Report, worst: int = 15) -> str:
    """A plain-text summary: headline figures, per type, attributes, worst misses."""
    lines = [f"articles scored: {report.articles}"]
    if report.missing_articles:
        lines.append(f"gold articles not found in the corpus: {len(report.missing_articles)}")
    lines.append(_row("entities", report.entities.prf()))
    lines.append(_row("events (country level)", report.events_country.prf()))
    lines.append(_row("events (actor level)", report.events_actor.prf()))
    lines.append("")
    lines.append("per type (country level):")
    for kind, counts in sorted(report.per_type.items()):
        lines.append("  " + _row(kind, counts.prf()))
    lines.append("")
    lines.append("attributes on matched events:")
    for name, outcomes in report.attributes.items():
        n = outcomes[True] + outcomes[False]
        shown = f"{outcomes[True] / n:.3f}" if n else "n/a"
        lines.append(f"  {name:<14} accuracy {shown}  (n={n})")
    if report.misses:
        lines.append("")
        lines.append(f"worst misses (first {worst}):")
        for miss in report.misses[:worst]:
            who = ", ".join(miss.participants) or "-"
            evidence = (miss.evidence or "").replace("\n", " ")[:160]
            lines.append(f"  [{miss.kind}] {miss.type} {who} — {miss.url}")
            if evidence:
                lines.append(f"      «{evidence}»")
    return "\n".join(lines)
