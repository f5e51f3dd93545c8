"""Knowledge-base coverage report: what real news names that the KB does not hold.

Runs the extraction pipeline (ingest → clean → process) over a keyword-selected
sample of political articles from the shared corpora and reports

- the share of entity mentions linked to the KB, by type and corpus;
- the most frequent entity names left with `kb_id` null, by type;
- the most frequent "title + nisba/country" phrases (وزير الخارجية الصومالي) whose
  office the KB lacks, or whose office has no holder on the article's date.

The sample is deterministic (articles ordered by a hash of their id), so two runs
on the same corpus and KB compare like with like. Curators use the lists to decide
which actors to add; nothing here is written back to the KB.

    python scripts/kb_coverage.py --snn 1500 --ant 1000 --top 40 --json /tmp/cov.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from marsad.clean import clean_item
from marsad.context import Resources
from marsad.entities.kb import KnowledgeBase, load_kb
from marsad.errors import MarsadError
from marsad.ingest import read_sources
from marsad.pipeline import process
from marsad.records import Article, RawItem
from marsad.text.normalise import normalise
from marsad.text.tokens import tokenise

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# Words that mark an article as political; an article needs MIN_HITS distinct ones.
POLITICAL_WORDS = (
    "وزير",
    "الرئيس",
    "رئيس الوزراء",
    "الخارجية",
    "مجلس الأمن",
    "الأمم المتحدة",
    "الحكومة",
    "سفير",
    "مبعوث",
    "البرلمان",
    "المعارضة",
    "قوات",
    "الجيش",
    "مفاوضات",
    "محادثات",
    "اجتماع",
    "زيارة",
)
MIN_HITS = 3
# Titles that name no particular office ("وزير ألماني" is some German minister).
GENERIC_TITLES = frozenset({"minister"})
TYPES = ("PER", "ORG", "GPE", "LOC")


@dataclass
class Stats:
    """Counts for one corpus sample."""

    articles: int = 0
    mentions: Counter[str] = field(default_factory=Counter)  # type → mentions
    linked: Counter[str] = field(default_factory=Counter)  # type → linked mentions
    unlinked: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    unlinked_docs: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    no_office: Counter[str] = field(default_factory=Counter)
    no_holder: Counter[str] = field(default_factory=Counter)


def _political(item: RawItem) -> bool:
    text = item.title + "\n" + item.body[:4000]
    return sum(word in text for word in POLITICAL_WORDS) >= MIN_HITS


def _order(item: RawItem) -> str:
    key = item.url or item.source_id or item.title + item.body[:200]
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def sample(paths: Iterable[Path], size: int) -> list[RawItem]:
    """`size` political items from `paths`, chosen by hash order (deterministic)."""
    candidates = [
        r for r in read_sources([str(p) for p in paths]) if isinstance(r, RawItem) and _political(r)
    ]
    candidates.sort(key=_order)
    return candidates[:size]


def clean_articles(items: Iterable[RawItem]) -> Iterator[Article]:
    """The items that clean into articles (the others are skipped)."""
    for item in items:
        try:
            yield clean_item(item)
        except MarsadError:
            continue


class TitleScanner:
    """Finds "title + nisba/country" phrases and checks the KB's office and holder."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.titles: dict[tuple[str, ...], str] = {}
        for norm, key in kb.title_forms():
            title = kb.titles[key]
            generic = key in GENERIC_TITLES
            if title.person and not title.honorific and title.scope != "org" and not generic:
                self.titles[tuple(norm.split())] = key
        self.longest = max(len(k) for k in self.titles)
        # titles the KB models as untargeted offices somewhere: only their gaps are
        # KB gaps (an ambassador or envoy needs a target the phrase rarely gives)
        self.office_titles = {o.title for o in kb.offices.values() if o.target is None}
        self.country_names: dict[str, str] = {}
        for form in kb.surface_forms():
            entry = kb.entries[form.entry_id]
            if form.kind == "full" and entry.subtype == "country" and entry.country:
                self.country_names[form.norm] = entry.country

    def _country(self, norms: list[str], j: int) -> tuple[str, str] | None:
        """ISO3 and the words naming it at token j (nisba, or في/country name)."""
        if j >= len(norms):
            return None
        iso = self.kb.nisba(norms[j])
        if iso and not self.kb.nisba_is_common_word(norms[j]):
            return iso, norms[j]
        for n in (3, 2, 1):
            start = j + 1 if norms[j] == normalise("في") else j
            words = " ".join(norms[start : start + n])
            if words in self.country_names:
                return self.country_names[words], words
        return None

    def scan(self, article: Article, stats: Stats) -> None:
        if article.published is None:
            return
        on = article.published.date() if hasattr(article.published, "date") else article.published
        assert isinstance(on, date)
        tokens = [t for t in tokenise(article.text) if t.is_word]
        norms = [t.norm for t in tokens]
        stems = [t.stem for t in tokens]
        seen: set[str] = set()
        i = 0
        while i < len(tokens):
            hit = None
            for n in range(min(self.longest, len(tokens) - i), 0, -1):
                for first in (norms[i], stems[i], "ال" + stems[i]):
                    words = (first, *norms[i + 1 : i + n])
                    if words in self.titles:
                        hit = (self.titles[words], n)
                        break
                if hit:
                    break
            if hit is None:
                i += 1
                continue
            key, n = hit
            found = self._country(norms, i + n)
            i += n
            if found is None:
                continue
            iso, _ = found
            label = f"{key} {iso} {on.year}"
            if label in seen:
                continue
            seen.add(label)
            office = self.kb.office(iso, key)
            if office is None and key in self.office_titles:
                stats.no_office[f"{key} {iso}"] += 1
            elif office is not None and not self.kb.holders(office.id, on):
                stats.no_holder[label] += 1


