"""A document named as a reader names it: by whom it was made ("figures released by the
authority" are the Port Varrow Authority's), else where it came out ("a report in the Valdmor
Ledger", "a study published in the journal Avian Ecology Letters"), else by the phrase itself
less when it came out ("study", not "study published on Wednesday").

The source stays a document (`Source.kind == "document"`): its `name` is the author or outlet a
reader would credit, its `description` the words the text used for the document, dates left out,
so a user sees both who stands behind the words and that they were written, not said.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..extract.syntax import object_of
from ..lexicon import cue_stance, kind_words
from ..parse import entity_at, scratch, span_at
from . import bodies
from .names import POSSESSIVE, is_title_word
from .documents_introduced import introduced_before
from .document_phrases import says_its_maker
from .documents_speaking import speaks_with_maker

AUTHOR_PREPS = ("by", "from")
OUTLET_PREPS = ("in",)
WHEN_LABELS = ("DATE", "TIME")
# a date or a count is never whose a document is: "a report from 2022", "figures from 1998"
NUMBER_LABELS = WHEN_LABELS + ("CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
OUTLET_LABELS = ("ORG", "WORK_OF_ART", "PRODUCT", "NORP", "PERSON")


def _words(doc: Doc, tokens: list[Token]) -> str:
    # the tokens' own text: `doc.text` would join the whole document again on every call
    return "".join(t.text + (t.whitespace_ if k < len(tokens) - 1 else "") for k, t in enumerate(tokens)).strip(" ,")


def _makers(head: Token) -> list[Token]:
    """The document's noun and the participles that say how it was made ("published", "released";
    not "obtained": records obtained by a paper are not its own, lexicon kinds.json
    `document_makers`), or by whom it was put to a court (`document_filers`: "a suit brought by …")."""
    made = kind_words()["document_makers"] | kind_words()["document_filers"]
    return [head, *(c for c in _participles(head) if c.lemma_.lower() in made)]


def _participles(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"]



def _when(t: Token) -> bool:
    return t.ent_type_ in WHEN_LABELS


def _without_when(head: Token, span: Span, keep_when: bool = False) -> list[Token]:
    """The document's words less those that say when ("on Wednesday", "last month", "Thursday"),
    and less a participle left with nothing to say ("study published" is a study); with
    `keep_when`, the words that say when stay (they are all that tells the document apart)."""
    # what is said of the document by the way ("…, which was paid for by the council", "…, filed in
    # district court") is no part of it
    doc = head.doc
    drop = {t.i for c in span if c.i > head.i and (c.dep_ in ("relcl", "advcl", "appos") and c.head.i == head.i
                                                   and not says_its_maker(c)  # "a notice the company filed"
                                                   or c.dep_ in ("relcl", "acl") and doc[c.left_edge.i - 1].text == ","
                                                   and not _says_who_made_it(c))
            for t in c.subtree}
    # how lately it came out ("a new study", kinds.json `document_recency`), how it was got
    # ("obtained through a freedom-of-information request", `document_means`) and a body's
    # acronym in brackets ("the Westmarch Police Service (WPS) annual report") are no part of it
    means = kind_words()["document_means"]
    drop |= {c.i for c in head.children if c.dep_ == "amod" and c.lower_ in kind_words()["document_recency"]}
    # nor is how long it is ("the 140-page report", kinds.json `document_lengths`)
    drop |= {t.i for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i
             and c.lower_ in kind_words()["document_lengths"] and any(g.like_num for g in c.children)
             for t in c.subtree}
    for maker in [head, *_participles(head)]:
        for c in maker.children:
            if not keep_when and (c.dep_ == "prep" and (obj := object_of(c)) is not None and _when(obj)
                                  or c.dep_ in ("npadvmod", "nmod", "pobj") and _when(c)) \
                    or maker is not head and c.dep_ == "prep" and c.lower_ in means:
                drop |= {t.i for t in c.subtree}
        if maker is not head and (all(c.i in drop for c in maker.children) or _read_by(maker, head)):
            drop |= {t.i for t in maker.subtree}
    for t in span:
        if t.text == "(" and t.i + 2 < span.end and doc[t.i + 2].text == ")" and doc[t.i + 1].is_upper:
            drop |= {t.i, t.i + 1, t.i + 2}
    words = [t for t in span if t.i not in drop and not (t.i == span.start and t.dep_ == "det")]
    while words and (words[-1].is_punct or words[-1].dep_ in ("cc", "prep")):
        words.pop()
    return words


def _says_who_made_it(clause: Token) -> bool:
    """"One email, sent in October by a maintenance supervisor, …": an aside that says by whom the
    document was made says whose words it holds, and stays."""
    return clause.dep_ == "acl" and any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in AUTHOR_PREPS
                                        for c in clause.children)


def _read_by(participle: Token, head: Token) -> bool:
    """"Elections Ontario records reviewed by CBN News": who read a document the text names by
    whose it is, no part of its name ("documents obtained by the Ledger" keep it: nothing else
    tells them apart)."""
    return participle.lemma_.lower() in kind_words()["document_access_verbs"] \
        and any(t.pos_ == "PROPN" for t in head.lefts)


def _body_of(obj: Token) -> str:
    """A body as the text names it, or in full where a word for it stands for the one named
    ("the authority" for the Port Varrow Authority)."""
    doc = obj.doc
    abroad = bodies.named_abroad_at(doc)  # "figures from the Agência Guineense do Caju", however parsed
    if (opening := next((t.i for t in obj.subtree if t.i in abroad), None)) is not None:
        return bodies.without_short_form(abroad[opening])
    # an aside after the name ("…, seen by Gulf Wire, which warned …") says nothing of who it is
    aside = {t.i for c in obj.children if c.i > obj.i and c.dep_ in ("acl", "relcl")
             and doc[c.left_edge.i - 1].text == "," for t in c.subtree}
    # nor what kind of body it is, set after a comma ("the Pacific Climate Observatory, a regional
    # research body"): a description in lower case, no second name
    aside |= {t.i for c in obj.children if c.i > obj.i and c.dep_ == "appos" and c.pos_ == "NOUN"
              and c.is_lower and doc[c.left_edge.i - 1].text == "," and obj.pos_ == "PROPN" for t in c.subtree}
    # nor where it sits ("the Tian Shan Cryosphere Institute in Bishkek"): the city is no part of a name
    aside |= {t.i for c in obj.children if c.i > obj.i and c.dep_ == "prep" and c.lower_ == "in"
              and (place := object_of(c)) is not None and place.ent_type_ in ("GPE", "LOC") for t in c.subtree}
    words = [t for t in obj.subtree if not (t.dep_ == "det" and t.i == obj.left_edge.i) and t.i not in aside]
    # where it is based is no part of its name ("Abu Dhabi-based Qasr Capital")
    based = max((t.i for t in words if t.i < obj.i and t.lower_ == "based" and doc[t.i - 1].text == "-"), default=None)
    words = [t for t in words if based is None or t.i > based]
    # "the sports data site HoopLedger", "the analytics firm Courtline": words in lower case for
    # what the body is, then its name set right beside them; a reader credits the name
    named = next((c for c in obj.children if c.dep_ == "appos" and c.i == obj.i + 1 and c.pos_ == "PROPN"), None)
    if obj.pos_ == "NOUN" and obj.is_lower and named is not None:
        words = [t for t in named.subtree if t.i not in aside]
    while len(words) > 1 and words[-1].is_punct and words[-1].text != ")":
        words.pop()
    # "a survey by the Ministry": a capitalised word for a body, after "the", is the one named before
    plain = len(words) == 1 and (obj.pos_ == "NOUN" or obj.is_title and any(
        c.dep_ == "det" and c.lower_ == "the" for c in obj.children))
    full = bodies.by_word(obj.doc, obj.lower_ if obj.pos_ == "PROPN" else obj.lemma_.lower()) if plain else None
    words = _past_what_it_is(obj, words)
    return full or bodies.without_short_form(bodies.clean(_words(obj.doc, words)))


def _named_beside(obj: Token) -> str | None:
    """"written by the dead man's widow, Amina Yusuf": a word for a person with the person's name
    set beside it after a comma, wherever the parser hung the name; a reader credits the name."""
    doc = obj.doc
    if obj.pos_ != "NOUN":
        return None
    apposed = next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i), None)
    after = apposed.left_edge.i - 1 if apposed is not None else obj.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    first = after + 1
    while first < len(doc) - 1 and (is_title_word(doc[first].text) or doc[first].text == "."):
        first += 1  # "his eldest son, Mr. Kofi Darko"
    person = entity_at(doc, first)
    if person is None or person.label_ != "PERSON" or person.start > first or person.start <= after:
        return None
    return doc[first:person.end].text


def _past_what_it_is(obj: Token, words: list[Token]) -> list[Token]:
    """"a report by rights group Suara Keadilan", "figures from watchdog Fair Rail": words in lower
    case before a name of capitals say what the body is, as "the rights group" would; its name is
    the capitals."""
    if obj.pos_ != "PROPN":
        return words
    k = next((k for k, t in enumerate(words) if not (t.is_lower and t.is_alpha)), len(words))
    if 0 < k < len(words) and words[k].is_title and words[k].pos_ == "PROPN" \
            and all(t.dep_ in ("compound", "amod", "nmod") and t.lower_ not in bodies.INITIAL_SKIPS
                    for t in words[:k]):
        return words[k:]
    return words


def _outlet(obj: Token) -> str | None:
    """"the journal Avian Ecology Letters" → Avian Ecology Letters; "the Valdmor Ledger": where a
    document came out, when the words name a paper or a journal and not a place or a time."""
    if _when(obj):
        return None
    named = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None:
        return bodies.clean(_words(obj.doc, list(named.subtree)))
    words = [t for t in obj.subtree if not (t.dep_ == "det" and t.i == obj.left_edge.i)]
    # "the Carrow Gazette" by its words, whatever the tagger's label; not a place ("a report in Dunmore")
    if obj.pos_ == "PROPN" and ({t.lower_ for t in words} & kind_words()["media"] or obj.ent_type_ in OUTLET_LABELS):
        return bodies.clean(_whole_name(obj, words))
    return None


def _whole_name(obj: Token, words: list[Token]) -> str:
    """"the Journal of Freshwater Health", whose last word the parser hung elsewhere: the outlet's
    words run to the end of the tagger's name they open, where that name holds them all."""
    e = entity_at(obj.doc, obj.i)
    if e is not None and e.label_ in OUTLET_LABELS and e.start <= words[0].i and words[-1].i < e.end:
        return _words(obj.doc, [t for t in e if not (t.dep_ == "det" and t.i == e.start)])
    return _words(obj.doc, words)


