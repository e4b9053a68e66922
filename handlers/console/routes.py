"""Every route of the admin console, in one list (paths are under /admin)."""

from __future__ import annotations

from aiohttp import web


def add_routes(console: web.Application) -> None:
    from handlers.console import auth, broadcasts, events, knowledge, members, overview, submissions

    r = console.router
    r.add_get("/", overview.overview_page, name="overview")
    r.add_get("/login/{token}", auth.login_page, name="login")
    r.add_post("/login/{token}", auth.login_use, name="login_use")
    r.add_post("/logout", auth.logout, name="logout")
    r.add_get("/submissions", submissions.list_page, name="submissions")
    r.add_get("/submissions/export.{fmt}", submissions.export, name="submissions_export")
    r.add_get("/submissions/{sid:\\d+}", submissions.detail_page, name="submission")
    r.add_get("/submissions/{sid:\\d+}/files/{aid:\\d+}", submissions.attachment, name="submission_file")
    r.add_post("/submissions/{sid:\\d+}/status", submissions.change_status, name="submission_status")
    r.add_post("/submissions/{sid:\\d+}/instruct", submissions.instruct, name="submission_instruct")
    r.add_post("/submissions/{sid:\\d+}/reply", submissions.reply, name="submission_reply")
    r.add_get("/events", events.list_page, name="events")
    r.add_get("/events/{eid:\\d+}", events.detail_page, name="event")
    r.add_get("/events/{eid:\\d+}/attendance.xlsx", events.attendance_export, name="event_export")
    r.add_post("/events/{eid:\\d+}/leave/{aid:\\d+}", events.decide_leave, name="event_leave")
    r.add_get("/broadcasts", broadcasts.list_page, name="broadcasts")
    r.add_get("/broadcasts/{bid:\\d+}", broadcasts.detail_page, name="broadcast")
    r.add_post("/broadcasts/{bid:\\d+}/remind", broadcasts.remind, name="broadcast_remind")
    r.add_get("/members", members.list_page, name="members")
    r.add_post("/members/{tid:-?\\d+}/{action}", members.act, name="member_action")
    r.add_get("/knowledge", knowledge.page, name="knowledge")
    r.add_post("/knowledge/documents", knowledge.upload, name="kb_upload")
    r.add_post("/knowledge/documents/{doc:\\d+}/remove", knowledge.remove_document, name="kb_remove")
    r.add_post("/knowledge/faqs", knowledge.add_faq, name="faq_add")
    r.add_post("/knowledge/faqs/{fid:\\d+}/edit", knowledge.edit_faq, name="faq_edit")
    r.add_post("/knowledge/faqs/{fid:\\d+}/remove", knowledge.remove_faq, name="faq_remove")
    r.add_post("/knowledge/forwards/{fwd:\\d+}/reply", knowledge.reply_forward, name="forward_reply")
