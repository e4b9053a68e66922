"""An attachment keeps the caption the member sent with it.

Revision ID: i13b1
Revises: out1
"""
import sqlalchemy as sa
from alembic import op

revision = "i13b1"
down_revision = "out1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("submission_attachments") as batch:
        batch.add_column(sa.Column("caption", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("submission_attachments") as batch:
        batch.drop_column("caption")
