"""Question-and-answer layout: "Q: … / A: …" paragraphs after an introduction, or the same
without the letters (each question a paragraph of its own) after one that says it is an interview,
or with each turn labelled by who speaks ("Kyiv Ledger: …" / "Hnatyuk: …", a court's "Marsh: …" /
"Okafor: …").

Each answer is the interviewee's own words, a direct quote with no cue; each question is the
interviewer's, a direct quote with the stance "question". The interviewee is the person the
introduction names most often (first named, on a tie): "a Q&A with retiring river pilot Agnes
Mbeki … She spoke to the Gazette". The interviewer is the one a turn's label names ("KL:" is the
Kevin Lorne the introduction names; "The Beacon:" the outlet), else the one the introduction says
the interviewee spoke to ("spoke to the Gazette's Ivo Marsh", "Our reporter Mia Dunn asked him"),
else the "Q" label itself, an interviewer not named. A label ("Achebe:") is no part of the words. The layout counts only with two
questions and two answers at least, so a lone "A:" line is left to the other extractors.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from . import extractors
from .base import Found
from .precision import statement_words
from .syntax import trim
from ..lexicon import is_title_word, name_list, name_particles, word_pairs
from ..parse import breaks, text_of

QUESTION = re.compile(r"(?m)^[ \t]*(Q|Question)[ \t]*[:.][ \t]+(\S[^\n]*)")
ANSWER = re.compile(r"(?m)^[ \t]*(?:A|Answer)[ \t]*[:.][ \t]+(\S[^\n]*)")
# A turn's speaker label: "KL: ", "Achebe: ", "The Beacon: ", "Nadia el-Sherbiny: " (capitalised
# words, perhaps with a name's particles, before a colon).
# (a capital of any Latin script: "Kauno Žinios: …")
CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
LABEL_FORM = (r"[ \t]*((?:The )?[%s][\w.'’&-]*(?:[ \t]+{particles}[%s][\w.'’&-]*){{0,2}})[ \t]*:[ \t]+(?=\S)"
              % (CAPITAL, CAPITAL))
QUESTION_LETTERS = {"Q", "Question"}  # a question's label that names no asker
LETTERS = QUESTION_LETTERS | {"A", "Answer"}
# "She spoke to the Gazette's Ivo Marsh", "He sat down with Mia Dunn ahead of …", "This conversation
# with radio host Paul Vickery has been edited"
SPOKE_TO = re.compile(r"\b(?:spoke|speaks|talked|talks|sat down|sits down|chatted|chats|conversation|interview)"
                      r"\s+(?:to|with)\s+(.{1,80}?)"
                      r"(?=[.,;:]|\s+(?:about|ahead|before|after|at|in|on|for|from|over|this|last|has|was|is|to)\b)")
# "Our reporter Mia Dunn asked him …"
ASKED_BY = re.compile(r"((?:[A-Z][\w'’-]+[ \t]+){1,2}[A-Z][\w'’-]+)[ \t]+asked[ \t]+(?:him|her|them)\b")
# "By Ivo Marsh", "Interview by Ivo Marsh | The Gazette", "Interview: Ivo Marsh", "Interviewed by …",
# also after a masthead's bar ("The Gazette | Food | Interview by Ivo Marsh")
BYLINE = re.compile(r"(?m)(?:^|[|·•])[ \t]*(?:By|Interview(?:ed)?[ \t]+by|Interview[ \t]*:)[ \t]+"
                    r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,4})")
# a name's words, with its particles and a nickname in quote marks ("Bhagwandin 'Bags' Ramcharran")
NAME_RUN_FORM = r"[A-Z][\w'’-]*(?:[ \t]+(?:[\"“‘'][A-Z][\w-]*[\"”’'][ \t]+)?{particles}[A-Z][\w'’-]*)*"
# a headline's "Interview: Ugaas Muse Jama Gurey on elders …" names the interviewee, not the writer
_HEADLINE_GOES_ON = re.compile(r"[ \t]+[a-z]")
MIN_TURNS = 2
SHORT_LINE = 5  # words


def _particles_form() -> str:
    words = "|".join(re.escape(w) for w in sorted(name_particles(), key=len, reverse=True))
    return rf"(?:(?:{words})(?:[ \t]+|-))*"


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    return re.compile(LABEL_FORM.format(particles=_particles_form()))


@lru_cache(maxsize=1)
def _name_run() -> re.Pattern:
    return re.compile(NAME_RUN_FORM.format(particles=_particles_form()))


def _labelled_interviewee(text: str, before: int, answers: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the answers carry the interviewee's surname as their label ("BAPTISTE:", "Achebe:"),
    the first full name in the introduction that ends in it."""
    written = {text[label[0]:label[1]] for label, _ in (_unlabelled(text, a) for a in answers) if label}
    longest = max(written, key=len, default="")
    if not written or not all(_same_label(label, longest) for label in written):
        return None
    labels = {longest.lower()}  # "Rosa Elena Huamán:" and then "RH:" label one answerer
    runs = list(_name_run().finditer(text, 0, before))
    for run in runs:
        words = run.group().split()
        if len(words) >= 2 and words[-1].lower() in labels:
            return run.span()
    # "MORA:" for the Gabriela Mora Chavarría the introduction names (of two surnames, the first is
    # the one a name goes by), "Dr Rowshan Ara:" for Dr Mst Rowshan Ara Begum: the label's words,
    # its titles aside, inside a name
    said = [w for w in longest.lower().split() if not is_title_word(w)]
    for run in runs:
        words = run.group().lower().split()
        if said and len(words) > len(said) and any(words[k:k + len(said)] == said for k in range(1, len(words))):
            return run.span()
    # "RS:" for the Ravi Subramaniam the introduction names: initials, a word's first letter each
    for run in runs:
        words = run.group().split()
        if len(words) >= 2 and _initials(words).lower() in labels:
            return run.span()
    # "Sutrisno:" for the Sutrisno the introduction names alone: one who goes by one name (or the
    # label is the whole name) answers as the label says, whoever else the introduction names
    for run in runs:
        if run.group().lower() in labels and run.group() not in LETTERS \
                and not text[max(0, run.start() - 4):run.start()].lower().endswith("the "):
            return run.span()
    return None


