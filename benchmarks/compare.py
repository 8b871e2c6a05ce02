"""newsquote side by side with other tools, on the same data, as a markdown table.

    pip install -e '.[compare]'        # pysbd, blingfire, dateparser; trafilatura is a dependency
    python benchmarks/compare.py [--data DIR] [--only TASK ...] [--limit N]

DIR holds the public evaluation data (default: ../shared/data beside the repository):
``zyte/`` (HTML extraction), ``golden_rules/english.json`` (sentence boundaries),
``polnear/dev/`` (quotations), ``timebank/`` (TimeML dates).  A task whose data is
missing is skipped.  The data is read in place, never copied.

Each task scores every system with one metric, the one the project's scorers use:

  extract  Zyte article extraction benchmark: word 4-gram shingles, per-page precision
           and recall averaged over pages, F1 of the means.  trafilatura.extract(html)
           against newsquote.process(html).text and newsquote.clean(trafilatura output).
  segment  the 48 English "golden rules": a case counts when the sentences equal the
           expected ones exactly.  pysbd.Segmenter(clean=False) and
           blingfire.text_to_sentences against newsquote.segment.
           Speed in MB/s of news text (the PolNeAR dev articles).
  quotes   PolNeAR dev: attributed F1 (content overlaps a gold content AND the speaker
           mention overlaps its source) over quotes with quote marks and over all,
           speaker and cue accuracy among matched pairs.  textacy's figures are cited,
           not measured: its quotation finder needs a spaCy model, which is not on PyPI.
  dates    TimeBank 1.2 + AQUAINT: value F1 (a relaxed span match with the same TIMEX3
           value), anchored at each document's creation time.  dateparser's
           search_dates(text, settings={"RELATIVE_BASE": dct}) against
           newsquote.find_dates; dateparser's datetimes are written as TIMEX3 dates
           (with the time when it is not midnight).

Rows marked "cited" are published or previously measured figures, not this run's.
Speeds are single-core and only comparable within one run on one machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import html
import importlib
import importlib.util
import json
import pathlib
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import newsquote

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
TASKS = ("extract", "segment", "quotes", "dates")

Row = tuple[str, str, str, str]  # system, accuracy, speed, where the figure comes from
Span = tuple[int, int]


def optional(module: str) -> Any:
    """The competitor's module, or None when it is not installed (``.[compare]``)."""
    if importlib.util.find_spec(module.split(".")[0]) is None:
        return None
    return importlib.import_module(module)


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def f1(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> float:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def timed(fn: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def missing(package: str) -> Row:
    return (package, "not installed", "", "`pip install -e '.[compare]'`")


# --- extract ------------------------------------------------------------------------

WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = WORD.findall(text or "")
    windows = (tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)))
    return Counter(w for w in windows if w)


