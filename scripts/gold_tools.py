"""Helpers for building the dev gold set (eval/dev.jsonl) by hand.

The gold set is annotated by reading articles; these tools only do the mechanical
parts a person must not do by hand: find candidate articles, print an article with
its offsets, turn an annotator's working file (YAML, kept outside the repository
because it quotes the article) into a GOLD.md line with `[start, end]` offsets, and
validate a gold file against the corpus.

Usage (from the project root):
    python scripts/gold_tools.py candidates --words 600 --source was قمة التقى
    python scripts/gold_tools.py show URL
    python scripts/gold_tools.py build WORK.yaml [...] --out eval/dev.jsonl
    python scripts/gold_tools.py validate eval/dev.jsonl
    python scripts/gold_tools.py stats

Working-file format (one article per file; prose lives only here):
    url: <corpus url>            # or "seed-article.txt"
    published: 2015-08-03        # optional; default from the corpus record
    ent:                         # key: [name_en, TYPE, ISO3|null, "alias | alias"]
      jubeir: [Adel al-Jubeir, PER, SAU, "عادل الجبير | الجبير"]
    ev:
      - t: CONSULT/meet/occurred
        p: "jubeir lavrov"       # participants; "a b > c" = sources a, b, target c
        med: "usa"               # optional mediators (entity keys)
        loc: doha                # optional location (entity key)
        date: 2015-08-03/day     # optional; "2015-W32/week", "2015-08/month"
        by: "spa"                # optional attributed_to (entity keys)
        trig: "التقى | لقاء"     # optional trigger surface forms
        ev: ["fragment", "s:fragment", "start...end", "fragment#2"]
Evidence forms: a literal fragment; `s:` widens a fragment to its sentence; `a...b`
spans from fragment a to the end of the next b; `#n` picks the n-th occurrence.
The first evidence item becomes `evidence`, the others `evidence_more`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_URL = "seed-article.txt"

EVENT_MODES: dict[str, frozenset[str]] = {
    "CONSULT": frozenset(
        {"meet", "visit", "host", "phone", "mediate", "negotiate", "multilateral"}
    ),
    "AGREE": frozenset({"agree", "sign", "ceasefire", "form_body"}),
    "COOPERATE": frozenset({"security", "economic", "diplomatic", "judicial"}),
    "SUPPORT": frozenset({"praise", "endorse", "welcome"}),
    "AID": frozenset({"humanitarian", "economic", "military"}),
    "REQUEST": frozenset({"appeal", "demand", "invite"}),
    "CONCEDE": frozenset({"release", "ease", "compromise"}),
    "RETREAT": frozenset({"withdraw", "deescalate"}),
    "ACCUSE": frozenset({"accuse", "criticize", "condemn"}),
    "REJECT": frozenset({"reject", "refuse", "veto"}),
    "THREATEN": frozenset({"force", "sanction"}),
    "PROTEST": frozenset({"demonstrate", "strike"}),
    "SANCTION": frozenset({"sanctions", "expel", "break_relations"}),
    "MOBILIZE": frozenset({"deploy", "alert"}),
    "COERCE": frozenset({"arrest", "ban", "seize"}),
    "ASSAULT": frozenset({"attack", "bomb", "clash"}),
}
STATUSES = frozenset(
    {
        "occurred",
        "ongoing",
        "planned",
        "intended",
        "attempted",
        "postponed",
        "cancelled",
        "refused",
        "denied",
        "hypothetical",
    }
)
SENTENCE_END = re.compile(r"[.!?؟\n]")


@dataclass(frozen=True)
class CorpusArticle:
    """One corpus article with the text every gold offset points into."""

    url: str
    source: str
    title: str
    content: str
    published: str | None

    @property
    def text(self) -> str:
        return self.title + "\n" + self.content


def _read_snn(path: Path) -> Iterator[CorpusArticle]:
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if not name.endswith(".json"):
                continue
            for rec in json.loads(zf.read(name).decode("utf-8")):
                date = (rec.get("date_extracted") or "")[:10] or None
                yield CorpusArticle(
                    rec["url"],
                    rec.get("source", ""),
                    rec.get("title") or "",
                    rec.get("content") or "",
                    date,
                )


def _read_ant(path: Path) -> Iterator[CorpusArticle]:
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if not name.endswith(".jsonl"):
                continue
            for line in zf.read(name).decode("utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    date = (rec.get("published") or "")[:10] or None
                    yield CorpusArticle(
                        rec["url"],
                        rec.get("source", ""),
                        rec.get("title") or "",
                        rec.get("content") or "",
                        date,
                    )


def _read_seed(path: Path) -> CorpusArticle:
    """The seed article: first line is the title, the rest (as is) the content."""
    raw = path.read_text(encoding="utf-8")
    title, _, content = raw.partition("\n")
    return CorpusArticle(SEED_URL, "seed", title, content, None)


@lru_cache(maxsize=2)
def load_corpus(shared: Path = SHARED) -> dict[str, CorpusArticle]:
    """Every article of ../shared (both corpora and the seed), keyed by url."""
    if not (shared / "corpus").is_dir():
        raise SystemExit(f"{shared}: no corpus directory (is ../shared present?)")
    out: dict[str, CorpusArticle] = {}
    for path in sorted((shared / "corpus" / "saudinewsnet").glob("*.zip")):
        out.update((a.url, a) for a in _read_snn(path))
    for path in sorted((shared / "corpus" / "ant").glob("*.zip")):
        out.update((a.url, a) for a in _read_ant(path))
    seed = shared / "seed" / "seed-article.txt"
    if seed.is_file():
        out[SEED_URL] = _read_seed(seed)
    return out


def find_span(text: str, spec: str) -> tuple[int, int]:
    """Offsets of an evidence spec (see module docstring) in `text`; exits if absent."""
    nth = 1
    m = re.fullmatch(r"(.*)#(\d+)", spec, flags=re.S)
    if m:
        spec, nth = m.group(1), int(m.group(2))
    sentence = spec.startswith("s:")
    if sentence:
        spec = spec[2:]
    head, sep, tail = spec.partition("...")
    start = -1
    for _ in range(nth):
        start = text.find(head, start + 1)
        if start < 0:
            raise ValueError(f"evidence fragment not found (occurrence {nth}): {head!r}")
    if not sep and nth == 1 and text.find(head, start + 1) >= 0:
        raise ValueError(f"evidence fragment is ambiguous, add #n: {head!r}")
    end = start + len(head)
    if sep:
        tail_at = text.find(tail, end)
        if tail_at < 0:
            raise ValueError(f"evidence end fragment not found after {head!r}: {tail!r}")
        end = tail_at + len(tail)
    if sentence:
        before = [m.end() for m in SENTENCE_END.finditer(text, 0, start)]
        start = before[-1] if before else 0
        after = SENTENCE_END.search(text, end)
        end = (
            after.end()
            if after and after.group() != "\n"
            else (after.start() if after else len(text))
        )
        while start < end and text[start].isspace():
            start += 1
    assert 0 <= start < end <= len(text)
    return start, end


def occurs(form: str, text: str) -> bool:
    """Whether a name form occurs in text, allowing للـ/بالـ-style prefixes (لل+ for ال)."""
    return form in text or (form.startswith("ال") and len(form) > 4 and form[2:] in text)


def _actor(ent: dict[str, Any], key: str) -> dict[str, Any]:
    if key not in ent:
        raise ValueError(f"unknown entity key {key!r}")
    e = ent[key]
    return {"name_en": e["name_en"], "aliases_ar": e["aliases_ar"], "country": e["country"]}


def _symmetric(etype: str, mode: str) -> bool:
    """Events whose actors act together (meetings, agreements, clashes), per EVENTS.md."""
    return etype in {"CONSULT", "AGREE", "COOPERATE"} or (etype, mode) == ("ASSAULT", "clash")


def _participants(ent: dict[str, Any], spec: str, etype: str, mode: str) -> list[dict[str, Any]]:
    """Roles from the spec: "a b > c" directed; "a b" participants of a symmetric
    event, or the sources of a one-sided act (a condemnation with no named target)."""
    if ">" in spec:
        left, _, right = spec.partition(">")
        pairs = [(k, "source") for k in left.split()] + [(k, "target") for k in right.split()]
    else:
        role = "participant" if _symmetric(etype, mode) else "source"
        pairs = [(k, role) for k in spec.split()]
    return [{**_actor(ent, k), "role": role} for k, role in pairs]


def _date(spec: str | None) -> dict[str, str | None] | None:
    """ "2015-08-03/day" -> value and precision; "null/month" when only the grain is known."""
    if not spec:
        return None
    value, _, precision = str(spec).partition("/")
    return {"value": None if value == "null" else value, "precision": precision or "day"}


def build_line(work: dict[str, Any], corpus: dict[str, CorpusArticle]) -> dict[str, Any]:
    """One GOLD.md line (offset evidence) from an annotator's working file."""
    url = work["url"]
    if url not in corpus:
        raise ValueError(f"{url}: not in the corpus")
    art = corpus[url]
    text = art.text
    ent: dict[str, dict[str, Any]] = {}
    for key, (name_en, etype, country, aliases) in (work.get("ent") or {}).items():
        forms = [a.strip() for a in str(aliases).split("|") if a.strip()]
        if not any(occurs(f, text) for f in forms):
            raise ValueError(f"{url}: no alias of {key!r} occurs in the text")
        ent[key] = {
            "name_en": name_en,
            "aliases_ar": forms,
            "type": etype,
            "country": None if country in (None, "null", "-") else country,
        }
    events = []
    for ev in work.get("ev") or []:
        etype, mode, status = ev["t"].split("/")
        spans = [list(find_span(text, s)) for s in ev["ev"]]
        event: dict[str, Any] = {
            "type": etype,
            "mode": mode,
            "status": status,
            "participants": _participants(ent, ev["p"], etype, mode),
            "mediators": [_actor(ent, k) for k in str(ev.get("med") or "").split()],
            "location": _actor(ent, ev["loc"]) if ev.get("loc") else None,
            "date": _date(ev.get("date")),
            "attributed_to": [_actor(ent, k) for k in str(ev.get("by") or "").split()],
            "evidence": spans[0],
        }
        if len(spans) > 1:
            event["evidence_more"] = spans[1:]
        if ev.get("trig"):
            event["trigger_ar"] = [t.strip() for t in str(ev["trig"]).split("|")]
        if ev.get("note"):
            event["note"] = ev["note"]
        events.append(event)
    published = work.get("published", art.published)
    return {
        "url": url,
        "published": None if published is None else str(published),
        "entities": list(ent.values()),
        "events": events,
    }


