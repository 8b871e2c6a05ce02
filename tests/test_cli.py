"""The newsquote command: files, folders, JSONL and WARC in; JSON lines or a table out."""

from __future__ import annotations

import io
import json
import pathlib
import subprocess
import sys
from typing import Any

import pytest

from newsquote.cli import main

from .conftest import DATA


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    assert main([*args, "--workers", "1"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_jsonl_one_line_per_document_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(f) for f in sorted((DATA / "seeds").glob("*.txt"))]
    records = run_cli(capsys, *files)
    assert [r["id"] for r in records] == files
    assert all("quotes" in r for r in records)


def test_two_workers_give_the_same_lines(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(f) for f in sorted((DATA / "seeds").glob("*.txt"))]
    assert main([*files, "--workers", "2"]) == 0
    two = capsys.readouterr().out
    assert main([*files, "--workers", "1"]) == 0
    assert capsys.readouterr().out == two


def test_folder_is_walked(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("“Yes,” she said.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>No.</p></body></html>", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    ids = [r["id"] for r in run_cli(capsys, str(tmp_path))]
    assert ids == [str(tmp_path / "b.html"), str(tmp_path / "sub" / "a.txt")]


def test_jsonl_records_and_their_failures(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"id": "a", "text": "“Yes,” she said on Monday.", "published": "2024-11-07"},
        {"id": "b", "url": "https://example.com/b", "text": "He left."},
        "not json",
        {"id": "c"},
        {"id": "d", "text": 5},
        {"id": "e", "text": "x", "published": "yesterday"},
        [1, 2],
    ]
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n\n",
        encoding="utf-8",
    )
    records = run_cli(capsys, str(path))
    assert [r["id"] for r in records] == ["a", "b", f"{path}#3", "c", "d", "e", f"{path}#7"]
    assert records[0]["dates"][0]["value"] == "2024-11-04"
    assert records[1]["url"] == "https://example.com/b"
    errors = [r["error"]["type"] for r in records[2:]]
    assert errors == [
        "JSONDecodeError",
        "InputValueError",
        "InputTypeError",
        "InputValueError",
        "InputValueError",
    ]


def _warc(path: pathlib.Path, pages: list[tuple[str, str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for url, content_type, body in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-11-08T10:00:00Z"},
            )
            writer.write_record(record)


def test_warc_response_records(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("warcio")
    page = (
        "<html><body><article><p>“We will talk,” Peskov said on Monday, according to "
        "reporters in Moscow who attended the long briefing at the Kremlin.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "crawl.warc.gz"
    _warc(
        path,
        [
            ("https://example.com/a", "text/html; charset=utf-8", page.encode("utf-8")),
            ("https://example.com/logo.png", "image/png", b"\x89PNG"),
            ("https://example.com/b", "text/html; charset=utf-8", b"caf\xe9 \xfa broken"),
        ],
    )
    records = run_cli(capsys, str(path))
    assert [r["id"] for r in records] == [f"{path}#1", f"{path}#2"]
    first = records[0]
    assert first["url"] == "https://example.com/a"
    # The crawl time is the fallback publication time.
    assert first["published"] == "2024-11-08T10:00:00+00:00"
    # Peskov's quotation, and the reporters' account of it ("according to …").
    assert [q["speaker"]["name"] for q in first["quotes"]] == ["reporters in Moscow", "Peskov"]
    assert records[1]["error"]["type"] == "UnicodeDecodeError"


def test_table_format(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DATA / "seeds" / "003_32ea7ebbc58a510a.txt")
    assert main(["--format", "table", "--workers", "1", path]) == 0
    out = capsys.readouterr().out
    assert "Dmitry Peskov:" in out
    assert "published: 2024-11-07T14:21:13" in out


def test_output_file(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "out.jsonl"
    path = str(DATA / "seeds" / "001_6b179e90ca78c568.txt")
    assert main(["-o", str(target), "--workers", "1", path]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["published"] == "2024-11-07T14:20:00"


def test_published_option_is_a_fallback(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("He left on Monday.", encoding="utf-8")
    (records,) = [run_cli(capsys, "--published", "2024-11-07", str(tmp_path / "a.txt"))]
    assert records[0]["dates"][0]["value"] == "2024-11-04"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["/no/such/file.txt"], "cannot read /no/such/file.txt"),
        (["x.csv"], "cannot read x.csv"),
    ],
)
def test_unreadable_paths_are_usage_errors(
    tmp_path: pathlib.Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.csv").write_text("a,b", encoding="utf-8")
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_usage_errors_exit_non_zero(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--workers", "0", "x.txt"])
    assert info.value.code == 2


def test_undecodable_and_oversized_documents_give_error_lines(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe\xfa caf\xe9 said")
    (tmp_path / "b.txt").write_text("word " * 100, encoding="utf-8")
    (tmp_path / "c.txt").write_text("fine", encoding="utf-8")
    records = run_cli(capsys, "--max-bytes", "200", str(tmp_path))
    assert [r.get("error", {}).get("type") for r in records] == [
        "UnicodeDecodeError",
        "DocumentTooLargeError",
        None,
    ]


def test_lone_surrogates_still_give_valid_json(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "s", "text": "“Odd \ud800 text,” he said."}) + "\n")
    (record,) = run_cli(capsys, str(path))
    assert record["quotes"][0]["text"] == "Odd \ud800 text"


def test_help_runs_as_a_module() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsquote", "--help"], capture_output=True, text=True, check=True
    )
    assert "usage: newsquote" in out.stdout
