"""Reports translated into English whole (sealed heldout34's mirror and translation-proxy pages): the body and year
their English title names, evidence that they are reports, a warning that the page is a translation — and English
chrome, news headlines and sentences citing reports that are no report's title. Titles and texts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.problems import ProblemCode
from nianbao.core.record import Status
from nianbao.extraction.english_title import english_report_title, mostly_not_chinese, read_english_title
from tests.extraction.pages import read_page


def test_the_wordings_of_a_translated_title_name_body_and_year() -> None:
    cases = {
        "Annual Report of Ningbo Municipal Bureau of Commerce on Government Information Disclosure in 2021":
            ("Ningbo Municipal Bureau of Commerce", 2021),
        "2017 Annual Report of Hainan Provincial Department of Agriculture on Government Information Publicity":
            ("Hainan Provincial Department of Agriculture", 2017),
        "Xiamen Customs 2020 Annual Report on Government Information Openness": ("Xiamen Customs", 2020),
        "Work Report on Government Information Disclosure of Tianhe District People's Government in 2023":
            ("Tianhe District People's Government", 2023),
        "2019 Government Information Disclosure Annual Report of Dalian Municipal Audit Bureau":
            ("Dalian Municipal Audit Bureau", 2019),
        "Some Provincial Bureau's 2018 Government Information Disclosure Annual Report": ("Some Provincial Bureau", 2018),
        "• 2020 Annual Report of Longyan Municipal Audit Bureau on Government Information Disclosure":
            ("Longyan Municipal Audit Bureau", 2020),
        "Annual Report of Yantai Ocean Development Bureau on Government Affairs Information Disclosure":
            ("Yantai Ocean Development Bureau", None),
    }
    for line, (body, year) in cases.items():
        title = read_english_title(line)
        assert title is not None and (title.body, title.year) == (body, year), line


def test_chrome_news_and_citing_sentences_are_no_titles() -> None:
    for line in ("Current location: Home > Government information disclosure > Annual report of government information disclosure",
                 "City Publishes 2022 Annual Reports on Government Information Disclosure",
                 "Annual Report of Suzhou on Government Information Disclosure in 2022",  # a place, no body
                 "The bureau released its Annual Report on Government Information Disclosure in 2022 on its website.",
                 "Notice on Preparing the 2022 Annual Report on Government Information Disclosure",
                 "Annual Report on Government Information Disclosure"):
        assert read_english_title(line) is None, line


_PAGE = ("Home > Open Government > Annual Reports\n"
         "Annual Report of Weifang Municipal Emergency Management Bureau on Government Information Disclosure in 2022\n"
         "This report is compiled in accordance with the Regulations on Open Government Information. The data listed in "
         "this report cover the period from January 1, 2022 to December 31, 2022.\n"
         "I. General Situation\n"
         "In 2022, the bureau kept its disclosure column up to date and answered the public's requests on time.\n"
         "II. Information Voluntarily Disclosed\n")


def test_a_translated_report_names_its_english_body_and_is_flagged(tmp_path: Path) -> None:
    record = read_page(tmp_path, _PAGE)
    assert record.status is Status.PARTIAL
    assert (record.metadata.agency, record.metadata.year) == ("Weifang Municipal Emergency Management Bureau", 2022)
    assert ProblemCode.TRANSLATED in [w.code for w in record.warnings]


def test_a_chinese_report_with_an_english_title_line_keeps_its_own_name(tmp_path: Path) -> None:
    page = ("某省某市交通运输局2022年政府信息公开工作年度报告\n"
            "Annual Report of Some Municipal Transport Bureau on Government Information Disclosure in 2022\n"
            "本报告由某市交通运输局编制。本报告所列数据的统计期限为2022年1月1日至2022年12月31日。\n"
            "一、总体情况\n2022年，我局认真贯彻条例，全年主动公开政府信息三百余条，及时回应群众关切。\n")
    assert not mostly_not_chinese(page)
    record = read_page(tmp_path, page)
    assert record.metadata.agency != "Some Municipal Transport Bureau"
    assert ProblemCode.TRANSLATED not in [w.code for w in record.warnings]


# A crawler's one line: the translated title inside the run, between the portal's chrome and the date or preamble.

@pytest.mark.parametrize("run", [
    "Home Sign in 2021 Annual Report of Xiangtan Municipal Transport Bureau on Government Information Disclosure "
    "Release date: January 20, 2022 Views: 31 This report is compiled according to the Regulations.",
    "Annual Report of Xiangtan Municipal Transport Bureau on Government Information Disclosure in 2021 This report "
    "is compiled according to the Regulations of the People's Republic of China on the Disclosure of Government "
    "Information. I. General situation In 2021, the bureau published 212 items of information.",
])
def test_a_translated_title_inside_a_one_line_run_names_the_body(run: str) -> None:
    title = english_report_title(run + " " + "The bureau kept its catalogue up to date. " * 8)
    assert title is not None and (title.body, title.year) == ("Xiangtan Municipal Transport Bureau", 2021)


def test_a_run_citing_a_report_in_a_sentence_names_no_body() -> None:
    run = ("News Center The city held a meeting on the work. The Annual Report of Xiangtan Municipal Transport Bureau "
           "on Government Information Disclosure in 2021 was discussed at length by the staff. ") * 3
    assert english_report_title(run) is None
