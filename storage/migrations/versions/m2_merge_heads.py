"""Merge the feature branches of the staff round (roster, console, records, polls) into one head.

Every later migration has this revision, or a descendant, as its one parent;
tests/test_storage.py fails if a second head appears.

Revision ID: m2
"""

from __future__ import annotations

revision = "m2"
down_revision = ("ro1", "i14w1", "rec1", "poll1")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
