"""The transformers backend: fine-tunes a local checkpoint directory (e.g. a Chinese BERT the user
downloaded), or trains a small character-level BERT from scratch when none is given. CPU torch; saved
as safetensors + JSON configs. Nothing is ever downloaded: every load is local-files-only."""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # before transformers is imported: no hub access, ever
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402
from safetensors.torch import load_file, save_file  # noqa: E402
from transformers import AutoModel, AutoTokenizer, BertConfig, BertModel, BertTokenizerFast  # noqa: E402
from transformers.utils import logging as hf_logging  # noqa: E402

from nianbao.classification.base import Tagger, TaggerConfig  # noqa: E402

from nianbao.classification.items import LABELS, Item
from nianbao.classification.features import _KNOWN_SECTIONS, structure_words  # noqa: E402

MODEL_DIR = "model"
HEAD_FILE = "head.safetensors"
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


@dataclass
class TransformersConfig(TaggerConfig):
    checkpoint: str | None = None  # a local model directory to fine-tune; None trains a character BERT from scratch
    layers: int = 2  # the from-scratch model's size
    hidden: int = 128
    heads: int = 4
    intermediate: int = 256
    max_length: int = 256
    epochs: int = 4
    batch_size: int = 16
    learning_rate: float | None = None  # default 3e-3 from scratch, 3e-5 when fine-tuning
    threads: int = 0  # torch threads; 0 leaves torch's default


def structure_tokens() -> list[str]:
    """Every structure word as one token (``sectionproblems``, ``cueimprovements``), added to the vocabulary."""
    words = [f"section={s}" for s in sorted(_KNOWN_SECTIONS)] + [f"cue={label}" for label in LABELS]
    return [_token(w) for w in words]


def _token(word: str) -> str:
    return word.replace("=", "").replace("_", "")


def model_text(item: Item) -> str:
    words = [_token(w) for w in structure_words(item.section, item.path)]
    return (" ".join(words) + " " + item.text) if words else item.text


@contextmanager
def _quiet():
    """No progress bars, and no load report of weights this tagger does not use (the pooler)."""
    level, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        hf_logging.set_verbosity(level)
        if bars:
            hf_logging.enable_progress_bar()


def _quiet_load(path: str | Path, **kwargs) -> torch.nn.Module:
    with _quiet():
        return AutoModel.from_pretrained(path, local_files_only=True, **kwargs)


class MeanPooledClassifier(torch.nn.Module):
    """An encoder, the mean of its token states, and one linear output per label.

    Mean pooling rather than the [CLS] pooler: a small BERT trained from scratch on a few thousand
    paragraphs learns nothing through [CLS] in a few epochs (every input gets the label priors).
    """

    def __init__(self, encoder: torch.nn.Module, labels: int) -> None:
        super().__init__()
        self.encoder = encoder
        self.head = torch.nn.Linear(encoder.config.hidden_size, labels)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        states = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(states.dtype)
        return self.head((states * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0))


