#!/usr/bin/env python3
"""Validates the second log corpus against docs/corpus.md.

    check_corpus.py DIR [--splits dev,test]
        checks DIR/<split>.jsonl and DIR/<split>.truth.tsv
    check_corpus.py --generate GENERATOR --work DIR [--entries N] [--splits dev,test]
        generates every split twice with its default seed, requires byte-identical output,
        then checks it; with --self-test also damages copies and requires each damage to be
        reported

Exit status 0 when everything holds; otherwise every problem is printed (file, line, what)
and the status is 1.
"""
import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
from urllib.parse import urlsplit

MIN_KINDS_PER_SPLIT = 40
MIN_KINDS_TOTAL = 80
SEVERITIES = {"DEFAULT", "DEBUG", "INFO", "NOTICE", "WARNING", "ERROR", "CRITICAL", "ALERT",
              "EMERGENCY"}
RESOURCE_LABELS = ("service_name", "revision_name", "location", "project_id",
                   "configuration_name")
TIME_RE = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d{6}|\d{9})Z$")
TRUTH_HEADER = "insertId\ttemplate_id\ttemplate\tissue_id\tissue_title"


def message_text(e):
    """The text a template describes (docs/corpus.md, "Message text")."""
    if isinstance(e.get("textPayload"), str) and e["textPayload"]:
        return e["textPayload"]
    p = e.get("jsonPayload")
    if isinstance(p, dict):
        for key in ("message", "msg", "event"):
            if isinstance(p.get(key), str) and p[key]:
                return p[key]
    h = e.get("httpRequest")
    if isinstance(h, dict) and "requestMethod" in h and "requestUrl" in h and "status" in h:
        return "%s %s %s" % (h["requestMethod"], urlsplit(h["requestUrl"]).path, h["status"])
    return None


def template_regex(template):
    """<*> stands for one or more characters of one line; everything else is literal."""
    return re.compile(r"\A" + "(.+?)".join(re.escape(p) for p in template.split("<*>")) + r"\Z")


def unescape(field):
    out, i = [], 0
    while i < len(field):
        ch = field[i]
        if ch == "\\" and i + 1 < len(field):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(field[i + 1], "\\" + field[i + 1]))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def time_ns(value):
    m = TIME_RE.match(value) if isinstance(value, str) else None
    if not m:
        return None
    from datetime import datetime, timezone
    sec = int(datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S")
              .replace(tzinfo=timezone.utc).timestamp())
    return sec * 10**9 + int(m.group(2).ljust(9, "0"))


def entry_problems(e):
    """What is missing or malformed in one LogEntry (empty list when it is well formed)."""
    if not isinstance(e, dict):
        return ["not a JSON object"]
    bad = []
    if not isinstance(e.get("insertId"), str) or not e.get("insertId"):
        bad.append("no insertId")
    t, rt = time_ns(e.get("timestamp")), time_ns(e.get("receiveTimestamp"))
    if t is None:
        bad.append("timestamp %r is not RFC 3339 UTC with 6 or 9 fraction digits"
                   % (e.get("timestamp"),))
    if rt is None:
        bad.append("receiveTimestamp %r is not RFC 3339 UTC" % (e.get("receiveTimestamp"),))
    elif t is not None and rt < t:
        bad.append("receiveTimestamp is before timestamp")
    if e.get("severity") not in SEVERITIES:
        bad.append("severity %r is not a LogSeverity name" % (e.get("severity"),))
    if not re.match(r"^projects/[^/]+/logs/run\.googleapis\.com%2F\S+$", str(e.get("logName"))):
        bad.append("logName %r is not a Cloud Run log" % (e.get("logName"),))
    res = e.get("resource")
    if not isinstance(res, dict) or res.get("type") != "cloud_run_revision" or not all(
            isinstance(res.get("labels"), dict) and res["labels"].get(k)
            for k in RESOURCE_LABELS):
        bad.append("resource is not a cloud_run_revision with %s" % ", ".join(RESOURCE_LABELS))
    if not isinstance(e.get("labels"), dict) or not e["labels"].get("instanceId"):
        bad.append("labels.instanceId missing")
    h = e.get("httpRequest")
    if h is not None:
        if not (isinstance(h, dict) and isinstance(h.get("status"), int)
                and re.match(r"^\d+(\.\d+)?s$", str(h.get("latency")))
                and str(h.get("requestUrl", "")).startswith("https://")):
            bad.append("httpRequest lacks an integer status, a latency like \"0.123s\" or a URL")
    if "trace" in e and not re.match(r"^projects/[^/]+/traces/[0-9a-f]{32}$", str(e["trace"])):
        bad.append("trace %r is malformed" % (e["trace"],))
    if message_text(e) is None:
        bad.append("no message text (textPayload, jsonPayload.message/msg/event or httpRequest)")
    return bad


