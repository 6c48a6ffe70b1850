"""“The Central Weather Office warned … Its afternoon bulletin advised people to stay indoors”: a
document known only as a body's ("its bulletin", "its report") is the body's named last before it,
within a few sentences, and called so: "Central Weather Office's afternoon bulletin"."""
from __future__ import annotations

ITS_REACH = 600  # characters back that "its bulletin" looks for the body whose it is


def name_its_documents(ordered: list, entity_of: dict) -> None:
    """In place: each unnamed document whose every mention opens on "its" takes the name of the
    named organisation mentioned last before its first mention."""
    last = None  # the named organisation mentioned last
    for m in ordered:
        e = entity_of[id(m)]
        words = m.text.split()
        if e.kind == "document" and not e.named and len(words) >= 2 and words[0].lower() == "its" \
                and all(x.text.split()[:1] and x.text.split()[0].lower() == "its" for x in e.mentions) \
                and last is not None and m.start - last[1] <= ITS_REACH:
            e.name = f"{last[0].name}'s {' '.join(words[1:])}"
        if e.kind == "organization" and e.named:
            last = (e, m.end)
