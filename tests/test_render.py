"""The Markdown report: who speaks and who claims, in words a reader recognises."""

from sitroom.render import markdown


def test_a_body_speaks_and_claims_in_the_texts_words_a_person_by_name(analyze):
    a = analyze("The Polish border guard said 40 migrants had crossed the river. It said two "
                "boats were seized. Prime Minister Donald Tusk said the border would stay "
                "closed.")
    report = markdown(a)
    section = report.split("## Quotes")[1].split("## Figures")[0]
    quotes = [line for line in section.splitlines() if line.startswith("- **")]
    assert [line.split("**")[1] for line in quotes] == [
        "The Polish border guard", "The Polish border guard", "Donald Tusk"]
    assert "| 40 | exact | migrant | migrants | The Polish border guard |" in report