def credited(head: Token, span: Span) -> tuple[str | None, str]:
    """(the author or outlet a reader credits, or None; the document's words less their dates)."""
    author = outlet = None
    by = "by"  # the word the text puts before the maker ("a memo from the authority")
    for maker in _makers(head):
        for c in _preps_of(maker, head):
            if c.dep_ in ("prep", "agent") and (obj := object_of(c)) is not None and not _a_number(obj):
                # after a verb of making ("projections published by the tour") whoever it names;
                # after the noun alone ("a report by …"), a name or a body ("a report by hand" is none)
                if c.lower_ in AUTHOR_PREPS and author is None and (team := _team_at(obj)) is not None:
                    author = team  # "a study by researchers at the Aristotle University of Thessaloniki"
                elif c.lower_ in AUTHOR_PREPS and author is None and (
                        obj.pos_ == "PROPN" or obj.ent_type_ or obj.lemma_.lower() in _body_words()
                        or maker is not head and obj.pos_ == "NOUN" and c.lower_ == "by"):
                    author = _named_beside(obj) or _body_of(obj)
                    by = c.lower_ if maker is head else "by"
                elif c.lower_ in OUTLET_PREPS and outlet is None \
                        and maker.lemma_.lower() not in kind_words()["document_filers"]:  # "filed in court"
                    outlet = _outlet(obj)
    words = _words(head.doc, _without_when(head, span))
    if author is not None and speaks_with_maker(head) and not _news_outlet(author):
        # "A report by the Observatory … The report warns": the report speaks, as its maker's
        return f"{head.lower_} {by} {author}", words
    if (author or outlet) is not None and head.lemma_.lower() in kind_words()["research_documents"] \
            and not _news_outlet(author or outlet):
        # "a study published in the journal Owl Notes", "a study led by Harlan University": the
        # study says what it found, not the journal that printed it nor only the team that led it
        return f"{head.lower_} by {author}" if author is not None else f"{head.lower_} in {outlet}", words
    return author or outlet, words


