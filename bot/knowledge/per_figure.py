"""A test of one figure of one sentence for one question, its answer kept on the question.

The reader (reading.py) weighs every figure of a sentence it reads closely, then reads the figure it chose again with
several of the same tests (the size of the body counted, a subset, others counted, a deed untold); on a shelf every
report read alone does so for every question.  Such a test's answer depends only on the question, the sentence and the
figure (the reader's index and segmenter are the question's own answerer's), so the first answer is kept on the
question (in its ``__dict__``, gone with it) and read back the second time.

For the figure tests of counting.py, body_size.py and counted_others.py; not for tests of anything else.
"""

from __future__ import annotations

from functools import wraps

from .question import QuestionAnalysis

__all__ = ["per_figure"]

_UNREAD = object()


def per_figure(test):  # noqa: ANN001, ANN201 - decorates a test, keeps its signature
    """``test(q, sentence, quantity, *rest)`` or a method ``test(self, q, sentence, quantity)``, kept per question by
    (test, sentence, figure): the rest (the segmenter's ``words``) and ``self`` (the reader) are the question's own."""
    name = test.__qualname__

    @wraps(test)
    def kept(*args):  # noqa: ANN002, ANN202
        at = 0 if isinstance(args[0], QuestionAnalysis) else 1  # the question first, or a method's ``self``
        q, sentence, quantity = args[at:at + 3]
        answers = q.__dict__.setdefault("_per_figure", {})
        key = (name, sentence, quantity)
        found = answers.get(key, _UNREAD)
        if found is _UNREAD:
            found = answers[key] = test(*args)
        return found

    return kept
