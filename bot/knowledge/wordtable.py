"""jieba's word-frequency table held compactly: a marisa trie of the words and
their prefixes (memory-mapped) and their frequencies as one array, read from
files built once into the knowledge cache directory.

jieba keeps ``Tokenizer.FREQ`` as a Python dict of 518 000 words and prefixes
(about 53 MB in every process that answers questions). ``WordTable`` holds the
same keys and numbers in about 8 MB of mapped files, and answers exactly what
the Tokenizer asks of ``FREQ`` (``in``, ``[]``, ``.get`` in ``get_DAG``,
``calc``, ``cut_for_search``, ``suggest_freq``; ``[]=`` in ``add_word``), so
segmentation is unchanged word for word. Words added at run time (the domain
list, names from the documents) go to a small dict in front of the trie.

The table is built from the same dictionary file jieba reads, with jieba's own
``Tokenizer.gen_pfdict``, in a child interpreter: the 53 MB dict built on the
way then never lands in the bot's own heap. A file stamp (size and mtime of the
dictionary) makes a changed dictionary rebuild the table.

``import_jieba`` imports jieba without setuptools' ``pkg_resources`` (14 MB).
"""

from __future__ import annotations

import logging
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import types
from array import array
from collections.abc import Mapping
from pathlib import Path

__all__ = ["WordTable", "Dag", "import_jieba", "new_tokenizer", "load_or_build", "build", "dictionary_path"]

log = logging.getLogger(__name__)
_MAGIC = b"jieba-wordtable\x00"
_FORMAT = 2
# magic, format, dictionary size, dictionary mtime (ns), total, number of keys, longest key
_HEADER = struct.Struct("<16sIQqQQI")


def import_jieba():  # noqa: ANN201
    """``import jieba``, keeping ``pkg_resources`` out (bot/import_guard.py):
    jieba's ``_compat`` imports it only to open its bundled files, with a
    plain-path fallback on ImportError. Its HMM emission table (3 MB) is read
    on first use, not at import: the Segmenter never cuts with the HMM."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    from bot.import_guard import kept_out

    name = "jieba.finalseg.prob_emit"
    stand_in = types.ModuleType(name)
    stand_in.P = _OnFirstUse(name)
    sys.modules[name] = stand_in  # what finalseg's `from .prob_emit import P` finds
    try:
        with kept_out("pkg_resources"):
            import jieba
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]  # the next import of it is the real one
    return jieba


class _OnFirstUse(Mapping):
    """A module's ``P`` table, imported when first read."""

    def __init__(self, module: str) -> None:
        self._module = module
        self._table = None

    def _real(self) -> dict:
        if self._table is None:
            import importlib

            self._table = importlib.import_module(self._module).P
        return self._table

    def __getitem__(self, key):  # noqa: ANN001, ANN204
        return self._real()[key]

    def __iter__(self):  # noqa: ANN204
        return iter(self._real())

    def __len__(self) -> int:
        return len(self._real())


def dictionary_path(tokenizer) -> Path:  # noqa: ANN001
    """The dictionary file a jieba Tokenizer would read."""
    jieba = import_jieba()
    if tokenizer.dictionary == jieba.DEFAULT_DICT:
        return Path(jieba.__file__).resolve().parent / jieba.DEFAULT_DICT_NAME
    return Path(tokenizer.dictionary)


