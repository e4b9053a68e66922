"""The query modules in storage/queries and the one audience rule, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot import texts
from bot.members import ALL, COMMITTEE, ME, SECTOR
from storage.queries import dialogs as dialog_q
from storage.queries import invites as invite_q
from storage.queries import members as member_q
from storage.queries import updates as update_q
from tests.conftest import ADMIN_ID, START
from tests.test_storage import services_for

# telegram id → (name, role, status, chat_started, reachable, sector, committee)
PEOPLE = {
    9002: ("工作人员", "admin", "active", True, True, None, "经济委员会"),  # staff, never registered as 委员
    9003: ("委员管理员", "admin", "active", True, True, "教育界", None),  # a 委员 made admin
    2001: ("李四", "member", "active", True, True, "经济界", "经济委员会"),
    2002: ("王五", "member", "active", True, False, "教育界", None),  # blocked the bot
    2003: ("赵六", "member", "pending", True, True, "经济界", "经济委员会"),
    2004: ("钱七", "member", "blocked", True, True, "经济界", "经济委员会"),
    2005: ("孙八", "member", "active", False, True, "经济界", None),  # never pressed /start
    2006: ("", "member", "registering", True, True, None, None),
}


@pytest.fixture
async def services(db_url):
    services = await services_for(db_url)
    await services.members.seen(ADMIN_ID, "管理员", None, started=True)
    async with services.db.transaction() as s:
        for tid, (name, role, status, started, reachable, sector, committee) in PEOPLE.items():
            await member_q.create(s, telegram_id=tid, created_at=START, name=name, role=role, status=status,
                                  chat_started=started, reachable=reachable, sector=sector,
                                  special_committee=committee)
    yield services
    await services.close()


def tids(audience) -> list[int]:
    return [m.telegram_id for m in audience.members]


async def test_everyone_is_every_active_member_admins_only_if_registered_as_members(services):
    everyone = await services.members.audience(ALL)
    # staff admins (9001 from ADMIN_IDS, 9002) and pending, blocked, registering people are left out
    assert tids(everyone) == [9003, 2001, 2002, 2005]
    assert [m.telegram_id for m in everyone.reachable] == [9003, 2001]
    assert [m.display_name for m in everyone.unreachable] == ["王五", "孙八"]
    assert await services.members.audience_count(ALL) == everyone.count == 4
    assert everyone.count == 4 and "工作人员" in texts.AUDIENCE_RULE_NOTE


async def test_committee_sector_and_me_groups(services):
    members = services.members
    assert tids(await members.audience(COMMITTEE, "经济委员会")) == [2001]  # the staff admin is no 委员
    assert tids(await members.audience(SECTOR, "经济界")) == [2001, 2005]
    assert tids(await members.audience(SECTOR, ["经济界", "教育界"])) == [9003, 2001, 2002, 2005]
    assert tids(await members.audience(COMMITTEE, "没有这个委员会")) == []
    assert tids(await members.audience(ME, ADMIN_ID)) == [ADMIN_ID]
    with pytest.raises(ValueError):
        await members.audience("nobody")


async def test_stored_selections_of_events_and_broadcasts(services):
    members = services.members
    mixed = {"committees": ["经济委员会"], "sectors": ["教育界"]}
    assert tids(await members.audience_of(mixed)) == [9003, 2001, 2002]
    assert tids(await members.audience_of({"all": True})) == tids(await members.audience(ALL))
    # a reminder to the unread goes to the active ones among them, staff included
    assert tids(await members.audience_of({"ids": [2001, 2003, 2004, 9002]})) == [9002, 2001]
    assert tids(await members.audience_of({"me": True}, author_tid=9002)) == [9002]
    assert tids(await members.audience_of({})) == []
    assert tids(await members.audience_of({"committees": [], "sectors": []})) == []


async def test_member_queries(services):
    async with services.db.transaction() as s:
        assert [m.telegram_id for m in await member_q.admins(s, {ADMIN_ID})] == [ADMIN_ID, 9002, 9003]
        assert await member_q.counts_by_status(s) == {"active": 6, "pending": 1, "blocked": 1, "registering": 1}
        assert await member_q.count_with_status(s, member_q.ACTIVE) == 6
        assert [m.telegram_id for m in await member_q.active_named_like(s, "四", 10)] == [2001]
        assert [m.telegram_id for m in await member_q.with_status(s, member_q.PENDING)] == [2003]
        assert 2006 not in [m.telegram_id for m in await member_q.listed(s)]
        await member_q.mark_unreachable(s, 2001)
    assert (await services.members.get(2001)).can_receive is False
    assert [m.telegram_id for m in await services.members.admins()] == [ADMIN_ID, 9002, 9003]
    assert await services.members.count_active() == 6


async def test_update_dialog_and_invite_queries(services):
    async with services.db.transaction() as s:
        await update_q.record(s, 1, START - timedelta(days=5))
        await update_q.record(s, 2, START)
        await dialog_q.put(s, 2001, "register", "name", {"a": 1}, START)
        invite = await invite_q.create(s, code="abc", created_by=ADMIN_ID, max_uses=1,
                                       expires_at=START + timedelta(days=1), created_at=START)
        await s.flush()
        invite_id = invite.id
    assert await services.updates.first_time(2) is False
    assert await services.updates.prune() == 1
    async with services.db.transaction() as s:
        assert await update_q.count(s) == 1
        assert await dialog_q.in_flow(s, "register") == [2001]
        assert (await invite_q.by_code(s, "abc")).max_uses == 1
        assert await invite_q.take_slot(s, invite_id) is True
        assert await invite_q.take_slot(s, invite_id) is False
    assert (await services.dialogs.get(2001)).data == {"a": 1}


async def test_monitoring_reads_health_and_metrics(services):
    assert (await services.monitoring.health()).ok
    numbers = await services.monitoring.metrics()
    assert numbers.members_by_status["active"] == 6 and numbers.recent_updates == 0 and numbers.questions == 0


async def test_events_and_broadcasts_count_everyone_alike(services):
    """One audience rule: an event to 全体委员 and a notice to 全体委员 reach the same people."""
    everyone = await services.members.audience_of({"all": True})
    assert await services.events.audience_size({"all": True}) == everyone.count
    async with services.db.transaction() as s:
        from storage.queries import broadcasts as bq

        draft = await bq.add(s, author_id=9001, step="audience", status="draft", audience={"all": True},
                             kind="text", body="通知", created_at=services.clock.now())
        recipients = await services.broadcasts._recipients(s, draft)
    assert [r.telegram_id for r in recipients] == [m.telegram_id for m in everyone.members]