def _interviewee(doc: Doc, before: int) -> tuple[int, int] | None:
    """Where the introduction first gives, in full, the person it names most often: a run of two
    or three proper nouns opening with a known first name (the tagger often misses a name set in
    a headline), or, where no run opens so, with a name the tagger calls a person's ("Lystra"), or
    else with the word after a title ("Dr. Tenzing Lhamo Dorji"). The byline's writer asks, never
    answers; a later mention by surname alone ("Benn declined to discuss …") counts for the person
    named in full with it."""
    tokens = [t for t in doc if t.idx + len(t.text) <= before]
    byline = _byline(text_of(doc), before)
    for opens in (lambda t: _first_name(t.text), lambda t: t.ent_iob_ == "B" and t.ent_type_ == "PERSON",
                  lambda t: t.i > 0 and _a_title(doc[t.i - 1])):
        names = _name_runs(doc, tokens, opens)
        if byline:
            # every run inside the byline's name: "By Rafael Emilio Guzmán Tejada" holds two of three words
            start, end = byline.span(1)
            names = {name: kept for name, spans in names.items()
                     if (kept := [(s, e) for s, e in spans if not (start <= s and e <= end)])}
        if names:
            best = max(names, key=lambda name: (_mentions(doc, tokens, name, names[name]), -names[name][0][0]))
            return names[best][0]
    return None


def _mentions(doc: Doc, tokens: list, name: str, spans: list[tuple[int, int]]) -> int:
    """How often the introduction names `name`: in full, or by its surname alone after it is given."""
    surname, first = name.split()[-1], spans[0][0]
    alone = sum(1 for t in tokens if t.text == surname and t.idx > first
                and not any(start <= t.idx < end for start, end in spans))
    return len(spans) + alone


