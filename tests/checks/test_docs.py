from pathlib import Path

from followkit.checks.docs import rules_markdown

DOC = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def test_rules_doc_is_generated_from_the_registry_and_up_to_date():
    assert DOC.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is stale; run: python -m followkit.checks.docs > docs/rules.md")


def test_rules_doc_has_a_section_with_examples_for_every_rule():
    import followkit as fk

    text = rules_markdown()
    for rule in fk.RULES:
        section = text.split(f"## {rule.code} {rule.name}")[1].split("\n## ")[0]
        assert rule.guide in section and "- fails:" in section and "- passes:" in section
