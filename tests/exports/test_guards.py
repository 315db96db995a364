"""Size guards: a mailto: link too long for mail programs, a card too long for one A6 page."""

import shutil

import pytest

import followkit as fk
from followkit import exports


def email(person, body):
    return fk.Letter(interviewer=person, channel="email", subject="Thank you", body=body)


def test_a_mailto_link_over_2000_characters_is_not_offered_and_the_eml_is(interview,
                                                                         candidate):
    letter = email(interview.interviewers[0], "Thank you for the interview. " * 300)
    reason = exports.mailto_problem(letter)
    assert reason is not None and "2,000" in reason and ".eml" in reason
    with pytest.raises(fk.LetterError) as info:
        exports.mailto_link(letter)
    assert str(info.value) == reason
    assert exports.eml_draft(letter, candidate).startswith(b"To: ")


def test_an_ordinary_letter_gets_its_mailto_link(interview):
    letter = email(interview.interviewers[0], "Thank you for the interview today. " * 20)
    assert exports.mailto_problem(letter) is None
    assert len(exports.mailto_link(letter)) <= exports.MAILTO_MAX


SENTENCE = ("Thank you for taking the time to talk with me about the reconciliation work and "
            "the close calendar your team is planning for next quarter. ")


def card_letter(person, words, per_paragraph):
    text = (SENTENCE * (words // 20 + 2)).split()[:words]
    paragraphs = [" ".join(text[i:i + per_paragraph])
                  for i in range(0, len(text), per_paragraph)]
    body = "Dear Ms. Rivera,\n\n" + "\n\n".join(paragraphs) + "\n\nWarm regards,\nSam Lee"
    return fk.Letter(interviewer=person, channel="handwritten", subject="", body=body)


def test_a_card_too_long_for_a6_says_so_on_screen_and_not_in_print(interview):
    window = fk.send_window(interview.ended_at, "handwritten")
    long = card_letter(interview.interviewers[0], 470, 60)
    reason = exports.card_problem(long, interview)
    assert reason is not None and "one A6 card" in reason and "words" in reason
    page = exports.card_html(long, interview, window)
    assert 'class="too-long"' in page and ".hint, .too-long { display: none; }" in page
    short = card_letter(interview.interviewers[0], 120, 40)
    assert exports.card_problem(short, interview) is None
    assert 'class="too-long"' not in exports.card_html(short, interview, window)


def printed_pages(tmp_path, html):
    import re
    import subprocess

    source, pdf = tmp_path / "card.html", tmp_path / "card.pdf"
    source.write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}",
                    str(source)], capture_output=True, timeout=120, check=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert abs(width - 297.6) < 1 and abs(height - 419.5) < 1  # A6
    return int(re.search(r"Pages:\s+(\d+)", info)[1])


@pytest.mark.skipif(not (shutil.which("chromium") and shutil.which("pdfinfo")),
                    reason="needs Debian's chromium and poppler-utils")
@pytest.mark.parametrize(("words", "per_paragraph"), [(470, 60), (150, 50), (80, 5), (60, 5)])
def test_the_warning_matches_what_chromium_prints(tmp_path, interview, words, per_paragraph):
    letter = card_letter(interview.interviewers[0], words, per_paragraph)
    window = fk.send_window(interview.ended_at, "handwritten")
    pages = printed_pages(tmp_path, exports.card_html(letter, interview, window))
    assert (exports.card_problem(letter, interview) is not None) == (pages > 1), pages
