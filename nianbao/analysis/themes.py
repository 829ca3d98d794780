"""Themes: what agencies' statements are about, found across a corpus and counted by year, level, region.

**Method: NMF over TF-IDF of rjieba words.** Each statement is cut into words by rjieba (the Rust jieba,
~1 µs a word), words of one character, numbers and a few words every report uses are dropped, and the
rest weighted by sublinear TF-IDF (a word in more than half the statements carries no theme). A
non-negative matrix factorisation X ≈ W·H with K themes then gives each theme a word profile (a row of H)
and each statement a weight per theme (a row of W); a statement belongs to its heaviest theme, or to none
(−1) where it shares no word with any theme.

Why NMF and not BERTopic's class-based TF-IDF: c-TF-IDF only *names* clusters that something else
(sentence embeddings and HDBSCAN) has found, and nianbao ships no embedding model; NMF both finds and
names the themes from the words alone, its parts are additive (a statement about 政策解读 and 新媒体 weighs
on both), it is deterministic under a seed (NNDSVDa initialisation, coordinate descent), and a fitted
model is two arrays: H and the IDF weights. Assigning new statements solves W for the fixed H (a
non-negative least squares per statement): no refit, and statements seen in the fit get the same theme
again. Statements are short (10–60 characters) with a distinctive vocabulary per theme (公开目录, 政策解读,
依申请公开, 新媒体 …), where TF-IDF + NMF is the standard, strong baseline.

**Model as plain data.** ``ThemeModel.save`` writes ``themes.json`` (vocabulary, theme names, top terms,
representative statements, parameters) and ``themes.npz`` (H and IDF), read back with
``allow_pickle=False`` as the tagger's sklearn backend does: no pickle, no code in the file.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from nianbao.analysis.statements import Statement

DEFAULT_THEMES = 8
MODEL_JSON, MODEL_NPZ = "themes.json", "themes.npz"
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Words nearly every statement uses; they name no theme (max_df drops the rest of the common words).
STOPWORDS = frozenset("""进一步 加强 不断 持续 工作 开展 推进 做好 提升 提高 完善 有待 存在 问题 方面 部分 我们 我区 我局 我县 我市
本单位 单位 相关 有关 进行 实现 确保 落实 围绕 以及 同时 继续 今后 下一步 积极 切实 认真 全面 深入 更加 还是 一定 仍然 主要 对于 通过 根据
不够 较为 不足 需要 能够 将会 此外 加大 力度 强化 健全 建立 坚持 建立健全 机制 水平 质量 效果 到位 相对 薄弱 推动 衔接 规范
及时 深度 仍需 改进 工作中 还需 还有 有所 情况 一些 个别 较弱 较少 偏少 滞后 做到 形成 加以 结合 注重 重视 不能 针对 本年度
已经 采取措施 逐步""".split())


def words(text: str) -> list[str]:
    """The words of a statement that can carry a theme: rjieba words of two or more characters with a
    Chinese character, less the stopwords."""
    import rjieba

    return [w for w in rjieba.cut(text) if len(w) >= 2 and _CJK.search(w) and w not in STOPWORDS]


def _tfidf(docs: Sequence[list[str]], vocabulary: dict[str, int], idf: np.ndarray) -> Any:
    """Sublinear TF-IDF rows, L2-normalised, over a fixed vocabulary (CSR matrix)."""
    from scipy import sparse

    indptr, indices, data = [0], [], []
    for doc in docs:
        counts = Counter(vocabulary[w] for w in doc if w in vocabulary)
        for j, n in sorted(counts.items()):
            indices.append(j)
            data.append(1.0 + np.log(n))
        indptr.append(len(indices))
    x = sparse.csr_matrix((np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64),
                           np.asarray(indptr, dtype=np.int64)), shape=(len(docs), len(vocabulary)))
    x = x.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ x


def _solve_w(x: Any, h: np.ndarray, seed: int) -> np.ndarray:
    """W ≥ 0 minimising ‖X − W·H‖ for fixed H: the assignment of statements to existing themes."""
    from sklearn.decomposition import non_negative_factorization

    if x.shape[0] == 0:
        return np.zeros((0, h.shape[0]))
    w, _, _ = non_negative_factorization(x, H=h.astype(np.float64), n_components=h.shape[0], update_H=False,
                                         solver="cd", max_iter=400, tol=1e-5, random_state=seed)
    return w


@dataclass
class Theme:
    id: int
    name: str  # its three heaviest words joined by ·
    terms: list[str]  # its heaviest words, heaviest first
    representatives: list[str]  # the statements weighing most on it
    size: int = 0  # statements assigned in the fit


@dataclass
class ThemeModel:
    """A fitted theme model: vocabulary, IDF, the theme-word matrix H, and the themes' names."""

    vocabulary: list[str]
    idf: np.ndarray
    components: np.ndarray  # K × V
    themes: list[Theme]
    seed: int = 0
    params: dict[str, Any] = field(default_factory=dict)

    def assign(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(theme per statement, its weight) for new statements, with the fitted themes; −1 where none fits."""
        index = {w: i for i, w in enumerate(self.vocabulary)}
        x = _tfidf([words(t) for t in texts], index, self.idf)
        return _assignments(_solve_w(x, self.components, self.seed))

    def save(self, folder: str | Path) -> Path:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        meta = {"kind": "nianbao.themes", "version": 1, "seed": self.seed, "params": self.params,
                "vocabulary": self.vocabulary, "themes": [vars(t) for t in self.themes]}
        (folder / MODEL_JSON).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        np.savez_compressed(folder / MODEL_NPZ, components=self.components, idf=self.idf)
        return folder

    @classmethod
    def load(cls, folder: str | Path) -> "ThemeModel":
        folder = Path(folder)
        meta = json.loads((folder / MODEL_JSON).read_text(encoding="utf-8"))
        if meta.get("kind") != "nianbao.themes":
            raise ValueError(f"{folder / MODEL_JSON} is no nianbao theme model")
        with np.load(folder / MODEL_NPZ, allow_pickle=False) as arrays:
            components, idf = arrays["components"], arrays["idf"]
        return cls(meta["vocabulary"], idf, components, [Theme(**t) for t in meta["themes"]], meta["seed"], meta["params"])


def _assignments(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if w.shape[0] == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    theme = w.argmax(axis=1).astype(np.int64)
    weight = w.max(axis=1)
    theme[weight <= 1e-9] = -1
    return theme, weight


def fit_themes(texts: Sequence[str], n_themes: int = DEFAULT_THEMES, seed: int = 0, *, min_df: int = 2,
               max_df: float = 0.5, max_words: int = 20_000, n_terms: int = 8, n_representatives: int = 3
               ) -> tuple[ThemeModel, np.ndarray, np.ndarray]:
    """Fit K themes to statements; (model, theme per statement, weight). Same texts and seed: same result."""
    from sklearn.decomposition import NMF

    docs = [words(t) for t in texts]
    df = Counter(w for doc in docs for w in set(doc))
    n = len(docs)
    kept = [w for w, c in df.items() if c >= min_df and c <= max_df * n]
    kept.sort(key=lambda w: (-df[w], w))
    kept = sorted(kept[:max_words])
    if not kept or n < 2:
        raise ValueError(f"too few statements or words to find themes ({n} statements, {len(kept)} words)")
    vocabulary = {w: i for i, w in enumerate(kept)}
    idf = np.log((1.0 + n) / (1.0 + np.array([df[w] for w in kept], dtype=np.float64))) + 1.0
    x = _tfidf(docs, vocabulary, idf)
    k = max(1, min(n_themes, n, len(kept)))
    nmf = NMF(n_components=k, init="nndsvda", solver="cd", max_iter=400, tol=1e-5, random_state=seed)
    nmf.fit(x)
    h = nmf.components_
    theme, weight = _assignments(_solve_w(x, h, seed))
    themes = []
    for t in range(k):
        terms = [kept[j] for j in np.argsort(-h[t], kind="stable")[:n_terms] if h[t, j] > 0]
        members = np.flatnonzero(theme == t)
        best = members[np.argsort(-weight[members], kind="stable")]
        reps: list[str] = []
        for i in best:
            if texts[i] not in reps:
                reps.append(texts[i])
            if len(reps) == n_representatives:
                break
        themes.append(Theme(t, "·".join(terms[:3]), terms, reps, int(len(members))))
    params = {"n_themes": k, "min_df": min_df, "max_df": max_df, "max_words": max_words, "statements": n}
    return ThemeModel(kept, idf, h, themes, seed, params), theme, weight


@dataclass
class ThemeResult:
    """Themes over a corpus: the model, each statement's theme, and the shares by group."""

    model: ThemeModel
    statements: list[Statement]
    theme: np.ndarray
    weight: np.ndarray
    by: tuple[str, ...] = ("year", "admin_level", "region")

    def assignment_rows(self) -> list[dict]:
        return [{"sha256": s.sha256, "statement": s.index, "paragraph": s.paragraph, "label": s.label,
                 "theme": int(t), "weight": float(w), "text": s.text}
                for s, t, w in zip(self.statements, self.theme, self.weight)]

    def theme_rows(self) -> list[dict]:
        total = max(1, len(self.statements))
        counts = Counter(int(t) for t in self.theme)
        return [{"theme": t.id, "name": t.name, "terms": list(t.terms), "representatives": list(t.representatives),
                 "statements": counts.get(t.id, 0), "share": counts.get(t.id, 0) / total} for t in self.model.themes]

    def share_rows(self) -> list[dict]:
        """One row per (grouping, group, theme): the theme's share of the group's statements."""
        return theme_shares(self.statements, self.theme, self.by)


def theme_shares(statements: Sequence[Statement], theme: np.ndarray, by: Iterable[str]) -> list[dict]:
    out = []
    themes = sorted({int(t) for t in theme})
    for key in by:
        groups: dict[str, Counter] = defaultdict(Counter)
        for s, t in zip(statements, theme):
            value = getattr(s, key)
            groups["" if value is None else str(value)][int(t)] += 1
        for group in sorted(groups):
            counts = groups[group]
            n = sum(counts.values())
            for t in themes:
                out.append({"grouping": key, "group": group or None, "theme": t, "statements": counts.get(t, 0),
                            "share": counts.get(t, 0) / n})
    return out


def corpus_themes(statements: Sequence[Statement], n_themes: int = DEFAULT_THEMES, seed: int = 0,
                  by: Sequence[str] = ("year", "admin_level", "region"), model: ThemeModel | None = None) -> ThemeResult:
    """Themes of ``statements``: fitted here, or with ``model`` the statements are assigned to its themes."""
    texts = [s.text for s in statements]
    if model is None:
        model, theme, weight = fit_themes(texts, n_themes, seed)
    else:
        theme, weight = model.assign(texts)
    return ThemeResult(model, list(statements), theme, weight, tuple(by))
