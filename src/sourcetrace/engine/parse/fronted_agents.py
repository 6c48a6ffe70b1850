"""The name after a fronted phrase's agent is the agent's, not the subject's."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NAME_TAGS = ("NNP", "NNPS")


@Language.component("fronted_agents")
def fronted_agents(doc: Doc) -> Doc:
    """"Led in evidence by the Senior Prosecutor, Mr Sahr Tengbeh, the fourth witness, Mr Olu Cole,
    told the court …": the parser makes the prosecutor's name the subject, or hangs the witness on
    the prosecutor's phrase and leaves the verb without one. A name set straight after a fronted
    participle phrase's agent, then a description with a name of its own, is the agent's; the
    description is the subject."""
    for sent in doc.sents:
        opener, verb = sent[0], sent[0].head
        if opener.tag_ not in ("VBN", "VBG") or opener.dep_ != "advcl" or verb.i <= opener.i:
            continue
        agent = next((t for t in opener.subtree if t.dep_ == "pobj" and t.head.lower_ == "by"), None)
        name = _name_after(doc, agent) if agent is not None else None
        described = next((c for c in name.children if c.dep_ == "appos" and c.tag_ in ("NN", "NNS")), None) \
            if name is not None else None
        if described is None or not any(c.dep_ in ("appos", "conj") and c.tag_ in NAME_TAGS for c in described.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != name.i]
        if subjects:
            continue
        described.head, described.dep_ = verb, "nsubj"
        for c in described.children:
            if c.dep_ == "conj" and c.tag_ in NAME_TAGS:
                c.dep_ = "appos"
        name.head, name.dep_ = agent, "appos"
    for sent in doc.sents:
        _subject_taken_for_object(sent[0])
    return doc


def _subject_taken_for_object(opener: Token) -> None:
    """"Addressing the session, H.E. Chan Sothea, Minister of Posts, underlined that …": the parser
    makes the fronted participle the verb's subject and the name a second object of the
    participle. A name set off by a comma after the participle's own object, with no subject on
    the verb, is the verb's subject; the participle is fronted."""
    verb = opener.head
    if opener.tag_ != "VBG" or opener.dep_ != "csubj" or verb.i <= opener.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    obj = next((c for c in opener.children if c.dep_ == "dobj"), None)
    name = next((c for c in opener.children if obj is not None and c.i > obj.right_edge.i + 1
                 and c.dep_ in ("dobj", "npadvmod", "appos") and c.tag_ in NAME_TAGS), None)
    if name is None or opener.doc[obj.right_edge.i + 1].text != "," or name.left_edge.i != obj.right_edge.i + 2:
        return
    name.head, name.dep_ = verb, "nsubj"
    opener.dep_ = "advcl"


def _name_after(doc: Doc, agent: Token) -> Token | None:
    """The head of the name set off by a comma straight after the agent's phrase ("Mr Sahr Tengbeh")."""
    k = agent.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    while k < len(doc) and doc[k].tag_ in NAME_TAGS and doc[k].dep_ == "compound":
        k += 1
    return doc[k] if k < len(doc) and doc[k].tag_ in NAME_TAGS else None
