"""Shared pieces of the corpus generator: id shapes, LogEntry scaffolding, the kind catalogue.

See docs/corpus.md for what the corpus holds and why.
"""
import string
from datetime import datetime, timezone

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B32 = "abcdefghijklmnopqrstuvwxyz234567"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
WORDS = ("red wool sweater blue linen shirt fast easy guide how to fix leak summer sale "
         "garden chair oak table winter boots green tea mug spring launch notes release "
         "kitchen lamp desk office travel bag cotton socks vintage map").split()
VAR = "<*>"


def fill(template, *values):
    """The message for a template: each <*> replaced by the next value, in order."""
    parts = template.split(VAR)
    if len(parts) != len(values) + 1:
        raise ValueError("template %r has %d variables, %d values given"
                         % (template, len(parts) - 1, len(values)))
    out = [parts[0]]
    for value, part in zip(values, parts[1:]):
        out.append(str(value))
        out.append(part)
    return "".join(out)


# ---- id shapes ---------------------------------------------------------------------------

def hexs(r, n):
    return "%0*x" % (n, r.getrandbits(4 * n))


def uuid4(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[int(h[16], 16) % 4],
                                  h[17:20], h[20:32])


def uuid_upper(r):
    return uuid4(r).upper()


def uuid_odd(r):
    """A UUID-like id with a 13-character last segment (a real legacy id format)."""
    return uuid4(r) + hexs(r, 1)


def ulid(r, t_ns):
    ms = t_ns // 1_000_000
    rnd = r.getrandbits(80)
    value = (ms << 80) | rnd
    return "".join(CROCKFORD[(value >> (5 * i)) & 31] for i in range(25, -1, -1))


def base62(r, n):
    return "".join(r.choice(B62) for _ in range(n))


def base32(r, n):
    return "".join(r.choice(B32) for _ in range(n))


def numeric(r, lo=1000, hi=9_999_999):
    return str(r.randint(lo, hi))


def slug(r):
    return "-".join(r.choice(WORDS) for _ in range(r.randint(2, 4)))


def ip(r):
    return "%d.%d.%d.%d" % (r.choice((10, 34, 35, 66, 81, 104, 172)), r.randint(0, 255),
                            r.randint(0, 255), r.randint(1, 254))


def private_ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 254))


USER_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "okhttp/4.12.0", "python-requests/2.31.0", "Go-http-client/2.0", "curl/8.5.0",
    "GoogleHC/1.0", "axios/1.6.7", "Apache-HttpClient/5.2.1 (Java/17.0.10)",
)


# ---- time -------------------------------------------------------------------------------

_second_cache = {}


def rfc3339(t_ns, digits=9):
    sec, frac = divmod(t_ns, 1_000_000_000)
    base = _second_cache.get(sec)
    if base is None:
        base = datetime.fromtimestamp(sec, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        if len(_second_cache) > 100_000:
            _second_cache.clear()
        _second_cache[sec] = base
    if digits == 9:
        return "%s.%09dZ" % (base, frac)
    return "%s.%06dZ" % (base, frac // 1000)


def clf_time(t_ns):
    """Common Log Format time, as gunicorn and nginx write it."""
    return datetime.fromtimestamp(t_ns // 1_000_000_000, timezone.utc).strftime(
        "%d/%b/%Y:%H:%M:%S +0000")


def gunicorn_time(t_ns):
    """The time in gunicorn's error log lines."""
    return datetime.fromtimestamp(t_ns // 1_000_000_000, timezone.utc).strftime(
        "%Y-%m-%d %H:%M:%S +0000")


def go_log_time(t_ns):
    """The time prefix of Go's log package (Cloud SQL Auth Proxy v1)."""
    return datetime.fromtimestamp(t_ns // 1_000_000_000, timezone.utc).strftime(
        "%Y/%m/%d %H:%M:%S")


# ---- services ---------------------------------------------------------------------------

class Service:
    def __init__(self, r, project, name, location, revision_no, instances=4):
        self.name = name
        self.revision = "%s-%05d-%s" % (name, revision_no, base32(r, 3))
        self.resource = {"type": "cloud_run_revision", "labels": {
            "service_name": name, "revision_name": self.revision, "location": location,
            "project_id": project, "configuration_name": name}}
        self.instances = ["00" + hexs(r, 94) for _ in range(instances)]
        self.host = "%s-%s-%s.a.run.app" % (name, base32(r, 10), location[:2] + "c")


# ---- the catalogue ----------------------------------------------------------------------

class Kind:
    """One generator of events. An event is one or more entries (a pair, a trace) and each
    entry names the template it was written from. The first `variants` events of a kind use
    variant 0, 1, ... in turn so that every template appears at least once."""

    def __init__(self, emit, issue, templates, weight, shape, variants, per_event):
        self.emit = emit
        self.issue = issue
        self.templates = templates
        self.weight = weight
        self.shape = shape          # "steady" or "burst"
        self.variants = variants
        self.per_event = per_event  # mean entries per event, for sizing
        self.template_ids = []


class Catalog:
    def __init__(self, split):
        self.split = split
        self.kinds = []
        self.issues = {}            # issue key -> (issue id, title)

    def kind(self, issue, title, templates, weight=1.0, shape="steady", variants=None,
             per_event=1.0):
        """Decorator registering an emit function `f(ctx, variant)`."""
        if issue not in self.issues:
            self.issues[issue] = ("%s-I%02d" % (self.split, len(self.issues) + 1), title)
        elif self.issues[issue][1] != title:
            raise ValueError("issue %s registered with two titles" % issue)

        def register(emit):
            k = Kind(emit, issue, list(templates), weight, shape,
                     variants if variants is not None else len(templates), per_event)
            self.kinds.append(k)
            return emit
        return register

    def number_templates(self):
        n = 0
        seen = set()
        for k in self.kinds:
            for t in k.templates:
                if t in seen:
                    raise ValueError("template written twice in the catalogue: %r" % t)
                seen.add(t)
                n += 1
                k.template_ids.append("%s-T%03d" % (self.split, n))
