#pragma once

// The one table of built-in detectors (docs/security.md, "Detector table", lists the same rows).
// Internal to core/redaction.

#include "core/redaction/redactor.h"

#include <QRegularExpression>

#include <functional>

namespace gardener::redaction::detail {

// text is the text the regex ran on (offsets of m are offsets into it).
using Validator =
    std::function<bool(const QString &text, const QRegularExpressionMatch &m, int group)>;

struct Detector
{
    FindingKind kind;
    QString form; // "whole" or "truncated"
    QRegularExpression regex;
    int group;           // which capture is the sensitive part (0 = whole match)
    QString replacement; // empty: "[REDACTED:<kind>]"
    QString reason;
    QString validation; // what must hold besides the pattern, for the docs
    Validator accept;   // optional; implements `validation`
};

const QList<Detector> &builtInDetectors();

} // namespace gardener::redaction::detail
