#include "github/draft.h"

#include "github/githubtypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

namespace gardener::github {

namespace {

const QString DefaultTitle = QStringLiteral("{{prefix}} | {{priority}} | {{name}}");

const QString DefaultIssueBody = QStringLiteral(
    "## Summary\n{{summary}}\n\n"
    "## Impact\n{{impact}}\n\n"
    "## Frequency\n"
    "- Occurrences: {{count}}\n"
    "- Time range: {{first}} → {{last}}\n"
    "- Rate: {{rate}}\n"
    "- Severity mix: {{severities}}\n\n"
    "## Source\n"
    "- Location: `{{location}}`\n"
    "- Revision: `{{revision}}`\n\n"
    "## Sample entries\n{{samples}}\n\n"
    "## Related issues\n{{related}}\n\n"
    "{{marker}}\n");

const QString DefaultCommentBody = QStringLiteral(
    "## Still occurring\n"
    "- Occurrences since {{since}}: {{count}}\n"
    "- Last seen: {{last}}\n"
    "- Frequency: {{frequency}}\n"
    "- Priority: {{priority_change}}\n"
    "- Revision: `{{revision}}`\n\n"
    "## Latest samples\n{{samples}}\n\n"
    "{{marker}}\n");

// Hidden lines that make a post findable (fingerprint, post key) and say up to when it reports.
QString postMarkers(const DraftInput &in, const QString &postKey)
{
    QString m = marker::fingerprint(in.fingerprint) + QLatin1Char('\n') + marker::post(postKey);
    if (in.last.isValid())
        m += QLatin1Char('\n') + marker::windowEnd(in.last);
    return m;
}

QString isoOrUnknown(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("unknown");
}

QString number(double v)
{
    return QLocale::c().toString(v, 'g', 4);
}

QString severityMix(const QHash<QString, qint64> &s)
{
    QStringList keys = s.keys();
    std::sort(keys.begin(), keys.end(), [&s](const QString &a, const QString &b) {
        return s.value(a) != s.value(b) ? s.value(a) > s.value(b) : a < b;
    });
    QStringList parts;
    for (const QString &k : keys)
        parts.append(QStringLiteral("%1 %2").arg(k).arg(s.value(k)));
    return parts.isEmpty() ? QStringLiteral("unknown") : parts.join(QLatin1String(", "));
}

QString fencedSamples(const QStringList &samples)
{
    QStringList blocks;
    for (const QString &s : samples) {
        // Pretty-print valid JSON; keep anything else verbatim.
        const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8());
        QString text = doc.isNull() ? s : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
        // A fence longer than any backtick run inside keeps the block closed.
        QString fence = QStringLiteral("```");
        while (text.contains(fence))
            fence += QLatin1Char('`');
        blocks.append(fence + QStringLiteral("json\n") + text + QLatin1Char('\n') + fence);
    }
    return blocks.isEmpty() ? QStringLiteral("_No samples._") : blocks.join(QLatin1String("\n\n"));
}

QString relatedList(const QList<int> &issues)
{
    QStringList parts;
    for (int n : issues)
        parts.append(QStringLiteral("- #%1").arg(n));
    return parts.isEmpty() ? QStringLiteral("_None known._") : parts.join(QLatin1Char('\n'));
}

} // namespace