def validate_line(line: dict[str, Any], corpus: dict[str, CorpusArticle]) -> list[str]:
    """Problems with one gold line (empty when it is valid)."""
    import pycountry

    errs: list[str] = []
    url = line.get("url", "?")
    art = corpus.get(url)
    if art is None:
        return [f"{url}: not in the corpus"]
    text = art.text

    def check_actor(a: dict[str, Any], where: str) -> None:
        c = a.get("country")
        if c is not None and pycountry.countries.get(alpha_3=c) is None:
            errs.append(f"{url}: {where}: bad ISO3 {c!r}")
        if not a.get("name_en") or not a.get("aliases_ar"):
            errs.append(f"{url}: {where}: name_en/aliases_ar missing")

    for e in line["entities"]:
        check_actor(e, f"entity {e.get('name_en')}")
        if e.get("type") not in {"PER", "ORG", "GPE", "LOC"}:
            errs.append(f"{url}: entity {e.get('name_en')}: bad type")
    for n, ev in enumerate(line["events"]):
        where = f"event {n} {ev.get('type')}"
        if ev.get("mode") not in EVENT_MODES.get(ev.get("type", ""), ()):
            errs.append(f"{url}: {where}: bad type/mode {ev.get('mode')}")
        if ev.get("status") not in STATUSES:
            errs.append(f"{url}: {where}: bad status")
        actors = [*ev["participants"], *ev["mediators"]]
        for a in actors + ev["attributed_to"]:
            check_actor(a, where)
        if ev["location"]:
            check_actor(ev["location"], where)
        forms = [f for a in actors for f in a["aliases_ar"]] + ev.get("trigger_ar", [])
        for s, e in [ev["evidence"], *ev.get("evidence_more", [])]:
            piece = text[s:e] if 0 <= s < e <= len(text) else ""
            if not piece.strip():
                errs.append(f"{url}: {where}: empty or out-of-range evidence {s},{e}")
            elif not any(occurs(f, piece) for f in forms):
                errs.append(f"{url}: {where}: evidence names no participant nor trigger")
    return errs