def _a_number(obj: Token) -> bool:
    """"2022" of "a report from 2022", "the 1990s", "March 2021": when it came out, or a count,
    whatever the tagger calls it (a bare year may be left untagged), never its author or outlet."""
    return obj.ent_type_ in NUMBER_LABELS or obj.like_num or obj.pos_ == "NUM"


def _team_at(obj: Token) -> str | None:
    """"researchers at the Aristotle University of Thessaloniki", "scientists from Harlan
    University": a team (kinds.json `research_teams`) said to be at a body is credited as written."""
    if obj.lemma_.lower() not in kind_words()["research_teams"] and obj.lower_ not in kind_words()["research_teams"]:
        return None
    at = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("at", "from")), None)
    body = object_of(at) if at is not None else None
    if body is None or not (body.pos_ == "PROPN" or body.ent_type_ == "ORG"):
        return None
    return f"{obj.lower_} {at.lower_} {_body_of(body)}"


def _preps_of(maker: Token, head: Token) -> list[Token]:
    """The phrases on a word of making; "a report prepared for the municipality by the Aegean
    Transport Research Centre": who it was made for comes between the participle and its maker,
    and the parser hangs "by …" on the body it was made for."""
    preps = list(maker.children)
    if maker is not head:
        made_for = [obj for c in maker.children if c.dep_ == "prep" and c.lower_ == "for"
                    and (obj := object_of(c)) is not None]
        preps += [g for obj in made_for for g in obj.children if g.dep_ == "prep" and g.lower_ == "by"]
    return preps


