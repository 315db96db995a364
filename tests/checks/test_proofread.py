"""Proofreading (FK701–FK704) through the shared ``proofread`` function."""

import pytest

from followkit.checks._proofread import dictionary_folder, proofread


def _codes(text, **options):
    return [(i.code, text[i.start:i.end]) for i in proofread(text, **options)]


def test_a_doubled_word_is_found_with_its_span():
    assert ("FK701", "about about") in _codes("I enjoyed learning about about the system.")


def test_had_had_is_grammatical():
    assert not [c for c in _codes("She had had a long day.") if c[0] == "FK701"]


def test_misspelling_is_flagged_with_a_suggestion():
    issues = [i for i in proofread("I recieve the report.") if i.code == "FK702"]
    assert [i.suggestion for i in issues] == ["receive"]
    assert "recieve" in issues[0].message


def test_dialect_follows_the_locale():
    text = "I hold a forklift licence."
    assert ("FK702", "licence") in _codes(text, locale="en-US")
    assert ("FK702", "licence") not in _codes(text, locale="en-GB")


def test_a_letter_with_no_locale_set_is_spelled_in_its_own_dialect():
    from followkit import check
    from followkit.checks._proofread import letter_dialect

    def spelled(text, **options):
        return [f.message.split("”")[0].lstrip("“") for f in check(text, **options)
                if f.code == "FK702"]

    british = ("Dear Ann,\n\nThank you for showing me the new theatre and its colour "
               "scheme; I would enjoy organising the programme.\n\nBest,\nBo")
    assert letter_dialect(british) == "en-GB"
    assert spelled(british) == []
    assert spelled(british, locale="en-US") == ["theatre", "colour", "organising"]
    mixed = british.replace("the new theatre", "the new theater")
    assert spelled(mixed) == ["theater"]  # the fewer of two dialects is the slip
    mostly_american = british.replace("colour", "color").replace("organising", "organizing")
    assert letter_dialect(mostly_american) == "en-US"
    assert letter_dialect("Thank you for the great talk about the center.") == "en-US"


def test_the_other_dialects_spelling_is_named_as_such_with_how_to_keep_it():
    gb = [i for i in proofread("The colour of the organisation.", locale="en-US")
          if i.code == "FK702"]
    assert [i.suggestion for i in gb] == ["color", "organization"]
    assert gb[0].message.startswith("“colour” is the British English spelling; American English")
    assert "set the locale to en-GB" in gb[0].message
    us = [i for i in proofread("The color of the organization.", locale="en-GB")
          if i.code == "FK702"]
    assert "“color” is the American English spelling" in us[0].message
    assert "set the locale to en-US" in us[0].message
    typo = [i for i in proofread("I recieve it.", locale="en-US") if i.code == "FK702"]
    assert "British" not in typo[0].message and "American" not in typo[0].message


@pytest.mark.parametrize(("text", "fixed"), [
    ("I look forward to hear from you.", "look forward to hearing"),
    ("Looking forward to meet the team.", "Looking forward to meeting"),
    ("I am looking forward to take on the role.", "looking forward to taking"),
    ("I look forward to get started.", "look forward to getting"),
    ("I look forward to be part of it.", "look forward to being"),
    ("I look forward to see you.", "look forward to seeing"),
])
def test_a_bare_verb_after_look_forward_to_takes_the_ing_form(text, fixed):
    found = [i for i in proofread(text, spelling=False) if i.code == "FK703"]
    assert [i.suggestion for i in found] == [fixed]


@pytest.mark.parametrize("text", [
    "I look forward to hearing from you.", "I look forward to your reply.",
    "I look forward to the next steps.", "I look forward to working with you.",
    "We look forward to it.",
])
def test_look_forward_to_a_noun_or_an_ing_form_is_fine(text):
    assert not [i for i in proofread(text, spelling=False) if i.code == "FK703"]


