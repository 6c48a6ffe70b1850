"""Precision of what a reader sees: is every attribution shown a real statement?

A gold directory holds `NN.txt` articles, each with `NN.json` =
`{"style": …, "statements": [{"content", "cue", "speaker", "stance", "type"}],
"not_statements": [{"text", "why"}]}`. Every statement in the article is listed, so a
prediction that matches none is a false positive. Substrings are exact but may be
hard-wrapped differently from the gold: both sides are matched after collapsing runs of
whitespace to one space, and mapped back to the article's offsets.

A prediction (outermost and nested alike: a nested report is a statement too) is a true
positive when its content shares at least half of the shorter side's characters with a
gold statement's content; predictions and gold are paired one to one, greedily by that
share (two gold statements with the same words, a claim and the denial that holds it, go to the
prediction that agrees with one on speaker and stance). Of the pairs, the speaker is right when the resolved source's name is the gold
speaker's (case and articles aside; a surname alone is enough for a full gold name), and
the stance when it is equal. For the headline labels (`no_response`, `deny`) the share of
predicted labels that are right is given. A prediction that is no true positive and
touches a `not_statements` text is a hard negative reported.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sourcetrace.contract import Analysis, Attribution
from sourcetrace.engine.resolve.legal_forms import without_legal_form
from sourcetrace.engine.resolve.names import POSSESSIVE
from sourcetrace.engine.resolve.short_given_names import same_given_name
from sourcetrace.ingest import InputError
from .match import greedy_pairs
from .speaker_errors import mechanism, name_shape

HEADLINE_STANCES = ("no_response", "deny")
MIN_SHARE = 0.5
TIE_BREAK = 1e-3
AGREEMENT = 1e-7
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w(?:[\w'’-]*\w)?")  # a nickname's quote marks ("Cornelius 'Con' Dunne") are no part of it
_SKIP = {"the", "a", "an", "one", "'s", "’s"}
# Honorifics are how an outlet addresses a person, not who the person is: "Datuk Haris Zulkifli"
# is "Haris Zulkifli", "Shri Vilas Patil" is "Vilas Patil", "Tan Sri Ahmad Faizal" is Ahmad Faizal
# ("tan" itself stays: it is also a surname).
# Ranks, professions used as forms of address and the titles of address of many languages are
# the same: "SP Adebayo Olaniyan", "Ato Dawit Gebremariam" and "Dott.ssa Paola Ferrante" are the
# people the gold names without them.
_HONORIFICS = {"mr", "mrs", "ms", "miss", "madam", "dr", "prof", "sir", "dame", "shri", "smt", "datuk",
               "dato", "datin", "alhaji", "alhaja", "engr", "hon", "khun", "sheikh", "begum", "maulana", "ven", "ratu",
               "sri", "seri", "ato", "weyzero", "otunba", "barr", "barrister", "adv", "eng", "ing", "lic", "dra", "arq",
               "dott", "avv", "commendatore", "atty", "rev", "fr", "pastor", "imam", "sen", "rep", "gov",
               "sp", "asp", "dsp", "csp", "acp", "dcp", "cp", "aig", "dig", "igp", "supt", "insp", "sgt", "cpl", "det",
               "lt", "col", "gen", "maj", "capt", "brig", "cdr", "adm", "pak", "bapak", "ibu", "haji", "hajjah"}
_FEMININE_ABBREVIATION = re.compile(r"\b(?:dott|avv|sig)\.(?:ssa|ra)\b", re.I)  # "Dott.ssa", "Sig.ra"
# Letters after a name are honours and offices, not the person: "Rebecca Nwosu KC" is Rebecca
# Nwosu. "Jr" and "Sr" are kept: they tell a father from his son.
_POSTNOMINALS = {"kc", "qc", "sc", "mp", "msp", "mla", "mpp", "mha", "td", "mep", "obe", "mbe", "cbe", "kbe", "frs",
                 "phd", "md", "esq"}
# "spokesman for Senn Water" is "a Senn Water spokesman": the words joining a role to its body
# and their order are how a sentence runs, not whom a reader hears.
_JOINERS = {"for", "of"}
# A company's legal form is not part of whom a reader hears: "Acme Freight" is "Acme Freight Inc.".
_LEGAL_FORMS = {"inc", "corp", "co", "ltd", "llc", "plc", "limited", "incorporated", "corporation", "pvt", "pty",
                "bhd", "sdn", "tbk", "pt", "gmbh", "pte", "llp", "ltda", "jsc", "pjsc"}
# Forms written in two words or as dotted letters: "Private Limited", "K.S.C.P.", "S.A. de C.V.".
_SPELLED_LEGAL_FORMS = re.compile(r"\b(?:private\s+limited|s\.\s?a\.\s+de\s+c\.\s?v\.|"
                                  r"(?:k\.s\.c\.[pc]|q\.p\.s\.c|w\.l\.l|s\.a\.o\.[gc]|s\.p\.a|d\.o\.o|s\.r\.l)\.?)(?=\s|$)",
                                  re.I)
_TWO_WORD_HONORIFICS = re.compile(r"\b(?:tan|toh)\s+(?:sri|puan)\b", re.I)  # "tan" alone is a surname
# "Peru's Office of the Comptroller General" is the Office of the Comptroller General: a place's
# possessive before a proper name says where the body is, not which one.
_OWNER = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s\s+(?=[A-Z])")
# "a staff report presented at the meeting" and "a staff report" are one document: what follows
# a name after a comma, a preposition, a participle or a relative word ("the owner of the house
# where the fire started") only says which one it is. A possessive
# ("Ana Lind's family") or another noun ("company spokesman") makes a different speaker.
# "the annual report of the Office of the Auditor General" and "the auditor's report" give the body
# whose document it is: a reader hears the gold's "Office of the Auditor General" in them.
_DOCUMENTS = r"report|study|audit|review|survey|statement|letter|ruling|order|judgment|judgement|memo|communiqu[eé]|" \
             r"release|filing|affidavit|petition|notice|circular|bulletin|analysis|findings|assessment"
# "technical report circulated by the Budget Office": a participle may come between
_DOCUMENT_OF = re.compile(
    rf"^(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_DOCUMENTS})\s+(?:[a-z]+ed\s+)?(?:of|by|from)\s+(.+)$", re.I)
# "Officials of the Expanded Programme on Immunisation", "a mission from the European Observers Network",
# "spokesperson for Warrington Borough Council": the body speaking through them, as a gold "spokesperson
# for X" is heard in "X"
_SPEAKERS_FOR = r"officials|leaders|members|representatives|mission|delegation|chapter|" \
                r"spokes(?:people|person|man|woman)|press office|analysts|economists|researchers"
_SPEAKING_FOR = re.compile(rf"^(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:{_SPEAKERS_FOR})\s+(?:of|from|at|for)\s+(.+)$", re.I)
# "Scottish Government spokesperson": a body's name, then who speaks for it in lower case
_NAMED_SPEAKERS = re.compile(rf"^(.*[A-Z][\w&.'’-]*)\s+(?:{_SPEAKERS_FOR}|official)$")
# "Department of Housing memo", "Energy Secretariat data": a body's name, then its document in lower case
_NAMED_DATA = re.compile(rf"^(.*[A-Z][\w&.'’-]*)\s+(?:{_DOCUMENTS}|figures|data|estimates|statistics)$")
_OWNERS_DOCUMENT = re.compile(rf"^(.+?)['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS})$", re.I)
# "a company spokeswoman" by "spokeswoman for Hartley & Vane Ltd" (`_firms_role`)
_COMPANY_ROLE = re.compile(r"^(?:the|an?)\s+(?:company|firm|bank)\s+([a-z]+)$", re.I)
_ROLE_FOR_COMPANY = re.compile(r"^(?:the|an?)\s+([a-z]+)\s+for\s+the\s+(?:company|firm|bank)$", re.I)
_ROLE_FOR = re.compile(r"^([a-z]+)\s+for\s+([A-Z].*)$")
_FIRM_MARKS = {"holdings", "group", "industries", "systems", "securities", "technologies", "partners", "bank",
               "cie", "company", "corporation", "enterprises", "motors", "airlines", "foods", "energy", "mining"}
# A gold that says only whose it is ("her family", "his defence team") does not say which owner;
# a prediction that names one ("Ana Lind's family") names the same kind of speaker.
_PRONOUN_OWNED = re.compile(r"^(?:his|her|their|its)\s+(.+)$", re.I)
_NAMED_OWNED = re.compile(r"^(?:the\s+)?(?:(?:[A-Z][\w.&'’-]*|bin|binti|bint|ibn|al|el|van|von|de|da|dos|del|der|den)\s+)*"
                          r"[A-Z][\w.-]*['’]s?\s+(.+)$")  # "Khalfan bin Saif Al-Rawahi's family"
# A gold that names a kind only ("the court", "a spokesman") is heard in a prediction that names
# one of that kind by the same head word ("Bombay High Court", "spokesman for Orbis Holdings").
_KIND_ONLY = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)*$")
# "The Embassy", "the Craft Heritage Authority": a body by its capitalised name after "the"
_THE_NAMED = re.compile(r"^[Tt]he\s+[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*)*$")
_BILINGUAL = " / "  # a body named in two languages, both given: either name is the body's
_ALIAS = re.compile(r"(.+?)\s*\(([^()]+)\)?")  # "Office for X (OX)", also with the bracket left open
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_POST_MODIFIER = re.compile(
    r"^(?:,|\s+(?:of|in|at|on|from|by|with|for|to|under|about|filed|presented|published|obtained|released|seen|"
    r"reviewed|submitted|issued|prepared|commissioned|written|posted|tabled|required|dated|led|sent|"
    r"based|briefed|involved|familiar|close|representing|working|living|"
    r"outside|inside|near|across|along|around|downstream|upstream|quoted|named|listed|compiled|cited|signed|"
    r"who|whose|whom|which|where|that)\b)", re.I)


@dataclass
class GoldStatement:
    content: tuple[int, int]
    cue: tuple[int, int] | None
    speaker: str
    stance: str
    type: str


@dataclass
class NotStatement:
    span: tuple[int, int]
    why: str


@dataclass
class PrecisionArticle:
    name: str
    text: str
    style: str
    statements: list[GoldStatement] = field(default_factory=list)
    not_statements: list[NotStatement] = field(default_factory=list)


class _Locator:
    """Finds a whitespace-insensitive substring and gives its offsets in the original text."""

    def __init__(self, text: str):
        pieces, offsets = [], []
        for match in re.finditer(r"\s+|\S+", text):
            if match.group().isspace():
                pieces.append(" ")
                offsets.append(match.start())
            else:
                pieces.append(match.group())
                offsets.extend(range(match.start(), match.end()))
        self.flat = "".join(pieces)
        self.offsets = offsets

    def find(self, needle: str) -> tuple[int, int] | None:
        needle = _SPACE.sub(" ", needle).strip()
        at = self.flat.find(needle) if needle else -1
        if at < 0:
            return None
        return self.offsets[at], self.offsets[at + len(needle) - 1] + 1


def _span(locator: _Locator, needle: str, where: str) -> tuple[int, int]:
    span = locator.find(needle) if isinstance(needle, str) else None
    if span is None:
        raise InputError(f"{where}: not an exact substring of the article: {needle!r}")
    return span


def load_precision_gold(directory: str | Path) -> list[PrecisionArticle]:
    """The gold articles, or a one-line `InputError` naming what is wrong."""
    directory = Path(directory)
    texts = sorted(directory.glob("*.txt")) if directory.is_dir() else []
    articles = []
    for path in texts:
        gold_path = path.with_suffix(".json")
        if not gold_path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        locate = _Locator(text)
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            statements = [GoldStatement(content=_span(locate, s["content"], gold_path.name),
                                        cue=_span(locate, s["cue"], gold_path.name) if s.get("cue") else None,
                                        speaker=s.get("speaker") or "", stance=s.get("stance") or "assert",
                                        type=s.get("type") or "")
                          for s in gold["statements"]]
            negatives = [NotStatement(_span(locate, n["text"], gold_path.name), n.get("why") or "other")
                         for n in gold.get("not_statements", [])]
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise InputError(f"{gold_path}: not a precision gold file ({type(error).__name__}: {error})") from None
        articles.append(PrecisionArticle(path.stem, text, gold.get("style", ""), statements, negatives))
    if not articles:
        raise InputError(f"{directory}: no NN.txt with an NN.json precision gold beside it")
    return articles


def _share(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters as a share of the shorter span; 0 below `MIN_SHARE`. Ties (a claim and
    the denial that holds it both share all of the shorter span) go to the pair whose spans are
    most alike over their union, a term too small to outweigh any real difference in share."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    share = shared / shorter if shared > 0 and shorter > 0 else 0.0
    if share < MIN_SHARE:
        return 0.0
    union = max(a[1], b[1]) - min(a[0], b[0])
    return share + TIE_BREAK * shared / union


def _weight(predicted: Attribution, gold: GoldStatement, analysis: Analysis) -> float:
    """How well a prediction pairs with a gold statement: the share of their contents; where two
    gold statements have the same words (a claim and the denial that holds it), the one that
    agrees with the prediction on speaker and stance, a term too small to outweigh any difference
    in the words."""
    share = _share(_extent(predicted) if gold.stance == "no_response" else
                   (predicted.content.start, predicted.content.end), gold.content)
    if not share:
        return 0.0
    source = analysis.source(predicted.source_id)
    agrees = speaker_matches(gold.speaker, source.name if source else None) + (predicted.stance == gold.stance)
    return share + AGREEMENT * agrees


def _extent(predicted: Attribution) -> tuple[int, int]:
    """Cue and content as one span: the golds give a non-response's words ("did not have an
    immediate response to questions") as its content, where the engine splits them into a cue and
    what went unanswered ("to questions about the levy")."""
    spans = _spans_of(predicted)
    return min(s for s, _ in spans), max(e for _, e in spans)


_RUN_JOINERS = "of|for|and|the|de|del|la|des|du|da|do|dos|das|di|y|e|et"  # "Confederación Hidrográfica del Albarán"


def _spelled_out(gold: str, predicted: str) -> str:
    """`gold` with each of its acronyms replaced by the run of capitalised words in `predicted`
    whose initials spell it, the small words that join a name inside the run aside."""
    runs = re.findall(rf"[A-Z][\w'’-]*(?:\s+(?:(?:{_RUN_JOINERS})\s+)*[A-Z][\w'’-]*)+", predicted)
    runs = [POSSESSIVE.sub("", run) for run in runs]  # "the FIA's report" by "Federal Investigation Agency's report"
    spelled = {"".join(w[0] for w in run.split() if w[0].isupper()): run for run in runs}
    spelled = {short: run for short, run in spelled.items() if run not in gold}  # "Office of X (OX)" says it already
    return re.sub(r"\b[A-Z]{2,}\b", lambda m: spelled.get(m.group(), m.group()), gold)


def _words(name: str) -> list[str]:
    name = _TWO_WORD_HONORIFICS.sub(" ", _FEMININE_ABBREVIATION.sub(" ", without_legal_form(name.strip())))
    name = _SPELLED_LEGAL_FORMS.sub(" ", name).replace("&", " and ")  # "Plains & Western Railway"
    # "Central Weather Office's bulletin" is the Central Weather Office bulletin
    words = [POSSESSIVE.sub("", w) for w in _WORD.findall(name.lower()) if w not in _SKIP]
    words = [w for w in words if w not in _HONORIFICS and w not in _POSTNOMINALS] or words  # "the imam" is someone
    return [w for w in words if w not in _LEGAL_FORMS] or words


def _post_modified(short: str, long: str) -> bool:
    short, long = _ARTICLE.sub("", short.strip()).lower(), _ARTICLE.sub("", long.strip()).lower()
    return bool(short) and long.startswith(short) and bool(_POST_MODIFIER.match(long[len(short):]))


def speaker_matches(gold: str, predicted: str | None) -> bool:
    """Same name, case, articles and honorifics aside; the same words in any order, "for" and
    "of" aside ("spokesman for Senn Water" is "a Senn Water spokesman"); a gold full name is
    matched by its surname alone; a gold acronym by the full name it abbreviates ("the NBI" by
    "National Bureau of Investigation"), never the other way (an acronym tells a reader less);
    either name by the other with a post-modifier ("the lawsuit" by "lawsuit, filed in May"); a
    short form given in brackets is the name's alias ("Central Electoral Commission (VRK)" is the
    Central Electoral Commission, and VRK); a place's possessive before a proper name aside; a gold
    that names only a kind or a pronoun's possession by a prediction that says which one, and a
    role by a body's short name by the role for its full name; a role at "the company" by that role for a
    firm named; a body by its officials, its data or a document named after it ("Energy Secretariat
    data")."""
    if not predicted:
        return False
    if any(same(gold.strip(), predicted.strip())
           for same in (_one_of_kind, _owner_named, _role_of_body, _body_qualified, _firms_role)):
        return True
    (gold, alias), (predicted, _) = _aliased(gold), _aliased(predicted)
    gold, predicted = _OWNER.sub("", gold.strip()), _OWNER.sub("", predicted.strip())
    author = _DOCUMENT_OF.match(predicted) or _OWNERS_DOCUMENT.match(predicted) or _NAMED_DATA.match(predicted) \
        or _SPEAKING_FOR.match(predicted) or _NAMED_SPEAKERS.match(predicted)
    return any(_matches(g, p) for g in (gold, alias) if g is not None
               for p in (predicted, author and _OWNER.sub("", author.group(1))) if p)


def _head(words: list[str]) -> str:
    """The head word of a name's words: the last one, or the one before "for", "of" or "at"
    ("spokesman for Orbis Holdings")."""
    joined = [i for i, w in enumerate(words) if w in _JOINERS or w == "at"]
    return words[joined[0] - 1] if joined and joined[0] > 0 else words[-1]


def _one_of_kind(gold: str, predicted: str) -> bool:
    """"the court" by "Bombay High Court", "a spokesman" by "spokesman for Orbis Holdings", "the
    study" by "University of Red River study" (a name, then the kind in lower case: its head)."""
    if not _KIND_ONLY.match(gold):
        return False
    want, got = _words(gold), _words(predicted)
    last = predicted.split()[-2:]
    named_kind = len(last) == 2 and last[1].islower() and last[0][:1].isupper()
    return bool(want and got) and (got[-1] if named_kind else _head(got)) == want[-1] and set(want) <= set(got)


def _role_of_body(gold: str, predicted: str) -> bool:
    """"an Orbis spokesman" by "spokesman for Orbis Holdings": the gold's body by the first words
    of its full name."""
    want, got = _words(gold), _words(predicted)
    joined = [i for i, w in enumerate(got) if w in _JOINERS][:1]
    if len(want) < 2 or not joined or _head(got) != want[-1]:
        return False
    body = got[joined[0] + 1:]
    return body[:len(want) - 1] == want[:-1]


def _firms_role(gold: str, predicted: str) -> bool:
    """"a company spokeswoman", "a spokesman for the company" by "spokeswoman for Hartley & Vane
    Ltd": the gold's role at a company, heard in the same role for a body whose name says it is a
    firm (a legal form or a firm's word, `_FIRM_MARKS`)."""
    role = _COMPANY_ROLE.match(gold.strip()) or _ROLE_FOR_COMPANY.match(gold.strip())
    held = _ROLE_FOR.match(predicted.strip())
    if not (role and held) or role.group(1).lower() != held.group(1).lower():
        return False
    body = held.group(2)
    return without_legal_form(body) != body or bool({w.lower() for w in _WORD.findall(body)} & _FIRM_MARKS)


def _owner_named(gold: str, predicted: str) -> bool:
    """"her family" by "Ana Lind's family", "her 1984 report" by "Ana Lind's 1984 report to the board"."""
    owned, named = _PRONOUN_OWNED.match(gold), _NAMED_OWNED.match(predicted)
    return bool(owned and named) and (_words(owned.group(1)) == _words(named.group(1))
                                      or _post_modified(owned.group(1), named.group(1)))


def _body_qualified(gold: str, predicted: str) -> bool:
    """"The Embassy" by "Indian Embassy", "the Craft Heritage Authority" by "Oman Craft Heritage
    Authority": a body the gold calls by its capitalised name after "the", heard in a prediction
    that only puts words before that name (whose country, which city)."""
    if not _THE_NAMED.match(gold):
        return False
    want, got = _words(gold), _words(predicted)
    before = predicted.lower().split()[:-len(want)] if want else []
    # "Afterwards the Department …": words run in from the sentence, not a qualifier of the name
    return bool(want) and len(got) > len(want) and got[-len(want):] == want and not _SKIP & set(before)


def _aliased(name: str) -> tuple[str, str | None]:
    if _BILINGUAL in name:  # "Fédération des parents francophones de l'Ouest / Western Francophone Parents' Federation"
        first, second = name.split(_BILINGUAL, 1)
        return first.strip(), second.strip()
    aliased = _ALIAS.fullmatch(name.strip())
    return (aliased.group(1), aliased.group(2)) if aliased else (name, None)


# a nickname set in quote marks inside a full name: 'Rosalind "Roz" Espinoza-Hart', "Cornelius 'Con' Dunne"
_QUOTED_NICKNAME = re.compile(r"(?<=\w)\s+[\"“'‘][^\"“”'‘’\s]+(?:\s[^\"“”'‘’\s]+)?[\"”'’](?=\s+\w)")


def _matches(gold: str, predicted: str) -> bool:
    # a nickname in quote marks between given name and surname is how the writer introduced
    # the person, not a different name: either side may give it or leave it out
    plain = _QUOTED_NICKNAME.sub("", gold), _QUOTED_NICKNAME.sub("", predicted)
    return _matches_as_written(gold, predicted) or plain != (gold, predicted) and _matches_as_written(*plain)


def _matches_as_written(gold: str, predicted: str) -> bool:
    want, got = _words(_spelled_out(gold, predicted)), _words(predicted)
    if not want or not got:
        return False
    if _post_modified(gold, predicted) or _post_modified(predicted, gold):
        return True
    unjoined = Counter(w for w in want if w not in _JOINERS)
    if want == got or unjoined and unjoined == Counter(w for w in got if w not in _JOINERS):
        return True
    return len(want) >= 2 and set(got) <= set(want) and want[-1] in got or _inner_run(got, want) \
        or _given_name_short_form(want, got)


def _given_name_short_form(want: list[str], got: list[str]) -> bool:
    """"Sam Petrakis" is "Samuel Petrakis": the same surname, one given name a short form of the other
    (the engine's list, from the `nicknames` package)."""
    return len(want) >= 2 and len(got) >= 2 and want[1:] == got[1:] and same_given_name(want[0], got[0])


def _inner_run(got: list[str], want: list[str]) -> bool:
    """A run of a name's words past its first: "Darío Quintero" and "Quintero" are "Hernán Darío
    Quintero Lozano", who goes by the first of two surnames; "Hernán" alone is no one in particular,
    and a name with "of" in it names something else than its parts ("the family of Ana Lind")."""
    if _JOINERS & (set(got) | set(want)):
        return False
    return any(want[i:i + len(got)] == got for i in range(1, len(want) - len(got) + 1))


def _touches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _spans_of(attribution: Attribution) -> list[tuple[int, int]]:
    spans = [(attribution.content.start, attribution.content.end)]
    if attribution.cue is not None:
        spans.append((attribution.cue.start, attribution.cue.end))
    return spans


def _parts_paired(predicted: list[Attribution], statements: list, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quote split around its cue ('"A," she said. "B."') is one attribution in two parts. Some
    golds list it as one statement, others as one per part: a gold statement left unpaired that a
    paired prediction's other part holds is found too (for recall and speakers, not precision)."""
    taken = {j for _, j in pairs}
    found = []
    for i, j in pairs:
        parts = [(p.start, p.end) for p in predicted[i].content_parts]
        for part in (p for p in parts if len(parts) > 1 and not _share(p, statements[j].content)):
            k = next((k for k, g in enumerate(statements) if k not in taken and _share(part, g.content)), None)
            if k is not None:
                taken.add(k)
                found.append((i, k))
    return found


def score_article(article: PrecisionArticle, analysis: Analysis, statements_only: bool = False) -> dict:
    """Counts for one article, with its false positives and negatives listed."""
    predicted = [a for a in analysis.attributions if a.statement or not statements_only]
    pairs = greedy_pairs(predicted, article.statements, lambda p, g: _weight(p, g, analysis))
    in_parts = _parts_paired(predicted, article.statements, pairs)
    matched = {i: j for i, j in pairs}
    counts = Counter(predictions=len(predicted), gold=len(article.statements), tp=len(pairs),
                     found=len(pairs) + len(in_parts))
    text = article.text
    flat = _SPACE.sub(" ", text)  # for a gold name written across a line break
    false_positives, false_negatives, wrong_speakers, wrong_labels = [], [], [], []
    for i, j in pairs + in_parts:
        attribution, gold = predicted[i], article.statements[j]
        source = analysis.source(attribution.source_id)
        name = source.name if source else None
        stance = attribution.stance
        if speaker_matches(gold.speaker, name) or _as_far_as_written(gold.speaker, name, flat):
            counts["speaker_right"] += 1
        else:
            wrong_speakers.append({"article": article.name, "content": attribution.content.text,
                                   "speaker": name, "gold": gold.speaker,
                                   "mechanism": mechanism(attribution, analysis, gold.speaker, speaker_matches),
                                   "shape": name_shape(name, gold.speaker)})
        counts["stance_right"] += stance == gold.stance
        counts["type_right"] += attribution.type == gold.type
        if stance in HEADLINE_STANCES and stance == gold.stance:
            counts[f"{stance}_right"] += matched.get(i) == j  # a label is right once, however many parts
        elif stance != gold.stance and (stance in HEADLINE_STANCES or gold.stance in HEADLINE_STANCES):
            wrong_labels.append({"article": article.name, "content": attribution.content.text,
                                 "cue": attribution.cue.text if attribution.cue else None,
                                 "stance": stance, "gold": gold.stance})
    for i, attribution in enumerate(predicted):
        stance = attribution.stance
        if stance in HEADLINE_STANCES:
            counts[f"{stance}_predicted"] += 1
        if i in matched:
            continue
        source = analysis.source(attribution.source_id)
        hard = [n.why for n in article.not_statements if any(_touches(s, n.span) for s in _spans_of(attribution))]
        if hard:
            counts["hard_negatives_reported"] += 1
            counts.update(f"hard_{why}" for why in set(hard))
        false_positives.append({"article": article.name, "content": attribution.content.text,
                                "cue": attribution.cue.text if attribution.cue else None,
                                "speaker": source.name if source else None,
                                "stance": stance, "type": attribution.type, "statement": attribution.statement,
                                "hard_negative": sorted(set(hard)) or None})
    found = {j for _, j in pairs + in_parts}
    for j, gold in enumerate(article.statements):
        if gold.stance in HEADLINE_STANCES:
            counts[f"{gold.stance}_gold"] += 1
        if j not in found:
            false_negatives.append({"article": article.name, "content": text[gold.content[0]:gold.content[1]],
                                    "speaker": gold.speaker, "stance": gold.stance, "type": gold.type})
    counts["hard_negatives_gold"] = len(article.not_statements)
    return {"counts": counts, "false_positives": false_positives, "false_negatives": false_negatives,
            "wrong_speakers": wrong_speakers, "wrong_labels": wrong_labels}


def _as_far_as_written(gold: str, predicted: str | None, flat_text: str) -> bool:
    """A person's name the article (its whitespace runs made one space) never writes in full ("Veikko
    Kettunen" for "My father, Veikko, was an organist"), the annotator's inference, is matched by the
    opening words it does write."""
    if not predicted or _SPACE.sub(" ", gold.strip()) in flat_text:
        return False
    want, got = gold.split(), predicted.split()
    return 0 < len(got) < len(want) and want[:len(got)] == got and all(w[:1].isupper() for w in want)


def _pct(hits: int, total: int) -> float | None:
    return round(100 * hits / total, 1) if total else None


def summarise(scored: list[dict], model: str, statements_only: bool) -> dict:
    total = sum((s["counts"] for s in scored), Counter())
    tp, found = total["tp"], total["found"]
    precision, recall = _pct(tp, total["predictions"]), _pct(found, total["gold"])
    f1 = round(2 * precision * recall / (precision + recall), 1) if precision and recall else None
    labels = {stance: {"predicted": total[f"{stance}_predicted"], "right": total[f"{stance}_right"],
                       "gold": total[f"{stance}_gold"],
                       "precision": _pct(total[f"{stance}_right"], total[f"{stance}_predicted"])}
              for stance in HEADLINE_STANCES}
    hard_by_why = {key[len("hard_"):]: n for key, n in sorted(total.items())
                   if key.startswith("hard_") and not key.startswith("hard_negatives")}
    return {"model": model, "statements_only": statements_only, "articles": len(scored),
            "predictions": total["predictions"], "gold": total["gold"], "true_positives": tp,
            "gold_found": found,
            "precision": precision, "recall": recall, "f1": f1,
            "speaker_right": total["speaker_right"], "speaker_accuracy": _pct(total["speaker_right"], found),
            "stance_right": total["stance_right"], "stance_accuracy": _pct(total["stance_right"], found),
            "type_accuracy": _pct(total["type_right"], found), "labels": labels,
            "hard_negatives": {"gold": total["hard_negatives_gold"], "reported": total["hard_negatives_reported"],
                               "by_why": hard_by_why},
            "false_positives": [fp for s in scored for fp in s["false_positives"]],
            "false_negatives": [fn for s in scored for fn in s["false_negatives"]],
            "wrong_speakers": [w for s in scored for w in s["wrong_speakers"]],
            "wrong_speakers_by": {key: dict(Counter(w[key] for s in scored for w in s["wrong_speakers"]).most_common())
                                  for key in ("mechanism", "shape")},
            "wrong_labels": [w for s in scored for w in s["wrong_labels"]]}


def score_precision(articles: list[PrecisionArticle], model: str, statements_only: bool = False) -> dict:
    from sourcetrace.engine.engine import Engine
    analyses = Engine(profile=model).pipe([a.text for a in articles])
    scored = [score_article(article, analysis, statements_only) for article, analysis in zip(articles, analyses)]
    return summarise(scored, model, statements_only)
