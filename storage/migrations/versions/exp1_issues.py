"""Issues of 《社情民意》 (编报): numbered issues and the submissions compiled into them.

Revision ID: exp1
Revises: sub1
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "exp1"
down_revision = "sub1"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "compilation_issues",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("year", sa.BigInteger(), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="draft"),
        sa.Column("created_by", sa.BigInteger(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("published_at", TS),
        sa.Column("published_by", sa.BigInteger()),
        sa.PrimaryKeyConstraint("id", name="pk_compilation_issues"),
        sa.UniqueConstraint("year", "number", name="uq_compilation_issues_year"),
    )
    op.create_table(
        "compilation_items",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("issue_id", sa.BigInteger(), sa.ForeignKey(
            "compilation_issues.id", name="fk_compilation_items_issue_id_compilation_issues", ondelete="CASCADE"),
            nullable=False),
        sa.Column("submission_id", sa.BigInteger(), sa.ForeignKey(
            "submissions.id", name="fk_compilation_items_submission_id_submissions", ondelete="CASCADE"),
            nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("added_by", sa.BigInteger(), nullable=False),
        sa.Column("added_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_compilation_items"),
        sa.UniqueConstraint("submission_id", name="uq_compilation_items_submission_id"),
    )
    op.create_index("ix_compilation_items_issue_id", "compilation_items", ["issue_id"])


def downgrade() -> None:
    op.drop_index("ix_compilation_items_issue_id", table_name="compilation_items")
    op.drop_table("compilation_items")
    op.drop_table("compilation_issues")