QString renderTemplate(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\{\\{|\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QString out;
    qsizetype pos = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(pos, m.capturedStart() - pos);
        out += m.captured(1).isEmpty() ? QStringLiteral("{{") : values.value(m.captured(1));
        pos = m.capturedEnd();
    }
    out += QStringView(text).mid(pos);
    return out;
}

DraftTemplates::DraftTemplates()
    : m_issueTitle(DefaultTitle)
    , m_issueBody(DefaultIssueBody)
    , m_commentBody(DefaultCommentBody)
{
}

Result<void> DraftTemplates::loadOverrides(const QString &folder)
{
    const QList<QPair<QString, QString *>> files = {
        {QStringLiteral("issue-title.txt"), &m_issueTitle},
        {QStringLiteral("issue-body.md"), &m_issueBody},
        {QStringLiteral("comment-body.md"), &m_commentBody},
    };
    for (const auto &[name, target] : files) {
        const QString path = QDir(folder).filePath(name);
        if (!QFile::exists(path))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the template: %1").arg(f.errorString()), path);
        QString text = QString::fromUtf8(f.readAll());
        if (name.endsWith(QLatin1String(".txt")))
            text = text.trimmed();
        if (text.isEmpty())
            return fail(QStringLiteral("the template is empty"), path);
        *target = text;
    }
    return {};
}

QString DraftBuilder::frequencyChange(double before, double after)
{
    if (after < 0)
        return QStringLiteral("unknown");
    if (before < 0)
        return QStringLiteral("%1 per minute").arg(number(after));
    if (before == 0)
        return QStringLiteral("0 → %1 per minute (new)").arg(number(after));
    const double pct = (after - before) / before * 100.0;
    return QStringLiteral("%1 → %2 per minute, %3%4%")
        .arg(number(before), number(after), pct >= 0 ? QStringLiteral("+") : QString())
        .arg(QLocale::c().toString(pct, 'f', 0));
}

QString DraftBuilder::renderBody(const QString &tmpl, QHash<QString, QString> values, const DraftInput &in,
                                 bool *trimmed) const
{
    *trimmed = false;
    QString body;
    // Fewer samples first: drop them from the end until the body fits.
    for (qsizetype keep = in.samplesJson.size(); keep >= 0; --keep) {
        QString samples = fencedSamples(in.samplesJson.mid(0, keep));
        if (keep < in.samplesJson.size()) {
            samples += QStringLiteral("\n\n_%1 of %2 samples omitted to fit GitHub's %3-character limit._")
                           .arg(in.samplesJson.size() - keep).arg(in.samplesJson.size()).arg(MaxBodyChars);
            *trimmed = true;
        }
        values.insert(QStringLiteral("samples"), samples);
        body = renderTemplate(tmpl, values);
        if (!tmpl.contains(QLatin1String("{{marker}}")))
            body += QLatin1String("\n\n") + values.value(QStringLiteral("marker")) + QLatin1Char('\n');
        if (body.size() <= MaxBodyChars)
            return body;
    }
    // Still too long without samples (a huge summary): cut the text, keep the markers.
    *trimmed = true;
    const QString tail = QStringLiteral("\n\n_Text cut to fit GitHub's %1-character limit._\n\n").arg(MaxBodyChars)
        + values.value(QStringLiteral("marker")) + QLatin1Char('\n');
    return body.left(MaxBodyChars - tail.size()) + tail;
}

IssueDraft DraftBuilder::newIssue(const QString &repo, const DraftInput &in) const
{
    IssueDraft d;
    d.postKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.kind = IssueDraft::Kind::NewIssue;
    d.repo = repo;
    d.fingerprint = in.fingerprint;
    d.createdAt = d.updatedAt = QDateTime::currentDateTimeUtc();

    QHash<QString, QString> v;
    v.insert(QStringLiteral("prefix"), in.titlePrefix);
    v.insert(QStringLiteral("priority"), in.priority);
    v.insert(QStringLiteral("name"), in.name);
    v.insert(QStringLiteral("category"), in.category);
    v.insert(QStringLiteral("area"), in.area);
    v.insert(QStringLiteral("count"), QString::number(in.count));
    v.insert(QStringLiteral("first"), isoOrUnknown(in.first));
    v.insert(QStringLiteral("last"), isoOrUnknown(in.last));
    v.insert(QStringLiteral("severities"), severityMix(in.severities));
    v.insert(QStringLiteral("location"), in.location.isEmpty() ? QStringLiteral("unknown") : in.location);
    v.insert(QStringLiteral("revision"), in.revision.isEmpty() ? QStringLiteral("unknown") : in.revision);
    v.insert(QStringLiteral("rate"), DraftBuilder::frequencyChange(in.ratePerMinuteBefore, in.ratePerMinuteAfter));
    v.insert(QStringLiteral("related"), relatedList(in.relatedIssues));
    v.insert(QStringLiteral("impact"), in.impact.isEmpty() ? QStringLiteral("_To be assessed._") : in.impact);
    v.insert(QStringLiteral("summary"), !in.summary.isEmpty() ? in.summary
        : QStringLiteral("%1: %2 occurrences between %3 and %4 (%5).")
              .arg(in.name).arg(in.count).arg(isoOrUnknown(in.first), isoOrUnknown(in.last), severityMix(in.severities)));
    v.insert(QStringLiteral("marker"), postMarkers(in, d.postKey));

    d.title = renderTemplate(m_templates.issueTitle(), v).simplified();
    d.body = renderBody(m_templates.issueBody(), v, in, &d.trimmed);
    for (const QString &l : {in.priority, in.category, in.area, appLabel()}) {
        if (!l.isEmpty() && !d.labels.contains(l))
            d.labels.append(l);
    }
    return d;
}

IssueDraft DraftBuilder::comment(const QString &repo, int issueNumber, const DraftInput &in) const
{
    IssueDraft d;
    d.postKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.kind = IssueDraft::Kind::Comment;
    d.repo = repo;
    d.targetIssue = issueNumber;
    d.fingerprint = in.fingerprint;
    d.createdAt = d.updatedAt = QDateTime::currentDateTimeUtc();

    QHash<QString, QString> v;
    v.insert(QStringLiteral("count"), QString::number(in.count));
    v.insert(QStringLiteral("since"), isoOrUnknown(in.sinceLastUpdate.isValid() ? in.sinceLastUpdate : in.first));
    v.insert(QStringLiteral("last"), isoOrUnknown(in.last));
    v.insert(QStringLiteral("frequency"), frequencyChange(in.ratePerMinuteBefore, in.ratePerMinuteAfter));
    v.insert(QStringLiteral("priority_change"),
             in.previousPriority.isEmpty() || in.previousPriority == in.priority
                 ? QStringLiteral("%1 (unchanged)").arg(in.priority)
                 : QStringLiteral("%1 → %2 (proposed)").arg(in.previousPriority, in.priority));
    v.insert(QStringLiteral("revision"), in.revision.isEmpty() ? QStringLiteral("unknown") : in.revision);
    v.insert(QStringLiteral("severities"), severityMix(in.severities));
    v.insert(QStringLiteral("name"), in.name);
    v.insert(QStringLiteral("marker"), postMarkers(in, d.postKey));
    d.body = renderBody(m_templates.commentBody(), v, in, &d.trimmed);
    return d;
}

QJsonObject IssueDraft::toJson() const
{
    return QJsonObject{
        {QStringLiteral("postKey"), postKey},
        {QStringLiteral("kind"), kind == Kind::NewIssue ? QStringLiteral("issue") : QStringLiteral("comment")},
        {QStringLiteral("repo"), repo},
        {QStringLiteral("targetIssue"), targetIssue},
        {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("title"), title},
        {QStringLiteral("body"), body},
        {QStringLiteral("labels"), QJsonArray::fromStringList(labels)},
        {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), updatedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("trimmed"), trimmed},
        {QStringLiteral("reopen"), reopen},
    };
}

