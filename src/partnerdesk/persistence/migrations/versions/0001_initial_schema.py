"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from partnerdesk.persistence import search

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "edit",
                "import",
                "merge",
                "unmerge",
                "erase",
                "undo",
                "demo",
                name="batchkind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=300), nullable=True),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_batch")),
    )
    with op.batch_alter_table("change_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_batch_at"), ["at"], unique=False)

    op.create_table(
        "distinct_pair",
        sa.Column(
            "entity",
            sa.Enum(
                "organisation",
                "person",
                name="mergeentity",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("first_id < second_id", name=op.f("ck_distinct_pair_ordered")),
        sa.PrimaryKeyConstraint("entity", "first_id", "second_id", name=op.f("pk_distinct_pair")),
    )
    op.create_table(
        "import_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signature", sa.String(length=64), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mapping")),
        sa.UniqueConstraint("signature", name=op.f("uq_import_mapping_signature")),
    )
    op.create_table(
        "merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "entity",
            sa.Enum(
                "organisation",
                "person",
                name="mergeentity",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("survivor_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge")),
    )
    with op.batch_alter_table("merge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merge_survivor_id"), ["survivor_id"], unique=False)

    op.create_table(
        "outreach_wave",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on",
            name=op.f("ck_outreach_wave_period"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_wave")),
        sa.UniqueConstraint("name", name=op.f("uq_outreach_wave_name")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given_name", sa.String(length=120), nullable=True),
        sa.Column("name_particle", sa.String(length=40), nullable=True),
        sa.Column("family_name", sa.String(length=160), nullable=True),
        sa.Column("sort_key", sa.String(length=400), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("phone_key", sa.String(length=20), nullable=True),
        sa.Column("job_title", sa.String(length=200), nullable=True),
        sa.Column("is_internal", sa.Boolean(), nullable=False),
        sa.Column("directorate", sa.String(length=160), nullable=True),
        sa.Column("public_role", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "lawful_basis",
            sa.Enum(
                "consent",
                "contract",
                "legal_obligation",
                "public_task",
                "legitimate_interest",
                name="lawfulbasis",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("data_source", sa.String(length=300), nullable=True),
        sa.Column("do_not_contact", sa.Boolean(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_phone_key"), ["phone_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "search_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entry")),
        sa.UniqueConstraint("entity", "entity_id", name="uq_search_entry_record"),
    )
    op.create_table(
        "sector",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "priority",
            sa.Enum(
                "high",
                "medium",
                "low",
                name="priority",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("estimated_size", sa.BigInteger(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("estimated_size >= 0", name=op.f("ck_sector_size_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sector")),
        sa.UniqueConstraint("name", name=op.f("uq_sector_name")),
    )
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_table(
        "target_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "priority",
            sa.Enum(
                "high",
                "medium",
                "low",
                name="priority",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_group")),
        sa.UniqueConstraint("name", name=op.f("uq_target_group_name")),
    )
    op.create_table(
        "change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column(
            "operation",
            sa.Enum(
                "create",
                "update",
                "delete",
                name="changeoperation",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["change_batch.id"],
            name=op.f("fk_change_batch_id_change_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change")),
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index("ix_change_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "company",
                "federation",
                "foundation",
                "government",
                "network",
                "other",
                name="organisationkind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "prospect",
                "approached",
                "in_dialogue",
                "active",
                "paused",
                "declined",
                "ended",
                name="partnershipstatus",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("primary_sector_id", sa.Integer(), nullable=True),
        sa.Column("reach", sa.BigInteger(), nullable=True),
        sa.Column("reach_note", sa.String(length=500), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("reach >= 0", name=op.f("ck_organisation_reach_not_negative")),
        sa.ForeignKeyConstraint(
            ["primary_sector_id"],
            ["sector.id"],
            name=op.f("fk_organisation_primary_sector_id_sector"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_name_key"), ["name_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organisation_primary_sector_id"), ["primary_sector_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organisation_status"), ["status"], unique=False)

    op.create_table(
        "outreach_wave_channel",
        sa.Column("wave_id", sa.Integer(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "intranet",
                "staff_meetings",
                "newsletter",
                "social_media",
                "in_store",
                "website",
                "events",
                name="channel",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["wave_id"],
            ["outreach_wave.id"],
            name=op.f("fk_outreach_wave_channel_wave_id_outreach_wave"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("wave_id", "channel", name=op.f("pk_outreach_wave_channel")),
    )
    op.create_table(
        "outreach_wave_target_group",
        sa.Column("wave_id", sa.Integer(), nullable=False),
        sa.Column("target_group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["target_group_id"],
            ["target_group.id"],
            name=op.f("fk_outreach_wave_target_group_target_group_id_target_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["wave_id"],
            ["outreach_wave.id"],
            name=op.f("fk_outreach_wave_target_group_wave_id_outreach_wave"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "wave_id", "target_group_id", name=op.f("pk_outreach_wave_target_group")
        ),
    )
    op.create_table(
        "person_tag",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_tag_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_person_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("person_id", "tag_id", name=op.f("pk_person_tag")),
    )
    with op.batch_alter_table("person_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "affiliation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "until IS NULL OR since IS NULL OR until >= since", name=op.f("ck_affiliation_period")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_affiliation_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_affiliation_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_affiliation")),
        sa.UniqueConstraint("person_id", "organisation_id", "role", name="uq_affiliation_role"),
    )
    with op.batch_alter_table("affiliation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_affiliation_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_affiliation_person_id"), ["person_id"], unique=False)

    op.create_table(
        "contact_moment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "call",
                "email",
                "visit",
                "event",
                name="contactchannel",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_contact_moment_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_moment")),
    )
    with op.batch_alter_table("contact_moment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_moment_happened_on"), ["happened_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_moment_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "dialogue_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "dialogue",
                "bilateral",
                "management",
                "call",
                "webinar",
                name="sessionkind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=True),
        sa.Column("organiser_id", sa.Integer(), nullable=True),
        sa.Column("facilitator_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "held",
                "cancelled",
                name="sessionstatus",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("background", sa.Text(), nullable=True),
        sa.Column("goal", sa.Text(), nullable=True),
        sa.Column("roles", sa.Text(), nullable=True),
        sa.Column("outcomes", sa.Text(), nullable=True),
        sa.Column("decisions", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "ends_at IS NULL OR ends_at >= starts_at",
            name=op.f("ck_dialogue_session_ends_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["facilitator_id"],
            ["person.id"],
            name=op.f("fk_dialogue_session_facilitator_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organiser_id"],
            ["organisation.id"],
            name=op.f("fk_dialogue_session_organiser_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dialogue_session")),
    )
    with op.batch_alter_table("dialogue_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dialogue_session_facilitator_id"), ["facilitator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dialogue_session_organiser_id"), ["organiser_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dialogue_session_starts_at"), ["starts_at"], unique=False
        )

    op.create_table(
        "network_membership",
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "network_id <> member_id", name=op.f("ck_network_membership_not_own_member")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["organisation.id"],
            name=op.f("fk_network_membership_member_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["organisation.id"],
            name=op.f("fk_network_membership_network_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("network_id", "member_id", name=op.f("pk_network_membership")),
    )
    with op.batch_alter_table("network_membership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_network_membership_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "organisation_channel",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "intranet",
                "staff_meetings",
                "newsletter",
                "social_media",
                "in_store",
                "website",
                "events",
                name="channel",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_channel_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organisation_id", "channel", name=op.f("pk_organisation_channel")),
    )
    op.create_table(
        "organisation_sector",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_sector_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"],
            ["sector.id"],
            name=op.f("fk_organisation_sector_sector_id_sector"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "organisation_id", "sector_id", name=op.f("pk_organisation_sector")
        ),
    )
    with op.batch_alter_table("organisation_sector", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_sector_sector_id"), ["sector_id"], unique=False
        )

    op.create_table(
        "organisation_tag",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_tag_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_organisation_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("organisation_id", "tag_id", name=op.f("pk_organisation_tag")),
    )
    with op.batch_alter_table("organisation_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "organisation_target_group",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("target_group_id", sa.Integer(), nullable=False),
        sa.Column("reach", sa.BigInteger(), nullable=True),
        sa.CheckConstraint(
            "reach >= 0", name=op.f("ck_organisation_target_group_reach_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_target_group_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_group_id"],
            ["target_group.id"],
            name=op.f("fk_organisation_target_group_target_group_id_target_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "organisation_id", "target_group_id", name=op.f("pk_organisation_target_group")
        ),
    )
    with op.batch_alter_table("organisation_target_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_target_group_target_group_id"),
            ["target_group_id"],
            unique=False,
        )

    op.create_table(
        "outreach_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("wave_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=True),
        sa.Column(
            "response",
            sa.Enum(
                "pending",
                "agreed",
                "declined",
                "no_answer",
                name="outreachresponse",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("reach_achieved", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "reach_achieved >= 0", name=op.f("ck_outreach_entry_reach_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_outreach_entry_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["wave_id"],
            ["outreach_wave.id"],
            name=op.f("fk_outreach_entry_wave_id_outreach_wave"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_entry")),
        sa.UniqueConstraint("wave_id", "organisation_id", name="uq_outreach_entry_org"),
    )
    with op.batch_alter_table("outreach_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outreach_entry_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_outreach_entry_wave_id"), ["wave_id"], unique=False)

    op.create_table(
        "action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "done",
                "dropped",
                name="actionstatus",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("wave_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_action_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["person.id"], name=op.f("fk_action_owner_id_person"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_action_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["dialogue_session.id"],
            name=op.f("fk_action_session_id_dialogue_session"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["wave_id"],
            ["outreach_wave.id"],
            name=op.f("fk_action_wave_id_outreach_wave"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_action_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_wave_id"), ["wave_id"], unique=False)

    op.create_table(
        "contact_moment_person",
        sa.Column("contact_moment_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_moment_id"],
            ["contact_moment.id"],
            name=op.f("fk_contact_moment_person_contact_moment_id_contact_moment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_contact_moment_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "contact_moment_id", "person_id", name=op.f("pk_contact_moment_person")
        ),
    )
    with op.batch_alter_table("contact_moment_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_moment_person_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "session_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "question",
                "discussion",
                "sub_question",
                name="sessionitemkind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.CheckConstraint("position >= 0", name=op.f("ck_session_item_position_not_negative")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["dialogue_session.id"],
            name=op.f("fk_session_item_session_id_dialogue_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_item")),
    )
    with op.batch_alter_table("session_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_item_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "session_organisation",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_session_organisation_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["dialogue_session.id"],
            name=op.f("fk_session_organisation_session_id_dialogue_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "session_id", "organisation_id", name=op.f("pk_session_organisation")
        ),
    )
    with op.batch_alter_table("session_organisation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_organisation_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "session_participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column(
            "attendance",
            sa.Enum(
                "invited",
                "confirmed",
                "attended",
                "absent",
                name="attendance",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_session_participant_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["dialogue_session.id"],
            name=op.f("fk_session_participant_session_id_dialogue_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_participant")),
        sa.UniqueConstraint("session_id", "person_id", name="uq_participant_person"),
    )
    with op.batch_alter_table("session_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_participant_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_session_participant_session_id"), ["session_id"], unique=False
        )

    search.install(op.get_bind())


def downgrade() -> None:
    search.uninstall(op.get_bind())
    with op.batch_alter_table("session_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_participant_session_id"))
        batch_op.drop_index(batch_op.f("ix_session_participant_person_id"))

    op.drop_table("session_participant")
    with op.batch_alter_table("session_organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_organisation_organisation_id"))

    op.drop_table("session_organisation")
    with op.batch_alter_table("session_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_item_session_id"))

    op.drop_table("session_item")
    with op.batch_alter_table("contact_moment_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_moment_person_person_id"))

    op.drop_table("contact_moment_person")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_wave_id"))
        batch_op.drop_index(batch_op.f("ix_action_status"))
        batch_op.drop_index(batch_op.f("ix_action_session_id"))
        batch_op.drop_index(batch_op.f("ix_action_person_id"))
        batch_op.drop_index(batch_op.f("ix_action_owner_id"))
        batch_op.drop_index(batch_op.f("ix_action_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_action_due_on"))

    op.drop_table("action")
    with op.batch_alter_table("outreach_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_entry_wave_id"))
        batch_op.drop_index(batch_op.f("ix_outreach_entry_organisation_id"))

    op.drop_table("outreach_entry")
    with op.batch_alter_table("organisation_target_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_target_group_target_group_id"))

    op.drop_table("organisation_target_group")
    with op.batch_alter_table("organisation_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_tag_tag_id"))

    op.drop_table("organisation_tag")
    with op.batch_alter_table("organisation_sector", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_sector_sector_id"))

    op.drop_table("organisation_sector")
    op.drop_table("organisation_channel")
    with op.batch_alter_table("network_membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_membership_member_id"))

    op.drop_table("network_membership")
    with op.batch_alter_table("dialogue_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dialogue_session_starts_at"))
        batch_op.drop_index(batch_op.f("ix_dialogue_session_organiser_id"))
        batch_op.drop_index(batch_op.f("ix_dialogue_session_facilitator_id"))

    op.drop_table("dialogue_session")
    with op.batch_alter_table("contact_moment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_moment_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_contact_moment_happened_on"))

    op.drop_table("contact_moment")
    with op.batch_alter_table("affiliation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_affiliation_person_id"))
        batch_op.drop_index(batch_op.f("ix_affiliation_organisation_id"))

    op.drop_table("affiliation")
    with op.batch_alter_table("person_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_tag_tag_id"))

    op.drop_table("person_tag")
    op.drop_table("outreach_wave_target_group")
    op.drop_table("outreach_wave_channel")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_status"))
        batch_op.drop_index(batch_op.f("ix_organisation_primary_sector_id"))
        batch_op.drop_index(batch_op.f("ix_organisation_name_key"))

    op.drop_table("organisation")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index("ix_change_entity")
        batch_op.drop_index(batch_op.f("ix_change_batch_id"))
        batch_op.drop_index(batch_op.f("ix_change_at"))

    op.drop_table("change")
    op.drop_table("target_group")
    op.drop_table("tag")
    op.drop_table("sector")
    op.drop_table("search_entry")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_sort_key"))
        batch_op.drop_index(batch_op.f("ix_person_phone_key"))
        batch_op.drop_index(batch_op.f("ix_person_email"))

    op.drop_table("person")
    op.drop_table("outreach_wave")
    with op.batch_alter_table("merge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_survivor_id"))

    op.drop_table("merge")
    op.drop_table("import_mapping")
    op.drop_table("distinct_pair")
    with op.batch_alter_table("change_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_batch_at"))

    op.drop_table("change_batch")
