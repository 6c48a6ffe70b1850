"""Names that say whose child a person is: "Fatima bint Khalid Al Qasimi", "Mohammed bin Rashid Al
Maktoum". The tagger may cut such a name at its link word ("bint", name_links.txt) into two people,
"Fatima" and "Khalid Al Qasimi"; a reader hears one person, named in full."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .portfolios import is_field
from ..lexicon import word_set
from ..parse import english_words
from . import gender

MOST_WORDS = 4  # of capitalised words on either side of a link, as a long name has at most


def _name_token(doc: Doc, i: int) -> bool:
    """A capitalised word of letters ("Al", "Qasimi"), or a hyphen inside one ("Al-Attiyah")."""
    t = doc[i]
    if t.text == "-":
        return i > 0 and not doc[i - 1].whitespace_ and not t.whitespace_
    return t.is_alpha and t.is_title


def _edge(doc: Doc, i: int, step: int) -> int:
    """How far a name runs from token `i` (exclusive of the link) in the direction `step`: the
    last token of the run, over capitalised words and further links."""
    links, last, words = word_set("name_links"), None, 0
    k = i
    while 0 <= k < len(doc) and words <= MOST_WORDS:
        if _name_token(doc, k):
            last, words = k, words + 1
        elif not (doc[k].lower_ in links and doc[k].is_lower and last is not None
                  and 0 <= k + step < len(doc) and _name_token(doc, k + step)):
            break
        k += step
    return last if last is not None else -1


def joined_at_links(doc: Doc, people: list[Span], titles: frozenset[str]) -> list[Span]:
    """`people` with each pair of names a link word joins ("Fatima" bint "Khalid Al Qasimi") made
    one name, from the first capitalised word before the link (no title) to the last after it;
    only where a name the tagger found touches the link, so a body's name is never taken up."""
    links = word_set("name_links")
    starts = {p.start: p for p in people}
    ends = {p.end: p for p in people}
    joined: list[Span] = []
    for t in doc:
        if t.lower_ not in links or not t.is_lower or t.i == 0 or t.i + 1 >= len(doc):
            continue
        if not (_name_token(doc, t.i - 1) and _name_token(doc, t.i + 1)):
            continue
        edge = ends[t.i].start if t.i in ends else _edge(doc, t.i - 1, -1)
        # "Dubai Ruler Sheikh Mohammed bin Rashid": the name starts after the last title
        left = _past_fields(doc, _past_titles(doc, edge, t.i, titles), t.i)
        touched = t.i in ends or t.i in starts or t.i + 1 in starts or any(p.start < t.i < p.end for p in people) \
            or gender.is_first_name(doc[left].text)  # "Iwan ab Owain" tagged a body: a given name opens it
        if not touched and left == edge:
            continue  # neither a name the tagger found nor a title says these words are a person's
        right = _edge(doc, t.i + 1, 1) + 1
        for start in (t.i, t.i + 1):  # "bin Osman" tagged with its link, or "Osman" alone
            if start in starts:
                right = max(right, starts[start].end)
        if left < t.i and right > t.i + 1:
            joined.append(doc[left:right])
        elif left == t.i > edge and right > t.i + 1:
            joined.append(doc[edge:right])  # "Mr ap Gwilym": a title, then the link that opens the surname
    if not joined:
        return people
    joined = [s for s in joined if not any(o is not s and o.start <= s.start and s.end <= o.end and len(o) > len(s)
                                           for o in joined)]
    # "Mzee Kiprono" tagged of "Mzee Kiprono arap Chelimo": a name that only a title keeps out of
    # the joined one is the same person
    kept = [p for p in people if not any(s.start <= p.start and p.end <= s.end or p.start < s.start < p.end <= s.end
                                         and all(t.lower_.rstrip(".") in titles for t in p[:s.start - p.start])
                                         for s in joined)]
    return sorted(kept + list({(s.start, s.end): s for s in joined}.values()), key=lambda p: p.start)


def _past_titles(doc: Doc, start: int, link: int, titles: frozenset[str]) -> int:
    """Where a name opens in the capitals from `start` to the link: after the last title or title
    phrase among them ("Home Minister Datuk Seri Azman bin Hashim" opens on "Azman"), or at
    `start` where there is none."""
    phrases = word_set("title_phrases")
    opening = start
    for k in range(start, link):
        if doc[k].lower_.rstrip(".") in titles:
            opening = k + 1
        if k + 1 < link and f"{doc[k].lower_} {doc[k + 1].lower_}" in phrases:
            opening = k + 2
    return opening