def _name_runs(doc: Doc, tokens: list, opens) -> dict[str, list[tuple[int, int]]]:
    """Each run of two or three proper nouns whose first word `opens` a name, by its words."""
    names: dict[str, list[tuple[int, int]]] = {}
    for i, token in enumerate(tokens):
        if token.pos_ != "PROPN" or not token.is_title or not opens(token):
            continue
        if i and tokens[i - 1].lower_ == "the":
            continue  # "the Kell Herald": a person's name takes no article
        if i and _inside_capitals(tokens[i - 1]):
            continue  # "the Outstanding Young Clinician award": no name opens inside a run of capitals
        run, parts = [token], 1
        while parts < 3 and i + len(run) < len(tokens):
            nxt = tokens[i + len(run)]
            if nxt.text == "-" and not run[-1].whitespace_ and not nxt.whitespace_ \
                    and i + len(run) + 1 < len(tokens) and tokens[i + len(run) + 1].is_title:
                run += [nxt, tokens[i + len(run) + 1]]  # "Ferreira-Lund"
            elif nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and run[-1].whitespace_:
                run.append(nxt)
                parts += 1
            elif run[-1].whitespace_ and (linked := _past_particles(tokens, i + len(run))):
                run += linked  # "Nadia el-Sherbiny", "Rafael van der Berg"
                parts += 1
            else:
                break
        if len(run) >= 2:
            span = (run[0].idx, run[-1].idx + len(run[-1].text))
            if not _a_line_of_its_own(text_of(doc), span):  # the outlet under a byline ("Santo Domingo Monitor")
                names.setdefault(text_of(doc)[span[0]:span[1]], []).append(span)
    return names


def _inside_capitals(before) -> bool:
    """Whether the word before a run is a capitalised word of the same run, not a title before a name
    ("Dr.", "Mayor") nor a sentence's first word."""
    return before.is_title and before.is_alpha and not before.is_sent_start and not _a_title(before)


def _a_title(token) -> bool:
    """A title or a form of address ("Dr.", "Mayor", "Hadj"), or a name's particle ("El")."""
    return is_title_word(token.text) or token.lower_.rstrip(".") in word_pairs("address_names") \
        or token.lower_ in name_particles()


LINE_SEPARATORS = {"|", "·", "•", "/", "—", "–", "-"}
MASTHEAD_BARS = re.compile(r"[ \t][|·•][ \t]")


def _a_line_of_its_own(text: str, span: tuple[int, int]) -> bool:
    """A run on a short line of capitalised words alone, perhaps parted by a bar or a dot: an
    outlet's or a desk's name under a byline ("Druk Weekly | THIMPHU"); or alone between a
    masthead's bars ("Harbour Weekly | Food | Interview by …")."""
    start, end = text.rfind("\n", 0, span[0]) + 1, text.find("\n", span[1])
    line = text[start:end if end >= 0 else len(text)]
    words = [w for w in line.split() if w not in LINE_SEPARATORS]
    if len(words) <= SHORT_LINE and all(w[:1].isupper() for w in words):
        return True
    at = 0
    for part in MASTHEAD_BARS.split(line):  # the part of a barred line that holds the run
        at = line.index(part, at)
        if start + at <= span[0] and span[1] <= start + at + len(part):
            return len(line) > len(part) and len(part.split()) <= SHORT_LINE \
                and all(w[:1].isupper() for w in part.split())
        at += len(part)
    return False


def _past_particles(tokens: list, at: int) -> list:
    """The name's particles from `at` ("el", "-" / "van der") with the capitalised word after them,
    or [] where `at` holds no particle or no such word follows."""
    end = at
    while end < len(tokens) and tokens[end].lower_ in name_particles() and tokens[end].text.islower():
        end += 1
        if end < len(tokens) and tokens[end].text == "-" and not tokens[end - 1].whitespace_:
            end += 1
    if end == at or end >= len(tokens) or not tokens[end].text[:1].isupper() or not tokens[end].is_alpha:
        return []
    return tokens[at:end + 1]


