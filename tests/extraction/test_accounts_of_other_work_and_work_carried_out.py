"""'现将有关情况报告如下' ends any year's account of work: it speaks of a disclosure report only where its sentence
names the 公开 work. A preamble compiling the report from a body's year of disclosure work carried out
('根据某大学2013年信息公开工作执行情况编制') names the body and year. Fixtures are our own words."""

from __future__ import annotations

from nianbao.extraction.report_words import speaks_of_itself
from nianbao.extraction.work_of import work_named


def test_an_account_of_other_work_does_not_speak_of_a_disclosure_report() -> None:
    assert speaks_of_itself("2023年，区司法局扎实开展法治政府建设，顺利完成各项任务。现将有关情况报告如下。") is None
    assert speaks_of_itself("今年以来，我镇认真抓好安全生产工作，现将有关情况报告如下：") is None


def test_a_disclosure_accounts_sentence_still_speaks_of_itself() -> None:
    assert speaks_of_itself("2023年，我局深入推进政务公开工作，现将有关情况报告如下。") is not None
    assert speaks_of_itself("根据条例要求，现将我局2023年政府信息公开工作情况报告如下：") is not None


def test_work_carried_out_names_the_body_and_year() -> None:
    found = work_named("本年度报告是按照《高等学校信息公开办法》的要求，根据某省大学2013年信息公开工作执行情况编制而成。")
    assert found and found[0][:2] == ("某省大学", 2013)
