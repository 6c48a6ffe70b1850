"""Bodies called as a reader calls them: a short name ("Veltrix"), an acronym ("NFA") or a word
for a body ("the township", "police", "their union", "the company") stands for the one body the
text names in full ("Veltrix Systems", "the Northern Football Association", "Township of Ardmore
Falls"). Where the text names two bodies that fit (a match report's two clubs, a merger's two
firms), none is guessed. The whole text counts, not only what came before: a headline
("… township says") is written after the story that names the body.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..extract.syntax import cue_verb_stance
from ..lexicon import kind_words, load_json, word_set
from ..parse import english_words, entities_of, entity_at, scratch, text_of
from . import contrary, gender
from .legal_forms import without_legal_form
from .firm_just_named import firm_just_named
from .body_just_named import body_just_named
from .owned_by_people import people_word
from .portfolios import other_field

BODY_LABELS = ("ORG", "GPE", "FAC")
PLACE_LABELS = ("GPE", "LOC", "NORP")
# Words that join a body's name and give it no initial: "Northern Football Association" and
# "Department for Work and Pensions" are NFA and DWP.
INITIAL_SKIPS = {"of", "the", "and", "for", "&", "in", "on", "at", "to"}
_POSSESSIVE = re.compile(r"['’]s?$")
CORPORATE = re.compile(r"\b(?:Inc|Ltd|Corp|LLC|plc|Co)\b\.?")


BRACKETED_SHORT_FORM = re.compile(r"\s*\(\s*[A-Za-z][\w.&-]{0,12}\s*\)?\s*$")


def without_short_form(name: str) -> str:
    """"researchers from the Pwani Institute of Medical Research (PIMR)": a body's short form in
    brackets at the end of words for it, or a bracket the span cut open ("(PIMR"), is no part of them."""
    return BRACKETED_SHORT_FORM.sub("", name) or name


def clean(name: str) -> str:
    name = _POSSESSIVE.sub("", name.strip())
    name = name[4:] if name.lower().startswith("the ") else name
    return _without_level(name)


def _without_level(name: str) -> str:
    """"the state Office of the Inspector General": a level of government in lower case before a
    body's name in capitals (kinds.json `jurisdiction_words`) says where it sits, not what it is called."""
    level, _, rest = name.partition(" ")
    return rest if level in kind_words()["jurisdiction_words"] and rest[:1].isupper() and " " in rest else name


def body_names(doc: Doc) -> tuple[str, ...]:
    """The names of several words the text gives bodies, each once, in order: the tagger's
    organisations (and places and buildings, "Township of Ardmore Falls"), and any name that
    ends as only firms' names do ("Pelham Residential", whatever the tagger took it for)."""
    memory = scratch(doc)
    if "body_names" not in memory:
        firm_ends = kind_words()["firm_name_words"]
        names: dict[str, None] = {}
        for e in _joined_at_and(entities_of(doc)):
            if any(t.like_num for t in e):
                continue
            full = _with_place_after(_with_acronym(_with_portfolio(_with_parts_joined(e))))
            if e.label_ in BODY_LABELS or len(e) > 1 and e[-1].lower_ in firm_ends or opens_on_acronym(full.text) \
                    or by_legal_form(full.text) or e.label_ in FIRM_LABELS and said_to_be_a_firm(full) \
                    or _ends_on_kind_abroad(e):
                name = clean(full.text)
                if len(name.split()) > 1 and name[:1].isupper():
                    names[name] = None
        for name in _untagged_firms(doc, firm_ends | kind_words()["club_name_words"]) + _untagged_acronyms(doc) \
                + named_abroad(doc) + _spelled_before_brackets(doc):
            names.setdefault(name, None)
        memory["names_as_written"] = frozenset(names)
        memory["body_names"] = _once_each(names)
    return memory["body_names"]


def as_called(doc: Doc, name: str, called: list[str]) -> str:
    """"Gulf Crescent Logistics K.S.C.P." where the text also calls the firm "Gulf Crescent
    Logistics" (a name of a body it gives, or one of the firm's own mentions, `called`): the name
    without its legal form (legal_forms.py), as the text's reader hears it; a firm only ever named
    with its form ("Rio Andino SpA") keeps it."""
    bare = without_legal_form(name)
    if bare == name:
        return name
    body_names(doc)
    return bare if bare in scratch(doc)["names_as_written"] or bare in called else name


DASHED_TAIL = re.compile(r"\s+[-–—]\s.*$")


def _once_each(names: dict[str, None]) -> tuple[str, ...]:
    """"Brightwell Logistics" and "Brightwell Logistics Inc." (or "… K.S.C.P.", "… Pte Ltd": any
    legal form, legal_forms.py) are one firm, named as first met; a subject line's "Kessock
    Maltings plc - full-year results" names the firm before the dash."""
    kept: dict[str, str] = {}
    for name in names:
        name = DASHED_TAIL.sub("", name)
        kept.setdefault(without_legal_form(name), name)
    return tuple(n for n in kept.values() if len(n.split()) > 1)


NAME_JOINS = ("and", "&", "of", "for")


def _joined_at_and(entities: tuple[Span, ...]) -> list[Span]:
    """"The Philippine Atmospheric, Geophysical and | Astronomical Services Administration": no
    body's name ends on the word that joins its parts, so an organisation the tagger cut there
    runs on into the organisation it tagged right after. Cut on both sides of the joining word
    ("Harwick Water and Dunmore Energy" may be two bodies), it is one where the letters in
    brackets after it are the whole name's ("… Seismic, Volcanic and Coastal Monitoring Authority (MSVCMA)")."""
    joined: list[Span] = []
    for e in entities:
        last = joined[-1] if joined else None
        if last is not None and last.label_ == e.label_ == "ORG" and (
                last.end == e.start and last[-1].lower_ in NAME_JOINS
                or last.end + 1 == e.start and e.doc[last.end].lower_ in NAME_JOINS
                and (_bracketed_letters_after(e) == initials(clean(e.doc[last.start:e.end].text))
                     or _portfolio_joined(last, e))):
            joined[-1] = Span(e.doc, last.start, e.end, label="ORG")
        else:
            joined.append(e)
    return joined


def _portfolio_joined(last: Span, e: Span) -> bool:
    """"Ministry of Marine Resources | and | Coastal Communities": a body named by its portfolio
    after "of" (kinds.json `portfolio_heads`) joins two fields with "and"; the capitals after it,
    themselves no body (no word for one, no place), finish the name."""
    doc = e.doc
    if doc[last.end].lower_ != "and" or not any(t.lower_ == "of" for t in last):
        return False
    head = next((t for t in last if t.dep_ != "det"), None)
    words = kind_words()
    return head is not None and head.lower_ in words["portfolio_heads"] \
        and all(t.is_title and t.lower_ not in words["organization"] and t.ent_type_ == "ORG" for t in e)


# Words that join a name's parts in the languages bodies abroad are named in ("Instituto Nacional
# de Estadística y Censos", "Instituto Brasileiro de Geografia e Estatística"): never an English
# list's "and", so the capitals after one are more of the same name.
FOREIGN_JOINS = ("y", "e", "et", "und")
FOREIGN_PARTICLES = word_set("body_name_particles")
ELIDED = re.compile(r"[dlDL]['’][^\W\d_]+")  # "l'Ouest", "d’électricité": an article or particle run on


def _with_parts_joined(e: Span) -> Span:
    """An organisation's name the tagger ended before "y"/"e"/"et" and the capitals after it."""
    doc, k = e.doc, e.end
    if e.label_ != "ORG" or k + 1 >= len(doc) or doc[k].text not in FOREIGN_JOINS or not doc[k + 1].is_title:
        return e
    k += 1
    while k < len(doc) and (doc[k].is_title and doc[k].is_alpha
                            or doc[k].lower_ in FOREIGN_PARTICLES and k + 1 < len(doc) and doc[k + 1].is_title):
        k += 1
    return doc[e.start:k]


def _bracketed_letters_after(e: Span) -> str | None:
    doc, k = e.doc, e.end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].is_upper:
        return doc[k + 1].text
    return None