def _first_name(word: str) -> bool:
    return name_list().get_gender(word) != "unknown"


@extractors.register("interview")
def extract_interview(doc: Doc) -> list[Found]:
    text = text_of(doc)
    questions = [(q.span(1), q.span(2)) for q in QUESTION.finditer(text)]
    answers = [a.span(1) for a in ANSWER.finditer(text)]
    if len(questions) < MIN_TURNS or len(answers) < MIN_TURNS:
        turns = max(_unmarked_turns(text), _labelled_turns(text), key=len)
        if not turns:
            return []
        questions, answers = [_unlabelled(text, q) for q, _ in turns], [a for _, a in turns]
    first = min(words[0] for _, words in questions)
    first = text.rfind("\n", 0, first) + 1
    who = _labelled_interviewee(text, first, answers) or _interviewee(doc, first)
    if who is None:
        return []
    out = []
    for answer in answers:
        content = trim(doc, *_unlabelled(text, answer)[1])
        if content:
            out.append(Found(content=[content], cue=None, source=who, type="direct", extractor="interview"))
    for label, words in questions:
        content = trim(doc, *words)
        if content:
            # with no one named as asking, a "Q" label stands for the interviewer (resolve/initials.py)
            asker = _interviewer(text, first, label, who) or label
            out.append(Found(content=[content], cue=None, source=asker, type="direct", stance="question",
                             extractor="interview"))
    return out


def _unlabelled(text: str, turn: tuple[int, int]) -> tuple[tuple[int, int] | None, tuple[int, int]]:
    """A turn's speaker label (its offsets, or None) and its words after the label."""
    label = _label().match(text, *turn)
    if label is None:
        return None, turn
    return label.span(1), (label.end(), turn[1])


def _interviewer(text: str, intro_end: int, label: tuple[int, int] | None,
                 interviewee: tuple[int, int]) -> tuple[int, int] | None:
    """Who asks: the initials a label gives ("KL:"), else the byline's writer, else the label itself where it is a name ("The Beacon:"), else the one the
    introduction says asked or was spoken to (or, where the interviewee is the one spoken to, who
    spoke to them: "the Ledger spoke with Denise Kwasnicki"); None where nothing says."""
    said = text[label[0]:label[1]] if label else ""
    intro = text[:intro_end]
    byline = _byline(intro, len(intro))
    if said.isupper() and 2 <= len(said) <= 4 and said not in LETTERS \
            and (byline is None or _someones_initials(intro, said)):
        return label  # initials: the person named in full with them (resolve/initials.py)
    if (written := _in_capitals(intro, said)) is not None:
        return written
    if said and (writer := _outlets_writer(intro, said)) is not None:
        return writer  # "Weekly:" after "sat down with the Weekly's Sharline Rosaria"
    if (named := _surname_in_full(intro, said)) is not None:
        return named  # a court's "Marsh:" is prosecutor Ivo Marsh, whoever wrote the story
    if byline:
        return byline.span(1)  # the writer asks, whatever the label ("ISW:", the outlet's letters)
    if said and said not in LETTERS:
        return label
    asked = ASKED_BY.search(intro)
    if asked:
        return asked.span(1)
    spoke = SPOKE_TO.search(intro)
    if spoke is None:
        return None
    start, end = spoke.span(1)
    owner = max(intro.rfind("'s ", start, end), intro.rfind("’s ", start, end))
    of = intro.find(" of ", start, end)
    runs = list(_name_run().finditer(intro, owner + 3 if owner >= 0 else start, of if of > 0 else end))
    if not runs:
        return None
    run = runs[-1]  # "Arts Desk reporter Simon Achterberg": the name nearest the end
    if text[run.start():run.end()] == text[interviewee[0]:interviewee[1]]:
        runs = list(_name_run().finditer(intro, max(0, spoke.start() - 60), spoke.start()))
        if not runs or intro[runs[-1].end():spoke.start()].strip() or not intro[spoke.start()].islower() \
                or intro[spoke.start():spoke.start() + 12].startswith(("conversation", "interview")):
            return None  # "She spoke with …", "This interview with …": only a name right before a verb asks
        run = runs[-1]
    the = intro[max(0, run.start() - 4):run.start()]
    return (run.start() - 4 if the.lower() == "the " else run.start()), run.end()  # "the Gazette"