class WordTable:
    """The part of the dict interface jieba's Tokenizer uses on ``FREQ``.

    Keys are words and word prefixes; a prefix that is not a word maps to 0,
    exactly as in jieba's own table. A key of the dictionary has its number in
    ``_freqs`` (by trie key id, 2 MB, writable); a key added at run time that
    the dictionary lacks goes to ``_added`` (with a small trie of its own for
    ``dag``). ``dag`` answers ``get_DAG`` with one trie walk per position
    instead of a dict probe per fragment.
    """

    __slots__ = ("_trie", "_freqs", "_added", "_added_trie", "longest", "total")

    def __init__(self, trie, freqs: array, total: int, longest: int) -> None:  # noqa: ANN001
        self._trie = trie
        self._freqs = freqs  # key id -> frequency
        self._added: dict[str, int] = {}  # keys set at run time (add_word) that the trie lacks
        self._added_trie = None  # a trie of _added's keys, (re)built when dag needs it
        self.longest = longest  # the longest key: no word starting at a position is longer
        self.total = total  # the dictionary's total, before any add_word

    def __contains__(self, key: object) -> bool:
        return key in self._trie or key in self._added

    def __getitem__(self, key: str) -> int:
        key_id = self._trie.get(key)
        return self._added[key] if key_id is None else self._freqs[key_id]

    def get(self, key: str, default=None):  # noqa: ANN001, ANN201
        key_id = self._trie.get(key)
        if key_id is None:
            return self._added.get(key, default)
        return self._freqs[key_id]

    def __setitem__(self, key: str, value: int) -> None:
        key_id = self._trie.get(key)
        if key_id is not None and 0 <= value < 2**32:
            self._freqs[key_id] = value
            return
        if key_id is not None:  # a count no uint32 holds: kept aside, and no longer in the trie's view
            raise ValueError(f"word frequency out of range: {value}")
        if key not in self._added:
            self._added_trie = None
        self._added[key] = value
        self.longest = max(self.longest, len(key))

    def __len__(self) -> int:
        return len(self._trie) + len(self._added)

    def __iter__(self):  # noqa: ANN204
        yield from self._trie.iterkeys()
        yield from self._added

    def items(self):  # noqa: ANN201
        for key in self:
            yield key, self[key]

    def dag(self, sentence: str) -> "Dag":
        """jieba's ``get_DAG``: for each position, the ends of the dictionary
        words (frequency > 0) starting there, or the position itself.

        jieba walks prefixes while they are keys; every prefix of a key is a key
        (gen_pfdict and add_word both make it so), so that walk finds exactly
        the keys that are prefixes of the rest of the sentence: what a trie's
        prefix search returns. The frequencies found on the way go with the DAG
        for ``calc``.
        """
        if self._added and self._added_trie is None:
            import marisa_trie

            self._added_trie = marisa_trie.Trie(self._added)
        prefixes, freqs, added, longest = self._trie.iter_prefixes_with_ids, self._freqs, self._added, self.longest
        added_prefixes = self._added_trie.iter_prefixes if self._added else None
        dag = Dag()
        dag_freq = dag.freq
        for k in range(len(sentence)):
            window = sentence[k:k + longest]
            ends = []
            found = []
            for key, key_id in prefixes(window):
                freq = freqs[key_id]
                if freq:
                    ends.append(k + len(key) - 1)
                    found.append(freq)
            if added_prefixes is not None:
                from_trie = len(ends)
                for key in added_prefixes(window):  # keys the trie lacks: never found above
                    freq = added[key]
                    if freq:
                        ends.append(k + len(key) - 1)
                        found.append(freq)
                if from_trie and len(ends) > from_trie:  # jieba lists the ends in order
                    pairs = sorted(zip(ends, found))
                    ends, found = [e for e, _ in pairs], [f for _, f in pairs]
            if ends:
                dag[k], dag_freq[k] = ends, found
            else:  # no word starts here: the character alone, which jieba counts as 1
                dag[k], dag_freq[k] = [k], [1]
        return dag


class Dag(dict):
    """jieba's DAG (position -> word ends), with each word's frequency."""

    __slots__ = ("freq",)

    def __init__(self) -> None:
        super().__init__()
        self.freq: dict[int, list[int]] = {}  # start -> the frequency of each word end in self[start]


def _paths(cache_dir: Path, name: str) -> tuple[Path, Path]:
    return cache_dir / f"{name}.trie", cache_dir / f"{name}.freq"


def _stamp(dictionary: Path) -> tuple[int, int]:
    st = dictionary.stat()
    return st.st_size, st.st_mtime_ns


def build(dictionary: Path, cache_dir: Path, name: str = "jieba-words") -> None:
    """Build the table files from a jieba dictionary file (run in a child process)."""
    import marisa_trie

    jieba = import_jieba()
    stamp = _stamp(dictionary)
    freq, total = jieba.Tokenizer.gen_pfdict(open(dictionary, "rb"))
    trie = marisa_trie.Trie(freq.keys())
    longest = max(map(len, freq))
    freqs = array("I", bytes(4 * len(trie)))
    for key, key_id in trie.iteritems():
        freqs[key_id] = freq[key]  # OverflowError for a count past 2**32: the build fails loudly
    trie_path, freq_path = _paths(cache_dir, name)
    cache_dir.mkdir(parents=True, exist_ok=True)
    # Written to temporary files and renamed, the trie first: a reader never sees a
    # half-written file, and the freq file (which carries the stamp) comes last.
    fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=f".{name}.")
    os.close(fd)
    trie.save(tmp)
    os.replace(tmp, trie_path)
    fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=f".{name}.")
    with os.fdopen(fd, "wb") as out:
        out.write(_HEADER.pack(_MAGIC, _FORMAT, stamp[0], stamp[1], total, len(trie), longest))
        out.write(freqs.tobytes())
    os.replace(tmp, freq_path)


def load(dictionary: Path, cache_dir: Path, name: str = "jieba-words") -> WordTable | None:
    """The table from its files, or None when they are missing or stale."""
    import marisa_trie

    trie_path, freq_path = _paths(cache_dir, name)
    try:
        data = freq_path.read_bytes()
    except OSError:
        return None
    if len(data) < _HEADER.size:
        return None
    magic, fmt, size, mtime_ns, total, count, longest = _HEADER.unpack_from(data)
    if (magic, fmt, (size, mtime_ns)) != (_MAGIC, _FORMAT, _stamp(dictionary)) \
            or len(data) != _HEADER.size + 4 * count:
        return None
    trie = marisa_trie.Trie()
    try:
        trie.mmap(str(trie_path))  # shared between processes, paged in as used
    except Exception:  # noqa: BLE001 - marisa raises its own error types for a bad file
        return None
    if len(trie) != count:
        return None
    freqs = array("I")
    freqs.frombytes(data[_HEADER.size:])  # a private copy (2 MB): add_word writes into it
    return WordTable(trie, freqs, total, longest)


