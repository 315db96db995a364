import pytest

from followkit.letters._wording import (
    and_list,
    as_role,
    clean_items,
    layout_body,
    or_list,
    tidy_punctuation,
)


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], ""),
        (["SQL"], "SQL"),
        (["grant writing", "event planning"], "grant writing and event planning"),
        (["a", "b", "c"], "a, b, and c"),
        (["Python", "Go", "Rust", "SQL", "AWS"], "Python, Go, Rust, SQL, and AWS"),
        (["a", "", "b"], "a and b"),
    ],
)
def test_and_list_reads_as_natural_english(items, expected):
    assert and_list(items) == expected


def test_or_list_uses_or():
    assert or_list(["sam@example.com", "312 555 0142"]) == "sam@example.com or 312 555 0142"
    assert or_list(["a", "b", "c"]) == "a, b, or c"


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("Senior Staff Accountant", "Senior Staff Accountant position"),
        ("Summer Internship", "Summer Internship"),
        ("Data Analyst role", "Data Analyst role"),
    ],
)
def test_as_role_adds_the_noun_only_when_the_position_lacks_one(position, expected):
    assert as_role(position, "position") == expected


def test_clean_items_keeps_capitalisation_and_drops_trailing_marks_and_repeats():
    items = ["the ERP rollout.", "  quarter-end   close;", "ERP ROLLOUT", "the erp rollout", ""]
    assert clean_items(items) == ("the ERP rollout", "quarter-end close", "ERP ROLLOUT")


def test_clean_items_keeps_the_period_of_an_abbreviation():
    assert clean_items(["work with Acme Inc.", "the U.S.", "budgets, etc."]) == (
        "work with Acme Inc.", "the U.S.", "budgets, etc.",
    )


def test_clean_items_leaves_out_what_is_excluded_ignoring_case():
    assert clean_items(["Audit", "budget"], exclude=["audit."]) == ("budget",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at Acme Inc.. I", "at Acme Inc. I"),
        ("about X , and Y .", "about X, and Y."),
        ("really?.", "really?"),
        ("a,, b", "a, b"),
        ("wait...", "wait..."),
    ],
)
def test_tidy_punctuation_removes_doubled_marks(text, expected):
    assert tidy_punctuation(text) == expected


def test_layout_body_joins_paragraph_lines_keeps_greeting_and_signature_and_drops_empties():
    rendered = (
        "Dear Ms. Rivera,\n\n"
        "Thank you.\n  It was good.\n\n\n\n"
        "\n   \n"
        "I look forward to it.\n\n"
        "Sincerely,\nSam Lee\nsam@example.com\n"
    )
    assert layout_body(rendered) == (
        "Dear Ms. Rivera,\n\nThank you. It was good.\n\nI look forward to it.\n\n"
        "Sincerely,\nSam Lee\nsam@example.com"
    )


def test_of_two_items_the_one_with_its_own_and_goes_last():
    """"my English and German and my six years …" read as three things."""
    from followkit.letters._wording import and_list
    assert and_list(["my Greek and Italian", "my CDL"]) == "my CDL and my Greek and Italian"
    assert and_list(["pricing", "how sales and ops plan"]) == "pricing and how sales and ops plan"
