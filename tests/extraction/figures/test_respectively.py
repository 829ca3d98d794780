"""Lists read pairwise after 分别 (respectively.py).

The sentences are our own, paraphrasing constructions real pages showed the grammar missing or misreading
(rounds heldout-4 to heldout-8); each class also has a sentence that must stay no figure (or another).
"""

from __future__ import annotations

from tests.extraction.figures.readings import figures_q


def test_a_list_read_pairwise_after_fenbie() -> None:
    assert figures_q("通过“清河发布”微博、微信公众号全年分别推送信息210条、468条。") == [
        ("proactive.items_by_channel.weibo", 210, None), ("proactive.items_by_channel.wechat", 468, None)]
    assert figures_q("本年度人大代表建议、政协委员提案分别为9件、14件。") == [
        ("proposals.npc_suggestions", 9, None), ("proposals.cppcc_proposals", 14, None)]
    # As many names as counts, or no pairs at all: three names, two counts.
    assert ("proactive.items_by_channel.weibo", 30, None) not in figures_q("网站、微博、微信分别发布30条、40条。")