def read_truth(path, errors):
    rows = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n")
        if header != TRUTH_HEADER:
            errors.append("%s:1: header is %r, expected %r" % (path, header, TRUTH_HEADER))
            return rows
        for no, line in enumerate(f, start=2):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 5 or not all(fields):
                errors.append("%s:%d: expected 5 non-empty tab-separated fields" % (path, no))
                continue
            if fields[0] in rows:
                errors.append("%s:%d: insertId %s appears twice in the truth"
                              % (path, no, fields[0]))
                continue
            rows[fields[0]] = (fields[1], unescape(fields[2]), fields[3], unescape(fields[4]))
    return rows


def check_split(directory, split, errors, verbose=True):
    """Checks one split; returns {template_id: template} and {template_id: [messages]}."""
    jsonl = os.path.join(directory, split + ".jsonl")
    truth_path = os.path.join(directory, split + ".truth.tsv")
    truth = read_truth(truth_path, errors)
    templates, issue_of, title_of, examples, regexes = {}, {}, {}, {}, {}
    for tid, template, issue, title in truth.values():
        if templates.setdefault(tid, template) != template:
            errors.append("%s: template id %s has two templates" % (truth_path, tid))
        if issue_of.setdefault(tid, issue) != issue:
            errors.append("%s: template id %s is filed under two issues" % (truth_path, tid))
        if title_of.setdefault(issue, title) != title:
            errors.append("%s: issue %s has two titles" % (truth_path, issue))
    seen = set()
    with open(jsonl, encoding="utf-8") as f:
        for no, line in enumerate(f, start=1):
            where = "%s:%d" % (jsonl, no)
            try:
                e = json.loads(line)
            except ValueError as exc:
                errors.append("%s: not valid JSON (%s)" % (where, exc))
                continue
            for problem in entry_problems(e):
                errors.append("%s: %s" % (where, problem))
            iid = e.get("insertId") if isinstance(e, dict) else None
            if iid in seen:
                errors.append("%s: insertId %s is repeated" % (where, iid))
            seen.add(iid)
            row = truth.get(iid)
            if row is None:
                errors.append("%s: insertId %s has no truth row" % (where, iid))
                continue
            text = message_text(e) if isinstance(e, dict) else None
            if text is None:
                continue
            rx = regexes.get(row[0]) or regexes.setdefault(row[0], template_regex(row[1]))
            if not rx.match(text):
                errors.append("%s: message text %r does not match template %s %r"
                              % (where, text[:200], row[0], row[1][:200]))
            bucket = examples.setdefault(row[0], [])
            if len(bucket) < 20:
                bucket.append(text)
    for iid in sorted(set(truth) - seen):
        errors.append("%s: truth row for insertId %s has no entry" % (truth_path, iid))
    if len(templates) < MIN_KINDS_PER_SPLIT:
        errors.append("%s: %d kinds (templates), at least %d required"
                      % (split, len(templates), MIN_KINDS_PER_SPLIT))
    if verbose:
        print("%s: %d entries, %d kinds (templates), %d issues"
              % (split, len(seen), len(templates), len(title_of)))
    return templates, examples, set(title_of)


def check_dir(directory, splits, verbose=True):
    errors = []
    found = {s: check_split(directory, s, errors, verbose) for s in splits}
    if len(splits) > 1:
        total = sum(len(found[s][0]) for s in splits)
        if total < MIN_KINDS_TOTAL:
            errors.append("all splits together: %d kinds, at least %d required"
                          % (total, MIN_KINDS_TOTAL))
        for a in splits:
            for b in splits:
                if a < b:
                    check_disjoint(a, found[a], b, found[b], errors)
    return errors


def check_disjoint(a, fa, b, fb, errors):
    """The splits share no kind: no template id, template text or issue id in common, and no
    template of one matches a message of the other."""
    for what, x, y in (("template ids", set(fa[0]), set(fb[0])),
                       ("templates", set(fa[0].values()), set(fb[0].values())),
                       ("issue ids", fa[2], fb[2])):
        for shared in sorted(x & y):
            errors.append("%s and %s share %s: %r" % (a, b, what, shared))
    for (sa, ta), (sb, eb) in (((a, fa[0]), (b, fb[1])), ((b, fb[0]), (a, fa[1]))):
        for tid, template in sorted(ta.items()):
            rx = template_regex(template)
            for other_tid, texts in sorted(eb.items()):
                if any(rx.match(t) for t in texts):
                    errors.append("template %s of %s matches messages of %s (%s): %r"
                                  % (tid, sa, sb, other_tid, template[:120]))


