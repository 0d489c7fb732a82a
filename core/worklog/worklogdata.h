#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Plain values describing one worklog. The writer renders them to Markdown, the reader fills
// them from Markdown (ours or hand-written). Nothing here depends on the clustering engine: the
// callers convert their own results into these structs. All types are copyable values, safe to
// pass between threads.

namespace gardener::worklog {

// Text kept as UTF-8 and decoded when asked for: the big fields of a worklog (a sample's JSON,
// a section kept verbatim) would take twice their size or more as UTF-16. The reader fills it
// with slices of the file's one buffer, so a 50 MB worklog of samples is held once, not again
// per field; the bytes are then not followed by a NUL, so read them with their size.
class Utf8Text
{
public:
    Utf8Text() = default;
    Utf8Text(const QString &text) : m_utf8(text.toUtf8()) {}
    static Utf8Text fromUtf8(QByteArray utf8)
    {
        Utf8Text t;
        t.m_utf8 = std::move(utf8);
        return t;
    }

    QString toString() const { return QString::fromUtf8(m_utf8); }
    operator QString() const { return toString(); }
    const QByteArray &utf8() const { return m_utf8; }
    bool isEmpty() const { return m_utf8.isEmpty(); }

    friend bool operator==(const Utf8Text &a, const Utf8Text &b) { return a.m_utf8 == b.m_utf8; }
    friend bool operator!=(const Utf8Text &a, const Utf8Text &b) { return !(a == b); }
    friend bool operator==(const Utf8Text &a, const QString &b) { return a.toString() == b; }
    friend bool operator==(const QString &a, const Utf8Text &b) { return b == a; }
    friend bool operator!=(const Utf8Text &a, const QString &b) { return !(a == b); }
    friend bool operator!=(const QString &a, const Utf8Text &b) { return !(b == a); }

private:
    QByteArray m_utf8;
};

// One log entry quoted in a cluster section: a fenced JSON block, or a bullet line that starts
// with a timestamp ("- 2026-03-01T10:00:00Z connection reset").
struct WorklogSample
{
    enum class Kind
    {
        Json,
        Bullet
    };
    Kind kind = Kind::Json;
    Utf8Text text;      // the JSON text of the fence, or the bullet line without its marker
    Utf8Text message;   // jsonPayload.message / textPayload / message, or the bullet's rest
    QString module;     // labels.module
    QString function;   // labels.function
    int line = -1;      // labels.line, -1 when absent
    QString timestamp;  // as written
    QString severity;   // the entry's severity when the sample states one
    QString stackTrace; // writer: a traceback shown in its own block after the sample
};

// A number of entries the worklog states for a cluster ("17+ occurrences", "3 critical errors").
struct WorklogCount
{
    qint64 value = -1;
    bool lowerBound = false; // "17+", "over 17", "at least 17"
    QString phrase;          // the words as written, e.g. "17+ occurrences"
    QString where;           // which part stated it: "Frequency", "Count", "summary", ...
};

struct WorklogAction
{
    enum class Kind
    {
        Created,
        Updated,
        Reopened,
        Linked
    };
    Kind kind = Kind::Linked;
    int issue = -1; // GitHub issue number, -1 when not stated
    QString title;  // issue title, without surrounding quotes
    QString url;
    QString status;         // free text ("Status:" line)
    QString priorityChange; // "P2->P1" or empty when the priority did not change
    int cluster = -1;       // index into WorklogData::clusters, -1 when not tied to one
    QString text;           // the action line as written (reader) / extra note (writer)
};

struct WorklogCluster
{
    int number = 0; // as written in the heading ("Cluster 3"), 0 when unnumbered
    QString title;
    QString severity;      // a log severity name (ERROR, WARNING, ...) or empty
    QString severityText;  // the Severity value as written
    QString priority;      // "P1".."P9" or empty
    QString priorityLabel; // "CRITICAL", "HIGH", "LOW - Expected Behavior", ...
    QString category;      // "GCP-regression", "GCP-active-dev", ... or empty
    qint64 count = -1;     // smallest count stated for the cluster, -1 when none
    bool countLowerBound = false;
    QString countPhrase;              // the phrase that gave `count`
    QList<WorklogCount> statedCounts; // every count found (reader); ignored by the writer
    QString frequency;                // frequency text as written ("High (17+ occurrences)")
    QString impact;
    QString pattern;
    QString analysis; // free Markdown
    QString fingerprint;
    QString module;
    QString function;
    int line = -1;
    QList<WorklogSample> samples;
    QList<QPair<QString, QString>> extraFields; // "**Label:** value" pairs not understood
    // Writer: facts shown for detailed clusters (each omitted when empty).
    QString window; // "2025-09-13 00:03–23:50 UTC; burst 02:05–02:31 UTC (41 entries, 6× the usual
                    // rate)"
    QString revisions;                       // "00544-pbl (120), 00565-rrq (80)"
    QString affected;                        // "3 instances, 12 users"
    QString logsUrl;                         // Cloud Logging console query
    QString traceUrl;                        // Cloud Trace of a sample
    QList<QPair<QString, qint64>> templates; // template text and count, written as code spans
    QString ruleTrace; // why this grouping and priority, in a collapsed <details> block
    QString rate;      // short rate for the summary table ("0.16/min, new")
    QString notes;     // Markdown of the section the reader did not understand (kept, not dropped)
    QString evidence;  // writer only: Markdown sections from evidence::evidenceSections
};

// A line of the executive summary or of an "Issue Distribution" list.
struct WorklogSummaryItem
{
    QString title;
    QString text; // the whole line as written
    QString priority;
    qint64 count = -1;
    bool lowerBound = false;
    QString countPhrase;
    int cluster = -1; // index into WorklogData::clusters when matched
};

// A part of the worklog the reader kept verbatim because it did not understand all of it.
struct WorklogSection
{
    QString heading;
    Utf8Text markdown;
};

struct WorklogData
{
    QString title;         // first heading
    QDateTime generated;   // UTC; invalid when not stated or not understood
    QString generatedText; // as written
    QString service;
    QString project;
    QString timeRange; // as written ("Last 24 hours", "2026-01-01 10:00 - ...")
    QString severityFilter;
    QString revision;
    qint64 entriesAnalysed = -1;
    bool entriesLowerBound = false;
    QString entriesText;

    QString summaryText; // executive summary prose (without its list)
    QList<WorklogSummaryItem> summary;
    QList<WorklogSummaryItem> distribution;
    QList<WorklogCluster> clusters;
    QList<WorklogAction> actions;
    QList<QPair<QString, qint64>> severityDistribution; // raw log summary
    QString firstEntry;                                 // raw log summary time range, as given
    QString lastEntry;
    QStringList nextSteps;
    QStringList
        sinceLastRun; // writer: "Since the last run" lines (volume, trends, regroups, not seen)

    // Reader only.
    QList<WorklogSection> unparsed;
    QStringList warnings;
    int mojibakeRepairs = 0;
};

QString actionKindName(WorklogAction::Kind kind); // "created", "updated", "reopened", "linked"

} // namespace gardener::worklog
