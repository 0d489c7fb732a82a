#pragma once

#include "core/util/error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace gardener::gcp {

// What to collect, as the query form edits it. buildFilter() turns it into the exact Cloud
// Logging filter string, for example
//   resource.type="cloud_run_revision" AND resource.labels.service_name="checkout"
//   AND severity>=WARNING AND timestamp>="2026-03-14T11:00:00Z"
struct LogQuery
{
    enum class Resource
    {
        CloudRunRevision,
        K8sContainer,
        CloudFunction,
        GaeApp,
        Any
    };
    enum class Window
    {
        LastHour,
        Last24Hours,
        Last2Days,
        Custom
    };

    Resource resource = Resource::CloudRunRevision;
    QString service;     // empty = every service
    QString minSeverity; // DEFAULT..EMERGENCY, empty = all
    Window window = Window::Last24Hours;
    QDateTime customStart, customEnd; // Window::Custom (end optional)
    QString text;                     // free text, searched in every field
    QString advanced;                 // a hand-written filter ANDed to the rest

    static QString resourceName(Resource r); // "cloud_run_revision", ..., "any"
    static std::optional<Resource> resourceFromName(const QString &name);
    // "1h", "24h", "2d" (also "48h", "60m", "3d": any N with m/h/d) to a window length.
    static std::optional<qint64> parseSinceSeconds(const QString &text);

    // The time range the query covers at `now` (UTC).
    QDateTime start(const QDateTime &now) const;
    QDateTime end(const QDateTime &now) const; // invalid = up to now
};

// The severities Cloud Logging knows, lowest first.
const QStringList &logSeverities();

// The filter for `query` at `now`. Fails if the severity is unknown or the advanced part does
// not pass validateFilter().
Result<QString> buildFilter(const LogQuery &query, const QDateTime &now);

// A syntax check of a (user-edited) Logging query language filter before it is sent:
// quotes closed, parentheses balanced, comparison operators among = != < <= > >= : =~ !~,
// no empty clauses (nothing between AND/OR, a leading or trailing AND/OR/NOT, "()"), and every
// comparison has a field and a value. It does not know field names. The Error's offset is the
// byte where the problem is.
Result<void> validateFilter(const QString &filter);

// Quotes text as a Logging query language string literal.
QString quoteFilterString(const QString &text);

} // namespace gardener::gcp
