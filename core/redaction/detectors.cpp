#include "core/redaction/detectors.h"

#include "core/redaction/detectortable.h"
#include "core/redaction/encodedforms.h"

#include <algorithm>
#include <functional>

namespace gardener::redaction::detail {

namespace {

// Backslashes immediately before pos, to tell an escape letter from a plain one.
bool escapedAt(const QString &text, qsizetype pos)
{
    qsizetype n = 0;
    while (pos - 1 - n >= 0 && text.at(pos - 1 - n) == QLatin1Char('\\'))
        ++n;
    return n % 2 == 1;
}

// Never start on the letter of an escape ("\n" + "user@x") or end between "\" and its letter.
void keepEscapesWhole(const QString &text, Finding *f)
{
    if (f->length > 0 && f->start > 0 && escapedAt(text, f->start)) {
        ++f->start;
        --f->length;
    }
    const qsizetype end = f->start + f->length;
    if (f->length > 0 && end <= text.size() && text.at(end - 1) == QLatin1Char('\\') &&
        !escapedAt(text, end - 1)) {
        --f->length;
    }
}

void appendFinding(const QString &original, FindingKind kind, qsizetype start, qsizetype length,
                   const QString &replacement, const QString &reason, const QString &patternName,
                   QList<Finding> *out)
{
    Finding f;
    f.kind = kind;
    f.start = start;
    f.length = length;
    keepEscapesWhole(original, &f);
    if (f.length <= 0)
        return;
    f.matched = original.mid(f.start, f.length);
    f.replacement = replacement.isEmpty()
                        ? QStringLiteral("[REDACTED:%1]")
                              .arg(patternName.isEmpty() ? findingKindName(kind) : patternName)
                        : replacement;
    f.reason = reason;
    f.patternName = patternName;
    out->append(f);
}

} // namespace

QString scanCopy(const QString &text)
{
    QString copy = text;
    for (qsizetype i = 0; i + 1 < copy.size(); ++i) {
        if (copy.at(i) != QLatin1Char('\\'))
            continue;
        const QChar next = copy.at(i + 1);
        if (next == QLatin1Char('n') || next == QLatin1Char('r') || next == QLatin1Char('t')) {
            copy[i] = QLatin1Char(' ');
            copy[i + 1] = QLatin1Char(' ');
        }
        ++i; // skip the escaped character, so "\\n" stays a backslash and a letter
    }
    return copy;
}

namespace {

constexpr int MaxBase64Depth = 2;

// Candidates of the table on text (offsets into text), tagged with how the text was written.
void scanTable(const QString &text, const QString &form, QList<Finding> *out)
{
    const QString scan = scanCopy(text);
    const util::AsciiWords words(scan);
    for (const Detector &d : builtInDetectors()) {
        if (!words.mayMeet(d.needs))
            continue;
        auto it = d.regex.globalMatch(scan);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength(d.group) <= 0)
                continue;
            if (d.accept && !d.accept(scan, m, d.group))
                continue;
            const QString reason =
                form.isEmpty() ? d.reason : QStringLiteral("%1 (%2)").arg(d.reason, form);
            appendFinding(text, d.kind, m.capturedStart(d.group), m.capturedLength(d.group),
                          d.replacement, reason, {}, out);
        }
    }
}

QList<Finding> detectAt(const QString &text, int base64Depth);

// A base64 run whose decoded text holds a finding is one finding of the most specific kind
// found inside: the run is replaced whole, since base64 has no boundaries a reader could trust.
void scanBase64(const QString &text, const QString &form, int base64Depth,
                const std::function<void(qsizetype, qsizetype, const Finding &)> &found)
{
    if (base64Depth >= MaxBase64Depth)
        return;
    for (const Base64Run &run : base64Runs(text)) {
        const QList<Finding> inner = detectAt(run.decoded, base64Depth + 1);
        if (inner.isEmpty())
            continue;
        const auto best =
            std::min_element(inner.cbegin(), inner.cend(), [](const Finding &a, const Finding &b) {
                return int(a.kind) < int(b.kind);
            });
        Finding f = *best;
        f.reason = QStringLiteral("%1, base64-encoded%2")
                       .arg(best->reason, form.isEmpty() ? QString() : QStringLiteral(", ") + form);
        found(run.start, run.length, f);
    }
}

QList<Finding> detectAt(const QString &text, int base64Depth)
{
    QList<Finding> out;
    scanTable(text, {}, &out);
    const auto direct = [&](qsizetype start, qsizetype length, const Finding &f) {
        appendFinding(text, f.kind, start, length, {}, f.reason, {}, &out);
    };
    scanBase64(text, {}, base64Depth, direct);
    for (const DecodedView &view : decodedViews(text)) {
        QList<Finding> inView;
        scanTable(view.text, view.form, &inView);
        for (const Finding &f : std::as_const(inView)) {
            const qsizetype start = view.originalStart(f.start);
            appendFinding(text, f.kind, start, view.originalEnd(f.start, f.length) - start,
                          f.replacement, f.reason, {}, &out);
        }
        scanBase64(view.text, view.form, base64Depth,
                   [&](qsizetype s, qsizetype n, const Finding &f) {
                       const qsizetype start = view.originalStart(s);
                       appendFinding(text, f.kind, start, view.originalEnd(s, n) - start, {},
                                     f.reason, {}, &out);
                   });
    }
    return out;
}

} // namespace

QList<Finding> detectBuiltIn(const QString &text)
{
    return detectAt(text, 0);
}

void detectCustom(const QString &text, const QList<CustomPattern> &patterns, QList<Finding> *out)
{
    for (const CustomPattern &p : patterns) {
        const int group = p.regex.captureCount() >= 1 ? 1 : 0;
        auto it = p.regex.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength(group) <= 0)
                continue;
            appendFinding(text, FindingKind::Custom, m.capturedStart(group),
                          m.capturedLength(group), p.replacement,
                          QStringLiteral("matches the user pattern \"%1\"").arg(p.name), p.name,
                          out);
        }
    }
}

} // namespace gardener::redaction::detail
