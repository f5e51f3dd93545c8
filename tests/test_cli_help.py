"""`marsad --help` lists every command with a one-line purpose; --version works."""

from __future__ import annotations

import re

from click.testing import CliRunner

from marsad import __version__
from marsad.cli.main import cli


def test_help_lists_every_command_with_a_purpose() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    listed = dict(re.findall(r"^  (\S+)\s{2,}(\S.*)$", result.output.split("Commands:")[1], re.M))
    assert set(listed) == set(cli.commands)
    for name in ("ingest", "articles", "show", "stats"):
        assert name in listed
    for name, purpose in listed.items():
        assert len(purpose) > 10, name


def test_every_command_and_option_has_help() -> None:
    runner = CliRunner()
    for name, command in cli.commands.items():
        assert command.help, name
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"{name} {param.opts}"


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"marsad, version {__version__}"
