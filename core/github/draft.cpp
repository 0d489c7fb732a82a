#include "core/github/draft.h"

#include "core/github/types.h"
#include "core/worklog/safetext.h"
#include "core/worklog/writersections.h"

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

// The first lines say what broke, where, and link to the logs and the trace.
const QString DefaultIssueBody = QStringLiteral("{{headline}}\n\n"
                                                "{{links}}\n\n"
                                                "{{summary}}\n\n"
                                                "## Details\n"
                                                "- Window: {{window}}\n"
                                                "- Occurrences: {{count}} ({{severities}})\n"
                                                "- Rate: {{rate}}\n"
                                                "- Location: {{location}}\n"
                                                "- Revisions: {{revisions}}\n"
                                                "- Pattern: {{pattern}}\n\n"
                                                "## Impact\n{{impact}}\n\n"
                                                "## Sample\n{{samples}}\n{{stack_trace}}\n\n"
                                                "## Related issues\n{{related}}\n\n"
                                                "{{marker}}\n");

const QString DefaultCommentBody =
    QStringLiteral("{{headline}}\n\n"
                   "{{links}}\n\n"
                   "## Still occurring: {{window}}\n"
                   "- Occurrences in this window: {{count}} ({{share}} of the service's entries)\n"
                   "- Frequency: {{frequency}}\n"
                   "- Since the last comment: {{changes}}\n"
                   "- Revisions: {{revisions}}\n"
                   "- Templates: {{template_mix}}\n"
                   "- Priority: {{priority_change}}\n\n"
                   "## Latest sample\n{{samples}}\n{{stack_trace}}\n\n"
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
        // Compact JSON is indented; text that is laid out already (a trimmed sample) stays as is.
        const QJsonDocument doc =
            s.contains(QLatin1Char('\n')) ? QJsonDocument() : QJsonDocument::fromJson(s.toUtf8());
        QString text = doc.isNull()
                           ? s.trimmed()
                           : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
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
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\{\\{|\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
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
    : m_issueTitle(DefaultTitle), m_issueBody(DefaultIssueBody), m_commentBody(DefaultCommentBody)
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

namespace {

QString percent(double v)
{
    return QLocale::c().toString(v, 'f', v < 10 ? 1 : 0) + QLatin1Char('%');
}

QString mixText(const QList<QPair<QString, qint64>> &mix)
{
    qint64 total = 0;
    for (const auto &t : mix)
        total += t.second;
    QStringList parts;
    for (qsizetype i = 0; i < mix.size() && i < 4; ++i)
        parts << worklog::writer::codeSpan(worklog::cutRedacted(mix.at(i).first, 80)) +
                     QStringLiteral(" %1").arg(
                         total > 0 ? percent(100.0 * double(mix.at(i).second) / double(total))
                                   : QStringLiteral("?"));
    return parts.isEmpty() ? QStringLiteral("unknown") : parts.join(QStringLiteral(", "));
}

} // namespace

QString DraftBuilder::headlineSection(const DraftInput &in)
{
    // What broke, where, and what it did: the line a developer reads first.
    QString line =
        QStringLiteral("**") + worklog::writer::inlineText(in.name) + QStringLiteral("**");
    if (!in.location.isEmpty())
        line += QStringLiteral(" in ") + worklog::writer::codeSpan(in.location);
    const QString what =
        !in.headline.isEmpty() ? in.headline : in.impact.section(QLatin1Char('\n'), 0, 0);
    if (!what.isEmpty())
        line += QStringLiteral(": ") + worklog::writer::inlineText(what);
    return line;
}

QString DraftBuilder::linksSection(const DraftInput &in)
{
    QStringList links;
    if (!in.logsUrl.isEmpty())
        links << QStringLiteral("[Cloud Logging](<%1>)").arg(in.logsUrl);
    if (!in.traceUrl.isEmpty())
        links << QStringLiteral("[Cloud Trace of the sample](<%1>)").arg(in.traceUrl);
    return links.isEmpty() ? QStringLiteral("_No console links: the entries name no project._")
                           : links.join(QStringLiteral(" · "));
}

QString DraftBuilder::revisionsSection(const DraftInput &in)
{
    QStringList parts;
    for (const auto &[revision, count] : in.revisionCounts)
        parts << worklog::writer::codeSpan(revision) + QStringLiteral(": %1").arg(count);
    if (parts.isEmpty() && !in.revision.isEmpty())
        parts << worklog::writer::codeSpan(in.revision);
    return parts.isEmpty() ? QStringLiteral("unknown") : parts.join(QStringLiteral(", "));
}

QString DraftBuilder::patternSection(const DraftInput &in)
{
    return in.templateText.isEmpty()
               ? QStringLiteral("unknown")
               : worklog::writer::codeSpan(worklog::cutRedacted(in.templateText, 200));
}

QString DraftBuilder::windowText(const DraftInput &in)
{
    if (!in.first.isValid() || !in.last.isValid())
        return QStringLiteral("unknown");
    const QDateTime a = in.first.toUTC(), b = in.last.toUTC();
    const QString end = a.date() == b.date() ? b.toString(QStringLiteral("HH:mm"))
                                             : b.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return a.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral("–") + end +
           QStringLiteral(" UTC (log time)");
}

QString DraftBuilder::changesSection(const DraftInput &in)
{
    QStringList parts;
    if (in.previousCount >= 0) {
        const double change = in.previousCount > 0 ? 100.0 * double(in.count - in.previousCount) /
                                                         double(in.previousCount)
                                                   : 0;
        parts << QStringLiteral("%1 → %2 entries%3")
                     .arg(in.previousCount)
                     .arg(in.count)
                     .arg(in.previousCount > 0
                              ? QStringLiteral(" (%1%2%)")
                                    .arg(change >= 0 ? QStringLiteral("+") : QString())
                                    .arg(QLocale::c().toString(change, 'f', 0))
                              : QString());
    }
    const QString top =
        !in.revisionCounts.isEmpty() ? in.revisionCounts.first().first : in.revision;
    if (!in.previousRevision.isEmpty() && !top.isEmpty())
        parts << (in.previousRevision == top
                      ? QStringLiteral("still on revision %1").arg(worklog::writer::codeSpan(top))
                      : QStringLiteral("now on revision %1 (was %2)")
                            .arg(worklog::writer::codeSpan(top),
                                 worklog::writer::codeSpan(in.previousRevision)));
    if (in.sinceLastUpdate.isValid() && in.last.isValid() && in.last < in.sinceLastUpdate)
        parts << QStringLiteral("these entries were logged before the last comment was posted (%1)")
                     .arg(in.sinceLastUpdate.toUTC().toString(Qt::ISODate));
    if (parts.isEmpty())
        parts << (in.ratePerMinuteBefore >= 0
                      ? frequencyChange(in.ratePerMinuteBefore, in.ratePerMinuteAfter)
                      : QStringLiteral("no earlier comment by Log Gardener to compare with"));
    return parts.join(QStringLiteral("; "));
}

QString DraftBuilder::stackTraceSection(const DraftInput &in)
{
    if (in.stackTrace.isEmpty())
        return QString();
    const QString fence = worklog::writer::fenceFor(in.stackTrace);
    return QStringLiteral("\n") + fence + QStringLiteral("text\n") + in.stackTrace +
           QLatin1Char('\n') + fence;
}

namespace {

// The evidence sections an issue and a comment both show, by their template names.
void insertEvidence(QHash<QString, QString> &v, const DraftInput &in)
{
    v.insert(QStringLiteral("headline"), DraftBuilder::headlineSection(in));
    v.insert(QStringLiteral("links"), DraftBuilder::linksSection(in));
    v.insert(QStringLiteral("window"), DraftBuilder::windowText(in));
    v.insert(QStringLiteral("revisions"), DraftBuilder::revisionsSection(in));
    v.insert(QStringLiteral("pattern"), DraftBuilder::patternSection(in));
    v.insert(QStringLiteral("stack_trace"), DraftBuilder::stackTraceSection(in));
}

} // namespace

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

QString DraftBuilder::renderBody(const QString &tmpl, QHash<QString, QString> values,
                                 const DraftInput &in, bool *trimmed) const
{
    *trimmed = false;
    QString body;
    // Evidence goes where the template asks ({{evidence}}), else just before the hidden markers.
    if (!in.evidence.isEmpty() && !tmpl.contains(QLatin1String("{{evidence}}")))
        values[QStringLiteral("marker")].prepend(in.evidence.trimmed() + QStringLiteral("\n\n"));
    values.insert(QStringLiteral("evidence"), in.evidence);
    // Fewer samples first: drop them from the end until the body fits.
    for (qsizetype keep = in.samplesJson.size(); keep >= 0; --keep) {
        QString samples = fencedSamples(in.samplesJson.mid(0, keep));
        if (keep < in.samplesJson.size()) {
            samples +=
                QStringLiteral("\n\n_%1 of %2 samples omitted to fit GitHub's %3-character limit._")
                    .arg(in.samplesJson.size() - keep)
                    .arg(in.samplesJson.size())
                    .arg(MaxBodyChars);
            *trimmed = true;
        }
        values.insert(QStringLiteral("samples"), samples);
        body = renderTemplate(tmpl, values);
        if (!tmpl.contains(QLatin1String("{{marker}}")))
            body +=
                QLatin1String("\n\n") + values.value(QStringLiteral("marker")) + QLatin1Char('\n');
        if (body.size() <= MaxBodyChars)
            return body;
    }
    // Still too long without samples (a huge summary): cut the text, keep the markers.
    *trimmed = true;
    const QString tail =
        QStringLiteral("\n\n_Text cut to fit GitHub's %1-character limit._\n\n").arg(MaxBodyChars) +
        values.value(QStringLiteral("marker")) + QLatin1Char('\n');
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
    v.insert(QStringLiteral("location"), in.location.isEmpty()
                                             ? QStringLiteral("unknown")
                                             : worklog::writer::codeSpan(in.location));
    insertEvidence(v, in);
    v.insert(QStringLiteral("revision"),
             in.revision.isEmpty() ? QStringLiteral("unknown") : in.revision);
    v.insert(QStringLiteral("rate"),
             DraftBuilder::frequencyChange(in.ratePerMinuteBefore, in.ratePerMinuteAfter));
    v.insert(QStringLiteral("related"), relatedList(in.relatedIssues));
    v.insert(QStringLiteral("impact"),
             in.impact.isEmpty() ? QStringLiteral("_To be assessed._") : in.impact);
    // The details list states the numbers; a summary paragraph only when the caller has one.
    v.insert(QStringLiteral("summary"), in.summary);
    v.insert(QStringLiteral("marker"), postMarkers(in, d.postKey));

    // Redact the whole title before it is cut to GitHub's length, and scrub what a cut left.
    d.title = worklog::redactThenCut(m_redactor, renderTemplate(m_templates.issueTitle(), v),
                                     MaxTitleChars);
    // The body is shown to the reviewer with its findings (the caller redacted the log text);
    // only what a cut left of a secret, which no reviewer can judge, is scrubbed here.
    d.body = worklog::scrubTruncatedSecrets(renderBody(m_templates.issueBody(), v, in, &d.trimmed));
    d.body.replace(QStringLiteral("\n\n\n\n"), QStringLiteral("\n\n"));
    // An area from the module's domain word; "logging" (the root logger) is no area.
    const QString area = in.area == QLatin1String("logging") ? QString() : in.area;
    for (const QString &l : {in.priority, in.category, area, appLabel()}) {
        const QString label = worklog::redactThenCut(m_redactor, l, 50);
        if (!label.isEmpty() && !d.labels.contains(label))
            d.labels.append(label);
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
    v.insert(QStringLiteral("since"), isoOrUnknown(in.first)); // log time, never the post time
    insertEvidence(v, in);
    v.insert(QStringLiteral("changes"), changesSection(in));
    v.insert(QStringLiteral("template_mix"), mixText(in.templateMix));
    v.insert(QStringLiteral("share"),
             in.windowEntries > 0 ? percent(100.0 * double(in.count) / double(in.windowEntries))
                                  : QStringLiteral("unknown share"));
    v.insert(QStringLiteral("last"), isoOrUnknown(in.last));
    v.insert(QStringLiteral("frequency"),
             frequencyChange(in.ratePerMinuteBefore, in.ratePerMinuteAfter));
    v.insert(QStringLiteral("priority_change"),
             in.previousPriority.isEmpty() || in.previousPriority == in.priority
                 ? QStringLiteral("%1 (unchanged)").arg(in.priority)
                 : QStringLiteral("%1 → %2 (proposed)").arg(in.previousPriority, in.priority));
    v.insert(QStringLiteral("revision"),
             in.revision.isEmpty() ? QStringLiteral("unknown") : in.revision);
    v.insert(QStringLiteral("severities"), severityMix(in.severities));
    v.insert(QStringLiteral("name"), in.name);
    v.insert(QStringLiteral("marker"), postMarkers(in, d.postKey));
    d.body =
        worklog::scrubTruncatedSecrets(renderBody(m_templates.commentBody(), v, in, &d.trimmed));
    return d;
}

QJsonObject IssueDraft::toJson() const
{
    return QJsonObject{
        {QStringLiteral("postKey"), postKey},
        {QStringLiteral("kind"),
         kind == Kind::NewIssue ? QStringLiteral("issue") : QStringLiteral("comment")},
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
    d.kind = o.value(QLatin1String("kind")).toString() == QLatin1String("comment") ? Kind::Comment
                                                                                   : Kind::NewIssue;
    d.repo = o.value(QLatin1String("repo")).toString();
    d.targetIssue = o.value(QLatin1String("targetIssue")).toInt();
    d.fingerprint = o.value(QLatin1String("fingerprint")).toString();
    d.title = o.value(QLatin1String("title")).toString();
    d.body = o.value(QLatin1String("body")).toString();
    const QJsonArray labels = o.value(QLatin1String("labels")).toArray();
    for (const QJsonValue &l : labels)
        d.labels.append(l.toString());
    d.createdAt =
        QDateTime::fromString(o.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    d.updatedAt =
        QDateTime::fromString(o.value(QLatin1String("updatedAt")).toString(), Qt::ISODateWithMs);
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
        QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner);
    }
    QSaveFile f(fileFor(draft.postKey));
    if (!f.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write the draft: %1").arg(f.errorString()),
                    f.fileName());
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
        return fail(QStringLiteral("the draft is not valid JSON: %1").arg(err.errorString()),
                    f.fileName(), -1, err.offset);
    auto d = IssueDraft::fromJson(doc.object());
    if (!d)
        return fail(d.error().what, f.fileName());
    return d;
}

DraftStore::Readable DraftStore::loadReadable() const
{
    Readable out;
    const QStringList files =
        QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (auto d = load(file.chopped(5)))
            out.drafts.append(*d);
        else
            out.problems.append(d.error());
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