def _untagged_firms(doc: Doc, firm_ends: frozenset[str]) -> list[str]:
    """"Tollbridge Rail", "Pacific Summit Energy" where the tagger saw no entity: a run of two or
    more proper nouns in capitals, outside any entity, ending in a word only firms' names end in."""
    found, run = [], []
    for t in [*doc, None]:
        if t is not None and t.pos_ == "PROPN" and t.is_title and not t.ent_type_:
            run.append(t)
            continue
        if len(run) > 1 and run[-1].lower_ in firm_ends and not gender.is_first_name(run[0].text):
            found.append(" ".join(w.text for w in run))
        run = []
    return found


TITLE_WORDS_AFTER_HEAD = 3


@lru_cache(maxsize=1)
def words_for_kinds_abroad() -> frozenset[str]:
    """Every word kinds.json `kinds_abroad` gives for a kind of body ("fundación", "stiftung")."""
    return frozenset(w for words in load_json("kinds.json")["kinds_abroad"].values() for w in words)


def _ends_on_kind_abroad(e: Span) -> bool:
    """"Holmgaard Fonden", "Bertelsmann Stiftung", "Wallenberg Stiftelsen": north of the Alps the
    word for the kind ends the name (kinds.json `kinds_abroad`), whatever the tagger took it for."""
    heads = words_for_kinds_abroad()
    return len(e) > 1 and e[-1].is_title and e[-1].lower_ in heads and e[0].is_title


def named_abroad(doc: Doc) -> list[str]:
    """"Ministério da Saúde e Assistência", "Superintendencia de Bancos y Seguros", "Syndicat unifié
    des cheminots", whatever the tagger made of them: a word that heads bodies' names abroad
    (kinds.json `kinds_abroad`) in capitals, and the words of the name, particles and joining words
    after it (`_word_abroad`)."""
    return list(named_abroad_at(doc).values())


def named_abroad_at(doc: Doc) -> dict[int, str]:
    """`named_abroad`'s names by the token each opens on."""
    memory = scratch(doc)
    if "named_abroad" in memory:
        return memory["named_abroad"]
    heads = words_for_kinds_abroad()
    found, k = {}, 0
    while k < len(doc):
        if not (doc[k].is_title and doc[k].lower_ in heads):
            k += 1
            continue
        end = k + 1
        # "Fundação Casa Verde de Apoio Rural", "Syndicat unifié des cheminots": capitals, or words
        # in small letters that are no English words, may come before the first particle
        while end < len(doc) and end - k <= TITLE_WORDS_AFTER_HEAD and _word_abroad(doc[end]) \
                and not doc[end].is_sent_start:
            end += 1
        while end + 1 < len(doc) and (doc[end].lower_ in FOREIGN_PARTICLES or doc[end].text in FOREIGN_JOINS):
            after = end + 1 + (doc[end + 1].lower_ in FOREIGN_PARTICLES)  # "de la Côte Bleue"
            # after a particle any word goes on the name ("Association des usagers du train")
            if after >= len(doc) or not (doc[after].is_alpha and (doc[after].is_title or doc[after].is_lower)
                                         or ELIDED.fullmatch(doc[after].text)):
                break
            end = after + 1
            while end < len(doc) and _word_abroad(doc[end]):
                end += 1
        if end - k >= 3:
            found[k] = doc[k:end].text
        k = end
    memory["named_abroad"] = found
    return found


SPELLED_WORDS_MOST = 12  # "Ministry of Labour and Vocational Training (MLVT)": words back from the bracket


def _spelled_before_brackets(doc: Doc) -> list[str]:
    """"the Plan and Budget Organization (PBO)", whatever the tagger made of it: the words just
    before letters in brackets whose initials spell them are a body's name."""
    found = []
    for t in doc[1:-2]:
        if t.text != "(" or doc[t.i + 2].text != ")":
            continue
        letters = doc[t.i + 1].text
        if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 8):
            continue
        for k in range(t.i - 1, max(t.i - 1 - SPELLED_WORDS_MOST, -1), -1):
            name = doc[k:t.i].text
            if doc[k].is_punct:
                break
            if doc[k].is_title and letters in (initials(name), initials_of_every_word(name)):
                found.append(name)
                break
            if doc[k].is_sent_start:
                break
    return found


def _word_abroad(token: Token) -> bool:
    """A word of a body's name abroad: in capitals, or in small letters and no English word
    ("unifié", "petits métiers"; "said" and "from" end the name), or elided with its article ("l'Ouest")."""
    return ELIDED.fullmatch(token.text) is not None or token.is_alpha and (
        token.is_title or token.is_lower and token.lower_ not in FOREIGN_PARTICLES
        and token.text not in FOREIGN_JOINS and not token.is_stop and not _common(token.text))


def _untagged_acronyms(doc: Doc) -> list[str]:
    """"NHS Glenmorven said" where the tagger saw no entity: a run of proper nouns outside any entity
    that opens on a body's letters (`opens_on_acronym`)."""
    found, run = [], []
    for t in [*doc, None]:
        if t is not None and t.pos_ == "PROPN" and (t.is_title or t.is_upper) and not t.ent_type_:
            run.append(t)
            continue
        if len(run) > 1 and opens_on_acronym(" ".join(w.text for w in run)):
            found.append(" ".join(w.text for w in run))
        run = []
    return found


def _with_portfolio(e: Span) -> Span:
    """"Fisheries and Oceans Canada" that the tagger cut to "Oceans Canada": a common word in
    capitals and "and" just before an organisation's name, opening its sentence or set after a
    word in lower case, are the name's first words."""
    doc, k = e.doc, e.start
    if e.label_ != "ORG" or k < 2 or doc[k - 1].lower_ not in ("and", "&"):
        return e
    word = doc[k - 2]
    # the tagger may have made the word a body of its own ("Fisheries" and "Oceans Canada")
    alone = word.ent_type_ == "ORG" and (own := entity_at(doc, word.i)) is not None and len(own) == 1
    if not word.is_title or word.ent_type_ and not alone or not _common(word.lower_) or gender.is_first_name(word.text) \
            or word.i > word.sent.start and doc[word.i - 1].is_title:
        return e
    return doc[k - 2:e.end]


def _with_acronym(e: Span) -> Span:
    """"NHS Glenmorven" with only "Glenmorven" tagged: a body's letters in capitals just before the
    name, outside any other entity, are its first word (`opens_on_acronym`)."""
    doc, k = e.doc, e.start
    if k == 0 or doc[k - 1].ent_type_ or not doc[k - 1].whitespace_:
        return e
    if e.label_ not in ("ORG", "GPE"):
        return doc[k - 1:_past_name_words(e)] if after_legal_form(e) else e
    return doc[k - 1:e.end] if opens_on_acronym(doc[k - 1:e.end].text) else e


PLACE_AFTER_REACH = 4  # capitalised words after "of" that may finish a body's name


def _with_place_after(e: Span) -> Span:
    """"The Central Bank of Lesotho" with only "The Central Bank" tagged: a name that ends in a word
    for a body (kinds.json `organization`) runs on over "of" and the capitalised words after it
    ("of Lesotho", "of Malawi"), as the parser reads the whole as one name."""
    doc, end = e.doc, e.end
    if e.label_ != "ORG" or end + 1 >= len(doc) or doc[end].lower_ != "of" \
            or e[-1].lower_ not in kind_words()["organization"]:
        return e
    k = end + 1
    while k < min(end + 1 + PLACE_AFTER_REACH, len(doc)) and doc[k].pos_ == "PROPN" and doc[k].is_title \
            and doc[k].ent_type_ != "ORG":
        k += 1
    return doc[e.start:k] if k > end + 1 else e


NAME_WORDS_PAST = 3  # capitalised words the tagger may leave off a firm's name after its legal form


def _past_name_words(e: Span) -> int:
    """"PT Surya Kencana | Energi" with only "Surya Kencana" tagged: a firm's name after its legal
    form runs on over the capitalised words right after it that no other entity holds."""
    doc, end = e.doc, e.end
    while end < min(e.end + NAME_WORDS_PAST, e.sent.end) and doc[end].pos_ == "PROPN" and doc[end].is_title \
            and not doc[end].ent_type_ and doc[end - 1].whitespace_:
        end += 1
    return end


def after_legal_form(e: Span) -> bool:
    """"PT Sinar Kota Makmur" with only "Sinar Kota Makmur" tagged, as a person's: a legal form
    written first (kinds.json `legal_forms_opening_names`) just before a name makes it a firm's."""
    k = e.start
    return k > 0 and e.doc[k - 1].text in kind_words()["legal_forms_opening_names"] \
        and opens_on_acronym(e.doc[k - 1:e.end].text)