def test_names_acronyms_and_known_words_are_never_spelling_errors():
    text = ("Thank you, Ms. Wojciechowska. Meeting Dr. Okonkwo about the ERP rollout at "
            "Zyntrex was a pleasure.")
    assert not [c for c in _codes(text, known_words=["ERP rollout"]) if c[0] == "FK702"]


def test_lowercase_i_count_agreement_and_lowercase_sentence_start():
    codes = _codes("i worked 4 year in logistics. we met a 6 person team.")
    assert ("FK703", "i") in codes
    assert ("FK703", "4 year") in codes
    assert ("FK703", "we") in codes
    assert ("FK703", "6 person") in codes


def test_a_count_before_a_noun_is_joined_with_a_hyphen():
    issues = [i for i in proofread("I finished a 4 year degree.") if i.code == "FK703"]
    assert [i.suggestion for i in issues] == ["4-year"]


def test_a_hyphenated_count_and_an_age_are_right():
    assert not [c for c in _codes("I led a 6-person team for a 5 year old charity.")
                if c[0] == "FK703"]


def test_note_speak_is_named_and_expanded():
    issues = proofread("I have 5 yrs exp. in mgmt w/ a large team & budget.", spelling=False)
    found = {(i.code, i.suggestion) for i in issues}
    assert {("FK704", "years"), ("FK704", "experience"), ("FK704", "management"),
            ("FK704", "with"), ("FK704", "and")} <= found


def test_ampersand_in_a_company_name_is_not_note_speak():
    assert not proofread("I met the team at Harlow & Pike LLP today.", spelling=False)


def test_addresses_and_links_are_not_proofread():
    assert not proofread("Write to sam.lee@example.com or see www.samlee.dev/portfolio.")


def test_dictionary_folder_is_found_on_this_machine():
    assert (dictionary_folder("en-GB") / "en_GB.dic").is_file()


def test_unknown_locale_is_a_clear_error():
    with pytest.raises(ValueError, match="en-US"):
        proofread("Hello.", locale="fr-FR")


def test_a_doubled_word_where_a_form_term_joins_the_letter_is_left_to_the_form_coach():
    text = "Thank you for meeting me about the the position you described."
    assert ("FK701", "the the") in _codes(text)
    assert ("FK701", "the the") not in _codes(text, known_words=["the position"])


def test_the_expanded_word_list_accepts_what_hunspell_accepts():
    from spylls.hunspell import Dictionary

    from followkit.checks._proofread import _expand

    dictionary = Dictionary.from_files(str(dictionary_folder("en-US") / "en_US"))
    words = _expand(dictionary)
    sample = ["receive", "received", "receiving", "unhappy", "reapplied", "rethinking",
              "analyses", "organizations", "don't", "team's", "licensed", "recieve", "licence",
              "colour", "teh", "worked", "logistics", "responsibilities", "mentored"]
    for word in sample:
        assert (word in words) == bool(dictionary.lookup(word)), word


@pytest.mark.parametrize("trailing", ["", "\n"])
def test_the_word_list_is_searched_in_place_exactly_like_a_set(tmp_path, monkeypatch,
                                                               trailing):
    from followkit.checks._proofread import _SortedWords

    monkeypatch.setattr(_SortedWords, "_STEP", 64)  # many small windows, each edge crossed
    words = sorted({f"{a}{b}{c}" for a in "abcé" for b in "aeiou'" for c in ("", "s", "ing")}
                   | {"Zoë", "zebra", "A", "naïve"})
    path = tmp_path / "words.txt"
    path.write_text("\n".join(words) + trailing, encoding="utf-8")
    found = _SortedWords(path)
    probes = words + [w + "x" for w in words] + [w[:-1] for w in words] + [
        "", "\n", "aa\nab", "~", "Zoe", "AA", "éa's"]
    assert [p for p in probes if (p in found) != (p in set(words))] == []


def test_a_word_list_of_one_word_is_searched_too(tmp_path):
    from followkit.checks._proofread import _SortedWords

    path = tmp_path / "one.txt"
    path.write_text("receive", encoding="utf-8")
    found = _SortedWords(path)
    assert "receive" in found
    assert "receiv" not in found and "receives" not in found and "" not in found