def _cmd_candidates(args: argparse.Namespace) -> None:
    corpus = load_corpus()
    seen = 0
    for a in corpus.values():
        if args.source and a.source not in args.source:
            continue
        words = len(a.content.split())
        if not (args.min_words <= words <= args.words):
            continue
        hay = a.title if args.title else a.text
        if all(k in hay for k in args.keywords):
            print(f"{a.published} {a.source:10} {words:4}w {a.title[:90]}\n    {a.url}")
            seen += 1
            if seen >= args.limit:
                break


def _cmd_show(args: argparse.Namespace) -> None:
    art = load_corpus()[args.url]
    print(f"# {art.source} published={art.published} chars={len(art.text)}")
    offset = 0
    for para in art.text.split("\n"):
        print(f"[{offset}] {para}")
        offset += len(para) + 1


def _cmd_build(args: argparse.Namespace) -> None:
    corpus = load_corpus()
    out = Path(args.out)
    existing = []
    if out.exists():
        existing = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x]
    by_url = {d["url"]: d for d in existing}
    failed = []
    for path in args.work:
        work = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        try:
            line = build_line(work, corpus)
        except (ValueError, KeyError) as exc:
            failed.append(f"{path}: {exc}")
            continue
        errs = validate_line(line, corpus)
        if errs:
            failed.extend(f"{path}: {e}" for e in errs)
            continue
        by_url[line["url"]] = line
        print(f"{path}: {len(line['entities'])} entities, {len(line['events'])} events")
    out.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in by_url.values()),
        encoding="utf-8",
    )
    if failed:
        raise SystemExit("not written:\n" + "\n".join(failed))