def _common(word: str) -> bool:
    """An English word, or its plural ("fisheries", "mines"): no one's name."""
    known = english_words()
    return word in known or word.removesuffix("s") in known or word.removesuffix("ies") + "y" in known


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in INITIAL_SKIPS and w[:1].isupper())


def initials_of_every_word(name: str) -> str:
    """"SUC" for the Syndicat unifié des cheminots: abroad a name's words in small letters give
    their initials too, its particles none."""
    return "".join(w[0].upper() for w in name.split()
                   if w.lower() not in INITIAL_SKIPS and w.lower() not in FOREIGN_PARTICLES and w[:1].isalpha())


def initials_with_particles(name: str) -> str:
    """"EDL" for Electricité du Liban, "CEDN" for the Compagnie Électrique du Nord: some bodies
    abroad give their particles a letter too; an accent is no part of a letter."""
    return "".join(unicodedata.normalize("NFD", w[0].upper())[0] for w in name.split() if w[:1].isalpha())


def _one(names: list[str]) -> str | None:
    distinct = set(names)
    return distinct.pop() if len(distinct) == 1 else None


def by_acronym(doc: Doc, word: str) -> str | None:
    """"NFA" for the Northern Football Association, "DfT" for the Department for Transport (the small
    letters stand for the small words): the one body whose initials it is."""
    capitals = "".join(c for c in word if c.isupper())
    if len(capitals) < 2 or not word.isalpha() or not word[0].isupper() or len(word) > len(capitals) + 3:
        return None
    fits = [n if capitals in (initials(n), initials_of_every_word(n)) else _without_country(n)
            for n in body_names(doc)
            if capitals in (initials(n), initials(_without_forms(_without_country(n))), initials_of_every_word(n))]
    if fits or len(capitals) < 3 or capitals != word:
        return _one(fits)  # with two that fit, none is guessed
    return _one([n for n in (*body_names(doc), *named_abroad(doc)) if initials_with_particles(n) == capitals
                 and any(w in FOREIGN_PARTICLES for w in n.split())]) or _spelled_in_text(doc, capitals)


def _spelled_in_text(doc: Doc, letters: str) -> str | None:
    """"their Prairie Junior Hockey League playoff series … The PJHL said": the one run of capitalised
    words in the text, ending on a word for a body, whose initials are the letters, where the tagger
    named no such body."""
    memory = scratch(doc).setdefault("spelled_in_text", {})
    if letters not in memory:
        kinds, runs = body_words(), set()
        for t in doc:
            if t.text[:1] != letters[0] or not t.is_title or t.i and doc[t.i - 1].is_title and not doc[t.i - 1].is_sent_start:
                continue
            k, read = t.i, 0
            while k < len(doc) and read < len(letters):
                if doc[k].is_title and doc[k].text[0] == letters[read]:
                    read += 1
                elif doc[k].lower_ not in INITIAL_SKIPS or read == 0:
                    break
                k += 1
            if read == len(letters) and doc[k - 1].lower_ in kinds:
                runs.add(doc[t.i:k].text)
        memory[letters] = runs.pop() if len(runs) == 1 else None
    return memory[letters]



def _without_forms(name: str) -> str:
    """"PT Surya Kencana Energi" as SKE: a body's letters leave out its legal form (kinds.json
    `legal_form_words`)."""
    forms = kind_words()["legal_form_words"]
    return " ".join(w for w in name.split() if w not in forms)


def _without_country(name: str) -> str:
    """"U.S. Consumer Product Safety Commission" that "the CPSC" stands for: a country's abbreviation
    with full stops before a body's name says where it sits, as "state" does in "the state Office
    of the Inspector General"; the letters leave it out, and so does the name they are read as."""
    words = name.split()
    while len(words) > 2 and "." in words[0].rstrip(".,") and words[0].replace(".", "").isupper():
        words = words[1:]
    return " ".join(words)


def by_first_words(doc: Doc, words: str) -> str | None:
    """"Veltrix" for Veltrix Systems: the one body whose name opens with the words."""
    if not words[:1].isupper():
        return None
    return _one([n for n in body_names(doc) if n.startswith(words + " ")])


def by_short_name(doc: Doc, words: str) -> str | None:
    return by_acronym(doc, words) or by_first_words(doc, words)


DEFINED = re.compile(r"[\"“]\s*(?:the\s+)?([^\"“”]{1,40}?)\s*[\"”]", re.IGNORECASE)
DEFINED_REACH = 16  # tokens inside the brackets that define a body's short forms


def defined_terms(doc: Doc) -> dict[str, str]:
    """"Okonkwo Agro-Allied Plc ("OkAgro" or "the Group")": the short forms a release defines in
    brackets after a body's name, in quotes, each for that name (lower-cased, without "the")."""
    memory = scratch(doc)
    if "defined_terms" not in memory:
        terms: dict[str, str] = {}
        firm_ends = kind_words()["firm_name_words"]
        for t in doc:
            if t.text == "(" and (bare := _bare_short_form(doc, t.i)) is not None:
                terms.setdefault(bare.lower(), _name_before(doc, t.i))
                continue
            if t.text != "(" or t.i + 1 >= len(doc) or doc[t.i + 1].text not in ('"', "“"):
                continue
            name = _name_before(doc, t.i)
            close = next((k for k in range(t.i + 1, min(t.i + DEFINED_REACH, len(doc))) if doc[k].text == ")"), None)
            if name is None or close is None or not (name in body_names(doc) or name.split()[-1].lower() in firm_ends):
                continue
            for term in DEFINED.findall(doc[t.i + 1:close].text):
                terms.setdefault(term.lower(), name)
        memory["defined_terms"] = terms
    return memory["defined_terms"]


def _bare_short_form(doc: Doc, opening: int) -> str | None:
    """"the Ministry of Energy and Mines (MINEM)", "the Attorney General's Office (Fiscalía)": one
    capitalised word in brackets right after a body's name, which the story then calls it by. Not
    a place or a party's letters after a person ("Ana Ruiz (PSOE)"): the name before is a body's."""
    if opening + 2 >= len(doc) or doc[opening + 2].text != ")":
        return None
    word = doc[opening + 1]
    name = _name_before(doc, opening)
    if not (word.is_alpha and word.text[:1].isupper() and len(word) > 1) or name is None \
            or not any(name == b or name.endswith(" " + b) for b in map(_before_bracket, body_names(doc))) \
            or word.text in name.split():
        return None
    return word.text


def _before_bracket(name: str) -> str:
    """"Ministry of Water and Forests (MIAGUA": the tagger may run a body's name into its brackets."""
    return name.split(" (")[0]


def _name_before(doc: Doc, end: int) -> str | None:
    """The words in capitals just before a token (a hyphen inside a word kept: "Agro-Allied"; a
    capital inside one too: "StraitsLink")."""
    k = end
    while k > 0 and (_capitalised(doc[k - 1]) or doc[k - 1].is_upper and doc[k - 1].is_alpha
                     or doc[k - 1].text == "-" and not doc[k - 2].whitespace_ and k - 1 > 0
                     or doc[k - 1].lower_ in INITIAL_SKIPS - {"the"} and k > 1 and doc[k - 2].is_title
                     or doc[k - 1].lower_ in ("'s", "’s") and k > 1 and doc[k - 2].is_title):
        k -= 1
    words = doc[k:end]
    return clean(words.text) if len(words) > 1 and _capitalised(words[0]) else None


def _capitalised(token: Token) -> bool:
    """"Logistics", and a firm's run-together name with a capital inside ("StraitsLink", "PayPal")."""
    return token.is_title or token.is_alpha and token.text[:1].isupper() and not token.is_upper


def club_by_first_word(doc: Doc, word: str) -> str | None:
    """"Kestrel said" after "Kestrel Athletic's run": the one club (kinds.json `club_name_words`)
    whose name opens with the word."""
    clubs = kind_words()["club_name_words"]
    return _one([n for n in body_names(doc) if n.startswith(word + " ") and n.split()[-1].lower() in clubs])


