"""Verbatim: customer-interview recordings in, theme-ready Parquet out.

One import root. The wheel installs the design card's folders inside this package
(``verbatim.flows``, ``verbatim.tasks``, ``verbatim.schemas``: pyproject's ``force-include``),
so a user's own ``tasks.py`` cannot collide with ours. In a checkout those folders sit at the
repository's top, beside this package, so there the package's search path also covers the
repository root: ``verbatim.tasks`` is ``tasks/`` either way, and the code imports it one way.
"""

from pathlib import Path as _Path

_here = _Path(__file__).resolve().parent
# Only in a checkout: an installed wheel has verbatim/tasks/ itself, and the folder above it
# (site-packages) may hold another distribution's ``tasks``.
if (
    not (_here / "tasks").is_dir()
    and (_here.parent / "tasks" / "__init__.py").is_file()
    and (_here.parent / "pyproject.toml").is_file()
):
    __path__.append(str(_here.parent))  # noqa: F821 (a package's __path__)
