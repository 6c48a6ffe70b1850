"""A hand-made analysis of the example article: what a good extractor and resolver
should hand the claims stage. It lets the claims, audit and report tests run
whatever state the engine is in. Offsets are found by searching the text."""
from __future__ import annotations

from sourcetrace.contract import Analysis, Attribution, Meta, Source, Span

SOURCES = [
    ("s1", "three former generals", "group", False, 3, None),
    ("s2", "Abdul Raof Arghandiwal", "person", True, None, "one of the generals"),
    ("s3", "Hibatullah Alizai", "person", True, None, "Afghanistan's army chief before the Taliban took power"),
    ("s4", "US soldiers who have fought with Afghan special forces", "group", False, None, None),
    ("s5", "A report by the Republican Party in the US", "document", True, None, None),
    ("s6", "Russia's Defense Ministry", "organization", True, None, None),
    ("s7", "a spokesman for Yevgeny Prigozhin", "person", False, None, "spokesman for Yevgeny Prigozhin"),
    ("s8", "Yevgeny Prigozhin", "person", True, None, "founder of the Wagner group"),
]

# (source id, type, stance, source text, cue text, content text, occurrence of content)
ATTRIBUTIONS = [
    ("s1", "indirect", "assert", "three former generals", "told",
     "Afghan special forces soldiers who fought alongside US troops but fled to Iran after the US withdrawal "
     "last year are now being recruited by the Russian military to fight in Ukraine"),
    ("s1", "mixed", "assert", "They", "said",
     "Russia wants to recruit thousands of former elite Afghan commandos “into the foreign legion,” offering them "
     "monthly stipends of $1,500, housing for them and their families, and guarantees that they will not be "
     "deported to Afghanistan, where many believe they would face death at the hands of the Taliban"),
    ("s2", "direct", "assert", "one of the generals, Abdul Raof Arghandiwal", "said",
     "They don’t want to go to war, but they have no other choice,"),
    ("s2", "indirect", "assert", None, "adding",
     "dozens of commandos in Iran, with whom he has communicated via text messages, fear they will be deported to Afghanistan"),
    ("s2", "indirect", "assert", "Arghandiwal", "said",
     "the recruitment of commandos is being led by mercenary group Wagner"),
    ("s3", "indirect", "assert", "Another general, Hibatullah Alizai", "said",
     "recruitment efforts are also being helped by former Afghan special forces commanders who live in Russia and speak Russian"),
    ("s4", "nominal", "warn", "US soldiers who have fought with Afghan special forces", "warnings",
     "the Taliban will kill these soldiers if they join US enemies just to save themselves"),
    ("s5", "indirect", "warn", "A report by the Republican Party in the US", "warned",
     "of the danger that Afghan commandos – trained by US forces – could provide information to the militant group, "
     "Islamic State, Iran or Russia about the tactics of the US military"),
    ("s5", "indirect", "assert", "The report", "stated",
     "there is a risk that these soldiers will join the war with these countries and groups"),
    ("s6", "indirect", "no_response", "Russia’s Defense Ministry", "has not responded", "for comment on the matter"),
    ("s8", "indirect", "admit", "who", "admitted", "he is the founder of the Wagner group"),
    ("s7", "indirect", "deny", "a spokesman for Yevgeny Prigozhin", "rejected",
     "claims that this group is recruiting former Afghan soldiers"),
    ("s7", "mixed", "deny", None, "calling", "this idea “crazy”"),
]


def _span(text: str, needle: str, near: int = 0) -> Span:
    """The occurrence of `needle` nearest to offset `near`."""
    starts, at = [], text.find(needle)
    while at >= 0:
        starts.append(at)
        at = text.find(needle, at + 1)
    start = min(starts, key=lambda s: abs(s - near))
    return Span(start=start, end=start + len(needle), text=needle)


def gold_analysis(text: str, date: str | None = "2022-10-03") -> Analysis:
    sources = [Source(id=i, name=n, kind=k, named=named, count=c, description=d)
               for i, n, k, named, c, d in SOURCES]
    attributions = []
    for n, (sid, typ, stance, src, cue, content) in enumerate(ATTRIBUTIONS, 1):
        content_span = _span(text, content, text.find(content))
        around = content_span.start
        source_span = _span(text, src, around) if src else None
        cue_span = _span(text, cue, around) if cue else None
        attributions.append(Attribution(id=f"a{n}", source_id=sid, type=typ, stance=stance, source=source_span,
                                        cue=cue_span, content=content_span, content_parts=[content_span]))
        if source_span:
            next(s for s in sources if s.id == sid).mentions.append(source_span)
    return Analysis(text=text, meta=Meta(date=date, title=None), sources=sources, attributions=attributions)
