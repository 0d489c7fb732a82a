#include "core/evidence/codemapping.h"

#include "core/clustering/stacktrace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <algorithm>

namespace gardener::evidence {

namespace {

const QStringList SourceExtensions = {
    QStringLiteral("py"),  QStringLiteral("js"),   QStringLiteral("mjs"), QStringLiteral("ts"),
    QStringLiteral("go"),  QStringLiteral("java"), QStringLiteral("kt"),  QStringLiteral("rb"),
    QStringLiteral("cs"),  QStringLiteral("php"),  QStringLiteral("rs"),  QStringLiteral("cpp"),
    QStringLiteral("cc"),  QStringLiteral("c"),    QStringLiteral("h"),   QStringLiteral("scala"),
    QStringLiteral("tsx"), QStringLiteral("jsx")};

// A mapping's prefix with its boundary: "a.b" matches "a.b.c" but not "a.bc".
QString withBoundary(const CodeMapping &m)
{
    const QChar sep = m.kind == CodeMapping::Kind::Module ? QLatin1Char('.') : QLatin1Char('/');
    return m.from.isEmpty() || m.from.endsWith(sep) ? m.from : m.from + sep;
}

bool applies(const CodeMapping &m, const QString &file, bool module)
{
    if ((m.kind == CodeMapping::Kind::Module) != module)
        return false;
    return file == m.from || file.startsWith(withBoundary(m));
}

QString apply(const CodeMapping &m, const QString &file)
{
    if (m.kind == CodeMapping::Kind::Path) {
        QString rest = file == m.from ? QString() : file.mid(withBoundary(m).size());
        QString to = m.to;
        if (!to.isEmpty() && !to.endsWith(QLatin1Char('/')) && !rest.isEmpty())
            to += QLatin1Char('/');
        return to + rest;
    }
    QString rest = file == m.from ? QString() : file.mid(withBoundary(m).size());
    rest.replace(QLatin1Char('.'), QLatin1Char('/'));
    QString to = m.to;
    if (!to.isEmpty() && !to.endsWith(QLatin1Char('/')) && !rest.isEmpty())
        to += QLatin1Char('/');
    return to + rest + QStringLiteral(".py");
}

} // namespace

QString CodeMapping::text() const
{
    return QStringLiteral("%1 → %2").arg(from.isEmpty() ? QStringLiteral("(any)") : from,
                                         to.isEmpty() ? QStringLiteral("(repository root)") : to);
}

bool isModuleName(const QString &file)
{
    if (file.isEmpty() || file.contains(QLatin1Char('/')) || file.contains(QLatin1Char('\\')))
        return false;
    const QString ext = file.section(QLatin1Char('.'), -1);
    return !(file.contains(QLatin1Char('.')) && SourceExtensions.contains(ext));
}

CodeLink mapSource(const SourceRef &source, const QString &service,
                   const QList<CodeMapping> &mappings)
{
    CodeLink link;
    link.source = source;
    if (source.isEmpty()) {
        link.why = QStringLiteral(
            "the entries carry no source location (no sourceLocation, no module labels, "
            "no stack trace with an application frame)");
        return link;
    }
    const bool module = isModuleName(source.file);
    QList<const CodeMapping *> candidates;
    for (const CodeMapping &m : mappings) {
        if ((m.service.isEmpty() || m.service == service) && applies(m, source.file, module))
            candidates.append(&m);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const CodeMapping *a, const CodeMapping *b) {
                         if (a->from.size() != b->from.size())
                             return a->from.size() > b->from.size();
                         return !a->service.isEmpty() && b->service.isEmpty();
                     });
    if (candidates.isEmpty()) {
        link.why =
            QStringLiteral("no code mapping matches the %1 \"%2\"%3; add a %4 mapping")
                .arg(module ? QStringLiteral("module") : QStringLiteral("path"), source.file,
                     service.isEmpty() ? QString() : QStringLiteral(" of service %1").arg(service),
                     module ? QStringLiteral("module prefix") : QStringLiteral("path prefix"));
        return link;
    }
    link.path = apply(*candidates.front(), source.file);
    link.mapping = candidates.front()->text();
    if (link.path.isEmpty() || link.path.startsWith(QLatin1Char('/'))) {
        link.why =
            QStringLiteral("the mapping %1 gives \"%2\", which is not a path inside a repository")
                .arg(link.mapping, link.path);
        link.path.clear();
    }
    return link;
}

CodeLink codeLink(const SourceRef &source, const QString &service,
                  const QList<CodeMapping> &mappings, const CodeRepo &repo, const QString &commit)
{
    CodeLink link = mapSource(source, service, mappings);
    if (link.path.isEmpty())
        return link;
    if (repo.repo.isEmpty()) {
        link.why = QStringLiteral("no GitHub repository is set for service %1").arg(service);
        return link;
    }
    link.atDeployedCommit = isCommitHash(commit);
    link.ref = link.atDeployedCommit ? commit : repo.defaultBranch;
    QString path = QString::fromUtf8(QUrl::toPercentEncoding(link.path, "/"));
    link.url = QStringLiteral("%1/%2/blob/%3/%4").arg(repo.webBase, repo.repo, link.ref, path);
    if (source.line > 0)
        link.url += QStringLiteral("#L%1").arg(source.line);
    if (!link.atDeployedCommit)
        link.why = QStringLiteral(
                       "at the default branch %1: the deployed commit is unknown (no commit-sha "
                       "revision label, no commit in the image tag), so the line may have moved")
                       .arg(repo.defaultBranch);
    return link;
}

bool isCommitHash(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{7,40}$"));
    return hex.match(text).hasMatch();
}