def run(name: str, items: list[RawItem], scanner: TitleScanner, resources: Resources) -> Stats:
    """Extraction over `items`, counted into a Stats."""
    stats = Stats()
    for article in clean_articles(items):
        stats.articles += 1
        extraction = process(article, resources)
        for ent in extraction.entities:
            etype = str(ent.type)
            n = len(ent.mentions)
            stats.mentions[etype] += n
            if ent.kb_id:
                stats.linked[etype] += n
            else:
                stats.unlinked[etype][ent.name_ar] += n
                stats.unlinked_docs[etype][ent.name_ar] += 1
        scanner.scan(article, stats)
    print(f"[{name}] {stats.articles} articles processed", file=sys.stderr)
    return stats


def _share(linked: int, total: int) -> str:
    return f"{linked}/{total} = {linked / total:.1%}" if total else "0/0"


def report(results: dict[str, Stats], top: int) -> dict[str, object]:
    """Print the report and return it as a JSON-ready dict."""
    out: dict[str, object] = {}
    for name, st in results.items():
        print(f"\n=== {name}: {st.articles} articles ===")
        total_m, total_l = sum(st.mentions.values()), sum(st.linked.values())
        print(f"linked mentions, all types: {_share(total_l, total_m)}")
        for t in TYPES:
            print(f"  {t}: {_share(st.linked[t], st.mentions[t])}")
        out[name] = {
            "articles": st.articles,
            "mentions": dict(st.mentions),
            "linked": dict(st.linked),
            "unlinked": {t: st.unlinked[t].most_common(top) for t in TYPES},
            "no_office": st.no_office.most_common(top),
            "no_holder": st.no_holder.most_common(top),
        }
    merged: dict[str, Counter[str]] = defaultdict(Counter)
    docs: dict[str, Counter[str]] = defaultdict(Counter)
    no_office: Counter[str] = Counter()
    no_holder: Counter[str] = Counter()
    for st in results.values():
        for t in TYPES:
            merged[t].update(st.unlinked[t])
            docs[t].update(st.unlinked_docs[t])
        no_office.update(st.no_office)
        no_holder.update(st.no_holder)
    for t in TYPES:
        print(f"\n--- most frequent unlinked {t} (mentions, articles) ---")
        for name_ar, n in merged[t].most_common(top):
            print(f"{n:5d} {docs[t][name_ar]:4d}  {name_ar}")
    print("\n--- title + country with no office in the KB (articles) ---")
    for label, n in no_office.most_common(top):
        print(f"{n:5d}  {label}")
    print("\n--- title + country whose office has no holder on the date (articles) ---")
    for label, n in no_holder.most_common(top):
        print(f"{n:5d}  {label}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--snn", type=int, default=1500, help="SaudiNewsNet articles")
    parser.add_argument("--ant", type=int, default=1000, help="ANT articles")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    started = time.process_time()
    kb = load_kb()
    scanner = TitleScanner(kb)
    resources = Resources()  # built once: process() without it rebuilds per article
    corpora = {
        "saudinewsnet": (sorted((args.corpus / "saudinewsnet").glob("*.zip")), args.snn),
        "ant": (sorted((args.corpus / "ant").glob("*.zip")), args.ant),
    }
    results: dict[str, Stats] = {}
    for name, (paths, size) in corpora.items():
        if not paths or size <= 0:
            continue
        items = sample(paths, size)
        print(f"[{name}] {len(items)} items sampled", file=sys.stderr)
        results[name] = run(name, items, scanner, resources)
    if not results:
        print(f"no corpus found under {args.corpus}", file=sys.stderr)
        return 1
    out = report(results, args.top)
    print(f"\nCPU time: {time.process_time() - started:.0f} s", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
