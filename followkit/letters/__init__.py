"""Letters from a form: composing, the jinja2 template pack, wording helpers, JSON forms.

``compose(interview, candidate)`` writes one tailored letter per interviewer;
``load_form(path)`` reads a saved form. The wording lives in ``letters/templates/``, a pack a
career center can swap with ``templates=``.
"""

from followkit.letters._compose import LENGTHS, SIGN_OFFS, compose
from followkit.letters._forms import FormFile, load_form, load_form_file

__all__ = ["LENGTHS", "SIGN_OFFS", "FormFile", "compose", "load_form", "load_form_file"]