# --- FK703: second-language slips -----------------------------------------------------------

_SLIPS = [  # made-up sentences, one for each kind of slip, and what FK703 suggests
    ("We discussed about the rollout plan.", "discussed about", "discussed"),
    ("We had a discussing about the budget.", "discussing about", "discussion about"),
    ("I am very interesting in the analyst role.", "am very interesting in",
     "am very interested in"),
    ("I’m interesting in joining the team.", "I’m interesting in", "I'm interested in"),
    ("I was very interesting in the mentoring plan.", "I was very interesting in",
     "I was very interested in"),
    ("I can able to start in March.", "can able to", "can"),
    ("Thank you for the informations about the shifts.", "informations", "information"),
    ("I valued your advices on the portfolio.", "advices", "advice"),
    ("The lab equipments impressed me.", "equipments", "equipment"),
    ("Kindly revert back with the next steps.", "Kindly revert back", "Please reply"),
    ("Please do the needful.", "do the needful", "do what is needed"),
    ("I am looking forward for your decision.", "looking forward for", "looking forward to"),
    ("Thanks for giving me opportunity to meet Dana.", "giving me opportunity",
     "giving me the opportunity"),
    ("I am writing to thank for your time.", "writing to thank for",
     "writing to thank you for"),
    ("I am waiting for your positive reply.", "waiting for your positive reply",
     "waiting for your reply"),
    ("I have led audits since 6 years.", "since 6 years", "for 6 years"),
    ("I am having 4 years of experience in payroll.", "am having 4 years of experience",
     "have 4 years of experience"),
    ("You explained me the onboarding steps.", "explained me", "explained to me"),
    ("According to me, the audit went well.", "According to me", "In my view"),
    ("I’m having strong knowledge of Excel.", "I’m having strong knowledge",
     "I have strong knowledge"),
    ("I am very much interesting in this post.", "am very much interesting in",
     "am very much interested in"),
    ("Thanks for your time to interview me.", "for your time to interview me",
     "for taking the time to interview me"),
]


@pytest.mark.parametrize(("text", "span", "suggestion"), _SLIPS)
def test_a_second_language_slip_is_named_with_what_to_write(text, span, suggestion):
    found = [(text[i.start:i.end], i.suggestion) for i in proofread(text, spelling=False)
             if i.code == "FK703"]
    assert found == [(span, suggestion)]


@pytest.mark.parametrize("text", [
    "I am interested in the analyst role.",
    "The discussion about the rollout was useful.",
    "The role sounds interesting in that it mixes audit and data.",
    "I keep coming back to what we discussed about the budget.",
    "Everything you mentioned about the night shift was helpful.",
    "The tour was very interesting in how it showed the whole line.",
    "I am having a great week, and I am having lunch with the team.",
    "I am having trouble choosing between two good offers.",
    "I have my mentor to thank for my interest in payroll.",
    "We could revert to the old schedule if needed.",
    "I moved to Denver since 5 years ago seemed too soon.",
    "I have worked there since 2019 and for 6 years in total.",
    "I am able to start in March and can be available sooner.",
    "Thank you for the information and the advice on equipment.",
    "I look forward to your reply and to the next steps.",
    "Thank you for giving me the opportunity to meet the team.",
    "The patient passed out from dehydration, and we treated her quickly.",
    "We discussed about an hour of the plan, and as you mentioned about 20 minutes in, it works.",
    "As you emphasized on our call, speed matters.",
    "Please pass my thanks to Sam, whom I would like to thank for the tour.",
    "Since 5 years is the minimum, I count my internship too.",
])
def test_good_english_near_a_slip_is_left_alone(text):
    assert not [i for i in proofread(text, spelling=False) if i.code == "FK703"]