def _news_outlet(name: str) -> bool:
    """"The Carrow Gazette", "Radio Orrin": a paper or a broadcaster, whose own survey or analysis is
    its own reporting ("according to an analysis by the Gazette" is the Gazette's), unlike a journal's."""
    return bool({w.strip(".,'’").lower() for w in name.split()} & (kind_words()["media"] - {"journal"}))


def _body_words() -> frozenset[str]:
    words = kind_words()
    return frozenset(words["organization"] | words["company_words"] | words["media"])


def reader_name(doc: Doc, spans: list[tuple[int, int]]) -> tuple[str, str] | None:
    """(name, description) for a document source from the places the text calls it, the first
    that credits someone winning; None where no place has a document's noun at its head."""
    found = None
    for k, (start, end) in enumerate(sorted(spans)):
        span = span_at(doc, start, end)
        if span is None or len(span) == 0 or (root := _document_root(span)).pos_ not in ("NOUN", "PROPN"):
            continue
        by, words = credited(root, span)
        if by is not None:
            return _letters_in_full(doc, by), words
        if found is None and span[0].lower_ in ("a", "an") and (team := _researchers_from(span)) is not None:
            # a study brought in ("a study …") crediting no one: the next lines say whose it is
            return f"{team} {span.root.lemma_.lower()}", words
        if found is None:
            # crediting no one and left with its noun alone, the document is known by when it came
            # out: "figures published on Tuesday", as a reader cites them ("records released
            # Thursday under freedom-of-information law" are known by the law)
            bare = len(words.split()) == 1
            found = (_letters_in_full(doc, _words(doc, _without_when(span.root, span, keep_when=True)) if bare else words),
                     words)
    return found


def _letters_in_full(doc: Doc, name: str) -> str:
    """"HSE figures", "the CQC's report": a document named by its maker's letters, the maker given
    in full where the text names the body those letters stand for ("Health and Safety Executive
    figures")."""
    letters, _, rest = name.partition(" ")
    bare = POSSESSIVE.sub("", letters)
    if not rest or not bare.isupper() or (full := bodies.by_acronym(doc, bare)) is None:
        return name
    return f"{full}{letters[len(bare):]} {rest}"


def _document_root(span: Span) -> Token:
    """The span's document noun where the parser hung a name in it outside ("a statement signed by
    his eldest son, Mr. Kofi Darko, on behalf of …", "Darko" on the sentence's verb), else its root."""
    documents = kind_words()["document"]
    return next((t for t in span if (t.lemma_.lower() in documents or t.lower_ in documents)  # "figures"
                 and not span.start <= t.head.i < span.end and t.pos_ == "NOUN"), span.root)


TEAM_REACH = 2  # sentences after a document's first mention that "Researchers at X" is looked for in


def _researchers_from(span: Span) -> str | None:
    """"… according to a study published on Wednesday. Researchers from the University of Port
    Corrin filmed …": the one body that those who made a study (kinds.json `research_teams`) are
    said to be at or from, in the sentence of its mention or the next two."""
    if span.root.lemma_.lower() not in kind_words()["research_documents"]:
        return None
    doc, teams = span.doc, kind_words()["research_teams"]
    sentences = [span.root.sent]
    while len(sentences) <= TEAM_REACH and sentences[-1].end < len(doc):
        sentences.append(doc[sentences[-1].end].sent)  # the next one: no walk over the whole text
    found = set()
    for sentence in sentences:
        for t in sentence:
            if t.lemma_.lower() not in teams or t.i in range(span.start, span.end):
                continue
            for prep in t.children:
                obj = object_of(prep) if prep.lower_ in ("at", "from") else None
                if obj is not None and (obj.ent_type_ == "ORG" or obj.pos_ == "PROPN"):
                    aside = {w.i for c in obj.children if c.dep_ in ("conj", "cc", "appos", "relcl", "punct")
                             for w in c.subtree}  # "Harlan State University and two hospitals"
                    found.add(bodies.without_short_form(bodies.clean(_words(doc, [w for w in obj.subtree
                                                                                   if w.i not in aside]))))
    return found.pop() if len(found) == 1 else None


