"""The documentation is tested: every CLI command and option is in README.md, and the README's
Python example runs as written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import typer.main

from factoid.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
MINI = Path(__file__).parent / "fixtures" / "mini"
GROUP = typer.main.get_command(app)
assert hasattr(GROUP, "commands")  # Typer carries its own click: duck typing
COMMANDS = sorted(GROUP.commands)


def option_names(command) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    """(parameter, its option spellings) for every option but --help."""
    return [
        (p.name or "", [*p.opts, *p.secondary_opts])
        for p in command.params
        if p.param_type_name == "option" and p.name != "help"
    ]


def documented(spelling: str) -> bool:
    """An option spelling (``--json``, ``-o``) as a whole word of the README."""
    return re.search(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])", README) is not None


@pytest.mark.parametrize("command", COMMANDS)
def test_command_in_readme(command: str) -> None:
    assert re.search(rf"\bfactoid {command}\b", README), f"`factoid {command}` is not in README.md"


@pytest.mark.parametrize(
    ("command", "param", "spellings"),
    [("factoid", name, opts) for name, opts in option_names(GROUP)]
    + [(c, name, opts) for c in COMMANDS for name, opts in option_names(GROUP.commands[c])],
)
def test_option_in_readme(command: str, param: str, spellings: list[str]) -> None:
    assert any(documented(s) for s in spellings), f"{command} {'/'.join(spellings)} is not in README.md"


def test_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, re.S)
    assert blocks, "README.md has a Python example"
    shutil.copytree(MINI, tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    code = blocks[0].replace("Lyushkov", "Sorge")  # the example's person is not in the fixtures
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    assert (tmp_path / "research.db").exists()


def test_readme_mentions_every_export_format() -> None:
    from factoid.export import FORMATS

    for fmt in FORMATS:
        assert fmt in README
