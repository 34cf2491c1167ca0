"""Render docs/errors.md from the error catalogue: ``python -m legation._errors_doc > docs/errors.md``."""

from legation._errors import CATALOGUE

HEADER = """# Error codes

Every message a user can meet carries a stable code. Document errors (LG010–LG019) never stop a run:
the document is skipped (quarantined as a `Failure` record, or in the store's `failures` table), every other
document is still coded, and `legation code` ends with a summary and exit status 1.

Exit statuses of `legation`: 0 every document coded; 1 some documents failed; 2 bad usage, options or data file;
3 a model or packaged resource is missing; 4 store error; 5 evaluation gate failed.

| code | what happened | how to fix it |
|---|---|---|"""


def render() -> str:
    rows = [f"| `{c}` | {t} | {f} |" for c, (t, f) in sorted(CATALOGUE.items())]
    footer = "\nThis table is generated from `legation._errors.CATALOGUE` (`python -m legation._errors_doc > docs/errors.md`); a test keeps them in sync."
    return HEADER + "\n" + "\n".join(rows) + "\n" + footer + "\n"


if __name__ == "__main__":
    print(render(), end="")
