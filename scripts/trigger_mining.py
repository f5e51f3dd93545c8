"""Trigger-lexicon mining and measurement over the shared corpora (no gold used).

Two jobs, both over a deterministic sample of political articles (ordered by a hash
of their url, so two runs compare like with like):

- ``mine``: sentences naming at least two political actors in which marsad finds NO
  event. The most frequent normalised words and bigrams there (minus a stop list)
  are candidates for missing triggers; ``--samples WORD`` prints sentences holding a
  word so a curator can judge whether it is an event trigger, and of which type.
- ``count``: events per type on the sample, written as JSON (``--json``) so a run
  before and after a lexicon change can be compared with ``diff``, which also lists
  the events that are new (for spot-checking by reading them).
- ``misses``: sentences that hold a word of a type's lexicon (a regular expression)
  and a political actor but yield no event of that type: where its wordings or its
  argument rules fall short on running text.

    python scripts/trigger_mining.py mine --size 1000 --top 150
    python scripts/trigger_mining.py mine --size 1000 --samples حشد --samples غارة
    python scripts/trigger_mining.py count --size 1000 --json /tmp/before.json
    python scripts/trigger_mining.py diff /tmp/before.json /tmp/after.json --show 20
    python scripts/trigger_mining.py misses --type ACCUSE --pattern "(?<!\\w)[وف]?(اتهم|أدان|ندد)"
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from marsad.context import Resources
from marsad.events.actors import NON_POLITICAL_ORGS, PLACE_SUBTYPES
from marsad.output import EntityOut, Extraction
from marsad.pipeline import process
from marsad.records import Article
from marsad.text.normalise import normalise
from marsad.text.sentences import split_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_coverage import DEFAULT_CORPUS, clean_articles
from kb_coverage import sample as political_items

# Function words and reporting verbs that say nothing about an event type.
STOP = frozenset(
    normalise(w)
    for w in [
        "في",
        "من",
        "على",
        "إلى",
        "الى",
        "عن",
        "مع",
        "أن",
        "إن",
        "ان",
        "الذي",
        "التي",
        "الذين",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "كان",
        "كانت",
        "قد",
        "لم",
        "لن",
        "ما",
        "لا",
        "و",
        "أو",
        "ثم",
        "حيث",
        "كما",
        "بين",
        "بعد",
        "قبل",
        "خلال",
        "عبر",
        "حول",
        "وقال",
        "قال",
        "وأضاف",
        "أضاف",
        "وأكد",
        "أكد",
        "أكدت",
        "قالت",
        "وقالت",
        "أوضح",
        "وأوضح",
        "أشار",
        "وأشار",
        "وذكر",
        "ذكر",
        "ذكرت",
        "أفاد",
        "أعلن",
        "أعلنت",
        "وأعلن",
        "اليوم",
        "أمس",
        "وزير",
        "الرئيس",
        "رئيس",
        "الخارجية",
        "الحكومة",
        "العام",
        "المملكة",
        "الدولة",
        "ولي",
        "العهد",
        "الأمير",
        "الملك",
        "بن",
        "عبد",
        "عبدالله",
        "محمد",
        "إلى",
        "أجل",
        "يوم",
        "كل",
        "هو",
        "هي",
        "هم",
        "له",
        "لها",
        "به",
        "بها",
        "فيه",
        "فيها",
        "منذ",
        "عام",
        "عند",
        "أيضا",
        "وفي",
        "ومن",
        "وعلى",
        "لدى",
        "إنه",
        "أنه",
        "إنها",
        "أنها",
        "بأن",
        "ولا",
        "وهو",
        "وهي",
        "غير",
        "دون",
        "ضد",
    ]
)


def sample(corpus: Path, size: int) -> list[Article]:
    """`size` cleaned political articles, half per corpus, chosen as the KB coverage
    report chooses them (scripts/kb_coverage.py)."""
    out: list[Article] = []
    for sub in ("saudinewsnet", "ant"):
        items = political_items(sorted((corpus / sub).glob("*.zip")), size // 2)
        out += clean_articles(items)
    return out


def is_actor(ent: EntityOut) -> bool:
    """A political actor as actors.py sees one (persons, political orgs, states)."""
    if ent.type == "PER":
        return ent.kb_id is not None or ent.title is not None
    if ent.type == "ORG":
        return ent.subtype not in NON_POLITICAL_ORGS
    if ent.type == "GPE":
        return ent.subtype not in PLACE_SUBTYPES
    return False


def quiet_sentences(ext: Extraction) -> Iterator[tuple[str, list[str]]]:
    """(sentence, its words outside names) for sentences with ≥ 2 actors and no event."""
    text = ext.article.text
    actor_spans = [(m.start, m.end) for e in ext.entities if is_actor(e) for m in e.mentions]
    named = [(m.start, m.end) for e in ext.entities for m in e.mentions]
    event_spans = [(s.start, s.end) for ev in ext.events for s in ev.evidence]
    for sent in split_sentences(text):
        if any(s < sent.end and e > sent.start for s, e in event_spans):
            continue
        n = sum(1 for s, _ in actor_spans if sent.start <= s < sent.end)
        if n >= 2:
            words = [
                t.stem or t.norm
                for t in sent.tokens
                if t.is_word and not any(s <= t.start < e for s, e in named)
            ]
            yield text[sent.start : sent.end], words


def mine(articles: list[Article], resources: Resources, top: int, samples: list[str]) -> None:
    words: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    by_word: dict[str, list[str]] = {normalise(w): [] for w in samples}
    n = 0
    for art in articles:
        for sent, toks in quiet_sentences(process(art, resources)):
            n += 1
            content = [t for t in toks if t not in STOP and len(t) > 2]
            words.update(set(content))
            bigrams.update({f"{a} {b}" for a, b in itertools.pairwise(content)})
            for key, found in by_word.items():
                if key in toks or any(key in t for t in toks):
                    found.append(sent.replace("\n", " "))
    print(f"{n} sentences with >= 2 actors and no event", file=sys.stderr)
    if not samples:
        print("--- words (sentences) ---")
        for w, c in words.most_common(top):
            print(f"{c:5d}  {w}")
        print("--- bigrams (sentences) ---")
        for w, c in bigrams.most_common(top):
            print(f"{c:5d}  {w}")
    rng = random.Random(7)
    for key, found in by_word.items():
        print(f"=== {key}: {len(found)} sentences ===")
        for s in rng.sample(found, min(8, len(found))):
            print("  -", s[:300])


def count(articles: list[Article], resources: Resources, path: Path | None) -> None:
    events: list[dict[str, object]] = []
    for art in articles:
        ext = process(art, resources)
        names = {e.id: e.name_en or e.name_ar for e in ext.entities}
        for ev in ext.events:
            events.append(
                {
                    "article": ext.article.url or ext.article.id,
                    "type": ev.type,
                    "mode": ev.mode,
                    "status": ev.status,
                    "parties": sorted(f"{p.role}:{names.get(p.entity)}" for p in ev.participants),
                    "evidence": ev.evidence[0].text if ev.evidence else "",
                    "explanation": ev.explanation,
                }
            )
    per_type = Counter(str(e["type"]) for e in events)
    print(f"{len(articles)} articles, {len(events)} events")
    for t, c in sorted(per_type.items()):
        print(f"  {t:10s} {c}")
    if path:
        path.write_text(json.dumps(events, ensure_ascii=False, indent=0), encoding="utf-8")


def misses(
    articles: list[Article], resources: Resources, etype: str, pattern: str, show: int
) -> None:
    """Sentences with a word of `pattern` and an actor but no `etype` event."""
    rx = re.compile(pattern)
    found: list[str] = []
    for art in articles:
        ext = process(art, resources)
        text = ext.article.text
        spans = [(s.start, s.end) for ev in ext.events if ev.type == etype for s in ev.evidence]
        actors = [m.start for e in ext.entities if is_actor(e) for m in e.mentions]
        for sent in split_sentences(text):
            line = text[sent.start : sent.end]
            if not rx.search(line) or not any(sent.start <= a < sent.end for a in actors):
                continue
            if not any(a < sent.end and b > sent.start for a, b in spans):
                found.append(line.replace("\n", " "))
    print(f"{len(found)} sentences with /{pattern}/ and an actor but no {etype} event")
    for line in random.Random(1).sample(found, min(show, len(found))):
        print("  -", line[:300])


def _key(e: dict[str, object]) -> str:
    return json.dumps([e["article"], e["type"], e["mode"], e["parties"]], ensure_ascii=False)


def diff(before: Path, after: Path, show: int) -> None:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    a, b = Counter(str(e["type"]) for e in old), Counter(str(e["type"]) for e in new)
    print(f"{'type':10s} before after")
    for t in sorted(set(a) | set(b)):
        print(f"{t:10s} {a[t]:6d} {b[t]:5d}")
    print(f"{'total':10s} {sum(a.values()):6d} {sum(b.values()):5d}")
    old_keys = {_key(e) for e in old}
    added = [e for e in new if _key(e) not in old_keys]
    print(f"{len(added)} events not in the first run; a random {show}:")
    for e in random.Random(11).sample(added, min(show, len(added))):
        print(f"- {e['type']}/{e['mode']} {e['status']} {e['parties']} [{e['explanation']}]")
        print(f"    «{str(e['evidence'])[:260]}»")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name in ("mine", "count", "misses"):
        p = sub.add_parser(name)
        p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
        p.add_argument("--size", type=int, default=1000)
        if name == "mine":
            p.add_argument("--top", type=int, default=150)
            p.add_argument("--samples", action="append", default=[])
        elif name == "misses":
            p.add_argument("--type", required=True, dest="etype")
            p.add_argument("--pattern", required=True)
            p.add_argument("--show", type=int, default=25)
        else:
            p.add_argument("--json", type=Path)
    d = sub.add_parser("diff")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--show", type=int, default=20)
    args = parser.parse_args(argv)
    if args.cmd == "diff":
        diff(args.before, args.after, args.show)
        return 0
    articles = sample(args.corpus, args.size)
    if not articles:
        print(f"no corpus articles under {args.corpus}", file=sys.stderr)
        return 1
    resources = Resources()
    if args.cmd == "mine":
        mine(articles, resources, args.top, args.samples)
    elif args.cmd == "misses":
        misses(articles, resources, args.etype, args.pattern, args.show)
    else:
        count(articles, resources, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
