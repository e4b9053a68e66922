"""Imports every table module so the metadata knows them all (for Alembic and tests)."""

from storage import events  # noqa: F401
from storage import models  # noqa: F401
from storage import knowledge  # noqa: F401,E402
from storage import submissions  # noqa: F401
from storage import issues  # noqa: F401
from storage import broadcasts  # noqa: F401
from storage import roster  # noqa: F401
from storage import console  # noqa: F401
from storage import records  # noqa: F401
from storage import polls  # noqa: F401
