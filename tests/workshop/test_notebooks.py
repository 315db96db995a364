"""The workshop and facilitator notebooks keep the house rules: thin, pinned, no outputs."""

from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


@pytest.fixture(params=["workshop.ipynb", "facilitator.ipynb"])
def notebook(request):
    return nbformat.read(NOTEBOOKS / request.param, as_version=4)


def test_the_notebook_opens_with_you_will_and_ends_with_a_recap(notebook):
    assert "You will:" in notebook.cells[0].source
    assert notebook.cells[-1].source.startswith("## Recap")


def test_the_notebook_has_one_parameters_cell(notebook):
    tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0].cell_type == "code"


def test_code_cells_are_thin_and_committed_without_outputs(notebook):
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert len(cell.source.splitlines()) <= 15, cell.source
            assert cell.outputs == [] and cell.execution_count is None


def test_cell_ids_are_stable_names(notebook):
    ids = [cell.id for cell in notebook.cells]
    assert len(set(ids)) == len(ids)
    assert all(i.split("-")[0] in ("workshop", "facilitator") for i in ids)


def test_no_logic_is_imported_into_a_notebook_but_followkit(notebook):
    for cell in notebook.cells:
        if cell.cell_type == "code":
            for line in cell.source.splitlines():
                if line.startswith(("import ", "from ")):
                    assert line.split()[1].split(".")[0] in ("followkit", "os", "datetime")
