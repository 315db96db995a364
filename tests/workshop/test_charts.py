"""The room's charts: titles as written (a $ is no maths), whole counts, empty states."""

import pandas as pd

from followkit.workshop._charts import exercises_figure, png_bytes, quiz_figure


def test_a_dollar_sign_in_a_title_prints_as_a_dollar_not_maths():
    summary = pd.DataFrame({"exercise": ["quiz:pay"], "kind": ["quiz"], "participants": [3],
                            "done_rate": [2 / 3], "first_try_rate": [0.0],
                            "median_checks": [1.0]})
    figure = exercises_figure(summary, {"quiz:pay": "Ask for $50 or $60 more?"})
    png_bytes(figure)  # mathtext would fail or eat the text between the dollars
    (label,) = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert label == r"Ask for \$50 or \$60 more?"
    assert "2 of 3" in [t.get_text() for t in figure.axes[0].texts]


def test_a_quiz_nobody_answered_says_so_instead_of_empty_axes():
    spread = pd.DataFrame({"exercise": ["quiz:a"], "question": ["Q?"], "choice": [0],
                           "text": ["A"], "correct": [True], "count": [0]})
    figure = quiz_figure(spread)
    assert any("No quiz answer yet" in t.get_text() for t in figure.axes[0].texts)
