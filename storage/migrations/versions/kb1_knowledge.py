"""Knowledge Q&A: documents added by admins, FAQ pairs, asked questions, forwards to staff.

Revision ID: kb1
Revises: 0001
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "kb1"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "kb_documents",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("title", sa.String(255), nullable=False),
        sa.Column("doc_date", sa.String(32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("passages", sa.BigInteger(), nullable=False),
        sa.Column("imported_by", sa.BigInteger()),
        sa.Column("imported_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_kb_documents"),
        sa.UniqueConstraint("name", name="uq_kb_documents_name"),
    )
    op.create_table(
        "kb_faqs",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("created_by", sa.BigInteger()),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_kb_faqs"),
    )
    op.create_table(
        "kb_questions",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("normalized", sa.Text(), nullable=False),
        sa.Column("answered", sa.Boolean(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("passage_id", sa.String(64)),
        sa.Column("suggestions", sa.JSON(), nullable=False),
        sa.Column("rating", sa.BigInteger()),
        sa.Column("forwarded", sa.Boolean(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_kb_questions"),
    )
    op.create_index("ix_kb_questions_telegram_id", "kb_questions", ["telegram_id"])
    op.create_index("ix_kb_questions_created_at", "kb_questions", ["created_at"])
    op.create_table(
        "kb_forwards",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("question_id", sa.BigInteger(), sa.ForeignKey("kb_questions.id", name="fk_kb_forwards_question_id_kb_questions"), nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("reply", sa.Text()),
        sa.Column("replied_by", sa.BigInteger()),
        sa.Column("replied_at", TS),
        sa.Column("faq_id", sa.BigInteger(), sa.ForeignKey("kb_faqs.id", name="fk_kb_forwards_faq_id_kb_faqs")),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_kb_forwards"),
    )


def downgrade() -> None:
    for table in ("kb_forwards", "kb_questions", "kb_faqs", "kb_documents"):
        op.drop_table(table)
