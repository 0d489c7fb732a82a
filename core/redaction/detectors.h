#pragma once

// The built-in detectors behind Redactor. Internal to core/redaction.

#include "core/redaction/redactor.h"

namespace gardener::redaction::detail {

// Candidates from every built-in detector; they may overlap (Redactor resolves that).
QList<Finding> detectBuiltIn(const QString &text);

// Candidates from user patterns, appended to out.
void detectCustom(const QString &text, const QList<CustomPattern> &patterns, QList<Finding> *out);

// A copy of text in which the JSON escapes \n, \r and \t are two spaces each, so detectors see
// line breaks inside JSON strings as whitespace while offsets stay those of the original.
QString scanCopy(const QString &text);

} // namespace gardener::redaction::detail