QString deployedCommit(const QHash<QString, QString> &labels, const QString &image)
{
    for (const char *key : {"commit-sha", "commit_sha", "git_commit", "git-sha", "gitCommit"}) {
        const QString v = labels.value(QLatin1String(key)).trimmed().toLower();
        if (isCommitHash(v))
            return v;
    }
    if (image.contains(QLatin1Char('@')))
        return {}; // a digest names the image, not the source
    const QString last = image.section(QLatin1Char('/'), -1);
    if (!last.contains(QLatin1Char(':')))
        return {};
    QString tag = last.section(QLatin1Char(':'), -1).toLower();
    if (tag.startsWith(QLatin1String("sha-")))
        tag = tag.mid(4);
    return isCommitHash(tag) ? tag : QString();
}

SourceRef innermostAppFrame(const QString &trace)
{
    // The frames clustering keys on, innermost first (Java: the root cause's block), read by
    // the one stack-trace parser; the first that is application code and names a file wins.
    const std::string text = trace.toStdString();
    const clustering::StackTrace st = clustering::parseStackTrace(text);
    for (const clustering::StackFrame *f : st.clusteringFrames()) {
        if (f->library || f->file.empty())
            continue;
        const auto q = [](std::string_view v) {
            return QString::fromUtf8(v.data(), qsizetype(v.size()));
        };
        const QString function = q(f->function);
        SourceRef ref = frameSource(q(f->file), f->line, function);
        // Java names the method alone, as sourceLocation does ("total", not "com.acme…total").
        if (st.kind == clustering::StackTrace::Kind::Java)
            ref.function = function.section(QLatin1Char('.'), -1);
        ref.origin = QStringLiteral("stack trace (innermost app frame)");
        return ref;
    }
    return {};
}

SourceRef frameSource(const QString &file, int line, const QString &function)
{
    SourceRef ref{file, line, function, QStringLiteral("stack trace frame")};
    const bool jvm = file.endsWith(QLatin1String(".java")) || file.endsWith(QLatin1String(".kt")) ||
                     file.endsWith(QLatin1String(".scala"));
    if (jvm && !file.contains(QLatin1Char('/'))) {
        QString qualified = function.section(QLatin1Char('/'), -1); // "java.base/" module prefix
        const QString package = qualified.section(QLatin1Char('.'), 0, -3);
        if (!package.isEmpty())
            ref.file = QString(package).replace(QLatin1Char('.'), QLatin1Char('/')) +
                       QLatin1Char('/') + file;
    }
    return ref;
}

CodeRepo CodeSettings::repoFor(const QString &service) const
{
    return repos.contains(service) ? repos.value(service) : repos.value(QString());
}

Result<CodeSettings> CodeSettings::load(const QString &path)
{
    CodeSettings s;
    QFile f(path);
    if (!f.exists())
        return s;
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the code settings: %1").arg(f.errorString()), path);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(
            QStringLiteral("the code settings are not a JSON object: %1").arg(err.errorString()),
            path, -1, err.offset);
    const QJsonObject services = doc.object().value(QLatin1String("services")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        CodeRepo r;
        r.repo = o.value(QLatin1String("repo")).toString();
        r.webBase = o.value(QLatin1String("webBase")).toString(r.webBase);
        r.defaultBranch = o.value(QLatin1String("defaultBranch")).toString(r.defaultBranch);
        if (!r.repo.isEmpty() && r.repo.count(QLatin1Char('/')) != 1)
            return fail(QStringLiteral("service \"%1\": repo \"%2\" is not owner/name")
                            .arg(it.key(), r.repo),
                        path);
        s.repos.insert(it.key(), r);
    }
    const QJsonArray mappings = doc.object().value(QLatin1String("mappings")).toArray();
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        const QJsonObject o = mappings.at(i).toObject();
        const QString kind = o.value(QLatin1String("kind")).toString(QStringLiteral("path"));
        if (kind != QLatin1String("path") && kind != QLatin1String("module"))
            return fail(QStringLiteral("mapping %1: kind \"%2\" is neither \"path\" nor \"module\"")
                            .arg(i + 1)
                            .arg(kind),
                        path);
        s.mappings.append(
            {o.value(QLatin1String("service")).toString(),
             kind == QLatin1String("module") ? CodeMapping::Kind::Module : CodeMapping::Kind::Path,
             o.value(QLatin1String("from")).toString(), o.value(QLatin1String("to")).toString()});
    }
    return s;
}

Result<void> CodeSettings::save(const QString &path) const
{
    QJsonObject services;
    for (auto it = repos.begin(); it != repos.end(); ++it) {
        services.insert(it.key(),
                        QJsonObject{{QStringLiteral("repo"), it->repo},
                                    {QStringLiteral("webBase"), it->webBase},
                                    {QStringLiteral("defaultBranch"), it->defaultBranch}});
    }
    QJsonArray list;
    for (const CodeMapping &m : mappings) {
        list.append(QJsonObject{{QStringLiteral("service"), m.service},
                                {QStringLiteral("kind"), m.kind == CodeMapping::Kind::Module
                                                             ? QStringLiteral("module")
                                                             : QStringLiteral("path")},
                                {QStringLiteral("from"), m.from},
                                {QStringLiteral("to"), m.to}});
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write the code settings: %1").arg(f.errorString()),
                    path);
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("services"), services},
                                      {QStringLiteral("mappings"), list}})
                .toJson(QJsonDocument::Indented));
    if (!f.commit())
        return fail(QStringLiteral("cannot save the code settings: %1").arg(f.errorString()), path);
    return {};
}

} // namespace gardener::evidence