def _build_in_child(dictionary: Path, cache_dir: Path, name: str) -> None:
    # A fresh interpreter (not a fork, not multiprocessing's spawn, which would
    # import the caller's main script again): its heap, with the 53 MB dict, goes with it.
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
    code = "import sys; from pathlib import Path; from bot.knowledge.wordtable import build; " \
           "build(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])"
    result = subprocess.run([sys.executable, "-c", code, str(dictionary), str(cache_dir), name],
                            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, check=False)
    if result.returncode != 0:
        tail = result.stderr.strip().splitlines()[-1:] or ["no message"]
        raise RuntimeError(f"building the word table failed (exit code {result.returncode}): {tail[0]}")


# Where this process last read a good table of each dictionary. A knowledge base opened on a
# new cache directory (a second bot in one process, a test's scratch directory) copies those
# files, a few milliseconds, instead of building the table again in a child, about two seconds.
_READ_FROM: dict[tuple[str, str], Path] = {}


def _copy_read_table(dictionary: Path, cache_dir: Path, name: str) -> None:
    source = _READ_FROM.get((str(dictionary), name))
    if source is None or source == cache_dir:
        return
    cache_dir.mkdir(parents=True, exist_ok=True)
    # The trie first and the freq file (which carries the stamp) last, each renamed into
    # place, as build() writes them: a reader never takes a half-copied table for a good one.
    for source_path, target_path in zip(_paths(source, name), _paths(cache_dir, name)):
        fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=f".{name}.")
        os.close(fd)
        try:
            shutil.copyfile(source_path, tmp)
        except OSError:
            os.unlink(tmp)
            return
        os.replace(tmp, target_path)


def load_or_build(dictionary: Path, cache_dir: Path, name: str = "jieba-words") -> WordTable:
    """The table for ``dictionary``, built first (in a child process) when missing or stale;
    copied instead from where this process last read it, when that table is still good."""
    table = load(dictionary, cache_dir, name)
    if table is None:
        _copy_read_table(dictionary, cache_dir, name)
        table = load(dictionary, cache_dir, name)
    if table is None:
        _build_in_child(dictionary, cache_dir, name)
        table = load(dictionary, cache_dir, name)
        if table is None:
            raise RuntimeError(f"the word table in {cache_dir} could not be read after building it")
    _READ_FROM[(str(dictionary), name)] = cache_dir
    return table


_TOKENIZER_CLASS = None


def _tokenizer_class():  # noqa: ANN202
    global _TOKENIZER_CLASS
    if _TOKENIZER_CLASS is None:
        from math import log

        jieba = import_jieba()

        class CompactTokenizer(jieba.Tokenizer):
            """jieba's Tokenizer on a WordTable: ``get_DAG`` walks the trie once a
            position, and ``calc`` reads the frequencies found there (the same
            arithmetic as jieba's, so the same best path)."""

            def get_DAG(self, sentence):  # noqa: ANN001, ANN201, N802 - jieba's name
                self.check_initialized()
                if isinstance(self.FREQ, WordTable):
                    return self.FREQ.dag(sentence)
                return super().get_DAG(sentence)

            def calc(self, sentence, DAG, route):  # noqa: ANN001, ANN201, N803 - jieba's names
                if not isinstance(DAG, Dag):
                    return super().calc(sentence, DAG, route)
                freq = DAG.freq
                n = len(sentence)
                route[n] = (0, 0)
                logtotal = log(self.total)
                for idx in range(n - 1, -1, -1):
                    route[idx] = max((log(f) - logtotal + route[x + 1][0], x)
                                     for x, f in zip(DAG[idx], freq[idx]))

        _TOKENIZER_CLASS = CompactTokenizer
    return _TOKENIZER_CLASS


def new_tokenizer(cache_dir: Path):  # noqa: ANN201
    """A jieba Tokenizer (default dictionary) on a WordTable from ``cache_dir``,
    ready to cut: ``initialize()`` and its 53 MB dict are never used. When the
    table cannot be built or read (a read-only cache directory, a failed child),
    jieba's own dict is used instead: the same cut, at the old memory cost."""
    tokenizer = _tokenizer_class()()
    with tokenizer.lock:
        try:
            table = load_or_build(dictionary_path(tokenizer), Path(cache_dir))
        except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
            log.warning("jieba word table unavailable in %s, using jieba's dict: %s", cache_dir, exc)
            tokenizer.tmp_dir, tokenizer.cache_file = str(cache_dir), "jieba.cache"
            tokenizer.initialize()
            return tokenizer
        tokenizer.FREQ, tokenizer.total = table, table.total
        tokenizer.initialized = True
    return tokenizer
