"""Write sql/900_comments.sql: a COMMENT ON for every view and table of the main schema and each of
their columns, taken from docs/sql.md and docs/reconciliation.md (run after editing either, or
after adding a view or a column).

    python scripts/gen_comments_sql.py            # rewrite sql/900_comments.sql
    python scripts/gen_comments_sql.py --check    # exit 1 when the SQL file is out of date

A relation's comment is the title of its ``### `name` — title`` section; a column's comment is the
last cell of its row in that section's table (``| `col`, `col2` | type | meaning |``), or, for a
section written as prose, the sentence that names it. DuckDB keeps the comments in the database
file, so ``aidledger describe``, ``api.describe`` and any DuckDB client show them.
tests/test_citable.py checks that this file is up to date and that every relation has a comment.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sqlgen import quote, write_or_check

ROOT = Path(__file__).resolve().parent.parent
SQL = Path(__import__("os").environ.get("AIDLEDGER_COMMENTS_OUT", ROOT / "sql" / "900_comments.sql"))
DOCS = [ROOT / "docs" / "sql.md", ROOT / "docs" / "reconciliation.md"]

HEADER = """\
-- Comments on every view and table of the main schema and each of their columns (DuckDB keeps
-- them in the file: duckdb_views().comment, duckdb_columns().comment; aidledger describe).
-- GENERATED from docs/sql.md and docs/reconciliation.md by scripts/gen_comments_sql.py: edit the
-- docs, then run the script. The store applies this file again after any other file changes.
"""


def _clean(text: str) -> str:
    return re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text).replace("\\|", "|").strip()


def sections() -> dict[str, tuple[str, dict[str, str], str]]:
    """name -> (title, column -> meaning, prose) of every ``### `name` `` section of the docs."""
    found: dict[str, tuple[str, dict[str, str], str]] = {}
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for block in re.split(r"\n(?=### )", text):
            head, _, body = block.partition("\n")
            if not head.startswith("### "):
                continue
            names = re.findall(r"`(\w+)`", head.split("—")[0])
            title = _clean(head.split("—", 1)[1]) if "—" in head else ""
            body = body.split("\n## ")[0]
            columns: dict[str, str] = {}
            for row in re.findall(r"^\|(.+)\|\s*$", body, flags=re.M):
                cells = [c.strip() for c in re.split(r"(?<!\\)\|", row)]
                if len(cells) < 2 or not cells[0].startswith("`"):
                    continue
                meaning = _clean(cells[-1] if len(cells) >= 3 and cells[-1] else cells[1])
                for col in re.findall(r"`(\w+)`", cells[0]):
                    columns.setdefault(col, meaning)
            for name in names:
                found.setdefault(name, (title, columns, body))
    return found


def _prose(body: str, column: str) -> str | None:
    """The sentence (or list item) of a prose section that names ``column``."""
    flat = " ".join(body.replace("\n", " ").split())
    for sentence in re.split(r"(?<=[.;])\s+", flat):
        if f"`{column}`" in sentence and "|" not in sentence:
            return _clean(re.sub(r"`", "", sentence))
    return None


def sql_comments() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """From the SQL files: the comment block above each CREATE (relation -> first sentence) and
    the inline ``-- comment`` of each column of a CREATE TABLE (relation -> column -> comment)."""
    relations: dict[str, str] = {}
    columns: dict[str, dict[str, str]] = {}
    for path in sorted((ROOT / "sql").glob("*.sql")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            m = re.match(r"CREATE (?:OR REPLACE )?(?:TABLE|VIEW)(?: IF NOT EXISTS)? (\w+)", line)
            if not m:
                continue
            name, above, j = m.group(1), [], i - 1
            while j >= 0 and lines[j].startswith("--"):
                above.insert(0, lines[j][2:].strip())
                j -= 1
            if above:
                relations.setdefault(name, re.split(r"(?<=\.)\s", " ".join(above))[0])
            if line.rstrip().endswith("("):
                for body in lines[i + 1:]:
                    if body.startswith(")"):
                        break
                    c = re.match(r"\s+(\w+)\s+[^-]*?--\s*(.+)$", body)
                    if c:
                        columns.setdefault(name, {}).setdefault(c.group(1), c.group(2).strip())
    return relations, columns


def render() -> str:
    sys.path.insert(0, str(ROOT))
    from aidledger.store import Ledger

    docs = sections()
    sql_relations, sql_columns = sql_comments()
    # relations whose own SQL file comments them (sql/410_value.sql): left to that file
    commented_elsewhere = set()
    # a view whose comment says "the columns of X" takes the comments of X's columns it lacks
    column_literals: dict[str, dict[str, str]] = {}
    inherits: dict[str, str] = {}
    for path in sorted((ROOT / "sql").glob("*.sql")):
        if path != SQL and path.name != "900_comments.sql":
            text = path.read_text(encoding="utf-8")
            commented_elsewhere |= set(re.findall(r"COMMENT ON (?:VIEW|TABLE) (\w+)", text))
            for rel, col, literal in re.findall(r"^COMMENT ON COLUMN (\w+)\.(\w+) IS ('(?:[^']|'')*');$", text, re.M):
                column_literals.setdefault(rel, {})[col] = literal
            inherits.update(re.findall(r"^COMMENT ON VIEW (\w+) IS '[^\n]*\(the columns of (\w+)", text, re.M))
    shared = [docs.get(n, ("", {}, ""))[1] for n in ("pledges_fx", "pledges", "documents")]
    lines = [HEADER]
    with Ledger.open(None, load_rates=False) as ledger:
        kinds = sorted([(n, "VIEW") for n in ledger.views()] + [(n, "TABLE") for n in ledger.tables()])
        for name, kind in kinds:
            if name in commented_elsewhere:
                own, source = column_literals.get(name, {}), column_literals.get(inherits.get(name, ""), {})
                inherited = [f"COMMENT ON COLUMN {name}.{column} IS {source[column]};"
                             for column in ledger.comments(name)["column"].to_list()
                             if column not in own and column in source]
                if inherited:
                    lines.extend([*inherited, ""])
                continue
            title, columns, body = docs.get(name, ("", {}, ""))
            page = "reconciliation" if "tracker" in name or "family_counts" in name else "sql"
            what = "VIEW" if kind == "VIEW" else "TABLE"
            title = title or sql_relations.get(name) or f"see docs/sql.md, {name}"
            lines.append(f"COMMENT ON {what} {name} IS {quote(title)};")
            for column in ledger.comments(name)["column"].to_list():
                meaning = (columns.get(column) or _prose(body, column) or sql_columns.get(name, {}).get(column)
                           or next((c[column] for c in shared if column in c), None)
                           or f"see docs/{page}.md, {name}")
                lines.append(f"COMMENT ON COLUMN {name}.{column} IS {quote(meaning)};")
            lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(write_or_check(SQL, render, sys.argv[1:], "scripts/gen_comments_sql.py"))
