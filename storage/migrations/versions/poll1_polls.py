"""问卷调查: polls, survey questions, recipients, anonymous tallies, survey responses and answers.

Revision ID: poll1
Revises: i13b1
"""
import sqlalchemy as sa
from alembic import op

revision = "poll1"
down_revision = "i13b1"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "polls",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("author_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False, server_default="poll"),
        sa.Column("step", sa.String(16), nullable=False, server_default="question"),
        sa.Column("status", sa.String(16), nullable=False, server_default="draft"),
        sa.Column("title", sa.Text(), nullable=False, server_default=""),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("multiple", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("anonymous", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("deadline_at", TS),
        sa.Column("total", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("started_at", TS),
        sa.Column("closed_at", TS),
        sa.Column("reminded_at", TS),
        sa.PrimaryKeyConstraint("id", name="pk_polls"),
    )
    op.create_index("ix_polls_status", "polls", ["status"])
    op.create_table(
        "poll_questions",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("poll_id", sa.BigInteger(), sa.ForeignKey("polls.id", name="fk_poll_questions_poll_id_polls"),
                  nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_poll_questions"),
    )
    op.create_index("ix_poll_questions_poll_id", "poll_questions", ["poll_id"])
    op.create_table(
        "poll_recipients",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("poll_id", sa.BigInteger(), sa.ForeignKey("polls.id", name="fk_poll_recipients_poll_id_polls"),
                  nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("can_receive", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("tg_poll_id", sa.String(64)),
        sa.Column("message_id", sa.BigInteger()),
        sa.Column("choice", sa.JSON()),
        sa.Column("answered_at", TS),
        sa.PrimaryKeyConstraint("id", name="pk_poll_recipients"),
        sa.UniqueConstraint("poll_id", "telegram_id", name="uq_poll_recipients_poll_id"),
    )
    op.create_index("ix_poll_recipients_poll_id", "poll_recipients", ["poll_id"])
    op.create_index("ix_poll_recipients_tg_poll_id", "poll_recipients", ["tg_poll_id"])
    op.create_table(
        "poll_tallies",
        sa.Column("tg_poll_id", sa.String(64), nullable=False),
        sa.Column("poll_id", sa.BigInteger(), sa.ForeignKey("polls.id", name="fk_poll_tallies_poll_id_polls"),
                  nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("voters", sa.BigInteger(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("tg_poll_id", name="pk_poll_tallies"),
    )
    op.create_index("ix_poll_tallies_poll_id", "poll_tallies", ["poll_id"])
    op.create_table(
        "survey_responses",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("poll_id", sa.BigInteger(), sa.ForeignKey("polls.id", name="fk_survey_responses_poll_id_polls"),
                  nullable=False),
        sa.Column("telegram_id", sa.BigInteger()),
        sa.PrimaryKeyConstraint("id", name="pk_survey_responses"),
    )
    op.create_index("ix_survey_responses_poll_id", "survey_responses", ["poll_id"])
    op.create_table(
        "survey_answers",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("response_id", sa.BigInteger(),
                  sa.ForeignKey("survey_responses.id", name="fk_survey_answers_response_id_survey_responses"),
                  nullable=False),
        sa.Column("question_id", sa.BigInteger(),
                  sa.ForeignKey("poll_questions.id", name="fk_survey_answers_question_id_poll_questions"),
                  nullable=False),
        sa.Column("choice", sa.JSON()),
        sa.Column("text", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_survey_answers"),
    )
    op.create_index("ix_survey_answers_response_id", "survey_answers", ["response_id"])


def downgrade() -> None:
    for table in ("survey_answers", "survey_responses", "poll_tallies", "poll_recipients", "poll_questions", "polls"):
        op.drop_table(table)
