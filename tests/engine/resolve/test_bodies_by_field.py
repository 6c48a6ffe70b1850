"""A public body called by its field ("the health ministry", "the transport department") is never a
body whose name gives no such field, and still the one whose name does. Sentences written for the
test."""
from said_by import speaker_of


def test_the_health_ministry_is_not_the_environment_department():
    text = ("The Department of Environment said in a statement that it would study the findings.\n\n"
            "The health ministry did not reply to questions sent on Friday.")
    assert "Environment" not in speaker_of(text, "questions sent")


def test_the_finance_ministry_is_not_the_ministry_of_education():
    text = ("Ghana's Ministry of Education said on Tuesday that 4,000 classrooms would be rebuilt by 2026. "
            "The finance ministry said it had not yet set aside money for the work.")
    assert "Education" not in speaker_of(text, "set aside money")


def test_the_transport_department_is_not_the_department_of_health():
    text = ("The Department of Health and Social Care said waiting lists had fallen for a third month.\n"
            "The transport department said the new rail timetable would start in May.")
    assert "Health" not in speaker_of(text, "rail timetable")


def test_the_interior_ministry_is_not_the_foreign_ministry_named():
    text = ("Peru's Ministry of Foreign Affairs said the ambassador had been recalled for consultations. "
            "The interior ministry said in a separate statement that border crossings would stay open.")
    assert "Foreign" not in speaker_of(text, "border crossings")


def test_the_agriculture_agency_is_not_the_energy_agency():
    text = ("The National Energy Agency said on Monday that fuel stocks would last until March. "
            "The agriculture agency warned that fertiliser prices could double before planting.")
    assert "Energy" not in speaker_of(text, "fertiliser prices")


def test_the_health_ministry_is_still_the_ministry_of_health():
    text = ("The Ministry of Health and Family Welfare said 1,200 new cases had been recorded. "
            "The health ministry added that hospitals in Pune had enough beds.")
    assert speaker_of(text, "enough beds") == "Ministry of Health and Family Welfare"


def test_the_transport_department_is_still_the_department_of_transportation():
    text = ("The Texas Department of Transportation said the bridge would reopen on Friday. "
            "The transport department said on Saturday that inspectors had found no cracks.")
    assert "Transportation" in speaker_of(text, "no cracks")


def test_the_environmental_agency_is_still_the_environment_agency():
    text = ("The Environment Agency said river levels at Tewkesbury had peaked overnight. "
            "The environmental agency said in a later update that two flood warnings had been lifted.")
    assert speaker_of(text, "flood warnings") == "Environment Agency"


def test_the_defense_ministry_is_still_the_ministry_of_defence():
    text = ("Kenya's Ministry of Defence said troops had been sent to the border town of Mandera. "
            "The defense ministry said the deployment would last two weeks.")
    assert "Defence" in speaker_of(text, "two weeks")
