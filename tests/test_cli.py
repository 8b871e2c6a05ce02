"""The newsquote command."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

from newsquote.cli import main

from .conftest import DATA


def test_jsonl_one_line_per_document_in_order(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted((DATA / "seeds").glob("*.txt"))
    assert main([str(f) for f in files]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [str(f) for f in files]
    assert all("quotes" in json.loads(line) for line in lines)


def test_folder_is_walked(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("“Yes,” she said.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>No.</p></body></html>", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == [str(tmp_path / "b.html"), str(tmp_path / "sub" / "a.txt")]


def test_table_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "table", str(DATA / "seeds" / "003_32ea7ebbc58a510a.txt")]) == 0
    out = capsys.readouterr().out
    assert "Dmitry Peskov:" in out
    assert "published: 2024-11-07T14:21:13" in out


def test_output_file(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "out.jsonl"
    assert main(["-o", str(target), str(DATA / "seeds" / "001_6b179e90ca78c568.txt")]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["published"] == "2024-11-07T14:20:00"


def test_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["/no/such/file.txt"]) == 2
    assert "cannot read /no/such/file.txt" in capsys.readouterr().err


def test_undecodable_bytes_still_give_a_line(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.txt").write_bytes(b"\xff\xfe caf\xe9 \x00 said")
    assert main([str(tmp_path / "x.txt")]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_help_runs_as_a_module() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsquote", "--help"], capture_output=True, text=True, check=True
    )
    assert "usage: newsquote" in out.stdout