def page_counts(gold: str, pred: str) -> tuple[float, float, float]:
    a, b = shingles(gold), shingles(pred)
    tp, fp, fn = sum((a & b).values()), sum((b - a).values()), sum((a - b).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def benchmark_f1(pages: list[tuple[float, float, float]]) -> float:
    def precision(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def recall(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    p = statistics.mean(precision(*x) for x in pages if x[0] + x[1] > 0)
    r = statistics.mean(recall(*x) for x in pages if x[0] + x[2] > 0)
    return 2 * p * r / (p + r) if p + r else 0.0


def extract(data: pathlib.Path, limit: int) -> list[Row]:
    folder = data / "zyte"
    trafilatura = importlib.import_module("trafilatura")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[: limit or None]
    scores: dict[str, list[tuple[float, float, float]]] = {"t": [], "nq": [], "clean": []}
    secs = {"t": 0.0, "nq": 0.0}
    for key in ids:
        raw = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        page = raw.decode("utf-8", "replace")
        gold = truth[key]["articleBody"]
        base, s = timed(trafilatura.extract, page)
        base = base or ""
        secs["t"] += s
        ours, s = timed(newsquote.process, page)
        secs["nq"] += s
        scores["t"].append(page_counts(gold, base))
        scores["nq"].append(page_counts(gold, ours.text))
        scores["clean"].append(page_counts(gold, newsquote.clean(base).text))
    n = len(ids)
    version = getattr(trafilatura, "__version__", "?")
    return [
        (
            f"trafilatura {version}",
            f"F1 {benchmark_f1(scores['t']):.3f}",
            f"{n / secs['t']:.0f} pages/s",
            f"measured, {n} pages",
        ),
        (
            "newsquote `process(html)`",
            f"F1 {benchmark_f1(scores['nq']):.3f}",
            f"{n / secs['nq']:.0f} pages/s",
            f"measured, {n} pages",
        ),
        (
            "newsquote `clean()` on trafilatura's text",
            f"F1 {benchmark_f1(scores['clean']):.3f}",
            "",
            f"measured, {n} pages",
        ),
        ("trafilatura 2.3.1", "F1 0.960", "~71 pages/s", "cited: dev half, 88 pages"),
        ("best published (full benchmark)", "F1 0.970", "", "cited: 181 pages"),
    ]


# --- segment ------------------------------------------------------------------------


def golden_score(cases: list[dict[str, Any]], split: Callable[[str], list[str]]) -> int:
    ok = 0
    for case in cases:
        got = [s.strip() for s in split(case["text"]) if s.strip()]
        ok += got == [s.strip() for s in case["sentences"]]
    return ok


def megabytes_per_second(texts: Sequence[str], split: Callable[[str], object]) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts)
    _, secs = timed(lambda: [split(t) for t in texts])
    return size / secs / 1e6


def segment(data: pathlib.Path, limit: int) -> list[Row]:
    cases = json.loads((data / "golden_rules" / "english.json").read_text(encoding="utf-8"))
    news = [
        p.read_text(encoding="utf-8") for p in sorted((data / "polnear" / "dev").glob("text/*.txt"))
    ]
    news = news[: limit or None]

    def ours(text: str) -> list[str]:
        return [s.text for s in newsquote.segment(text)]

    def speed(split: Callable[[str], object]) -> str:
        return f"{megabytes_per_second(news, split):.2f} MB/s" if news else ""

    rows: list[Row] = [
        (
            "newsquote `segment()`",
            f"{golden_score(cases, ours)}/{len(cases)}",
            speed(ours),
            "measured",
        )
    ]
    pysbd = optional("pysbd")
    if pysbd is None:
        rows.append(missing("pysbd"))
    else:
        segmenter = pysbd.Segmenter(language="en", clean=False)
        rows.append(
            (
                f"pySBD {pysbd.__version__}",
                f"{golden_score(cases, segmenter.segment)}/{len(cases)}",
                speed(segmenter.segment),
                "measured",
            )
        )
    blingfire = optional("blingfire")
    if blingfire is None:
        rows.append(missing("blingfire"))
    else:

        def bling(text: str) -> list[str]:
            return str(blingfire.text_to_sentences(text)).split("\n")

        rows.append(
            (
                "blingfire `text_to_sentences()`",
                f"{golden_score(cases, bling)}/{len(cases)}",
                speed(bling),
                "measured",
            )
        )
    rows += [
        ("pySBD", "47/48", "~0.3 MB/s", "cited"),
        ("blingfire", "36/48", "~9 MB/s", "cited"),
        ("NLTK punkt", "27/48", "", "cited: its model is not on PyPI"),
    ]
    return rows


# --- quotes -------------------------------------------------------------------------

MARKS = '"“”«»„'


def polnear_gold(ann: str) -> list[dict[str, Span | None]]:
    """Each attribution of a brat file: its content, source and cue spans."""
    spans: dict[str, list[Span]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = [(int(a), int(b)) for a, b in (s.split() for s in offsets.split(";"))]
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(a.split(":") for a in parts[1].split()))

    def cover(relation: dict[str, str], role: str) -> Span | None:
        segs = spans.get(relation.get(role, ""))
        return (min(s for s, _ in segs), max(e for _, e in segs)) if segs else None

    return [
        {"content": cover(r, "Content"), "source": cover(r, "Source"), "cue": cover(r, "Cue")}
        for r in relations
        if cover(r, "Content")
    ]


def quotes(data: pathlib.Path, limit: int) -> list[Row]:
    folder = data / "polnear" / "dev"
    files: dict[str, pathlib.Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        files.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    names = sorted(files)[: limit or None]
    c: Counter[str] = Counter()
    chars, secs = 0, 0.0
    for name in names:
        text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
        gold = polnear_gold(files[name].read_text(encoding="utf-8"))
        found, s = timed(newsquote.find_quotes, text)
        secs += s
        chars += len(text)
        for subset in ("all", "marked"):
            pred = [q for q in found if subset == "all" or q.kind in ("direct", "mixed")]
            wanted = [
                g
                for g in gold
                if subset == "all"
                or any(m in text[g["content"][0] : g["content"][1]] for m in MARKS)  # type: ignore[index]
            ]

            def attributed(q: newsquote.Quote, g: dict[str, Span | None]) -> bool:
                m, content, source = q.speaker_mention, g["content"], g["source"]
                return (
                    m is not None
                    and content is not None
                    and source is not None
                    and overlaps((q.start, q.end), content)
                    and overlaps((m.start, m.end), source)
                )

            c[f"pred {subset}"] += len(pred)
            c[f"gold {subset}"] += len(wanted)
            c[f"ok pred {subset}"] += sum(any(attributed(q, g) for g in gold) for q in pred)
            c[f"ok gold {subset}"] += sum(any(attributed(q, g) for q in pred) for g in wanted)
        for g in gold:
            content = g["content"]
            assert content is not None
            match = [q for q in found if overlaps(content, (q.start, q.end))]
            if not match:
                continue
            q = max(match, key=lambda q: min(q.end, content[1]) - max(q.start, content[0]))
            source, cue = g["source"], g["cue"]
            if source:
                c["speaker pairs"] += 1
                m = q.speaker_mention
                c["speaker ok"] += bool(m and overlaps((m.start, m.end), source))
            if cue:
                c["cue pairs"] += 1
                c["cue ok"] += bool(q.cue and overlaps((q.cue.start, q.cue.end), cue))

    def att(subset: str) -> float:
        return f1(
            c[f"ok pred {subset}"], c[f"pred {subset}"], c[f"ok gold {subset}"], c[f"gold {subset}"]
        )

    speaker_acc = c["speaker ok"] / c["speaker pairs"] if c["speaker pairs"] else 0.0
    cue_acc = c["cue ok"] / c["cue pairs"] if c["cue pairs"] else 0.0
    return [
        (
            "newsquote `find_quotes()`",
            f"attributed F1 marked {att('marked'):.3f}, all {att('all'):.3f}; "
            f"speaker {speaker_acc:.3f}, cue {cue_acc:.3f}",
            f"{chars / secs / 1e3:.0f} kB/s",
            f"measured, {len(names)} articles",
        ),
        (
            "textacy + spaCy `en_core_web_sm`",
            "attributed F1 marked 0.727, all 0.332; speaker 0.892, cue 0.880",
            "~21 kB/s",
            "cited: the spaCy model is not on PyPI",
        ),
    ]


# --- dates --------------------------------------------------------------------------

TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


def timeml(raw: str) -> tuple[dt.datetime, str, list[tuple[Span, str]]] | None:
    """A TimeML document's creation time, its plain text, and its TIMEX3 spans and values."""
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", raw, re.S)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if not dct or not body:
        return None
    src, pos, length = body.group(1), 0, 0
    out: list[str] = []
    gold: list[tuple[Span, str]] = []
    stack: list[tuple[str, int]] = []
    for m in TAG.finditer(src):
        chunk = html.unescape(src[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        closing, name, attrs, selfclose = m.groups()
        if name == "TIMEX3":
            if closing:
                value, start = stack.pop()
                gold.append(((start, length), value))
            elif not selfclose:
                stack.append((dict(ATTR.findall(attrs)).get("value", ""), length))
        pos = m.end()
    out.append(html.unescape(src[pos:]))
    value = dct.group(1)
    try:
        anchor = dt.datetime.fromisoformat(value)
    except ValueError:
        anchor = dt.datetime.fromisoformat(value[:10])
    return anchor, "".join(out), gold


def value_f1(docs: Iterable[tuple[str, list[tuple[Span, str]], list[tuple[Span, str]]]]) -> float:
    c: Counter[str] = Counter()
    for _, gold, pred in docs:
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        c["gold ok"] += sum(
            any(overlaps(gs, ps) and pv == gv for ps, pv in pred) for gs, gv in gold
        )
        c["pred ok"] += sum(
            any(overlaps(gs, ps) and pv == gv for gs, gv in gold) for ps, pv in pred
        )
    return f1(c["pred ok"], c["pred"], c["gold ok"], c["gold"])


# dateparser's periods, as TIMEX3 value formats.
PERIOD_FORMATS = {
    "year": "%Y",
    "month": "%Y-%m",
    "week": "%G-W%V",
    "day": "%Y-%m-%d",
    "time": "%Y-%m-%dT%H:%M",
}


def timex_of(value: dt.datetime, period: str | None) -> str:
    """A datetime from dateparser as a TIMEX3 value, to the precision it was written in."""
    return value.strftime(PERIOD_FORMATS.get(period or "day", "%Y-%m-%d"))


def dateparser_spans(
    dateparser: Any, found: list[tuple[str, dt.datetime]], text: str, anchor: dt.datetime
) -> list[tuple[Span, str]]:
    """Offsets and TIMEX3 values for search_dates' (substring, datetime) pairs.

    search_dates gives neither offsets nor precision: each substring is looked up in
    order in the text, and parsed again alone for its period ("year", "month", "day",
    "time", ...), so that "1998" scores as ``1998``, not ``1998-01-08``.
    """
    parser = dateparser.date.DateDataParser(
        languages=["en"], settings={"RELATIVE_BASE": anchor, "RETURN_TIME_AS_PERIOD": True}
    )
    spans, pos = [], 0
    for substring, value in found:
        start = text.find(substring, pos)
        if start < 0:
            start = text.find(substring)
        if start < 0:
            continue
        period = parser.get_date_data(substring).period
        spans.append(((start, start + len(substring)), timex_of(value, period)))
        pos = start + len(substring)
    return spans


def dates(data: pathlib.Path, limit: int) -> list[Row]:
    files = sorted((data / "timebank").rglob("*.tml"))[: limit or None]
    docs = [d for d in (timeml(f.read_text(encoding="utf-8")) for f in files) if d]
    size = sum(len(text.encode("utf-8")) for _, text, _ in docs) / 1e6

    def run(
        find: Callable[[str, dt.datetime], list[tuple[Span, str]]],
    ) -> tuple[float, float]:
        results, secs = timed(
            lambda: [(text, gold, find(text, anchor)) for anchor, text, gold in docs]
        )
        return value_f1(results), size / secs

    def ours(text: str, anchor: dt.datetime) -> list[tuple[Span, str]]:
        return [((d.start, d.end), d.value) for d in newsquote.find_dates(text, anchor=anchor)]

    score, rate = run(ours)
    rows: list[Row] = [
        (
            "newsquote `find_dates()`",
            f"value F1 {score:.3f}",
            f"{rate:.2f} MB/s",
            f"measured, {len(docs)} documents",
        )
    ]
    search = optional("dateparser.search")
    if search is None:
        rows.append(missing("dateparser"))
    else:
        dateparser = importlib.import_module("dateparser")
        settings = [{"RELATIVE_BASE": anchor} for anchor, _, _ in docs]
        # Only search_dates is timed; offsets and precision are recovered afterwards.
        found, secs = timed(
            lambda: [
                search.search_dates(text, languages=["en"], settings=setting) or []
                for (_, text, _), setting in zip(docs, settings, strict=True)
            ]
        )
        results = [
            (text, gold, dateparser_spans(dateparser, pairs, text, anchor))
            for (anchor, text, gold), pairs in zip(docs, found, strict=True)
        ]
        score, rate = value_f1(results), size / secs
        version = dateparser.__version__
        rows.append(
            (
                f"dateparser {version} `search_dates()`",
                f"value F1 {score:.3f}",
                f"{rate:.2f} MB/s",
                f"measured, {len(docs)} documents",
            )
        )
    rows += [
        ("dateparser `search_dates()`", "value F1 0.341", "~0.15 MB/s", "cited"),
        ("HeidelTime", "value F1 0.776", "", "cited: TempEval-3 test set"),
    ]
    return rows


# --- the table ----------------------------------------------------------------------

RUNNERS: dict[str, tuple[str, Callable[[pathlib.Path, int], list[Row]], str]] = {
    "extract": ("Article extraction (Zyte benchmark, dev half)", extract, "zyte/ground-truth.json"),
    "segment": ("Sentence boundaries (golden rules)", segment, "golden_rules/english.json"),
    "quotes": ("Quotations (PolNeAR dev)", quotes, "polnear/dev/attributions"),
    "dates": ("Dates (TimeBank 1.2 + AQUAINT)", dates, "timebank"),
}


def table(title: str, rows: list[Row]) -> str:
    lines = [
        f"### {title}",
        "",
        "| system | accuracy | speed | figure |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=pathlib.Path, default=DATA, help="evaluation data folder")
    parser.add_argument(
        "--only", nargs="+", choices=TASKS, default=list(TASKS), help="tasks to run"
    )
    parser.add_argument("--limit", type=int, default=0, help="documents per task (0: all)")
    args = parser.parse_args(argv)
    print(f"newsquote {newsquote.__version__}, Python {sys.version.split()[0]}\n")
    for task in args.only:
        title, run, needs = RUNNERS[task]
        if not (args.data / needs).exists():
            print(f"### {title}\n\nskipped: {args.data / needs} not found\n")
            continue
        print(table(title, run(args.data, args.limit)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
