"""The coach offers no mailto link too long for mail programs, and warns of a card too long."""

from tests.ui.test_screen import tabs


def test_a_long_letter_gets_no_mailto_link_but_a_reason_and_the_eml(screen, paths):
    first = tabs(screen)[0]
    first.text.value = first.text.value + "\n\n" + "We also talked about the audit. " * 120
    first.buttons["mailto"].click()
    assert "href=" not in first.status.value
    assert "2,000" in first.status.value and ".eml" in first.status.value
    first.buttons["eml"].click()
    assert "Saved" in first.status.value


def test_a_card_too_long_for_a6_says_so_when_saved(interview, candidate, paths, now):
    from followkit.ui.formdata import form_from_interview
    from followkit.ui.screen import Coach

    values = {**form_from_interview(interview, candidate), "channel": "handwritten"}
    coach = Coach(values=values, now=now, debounce=0, **paths)
    first = tabs(coach)[0]
    first.text.value = first.text.value + "\n\n" + "We also talked about the audit. " * 80
    first.buttons["card"].click()
    assert "Saved" in first.status.value and "one A6 card" in first.status.value
