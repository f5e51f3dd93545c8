"""The `marsad` command: a thin layer over the library.

Each module in this package that defines `register(group)` adds its commands;
the group is assembled here so that a new command is a new file, nothing else.
Typed library errors become one-line messages and exit codes in `run_safely`.
"""

from __future__ import annotations

import importlib
import pkgutil

import click

from marsad import __version__

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def cli() -> None:
    """marsad — Arabic news to an auditable record of political events."""


def _register_commands() -> None:
    import marsad.cli as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name in {"main", "common"}:
            continue
        module = importlib.import_module(f"marsad.cli.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(cli)


_register_commands()


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="marsad")


if __name__ == "__main__":  # pragma: no cover
    main()
