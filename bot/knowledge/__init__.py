"""Knowledge Q&A: documents → passages → index → answers.

The public surface: ``KnowledgeBase`` (load, answer, passage, stats), the
plain values ``Answer``, ``Source``, ``FaqPair``, ``SourceDocument``,
``DocumentError``, and ``run_ask`` for the command line.

The package itself imports nothing (so no submodule import runs back into it);
its public names are in bot.knowledge.public.
"""