def short_name_of_body(doc: Doc, name: str) -> str | None:
    """"Summit Crest" after "Summit Crest Properties", "NHA" after "the National Hydrological
    Agency (NHA)": a proper name that is a body's acronym, or the opening words of one body's
    name, is that body in full, whatever the tagger took it for; not a person's name or a
    place's ("Ontario" is not the Ontario Ministry of Health, nor "Jane Holt" the Jane Holt
    Foundation, nor "Nadia Osei" of "Nadia Osei of Transparency Watch" that the tagger ran
    together; a name with no first name that the tagger took for a person's, "Summit Crest", may be)."""
    words = name.split()
    if (defined := defined_terms(doc).get(clean(name).lower())) is not None:
        return defined
    if len(words) == 1 and not name.isupper() and name.lower() in english_words():
        # "Water" is no short name for the Water Services Regulation Office; "Kestrel" is for a
        # club, Kestrel Athletic, as a match report calls clubs by their first words
        return club_by_first_word(doc, name)
    memory = scratch(doc)
    if "place_names" not in memory:
        memory["place_names"] = {e.text for e in entities_of(doc) if e.label_ in PLACE_LABELS}
    if "acronym_places" not in memory:
        memory["acronym_places"] = {e.text for e in entities_of(doc) if e.label_ in ("GPE", "LOC")}
    # the tagger reads a body's letters as a nationality ("CPSC" as NORP); only a place's stand
    places = memory["acronym_places"] if name.isupper() else memory["place_names"]
    if len(words) > 1 and gender.is_first_name(words[0]) or name in places:
        return None
    return by_short_name(doc, name)


def firms(doc: Doc) -> list[str]:
    """The names that are firms' by their words (lexicon firm_name_words)."""
    memory = scratch(doc)
    if "firm_names" not in memory:
        firm_words = kind_words()["firm_name_words"] | kind_words()["company_words"]
        not_firm = kind_words()["not_firm_words"] | kind_words()["event_words"]
        media = kind_words()["media"]  # "Grocer Weekly" is a paper, not a grocer
        called = called_a_firm(doc)
        memory["firm_names"] = [n for n in body_names(doc) if ({w.strip(".,").lower() for w in n.split()} & firm_words
                                                                 or by_legal_form(n) or n in called)
                                and not {w.strip("'’").lower() for w in n.split()} & not_firm
                                and n.split()[-1].lower() not in media]
    return memory["firm_names"]


def called_a_firm(doc: Doc) -> frozenset[str]:
    """"mining company Mineração Horizonte", "the miner Kasai Cobalt", "Tiri Valley Gold, a mining
    company": the names the text itself calls a firm, by a word for one (kinds.json `company_words`;
    not "group", said of campaigners too) set right before the name or in an apposition after it."""
    memory = scratch(doc)
    if "called_a_firm" not in memory:
        memory["called_a_firm"] = _called_a_firm(doc)
    return memory["called_a_firm"]


def _called_a_firm(doc: Doc) -> frozenset[str]:
    # of several words, as `body_names` are: a lone word ("chipmaker Veltra") is a short name, read there
    return frozenset(clean(full.text) for e in entities_of(doc)
                     if e.label_ in FIRM_LABELS and len(e) > 1 and said_to_be_a_firm(full := _with_acronym(e)))


FIRM_LABELS = ("ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT")  # what the tagger may take a firm's name for


def _holder_after_post_of_firm(name: Span, firm_word: Token) -> bool:
    """"The deputy director of the company Anna Petrova said", as news translated from Russian
    writes a post: a person's name (tagged one, on a known given name or of no English word) after
    "of the company", itself after a post, is the post holder's, not the firm's ("the chief
    executive of the company Kasai Cobalt" stays the firm's)."""
    post = firm_word.head.head if firm_word.dep_ == "pobj" and firm_word.head.lower_ == "of" else None
    if post is None or name.label_ != "PERSON":
        return False
    held = post.lemma_.lower()
    return (held in word_set("titles") or held in word_set("person_nouns")) \
        and (gender.from_first_name(name[0].text) is not None or not any(t.lower_ in english_words() for t in name))


def said_to_be_a_firm(name: Span) -> bool:
    """"mining company Mineração Horizonte", "Tiri Valley Gold, a mining company, …": a word for a
    firm that is no one's trade (kinds.json `firm_words_before_names`) set right before the name or
    in an apposition after it."""
    doc = name.doc
    words = kind_words()["firm_words_before_names"]
    before = doc[name.start - 1] if name.start > 0 else None
    after = doc[name.end:name.end + 5]
    if before is not None and _holder_after_post_of_firm(name, before):
        return False
    return before is not None and before.lower_ in words and before.pos_ == "NOUN" \
        or len(after) > 2 and after[0].text == "," and after[1].lower_ in ("a", "an") \
        and any(w.lower_ in words and w.pos_ == "NOUN" for w in after[2:])


def by_legal_form(name: str) -> bool:
    """"PT Samudra Pasir Jaya", "Ventos do Atlântico, S.A.", "Minera Andina SpA": a name that opens
    or closes on a legal form as written (kinds.json `legal_form_words`) is a firm's, whatever its
    other words; not where the form ends a phrase with "of" in it ("the Office of the AG")."""
    words = [w.strip(",") for w in name.split()]
    forms = kind_words()["legal_form_words"]
    return len(words) >= 2 and (words[0] in forms or words[-1] in forms) \
        and not any(w in ("of", "the", "for") for w in words)


def by_word(doc: Doc, lemma: str, modifiers: frozenset[str] = frozenset()) -> str | None:
    """"The township", "police", "their union": the one body whose name holds the word; for a
    word for a firm ("the company", "the maker"), the one firm. Where no name holds the word, the
    one body named as that kind by its last word ("the union": United Transport Workers), else
    the one that holds the words said of it and calls itself no other kind ("the health
    authority": Northern Shield Health, not the Ministry of Health)."""
    words = kind_words()
    if lemma in words["company_words"] and lemma not in words["not_firm_words"]:
        return _one(firms(doc))
    if lemma not in words["organization"] | words["media"]:
        return None
    # the body the word is the head of ("Brackwell District Council"), else one it opens
    # ("Township of Ardmore Falls"), else one that holds it, but not as a word for whose body it
    # is ("the Police Officers Association" is the officers' union, not the police)
    held = _names_by_word(doc).get(lemma, []) or _held_abroad(doc, lemma)
    if modifiers:  # "the ruling party" is not "the opposition Khmer Renewal Party"
        fits = set(contrary.not_contradicted(doc, [n for n, _ in held], modifiers))
        held = [(n, k) for n, k in held if n in fits]
    people = word_set("person_nouns")
    for tier in ([n for n, k in held if k == len(n.split()) - 1], [n for n, k in held if k == 0],
                 [n for n, k in held if 0 < k < len(n.split()) - 1
                  and n.split()[k + 1].lower().removesuffix("s") not in people]):
        if tier:
            found = _one(tier) or _one(_with_modifiers(tier, modifiers))
            return _said_in_full(doc, found) if found else None
    # the same words find the same body: worked out once per doc, so many mentions cost no more
    memory = scratch(doc).setdefault("body_by_unheld_word", {})
    if (lemma, modifiers) not in memory:
        memory[lemma, modifiers] = _named_as_kind(doc, lemma) or _by_modifiers(doc, lemma, modifiers) \
            or _by_country(doc, lemma) or _kind_in_name(doc, lemma)
        if memory[lemma, modifiers] and contrary.contradicts(doc, memory[lemma, modifiers], modifiers):
            memory[lemma, modifiers] = None
    return memory[lemma, modifiers]


def _said_in_full(doc: Doc, name: str) -> str:
    """"Bahrain Chamber" in a headline, "The Bahrain Chamber of Industry and Trade Partners" in the
    text: the one body name that goes on from a shorter one past "of" or "for" is that body in full."""
    longer = {n for n in body_names(doc) if n.startswith(name + " of ") or n.startswith(name + " for ")}
    return longer.pop() if len(longer) == 1 else name


def _held_abroad(doc: Doc, lemma: str) -> list[tuple[str, int]]:
    """"The institute" for the Instituto Brasileiro de Geografia e Estatística: where no name holds
    the English word, the names that hold a word for the kind in their own language (kinds.json
    `kinds_abroad`)."""
    index = _names_by_word(doc)
    return [held for word in load_json("kinds.json")["kinds_abroad"].get(lemma, ()) for held in index.get(word, ())]