class TransformersTagger(Tagger):
    """A BERT-style sequence classifier with one sigmoid output per label."""

    name = "transformers"
    config_class = TransformersConfig

    def _threads(self) -> None:
        if self.config.threads:
            torch.set_num_threads(self.config.threads)

    def _scratch(self, texts: list[str]) -> None:
        chars = sorted({c for text in texts for c in text if not c.isspace()})
        pieces = [f"##{c}" for c in chars if c.isascii() and c.isalnum()]
        vocab = {token: i for i, token in enumerate(SPECIAL + structure_tokens() + chars + pieces)}
        # transformers 5 ignores vocab_file= silently (every character becomes [UNK]): pass the dict.
        self.tokenizer_ = BertTokenizerFast(vocab=vocab, do_lower_case=False, tokenize_chinese_chars=True)
        c = self.config
        config = BertConfig(vocab_size=len(vocab), hidden_size=c.hidden, num_hidden_layers=c.layers,
                            num_attention_heads=c.heads, intermediate_size=c.intermediate,
                            max_position_embeddings=c.max_length, pad_token_id=vocab["[PAD]"])
        self.model_ = MeanPooledClassifier(BertModel(config, add_pooling_layer=False), len(LABELS))

    def _pretrained(self, checkpoint: str) -> None:
        self.tokenizer_ = AutoTokenizer.from_pretrained(checkpoint, local_files_only=True)
        encoder = _quiet_load(checkpoint)
        if self.tokenizer_.add_tokens([t for t in structure_tokens() if t not in self.tokenizer_.get_vocab()]):
            encoder.resize_token_embeddings(len(self.tokenizer_))
        self.model_ = MeanPooledClassifier(encoder, len(LABELS))

    def _encode(self, texts: list[str]) -> dict[str, torch.Tensor]:
        positions = getattr(self.model_.encoder.config, "max_position_embeddings", self.config.max_length)
        limit = min(self.config.max_length, positions)
        return self.tokenizer_(texts, padding=True, truncation=True, max_length=limit, return_tensors="pt",
                               return_token_type_ids=False)

    def fit(self, items: Sequence[Item], y: np.ndarray, sample_weight: np.ndarray | None = None) -> TransformersTagger:
        items, y, weights = self.training_set(items, y, sample_weight)
        self._threads()
        torch.manual_seed(self.config.seed)
        texts = [model_text(item) for item in items]
        if self.config.checkpoint:
            self._pretrained(self.config.checkpoint)
        else:
            self._scratch(texts)
        rate = self.config.learning_rate or (3e-5 if self.config.checkpoint else 3e-3)
        optimizer = torch.optim.AdamW(self.model_.parameters(), lr=rate)
        steps = self.config.epochs * -(-len(texts) // self.config.batch_size)
        warmup = max(1, steps // 10)
        # Warm up, then decay linearly: a post-LayerNorm BERT trained from scratch collapses to the label
        # priors without the warm-up.
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimizer, lambda step: min((step + 1) / warmup, max(0.0, (steps - step) / max(1, steps - warmup))))
        targets = torch.tensor(y, dtype=torch.float32)
        w = torch.tensor(weights, dtype=torch.float32)
        loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none")
        generator = torch.Generator().manual_seed(self.config.seed)
        self.model_.train()
        self.losses_: list[float] = []
        for _ in range(self.config.epochs):
            order = torch.randperm(len(texts), generator=generator).tolist()
            total = 0.0
            for start in range(0, len(order), self.config.batch_size):
                batch = order[start:start + self.config.batch_size]
                logits = self.model_(**self._encode([texts[i] for i in batch]))
                loss = (loss_fn(logits, targets[batch]).mean(dim=1) * w[batch]).sum() / w[batch].sum()
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                schedule.step()
                total += loss.item() * len(batch)
            self.losses_.append(total / len(texts))
        self.model_.eval()
        self.info["losses"] = [round(v, 4) for v in self.losses_]
        return self

    @torch.no_grad()
    def predict_scores(self, items: Sequence[Item], batch_size: int = 64) -> np.ndarray:
        self._threads()
        texts = [model_text(item) for item in self.view(items)]
        out = np.zeros((len(texts), len(LABELS)))
        for start in range(0, len(texts), batch_size):
            logits = self.model_(**self._encode(texts[start:start + batch_size]))
            out[start:start + batch_size] = torch.sigmoid(logits).numpy()
        return out

    def _save_state(self, directory: Path) -> None:
        with _quiet():
            self.model_.encoder.save_pretrained(directory / MODEL_DIR, safe_serialization=True)
        self.tokenizer_.save_pretrained(directory / MODEL_DIR)
        save_file({k: v.contiguous() for k, v in self.model_.head.state_dict().items()}, directory / HEAD_FILE)

    def _load_state(self, directory: Path) -> None:
        path = directory / MODEL_DIR
        self.tokenizer_ = AutoTokenizer.from_pretrained(path, local_files_only=True)
        encoder = _quiet_load(path, use_safetensors=True)
        self.model_ = MeanPooledClassifier(encoder, len(LABELS))
        self.model_.head.load_state_dict(load_file(directory / HEAD_FILE))
        self.model_.eval()