Result<IssueDraft> IssueDraft::fromJson(const QJsonObject &o)
{
    IssueDraft d;
    d.postKey = o.value(QLatin1String("postKey")).toString();
    if (d.postKey.isEmpty())
        return fail(QStringLiteral("draft without a post key"));
    d.kind = o.value(QLatin1String("kind")).toString() == QLatin1String("comment") ? Kind::Comment : Kind::NewIssue;
    d.repo = o.value(QLatin1String("repo")).toString();
    d.targetIssue = o.value(QLatin1String("targetIssue")).toInt();
    d.fingerprint = o.value(QLatin1String("fingerprint")).toString();
    d.title = o.value(QLatin1String("title")).toString();
    d.body = o.value(QLatin1String("body")).toString();
    const QJsonArray labels = o.value(QLatin1String("labels")).toArray();
    for (const QJsonValue &l : labels)
        d.labels.append(l.toString());
    d.createdAt = QDateTime::fromString(o.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    d.updatedAt = QDateTime::fromString(o.value(QLatin1String("updatedAt")).toString(), Qt::ISODateWithMs);
    d.trimmed = o.value(QLatin1String("trimmed")).toBool();
    d.reopen = d.kind == Kind::Comment && o.value(QLatin1String("reopen")).toBool();
    return d;
}

QString DraftStore::fileFor(const QString &postKey) const
{
    return QDir(m_folder).filePath(postKey + QStringLiteral(".json"));
}

Result<void> DraftStore::save(const IssueDraft &draft) const
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!safe.match(draft.postKey).hasMatch())
        return fail(QStringLiteral("unsafe draft key \"%1\"").arg(draft.postKey));
    if (!QFileInfo::exists(m_folder)) {
        if (!QDir().mkpath(m_folder))
            return fail(QStringLiteral("cannot create the drafts folder"), m_folder);
        QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QSaveFile f(fileFor(draft.postKey));
    if (!f.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write the draft: %1").arg(f.errorString()), f.fileName());
    // Owner-only: drafts hold log samples (the temporary file's mode survives the rename).
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return fail(QStringLiteral("cannot save the draft: %1").arg(f.errorString()), f.fileName());
    return {};
}

Result<IssueDraft> DraftStore::load(const QString &postKey) const
{
    QFile f(fileFor(postKey));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the draft: %1").arg(f.errorString()), f.fileName());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return fail(QStringLiteral("the draft is not valid JSON: %1").arg(err.errorString()), f.fileName(), -1, err.offset);
    auto d = IssueDraft::fromJson(doc.object());
    if (!d)
        return fail(d.error().what, f.fileName());
    return d;
}

Result<QList<IssueDraft>> DraftStore::loadAll() const
{
    QList<IssueDraft> out;
    const QStringList files = QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        auto d = load(file.chopped(5));
        if (!d)
            return tl::unexpected(d.error());
        out.append(*d);
    }
    return out;
}

Result<void> DraftStore::remove(const QString &postKey) const
{
    const QString path = fileFor(postKey);
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(QStringLiteral("cannot remove the draft"), path);
    return {};
}

} // namespace gardener::github
