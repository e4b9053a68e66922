"""The admin console under /admin/: aiohttp handlers and Jinja2 templates, server-rendered.

Each module reads a request, calls one feature service (the same the bot's commands call)
and renders a template; rules and SQL live in bot/ and storage/. `app.register` mounts it.
"""