def credit_documents(doc: Doc, documents: list[list[tuple[int, int]]]) -> list[tuple[str, str] | None]:
    """`reader_name` for each document source (given by the spans of its mentions; none for a
    source that is no document). A document the text calls only by a word for it, crediting no
    one ("…, study finds" in a headline; "the paper says" of the study), is the one document of
    that word the text credits, where there is one; the words for research
    (kinds.json `research_documents`: a study, the paper, the research) are one word for this."""
    named = [reader_name(doc, spans) if spans else None for spans in documents]
    words = [_word_for(doc, spans) if credit is not None and credit[0] == credit[1] else None
             for spans, credit in zip(documents, named)]
    credited_by_word: dict[str, set[tuple[str, str]]] = {}
    for spans, credit in zip(documents, named):
        if credit is not None and credit[0] != credit[1]:
            for word in {_key(_head_lemma(doc, s)) for s in spans} - {None}:
                credited_by_word.setdefault(word, set()).add(credit)
    out = []
    for word, credit, spans in zip(words, named, documents):
        if word and len(credited_by_word.get(word, ())) == 1:
            out.append(next(iter(credited_by_word[word])))
        elif word:
            out.append(_got_before(doc, spans) or _made_before(doc, spans)
                       or introduced_before(doc, spans, credited) or credit)
        else:  # a pronoun joined to it too ("… it found"): still crediting no one by its words
            out.append(_made_before(doc, spans) or credit if credit is not None and credit[0] == credit[1] else credit)
    return out


def _documents_got(doc: Doc) -> list[tuple[int, str, str]]:
    """Each document a name is said to have got ("Northway Press obtained planning documents"):
    where, its word, and what a reader calls it ("planning documents obtained by Northway Press");
    one pass over the doc, kept for every mention."""
    memory = scratch(doc)
    if "documents_got" not in memory:
        access, got = kind_words()["document_access_verbs"], []
        for t in doc:
            verb = t.head
            if t.dep_ != "dobj" or verb.lemma_.lower() not in access \
                    or not (verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lower_.endswith("ed")):
                continue
            getter = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if getter is None or getter.pos_ != "PROPN":
                continue
            before = {x for w in t.lefts if w.dep_ in ("compound", "amod") for x in w.subtree}  # "planning"
            words = _words(doc, [*sorted(before, key=lambda x: x.i), t])
            by = _words(doc, [x for x in getter.subtree if x.i < verb.i])
            got.append((t.i, t.lemma_.lower(), f"{words} {verb.lower_} by {by}"))
        memory["documents_got"] = got
    return memory["documents_got"]


def _got_before(doc: Doc, spans: list[tuple[int, int]]) -> tuple[str, str] | None:
    """"Northway Press obtained planning documents dated January … According to the documents, …":
    documents known only as "the documents" are the ones the text said before someone got
    (kinds.json `document_access_verbs`), named as a reader cites them: "planning documents
    obtained by Northway Press". Only where the text says so of one set of documents of that word."""
    first = min(spans)
    mention = span_at(doc, *first)
    if mention is None or not any(t.lower_ in ("the", "these", "those") for t in mention):
        return None
    lemma = mention.root.lemma_.lower()
    found = {name for at, word, name in _documents_got(doc) if word == lemma and at < mention.start}
    if len(found) != 1:
        return None
    name = found.pop()
    return name, name


def _key(lemma: str | None) -> str | None:
    return "research" if lemma in kind_words()["research_documents"] else lemma


def _head_lemma(doc: Doc, span: tuple[int, int]) -> str | None:
    found = span_at(doc, *span)
    return found.root.lemma_.lower() if found is not None and len(found) else None


