"""Telegram adapters: read the update, call a service in bot/, render the reply.

`setup()` adds every handler in order. Order matters:
  group -10  the middleware (dedupe, note the person) runs before anything else;
  group 0    commands, then buttons, then every other private message (the router),
             then unknown commands last.
Feature modules add their commands, buttons, flows and menu actions in
handlers/features.py, before the catch-alls.

The package itself imports nothing (so no submodule import runs back into it);
its public names are in handlers.wiring.
"""
