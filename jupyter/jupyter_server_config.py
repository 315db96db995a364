"""JupyterLab as ``make lab`` starts it: the kit's notebooks are saved without outputs.

The notebooks in ``notebooks/`` are part of the kit, tracked in git. When JupyterLab saves
one (it autosaves every two minutes), this hook drops what running it produced: outputs,
execution counts, widget state and the kernel's version details. The file then stays as it
was committed, so ``git status`` stays clean and the next ``git pull`` of the kit never
conflicts. Personal results live elsewhere: data/ and exports/ (git-ignored). Notebooks a
person makes outside ``notebooks/`` are saved as they are.
"""

from pathlib import PurePosixPath

KIT_FOLDER = "notebooks"
_RUN_ONLY = ("execution", "scrolled", "collapsed")


def strip_kit_notebook(model, path, contents_manager, **kwargs):
    """Pre-save hook: a kit notebook is saved as committed (code and text, no results)."""
    if model.get("type") != "notebook" or PurePosixPath(path).parts[:1] != (KIT_FOLDER,):
        return
    notebook = model["content"]
    metadata = notebook.setdefault("metadata", {})
    metadata.pop("widgets", None)
    if "language_info" in metadata:
        metadata["language_info"] = {"name": metadata["language_info"].get("name", "python")}
    for cell in notebook.get("cells", []):
        for key in _RUN_ONLY:
            cell.get("metadata", {}).pop(key, None)
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None


c = get_config()  # noqa: F821 (provided by Jupyter when it loads this file)
c.FileContentsManager.pre_save_hook = strip_kit_notebook
