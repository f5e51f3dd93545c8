"""Live feedback for long runs: a one-line counter on a terminal, errors as they come.

The counter is drawn on stderr only when stderr is a terminal and --quiet is
off, so pipes and logs stay clean; error lines are always printed.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

import click

from marsad.batch import IngestSummary

__all__ = ["IngestProgress"]


class IngestProgress:
    """Progress callback for `marsad.batch.ingest` (also prints each error once)."""

    def __init__(self, *, quiet: bool, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._live = not quiet and self._stream.isatty()
        self._started = time.monotonic()
        self._drawn_at = 0.0
        self._errors_shown = 0
        self._line_open = False

    def __call__(self, summary: IngestSummary) -> None:
        self._show_errors(summary)
        now = time.monotonic()
        if self._live and now - self._drawn_at >= 0.1:
            self._drawn_at = now
            rate = summary.items / max(now - self._started, 1e-9)
            click.echo(
                f"\r\033[Kmarsad: {summary.items} items ({rate:.0f}/s): {summary.line()}",
                file=self._stream,
                nl=False,
            )
            self._line_open = True

    def clear(self) -> None:
        """Erase the counter line (before other output, or when interrupted)."""
        if self._line_open:
            click.echo("\r\033[K", file=self._stream, nl=False)
            self._line_open = False

    def _show_errors(self, summary: IngestSummary) -> None:
        if len(summary.errors) > self._errors_shown:
            self.clear()
            for error in summary.errors[self._errors_shown :]:
                click.echo(f"marsad: error: {error}", file=self._stream)
            self._errors_shown = len(summary.errors)

    def finish(self, summary: IngestSummary) -> None:
        """Print errors not yet shown and clear the counter line."""
        self._show_errors(summary)
        self.clear()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._started