def _with_modifiers(names: list[str], modifiers: frozenset[str]) -> list[str]:
    """"The academy trust" of two trusts: those whose names hold the words said of it, a plural
    for its singular ("Harwood Academies Trust")."""
    if not modifiers:
        return []
    def singular(w: str) -> str:
        return w[:-3] + "y" if w.endswith("ies") else w.removesuffix("s")
    return [n for n in names if {singular(m) for m in modifiers}
            <= {singular(w.strip(".,'’").lower()) for w in n.split()}]


def _named_as_kind(doc: Doc, lemma: str) -> str | None:
    endings = load_json("kinds.json")["named_as_kind"].get(lemma)
    return _one([n for n in body_names(doc) if _ends_as(_head_word(n), endings)]) if endings else None


def _head_word(name: str) -> str:
    """The word a body's name is headed by, lower-cased: its last, or its last before "of" or "for"
    ("Authority" of "Civil Aviation Authority of Nepal", "Office" of "Independent Office for Public
    Appointments")."""
    words = name.split()
    cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k > 0), len(words))
    return words[cut - 1].strip(".,'’").lower()


def _ends_as(word: str, endings: list[str]) -> bool:
    """The word is one of the endings, or ends in a long one as a closed compound does
    ("Steelworkers", "Autoworkers" for "workers"; not "Vegas" for "gas")."""
    return word in endings or any(len(e) >= 6 and word.endswith(e) for e in endings)


def _kind_in_name(doc: Doc, lemma: str) -> str | None:
    """"The board" for NHS Glenmorven: the one body whose name holds a word only that kind's names
    hold (kinds.json `kind_in_name`)."""
    held = load_json("kinds.json")["kind_in_name"].get(lemma)
    return _one([n for n, words in _name_words(doc) if words & set(held)]) if held else None


def _by_modifiers(doc: Doc, lemma: str, modifiers: frozenset[str]) -> str | None:
    if not modifiers:
        return None
    kinds = kind_words()["organization"] | kind_words()["media"]
    firm_names = set(firms(doc))  # "the energy ministry" is no firm ("Nordvind Energy")
    return _one([n for n, words in _name_words(doc) if modifiers <= words and not words & kinds - {lemma}
                 and n not in firm_names])


def _by_country(doc: Doc, lemma: str) -> str | None:
    """"The department" for Fisheries and Oceans Canada: a word for a public body (kinds.json
    `portfolio_body_words`) is the one body named as its portfolio, joined ("Fisheries and
    Oceans Canada") or set before its country or province ("Transport Canada"), that calls itself
    no other kind and is no firm."""
    if lemma not in kind_words()["portfolio_body_words"]:
        return None
    places = {e.text for e in entities_of(doc) if e.label_ == "GPE"}
    kinds = kind_words()["organization"] | kind_words()["media"] | kind_words()["company_words"]
    return _one([n for n, words in _name_words(doc) if (n.split()[-1] in places or words & {"and", "&"}
                                                        or _portfolio_and_place(n) and n not in places)
                 and not words & kinds
                 and not CORPORATE.search(n) and _common(n.split()[0].lower())])


def _portfolio_and_place(name: str) -> bool:
    """"Transport Canada", "Elections Ontario" where the tagger saw no place of its own: a name that
    ends on a country or province whose bodies are so named (kinds.json `portfolio_places`), and is
    no place itself ("Northern Ireland")."""
    return name.split()[-1] in kind_words()["portfolio_places"]


def _name_words(doc: Doc) -> list[tuple[str, frozenset[str]]]:
    memory = scratch(doc)
    if "body_name_words" not in memory:
        memory["body_name_words"] = [(n, frozenset(w.strip(".,'’").lower() for w in n.split()))
                                     for n in body_names(doc)]
    return memory["body_name_words"]


def _names_by_word(doc: Doc) -> dict[str, list[tuple[str, int]]]:
    """Each word of the bodies' names with the names holding it and where, once per doc."""
    memory = scratch(doc)
    if "body_names_by_word" not in memory:
        index: dict[str, list[tuple[str, int]]] = {}
        for name in body_names(doc):
            words = [w.strip(".,'’").lower() for w in name.split()]
            for word in set(words):
                index.setdefault(word, []).append((name, words.index(word)))
        memory["body_names_by_word"] = index
    return memory["body_names_by_word"]


PLAIN_DEPS = {"det", "poss", "compound", "amod"}


def called_by_word(head: Token, span: Span) -> str | None:
    """The body a mention names by a word for one and nothing else ("the township", "police",
    "their union", "the engineering firm", "the maker"): no name, no words after the head (what
    follows says which one: "police in Hollin Green"), nothing but pronouns as owners."""
    when, country = _when_and_country(head)
    if head.pos_ == "PROPN" and not head.is_lower or head.tag_ == "NNPS" \
            or any(t.i > head.i and not t.is_punct and t.i not in when for t in span):
        return None
    for t in span:
        if t.i < head.i and t.i not in country and (t.dep_ not in PLAIN_DEPS or t.pos_ == "PROPN"
                             or t.ent_type_ and not (t.is_lower or t.dep_ == "det")  # "The academy trust" tagged
                             or t.dep_ == "poss" and t.pos_ != "PRON" or t.lower_ in ("a", "an", "another")):
            return None
    lemma = head.lemma_.lower()
    if _counted_many(head):
        return None  # "Both parties have told me": several bodies, not the one party named
    if lemma in word_set("person_nouns"):
        return None  # "the miner" may be a person the story has met (coref's `_firm_for_trade`)
    if lemma in kind_words()["company_words"] and head.tag_ == "NNS" and head.lower_ != lemma:
        return None  # "Environmental groups", "other companies": many, never the one firm named
    modifiers = frozenset(t.lower_ for t in span if t.i < head.i and t.dep_ in ("compound", "amod") and t.is_alpha)
    if lemma in kind_words()["company_words"] and any(t.dep_ in ("det", "poss") for t in span):
        # "the company" is the firm that has spoken (coref's `_the_firm`), which may be one the
        # tagger did not see as a body; only a headline's bare "maker" needs the whole text; but
        # "the water company" is the one body whose name holds what is said of it ("Marlow Water")
        trade = frozenset(t.lower_ for t in span if t.i < head.i and t.dep_ == "compound" and t.pos_ == "NOUN")
        media = kind_words()["media"]
        return _one([n for n, words in _name_words(head.doc) if trade <= words and not words & media]) \
            if trade else None
    if lemma not in _names_by_word(head.doc) and not _held_abroad(head.doc, lemma) and _introduced_unnamed(head):
        return None  # "the last marionette theatre in the city" was named after all: "Teatro dei Pupi …"
    found = by_word(head.doc, lemma, modifiers) or _public_body_before(head, lemma) or _kind_in_view(head, lemma) \
        or body_just_named(head)
    # "the ruling party" is never the one the text calls "the opposition Khmer Renewal Party", nor
    # "the health ministry" the Department of Environment
    return None if found and (contrary.contradicts(head.doc, found, modifiers)
                              or other_field(lemma, modifiers, found)) else found


def _counted_many(head: Token) -> bool:
    """"Both parties", "all three unions", "the two sides": a plural counted (partitives.json
    `counted_many`, or a number) speaks for several bodies."""
    counts = load_json("partitives.json")["counted_many"]
    return head.tag_ == "NNS" and any(c.dep_ in ("det", "predet", "nummod", "amod", "quantmod")
                                      and (c.lower_ in counts or c.like_num) for c in head.children)


def _kind_in_view(head: Token, lemma: str) -> str | None:
    """"The Independent Office for Public Appointments (IOPA) confirmed it had received a complaint.
    A spokesman for the watchdog said …", with the Cabinet Office named paragraphs before: of the
    bodies whose names say they are of the kind (`_of_kind`), the one named in the word's sentence
    or the one before it, where there is one."""
    doc = head.doc
    sentence = head.sent
    since = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    text = text_of(doc)
    return _one([n for n in body_names(doc) if _of_kind(n, lemma) and 0 <= text.find(n, since, head.idx)])


def _introduced_unnamed(head: Token) -> bool:
    """"… would ask the national procurement watchdog to review the award. A spokesman for the
    watchdog said": a body the text brought in before by the same word with words that say which
    ("the national procurement watchdog") and no name is the one the word recalls, not a body
    named by other words."""
    memory = scratch(head.doc)
    if "bodies_introduced_unnamed" not in memory:  # each word's first such place, once per doc
        first: dict[str, int] = {}
        for t in head.doc:
            if t.pos_ == "NOUN" and t.is_lower and any(c.dep_ in ("amod", "compound") and c.i < t.i for c in t.children) \
                    and not any(c.dep_ == "appos" for c in t.children):
                first.setdefault(t.lemma_.lower(), t.i)
        memory["bodies_introduced_unnamed"] = first
    return memory["bodies_introduced_unnamed"].get(head.lemma_.lower(), len(head.doc)) < head.i


