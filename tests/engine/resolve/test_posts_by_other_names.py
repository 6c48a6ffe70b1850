"""A post recalled under another of the names outlets give it (roles.json `synonyms`): "the
prosecutor" after "Deputy City Attorney …", "the defence lawyer" after "defense counsel …"."""
from said_by import speaker_of


def test_the_prosecutor_is_the_city_attorney_named_before():
    text = ("Assistant City Attorney Dana Whitlock opened the case against the landlord on Monday.\n\n"
            "Whitlock told jurors that the tenants had gone without heat for a month. "
            "\"Nobody should freeze in their own home,\" the prosecutor said.\n")
    assert speaker_of(text, "freeze in their own home") == "Dana Whitlock"


def test_the_defence_lawyer_is_the_defence_counsel_named_before():
    text = ("Defence counsel Aisling Burke rose to question the detective.\n\n"
            "Burke told the court that the search had been unlawful. "
            "\"The warrant was never signed,\" the defence lawyer said.\n")
    assert speaker_of(text, "warrant was never signed") == "Aisling Burke"