def _outlets_writer(intro: str, outlet: str) -> tuple[int, int] | None:
    """The name the introduction gives as the outlet's own, where the interviewee spoke to it
    ("sat down with the Weekly's Sharline Rosaria" for the label "Weekly")."""
    spoke = SPOKE_TO.search(intro)
    if spoke is None:
        return None
    start, end = spoke.span(1)
    owned = re.match(r"(?:the\s+)?(.+?)['’]s\s+", intro[start:end], re.I)
    if owned is None or owned.group(1).split()[-1] != outlet.split()[-1]:
        return None
    run = _name_run().search(intro, start + owned.end(), end)
    return run.span() if run is not None and len(run.group().split()) >= 2 else None


def _byline(text: str, before: int) -> re.Match | None:
    """The first byline before `before`; an "Interview:" line that goes on in small letters past
    the name is a headline ("Interview: Ugaas Muse Jama Gurey on elders"), not a byline."""
    for byline in BYLINE.finditer(text, 0, before):
        if not (byline.group().lstrip(" \t|·•").startswith("Interview") and ":" in byline.group()
                and _HEADLINE_GOES_ON.match(text, byline.end())):
            return byline
    return None


def _surname_in_full(intro: str, said: str) -> tuple[int, int] | None:
    """"Marsh:" of the Ivo Marsh the introduction names: a one-word label that ends a full name; an
    outlet's masthead on a line of its own ("Hargeisa Tribune | Sunday Interview") names no one."""
    if " " in said or not said.istitle() or said in LETTERS:
        return None
    return next((run.span() for run in _name_run().finditer(intro)
                 if len(words := run.group().split()) >= 2 and words[-1] == said
                 and not _a_line_of_its_own(intro, run.span())), None)


def _someones_initials(intro: str, said: str) -> bool:
    """Whether the introduction names a person with these initials ("KL" of Kate Lindqvist), the
    first word a given name; an outlet's ("ISW", Iten Sports Weekly) is no one's."""
    return any(_first_name(run.group().split()[0]) and _initials(run.group().split()) == said
               for run in _name_run().finditer(intro))


def _initials(words: list[str]) -> str:
    """"RS" of Ravi Subramaniam: each word's first letter."""
    return "".join(w[0] for w in words)


def _in_capitals(intro: str, said: str) -> tuple[int, int] | None:
    """"SAM OKORO:", "OKORO:" are the Sam Okoro the introduction names: a label set in capitals,
    where the introduction gives the same words in ordinary case, a lone surname with the first
    name before it (a label's capitals are its typesetting, not the name)."""
    if not said.isupper() or not said.replace(" ", "").isalpha() or len(said) < 3:
        return None  # "AS:" is initials, not the "as" of a sentence
    words = r"\s+".join(map(re.escape, said.split()))
    first = r"(?:[A-Z][\w'’-]+[ \t]+)?" if len(said.split()) == 1 else ""
    found = re.search(rf"{first}\b(?i:{words})\b", intro)
    return found.span() if found is not None and not found.group().isupper() else None


MAX_QUESTION_WORDS = 30
# of the paragraphs from the first question to the last answer, the share that are questions and
# answers: a reporter's aside between turns ("The minister's office did not respond …") is allowed
MIN_TURN_SHARE = 0.75


