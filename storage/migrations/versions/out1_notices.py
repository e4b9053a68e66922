"""The outbox carries notices too: any message the bot starts on its own, not only broadcast recipients.

A notice row has no broadcast; its `kind` names the renderer ("reminder",
"registration.result", …), `payload` holds the ids and facts of the change, and
an optional `dedupe_key` keeps a change from queuing the same notice twice.

Revision ID: out1
Revises: m1
"""
import sqlalchemy as sa
from alembic import op

revision = "out1"
down_revision = "m1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column("broadcast_id", existing_type=sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                           nullable=True)
        batch.add_column(sa.Column("kind", sa.String(32)))
        batch.add_column(sa.Column("payload", sa.JSON()))
        batch.add_column(sa.Column("dedupe_key", sa.String(128)))
        batch.add_column(sa.Column("created_at", sa.DateTime(timezone=True)))
        batch.create_unique_constraint("uq_outbox_dedupe_key", ["dedupe_key"])


def downgrade() -> None:
    op.execute("DELETE FROM outbox WHERE broadcast_id IS NULL")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_constraint("uq_outbox_dedupe_key", type_="unique")
        for column in ("created_at", "dedupe_key", "payload", "kind"):
            batch.drop_column(column)
        batch.alter_column("broadcast_id", existing_type=sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                           nullable=False)