def _public_body_before(head: Token, lemma: str) -> str | None:
    """"The Texas Department of Transportation said … The agency said": a word for a public body
    (kinds.json `portfolio_body_words`) is the one body the text has named before it whose name
    holds such a word; with two ("the Home Office and the Department for Transport"), none."""
    if lemma not in kind_words()["portfolio_body_words"]:
        return None
    public = kind_words()["portfolio_body_words"]
    return _one([n for n, words in _name_words(head.doc) if words & public
                 and 0 <= _first_at(head.doc, n) < head.idx])


def in_place(head: Token, span: Span) -> str | None:
    """"Police in Kelso say …" where the text names the Kelso Police Service: a word for a body with
    nothing after it but "in" and a place is the one body whose name holds both the word and the
    place's name."""
    lemma = head.lemma_.lower()
    if lemma not in kind_words()["organization"] or any(t.i < head.i and t.dep_ != "det" for t in span):
        return None
    preps = [c for c in head.children if c.dep_ == "prep" and c.i > head.i]
    place = next((g for g in preps[0].children if g.dep_ == "pobj"), None) if len(preps) == 1 else None
    if place is None or preps[0].lower_ != "in" or place.ent_type_ not in PLACE_LABELS + ("FAC", "ORG") \
            or any(t.i > head.i and t.i not in {w.i for w in preps[0].subtree} and not t.is_punct for t in span):
        return None
    where = {t.lower_ for t in place.subtree if t.i == place.i or t.dep_ == "compound" and t.head.i == place.i}
    # the place's own words ("Kelso"), not the province set after it ("Kelso, B.C.")
    return _one([n for n, words in _name_words(head.doc) if lemma in words and where and where <= words])


def _when_and_country(head: Token) -> tuple[set[int], set[int]]:
    """"Nigeria's electricity regulator on Tuesday": what says when ("on Tuesday") after the word,
    and a country as its owner before it ("Nigeria's"), neither of which says which body it is
    beyond what the word does (a place after it does: "police in Hollin Green")."""
    when, country = set(), set()
    for c in head.children:
        obj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
        if c.i > head.i and (obj is not None and obj.ent_type_ in ("DATE", "TIME")
                             or c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")):
            when |= {t.i for t in c.subtree}
        if c.i < head.i and c.dep_ == "poss" and c.ent_type_ == "GPE":
            country |= {t.i for t in c.subtree}
    return when, country


def named_last(head: Token, span: Span) -> Span | None:
    """"The engineering firm that carried out the inspection, Falk & Rowe": a body's name set
    after a comma at the very end of the words for it is what the body is called."""
    end = span.end
    while end > span.start and span.doc[end - 1].is_punct:
        end -= 1
    e = entity_at(span.doc, end - 1) if end > span.start else None
    if e is not None and e.end == end and e.start > head.i and e.start > span.start \
            and span.doc[e.start - 1].text == "," and e.label_ in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART"):
        return e
    # a firm's name the tagger did not see ("…, Lembah Indah Properties Sdn Bhd")
    start = end
    while start - 1 > head.i and span.doc[start - 1].is_title or start - 1 > head.i and span.doc[start - 1].text == "&":
        start -= 1
    if end - start > 1 and start - 1 > head.i and span.doc[start - 1].text == "," and (
            span.doc[start:end].text in _untagged_firms(span.doc, kind_words()["firm_name_words"])
            or span.doc[end - 1].lower_ in kind_words()["firm_name_words"]):
        return span.doc[start:end]
    return None


def body_words() -> frozenset[str]:
    """Words for a body that a name set beside them names: "the operator, Gull Reach Transit",
    "The restaurant, Saffron Terrace" (kinds.json `business_words`: places of business)."""
    words = kind_words()
    return words["organization"] | words["company_words"] | words["business_words"]


NAME_JOINERS = {"of", "and", "&", "for", "the"}


def named_beside(head: Token, span: Span) -> str | None:
    """"The operator, Gull Reach Transit (GRT), said": a word for a body with a name of capitals
    set beside it after a comma, in the mention or just past its end, is that body (an acronym
    in brackets after the name is no part of it)."""
    doc = head.doc
    if head.lemma_.lower() not in body_words():
        return None
    for child in head.children:
        start = child.left_edge.i
        if child.dep_ != "appos" or child.pos_ != "PROPN" or start < head.i + 2 or doc[start - 1].text != ",":
            continue
        beside = set(range(start, child.right_edge.i + 1))
        if any(t.i > head.i and t.i not in beside and not t.is_punct for t in span) \
                or any(not t.is_punct for t in doc[span.end:start - 1]):
            continue  # words of the mention's own after the head: "the operator of the ferry, …"
        aside = {t.i for c in child.children if c.i > child.i for t in c.subtree}  # "(GRT)", ", which …"
        name = [t for t in child.subtree if t.i not in aside]
        if all(t.is_title or t.lower_ in NAME_JOINERS for t in name) and name[0].is_title:
            first = without_seat(clean(doc[name[0].i:name[-1].i + 1].text))
            return with_others(head, child, first) if head.tag_ == "NNS" else first
    return None


def named_abroad_beside(span: Span) -> str | None:
    """"A second union, the Fédération autonome du rail (FAR)": a name abroad (`named_abroad`) set
    after a comma beside a word for a body, inside the mention, however the tagger and the parser
    read its small letters."""
    doc = span.doc
    k = next((t.i for t in span if t.text == ","), span.start)
    if k == span.start or k + 1 >= span.end or doc[k - 1].lemma_.lower() not in body_words():
        return None
    k += 1 + (doc[k + 1].lower_ == "the")
    text = text_of(doc)
    return next((n for n in named_abroad(doc) if k < len(doc) and text.startswith(n, doc[k].idx)
                 and doc[k].idx + len(n) <= span.end_char), None)


NAMING_VERBS = ("call", "name")


def called_a_name(head: Token, span: Span) -> str | None:
    """"A group called Downtown Forward", "a charity named Hope Harbour", "a campaign group known as
    Save Our Shore": a word for a body that the words after it say is called by a name of capitals
    is that body, by the name (what is said of it after a comma is no part of it)."""
    if head.lemma_.lower() not in body_words():
        return None
    for verb in head.children:
        if verb.dep_ != "acl" or verb.i < head.i or verb.i >= span.end:
            continue
        lemma = verb.lemma_.lower()
        named = [c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj")] if lemma in NAMING_VERBS else \
            [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"] \
            if lemma == "know" else []
        if len(named) != 1 or named[0].pos_ != "PROPN":
            continue
        aside = {t.i for c in named[0].children if c.i > named[0].i and c.dep_ in ("relcl", "appos", "acl", "punct")
                 for t in c.subtree}
        words = [t for t in named[0].subtree if t.i not in aside]
        if words[0].is_title and all(t.is_title or t.lower_ in NAME_JOINERS or t.is_upper for t in words) \
                and words[-1].i < span.end:
            return clean(head.doc[words[0].i:words[-1].i + 1].text)
    return None


def without_seat(name: str) -> str:
    """"Kwan Plastics of Dassen": a firm's name is done at the word that ends firms' names (kinds.json
    `firm_name_words`); "of" and a place after it say where the firm is."""
    words = name.split()
    ends = kind_words()["firm_name_words"]
    cut = next((k for k in range(2, len(words) - 1) if words[k] == "of" and words[k - 1].lower() in ends), None)
    return " ".join(words[:cut]) if cut is not None else name


def with_others(head: Token, child: Token, first: str) -> str:
    """"The two smaller operators, Bluewake and Norrfarer": bodies named together beside a plural
    word for them are called by all their names."""
    others = [c for c in child.children if c.dep_ == "conj" and c.is_title]
    while others and (more := [c for c in others[-1].children if c.dep_ == "conj" and c.is_title]):
        others += more
    names = [first, *(clean(head.doc[c.left_edge.i:c.i + 1].text) for c in others)]
    return first if len(names) < 2 else ", ".join(names[:-1]) + " and " + names[-1]


def apposed_to(head: Token, span: Span) -> str | None:
    """"Clearspring Water Services, the company contracted to maintain the borehole, did not answer":
    a word for a body set after a comma just after a body's name is that body, whatever other body
    has spoken (the parser may read the words as a clause of their own)."""
    doc, start = head.doc, span.start
    if head.lemma_.lower() not in body_words() or start < 2 or doc[start].lower_ != "the" \
            or doc[start - 1].text != "," or any(t.pos_ == "PROPN" for t in doc[start:head.i + 1]) \
            or _reporting_after(head, span):
        return None
    end = start - 1  # where the name ends: before a bracketed aside ("Dalmore Outdoor Co. (NYSE: DLMR), the …")
    if doc[end - 1].text == ")":
        opening = next((k for k in range(end - 2, max(end - 8, 0), -1) if doc[k].text == "("), None)
        if opening is None:
            return None
        end = opening
    e = entity_at(doc, end - 1)
    if e is not None and e.end == end and e.label_ == "ORG":
        return clean(e.text)
    return next((n for n in body_names(doc) if doc[max(end - len(n.split()), 0):end].text == n), None)


def _reporting_after(head: Token, span: Span) -> bool:
    """"… a win over the Lakeshore Lynx, the league announced.": a word for a body that is the
    subject of a cue verb right after it, with nothing reported after the verb, is who reports the
    sentence before, not a name's apposition."""
    verb = head.head
    return head.dep_ == "nsubj" and verb.i == span.end and cue_verb_stance(verb) is not None \
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children)


