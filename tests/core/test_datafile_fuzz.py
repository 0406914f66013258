"""Data files are fed by people: any content is either read or refused with file and field,
never a crash (Hypothesis)."""

import json
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import given, settings
from hypothesis import strategies as st

from console.core.ready_replies import ReplyFile
from console.datafile import DataFileError, load_model
from console.simulator.resource_directory import DirectoryFile

scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=20)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "nb",
                    "se",
                    "entry",
                    "reply",
                    "name",
                    "text",
                    "group",
                    "phone",
                    "x",
                    "\x1b[2J",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=25,
)
documents = st.dictionaries(
    st.sampled_from(["organisation", "sample", "maintained_by", "entry", "reply", "review", "y"]),
    values,
    max_size=6,
)


@settings(max_examples=150, deadline=None)
@given(document=documents, as_json=st.booleans())
def test_any_document_is_read_or_refused_with_its_file(
    document: dict[str, object], as_json: bool
) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / ("data.json" if as_json else "data.toml")
        path.write_text(json.dumps(document), encoding="utf-8")  # JSON text is rarely TOML
        for model in (ReplyFile, DirectoryFile):
            try:
                load_model(model, path)
            except DataFileError as error:
                assert error.problems
                assert all(line.startswith(path.name) for line in str(error).splitlines())
                assert "\x1b" not in str(error)  # hostile text is shown inert
