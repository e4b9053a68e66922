"""The 社情民意 conversations, Telegram side: writing (/submit), co-signing, 附议, /my and /review.

Modules: cards (how an item reads, staff's buttons), form (/submit and the form's steps),
cosign (联名 and 附议), mine (/my), review (/review and the admin's actions), drafts (the
old-drafts ticker), buttons (the typed button kinds). Each handler parses the update, calls
one service method (context.services.submissions) and renders the result.

The package itself imports nothing (so no submodule import runs back into it);
its public names are in handlers.submissions.wiring.
"""
