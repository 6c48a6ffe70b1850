"""The report's segments, by a sweep over the cuts, equal the plain definition: each stretch
takes the best mark over it (source and cue, then content, then claim; shorter first)."""
import random

from sourcetrace.contract import Analysis, Attribution, Claim, Span
from sourcetrace.render.segments import _RANK, segments


def _reference(analysis, colour):
    """Every stretch between cuts against every mark: quadratic, but plainly right."""
    text, layers = analysis.text, []
    for a in analysis.attributions:
        for role, spans in (("source", [a.source]), ("cue", [a.cue]), ("content", a.content_parts or [a.content])):
            for s in spans:
                if s is not None and 0 <= s.start < s.end <= len(text):
                    layers.append((s.start, s.end, role, a.id, None, colour.get(a.source_id or "", "knone"), a.stance))
    for c in analysis.claims:
        if c.unattributed and 0 <= c.start < c.end <= len(text):
            layers.append((c.start, c.end, "claim", None, c.id, None, None))
    cuts = sorted({0, len(text)} | {x for layer in layers for x in layer[:2]})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        over = [l for l in layers if l[0] <= start and end <= l[1]]
        best = min(over, key=lambda l: (_RANK[l[2]], l[1] - l[0]), default=None)
        mark = best[2:] if best else (None,) * 5
        if out and out[-1][1][:3] == mark[:3]:
            out[-1][0] += text[start:end]
        else:
            out.append([text[start:end], mark])
    return [(t, *m) for t, m in out]


def _span(text, rng):
    a, b = sorted(rng.sample(range(len(text) + 1), 2))
    return Span(start=a, end=b, text=text[a:b])


def _analysis(rng):
    text = "".join(rng.choice("abc .\n") for _ in range(rng.randint(20, 120)))
    attributions = [Attribution(id=f"a{n}", source_id=rng.choice(["s1", "s2", None]), type="direct", stance="assert",
                                source=_span(text, rng) if rng.random() < 0.7 else None,
                                cue=_span(text, rng) if rng.random() < 0.8 else None, content=_span(text, rng),
                                content_parts=[_span(text, rng) for _ in range(rng.randint(0, 2))])
                    for n in range(rng.randint(0, 8))]
    claims = [Claim(id=f"c{n}", text="", start=s.start, end=s.end, unattributed=rng.random() < 0.7)
              for n, s in enumerate(_span(text, rng) for _ in range(rng.randint(0, 4)))]
    return Analysis(text=text, attributions=attributions, claims=claims)


def test_sweep_equals_the_definition():
    rng = random.Random(7)
    colour = {"s1": "k1", "s2": "k2"}
    for _ in range(300):
        analysis = _analysis(rng)
        got = [(s.text, s.role, s.attribution, s.claim, s.colour, s.stance) for s in segments(analysis, colour)]
        assert got == _reference(analysis, colour)
        assert "".join(g[0] for g in got) == analysis.text