def _unmarked_turns(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """A Q&A set without "Q:"/"A:": paragraphs that are one short question each, every one followed
    by a paragraph of answer. Each question and its answer, the one paragraph right after it (what
    follows the last turns is the reporter's again); none without two turns at least."""
    paragraphs = breaks.paragraphs(text)
    turns: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for k, (start, end) in enumerate(paragraphs[:-1]):
        nxt = paragraphs[k + 1]
        if _lone_question(text[start:end]) and not _lone_question(text[nxt[0]:nxt[1]]):
            turns.append(((start, end), nxt))
    if len(turns) < MIN_TURNS:
        return []
    first_at = next(k for k, span in enumerate(paragraphs) if span == turns[0][0])
    last_at = next(k for k, span in enumerate(paragraphs) if span == turns[-1][1])
    if 2 * len(turns) < MIN_TURN_SHARE * (last_at - first_at + 1):
        return []  # a story with a question or two set as subheads, not questions and answers in turn
    intro = text[:turns[0][0][0]].lower()
    if not any(marker in intro for marker in statement_words()["interview_markers"]):
        return []  # an explainer's question subheads ("What happens next?") are no interview
    return turns


def _labelled_turns(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """A Q&A whose turns are labelled by who speaks, not by "Q:"/"A:" alone ("Kyiv Ledger: How many
    …?" / "Hnatyuk: Sixty-one …", "Q: …" / "Noorzai: …", a court's "Seitkaliyev: …" /
    "Kenzhebayeva: …"): consecutive paragraphs that open with two labels in turn, two turns each at
    least, the first label's mostly questions, no third label taking a turn next to them. Each
    question and the answer after it; none otherwise. An answer may be a question back, and a
    question a remark ("Your brother is also in the trade."), which the unlabelled layout cannot
    tell apart."""
    labelled = [(span, text[label.start(1):label.end(1)]) if (label := _label().match(text, *span)) else (span, None)
                for span in breaks.paragraphs(text)]
    best: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for k in range(len(labelled) - 1):
        asker, answerer = labelled[k][1], labelled[k + 1][1]
        if asker is None or answerer is None or _same_label(asker, answerer) or k and labelled[k - 1][1]:
            continue  # a run opens after a paragraph that no one's label opens
        turns = []
        at = k
        while at + 1 < len(labelled) and _same_label(labelled[at][1], asker) \
                and _same_label(labelled[at + 1][1], answerer):
            turns.append((labelled[at][0], labelled[at + 1][0]))
            at += 2
        if at < len(labelled) and labelled[at][1]:
            continue  # a third voice takes a turn ("CALLER: …"): a transcript, not one asking another
        asked = sum(text[q[0]:q[1]].rstrip().endswith("?") for q, _ in turns)
        if len(turns) >= MIN_TURNS and 2 * asked >= len(turns) and len(turns) > len(best):
            best = turns
    return best


def _same_label(a: str | None, b: str | None) -> bool:
    """"Andes Semanal:" and then "AS:", "Rosa Elena Huamán:" and then "RH:" (the first and last
    words' initials): a label given in full at the first turn and by its initials after."""
    if a is None or b is None:
        return False
    for full, short in ((a, b), (b, a)):
        words = full.split()
        if len(words) >= 2 and short.isupper() and short in (_initials(words), words[0][0] + words[-1][0]):
            return True
    return a == b


def _lone_question(paragraph: str) -> bool:
    """One line of a few words closed by a question mark, perhaps after one sentence that sets it
    up ("Some critics have called the album a step down. How do you answer that?"); not a quote."""
    line = paragraph.strip()
    return "\n" not in line and line.endswith("?") and len(line.split()) <= MAX_QUESTION_WORDS \
        and len(re.findall(r"[.!?][\"'”’]?(?:\s|$)", line)) <= 2 and not line.startswith(('"', "“", "'", "‘"))
