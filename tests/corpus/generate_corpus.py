#!/usr/bin/env python3
"""Writes one split of the second log corpus and its two-level ground truth.

    generate_corpus.py --split dev|test [--entries N] [--seed S] [--out DIR]

The spec is docs/corpus.md. Standard library only; the output depends on the arguments alone.
"""
import argparse
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # keep the source tree clean when run from ctest
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpus_common import Service, fill, rfc3339, hexs, ip, USER_AGENTS  # noqa: E402

DEFAULT_SEEDS = {"dev": 20260311, "test": 9917}
# The corpus starts at a fixed instant so that output never depends on the clock.
START_NS = {"dev": 1773187200 * 10**9, "test": 1773878400 * 10**9}
WINDOW_NS = 12 * 3600 * 10**9
BURST_NS = 10 * 60 * 10**9


class Context:
    """What an emit function writes through: the event's time, services and entry builders."""

    def __init__(self, split, rng, project, services):
        self.split = split
        self.r = rng
        self.project = project
        self.svc = services
        self.t = 0
        self.kind = None
        self.buf = []
        self.seq = 0

    # -- plumbing ---------------------------------------------------------------------------
    def T(self, i, *values):
        """Template number i of the running kind, filled with values."""
        return fill(self.kind.templates[i], *values)

    def tr(self):
        """A fresh (trace, spanId) pair for the entries of one request."""
        return ("projects/%s/traces/%s" % (self.project, hexs(self.r, 32)), hexs(self.r, 16))

    def _finish(self, ti, e, t):
        self.seq += 1
        self.buf.append((t, self.seq, self.kind.template_ids[ti], e))

    def _insert_id(self, t):
        return "%08x%06x%010x" % (t // 10**9, self.seq & 0xFFFFFF, self.r.getrandbits(40))

    def log(self, ti, svc, sev, text=None, payload=None, log="stdout", dt_ms=0.0,
            source=None, trace=None):
        """One application or system entry written from template number `ti` of the kind."""
        s = self.svc[svc]
        t = self.t + int(dt_ms * 1_000_000)
        e = {"insertId": self._insert_id(t)}
        if text is not None:
            e["textPayload"] = text
        if payload is not None:
            e["jsonPayload"] = payload
        e["resource"] = s.resource
        e["timestamp"] = rfc3339(t)
        e["severity"] = sev
        e["labels"] = {"instanceId": self.r.choice(s.instances)}
        e["logName"] = "projects/%s/logs/run.googleapis.com%%2F%s" % (
            self.project, log.replace("/", "%2F"))
        if trace is not None:
            e["trace"], e["spanId"] = trace
        if source is not None:
            e["sourceLocation"] = {"file": source[0], "line": str(source[1]),
                                   "function": source[2]}
        e["receiveTimestamp"] = rfc3339(t + self.r.randint(3_000_000, 1_800_000_000))
        self._finish(ti, e, t)
        return t

    def request(self, ti, svc, method, path, status, query="", text=None, dt_ms=0.0,
                trace=None, latency=None, ua=None):
        """One Cloud Run request log entry (no payload unless Cloud Run wrote one)."""
        s = self.svc[svc]
        r = self.r
        t = self.t + int(dt_ms * 1_000_000)
        if latency is None:
            latency = r.uniform(0.002, 0.4) if status < 500 else r.uniform(0.05, 30.0)
        url = "https://%s%s%s" % (s.host, path, ("?" + query) if query else "")
        http = {"requestMethod": method, "requestUrl": url,
                "requestSize": str(r.randint(200, 2400)), "status": status,
                "responseSize": str(r.randint(60, 48000)),
                "userAgent": ua or r.choice(USER_AGENTS), "remoteIp": ip(r),
                "serverIp": "216.239.%d.%d" % (r.choice((32, 34, 36, 38)), r.randint(21, 53)),
                "latency": "%.6fs" % latency, "protocol": r.choice(("HTTP/1.1", "HTTP/2"))}
        tr = trace or self.tr()
        e = {"insertId": self._insert_id(t), "httpRequest": http}
        if text is not None:
            e["textPayload"] = text
        e["resource"] = s.resource
        e["timestamp"] = rfc3339(t, 6)
        e["severity"] = "INFO" if status < 400 else ("WARNING" if status < 500 else "ERROR")
        e["labels"] = {"instanceId": r.choice(s.instances)}
        e["logName"] = "projects/%s/logs/run.googleapis.com%%2Frequests" % self.project
        e["trace"], e["spanId"] = tr
        e["traceSampled"] = r.random() < 0.1
        e["receiveTimestamp"] = rfc3339(t + int(latency * 1e9) + r.randint(2_000_000, 90_000_000))
        self._finish(ti, e, t)
        return t


def load_catalog(split):
    if split == "dev":
        import kinds_dev as module
    else:
        import kinds_test as module
    return module.build()


def event_times(r, kind, count):
    """Steady kinds arrive uniformly; burst kinds mostly inside one or two 10-minute windows."""
    if kind.shape == "steady":
        return [r.randrange(WINDOW_NS) for _ in range(count)]
    starts = [r.randrange(WINDOW_NS - BURST_NS) for _ in range(r.choice((1, 1, 2)))]
    out = []
    for _ in range(count):
        if r.random() < 0.85:
            out.append(r.choice(starts) + r.randrange(BURST_NS))
        else:
            out.append(r.randrange(WINDOW_NS))
    return out


def run_kind(ctx, kind, times, start_ns):
    r = ctx.r
    ctx.kind = kind
    for i, t in enumerate(times):
        ctx.t = start_ns + t
        v = i if i < kind.variants else r.randrange(kind.variants)
        kind.emit(ctx, v)


def generate(split, entries, seed):
    r = random.Random(seed)
    project, services, catalog = load_catalog(split)
    ctx = Context(split, r, project, {name: Service(r, project, name, loc, rev)
                                      for name, loc, rev in services})
    kinds = catalog.kinds
    total_w = sum(k.weight for k in kinds)
    minimum = sum(k.variants * k.per_event for k in kinds)
    if entries < 2 * minimum:
        raise SystemExit("generate_corpus: --entries %d is too small for the %s split: every "
                         "template must appear; use at least %d" % (entries, split,
                                                                    int(2 * minimum) + 1))
    start = START_NS[split]
    for k in kinds:
        count = max(k.variants, int(round(entries * k.weight / total_w / k.per_event)))
        run_kind(ctx, k, event_times(r, k, count), start)
    # Top up or trim with single-entry steady kinds so the file has exactly `entries` lines.
    fillers = [k for k in kinds if k.per_event == 1.0 and k.shape == "steady"]
    weights = [k.weight for k in fillers]
    while len(ctx.buf) < entries:
        k = r.choices(fillers, weights)[0]
        run_kind(ctx, k, [r.randrange(WINDOW_NS)], start)
    if len(ctx.buf) > entries:
        trim(ctx, fillers, len(ctx.buf) - entries)
    ctx.buf.sort(key=lambda x: (x[0], x[1]))
    return ctx.buf, catalog


def trim(ctx, fillers, over):
    """Drops `over` entries of filler kinds, never the last entry of a template."""
    filler_ids = {tid for k in fillers for tid in k.template_ids}
    left = {}
    for _, _, tid, _ in ctx.buf:
        left[tid] = left.get(tid, 0) + 1
    drop = set()
    order = list(range(len(ctx.buf)))
    ctx.r.shuffle(order)
    for i in order:
        if len(drop) == over:
            break
        tid = ctx.buf[i][2]
        if tid in filler_ids and left[tid] > 1:
            left[tid] -= 1
            drop.add(i)
    if len(drop) < over:
        raise SystemExit("generate_corpus: cannot trim to the requested size")
    ctx.buf = [x for i, x in enumerate(ctx.buf) if i not in drop]


def tsv_escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def write(out_dir, split, buf, catalog):
    os.makedirs(out_dir, exist_ok=True)
    info = {}
    for k in catalog.kinds:
        issue_id, title = catalog.issues[k.issue]
        for tid, template in zip(k.template_ids, k.templates):
            info[tid] = "\t".join((tid, tsv_escape(template), issue_id, tsv_escape(title)))
    jsonl = os.path.join(out_dir, split + ".jsonl")
    truth = os.path.join(out_dir, split + ".truth.tsv")
    with open(jsonl, "w", encoding="utf-8", newline="\n") as fj, \
            open(truth, "w", encoding="utf-8", newline="\n") as ft:
        ft.write("insertId\ttemplate_id\ttemplate\tissue_id\tissue_title\n")
        for _, _, tid, e in buf:
            fj.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")))
            fj.write("\n")
            ft.write(e["insertId"] + "\t" + info[tid] + "\n")
    return jsonl, truth


def main(argv=None):
    p = argparse.ArgumentParser(description="Generate one split of the second log corpus "
                                            "(docs/corpus.md).")
    p.add_argument("--split", choices=("dev", "test"), required=True)
    p.add_argument("--entries", type=int, default=100000)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--out", default=".")
    a = p.parse_args(argv)
    seed = DEFAULT_SEEDS[a.split] if a.seed is None else a.seed
    buf, catalog = generate(a.split, a.entries, seed)
    catalog_ids = {k.issue for k in catalog.kinds}
    jsonl, truth = write(a.out, a.split, buf, catalog)
    print("%s: %d entries, %d templates, %d issues -> %s, %s" % (
        a.split, len(buf), sum(len(k.templates) for k in catalog.kinds), len(catalog_ids),
        jsonl, truth))


if __name__ == "__main__":
    main()
