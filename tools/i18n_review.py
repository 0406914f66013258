"""Bring i18n/review.tsv up to date with the catalogues.

    .venv/bin/python -m tools.i18n_review

Every finished translation gets a row: language, context, English source, translation, status
and reference. A row whose translation is unchanged keeps its status; a new or changed one
becomes "needs native review" until a reviewer (or a sourced glossary entry) says otherwise.
Reviewers edit the status and reference columns by hand (statuses: sourced, needs native
review, name, source text; references are the glossary's source codes).
"""

from tools.i18n_catalogues import all_catalogues, read_review, review_rows, write_review


def main() -> None:
    recorded = read_review()
    rows = []
    for row in review_rows(all_catalogues()):
        old = recorded.get((row["language"], row["context"], row["source"]))
        if old is not None and old["translation"] == row["translation"]:
            row |= {"status": old["status"], "reference": old["reference"]}
        else:
            row |= {"status": "needs native review", "reference": ""}
        rows.append(row)
    write_review(rows)
    print(f"{len(rows)} rows in i18n/review.tsv")


if __name__ == "__main__":
    main()
