"""Web pages: the report as a portal's article page — site header, navigation, the portal's chrome,
metadata block and title as ``nianbao.synth.portal`` draws them, the article with real ``<table>``
markup (rowspan/colspan as the official templates merge them), share bar, footer and scripts around
it. Three site templates, as different portals build them.
"""

from __future__ import annotations

import dataclasses
import html
from string import Template

from nianbao.synth.grids import Cell, Grid, grids
from nianbao.synth.model import Block, Report
from nianbao.synth.portal import Page, not_report_page, page_blocks, sample_page, traditional


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


def article(rep: Report, blocks: list[Block] | None = None) -> str:
    tables = grids(rep.fmt, rep.printed, rep.style.t3_note)
    out = []
    for block in rep.blocks if blocks is None else blocks:
        if block.kind == "table":
            out.append(html_table(tables[block.text]))
        elif block.kind == "section":
            out.append(f"<p><strong>{html.escape(block.text)}</strong></p>")
        else:
            out.append(f'<p style="text-indent:2em">{html.escape(block.text)}</p>')
    return "\n".join(out)


def _meta(page: Page, rows: list) -> str:
    esc = html.escape
    if page.meta == "pipes":
        cells = "\n".join("<tr>" + "".join(f"<td>{esc(k)}</td><td>{esc(v)}</td>" for k, v in row) + "</tr>" for row in rows)
        return f'<table class="xxgk-meta" width="100%">\n{cells}\n</table>'
    if page.meta == "pairs":
        return '<div class="article-info">' + "　".join(f"<span>{esc(k)}：{esc(v)}</span>" for row in rows for k, v in row) + "</div>"
    return '<ul class="xxgk-info">' + "".join(f"<li>{esc(k)}：{esc(v)}</li>" for row in rows for k, v in row) + "</ul>"


def wrap_html(page: Page, article_html: str) -> tuple[str, str, str]:
    """The page's markup before the article, the article with its signature, and after it."""
    esc = html.escape
    before: list[str] = []
    after: list[str] = []
    body = [article_html]
    seen_article = False
    for role, lines in page.pieces:
        if role == "article":
            seen_article = True
            continue
        if role == "meta":
            part = _meta(page, lines)
        elif role == "title":
            part = f'<h1 class="article-title">{"<br>".join(esc(t) for t in lines)}</h1>'  # wrapped: a <br>
        elif role == "signature":
            body += [f'<p style="text-align:right">{esc(line)}</p>' for line in lines]
            continue
        elif role == "footer":
            part = '<div class="footer">' + "".join(f"<p>{esc(t)}</p>" for t in lines) + "</div>"
        else:
            part = '<div class="bar">' + "".join(f"<span>{esc(t)}</span>" for t in lines) + "</div>"
        (after if seen_article else before).append(part)
    return "\n".join(before), "\n".join(body), "\n".join(after)


def _page(rep: Report, page: Page, article_html: str) -> bytes:
    before, body, after = wrap_html(page, article_html)
    template = Template(PAGES[rep.style.chrome % len(PAGES)])
    site = rep.agency.site.split("门户网站")[0]
    text = template.substitute(html_title=html.escape(page.html_title), site=html.escape(site), date=rep.published,
                               before=before, article=body, after=after, visits=str(1000 + rep.index % 9000))
    return (traditional(text) if page.traditional else text).encode("utf-8")


def render_html(rep: Report) -> bytes:
    """The report on its portal page, wrapped in one of the site templates."""
    page = sample_page(rep)
    return _page(rep, page, article(rep, page_blocks(rep, page)))


def render_not_report_html(rep: Report, what: str) -> bytes:
    """A document that is no annual report (see ``portal.NOT_REPORT_KINDS``) on ``rep``'s portal page."""
    page = sample_page(rep)
    title, body = not_report_page(rep, what)
    pieces = [("title", [title]) if role == "title" else (role, lines) for role, lines in page.pieces]
    if page.title_at == "none":
        pieces.insert(0, ("title", [title]))
    page = dataclasses.replace(page, title=(title,), pieces=pieces, html_title=f"{title}_{rep.agency.name}")
    return _page(rep, page, "\n".join(f"<p>{html.escape(line)}</p>" for line in body))


def render_lines_html(lines: list[str] | tuple[str, ...]) -> bytes:
    """A page of bare lines (a page shape's, ``nianbao.synth.shapes``) as a plain article page: one ``<p>`` a
    line, under a generic ``<title>`` that names no body, so that the page states only what its lines state."""
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
    return (_BARE % paragraphs).encode("utf-8")


def render_lines_portal(rep: Report, lines: list[str] | tuple[str, ...]) -> bytes:
    """A page of bare lines (a page cut short, ``nianbao.synth.cut_pages``) on ``rep``'s portal page without a
    title: the site's header and menu, its metadata block above the lines and its signature, share bar and
    footer below the cut — the frame a reader must see past, under a ``<title>`` naming the portal's owner."""
    page = sample_page(rep)
    pieces = [(role, part) for role, part in page.pieces if role != "title"]
    page = dataclasses.replace(page, title=(), pieces=pieces, html_title=page.html_title.split("_")[-1])
    return _page(rep, page, "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip()))


_BARE = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>政府信息公开</title></head>
<body>
<div class="article-content" id="zoom">
%s
</div>
</body>
</html>
"""
_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${html_title}</title>
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
<div class="article">
${before}
<div class="article-content" id="zoom">
${article}
</div>
${after}
</div>
<script type="text/javascript">var visits = "${visits}";</script>
</body>
</html>
""",
    _HEAD + """<body>
<div id="top"><a href="/">${site}</a></div>
<ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/bsfw/">办事服务</a></li></ul>
${before}
<div class="zw-content">
${article}
</div>
${after}
<script>var pageId = ${visits};</script>
</body>
</html>
""",
    _HEAD + """<body>
<header><nav><a href="/">首页</a> | <a href="/gk/">政府信息公开</a> | <a href="/gk/nb/">年度报告</a></nav></header>
<main>
<article>
${before}
<section class="content">
${article}
</section>
${after}
</article>
</main>
</body>
</html>
""",
]