def _word_for(doc: Doc, spans: list[tuple[int, int]]) -> str | None:
    """The word every mention of the document has for it, with at most an article (or a country:
    "Dutch study") before it."""
    found = [span_at(doc, *span) for span in spans]
    if not found or any(f is None or not 1 <= len(f) <= 2 or f.root.pos_ not in ("NOUN", "PROPN")
                        or len(f) == 2 and f[0].lower_ not in ("the", "this") and not _whose_country(f[0])
                        for f in found):
        return None
    lemmas = {_key(f.root.lemma_.lower()) for f in found}
    if {f.root.lemma_.lower() for f in found} <= kind_words()["research_called_as_written"]:
        return None  # "the paper says": the paper, as the text calls it (kinds.json `research_called_as_written`)
    return lemmas.pop() if len(lemmas) == 1 else None


def _whose_country(word: Token) -> bool:
    """"Dutch study finds" in a headline: the country says no more than the study the text credits."""
    return word.ent_type_ in ("NORP", "GPE") and word.dep_ in ("amod", "compound")


def _documents_made(doc: Doc) -> list[tuple[int, str, str]]:
    """Each document a body is said to have made ("The National Audit Chamber today published its
    annual report", kinds.json `document_makers`) or to have spoken in ("said in its report"): where, its word, and the body; one pass over
    the doc, kept for every mention."""
    memory = scratch(doc)
    if "documents_made" not in memory:
        makers, documents, made = kind_words()["document_makers"], kind_words()["document"], []
        for t in doc:
            verb, spoken_in = t.head, _said_in_its(t, documents)
            if spoken_in:
                verb = t.head.head  # "Citizens' Election Watch said in its preliminary report that …"
            elif t.dep_ != "dobj" or verb.lemma_.lower() not in makers or t.lemma_.lower() not in documents \
                    or verb.tag_ not in ("VBD", "VBZ", "VBN", "VBP"):
                continue
            maker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if spoken_in and maker is not None and maker.pos_ == "PROPN" and not maker.ent_type_:
                # a name the tagger did not tag: its words up to the head ("Citizens' Election Watch")
                words = [w for w in maker.subtree if w.i <= maker.i and w.left_edge.i >= maker.left_edge.i
                         and not (w.dep_ == "det" and w.i == maker.left_edge.i)]
                made.append((t.i, t.lemma_.lower(), _words(doc, words)))
                continue
            if maker is None or maker.ent_type_ not in ("ORG", "GPE") or maker.pos_ != "PROPN":
                # "BUCHAREST, 22 April — The National Audit Chamber (CNA) today published": a
                # dateline leads the parser astray; the body named just before the verb made it
                maker = _body_just_before(verb)
            if maker is None:
                continue
            entity = entity_at(doc, maker.i)
            if entity is not None:
                made.append((t.i, t.lemma_.lower(), bodies.without_short_form(bodies.clean(entity.text))))
        memory["documents_made"] = made
    return memory["documents_made"]


def _said_in_its(t: Token, documents: frozenset[str]) -> bool:
    """"X said in its report that …", "warned in its annual review": a body's own document, put out
    as the body speaks through it."""
    prep = t.head
    return t.dep_ == "pobj" and t.lemma_.lower() in documents and prep.lower_ == "in" \
        and any(c.dep_ == "poss" and c.lower_ == "its" for c in t.children) \
        and prep.head.pos_ == "VERB" and cue_stance(prep.head.lemma_.lower()) is not None


def _made_before(doc: Doc, spans: list[tuple[int, int]]) -> tuple[str, str] | None:
    """"The Audit Chamber today published its annual report … The report found": a document known
    only as "the report" is the one the text said before a body made, credited to that body, where
    the text says so of one body's document of that word."""
    first = min(spans)
    mention = span_at(doc, *first)
    if mention is None or not any(t.lower_ in ("the", "this") for t in mention):
        return None
    lemma = mention.root.lemma_.lower()
    found = {body for at, word, body in _documents_made(doc) if word == lemma and at < mention.start}
    if len(found) != 1:
        return None
    body = found.pop()
    # "The Commission issued a notice … The notice said": the notice speaks, as the Commission's
    return (f"{mention.root.lower_} by {body}" if speaks_with_maker(mention.root) else body,
            _words(doc, list(mention)))


def _body_just_before(verb: Token) -> Token | None:
    """The last token of an organisation named before the verb in its sentence with no other verb
    between them."""
    doc = verb.doc
    for k in range(verb.i - 1, verb.sent.start - 1, -1):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX"):
            return None
        if t.ent_type_ == "ORG" and t.pos_ == "PROPN" and t.dep_ != "pobj" \
                and not (k + 1 < len(doc) and doc[k + 1].text == ")"):  # "(CNA)": the name is before it
            return t
    return None
