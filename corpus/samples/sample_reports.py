"""The four sample reports as data: the project's own fictional agencies, prose and numbers.

``build_samples.py`` renders them (DOCX, HTML, two text flattenings) and writes their gold;
``build_pdfs.py`` typesets them as PDFs.
"""
# ruff: noqa: E501
# (the report prose is kept one paragraph a line)

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from nianbao.core import codebook as cb  # noqa: E402

from nianbao.synth.grids import Cell, Grid  # noqa: E402,F401  (the table model the renderers share)

BLANK = "_"  # in the table data below: a cell the report leaves empty


@dataclass(frozen=True)
class Report:
    """One sample report. Table data: row (or t4 block) id -> cell texts in template column order,
    separated by spaces; ``_`` is an empty cell; t3 rows left out are all zeros."""

    file: str
    render: str  # docx | html | tsv | cells
    agency: str
    year: int
    fmt: cb.FormatVersion
    admin_level: str
    region: str
    published: str  # ISO date
    contact: dict[str, str]
    preamble: list[str]
    sections: list[list[str]]  # paragraphs of the six sections, under the standard headings
    t2: dict[str, str]
    t3: dict[str, str]
    t4: dict[str, str]
    breaks: tuple[str, ...]  # identity breaks the tables carry on purpose
    notes: str
    encoding: str = "utf-8"

    @property
    def title(self) -> str:
        return f"{self.agency}{self.year}年政府信息公开工作年度报告"

    @property
    def date_line(self) -> str:
        y, m, d = (int(x) for x in self.published.split("-"))
        return f"{y}年{m}月{d}日"



