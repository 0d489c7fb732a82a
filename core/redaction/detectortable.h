#pragma once

// The one table of built-in detectors (docs/security.md, "Detector table", lists the same rows).
// Internal to core/redaction.

#include "core/redaction/redactor.h"
#include "core/util/asciiwords.h"

#include <QRegularExpression>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace gardener::redaction::detail {

// text is the text the regex ran on (offsets of m are offsets into it).
using Validator =
    std::function<bool(const QString &text, const QRegularExpressionMatch &m, int group)>;

// What a text must hold for a detector to have a chance, checked before its regular expression
// (a call costs several microseconds even when nothing matches, and names redact thousands of
// short texts). Only ever a necessary condition of the pattern and its validator.
using Needs = util::WordNeeds;

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
    Needs needs{};      // set by the rows that can say (detectorpatterns.h, `needs`)
};

const QList<Detector> &builtInDetectors();

} // namespace gardener::redaction::detail
