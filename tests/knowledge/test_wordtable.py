"""What the idle-memory work relies on (issue 12): jieba on the compact word table
cuts exactly as jieba on its own dict, the zh-cn conversion is zhconv's, and the
heavy optional imports stay out of a process that only imports the bot.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.import_guard import kept_out
from bot.knowledge import wordtable
from bot.knowledge.normalize import normalize_text
from bot.knowledge.segment import Segmenter, load_lexicon
from bot.knowledge.simplify import to_simplified

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "data" / "knowledge" / "qingdao-cppcc-2020-report.txt",
             *sorted((ROOT / "bench" / "qa" / "documents").glob("*.txt"))]


def _sentences() -> list[str]:
    """Every sentence of the bundled report and the bench documents, and every
    question of the Q&A sets, as written and normalised, each once; then every other one
    of those, so that the sample stays a few thousand as the bench grows (each is cut six ways)."""
    found: list[str] = []
    for path in DOCUMENTS:
        for line in path.read_text(encoding="utf-8").splitlines():
            for sentence in re.split(r"(?<=[。！？；])", line):
                if sentence.strip():
                    found.append(sentence)
                    found.append(normalize_text(sentence))
    questions = [*sorted((ROOT / "tests" / "knowledge").glob("*.jsonl")), *sorted((ROOT / "bench" / "qa" / "questions").glob("*"))]
    for path in questions:
        for match in re.finditer(r'"q":\s*"([^"]+)"', path.read_text(encoding="utf-8")):
            found.append(match.group(1))
            found.append(normalize_text(match.group(1)))
    return list(dict.fromkeys(found))[::2]


SENTENCES = _sentences()


@pytest.fixture(scope="module")
def table_dir(tmp_path_factory):
    """A cache directory holding the compact word table, built once for the module."""
    directory = tmp_path_factory.mktemp("wordtable")
    wordtable.new_tokenizer(directory)
    return directory


@pytest.fixture(scope="module")
def tokenizers(table_dir):
    """jieba on the word table, and jieba on its own dict from the same file,
    taught the same words the Segmenter teaches (the domain list, phrases, names)."""
    jieba = wordtable.import_jieba()
    compact = wordtable.new_tokenizer(table_dir)
    plain = jieba.Tokenizer()
    plain.FREQ, plain.total = jieba.Tokenizer.gen_pfdict(open(wordtable.dictionary_path(plain), "rb"))
    plain.initialized = True
    lexicon = load_lexicon()
    for tokenizer in (compact, plain):
        for word, (freq, tag) in lexicon.words.items():
            tokenizer.add_word(word, max(freq, tokenizer.FREQ.get(word) or 0), tag)
        for phrase in lexicon.phrases:
            if not tokenizer.FREQ.get(phrase):
                tokenizer.add_word(phrase, 500)
        for name in ("张明华", "李晓", "青禾区", "履职通"):  # new words, as add_names/add_words teach them
            tokenizer.add_word(name, 2000, "nr")
        tokenizer.add_word("阿弥陀佛", 0)  # a known word deleted (jieba's del_word)
    yield compact, plain
    sys.modules["jieba.finalseg"].Force_Split_Words.discard("阿弥陀佛")  # del_word's mark is process-wide


def test_the_sample_is_thousands_of_sentences():
    assert len(SENTENCES) > 2000


def test_segmentation_is_jiebas_own_word_for_word(tokenizers):
    compact, plain = tokenizers
    for sentence in SENTENCES:
        assert compact.lcut_for_search(sentence, HMM=False) == plain.lcut_for_search(sentence, HMM=False), sentence
        assert compact.lcut(sentence, HMM=False) == plain.lcut(sentence, HMM=False), sentence
        assert compact.lcut(sentence, cut_all=True) == plain.lcut(sentence, cut_all=True), sentence
    for sentence in SENTENCES[::10]:  # with the HMM too (its table is read on first use)
        assert compact.lcut(sentence) == plain.lcut(sentence), sentence
    assert compact.lcut("南无阿弥陀佛", HMM=False) == plain.lcut("南无阿弥陀佛", HMM=False)


def test_the_table_answers_as_jiebas_dict(tokenizers):
    compact, plain = tokenizers
    assert compact.total == plain.total
    assert len(compact.FREQ) == len(plain.FREQ)
    for key in ("社情民意", "社情", "社情民", "政协委员", "阿弥陀佛", "张明华", "张明", "不是一个词的串", "a", "青岛"):
        assert (key in compact.FREQ) == (key in plain.FREQ), key
        assert compact.FREQ.get(key) == plain.FREQ.get(key), key
        assert compact.FREQ.get(key, 1) == plain.FREQ.get(key, 1), key
        if key in plain.FREQ:
            assert compact.FREQ[key] == plain.FREQ[key], key
    for word in ("委员", "提案", "青禾区"):
        assert compact.suggest_freq(word) == plain.suggest_freq(word)


def test_segmenter_builds_its_table_once_and_reads_it_again(tmp_path):
    cache = tmp_path / "cache"
    first = Segmenter(cache)
    tokens = first.tokens(normalize_text("委员怎样提交社情民意信息？"))
    assert {"委员", "社情", "信息"} <= set(tokens)
    files = sorted(p.name for p in cache.iterdir())
    assert files == ["jieba-words.freq", "jieba-words.trie"]
    stamp = (cache / "jieba-words.freq").stat().st_mtime_ns
    assert Segmenter(cache).tokens(normalize_text("委员怎样提交社情民意信息？")) == tokens
    assert (cache / "jieba-words.freq").stat().st_mtime_ns == stamp  # read, not built again


def test_a_changed_dictionary_builds_the_table_again(tmp_path):
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("委员 100 n\n提交 50 v\n", encoding="utf-8")
    cache = tmp_path / "cache"
    table = wordtable.load_or_build(dictionary, cache)
    assert (table.get("委员"), table.get("委"), table.get("提交"), table.total) == (100, 0, 50, 150)
    dictionary.write_text("委员 100 n\n提交 50 v\n信息 70 n\n", encoding="utf-8")
    assert wordtable.load(dictionary, cache) is None  # stale: another size and time
    table = wordtable.load_or_build(dictionary, cache)
    assert (table.get("信息"), table.total) == (70, 220)
    (cache / "jieba-words.freq").write_bytes(b"not a table")
    assert wordtable.load(dictionary, cache) is None


def test_a_broken_dictionary_stops_the_build_with_its_reason(tmp_path):
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("委员 many n\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="invalid dictionary entry"):
        wordtable.load_or_build(dictionary, tmp_path / "cache")


def test_to_simplified_is_zhconvs_zh_cn():
    import zhconv
    from zhconv import zhconv as module

    texts = [path.read_text(encoding="utf-8") for path in DOCUMENTS]
    texts += [zhconv.convert(text, locale) for text in texts for locale in ("zh-tw", "zh-hk")]
    texts += ["我幹什麼不干你事。", "人體內存在很多微生物", "記憶體與軟體", "", "abc１２３", "乾隆皇帝", "頭髮髮型"]
    for text in texts:
        assert to_simplified(text) == zhconv.convert(text, "zh-cn")
    table = module.getdict("zh-cn")
    for entry in table:  # each entry alone, and two in a row
        assert to_simplified(entry) == zhconv.convert(entry, "zh-cn")
        assert to_simplified(entry + entry) == zhconv.convert(entry + entry, "zh-cn")


def test_kept_out_blocks_only_inside_and_only_what_is_not_loaded():
    name = "wave"  # a standard-library module no test imports
    sys.modules.pop(name, None)
    with kept_out(name, "json"):
        with pytest.raises(ImportError):
            __import__(name)
        import json  # already loaded: stays usable

        assert json.loads("1") == 1
    assert name not in sys.modules
    assert __import__(name).__name__ == name


def _modules_after(code: str) -> set[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
                            cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_importing_the_bot_loads_no_heavy_optional_package():
    loaded = _modules_after("import bot.app")
    # aiohttp is not in this list: it carries the Bot API calls (handlers/bot_api_http.py), so every bot loads it.
    for heavy in ("docx", "lxml", "pkg_resources", "zhconv", "alembic", "mako", "jieba", "numpy"):
        assert heavy not in loaded, heavy
    # The database's dialect comes with its engine; the other one's (2.4 MB) is never imported up front.
    assert "sqlalchemy.dialects.postgresql" not in loaded


def test_jieba_without_pkg_resources_and_its_hmm_table_on_first_use():
    loaded = _modules_after("from bot.knowledge.wordtable import import_jieba; import_jieba()")
    assert "jieba" in loaded and "pkg_resources" not in loaded
    assert "jieba.finalseg.prob_emit" not in loaded
    sample = [s for s in SENTENCES[:400] if s.strip()]
    # jieba's HMM as jieba loads it (plain import, pkg_resources and all), in a process of its own
    code = ("import json, sys, jieba.finalseg as f\n"
            "print(json.dumps([list(f.cut(s)) for s in json.load(sys.stdin)], ensure_ascii=False))")
    import json

    plain = subprocess.run([sys.executable, "-c", code], input=json.dumps(sample), capture_output=True,
                           text=True, check=True).stdout
    finalseg = sys.modules[wordtable.import_jieba().__name__ + ".finalseg"]
    assert [list(finalseg.cut(s)) for s in sample] == json.loads(plain)


def test_telegram_works_without_cryptography():
    loaded = _modules_after("from bot.import_guard import kept_out\n"
                            "with kept_out('cryptography'):\n    import telegram\n"
                            "import telegram.ext, bot.app\n"
                            "assert telegram.Bot('1:x').token == '1:x'")
    assert "cryptography" not in loaded


def test_without_a_usable_cache_directory_jiebas_own_dict_cuts_the_same(tmp_path, table_dir):
    not_a_directory = tmp_path / "file"
    not_a_directory.write_text("x")
    fallback = wordtable.new_tokenizer(not_a_directory / "cache")
    assert isinstance(fallback.FREQ, dict)  # the table could not be built there
    reference = wordtable.new_tokenizer(table_dir)  # the compact table, untaught
    for sentence in SENTENCES[::50]:
        assert fallback.lcut_for_search(sentence, HMM=False) == reference.lcut_for_search(sentence, HMM=False)


def test_a_new_cache_directory_copies_the_table_this_process_read(tmp_path, monkeypatch):
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("委员 100 n\n提交 50 v\n", encoding="utf-8")
    first = wordtable.load_or_build(dictionary, tmp_path / "first")

    def no_child(*_args) -> None:  # noqa: ANN002
        raise AssertionError("built again although a good table was at hand")

    monkeypatch.setattr(wordtable, "_build_in_child", no_child)
    second = wordtable.load_or_build(dictionary, tmp_path / "second")
    assert (second.get("委员"), second.get("提交"), second.total) == (first.get("委员"), first.get("提交"), 150)
    assert sorted(p.name for p in (tmp_path / "second").iterdir()) == ["jieba-words.freq", "jieba-words.trie"]

    monkeypatch.undo()  # a changed dictionary: the copy would be stale, so the table is built
    dictionary.write_text("委员 100 n\n提交 50 v\n信息 70 n\n", encoding="utf-8")
    third = wordtable.load_or_build(dictionary, tmp_path / "third")
    assert (third.get("信息"), third.total) == (70, 220)
