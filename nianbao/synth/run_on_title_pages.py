"""Page shapes for a crawler's one-line text whose title runs on into what follows (detect27, issue 14's one-line
probe): the title the layout takes ends at the report's name, and the words run on after it say what the page is.
Every sentence is nianbao's own; each page is one line.

Look-alikes (``RUN_ON_LOOKALIKE_KINDS``, bare lines):

- ``run_on_template``: a 范文 site's report template, '…政府信息公开年度工作报告范文 本年度报告是根据…';
- ``run_on_submission``: a notice on submitting the reports, '…年度报告报送通知 某县人民政府办公室 关于做好…';
- ``run_on_publication``: a city's account of its bodies' reports published, '…年度报告公布情况 根据…现将…报告如下';
- ``run_on_abstract``: a paper's abstract whose first words the layout takes for a title, '摘要 本文通过对…年度报告…'.

Report (``RUN_ON_KINDS``, written in the ``hidden`` family by ``RUN_ON_SHAPES``: (lines, None, year)):

- ``run_on_report``: a report's one line naming no body, its title running on into its date line, a preamble citing the notice on
  compiling the reports ('按照《…关于做好…年度报告编制发布工作的通知》要求') and its overview.
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report

RUN_ON_KINDS = ("run_on_report",)
RUN_ON_LOOKALIKE_KINDS = ("run_on_template", "run_on_submission", "run_on_publication", "run_on_abstract")

_PLACES = ("青溪县", "澜川市", "云岫区", "石滩镇")


def _run_on_template(rng: random.Random) -> list[str]:
    return [f"政府信息公开{rng.choice(('年度工作报告', '工作年度报告'))}范文 本年度报告是根据《中华人民共和国政府信息公开条例》"
            f"要求，由区政府办公室编制。全文包括概述、主动公开政府信息情况、依申请公开政府信息情况。 一、概述 本区配备专兼职"
            f"工作人员{rng.randint(20, 200)}名，设立信息申请受理点{rng.randint(5, 60)}个。"]


def _run_on_submission(rng: random.Random) -> list[str]:
    year, place = rng.randint(2015, 2024), rng.choice(_PLACES)
    return [f"{year}年政府信息公开工作年度报告报送通知 {place}人民政府办公室 关于做好{year}年政府信息公开工作年度报告"
            f"编制公布工作的通知 各乡镇人民政府、县直各单位： 请于{year + 1}年1月{rng.randint(10, 25)}日前将年度报告报送县政务公开办。"]


def _run_on_publication(rng: random.Random) -> list[str]:
    year, place = rng.randint(2015, 2024), rng.choice(_PLACES)
    return [f"{place}{year}年政府信息公开工作年度报告公布情况 发布时间：{year + 1}-02-0{rng.randint(1, 9)} 根据年度报告格式要求，"
            f"全市{rng.randint(20, 60)}个责任单位编制并发布了{year}年度年度报告。现将公布情况报告如下： 一、按时公布的单位"]


def _run_on_abstract(rng: random.Random) -> list[str]:
    first = rng.randint(2010, 2018)
    return [f"摘要 本文通过对{rng.randint(20, 31)}个省级政府{first}-{first + 2}年度政府信息公开年度报告的统计，分析依申请公开的"
            "数量、途径和答复情况，评价政府信息公开的整体水平。 关键词 政府信息公开 年度报告"]


def _run_on_report(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year  # (naming no body, as the ``hidden`` family's pages do)
    return [f"{year}年政府信息公开工作年度报告 发布时间：{year + 1}-01-2{rng.randint(0, 9)} 按照《关于做好{year}年政府信息公开"
            f"工作年度报告编制发布工作的通知》要求，编制本报告。 一、总体情况 {year}年，本机关认真贯彻"
            f"落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。 （一）主动公开 全年主动公开政府信息"
            f"{rng.randint(30, 900)}条。 （二）依申请公开 全年收到政府信息公开申请{rng.randint(0, 20)}件。"], None, year


RUN_ON_SHAPES = {"run_on_report": _run_on_report}
RUN_ON_LOOKALIKES = {"run_on_template": _run_on_template, "run_on_submission": _run_on_submission,
                     "run_on_publication": _run_on_publication, "run_on_abstract": _run_on_abstract}
