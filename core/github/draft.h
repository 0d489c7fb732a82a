#pragma once

// Issue and comment drafts: what the user reviews and what is posted, byte for byte.

#include "core/redaction/redactor.h"
#include "core/util/error.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gardener::github {

// Everything the draft builder needs about one cluster, as plain values (no dependency on the
// clustering engine).
struct DraftInput
{
    QString fingerprint; // stable cluster id, e.g. "a1b2c3d4e5f6"
    QString name;        // "WebSocket message routing AttributeError in handlers"
    QString titlePrefix = QStringLiteral("GCP-regression"); // "GCP-active-dev", "GCP-new", ...
    QString priority = QStringLiteral("P2");                // "P0".."P3"
    QString category;                                       // "regression", "active-dev", ...
    QString area;                                           // "websocket", "auth", ...
    QString summary; // one paragraph; empty: generated from the numbers
    QString impact;
    qint64 count = 0;
    QDateTime first;
    QDateTime last;
    QHash<QString, qint64> severities; // "ERROR" -> 12
    QString location;                  // "netra_backend/app/websocket/handlers.py:214"
    QString revision;                  // "netra-backend-staging-00421-xyz"
    QStringList samplesJson;           // each one JSON text (pretty or compact)
    double ratePerMinuteBefore = -1;   // -1: unknown
    double ratePerMinuteAfter = -1;
    QList<int> relatedIssues;
    QString previousPriority;  // for comments: the issue's current priority
    QDateTime sinceLastUpdate; // for comments: when the last comment was posted (wall time)

    // What a developer reads first (all plain text, already redacted by the caller).
    QString headline; // what broke: "KeyError 'assistant_id' in create_message: 86 saves failed"
    QString logsUrl;  // Cloud Logging console query for the service, template and window
    QString traceUrl; // Cloud Trace of the sample
    QList<QPair<QString, qint64>> revisionCounts; // revision -> entries, most first
    QString templateText;                         // the cluster's main template
    QList<QPair<QString, qint64>> templateMix;    // every template with its count (comments)
    QString stackTrace;                           // the sample's traceback, shown apart
    qint64 windowEntries = 0; // all entries of the run's window, for the cluster's share
    // For comments: what the last comment said, when known (-1 / empty: unknown).
    qint64 previousCount = -1;
    QString previousRevision;
    QString evidence; // Markdown sections (evidence::evidenceSections), before the marker
};

struct IssueDraft
{
    enum class Kind
    {
        NewIssue,
        Comment
    };

    QString postKey; // unique, also written into the body as a hidden marker
    Kind kind = Kind::NewIssue;
    QString repo;        // "owner/name"
    int targetIssue = 0; // for comments
    QString fingerprint;
    QString title; // empty for comments
    QString body;
    QStringList labels;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool trimmed = false; // samples were dropped to fit GitHub's body limit
    bool reopen = false;  // comments: reopen the (closed) target issue after commenting

    QJsonObject toJson() const;
    static Result<IssueDraft> fromJson(const QJsonObject &o);
};

// Renders "{{name}}" placeholders. Unknown placeholders render empty; "{{{{" is a literal "{{".
QString renderTemplate(const QString &text, const QHash<QString, QString> &values);

// The templates drafts are built from: defaults compiled in, overridden per file by a user
// folder ("issue-title.txt", "issue-body.md", "comment-body.md").
class DraftTemplates
{
public:
    DraftTemplates();
    // Loads overrides from folder; missing files keep the defaults. Errors name the file.
    Result<void> loadOverrides(const QString &folder);
    QString issueTitle() const { return m_issueTitle; }
    QString issueBody() const { return m_issueBody; }
    QString commentBody() const { return m_commentBody; }
    void setIssueBody(const QString &t) { m_issueBody = t; }
    void setCommentBody(const QString &t) { m_commentBody = t; }

private:
    QString m_issueTitle;
    QString m_issueBody;
    QString m_commentBody;
};

class DraftBuilder
{
public:
    static constexpr qsizetype MaxBodyChars = 65536; // GitHub's limit for issue and comment bodies
    static constexpr int MaxTitleChars = 256;        // GitHub's limit for issue titles
    static QString appLabel() { return QStringLiteral("log-gardener"); }

    explicit DraftBuilder(DraftTemplates templates = {}) : m_templates(std::move(templates)) {}

    IssueDraft newIssue(const QString &repo, const DraftInput &in) const;
    IssueDraft comment(const QString &repo, int issueNumber, const DraftInput &in) const;

    // "5 → 15 per minute, +200%"
    static QString frequencyChange(double before, double after);

    // The sections a body is assembled from, one function each (a template names them as
    // placeholders: {{headline}}, {{links}}, {{facts}}, {{revisions}}, {{pattern}}, {{samples}},
    // {{window}}, {{changes}}). Each returns Markdown that renders as written on GitHub.
    static QString headlineSection(const DraftInput &in);
    static QString linksSection(const DraftInput &in);
    static QString revisionsSection(const DraftInput &in);
    static QString patternSection(const DraftInput &in);
    static QString windowText(const DraftInput &in);
    static QString changesSection(const DraftInput &in);
    static QString stackTraceSection(const DraftInput &in);

private:
    QString renderBody(const QString &tmpl, QHash<QString, QString> values, const DraftInput &in,
                       bool *trimmed) const;
    DraftTemplates m_templates;
    redaction::Redactor
        m_redactor; // built-in detectors: titles, labels and bodies are redacted whole, then cut
};

// Drafts kept as JSON files (QSaveFile) in a folder, one per post key; survive restarts.
class DraftStore
{
public:
    explicit DraftStore(QString folder) : m_folder(std::move(folder)) {}
    Result<void> save(const IssueDraft &draft) const;
    Result<IssueDraft> load(const QString &postKey) const;
    // Every draft that can be read, and where and why each other file cannot: one broken file
    // must not hide the drafts beside it.
    struct Readable
    {
        QList<IssueDraft> drafts;
        QList<Error> problems;
    };
    Readable loadReadable() const;
    Result<void> remove(const QString &postKey) const;

private:
    QString fileFor(const QString &postKey) const;
    QString m_folder;
};

} // namespace gardener::github
