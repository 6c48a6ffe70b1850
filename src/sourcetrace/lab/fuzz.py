"""Fuzzing the engine: generated and mutated articles, checked for crashes, broken spans and
time over budget; each failure is shrunk to a small repro file that the test suite replays.

    python -m sourcetrace.lab.fuzz --cases 10000 --out tests/fuzz/repros [--seed 0] [--budget 5]

Each case runs in a worker process with a hard time limit, so a hang is caught, killed and
kept like a crash. The generators take a seeded `random.Random`: a run is repeatable, and
`tests/fuzz/test_properties.py` drives the same generators from hypothesis.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import queue
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sourcetrace.contract import Analysis, Article, Meta

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "harbour-strike.txt"
HARD_LIMIT_FACTOR = 6  # a case past budget × this is killed and called a hang
SHRINK_STEPS = 300  # the most re-runs one shrink may take

# Opening and closing marks as newsrooms use them, straight and curly, and mixes of both.
QUOTE_PAIRS = [("“", "”"), ("‘", "’"), ("«", "»"), ('"', '"'), ("'", "'"), ("„", "“"), ("»", "«"),
               ("‹", "›"), ("“", '"'), ('"', "”"), ("'", "’")]
NAMES = ["Marta Quill", "Dev Arora", "Mr. Obama", "Ana de la Cruz", "O'Neill", "Sen. John Smith",
         "Angela Merkel", "Ngozi Okonjo-Iweala", "Xi", "the mayor", "Quill"]
SPEAKERS = NAMES + ["the spokesman", "a spokeswoman for the board", "officials", "the statement",
                    "the company", "two union officials", "he", "she", "they", "I", "we", "one source",
                    "the ministry's statement", "a report by the Chamber of Commerce", "the union"]
CUES = ["said", "says", "told reporters", "added", "warned", "denied", "claimed", "wrote",
        "said in a statement", "told the Herald", "explained", "noted", "insisted", "admitted"]
CLAUSES = ["the talks had collapsed", "we have been patient for eighteen months", "I think he lost",
           "nobody wants a strike", "about 1,200 workers had joined", "prices rose 4.5% in March 2021",
           "the port lost £4 million a week", "they would not comment", "it is misleading",
           "we will keep the picket lines peaceful", "the vote was on 12 May", "I am Tomas Reyes",
           "the figure was ③ or 10² or ٣", "there were 1,200,000,000,000 of them", "—,",
           "my name is Ellen Baptiste", "the statement said so", "that was ‘crazy’"]
ODD = ["\u00a0", "\u200b", "\ufeff", "\u2028", "\r", "\t", "\x00", "\ud800", "\udfff", "…", "—", "–",
       "\u0301", "ß", "İ", "Ⅻ", "½", "①", "²", "٣", "🙂", "\U0001F1FA\U0001F1F8", "\\", "{", "}", "<p>"]
DATES = [None, "2021-03-04", "0001-01-01", "9999-12-30", "9999-12-31", "2021-02-30", "nonsense", "2021",
         "2021-13", "1970-01-01T00:00:00Z", ""]


@dataclass
class Case:
    text: str
    date: str | None = None

    def to_json(self) -> str:
        return json.dumps({"text": self.text, "date": self.date}, indent=1) + "\n"

    @classmethod
    def from_json(cls, data: str) -> "Case":
        raw = json.loads(data)
        return cls(text=raw["text"], date=raw.get("date"))


# ---- generators: each takes a seeded Random and returns a text ----

def _quote(rng: random.Random, words: str) -> str:
    opening, closing = rng.choice(QUOTE_PAIRS)
    roll = rng.random()
    if roll < 0.1:
        closing = ""  # unclosed
    elif roll < 0.15:
        opening = ""  # unopened
    return f"{opening}{words},{closing}"


def _sentence(rng: random.Random) -> str:
    speaker, cue, clause = rng.choice(SPEAKERS), rng.choice(CUES), rng.choice(CLAUSES)
    kind = rng.randrange(9)
    if kind == 0:
        return f"{_quote(rng, clause[0].upper() + clause[1:])} {speaker} {cue}."
    if kind == 1:  # split quote
        return f"{_quote(rng, clause)} {cue} {speaker}, {_quote(rng, rng.choice(CLAUSES))}"
    if kind == 2:  # nested report
        return f"{speaker} {cue} that {rng.choice(SPEAKERS)} {rng.choice(CUES)} {clause}."
    if kind == 3:
        return f"According to {speaker}, {clause}."
    if kind == 4:
        return f"{speaker.capitalize()} {cue}: {_quote(rng, clause)}"
    if kind == 5:  # "I"/"we" inside a quote, the statement outside
        return f"{_quote(rng, rng.choice(['We', 'I']) + ' ' + rng.choice(CUES) + ' ' + clause)} the statement said."
    if kind == 6:
        return f"{speaker.capitalize()} did not respond to requests for comment."
    if kind == 7:
        return f"{clause.capitalize()}, {speaker} {cue}, citing {_quote(rng, rng.choice(CLAUSES))}"
    return f"{speaker.capitalize()} {cue} {clause}."


def _wrap(text: str, width: int, trailing_space: bool) -> str:
    from sourcetrace.lab.wrap import wrap_text
    return wrap_text(text, width=width, soft=trailing_space)


def _layout(rng: random.Random, paragraphs: list[str]) -> str:
    """Headline and dateline, then the paragraphs; maybe soft-wrapped, hard-wrapped or CRLF."""
    text = "\n\n".join(paragraphs)
    if rng.random() < 0.3:
        text = f"{rng.choice(['Strike goes on', 'PORT TALKS COLLAPSE'])}\n\nKELMOUTH, England (Reuters) — " + text
    roll = rng.random()
    if roll < 0.2:
        text = _wrap(text, rng.choice([40, 72, 80]), trailing_space=True)
    elif roll < 0.35:
        text = _wrap(text, 72, trailing_space=False)
    if rng.random() < 0.2:
        text = text.replace("\n", "\r\n")
    return text


def news(rng: random.Random) -> str:
    """A news-like article from templates: every kind of quote mark, some unbalanced."""
    paragraphs = [" ".join(_sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 8))]
    return _layout(rng, paragraphs)


def noise(rng: random.Random) -> str:
    """Random Unicode, lone surrogates included, with runs of marks and odd numbers."""
    pieces = []
    for _ in range(rng.randint(1, 40)):
        roll = rng.random()
        if roll < 0.3:
            pieces.append("".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(1, 8))))
        elif roll < 0.45:
            pieces.append(rng.choice(ODD) * rng.randint(1, 5))
        elif roll < 0.55:
            pieces.append(rng.choice("\"'“”‘’«».,-—!?()") * rng.randint(1, 300))
        elif roll < 0.6:
            pieces.append("9" * rng.choice([5, 400, 4400]))
        elif roll < 0.8:
            pieces.append(_sentence(rng))
        else:
            pieces.append(rng.choice([" ", "\n", "\n\n", " \n", "\r\n", "  "]))
    return "".join(pieces)


def _example() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def mutated(rng: random.Random) -> str:
    """The harbour-strike example, changed a few times over: chars cut, spans copied, marks and
    odd characters put in, lines shuffled, wrapped, truncated."""
    text = _example()
    for _ in range(rng.randint(1, 6)):
        n = len(text)
        at = rng.randrange(n + 1) if n else 0
        roll = rng.randrange(8)
        if roll == 0 and n:
            text = text[:at] + text[at + rng.randint(1, 40):]
        elif roll == 1 and n:
            start = rng.randrange(n)
            text = text[:at] + text[start:start + rng.randint(1, 200)] + text[at:]
        elif roll == 2:
            text = text[:at] + rng.choice(rng.choice(QUOTE_PAIRS)) + text[at:]
        elif roll == 3:
            text = text[:at] + rng.choice(ODD) + text[at:]
        elif roll == 4:
            lines = text.split("\n")
            rng.shuffle(lines)
            text = "\n".join(lines)
        elif roll == 5:
            text = _wrap(text, rng.choice([30, 72]), trailing_space=rng.random() < 0.5)
        elif roll == 6:
            text = text[:at]
        else:
            text = text[:at] + _sentence(rng) + text[at:]
    return text


GENERATORS: dict[str, Callable[[random.Random], str]] = {"news": news, "noise": noise, "mutated": mutated}


def make_case(rng: random.Random) -> Case:
    generator = rng.choice(list(GENERATORS.values()))
    return Case(text=generator(rng), date=rng.choice(DATES))


# ---- checking one case ----

def problems(analysis: Analysis, text: str) -> list[str]:
    """What is wrong with an analysis of `text`: spans off the text, ids that point nowhere."""
    out = []
    if analysis.text != text:
        out.append("analysis.text differs from the input")
    spans = [(f"source {s.id}", m) for s in analysis.sources for m in s.mentions]
    for a in analysis.attributions:
        spans += [(f"{a.id} {name}", span) for name, span in
                  (("source", a.source), ("cue", a.cue), ("content", a.content)) if span is not None]
        spans += [(f"{a.id} part", p) for p in a.content_parts]
    for where, span in spans:
        if not 0 <= span.start <= span.end <= len(text) or span.text != text[span.start:span.end]:
            out.append(f"{where}: span {span.start}:{span.end} {span.text!r} is not the text there")
    sources = {s.id for s in analysis.sources}
    attributions = {a.id for a in analysis.attributions}
    out += [f"{a.id}: source {a.source_id} missing" for a in analysis.attributions
            if a.source_id is not None and a.source_id not in sources]
    out += [f"source {s.id}: member_of {s.member_of} missing" for s in analysis.sources
            if s.member_of is not None and s.member_of not in sources]
    for c in analysis.claims:
        out += [f"{c.id}: attribution {i} missing" for i in c.attribution_ids if i not in attributions]
        for field in ("supported_by", "denied_by", "no_response"):  # source ids
            out += [f"{c.id}: {field} {i} missing" for i in getattr(c, field) if i not in sources]
        if not c.text == text[c.start:c.end]:
            out.append(f"{c.id}: claim text is not the text at {c.start}:{c.end}")
    return out


def check(engine, case: Case) -> str | None:
    """None when the case passes; else a one-line kind of failure (used to keep a shrink on the
    same failure)."""
    try:
        analysis = engine.analyze(Article(text=case.text, meta=Meta(date=case.date)))
    except Exception as error:  # noqa: BLE001 — any exception is what fuzzing looks for
        tb = error.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        where = f"{Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_frame.f_code.co_name}" if tb else "?"
        return f"crash {type(error).__name__} at {where}"
    found = problems(analysis, case.text)
    # the kind of problem, without the ids and offsets of this case
    return "invalid: " + re.sub(r"\b[acs]\d+\b|\d+:\d+|'.*", "#", found[0].split(" span ")[0]) if found else None


# ---- worker process with a hard limit ----

def _serve(requests, replies) -> None:
    from sourcetrace.engine.engine import Engine
    engine = Engine()
    replies.put("ready")
    while (case := requests.get()) is not None:
        start = time.process_time()
        failure = check(engine, case)
        replies.put((failure, time.process_time() - start))


class Worker:
    def __init__(self) -> None:
        self._start()

    def _start(self) -> None:
        context = mp.get_context("spawn")
        self.requests, self.replies = context.Queue(), context.Queue()
        self.process = context.Process(target=_serve, args=(self.requests, self.replies), daemon=True)
        self.process.start()
        while True:  # the model load: slow on a loaded machine, so waited for while the worker lives
            try:
                self.replies.get(timeout=30)
                return
            except queue.Empty:
                if not self.process.is_alive():
                    raise RuntimeError("the fuzz worker died while loading the engine") from None

    def run(self, case: Case, limit: float) -> tuple[str | None, float]:
        """(failure or None, CPU seconds); a case past `limit` wall seconds is killed: a hang."""
        self.requests.put(case)
        try:
            return self.replies.get(timeout=limit)
        except Exception:  # queue.Empty: past the hard limit
            self.process.kill()
            self.process.join()
            self._start()
            return "hang", limit

    def close(self) -> None:
        self.requests.put(None)
        self.process.join(timeout=10)


def shrink(case: Case, fails: Callable[[Case], bool]) -> Case:
    """Delete lines, then ever smaller runs of characters, while the case still fails the same way."""
    steps = 0

    def attempt(text: str) -> bool:
        nonlocal steps
        steps += 1
        return steps <= SHRINK_STEPS and fails(Case(text=text, date=case.date))

    text = case.text
    lines = text.split("\n")
    i = 0
    while i < len(lines) and len(lines) > 1 and steps < SHRINK_STEPS:
        trial = lines[:i] + lines[i + 1:]
        if attempt("\n".join(trial)):
            lines = trial
        else:
            i += 1
    text = "\n".join(lines)
    size = max(1, len(text) // 2)
    while size >= 1 and steps < SHRINK_STEPS:
        i, changed = 0, False
        while i < len(text) and steps < SHRINK_STEPS:
            trial = text[:i] + text[i + size:]
            if trial and attempt(trial):
                text, changed = trial, True
            else:
                i += size
        if not changed:
            size //= 2
    return Case(text=text, date=case.date)


def _save(out: Path, case: Case, failure: str) -> Path:
    digest = hashlib.sha1(case.to_json().encode("utf-8", "surrogatepass")).hexdigest()[:10]
    kind = failure.split(":")[0].replace(" ", "-").lower()[:40]
    path = out / f"{kind}-{digest}.json"
    path.write_text(case.to_json(), encoding="utf-8")
    return path


def budget_for(text: str, budget: float) -> float:
    """CPU seconds a case may take: the base budget, plus a share per 10 KB past the first."""
    return budget * (1 + len(text) / 10_000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--budget", type=float, default=5.0, help="CPU seconds per case (per 10 KB)")
    parser.add_argument("--out", type=Path, default=Path("tests/fuzz/repros"))
    parser.add_argument("--start", type=int, default=0, help="skip the first cases (generated, not run)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    worker = Worker()
    counts = {"cases": 0, "crashes": 0, "invalid": 0, "hangs": 0, "over_budget": 0, "saved": 0}
    seen: set[str] = set()
    started = time.time()
    try:
        for n in range(args.cases):
            case = make_case(rng)
            if n < args.start:
                continue
            budget = budget_for(case.text, args.budget)
            failure, seconds = worker.run(case, budget * HARD_LIMIT_FACTOR + 30)
            counts["cases"] += 1
            if counts["cases"] % 100 == 0:
                print(json.dumps(counts), flush=True)  # progress, and the counts so far
            if failure is None and seconds > budget:
                failure = "over budget"
            if failure is None:
                continue
            key = "crashes" if failure.startswith("crash") else "invalid" if failure.startswith("invalid") \
                else "hangs" if failure == "hang" else "over_budget"
            counts[key] += 1
            print(f"case {n}: {failure} ({seconds:.1f} s, {len(case.text)} chars)", flush=True)
            if failure in seen or failure == "over budget":
                continue  # one repro per kind of failure; slow cases are counted, not shrunk
            seen.add(failure)

            def same(trial: Case) -> bool:
                return worker.run(trial, budget * HARD_LIMIT_FACTOR + 30)[0] == failure

            small = shrink(case, same) if failure != "hang" else case
            print(f"  saved {_save(args.out, small, failure)} ({len(small.text)} chars)", flush=True)
            counts["saved"] += 1
    finally:
        worker.close()
    counts["seconds"] = round(time.time() - started)
    print(json.dumps(counts))
    return 1 if counts["crashes"] or counts["invalid"] or counts["hangs"] else 0


if __name__ == "__main__":
    sys.exit(main())
