"""Web pages: the report as a portal's article page — site header, navigation, breadcrumb, the article
with real ``<table>`` markup (rowspan/colspan as the official templates merge them), share bar,
footer and scripts around it. Three page templates, as different portals build them.
"""

from __future__ import annotations

import html
from string import Template

from nianbao.synth.grids import Cell, Grid, grids
from nianbao.synth.model import Report


def _td(cell: Cell) -> str:
    span = ""
    if cell.cols > 1:
        span += f' colspan="{cell.cols}"'
    if cell.rows > 1:
        span += f' rowspan="{cell.rows}"'
    return f'<td{span} valign="center"><p style="text-align:center">{html.escape(cell.text)}</p></td>'


def html_table(grid: Grid) -> str:
    """A grid as an HTML table the way Word-made portal pages write it."""
    rows = "\n".join("<tr>" + "".join(_td(c) for c in row) + "</tr>" for row in grid)
    return f'<table class="MsoNormalTable" border="1" cellspacing="0" width="100%"><tbody>\n{rows}\n</tbody></table>'


def article(rep: Report) -> str:
    tables = grids(rep.fmt, rep.printed, rep.style.t3_note)
    out = []
    for block in rep.blocks:
        if block.kind == "table":
            out.append(html_table(tables[block.text]))
        elif block.kind == "section":
            out.append(f"<p><strong>{html.escape(block.text)}</strong></p>")
        else:
            out.append(f'<p style="text-indent:2em">{html.escape(block.text)}</p>')
    out += [f'<p style="text-align:right">{html.escape(line)}</p>' for line in (rep.agency.name, rep.date_line)]
    return "\n".join(out)


def render_html(rep: Report) -> bytes:
    """The report wrapped in one of the page templates."""
    page = Template(PAGES[rep.style.chrome % len(PAGES)])
    site = rep.agency.site.split("门户网站")[0]
    text = page.substitute(title=html.escape(rep.title), agency=html.escape(rep.agency.name), site=html.escape(site),
                           date=rep.published, article=article(rep), visits=str(1000 + rep.index % 9000))
    return text.encode("utf-8")


_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}_${site}</title>
<meta name="SiteName" content="${site}">
<meta name="PubDate" content="${date}">
<style>body{font-family:"Microsoft YaHei",sans-serif;margin:0}.article{width:1000px;margin:0 auto}td{border:1px solid #000}</style>
</head>
"""
PAGES = [
    _HEAD + """<body>
<div class="header"><div class="logo">${site}</div>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="article">
<h1 class="article-title">${title}</h1>
<div class="article-info">发布时间：${date}　来源：${agency}　浏览次数：<span id="visits"></span>
　字号：<a href="javascript:fontSize(2)">大</a> <a href="javascript:fontSize(-2)">小</a>　<a href="javascript:window.print()">打印</a></div>
<div class="article-content" id="zoom">
${article}
</div>
<div class="share">分享到：微信　微博　QQ空间</div>
</div>
<div class="footer"><p>主办单位：${site}　网站标识码：${visits}000001</p><p><a href="/sitemap/">网站地图</a>　<a href="/contact/">联系我们</a></p></div>
<script type="text/javascript">document.getElementById("visits").textContent = "${visits}";</script>
</body>
</html>
""",
    _HEAD + """<body>
<div id="top"><a href="/">${site}</a>　<a href="/wza/">无障碍</a>　<a href="/en/">English</a></div>
<ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/bsfw/">办事服务</a></li></ul>
<table class="xxgk-meta" width="100%"><tr><td>索引号：${visits}-2024-0001</td><td>发布机构：${agency}</td></tr>
<tr><td>发布日期：${date}</td><td>主题分类：政府信息公开年报</td></tr></table>
<div class="zw-title"><h2>${title}</h2></div>
<div class="zw-content">
${article}
</div>
<div class="zw-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div id="footer">版权所有：${site}　技术支持：信息中心</div>
<script>var pageId = ${visits};</script>
</body>
</html>
""",
    _HEAD + """<body>
<header><nav><a href="/">首页</a> | <a href="/gk/">政府信息公开</a> | <a href="/gk/nb/">年度报告</a></nav></header>
<main>
<article>
<h1>${title}</h1>
<p class="meta">${date}　${agency}</p>
<section class="content">
${article}
</section>
</article>
</main>
<footer><p>${site}　主办</p></footer>
</body>
</html>
""",
]