# --- The reports ----------------------------------------------------------------------------------
# Prose: the preamble's "{contact}" becomes the agency's contact sentence; sections follow the six
# standard headings (codebook.SECTIONS), tables 二 三 四 come after the paragraphs of their section.
REPORTS = [
    Report(
        file="sample-2023-county-bureau.docx", render="docx", agency="云泽县市场监督管理局", year=2023,
        fmt="2021", admin_level="county", region="云泽县", published="2024-01-22",
        contact={"address": "云泽县清河路56号", "postcode": "437300", "phone": "0715-6231809",
                 "email": "yzxscjgj@yunzexian.gov.cn"},
        preamble=[
            "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）的要求，由云泽县市场监督管理局在汇总机关各股室、各市场监管所工作情况的基础上编制，包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。",
            "本报告中所列数据的统计期限为2023年1月1日至2023年12月31日。本报告电子版可在云泽县人民政府门户网站（www.yunzexian.gov.cn）“政府信息公开”栏目查阅或下载。如对本报告有疑问，请与云泽县市场监督管理局办公室联系{contact}",
        ],
        sections=[
            ["2023年，云泽县市场监督管理局把政务公开作为转变监管方式、优化营商环境的一项基础性工作，紧扣经营主体登记、食品药品安全、特种设备和产品质量安全、价格和消费维权等职责，推动监管过程和监管结果向社会公开，全年各项公开工作平稳有序。",
             "（一）主动公开",
             "全年在县政府门户网站本局栏目主动公开各类信息486条，其中行政处罚决定信息317条、食品安全监督抽检结果公告24期、“双随机、一公开”抽查计划及结果38条、消费警示和提示19条。",
             "围绕预付式消费、电动自行车及其充电器质量、校园周边食品安全等群众关注的问题，以“图解+问答”的方式发布政策解读11篇；局主要负责人参加县政府“政风行风热线”直播2期，现场回应群众提问27个。",
             "（二）依申请公开",
             "全年新收政府信息公开申请30件，加上2022年结转的3件，共需办理33件。已办结32件，其中予以公开13件、部分公开5件，其余依法作出不予公开、无法提供、不予处理等答复；另有1件因需书面征求第三方意见，依法延长答复期限，结转至2024年继续办理。申请内容集中在投诉举报处理结果、食品经营许可信息和行政处罚案卷，法人或其他组织提出的申请9件，较上年有所增加。",
             "（三）政府信息管理",
             "对照市场监管领域基层政务公开标准目录，梳理本局主动公开事项112项，逐项明确公开主体、公开时限和公开渠道。严格执行“先审查、后公开”和“一事一审”，全年对拟公开信息进行保密和敏感性审查500余次，对涉及个人隐私和商业秘密的内容先做去标识化处理。开展行政规范性文件清理，本年制发3件（含修订1件）、废止2件，现行有效的11件已集中列表公布。",
             "（四）政府信息公开平台建设",
             "坚持县政府门户网站为政府信息公开第一平台，调整本局栏目结构，新增“食品安全抽检”“信用监管”两个子栏目，合并内容重复的栏目3个。“云泽市场监管”微信公众号全年推送信息260条，实行撰稿人、股室负责人、分管领导三级审核。在县政务服务中心市场监管窗口设立政府信息查阅点，配置自助查阅终端1台。",
             "（五）监督保障",
             "成立由局主要负责人任组长的政务公开工作领导小组，办公室负责日常工作，各股室和9个市场监管所各明确1名信息员。将政务公开纳入股室年度目标考核，占考核总分的5%。全年组织政务公开和保密审查业务培训4次，参训120人次。本年度未发生因政务公开工作不力被追究责任的情况。"],
            [], [], [],
            ["（一）存在的主要问题",
             "一是基层市场监管所信息员均为兼职，信息报送的时效和质量不够均衡，个别抽检结果公告晚于规定时限发布。二是政策解读仍以文字稿为主，短视频、图表等形式用得少，解读与群众关切结合得不够紧。三是依申请公开答复中对申请内容的理解偶有偏差，本年度因此被申请行政复议3件，其中1件被纠正。",
             "（二）改进情况",
             "一是建立信息报送月通报制度，对超期公开的股室和市场监管所在月度例会上点名提醒，并纳入考核扣分。二是与县融媒体中心合作，围绕食品安全、消费维权等主题每季度制作1期短视频解读。三是对被纠正的复议案件开展案例复盘，修订依申请公开办理流程，对内容不明确的申请先与申请人沟通确认，再出具告知书。"],
            ["（一）信息处理费收取情况",
             "按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度本机关未向申请人收取信息处理费。",
             "（二）人大代表建议和政协委员提案办理情况",
             "本年度承办县人大代表建议6件、县政协委员提案9件，均在规定期限内办结并答复，办复率100%。办理复文在征得代表委员同意后在县政府门户网站公开。",
             "（三）政务公开工作创新情况",
             "在公示行政处罚决定时同步推送信用修复指引，告知当事人修复条件和办理渠道，全年有41家经营主体据此完成信用修复。",
             "（四）数据统计说明",
             "表中行政许可、行政处罚、行政强制数量为本局全年作出的全部处理决定数；行政事业性收费为本局依法收取的计量检定费。"],
        ],
        t2={"regulations": "0 _ 0", "normative_documents": "3（其中修订1件） 2 11", "licensing": "2846",
            "punishment": "317", "coercion": "42", "admin_fees": "2.35"},
        t3={"new_received": "21 6 0 0 2 1 30", "carried_over": "2 1 0 0 0 0 3",
            "granted": "9 3 0 0 1 0 13", "partially_granted": "3 2 0 0 0 0 5",
            "denied_third_party": "1 1 0 0 0 0 2", "denied_enforcement_files": "1 0 0 0 1 0 2",
            "unavailable_not_held": "4 1 0 0 0 0 5", "unavailable_unclear": "1 0 0 0 0 0 1",
            "unprocessed_petition": "2 0 0 0 0 0 2", "unprocessed_repeated": "1 0 0 0 0 0 1",
            "other_no_correction": "0 0 0 0 0 1 1",
            "total_processed": "22 7 0 0 2 1 32", "carried_forward": "1 0 0 0 0 0 1"},
        t4={"review": "2 1 0 0 3", "litigation_direct": "1 0 0 1 2", "litigation_after_review": "1 0 0 0 1"},
        breaks=(),
        notes=("Fictional sample written by the project (corpus/samples/build_samples.py). Word file with real "
               "tables merged as in the official 2021 template: table 三's header (the 勾稽关系 note 3x3, "
               "申请人情况, 自然人/总计 down two rows, 法人或其他组织 across five), 三、本年度办理结果 merged down "
               "its 22 rows and each （三）（四）（五）（六） group cell down its items; table 四's 行政复议/行政诉讼 "
               "and 未经复议直接起诉/复议后起诉 header cells merged across, the review labels down two rows. "
               "Table 二: 行政规范性文件 本年制发件数 is annotated '3（其中修订1件）' and 规章 本年废止件数 is "
               "left blank. Non-zero 上年结转 (3) and 结转下年度 (1). H1–H4 hold."),
    ),
    Report(
        file="sample-2022-city-government.html", render="html", agency="澄川市人民政府", year=2022,
        fmt="2021", admin_level="prefectural", region="澄川市", published="2023-03-27",
        contact={"address": "澄川市人民大道188号市行政中心东楼", "postcode": "416000", "phone": "0743-8226150",
                 "email": "ccszwgk@chengchuan.gov.cn"},
        preamble=[
            "本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》），按照国办公开办函〔2021〕30号规定的格式，由澄川市人民政府办公室编制。报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项组成。",
            "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。本报告电子版可在澄川市人民政府门户网站（www.chengchuan.gov.cn）“政府信息公开年报”栏目下载。如对本报告有疑问，请与澄川市人民政府办公室政务公开科联系{contact}",
        ],
        sections=[
            ["2022年，澄川市人民政府以稳经济、保民生、防风险为重点，围绕决策、执行、管理、服务、结果各环节推进全过程公开，政务公开的规范化和便利化水平进一步提升。",
             "（一）主动公开",
             "全年通过市政府门户网站主动公开政府信息12468条，其中政策文件类信息608条、财政预决算类信息214条、重大建设项目类信息395条。市政府及市政府办公室制定规章2件、行政规范性文件14件，均在印发后20个工作日内全文公开。围绕助企纾困、稳岗就业和房地产市场平稳健康发展等政策，发布文字解读、图解、视频等解读材料46篇，召开市政府新闻发布会31场，市政府领导出席发布会9场次。",
             "（二）依申请公开",
             "全年新收政府信息公开申请254件，比上年增加39件；加上上年结转的12件，共需办理266件。截至12月31日，已办结251件，15件依法结转至2023年办理。从申请人看，自然人提出186件，占73.2%；从办理结果看，予以公开106件、部分公开31件，因本机关不掌握相关政府信息而无法提供的53件。申请内容主要涉及征地补偿、国有土地上房屋征收和规划审批。",
             "（三）政府信息管理",
             "落实行政规范性文件统一登记、统一编号、统一公布制度，全年对市政府及市政府办公室文件进行公开属性审查1137件次。完成规章和规范性文件清理，废止规章1件、行政规范性文件6件，现行有效的规章37件、行政规范性文件112件全部在门户网站“政策文件库”集中公开并标注有效状态。",
             "（四）政府信息公开平台建设",
             "推进政府网站集约化，将12个市直部门网站整合进市级平台统一运维。改版“政策文件库”，支持按主题、发文机关和有效状态分类检索。编印《澄川市人民政府公报》12期，免费赠阅至各乡镇（街道）便民服务中心和市图书馆。加强12345政务服务便民热线与网站“市长信箱”联动，全年办理网民留言4362件。",
             "（五）监督保障",
             "将政务公开纳入市对各县（市、区）和市直部门的绩效考核，分值占比3%。委托第三方机构开展政务公开评估2次，向被评估单位反馈问题87个，均已整改。全年举办全市政务公开业务培训6期，培训600余人次。本年度未发生政务公开方面的责任追究情况。"],
            ["以下为市人民政府及市人民政府办公室的情况。"],
            [],
            ["2022年，市政府因政府信息公开被申请行政复议9件、被提起行政诉讼6件，具体情况如下。"],
            ["（一）存在的主要问题",
             "1.部分部门对政策解读重视不够，解读材料与政策文件同步发布的比例不高，个别解读只是摘录原文。2.依申请公开办理中，无法提供类答复占比较高，部分答复对负有公开职责的机关指引不够具体。3.基层政务公开标准目录与实际工作衔接不紧，部分县（市、区）目录更新滞后。",
             "（二）改进情况",
             "1.执行政策文件与解读材料同步起草、同步审签、同步发布的要求，对未同步解读的文件在月度通报中列明。2.修订依申请公开答复文书范本，无法提供类答复一律写明负有公开职责的机关及其联系方式。3.组织各县（市、区）对基层政务公开标准目录进行动态调整，年底前完成一轮全面更新。"],
            ["（一）收取信息处理费情况",
             "本年度市政府未收取政府信息公开信息处理费。",
             "（二）人大代表建议和政协委员提案办理情况",
             "全年市政府系统承办市人大代表建议312件、市政协委员提案405件，全部按期办结，办结率100%，代表委员满意率98.6%。除涉及国家秘密等情形外，办理复文已在门户网站公开。",
             "（三）落实年度政务公开工作要点情况",
             "对照本年度政务公开工作要点，逐项明确牵头单位和完成时限，重点推进稳经济政策、民生保障和重大建设项目信息公开，各项任务均按期完成。"],
        ],
        t2={"regulations": "2 1 37", "normative_documents": "14 6 112", "licensing": "18436",
            "punishment": "9752", "coercion": "613", "admin_fees": "4286.53"},
        t3={"new_received": "186 41 2 3 15 7 254", "carried_over": "9 2 0 0 1 0 12",
            "granted": "78 17 1 2 5 3 106", "partially_granted": "21 6 0 1 3 0 31",
            "denied_state_secret": "1 0 0 0 0 0 1", "denied_prohibited": "2 0 0 0 0 0 2",
            "denied_security_stability": "1 0 0 0 0 0 1", "denied_third_party": "4 2 0 0 0 0 6",
            "denied_internal_affairs": "3 0 0 0 0 0 3", "denied_process_info": "6 1 0 0 0 0 7",
            "denied_enforcement_files": "2 0 0 0 1 0 3", "denied_inquiry": "3 0 0 0 0 0 3",
            "unavailable_not_held": "37 9 1 0 4 2 53", "unavailable_needs_creation": "5 2 0 0 0 0 7",
            "unavailable_unclear": "4 0 0 0 0 0 4", "unprocessed_petition": "6 1 0 0 0 0 7",
            "unprocessed_repeated": "3 0 0 0 0 1 4", "unprocessed_publication": "1 0 0 0 0 0 1",
            "unprocessed_confirmation": "2 0 0 0 1 0 3", "other_no_correction": "2 1 0 0 0 1 4",
            "other_other": "2 1 0 0 1 0 4",
            "total_processed": "184 40 2 3 15 7 251", "carried_forward": "11 3 0 0 1 0 15"},
        t4={"review": "5 1 1 2 9", "litigation_direct": "2 0 1 1 4", "litigation_after_review": "1 0 0 1 2"},
        breaks=("H2:natural_person", "H2:total"),
        notes=("Fictional sample written by the project (corpus/samples/build_samples.py). A saved web page: site "
               "header, search box, nav, breadcrumb, share bar, footer and a <script> are page chrome; the report "
               "is the div.article-content, its three tables real <table> markup with rowspan/colspan. The page's "
               "发布时间 agrees with the closing date. Deliberate error: table 三 （七）总计 gives 自然人 184 (and "
               "rows 一/二/四 agree with 184: H1 holds) but the 自然人 outcome rows add up to 183, as if one "
               "application's outcome was never entered; （七）'s 总计 251 is its own row sum (H3 holds), so the "
               "same missing case shows again in the 总计 column (outcome totals add up to 250). One relation "
               "(H2) is broken, in two columns: in table 三 a single wrong number always breaks at least two "
               "scopes. H1, H3, H4 hold."),
    ),
    Report(
        file="sample-2020-district-office.txt", render="tsv", encoding="gbk", agency="澄川市柳溪区人民政府办公室",
        year=2020, fmt="2019", admin_level="county", region="澄川市柳溪区", published="2021-01-25",
        contact={"address": "澄川市柳溪区府前街9号", "postcode": "416100", "phone": "0743-8512276",
                 "email": "lxqzfbgs@ccliuxi.gov.cn"},
        preamble=[
            "本报告依据《中华人民共和国政府信息公开条例》，按照国办公开办函〔2019〕60号规定的年度报告格式（试行）编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限为2020年1月1日至2020年12月31日。本报告电子版可在柳溪区人民政府网站（www.ccliuxi.gov.cn）查阅。如有疑问，请与柳溪区人民政府办公室政务公开股联系{contact}",
        ],
        sections=[
            ["2020年，柳溪区人民政府办公室在做好疫情防控和经济社会发展各项工作的同时，把信息公开作为回应社会关切、稳定社会预期的重要手段，按照新修订《条例》的要求稳步推进全区政务公开工作。",
             "（一）主动公开方面",
             "全年在区政府网站发布各类信息3215条，其中疫情防控信息642条。疫情发生后开设“疫情防控”专题，每日公布发热门诊、隔离观察点和交通管控信息，及时发布复工复产审批、中小企业房租减免等政策措施。区政府办公室本年新制作并公开规范性文件4件，累计对外公开规范性文件27件。",
             "（二）依申请公开方面",
             "全年收到政府信息公开申请18件，上年结转1件。已办结18件，其中予以公开8件、部分公开2件；1件因需补充核实档案信息，结转至2021年办理。申请事项主要涉及房屋征收补偿方案、老旧小区改造项目和企业复工审批。因政府信息公开被申请行政复议1件，结果为维持；被提起行政诉讼1件，年底尚未审结。",
             "（三）政府信息管理方面",
             "建立公开前审查机制，由拟稿科室、办公室和法制审核人员对拟公开信息逐件把关。按照新《条例》关于公开方式的规定，对2019年以前印发的区政府文件重新确定公开属性，新增主动公开文件41件。",
             "（四）平台建设方面",
             "完成区政府网站适老化和无障碍改造，新增智能问答功能。开通“柳溪发布”政务微博，与微信公众号同步发布疫情防控和复工复产信息。在区档案馆、区图书馆和4个街道便民服务中心设置政府信息公开查阅点6个。",
             "（五）监督保障方面",
             "区政府将政务公开纳入各街道和区直部门年度绩效考核。区政府办公室每季度对全区政府网站和政务新媒体进行检查，通报问题23个，已全部整改。全年举办政务公开培训2期，培训各单位信息员150人次。未发生政务公开工作责任追究事项。"],
            [], [], [],
            ["2020年，我区政府信息公开工作仍存在一些不足：一是部分单位对新《条例》学习理解不够深入，依申请公开答复文书规范程度不一；二是疫情防控期间信息发布量大，个别信息存在更新不及时、表述不统一的情况；三是政策解读形式较为单一。",
             "2021年，我们将重点做好以下工作：（一）组织全区信息员开展新《条例》专题学习，统一答复文书格式，建立疑难申请会商机制。（二）完善信息发布审核和更新机制，明确重要信息的更新时限和责任人。（三）丰富政策解读形式，推广图解、音视频解读，提高政策知晓率。"],
            ["（一）本年度区政府办公室在办理政府信息公开申请过程中未收取任何费用。",
             "（二）本年度区政府办公室承办区人大代表建议2件、区政协委员提案3件，均已按期办结答复。",
             "（三）表二中政府集中采购的采购总金额以元为单位。"],
        ],
        t2={"regulations": "0 0 0", "normative_documents": "4 4 27", "licensing": "2 0 17",
            "other_services": "4 1 63", "punishment": "0 0 0", "coercion": "0 0 0", "admin_fees": "0 0",
            "procurement": "7 1286347.50元"},
        t3={"new_received": "14 3 0 0 1 0 18", "carried_over": "1 0 0 0 0 0 1",
            "granted": "6 2 0 0 0 0 8", "partially_granted": "1 0 0 0 1 0 2",
            "denied_process_info": "1 0 0 0 0 0 1", "unavailable_not_held": "3 1 0 0 0 0 4",
            "unavailable_unclear": "1 0 0 0 0 0 1", "unprocessed_petition": "1 0 0 0 0 0 1",
            "other_handling": "1 0 0 0 0 0 1",
            "total_processed": "14 3 0 0 1 0 18", "carried_forward": "1 0 0 0 0 0 1"},
        t4={"review": "1 0 0 0 1", "litigation_direct": "0 0 0 1 1", "litigation_after_review": "0 0 0 0 0"},
        breaks=(),
        notes=("Fictional sample written by the project (corpus/samples/build_samples.py). Text encoded in GBK "
               "(not valid UTF-8). 2019 trial format: 22-value table 二 with 其他对外管理服务事项 and 第二十条第（九）项 "
               "政府集中采购, whose 采购总金额 cell carries its unit ('1286347.50元': a number in 元 with its unit kept, not converted); "
               "23-row table 三 with a single （六）其他处理 row. Tables flattened as by an HTML-to-text "
               "conversion: one row a line, cells tab separated, an empty field where a vertically merged cell "
               "continues. H1–H4 hold."),
    ),
    Report(
        file="sample-2024-township.txt", render="cells", agency="石桥镇人民政府", year=2024, fmt="2021",
        admin_level="township", region="石桥镇", published="2025-01-20",
        contact={"address": "云泽县石桥镇新街路18号", "postcode": "437316", "phone": "0715-6418032",
                 "email": "sqzrmzf@yunzexian.gov.cn"},
        preamble=[
            "根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）的要求，石桥镇人民政府编制了本报告。本报告所列数据的统计期限为2024年1月1日至2024年12月31日。本报告电子版可在云泽县人民政府门户网站（www.yunzexian.gov.cn）“乡镇信息公开—石桥镇”栏目查阅。如对本报告有疑问，请与石桥镇党政综合办公室联系{contact}",
        ],
        sections=[
            ["2024年，石桥镇人民政府围绕乡村振兴、基层治理和民生保障等中心工作，以村务公开和政务公开联动为抓手，推动涉农政策、惠民资金和重点项目信息公开到村、到户。",
             "1.主动公开",
             "全年在镇政务公开栏目发布信息275条，其中惠民惠农财政补贴资金发放信息86条、农村宅基地审批结果64条、防汛防火和安全生产信息41条。全镇12个村（社区）的公开栏按季度更新村务、财务信息，累计公开村级事务1030项。",
             "2.依申请公开",
             "全年新收政府信息公开申请6件，其中自然人提出5件、企业提出1件，无上年结转。6件均在法定期限内办结：予以公开2件，部分公开1件，因本机关不掌握相关信息而告知申请人向县级有关部门申请的2件，属于信访诉求而转交相关部门办理的1件。",
             "3.政府信息管理",
             "按照基层政务公开标准目录，对镇本级公开事项进行年度复核，调整公开事项4项。落实镇村两级信息发布审核要求，涉及身份证号码、银行账号等个人信息的内容一律遮挡后公开。",
             "4.平台建设",
             "依托县政府门户网站乡镇栏目发布镇级信息，关停更新不及时的镇属微信公众号1个。在镇便民服务中心设立政务公开专区，放置政策汇编和办事指南，安排1名工作人员提供查阅指导。",
             "5.监督保障",
             "镇党委、镇政府将政务公开纳入年度工作要点，由分管副镇长牵头、党政综合办公室具体负责。全年开展政务公开培训2次，覆盖镇村干部85人次。在县政务公开年度考核中本镇为良好等次，未发生责任追究情况。"],
            [], [], [],
            ["（一）存在问题",
             "一是镇级工作人员多为兼职，对政务公开政策的把握不够准确；二是个别村公开栏内容陈旧，惠农资金公示未按季度更新；三是依申请公开答复文书格式不够规范。",
             "（二）改进措施",
             "1.每半年组织一次政务公开业务学习，邀请县政务公开办现场指导。2.建立村级公开栏季度巡查制度，由包村干部拍照留存，党政综合办公室汇总通报。3.参照县级示范文本，统一依申请公开告知书格式。",
             "（三）上年度问题整改情况",
             "针对2023年度报告中提出的政策解读偏少的问题，本年度围绕耕地地力保护补贴、农村危房改造等政策发布图解6篇，在村民会议上集中宣讲12场，问题已整改到位。"],
            ["（一）信息处理费收取情况",
             "本年度未收取政府信息公开信息处理费，收费金额为0元。",
             "（二）人大代表建议和政协委员提案办理情况",
             "本年度承办县人大代表建议4件、县政协委员提案2件，涉及农村道路硬化、饮水安全和集镇停车等事项，均已按时办结，办结率100%，代表委员满意率100%。",
             "（三）政务公开工作创新情况",
             "推行“院坝公开日”，每季度末由包村干部在各村院坝集中公开当季惠农补贴发放和项目建设情况，现场解答群众疑问，全年共开展48场。"],
        ],
        t2={"regulations": "0 0 0", "normative_documents": "0 0 0", "licensing": "64", "punishment": "7",
            "coercion": "0", "admin_fees": "0"},
        t3={"new_received": "5 1 0 0 0 0 6", "granted": "2 0 0 0 0 0 2", "partially_granted": "0 1 0 0 0 0 1",
            "unavailable_not_held": "2 0 0 0 0 0 2", "unprocessed_petition": "1 0 0 0 0 0 1",
            "total_processed": "5 1 0 0 0 0 6"},
        t4={"review": "1 0 0 0 1", "litigation_direct": "0 0 0 0 0", "litigation_after_review": "0 0 0 0 0"},
        breaks=(),
        notes=("Fictional sample written by the project (corpus/samples/build_samples.py). UTF-8 text with "
               "tables flattened as by a DOCX-to-text conversion: one cell a line (tab indented), an empty line "
               "where a vertically merged cell continues, a blank line between rows. Numbering mixed: 1.–5. in "
               "一, （一）（二）（三） in 五 and 六, 一是/二是 inside. 五 has 存在问题 / 改进措施 / 上年度问题整改情况; "
               "六 has 信息处理费 (0元), 人大代表建议和政协委员提案 (4 and 2, 办结率 and 满意率 100%) and 创新情况. "
               "H1–H4 hold."),
    ),
]
