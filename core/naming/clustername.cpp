#include "core/naming/clustername.h"

#include "core/naming/nametext.h"
#include "core/util/asciiwords.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>
#include <vector>

namespace gardener::naming {

using namespace detail;

namespace {

QString httpProblem(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 408:
        return QStringLiteral("Timeout");
    case 429:
        return QStringLiteral("Rate Limited");
    case 500:
        return QStringLiteral("Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        break;
    }
    return status >= 500 ? QStringLiteral("Server Error") : QStringLiteral("Client Error");
}

QString requestRoute(const QString &text, int *status)
{
    static const QRegularExpression re(QStringLiteral("^(\\S+) (/\\S*) (\\d{3}|<[A-Za-z_*]+>)$"));
    static const QRegularExpression placeholderSegment(
        QStringLiteral("/[^/]*<[A-Za-z_*]{1,12}>[^/]*"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return QString();
    QString path = m.captured(2);
    path.replace(placeholderSegment, QStringLiteral("/:id"));
    path = path.section(QLatin1Char('?'), 0, 0);
    *status = m.captured(3).toInt();
    return m.captured(1) + QLatin1Char(' ') + path;
}

bool isGenericModule(const QString &module)
{
    return module.isEmpty() || module == QLatin1String("logging") ||
           module == QLatin1String("root") || module == QLatin1String("__main__");
}

} // namespace

int anchorTemplate(const QList<TemplateFacts> &templates)
{
    bool allRequests = true;
    for (const TemplateFacts &t : templates)
        allRequests = allRequests && (t.requestLog || isRequestText(t.text));
    auto key = [&](const TemplateFacts &t) {
        const bool request = !allRequests && (t.requestLog || isRequestText(t.text));
        const bool traceback = t.text.startsWith(QLatin1String("Traceback"));
        return std::make_tuple(
            request ? 0 : 1, traceback ? 0 : 1, t.severity,
            std::min(literalWords(t.text), 8) + (isGenericModule(t.module) ? 0 : 2), t.count);
    };
    // Each template's key once: the best one's was worked out again for every comparison.
    int best = -1;
    decltype(key(templates.first())) bestKey;
    for (int i = 0; i < templates.size(); ++i) {
        auto k = key(templates.at(i));
        if (best < 0 || k > bestKey) {
            best = i;
            bestKey = std::move(k);
        }
    }
    return best;
}

QString domainOfModule(const QString &module)
{
    if (isGenericModule(module))
        return QString();
    static const QSet<QString> generic = {
        QStringLiteral("app"),      QStringLiteral("apps"),       QStringLiteral("src"),
        QStringLiteral("lib"),      QStringLiteral("routes"),     QStringLiteral("services"),
        QStringLiteral("core"),     QStringLiteral("handlers"),   QStringLiteral("utils"),
        QStringLiteral("common"),   QStringLiteral("api"),        QStringLiteral("v1"),
        QStringLiteral("internal"), QStringLiteral("pkg"),        QStringLiteral("py"),
        QStringLiteral("main"),     QStringLiteral("server"),     QStringLiteral("backend"),
        QStringLiteral("modules"),  QStringLiteral("middleware"), QStringLiteral("integration")};
    QString path = module;
    path.replace(QLatin1Char('/'), QLatin1Char('.'));
    QStringList parts = path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (parts.size() > 1 &&
        (parts.last() == QLatin1String("py") || parts.last() == QLatin1String("go") ||
         parts.last() == QLatin1String("js") || parts.last() == QLatin1String("ts")))
        parts.removeLast();
    if (parts.size() > 1)
        parts.removeFirst(); // the package root ("orders_backend") is the service, not a domain
    for (const QString &p : parts) {
        QString word = p.toLower();
        static const QRegularExpression suffix(
            QStringLiteral("_(core|ssot|impl|service|manager|utils|helpers|module|integration)$"));
        word.remove(suffix);
        if (word.startsWith(QLatin1Char('_')) || generic.contains(word) || word.size() < 3)
            continue;
        const QStringList pieces = word.split(QLatin1Char('_'), Qt::SkipEmptyParts);
        if (pieces.size() == 2 && generic.contains(pieces.at(1)))
            return pieces.first(); // "auth_integration" -> "auth"
        return pieces.size() > 2 ? pieces.at(1) : pieces.join(QLatin1Char('-'));
    }
    return QString();
}

namespace {

// clusterDomain() with the anchor template already found (nameParts needs it too).
QString domainWithAnchor(const QList<TemplateFacts> &templates, int anchor)
{
    if (anchor >= 0) {
        const QString d = domainOfModule(templates.at(anchor).module);
        if (!d.isEmpty())
            return d;
    }
    for (const TemplateFacts &t : templates) {
        const QString d = domainOfModule(t.module);
        if (!d.isEmpty())
            return d;
    }
    // Entries through the root logger ("logging") tell their domain only by their words.

    QString all;
    for (const TemplateFacts &t : templates)
        all += t.text + QLatin1Char('\n');
    const util::AsciiWords present(all);
    for (const WordRule &r : domainRules()) {
        if (present.mayMeet(r.needs) && r.re.match(all).hasMatch())
            return r.label;
    }
    return QString();
}

} // namespace

QString clusterDomain(const QList<TemplateFacts> &templates)
{
    return domainWithAnchor(templates, anchorTemplate(templates));
}

namespace {

// Problems that name the cause: a template stating one names the cluster even when another
// template is more severe (a race condition explains the dropped messages it leads to).
bool strongProblem(const QString &noun)
{
    static const QSet<QString> strong = {
        QStringLiteral("Not Installed"), QStringLiteral("Race Condition"),
        QStringLiteral("Pool Exhausted"), QStringLiteral("Exceeded"), QStringLiteral("Crash")};
    return strong.contains(noun);
}

// Each template's text without decorations and its problem, worked out once per cluster: the
// rules below ask for the same template's several times, each a run of regular expressions.
struct TemplateTexts
{
    const QList<TemplateFacts> &templates;
    std::vector<std::optional<QString>> strippedTexts, problems;
    const QString &stripped(int i)
    {
        auto &s = strippedTexts[size_t(i)];
        return s ? *s : s.emplace(stripDecorations(templates.at(i).text));
    }
    const QString &problem(int i)
    {
        auto &p = problems[size_t(i)];
        return p ? *p : p.emplace(problemOf(stripped(i)));
    }
};

int namingTemplate(const QList<TemplateFacts> &templates, TemplateTexts &texts, int anchor)
{
    if (anchor < 0 || strongProblem(texts.problem(anchor)))
        return anchor;
    for (int i = 0; i < templates.size(); ++i) {
        const TemplateFacts &t = templates.at(i);
        if (i != anchor && !t.requestLog && !isRequestText(t.text) &&
            strongProblem(texts.problem(i)))
            return i;
    }
    return anchor;
}

// "sqlalchemy.exc.TimeoutError: QueuePool limit ..." opens with the exception, not the subject.
QString withoutLeadingException(const QString &text)
{
    static const QRegularExpression lead(
        QStringLiteral("^(?:[a-z_]+\\.)+[A-Z]\\w*(?:Error|Exception):\\s*"));
    if (!text.contains(QLatin1String("Error:")) && !text.contains(QLatin1String("Exception:")))
        return text;
    return QString(text).remove(lead);
}

QString bestDetail(const TemplateFacts &a, const QList<TemplateFacts> &templates,
                   const QString &cleaned, TemplateTexts &texts)
{
    int rank = 99, sampleRank = 99;
    QString detail = detailOf(cleaned, &rank);
    if (!a.sample.isEmpty()) {
        // Details hidden behind placeholders ("KeyError: <*>") come from a real message.
        const QString fromSample = detailOf(stripDecorations(a.sample), &sampleRank);
        if (sampleRank < rank || (sampleRank == rank && fromSample.startsWith(detail)))
            detail = fromSample;
    }
    for (int i = 0; detail.isEmpty() && i < templates.size(); ++i)
        detail = detailOf(texts.stripped(i));
    return detail;
}

} // namespace

ClusterNameParts nameParts(const QList<TemplateFacts> &templates)
{
    ClusterNameParts p;
    const std::vector<std::optional<QString>> none(size_t(templates.size()));
    TemplateTexts texts{templates, none, none};
    const int anchor = anchorTemplate(templates);
    p.anchor = namingTemplate(templates, texts, anchor);
    if (p.anchor < 0)
        return p;
    const TemplateFacts &a = templates.at(p.anchor);
    p.domain = domainWithAnchor(templates, anchor);
    int status = 0;
    const QString route = requestRoute(a.text, &status);
    if (!route.isEmpty()) {
        // Only a request log when every template is one: name it by route and status.
        int sampleStatus = 0;
        if (status == 0 && !requestRoute(a.sample, &sampleStatus).isEmpty())
            status = sampleStatus;
        p.subject = route + (status > 0 ? QLatin1Char(' ') + QString::number(status) : QString());
        p.problem = status > 0 ? httpProblem(status) : QStringLiteral("Requests");
        return p;
    }
    const QString &stripped = texts.stripped(p.anchor);
    const QString cleaned = withoutLeadingException(stripped);
    QString detail = bestDetail(a, templates, stripped, texts);
    p.problem = cleaned == stripped ? texts.problem(p.anchor) : problemOf(cleaned);
    static const QRegularExpression installed(
        QStringLiteral("\\b([A-Z][a-z]+[A-Z]\\w*|[A-Z]\\w+)\\s+(?:must be|is not|not) installed"));
    static const QRegularExpression noModule = ci(QStringLiteral("no module named '([\\w.]+)'"));
    if (const QString what = firstCapture(installed, cleaned); !what.isEmpty()) {
        p.subject = what; // "SessionMiddleware Not Installed"
        if (detail == what)
            detail.clear();
    } else if (const QString mod = firstCapture(noModule, a.sample.isEmpty() ? cleaned : a.sample);
               !mod.isEmpty()) {
        p.subject = mod + QStringLiteral(" Module");
        detail.clear(); // the module is the subject; the feature that failed is no detail
    } else {
        p.subject = leadingSubject(cleaned);
    }
    if (p.problem == QLatin1String("AttributeError") || p.problem == QLatin1String("Error")) {
        // An exception type is the problem itself: "Message Saving KeyError: assistant_id".
        static const QRegularExpression exception(
            QStringLiteral("^([A-Z]\\w*(?:Error|Exception))(?: (\\w+))?$"));
        if (const auto m = exception.match(detail); m.hasMatch()) {
            p.problem = m.captured(1);
            detail = m.captured(2);
        }
    }
    // "Race condition detected: ..." opens with its problem: the domain is the subject.
    if (p.subject.isEmpty() || p.subject.compare(p.problem, Qt::CaseInsensitive) == 0)
        p.subject = caseWord(p.domain);
    p.detail = detail;
    return p;
}

QString composeName(const ClusterNameParts &parts)
{
    auto clean = [](QString s) {
        s.remove(placeholderRe());
        s.remove(QChar(0x2026));
        return s.simplified();
    };
    const QString subject = clean(parts.subject);
    QString problem = clean(parts.problem);
    // "Connection Pool" + "Pool Exhausted" -> "Connection Pool Exhausted"; no word twice.
    const QString subjectLower = subject.toLower();
    QStringList problemWords = problem.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!problemWords.isEmpty() && subjectLower.contains(problemWords.first().toLower()))
        problemWords.removeFirst();
    // "Auto-create" already says "Auto-Creation".
    if (problemWords.size() == 1 && problemWords.first().size() >= 6 &&
        subjectLower.contains(problemWords.first().toLower().left(problemWords.first().size() - 3)))
        problemWords.clear();
    problem = problemWords.join(QLatin1Char(' '));
    QString base = subject;
    if (!problem.isEmpty() && !subject.contains(problem, Qt::CaseInsensitive))
        base = problem == QLatin1String("Slow")
                   ? problem + QLatin1Char(' ') + subject
                   : (subject.isEmpty() ? problem : subject + QLatin1Char(' ') + problem);
    base = base.simplified();
    QString detail = clean(parts.detail);
    if (detail.compare(problem, Qt::CaseInsensitive) == 0 ||
        base.contains(detail, Qt::CaseInsensitive))
        detail.clear();
    const QString domain = clean(parts.domain);
    const bool domainSaid = domain.isEmpty() || base.contains(domain, Qt::CaseInsensitive) ||
                            detail.contains(domain, Qt::CaseInsensitive);
    QString name = base + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    if (!domainSaid && name.size() + domain.size() + 3 <= MaxNameChars)
        name += QStringLiteral(" (") + domain + QLatin1Char(')');
    if (name.size() > MaxNameChars)
        name = base;
    if (name.size() > MaxNameChars) {
        // Cut at a word boundary; never an ellipsis.
        name = name.left(MaxNameChars + 1);
        const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
        name = space > 0 ? name.left(space) : name.left(MaxNameChars);
    }
    while (name.endsWith(QLatin1Char(':')) || name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.trimmed().isEmpty() ? QStringLiteral("Unnamed Cluster") : name.trimmed();
}

} // namespace gardener::naming