def _cmd_validate(args: argparse.Namespace) -> None:
    corpus = load_corpus()
    lines = [json.loads(x) for x in Path(args.gold).read_text(encoding="utf-8").splitlines() if x]
    errs = [e for line in lines for e in validate_line(line, corpus)]
    print("\n".join(errs) if errs else f"{len(lines)} articles, all valid")
    sys.exit(1 if errs else 0)


def _cmd_stats(args: argparse.Namespace) -> None:
    from collections import Counter

    corpus = load_corpus()
    lines = [json.loads(x) for x in Path(args.gold).read_text(encoding="utf-8").splitlines() if x]
    outlets = Counter(corpus[d["url"]].source if d["url"] in corpus else "?" for d in lines)
    events = [e for d in lines for e in d["events"]]
    print(
        f"articles {len(lines)}, events {len(events)}, "
        f"entities {sum(len(d['entities']) for d in lines)}"
    )
    for name, counter in (
        ("outlets", outlets),
        ("types", Counter(e["type"] for e in events)),
        ("statuses", Counter(e["status"] for e in events)),
    ):
        print(f"{name}: " + ", ".join(f"{k} {n}" for k, n in counter.most_common()))


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("candidates")
    c.add_argument("keywords", nargs="+")
    c.add_argument("--source", nargs="*")
    c.add_argument("--words", type=int, default=600)
    c.add_argument("--min-words", type=int, default=60)
    c.add_argument("--title", action="store_true", help="match keywords in the title only")
    c.add_argument("--limit", type=int, default=40)
    s = sub.add_parser("show")
    s.add_argument("url")
    b = sub.add_parser("build")
    b.add_argument("work", nargs="+")
    b.add_argument("--out", default=str(ROOT / "eval" / "dev.jsonl"))
    v = sub.add_parser("validate")
    v.add_argument("gold", nargs="?", default=str(ROOT / "eval" / "dev.jsonl"))
    st = sub.add_parser("stats")
    st.add_argument("gold", nargs="?", default=str(ROOT / "eval" / "dev.jsonl"))
    args = ap.parse_args(argv)
    {
        "candidates": _cmd_candidates,
        "show": _cmd_show,
        "build": _cmd_build,
        "validate": _cmd_validate,
        "stats": _cmd_stats,
    }[args.cmd](args)


if __name__ == "__main__":
    main()