@pytest.mark.parametrize(("sign_off", "meant"), [("Your sincerely,", "Yours sincerely"),
                                                 ("Best Regard,", "Best regards")])
def test_a_misformed_sign_off_is_fk703_and_not_fk108(sign_off, meant):
    from followkit import check

    text = ("Dear Ms. Okafor,\n\nThank you for meeting with me on Monday about the payroll "
            "analyst role.\n\nI enjoyed hearing how the team closes the books each month.\n\n"
            f"I look forward to hearing from you.\n\n{sign_off}\nAmara Eze\n")
    found = {f.code: f.message for f in check(text)}
    assert "FK108" not in found
    assert f"“{meant},”" in found["FK703"]


def test_a_right_sign_off_is_not_a_slip():
    from followkit.checks._proofread import sign_off_slip

    assert sign_off_slip("Yours sincerely,") == sign_off_slip("Best regards,") == ""


# --- wrong advice real letters drew (new wording for each cause) ------------------------------


@pytest.mark.parametrize("text", [
    "I was glad to interview for the Maintenance Technician 3 role on Monday.",
    "The band 6 position on the cardiac ward is what I hoped for.",
    "She described the Grade 4 job and the Analyst 2 position in turn.",
    "I applied for the #2 position on the crew.",
])
def test_a_grade_in_a_job_title_is_not_a_count(text):
    assert not [i for i in proofread(text, spelling=False) if i.code == "FK703"]


@pytest.mark.parametrize(("text", "slip"), [
    ("I drove a forklift for 3 year in Leeds.", "3 year"),
    ("For 5 month I trained new staff.", "5 month"),
    ("We ran a 7 person crew at Harbor Foods.", "7 person"),
    ("I packed orders at Harbor Foods 2 year before this.", "2 year"),
])
def test_a_count_without_its_plural_is_still_a_slip(text, slip):
    assert ("FK703", slip) in _codes(text, spelling=False)


@pytest.mark.parametrize("text", [
    "Thank you for the interview for the clerk opening (Req #31-207).",
    "I applied under Req. 90214 last month.",
    "The req ID R-5531 is on my application.",
])
def test_a_requisition_number_is_not_note_speak(text):
    assert not [i for i in proofread(text, spelling=False) if i.code == "FK704"]


def test_note_speak_is_still_note_speak_beside_a_requisition_number():
    found = _codes("I meet every req and have 6 yrs exp. w/ audits (Req #88-1).", spelling=False)
    assert [word for code, word in found if code == "FK704"] == ["req", "yrs", "exp.", "w/"]


def test_a_loan_phrase_is_not_respelled_for_the_dialect():
    text = "Each cook sets up the mise en place, and I would organise the line."
    found = [(i.code, text[i.start:i.end]) for i in proofread(text, locale="en-US")]
    assert found == [("FK702", "organise")]


def test_note_speak_from_a_trade_or_a_developers_notes_is_named():
    for short, written in (("cert", "certification"), ("db", "database"), ("mins", "minutes")):
        issues = proofread(f"I have a forklift {short} from last year.", codes=("FK704",))
        assert [i.code for i in issues] == ["FK704"], short
        assert written in issues[0].message, short
    assert not proofread("Our DB team was great.", codes=("FK704",))


def test_a_word_of_a_trade_next_to_a_dictionary_word_is_no_typo():
    for term in ("sharding", "backend", "upselling", "mentee"):
        assert not proofread(f"I worked on {term} every day.", codes=("FK702",)), term
    assert proofread("I worked on the recieving dock every day.", codes=("FK702",))


def test_the_end_of_a_name_with_a_dot_inside_is_no_word_to_spell():
    assert not proofread("I built the tool in React and Node.js last year.", codes=("FK702",))
    assert proofread("I built the tool in React and Node last yeer.", codes=("FK702",))


def test_a_numbered_list_item_starts_no_sentence_in_lower_case():
    text = "Two projects came up:\n\n1. testing the pump seals, and 2. helping with manuals."
    assert not proofread(text, codes=("FK703",))