def _past_fields(doc: Doc, opening: int, link: int) -> int:
    """"Cabinet Secretary for Transport Catrin ferch Gruffudd": the fields just after a post's "for"
    or "of" (portfolios.txt) are the post's, and the name opens after them."""
    if opening == 0 or doc[opening - 1].lower_ not in ("for", "of", "and"):
        return opening
    while opening < link - 1 and is_field(doc[opening].text):
        opening += 1
    return opening


def with_surname_after_patronymic(doc: Doc, people: list[Span]) -> list[Span]:
    """"Dmitry Sergeyevich" tagged, "Voronin" after it taken for a body: a name of two words or more
    that ends on a patronymic (patronymic_endings.txt) runs on to the capitalised word after it,
    the surname, where that word is no other person's name."""
    endings = tuple(word_set("patronymic_endings"))
    out = []
    for p in people:
        after = doc[p.end] if p.end < len(doc) else None
        if len(p) >= 2 and p[-1].lower_.endswith(endings) and after is not None and p[-1].whitespace_ \
                and after.is_alpha and after.is_title and after.ent_type_ != "PERSON":
            p = doc[p.start:p.end + 1]
        out.append(p)
    return out


def with_shared_second_surname(doc: Doc, people: list[Span]) -> list[Span]:
    """"Julio César Peralta" tagged, "Ruiz" after it left out, where the text names his brother
    "Ernesto Peralta Ruiz": a name runs on to the capitalised word after it where the two words
    end another person's name, as siblings share both surnames."""
    endings = {tuple(t.text for t in p[-2:]) for p in people if len(p) >= 3}
    out = []
    for p in people:
        after = doc[p.end] if p.end < len(doc) else None
        if after is not None and p[-1].whitespace_ and after.is_title and after.is_alpha \
                and not after.ent_type_ and (p[-1].text, after.text) in endings:
            p = doc[p.start:p.end + 1]
        out.append(p)
    return out


def kin_by_shared_surnames(doc: Doc, people: list[Span]) -> list[Span]:
    """"Maria José dos Santos … Her daughter, Cleide dos Santos", "Osniel Castillo Valdés … His
    brother, Yasmani Castillo Valdés": the surnames that end one person's name (two of them, or one
    with its particles; or two found alone after two different words), found again after another
    capitalised word that is no English word, name a relative in full, however the tagger read the
    words ("dos" a verb, "Santos" a place, "Yasmani" a body)."""
    particles = word_set("surname_particles")
    endings = set()
    for p in people:
        k = next((i for i in range(p.start + 1, p.end - 1) if doc[i].is_lower and doc[i].lower_ in particles), None)
        if k is None and len(p) >= 3 and all(_name_token(doc, i) for i in range(p.start, p.end)) \
                and not any(gender.from_first_name(t.text) for t in p[-2:]):
            k = p.end - 2  # two surnames after one or more given names, not a father's given names
        if k is not None and all(_name_token(doc, i) for i in range(k + 1, p.end)):
            endings.add(tuple(t.text for t in doc[k:p.end]))
    # two surnames found alone, after a different capitalised word each time: brothers' given names
    # (not a father's given names after each child's, "Faizal Abdul Karim", "Nurul Huda Abdul Karim")
    before: dict[tuple, set[str]] = {}
    for p in people:
        if len(p) == 2 and p.start > 0 and all(_name_token(doc, i) for i in range(p.start, p.end)) \
                and not any(gender.from_first_name(t.text) for t in p) and doc[p.start - 1].is_title:
            before.setdefault((p[0].text, p[1].text), set()).add(doc[p.start - 1].text)
    endings |= {pair for pair, words in before.items() if len(words) > 1}
    out = []
    for ending in endings:
        n = len(ending)
        for k in range(1, len(doc) - n + 1):
            if tuple(t.text for t in doc[k:k + n]) != ending:
                continue
            given = doc[k - 1]
            if given.is_title and given.is_alpha and given.whitespace_ and given.lower_ not in english_words() \
                    and not any(p.start <= k - 1 < p.end for p in people):
                out.append(doc[k - 1:k + n])
    return out