def located_firm(head: Token, span: Span) -> str | None:
    """"The Mississauga, Ont.-based grocer said": a firm's trade (kinds.json
    `located_firm_trades`) after where it is based, with "the", recalls the firm the story is
    about: the firm just made a subject, else the firm the text names first (its lead's), whatever
    other firms it names later."""
    if head.lemma_.lower() not in kind_words()["located_firm_trades"] \
            or not any(t.dep_ == "det" and t.lower_ == "the" for t in head.children) \
            or not any(t.lower_.endswith("-based") or t.lower_ == "based" and t.nbor(-1).text == "-"
                       for t in span if span.start < t.i < head.i):
        return None
    # the firm just made a subject first: "Shares in Hartwell fell …" names no firm by its words
    # (the tagger may take "Hartwell" for a place), and a broker named later is none of it
    just, named = firm_just_named(head), firms(head.doc)
    if just is not None:  # as the text names it ("Laurentide Foods", not "Grocer Laurentide Foods")
        return next((n for n in named if f" {n} " in f" {just} " or n.startswith(just)), just)
    return named[0] if named else None


BODY_JOINERS = {"and", "&", "of", "for"}


def joined_name(name: str) -> bool:
    """"Environment and Climate Change Canada", "Office for Rail": capitals joined by "and",
    "of" or "for" name a body, never one person (two people joined are read as two before this)."""
    words = name.split()
    ands = [k for k, w in enumerate(words) if w.lower() in ("and", "&")]
    if ands and len(words) - ands[-1] - 1 < 2 and not any(w.lower() in ("of", "for") for w in words):
        return False  # "Smith and Jones" may be two people
    return len(words) >= 3 and words[0][:1].isupper() and words[-1][:1].isupper() \
        and any(w.lower() in BODY_JOINERS for w in words[1:-1]) \
        and all(w[:1].isupper() or w.lower() in BODY_JOINERS for w in words)


def opens_on_acronym(name: str) -> bool:
    """"NHS Glenmorven", "RSPCA Cymru": a name that opens on a body's letters (three or more capitals,
    no title such as "MSP") or on a legal form written first (kinds.json `legal_forms_opening_names`)
    and goes on in capitals is a body's; a person's name opens on no acronym."""
    from .names import is_title_word  # names reads bodies: imported where needed
    words = name.split()
    if len(words) >= 3 and words[0] in kind_words()["legal_forms_opening_names"]:
        return all(w[:1].isupper() for w in words[1:])  # "PT Surya Kencana Energi": a firm by its form
    return len(words) >= 2 and words[0].isalpha() and words[0].isupper() and len(words[0]) >= 3 \
        and not is_title_word(words[0]) and all(w[:1].isupper() for w in words[1:]) \
        and not any(is_title_word(w) or gender.is_first_name(w) for w in words[1:])  # "NASA Administrator Bill Nelson"


def role_for_body(head: Token, span: Span) -> str | None:
    """"An NFA spokeswoman", "a Veltrix spokesman", "a company spokeswoman": a role set after the
    short name of a body, or a word for a firm, is the role's for that body in full:
    "spokeswoman for Northern Football Association"."""
    before = [c for c in head.children if c.dep_ in ("compound", "nmod", "amod") and c.i < head.i
              and span.start <= c.i]
    if not before:
        return _role_for_the_body(head, span)
    if len(before) != 1:
        return None
    word = before[0]
    if word.pos_ == "PROPN" or word.is_upper:
        full = by_short_name(head.doc, word.text)
    elif word.lemma_.lower() in kind_words()["company_words"]:
        full = _one(firms(head.doc))
    else:
        full = _body_unheld(word)  # "a watchdog spokesman"
    return f"{head.text} for {full}" if full is not None else None


ROLE_PREPS = ("for", "of", "at")


def _role_for_the_body(head: Token, span: Span) -> str | None:
    """"A spokesman for the operator": a role for a firm called by a word for one, with "the" and
    nothing else, is the role's for the firm just made a subject (firm_just_named.py), else the
    one firm the text names: "spokesman for Severnside Rail"."""
    for prep in head.children:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
        if prep.lower_ not in ROLE_PREPS or obj is None or obj.i >= span.end or obj.pos_ != "NOUN" \
                or [(t.dep_, t.lower_) for t in obj.subtree if t.i != obj.i] != [("det", "the")]:
            continue
        # only a word for a firm ("the operator", "the company") or one that no word of the body's
        # name holds ("the watchdog"): a body whose name holds the word ("the board" of the
        # Hospital Services Board) is already called as a reader calls it
        lemma = obj.lemma_.lower()
        full = (_in_full_of(head.doc, firm_just_named(head)) or _one(firms(head.doc))) \
            if lemma in kind_words()["company_words"] \
            else _body_unheld(obj)
        return f"{head.text} {prep.text} {full}" if full is not None else None
    return None


def _in_full_of(doc: Doc, name: str | None) -> str | None:
    """"Central Bank" that the tagger cut from "The Central Bank of Lesotho": the one body's name
    the text gives that runs on from it, else the name as found."""
    if name is None:
        return None
    longer = [n for n in body_names(doc) if n.startswith(name + " ")]
    return _one(longer) or name


def _body_unheld(obj: Token) -> str | None:
    """"A spokesman for the watchdog" after "the Independent Office for Public Appointments": the
    body "the <word>" alone would be (`called_by_word`), where the word is no word of its name."""
    if obj.lemma_.lower() not in kind_words()["organization"]:
        return None
    full = called_by_word(obj, obj.doc[obj.left_edge.i:obj.right_edge.i + 1])
    return full if full is not None and not _holds(full, obj.lemma_.lower()) else None


def _holds(name: str, word: str) -> bool:
    return word in {w.strip(".,'’").lower() for w in name.split()} | {w.strip(".,'’").lower().removesuffix("s")
                                                                     for w in name.split()}


def group_at_body(head: Token, span: Span) -> str | None:
    """"Officials at the watchdog said" after "the Independent Office for Public Appointments":
    people at, for or of a body called by a word no word of its name holds are called at the body
    in full ("officials at Independent Office for Public Appointments"), as the words before them say."""
    doc = head.doc
    for prep in head.children:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
        if prep.lower_ not in ROLE_PREPS + ("from", "in") or obj is None or obj.right_edge.i >= span.end \
                or obj.pos_ != "NOUN" or [(t.dep_, t.lower_) for t in obj.subtree if t.i != obj.i] != [("det", "the")] \
                or any(t.i > obj.i and not t.is_punct for t in span):
            continue
        full = _body_unheld(obj)
        if full is not None:
            return f"{doc[span.start:obj.left_edge.i].text.strip()} {full}"
    return None


BASED_IN = re.compile(r"\b[^\W\d_][\w.'’-]*-(\w+)\s+(?=[A-Z])")