def generate(generator, out, split, entries):
    cmd = [sys.executable, generator, "--split", split, "--entries", str(entries), "--out", out]
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise SystemExit("check_corpus: %s failed (%d):\n%s"
                         % (" ".join(cmd), done.returncode, done.stderr))


def check_generated(generator, work, entries, splits):
    errors = []
    print("generating %s twice (%d entries each)" % (" and ".join(splits), entries))
    first, second = os.path.join(work, "a"), os.path.join(work, "b")
    for d in (first, second):
        shutil.rmtree(d, ignore_errors=True)
        for split in splits:
            generate(generator, d, split, entries)
    for split in splits:
        for suffix in (".jsonl", ".truth.tsv"):
            name = split + suffix
            if not filecmp.cmp(os.path.join(first, name), os.path.join(second, name),
                               shallow=False):
                errors.append("%s differs between two runs with the same seed" % name)
    return errors + check_dir(first, splits)


def damage(src, dst, split, how):
    """A copy of the corpus with one kind of damage, for the self-test."""
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)
    jsonl = os.path.join(dst, split + ".jsonl")
    truth = os.path.join(dst, split + ".truth.tsv")
    lines = open(jsonl, encoding="utf-8").read().splitlines(True)
    rows = open(truth, encoding="utf-8").read().splitlines(True)
    if how == "text":
        for i, line in enumerate(lines):
            e = json.loads(line)
            if "textPayload" in e and "httpRequest" not in e:
                e["textPayload"] = "an unrelated line"
                lines[i] = json.dumps(e) + "\n"
                break
    elif how == "field":
        e = json.loads(lines[3])
        del e["resource"]["labels"]["service_name"]
        lines[3] = json.dumps(e) + "\n"
    elif how == "truth":
        rows.append(rows[5])
    elif how == "overlap":
        other = "test" if split == "dev" else "dev"
        foreign = open(os.path.join(dst, other + ".truth.tsv"), encoding="utf-8").readlines()[1]
        rows.append("\t".join(["extra-id"] + foreign.rstrip("\n").split("\t")[1:]) + "\n")
        lines.append(lines[0].replace(json.loads(lines[0])["insertId"], "extra-id"))
    open(jsonl, "w", encoding="utf-8").writelines(lines)
    open(truth, "w", encoding="utf-8").writelines(rows)


def self_test(work, splits):
    """Each damage must be reported, or the checker could not fail."""
    src = os.path.join(work, "a")
    failures = []
    cases = [("text", "does not match template"), ("field", "resource is not"),
             ("truth", "appears twice in the truth")]
    if len(splits) > 1:
        cases.append(("overlap", "share"))
    for how, expected in cases:
        dst = os.path.join(work, "damaged-" + how)
        damage(src, dst, splits[0], how)
        errors = check_dir(dst, splits, verbose=False)
        if not any(expected in e for e in errors):
            failures.append("self-test: damage %r was not reported (expected %r; got %r)"
                            % (how, expected, errors[:3]))
        shutil.rmtree(dst, ignore_errors=True)
    return failures


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("dir", nargs="?")
    p.add_argument("--generate", metavar="GENERATOR")
    p.add_argument("--work")
    p.add_argument("--entries", type=int, default=3000)
    p.add_argument("--splits", default="dev,test")
    p.add_argument("--self-test", action="store_true")
    a = p.parse_args(argv)
    splits = a.splits.split(",")
    if a.generate:
        if not a.work:
            p.error("--generate needs --work DIR")
        errors = check_generated(a.generate, a.work, a.entries, splits)
        if a.self_test and not errors:
            errors = self_test(a.work, splits)
            print("self-test: every damaged copy was reported" if not errors else "self-test failed")
    elif a.dir:
        errors = check_dir(a.dir, splits)
    else:
        p.error("give a corpus DIR or --generate GENERATOR --work DIR")
    for e in errors[:200]:
        print("FAIL " + e)
    if len(errors) > 200:
        print("FAIL ... and %d more problems" % (len(errors) - 200))
    print("corpus check: %s" % ("%d problems" % len(errors) if errors else "ok"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
