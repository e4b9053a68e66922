"""A roster laid out in columns (an annex 附：调研组成员名单, one person a line): an optional label with
its colon (组　长：, 成　员：, blank on the lines under it), the name (a two-character name padded to
three: 宋　佳), a column gap, then the person's posts (市政协常委，市农业科学院研究员).

Normalising drops the spaces between Chinese characters, which runs the name into its posts
(宋立华市政协常委…): no name would be learned there and no post read.  Each such row is read as the
sentence it stands for, the posts before the name as prose writes them (成员：市政协常委、市农业科学院研究员
宋立华。), and a label's row writes its label as the post taken up (市政协副主席胡振邦担任组长。); a row
with no label of its own is under the label above it.

A row is one only when its name starts with a surname and its last post ends with a post word or a
professional title, so a byline (本报记者 苏晴) or a table row (泓口区 18.6万人) is left as it is.

For: the blocks a document is read in (documents.py, ``_blocks``).
"""

from __future__ import annotations

import re

from .people import ROLE_WORDS, is_surname_name

__all__ = ["rows_as_roster"]

# [label：] name  posts — after the layout's runs of spaces have become one space (documents.py, ``_lines``).
_ROW = re.compile(
    r"^(?:(?P<label>[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){0,3}) ?[：:] ?)?"
    r"(?P<name>[\u4e00-\u9fff] ?[\u4e00-\u9fff]{1,2}) (?P<posts>[\u4e00-\u9fff][^ ]{1,60})$"
)
_POST_PARTS = re.compile(r"[，,、；;]")
# A label that is a post taken up in the group (组长, 副组长, 召集人); 成员 and 委员 say only that one belongs.
_MEMBER_LABELS = ("成员", "组员", "委员", "人员")


def _row(line: str, word_frequency=None):
    match = _ROW.match(line)
    if match is None:
        return None
    name = match.group("name").replace(" ", "")
    posts = [part for part in _POST_PARTS.split(match.group("posts").rstrip("。；;，,")) if part]
    if not (2 <= len(name) <= 3 and is_surname_name(name, "", word_frequency) and posts and posts[-1].endswith(ROLE_WORDS)):
        return None
    label = (match.group("label") or "").replace(" ", "")
    if label and not label.endswith(ROLE_WORDS):
        return None
    return label, name, "、".join(posts)


def rows_as_roster(lines: list[str], word_frequency=None) -> list[str]:
    """The lines, each row of a roster in columns written as a sentence; other lines as they are.
    Two rows in a row at least make a roster (one line of a name and a post may be a speaker's line).
    A row's name is read by people.is_surname_name with the general dictionary's ``word_frequency``."""
    rows = [_row(line, word_frequency) for line in lines]
    out: list[str] = []
    label = ""
    for n, (line, row) in enumerate(zip(lines, rows)):
        neighbour = (n > 0 and rows[n - 1] is not None) or (n + 1 < len(rows) and rows[n + 1] is not None)
        if row is None or not neighbour:
            label = ""
            out.append(line)
            continue
        label = row[0] or label
        _, name, posts = row
        if not label or label in _MEMBER_LABELS:
            out.append(f"{label}：{posts}{name}。" if label else f"{posts}{name}。")
        else:
            out.append(f"{posts}{name}担任{label}。")
    return out
