import json

from followkit.ui.profile import load_profile, save_profile


def test_no_profile_yet_is_empty_and_no_problem(tmp_path):
    fields, problem = load_profile(tmp_path / "profile.json")
    assert fields == {"name": "", "email": "", "phone": "", "portfolio_url": ""}
    assert problem is None


def test_saved_details_come_back_and_nothing_else_is_kept(tmp_path):
    path = tmp_path / "data" / "profile.json"
    save_profile(path, {"name": "Sam Lee", "email": "sam@example.com", "secret": "x"})
    assert json.loads(path.read_text())["name"] == "Sam Lee"
    fields, problem = load_profile(path)
    assert fields["email"] == "sam@example.com" and "secret" not in fields
    assert problem is None
    assert [p.name for p in path.parent.iterdir()] == ["profile.json"]


def test_a_damaged_profile_is_reported_not_fatal(tmp_path):
    path = tmp_path / "profile.json"
    path.write_text("{not json")
    fields, problem = load_profile(path)
    assert fields["name"] == ""
    assert str(path) in problem and "starting empty" in problem
    path.write_text("[1, 2]")
    assert "starting empty" in load_profile(path)[1]
