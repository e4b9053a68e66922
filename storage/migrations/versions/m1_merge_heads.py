"""Merge the feature branches (broadcasts, events, issues, knowledge) into one head.

Every later migration has this revision, or a descendant, as its one parent;
tests/test_storage.py fails if a second head appears.

Revision ID: m1
Revises: bc1, evt1, exp1, kb1
"""

from __future__ import annotations

revision = "m1"
down_revision = ("bc1", "evt1", "exp1", "kb1")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
