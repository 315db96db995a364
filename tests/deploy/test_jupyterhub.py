"""A workshop room on JupyterHub: each participant has their own server, notebooks and log."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.deploy import hub_api
from tests.deploy.coaching_flow import PARTICIPANTS
from tests.deploy.hub import deploy_script
from tests.deploy.hub_api import Browser, api
from tests.deploy.remote_kernel import run_notebook, start_kernel

ANA, BEN, CHLOE = PARTICIPANTS
link_module = deploy_script("nbgitpuller_link")


def _git_pull(server: str, token: str, default_url: str) -> list[dict]:
    """Do what the nbgitpuller page does for the default URL; return its progress events."""
    query = parse_qs(urlsplit(default_url).query)
    params = {key: query[key][0] for key in ("repo", "branch", "targetpath")}
    reply = api("GET", f"{server}/git-pull/api?{urlencode(params)}", token, timeout=60)
    assert reply.status == 200, reply.text
    return [json.loads(line[len("data: "):]) for line in reply.text.splitlines()
            if line.startswith("data: ")]


def test_each_participant_lands_on_the_coaching_notebook_pulled_into_their_own_home(room):
    for participant in PARTICIPANTS:
        server, token = room.server(participant.username), room.tokens[participant.username]
        landing = api("GET", f"{server}/", token)
        assert landing.status == 302
        location = landing.headers["location"]
        assert location.startswith(f"/user/{participant.username}/git-pull?")
        query = parse_qs(urlsplit(location).query)
        assert query["repo"] == [room.repo_url]
        assert query["urlpath"] == ["lab/tree/followkit/notebooks/coach.ipynb"]

        events = _git_pull(server, token, location)
        assert events[-1]["phase"] == "finished", events
        notebook = room.hub.home(participant.username) / "followkit" / "notebooks" / "coach.ipynb"
        assert notebook.is_file()


def test_only_participants_the_facilitator_created_can_log_in_with_the_workshop_password(room):
    hub = room.hub
    assert Browser().log_in(hub.url, ANA.username, "wrong-password").status == 403
    assert Browser().log_in(hub.url, "mallory", hub.password).status == 403
    reply = Browser().log_in(hub.url, ANA.username, hub.password)
    assert reply.status == 302
    assert not reply.headers["location"].endswith("/hub/login")


def test_the_facilitators_nbgitpuller_link_lands_where_the_default_url_does(room):
    browser = Browser()
    assert browser.log_in(room.hub.url, ANA.username, room.hub.password).status == 302
    url = link_module.workshop_link(room.hub.url, room.repo_url)
    for _hop in range(5):  # /hub/user-redirect/… → /hub/spawn/ana?next=… → /user/ana/…
        reply = browser.get(url)
        assert reply.status == 302, reply.text
        url = room.hub.url + reply.headers["location"]
        if urlsplit(url).path.startswith("/user/"):
            break
    location = urlsplit(url)
    assert location.path == f"/user/{ANA.username}/git-pull"
    landing = api("GET", f"{room.server(ANA.username)}/", room.tokens[ANA.username])
    assert parse_qs(location.query) == parse_qs(urlsplit(landing.headers["location"]).query)


def test_the_pulled_coaching_notebook_runs_all_cells_on_a_participants_server(room):
    printed = run_notebook(room.server(CHLOE.username), room.tokens[CHLOE.username],
                           "followkit/notebooks/coach.ipynb",
                           then="import followkit; print(followkit.default_log_path())")
    expected = room.hub.home(CHLOE.username) / "followkit-data" / "followups.csv"
    assert printed[-1].strip() == str(expected)


def test_each_participants_log_is_a_file_in_their_own_home(room):
    for participant in PARTICIPANTS:
        expected = room.hub.home(participant.username) / "followkit-data" / "followups.csv"
        assert room.summaries[participant.username]["log"] == str(expected)
        assert expected.is_file()


def test_each_participants_log_holds_only_their_own_rows(room):
    for participant in PARTICIPANTS:
        summary = room.summaries[participant.username]
        assert summary["followup_ids"] == [participant.followup_id]
        assert summary["companies"] == [participant.company]
        text = Path(summary["log"]).read_text(encoding="utf-8")
        for other in PARTICIPANTS:
            if other != participant:
                assert other.company not in text
                assert other.followup_id not in text


def test_each_participants_letter_is_composed_in_their_own_kernel_for_their_interviewer(room):
    for participant in PARTICIPANTS:
        letter = room.summaries[participant.username]["letter"]
        assert letter.startswith(f"Subject: Thank you — {participant.position} interview")
        assert f"Dear {participant.interviewer.split()[0]}," in letter  # first name, by email
        assert participant.company in letter
        assert letter.rstrip().endswith(f"{participant.name}\n{participant.email}")


def test_a_participants_own_token_reads_their_own_log_through_their_server(room):
    reply = api("GET", f"{room.server(BEN.username)}/api/contents/followkit-data/followups.csv",
                room.tokens[BEN.username])
    assert reply.status == 200
    assert BEN.company in reply.json()["content"]


def test_one_participants_token_cannot_read_another_participants_files_or_server(room):
    ana_token, ben_server = room.tokens[ANA.username], room.server(BEN.username)
    for path in ("/api/contents/followkit-data/followups.csv", "/api/contents", "/api/kernels",
                 "/api/status"):
        reply = api("GET", f"{ben_server}{path}", ana_token)
        assert reply.status == 403, (path, reply.status)
        assert BEN.company not in reply.text
    files = api("GET", f"{ben_server}/files/followkit-data/followups.csv", ana_token)
    assert files.status in (302, 403), files.status
    assert BEN.company not in files.text
    kernel = api("POST", f"{ben_server}/api/kernels", ana_token, {"name": "python3"})
    assert kernel.status == 403


def test_one_participants_token_cannot_see_or_drive_another_participant_on_the_hub(room):
    ana_token = room.tokens[ANA.username]
    assert room.hub.api("GET", f"/users/{BEN.username}", token=ana_token).status == 404
    token = room.hub.api("POST", f"/users/{BEN.username}/tokens", {}, token=ana_token)
    assert token.status in (403, 404)
    assert "token" not in token.json()
    assert room.hub.api("DELETE", f"/users/{BEN.username}/server", token=ana_token).status \
        in (403, 404)
    assert hub_api.server_model(room.hub, BEN.username)["ready"] is True
    listing = room.hub.api("GET", "/users", token=ana_token)
    assert listing.status == 403
    assert BEN.username not in listing.text


def test_the_hub_keeps_serving_while_one_participants_server_is_killed(room):
    hub = room.hub
    pid = hub_api.server_model(hub, BEN.username)["state"]["pid"]
    os.kill(pid, signal.SIGKILL)

    assert hub.api("GET", "/").status == 200
    for participant in (ANA, CHLOE):
        kernel = start_kernel(room.server(participant.username), room.tokens[participant.username])
        try:
            assert kernel.execute("print(6 * 7)").strip() == "42"
        finally:
            kernel.close()
    hub_api.wait_server_gone(hub, BEN.username)
    assert api("GET", f"{room.server(BEN.username)}/api/status",
               room.tokens[BEN.username]).status != 200

    hub_api.request_server(hub, BEN.username)
    hub_api.wait_server_ready(hub, BEN.username)
    kernel = start_kernel(room.server(BEN.username), room.tokens[BEN.username])
    try:
        printed = kernel.execute("import os; print(open(os.environ['FOLLOWKIT_LOG']).read())")
    finally:
        kernel.close()
    assert BEN.followup_id in printed
    assert ANA.company not in printed


WORKSHOP_FLOW = """
import os
from followkit.ui.workshop import Workshop
ws = Workshop.load({lesson!r}, drop_folder=os.environ["FOLLOWKIT_WORKSHOP_DROP"], log_path="")
ws.quiz("Defining a Follow-Up")
ws.quiz_items[0].choices.value = {choice}
ws.quiz_items[0].check.click()
ws.export()
ws.exporter.export.click()
ws.exporter.export.click()  # exporting twice still makes one file
print(ws.exporter.path)
"""


def test_three_participants_submit_into_the_hubs_drop_folder_and_the_facilitator_sees_three(room):
    import stat

    from followkit.ui.facilitator import RoomView

    drop = room.hub.base / "workshop-drop"
    assert stat.S_IMODE(drop.stat().st_mode) == 0o1773  # write-only for participants, sticky
    lesson = Path(__file__).resolve().parents[2] / "data" / "workshop"
    printed = []
    for choice, participant in enumerate(PARTICIPANTS):
        kernel = start_kernel(room.server(participant.username), room.tokens[participant.username])
        try:
            printed.append(kernel.execute(WORKSHOP_FLOW.format(lesson=str(lesson),
                                                               choice=choice)).strip())
        finally:
            kernel.close()
    assert [Path(p).parent for p in printed] == [drop] * 3
    assert len(list(drop.glob("workshop-*.json"))) == 3
    view = RoomView.open(drop, lesson, export_folder=room.hub.base / "charts")
    assert view.state.participants == 3 and "<b>3</b> participants" in view.head.value
    assert list(view.state.quiz.query("exercise == 'quiz:what-is-a-follow-up'")["count"]) == [
        1, 1, 1]
