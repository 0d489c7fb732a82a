"""jsonPayload shapes as each logging library writes them (after Cloud Run's agent lifted
`severity`, trace and source location out of the JSON)."""

LEVELS = {"DEBUG": ("debug", 20), "INFO": ("info", 30), "DEFAULT": ("info", 30),
          "WARNING": ("warn", 40), "ERROR": ("error", 50), "CRITICAL": ("fatal", 60)}


def _ts(c, dt_ms):
    return c.t + int(dt_ms * 1_000_000)


def zap(c, sev, msg, caller, dt_ms=0.0, **fields):
    p = {"level": LEVELS[sev][0] if sev != "WARNING" else "warn",
         "ts": round(_ts(c, dt_ms) / 1e9, 6), "caller": caller, "msg": msg}
    p.update(fields)
    return p


def logrus(c, sev, msg, dt_ms=0.0, **fields):
    from corpus_common import rfc3339
    p = dict(fields)
    p["level"] = {"WARNING": "warning"}.get(sev, LEVELS[sev][0])
    p["msg"] = msg
    p["time"] = rfc3339(_ts(c, dt_ms))[:19] + "Z"
    return p


def pino(c, sev, msg, host, dt_ms=0.0, **fields):
    p = {"level": LEVELS[sev][1], "time": _ts(c, dt_ms) // 1_000_000, "pid": 1,
         "hostname": host}
    p.update(fields)
    p["msg"] = msg
    return p


def winston(c, sev, msg, service, dt_ms=0.0, **fields):
    p = {"level": LEVELS[sev][0], "message": msg, "service": service}
    p.update(fields)
    return p


def structlog(c, sev, event, logger, dt_ms=0.0, **fields):
    from corpus_common import rfc3339
    p = {"event": event}
    p.update(fields)
    p["logger"] = logger
    p["level"] = {"WARNING": "warning", "CRITICAL": "critical"}.get(sev, LEVELS[sev][0])
    p["timestamp"] = rfc3339(_ts(c, dt_ms))[:26] + "Z"
    return p


def logback(c, sev, message, logger, thread, dt_ms=0.0, **mdc):
    p = {"message": message, "logger": logger, "thread": thread,
         "context": "default"}
    p.update(mdc)
    return p


def pylogging(c, sev, message, logger, **fields):
    p = {"message": message, "python_logger": logger}
    p.update(fields)
    return p
