#pragma once

#include "core/util/error.h"

#include <QHash>
#include <QList>
#include <QString>

// From a log entry's source location to a line in a GitHub repository.

namespace gardener::evidence {

// Where an entry says it was logged, and which part of the entry said so.
struct SourceRef
{
    QString
        file; // a path ("/app/routes/health.py") or a Python-style module ("netra_backend.app.x")
    int line = 0;
    QString function;
    QString origin; // "sourceLocation", "module labels", "stack trace (innermost app frame)"
    bool isEmpty() const { return file.isEmpty(); }
};

// A rule the user edits per service: a module prefix ("netra_backend.app." -> "netra_backend/app/",
// the rest's dots become slashes and ".py" is added) or a path prefix ("/app/" -> "").
struct CodeMapping
{
    enum class Kind
    {
        Module,
        Path
    };
    QString service; // empty: every service
    Kind kind = Kind::Path;
    QString from;
    QString to;
    QString text() const; // "/app/ → (repository root)"
};

// The repository a service's code lives in.
struct CodeRepo
{
    QString repo; // "owner/name"; empty: not set
    QString webBase = QStringLiteral("https://github.com");
    QString defaultBranch = QStringLiteral("main");
};

struct CodeLink
{
    SourceRef source;
    QString path;    // repository path, empty when no mapping applied
    QString mapping; // the mapping used, CodeMapping::text()
    QString url;     // empty when no link could be made (see why)
    QString ref;     // commit or branch of the link
    bool atDeployedCommit = false;
    QString why; // why there is no link, or what is uncertain about it
};

// True for a Python-style module name: no slash and no file extension.
bool isModuleName(const QString &file);

// Maps `source` through the mappings that apply to `service`, most specific first: the longest
// `from`, a service's own mapping before a general one of the same length. An empty result
// with `why` set when nothing applies (an absolute library path, an unknown module).
CodeLink mapSource(const SourceRef &source, const QString &service,
                   const QList<CodeMapping> &mappings);

// mapSource, then a GitHub link to the line: at `deployedCommit` when known, else at the
// repository's default branch (CodeLink::why says so).
CodeLink codeLink(const SourceRef &source, const QString &service,
                  const QList<CodeMapping> &mappings, const CodeRepo &repo,
                  const QString &deployedCommit);

// The commit a revision was built from: a revision label (commit-sha, commit_sha, git_commit,
// git-sha, gitCommit) or the image's tag when it is a commit hash ("…/api:4f2a9c1",
// "…/api:sha-4f2a9c1e"). Empty when neither says.
QString deployedCommit(const QHash<QString, QString> &revisionLabels, const QString &image);
bool isCommitHash(const QString &text);

// The innermost frame of a stack trace that belongs to the application (not the runtime or a
// library): Python tracebacks (last frame), Java / JavaScript "at" frames and Go goroutine
// dumps (first frame). Empty when there is none.
SourceRef innermostAppFrame(const QString &stackTrace);

// One frame of a parsed stack trace (clustering/stacktrace.h) as a source reference. A Java or
// Kotlin frame names only the file: its path comes from the package ("com.acme.cart.Cart.add" in
// "Cart.java" -> "com/acme/cart/Cart.java").
SourceRef frameSource(const QString &file, int line, const QString &function);

// Code mappings and repositories per service, kept in a JSON file the user may edit:
// {"services": {"api": {"repo": "o/r", "defaultBranch": "main"}},
//  "mappings": [{"service": "", "kind": "module", "from": "a.b.", "to": "a/b/"}]}
struct CodeSettings
{
    QList<CodeMapping> mappings;
    QHash<QString, CodeRepo> repos; // by service; "" is the fallback for every service
    CodeRepo repoFor(const QString &service) const;

    static Result<CodeSettings> load(const QString &path); // a missing file gives empty settings
    Result<void> save(const QString &path) const;
};

} // namespace gardener::evidence