def without_base(name: str) -> str:
    """"analysts at Kampala-based Crested Securities", "Mainboard-listed Kah Seng Logistics": where
    a body is based or listed, or who owns it, written before its name, says what it is, not who."""
    return BASED_IN.sub(lambda m: "" if attributive(m.group()) else m.group(), name)


def attributive(word: str) -> bool:
    """"Athens-based", "Mainboard-listed", "State-owned": a hyphened word ending in a participle
    that says where a body is based or listed or who owns or runs it (kinds.json
    `attributive_participles`)."""
    first, dash, last = word.strip().rpartition("-")
    return bool(dash and first) and last.lower() in kind_words()["attributive_participles"]


def past_trade_word(name: str) -> str:
    """"Contractor Dunmarra Civil", "Developer Halyard Estates": a word for a firm's trade
    (kinds.json company_words) written with a capital before a name of two or more capitalised
    words, as a headline or a sentence's start has it, says what the firm is; it is no part of
    its name ("Carrier Corporation", with one word after it, is left whole)."""
    words = name.split()
    trades = kind_words()["company_words"] - kind_words()["firm_words_opening_names"]
    if len(words) >= 3 and words[0].lower() in trades \
            and all(w[:1].isupper() for w in words[1:]):
        return " ".join(words[1:])
    return name


def _of_kind(name: str, lemma: str) -> bool:
    """Whether a body's name says it is of the kind a word calls it: it holds the word ("Ardmore
    Township" for "the township"), ends as that kind's names do (kinds.json `named_as_kind`:
    "Pacific Summit Energy" for "the utility") or holds a word that only that kind's names hold
    (`kind_in_name`: "Estravian Rail Infrastructure" for "the line's operator")."""
    words = [w.strip(".,'’").lower() for w in name.split()]
    endings = load_json("kinds.json")["named_as_kind"].get(lemma, ())
    held = load_json("kinds.json")["kind_in_name"].get(lemma, ())
    return lemma in words or bool(words) and (words[-1] in endings or _head_word(name) in endings) \
        or bool(set(words) & set(held))


def owns_a_facility(head: Token) -> bool:
    """"The mine's owner", "the plant's owners": who owns a works, a site or a line (kinds.json
    `facilities`) owned by "the", is a body; "the house's owner" is a person."""
    return any(c.dep_ == "poss" and c.lemma_.lower() in kind_words()["facilities"]
               and any(g.dep_ == "det" and g.lower_ == "the" for g in c.children) for c in head.children)


def _firm_words() -> frozenset[str]:
    """Words that call a firm: a trade's ("the company", "the operator") or an owner's of a works."""
    return kind_words()["company_words"] | kind_words()["facility_owner_words"]


def name_by_kind(doc: Doc, ordered: list, entity_of: dict) -> None:
    """"Pacific Summit Energy, which supplies power to the area, said … The utility did not
    respond": a body that coreference left unnamed, called only "the <word>", is the one body the
    whole text names as of that kind, by its name's words, whether a source or named in passing
    (the tagger may not have seen it as a body); with two such bodies ("Lakeline Power and
    Northstar Energy"), none is guessed (in place)."""
    bodies_named = {id(e): e for e in entity_of.values() if e.kind == "organization" and e.named}
    for e in {id(e): e for e in entity_of.values()}.values():
        if e.kind != "organization" or e.named or not e.mentions \
                or not all(_plain_word(m.text) == e.head_lemma or m.pronoun is not None for m in e.mentions) \
                or all(m.pronoun is not None for m in e.mentions) \
                or any(set(m.text.lower().split()) & kind_words()["civic_modifiers"] for m in e.mentions):
            continue  # "the municipal corporation": a town's own body, named by no firm's name
        fits = {b.name: b for b in bodies_named.values() if _of_kind(b.name, e.head_lemma)}
        names = {clean(n) for n in fits} | {n for n in body_names(doc) if _of_kind(n, e.head_lemma)}
        if e.head_lemma in _firm_words():  # a firm's word: no union or ministry
            fits = {n: b for n, b in fits.items() if not _not_firm(n)}
            names = {n for n in names if not _not_firm(n)}
        if not names and e.head_lemma in _firm_words() - kind_words()["firm_words_by_name_only"]:
            # "the line's operator said" in a lede, before the firm is named: the one firm the text names
            fits = {b.name: b for b in bodies_named.values() if _firm_like(b.name)}
            names = {clean(n) for n in fits} | set(firms(doc))
        said = frozenset(w.lower() for m in e.mentions if m.pronoun is None for w in m.text.split())
        if said & contrary.qualifiers():  # "the ruling party" is not "the opposition Khmer Renewal Party"
            names = set(contrary.not_contradicted(doc, sorted(names), said))
            fits = {n: b for n, b in fits.items() if not contrary.contradicts(doc, n, said)}
        names = {n for n in names if not other_field(e.head_lemma, said, n)}  # "the health ministry"
        fits = {n: b for n, b in fits.items() if not other_field(e.head_lemma, said, n)}
        if len(names) > 1:
            names, fits = _in_view(doc, e, names, fits)
        if len(names) != 1:
            continue
        into = next(iter(fits.values()), None)
        if into is None:
            e.named, e.name = True, names.pop()
            continue
        for m in e.mentions:
            entity_of[id(m)] = into
            into.absorb(m)
        e.mentions = []


def _in_view(doc: Doc, e, names: set[str], fits: dict) -> tuple[set[str], dict]:
    """"Kessock Maltings plc … The company said … Analyst Richard Lyle of Forthbank Securities": of
    the bodies of the kind the text names, those named before the word first calls one are the ones
    in view; where that is one body, the word is it (a body named only later cannot be pointed back
    to; with two named before, none is guessed)."""
    first = min(m.start for m in e.mentions)
    before = {n for n in names if 0 <= _first_at(doc, n) < first}
    if len(before) != 1:
        return names, fits
    return before, {n: b for n, b in fits.items() if clean(n) in before}


def _first_at(doc: Doc, name: str) -> int:
    """Where the text first names a body (-1 where it never does in those words), once per name."""
    memory = scratch(doc).setdefault("body_first_at", {})
    if name not in memory:
        memory[name] = text_of(doc).find(name)
    return memory[name]


def firm_in_view(doc: Doc, char: int) -> str | None:
    """The one firm the text names before a point in it, or None (`_in_view`): a name that is a
    firm's by its words, else, where there is none, one with no word of another kind of body
    ("Dorrow Appliances", not "Brackwell Council")."""
    named = [n for n in firms(doc) if 0 <= _first_at(doc, n) < char]
    if not named:
        kinds = kind_words()["organization"] | kind_words()["media"]
        named = [n for n, words in _name_words(doc) if 0 <= _first_at(doc, n) < char and not words & kinds
                 and not _not_firm(n) and n not in {e.text for e in entities_of(doc) if e.label_ in PLACE_LABELS}]
    return _one(named)


def _plain_word(text: str) -> str | None:
    """The word of "the utility", "The group", "the line's operator", "the local authority": a body
    called by one word after "the" (and a thing's, whose body it is, or a lower-case word that
    says which), lower-cased; also as the owner of what it says ("rejected the union's claim")."""
    words = text.split()
    if words and words[-1].endswith(("'s", "’s")) and len(words[-1]) > 2:
        words[-1] = words[-1][:-2]
    if len(words) == 3 and words[0].lower() == "the" and (
            words[1].endswith(("'s", "’s")) and words[1][:-2].isalpha()
            and not (people_word(words[1][:-2]) and words[2].lower() in kind_words()["company_words"])
            or words[1].isalpha() and words[1].islower()):
        words = words[:1] + words[2:]
    return words[1].lower() if len(words) == 2 and words[0].lower() == "the" and words[1].isalpha() else None


def _not_firm(name: str) -> bool:
    return bool({w.strip(".,'’").lower() for w in name.split()} & kind_words()["not_firm_words"])


def _firm_like(name: str) -> bool:
    """A name with a firm's word, or one that ends as an operator's does ("BC Coastal Ferries":
    kinds.json `kind_in_name`), and no word of a public body's or a union's."""
    words = {w.strip(".,'’").lower() for w in name.split()}
    operators = load_json("kinds.json")["kind_in_name"]["operator"]
    return bool(words & (kind_words()["firm_name_words"] | kind_words()["company_words"])
                or name.split()[-1].lower() in operators) and not words & kind_words()["not_firm_words"]
