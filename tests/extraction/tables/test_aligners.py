"""Table aligners by name: the two built-ins each read on their own, the config chooses them, a plug-in
registered in code takes part in the contest, and an unknown name is an error record that says so."""

from __future__ import annotations

from typing import ClassVar, Sequence

import pytest

from nianbao.core.codebook import FORMAT_2021, TableSpec, table_spec
from nianbao.core.config import ExtractConfig
from nianbao.core.document import TableBlock
from nianbao.core.record import Status
from nianbao.extraction.layout import analyse
from nianbao.extraction.readers import read
from nianbao.extraction.tables import Reading, aligners, extract_tables
from nianbao.extraction.tables.text import TextAligner
from nianbao.pipeline import extract
from tests.conftest import SAMPLES

HTML = SAMPLES / "sample-2022-city-government.html"
TEXT = SAMPLES / "sample-2024-township.txt"


class RelabelledText:
    """The text aligner's reading under another name: a stand-in for a third party's aligner."""

    name: ClassVar[str] = "relabelled"

    def align(self, spec: TableSpec, grids: Sequence[TableBlock], text: str) -> list[Reading]:
        return [Reading(self.name, r.cells, r.notes) for r in TextAligner().align(spec, grids, text)]


@pytest.fixture
def relabelled():
    aligners.register(RelabelledText.name, RelabelledText)
    yield RelabelledText
    aligners.unregister(RelabelledText.name)


def test_each_builtin_aligner_reads_on_its_own() -> None:
    layout = analyse(read(HTML))
    both = extract_tables(layout, "2021")
    grid_only = extract_tables(layout, "2021", ("grid",))
    text_only = extract_tables(layout, "2021", ("text",))
    assert all(t.found for t in both + grid_only + text_only)
    assert {t.extractor for t in grid_only} != {"text"} and {t.extractor for t in text_only} == {"text"}
    assert [t.cells for t in both] == [t.cells for t in grid_only]  # the HTML grids win, as before


def test_the_config_chooses_aligners_and_a_registered_one_takes_part(relabelled) -> None:
    record = extract(TEXT, ExtractConfig(aligners=("relabelled",), tag=False))
    plain = extract(TEXT, ExtractConfig(tag=False))
    assert [t.extractor for t in record.tables] == ["relabelled"] * 3
    assert [[c.value for c in t.cells] for t in record.tables] == [[c.value for c in t.cells] for t in plain.tables]


def test_an_unknown_aligner_is_an_error_record_listing_the_known_ones() -> None:
    record = extract(TEXT, ExtractConfig(aligners=("grid", "nope"), tag=False))
    assert record.status is Status.ERROR and record.errors[0].code == "unknown_plugin"
    assert "grid" in record.errors[0].message and "nianbao.aligners" in record.errors[0].message


def test_aligners_survive_the_config_round_trip() -> None:
    config = ExtractConfig(aligners=("grid", "text"))
    assert ExtractConfig.from_dict(config.to_dict()) == config
    assert config.to_dict()["aligners"] == ["grid", "text"]


def test_table_four_run_together_and_run_on_into_the_next_section_is_split_by_its_totals() -> None:
    # A converter ran table 四's fifteen values into one digit string and the next section on after it:
    # the numbers of the prose after the row are no values of it, and the string is split where every
    # block's total is the sum of its four results (the one such split).
    heads = "结果维持 结果纠正 其他结果 尚未审结 总计 "
    text = ("四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 " + heads + "未经复议直接起诉 复议后起诉 " + heads * 2
            + "201033100420002 五、存在的主要问题及改进情况 2024年本机关共办理3件，将于12月前完成整改。")
    spec = table_spec("t4", FORMAT_2021)
    (reading,) = TextAligner().align(spec, [], text)
    assert [reading.cells[cid].value for _, _, cid in spec.cells()] == [2, 0, 1, 0, 3, 3, 1, 0, 0, 4, 2, 0, 0, 0, 2]
