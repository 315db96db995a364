import pandas as pd

from followkit.history._html import advice_html, banner_html, due_html, sentences_html


def test_every_value_is_escaped():
    assert "<b>" not in banner_html("<b>", "a & b", "error")
    assert "&lt;script&gt;" in sentences_html(["<script>x</script>"])
    advice = [{"code": "FK502", "heading": "h", "guide": "g", "advice": "a",
               "messages": ["Dana <Rivera>"]}]
    assert "Dana &lt;Rivera&gt;" in advice_html(advice)


def test_findings_list_is_capped_with_how_many_more():
    advice = [{"code": "FK502", "heading": "h", "guide": "g", "advice": "a",
               "messages": [f"m{i}" for i in range(25)]}]
    html = advice_html(advice, limit=20)
    assert "<li>m19</li>" in html and "m20" not in html and "… and 5 more." in html


def test_an_empty_due_list_says_nothing_is_due():
    empty = pd.DataFrame(columns=["interviewer", "company", "channel", "send_from",
                                  "deadline", "time_left_text"])
    assert "Nothing is due" in due_html(empty)
