#include "app/cli/clustercommand.h"

#include "core/clustering/clusterengine.h"
#include "core/logs/readjob.h"
#include "core/logs/timestamp.h"
#include "core/naming/clusternaming.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstring>

namespace gardener::cli {

using namespace clustering;

namespace {

// A JSON value as QJsonDocument::Indented writes it inside an array (for the same escaping).
QByteArray jsonValueText(const QJsonValue &v)
{
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

// True when `s` can be written between quotes as it is.
bool plainJsonString(std::string_view s)
{
    for (unsigned char c : s)
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\')
            return false;
    return true;
}

QString timeText(qint64 ns)
{
    return ns == 0 ? QStringLiteral("-") : formatRfc3339(ns);
}

QString severityMix(const SeverityCounts &counts)
{
    QStringList parts;
    for (int i = SeverityCount - 1; i >= 0; --i)
        if (counts[size_t(i)] > 0) {
            const std::string_view n = severityName(Severity(i));
            parts << QString::fromLatin1(n.data(), qsizetype(n.size())) + QLatin1Char(' ') +
                         QString::number(counts[size_t(i)]);
        }
    return parts.join(QStringLiteral(", "));
}

QString locationText(const IssueCluster &c)
{
    if (c.locations.empty())
        return {};
    const SourceLocationCount &l = c.locations.front();
    QString s = l.file;
    if (!l.function.isEmpty())
        s += QLatin1Char(':') + l.function;
    if (l.line > 0)
        s += QLatin1Char(':') + QString::number(l.line);
    return s;
}

QString mdEscape(QString s)
{
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    s.replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    return s;
}

struct Input
{
    std::shared_ptr<LogStore> store; // JSON exports
    // --text: the member id of entry e is its line in the file it came from ("N" for one
    // input, "path:N" for several), worked out when written rather than kept per message.
    struct TextFile
    {
        size_t firstEntry;
        QString path;
    };
    std::vector<TextFile> textFiles;
    size_t textEntries = 0;
    bool textSingleInput = true;
    ClusterSet set;
};

// `--members` lists every entry, millions for a large export: the list is written as it goes,
// in the layout QJsonDocument::Indented gives the whole document, instead of being built as
// one (which took about 1.5 KB per entry).
void writeWithMembers(QTextStream &out, const QJsonObject &root, const ClusterSet &set,
                      const Input &input)
{
    QByteArray head = QJsonDocument(root).toJson(QJsonDocument::Indented);
    head.chop(3); // "\n}\n": the members come after "clusters", in key order
    out << QString::fromUtf8(head) << ",\n    \"members\": [";
    std::vector<QByteArray> templateFp, clusterFp; // quoted, once per template
    for (const TemplateInfo &t : set.templates()) {
        templateFp.push_back(jsonValueText(t.fingerprint));
        clusterFp.push_back(jsonValueText(set.clusters()[t.cluster].fingerprint));
    }
    QByteArray chunk;
    for (size_t e = 0; e < set.entryCount(); ++e) {
        const quint32 t = set.templateOfEntry(e);
        chunk += e == 0 ? "\n        {\n            \"cluster\": "
                        : ",\n        {\n            \"cluster\": ";
        chunk += clusterFp[t];
        chunk += ",\n            \"id\": ";
        if (input.store) {
            const StoredText id = input.store->insertId(e);
            const std::string_view v = id;
            if (plainJsonString(v)) {
                chunk += '"';
                chunk.append(v.data(), qsizetype(v.size()));
                chunk += '"';
            } else {
                chunk += jsonValueText(QString::fromUtf8(v.data(), qsizetype(v.size())));
            }
        } else if (e < input.textEntries) {
            const auto file = std::upper_bound(input.textFiles.begin(), input.textFiles.end(), e,
                                               [](size_t v, const Input::TextFile &f) {
                                                   return v < f.firstEntry;
                                               }) -
                              1;
            const qint64 line = qint64(e - file->firstEntry) + 1;
            chunk +=
                input.textSingleInput
                    ? QByteArray::number(line)
                    : jsonValueText(QString(file->path + QLatin1Char(':') + QString::number(line)));
        } else {
            chunk += "null";
        }
        chunk += ",\n            \"template\": ";
        chunk += templateFp[t];
        chunk += "\n        }";
        if (chunk.size() > (1 << 16)) {
            out << QString::fromUtf8(chunk);
            chunk.clear();
        }
    }
    out << QString::fromUtf8(chunk) << "\n    ]\n}\n";
    out.flush();
}

// --text: each line of each file is one message. A file that cannot be opened is said and
// passed over: the status is then ExitFailure.
int readText(const QStringList &files, const ClusterOptions &options, Input &input,
             QTextStream &err)
{
    int status = ExitOk;
    ClusterEngine engine(options);
    input.textSingleInput = files.size() == 1;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << "loggardener cluster: " << path << ": " << f.errorString() << '\n';
            status = ExitFailure;
            continue;
        }
        // Mapped rather than read: no copy of the whole file, no page faults for one.
        const qint64 size = f.size();
        const uchar *mapped = size > 0 ? f.map(0, size) : nullptr;
        const QByteArray bytes = mapped ? QByteArray() : f.readAll();
        const char *data = mapped ? reinterpret_cast<const char *>(mapped) : bytes.constData();
        const size_t length = mapped ? size_t(size) : size_t(bytes.size());
        input.textFiles.push_back({input.textEntries, path});
        size_t pos = 0;
        while (pos < length) {
            const void *nl = std::memchr(data + pos, '\n', length - pos);
            const size_t end = nl ? size_t(static_cast<const char *>(nl) - data) : length;
            size_t stop = end;
            if (stop > pos && data[stop - 1] == '\r')
                --stop;
            engine.addMessage(std::string_view(data + pos, stop - pos));
            ++input.textEntries;
            pos = end + 1;
        }
    }
    if (status == ExitOk || input.textEntries > 0)
        input.set = engine.snapshot();
    return status;
}

// Says on `err` what of the exports could not be read or was skipped. ExitFailure when nothing
// could be read, ExitPartial when some was lost.
int readStatus(const ReadOutcome &outcome, QTextStream &err)
{
    for (const Error &e : outcome.failures)
        err << "loggardener cluster: " << e.toString() << '\n';
    quint64 skipped = 0;
    bool damaged = false;
    for (const ReadReport &r : outcome.reports) {
        skipped += r.skipped;
        damaged = damaged || !r.complete();
        // A cut or corrupt gzip, a limit reached: said, never silent.
        for (const Error &e : r.problems)
            err << "loggardener cluster: " << e.toString() << '\n';
    }
    if (!outcome.failures.isEmpty() && outcome.reports.isEmpty()) {
        err.flush();
        return ExitFailure;
    }
    if (damaged && outcome.store->size() == 0) {
        err << "loggardener cluster: no entry could be read\n";
        err.flush();
        return ExitFailure;
    }
    if (!outcome.failures.isEmpty() || skipped > 0 || damaged) {
        err << "loggardener cluster: " << skipped << " entries skipped\n";
        return ExitPartial;
    }
    return ExitOk;
}

QJsonObject clusterJson(const IssueCluster &c, const ClusterSet &set)
{
    QJsonObject sev;
    for (int i = 0; i < SeverityCount; ++i)
        if (c.severities[size_t(i)] > 0)
            sev[fromView(severityName(Severity(i)))] = qint64(c.severities[size_t(i)]);
    QJsonArray templates;
    for (quint32 t : c.templates) {
        const TemplateInfo &ti = set.templates()[t];
        templates.append(QJsonObject{{QStringLiteral("fingerprint"), ti.fingerprint},
                                     {QStringLiteral("template"), ti.text},
                                     {QStringLiteral("count"), qint64(ti.count)}});
    }
    QJsonObject o{{QStringLiteral("fingerprint"), c.fingerprint},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("count"), qint64(c.count)},
                  {QStringLiteral("first_seen"), timeValue(c.firstSeenNs)},
                  {QStringLiteral("last_seen"), timeValue(c.lastSeenNs)},
                  {QStringLiteral("severities"), sev},
                  {QStringLiteral("templates"), templates},
                  {QStringLiteral("explanation"), c.explanation}};
    if (!c.locations.empty())
        o[QStringLiteral("location")] = locationText(c);
    return o;
}

void writeJsonReport(const Input &input, bool withMembers, QTextStream &out)
{
    const ClusterSet &set = input.set;
    QJsonArray clusters;
    for (const IssueCluster &c : set.clusters())
        clusters.append(clusterJson(c, set));
    QJsonObject root{{QStringLiteral("clusters"), clusters}};
    if (withMembers && set.entryCount() > 0) {
        writeWithMembers(out, root, set, input);
        return;
    }
    if (withMembers)
        root[QStringLiteral("members")] = QJsonArray(); // no entries: nothing to stream
    writeJson(out, root);
}

void printMarkdown(const ClusterSet &set, QTextStream &out)
{
    out << "| # | Cluster | Count | First seen | Last seen | Severities | Location |\n"
        << "|---|---|---|---|---|---|---|\n";
    int i = 0;
    for (const IssueCluster &c : set.clusters())
        out << "| " << ++i << " | " << mdEscape(c.name) << "<br>`" << c.fingerprint << "` | "
            << c.count << " | " << timeText(c.firstSeenNs) << " | " << timeText(c.lastSeenNs)
            << " | " << severityMix(c.severities) << " | " << mdEscape(locationText(c)) << " |\n";
    out << '\n';
    i = 0;
    for (const IssueCluster &c : set.clusters()) {
        out << "### " << ++i << ". " << mdEscape(c.name) << "\n\n";
        for (quint32 t : c.templates) {
            const TemplateInfo &ti = set.templates()[t];
            out << "- `" << ti.fingerprint << "` (" << ti.count << "): `" << ti.text << "`\n";
        }
        out << "\n*Why grouped:* "
            << QString(c.explanation).replace(QLatin1Char('\n'), QStringLiteral("; ")) << "\n\n";
    }
    out.flush();
}

void printTable(const ClusterSet &set, QTextStream &out)
{
    out << set.clusters().size() << " clusters, " << set.templates().size() << " templates, "
        << set.entryCount() << " entries\n\n";
    int i = 0;
    for (const IssueCluster &c : set.clusters()) {
        out << '#' << ++i << "  " << c.fingerprint << "  count " << c.count;
        const QString mix = severityMix(c.severities);
        if (!mix.isEmpty())
            out << "  [" << mix << ']';
        out << "\n    " << c.name << '\n';
        if (c.firstSeenNs)
            out << "    seen " << timeText(c.firstSeenNs) << " .. " << timeText(c.lastSeenNs)
                << '\n';
        const QString loc = locationText(c);
        if (!loc.isEmpty())
            out << "    at " << loc << '\n';
        for (quint32 t : c.templates) {
            const TemplateInfo &ti = set.templates()[t];
            out << "      " << ti.fingerprint << "  " << qSetFieldWidth(8) << ti.count
                << qSetFieldWidth(0) << "  " << ti.text << '\n';
        }
        if (c.templates.size() > 1)
            out << "    why: "
                << QString(c.explanation).replace(QLatin1Char('\n'), QStringLiteral("; ")) << '\n';
        out << '\n';
    }
    out.flush();
}

} // namespace

QString ClusterCommand::summary() const
{
    return QStringLiteral("group log entries into issue clusters with templates and stable "
                          "fingerprints");
}

int ClusterCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Masks the variable parts of messages, mines templates and groups them "
                       "into issue clusters. Fingerprints stay the same across runs."));
    const QCommandLineOption text(QStringLiteral("text"),
                                  QStringLiteral("Read plain text: each line is one message."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Output: table (default), json or markdown."),
                                    QStringLiteral("table|json|markdown"), QStringLiteral("table"));
    const QCommandLineOption members(
        QStringLiteral("members"),
        QStringLiteral("JSON: also list every entry's template and cluster."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Cluster the bundled demo export."));
    const QCommandLineOption decisions(QStringLiteral("decisions"),
                                       QStringLiteral("Apply saved merge/split decisions (JSON)."),
                                       QStringLiteral("FILE"));
    parser.addOptions({text, format, members, demo, decisions});
    addReadLimits(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Inputs to read."),
                                 QStringLiteral("FILE..."));
    if (auto exit = parseArguments(parser, name(), arguments, out, err))
        return *exit;

    const QString fmt = parser.value(format);
    const QStringList files = parser.positionalArguments();
    if (const QString bad = formatError(fmt, {"table", "json", "markdown"}); !bad.isEmpty())
        return usageError(err, name(), bad);
    if (files.isEmpty() && !parser.isSet(demo))
        return usageError(err, name(),
                          QStringLiteral("no input: give one or more FILEs, or --demo"));
    if (parser.isSet(text) && parser.isSet(demo))
        return usageError(err, name(), QStringLiteral("--text and --demo cannot be combined"));
    ReadOptions readOptions; // the limits apply to exports, not to --text
    if (const QString bad = readLimits(parser, readOptions); !bad.isEmpty() && !parser.isSet(text))
        return usageError(err, name(), bad);

    ClusterOptions options;
    if (parser.isSet(decisions)) {
        auto loaded = ClusterDecisions::load(parser.value(decisions));
        if (!loaded) {
            err << "loggardener cluster: " << loaded.error().toString() << '\n';
            err.flush();
            return ExitFailure;
        }
        options.decisions = std::move(*loaded);
    }

    Input input;
    int status = ExitOk;
    if (parser.isSet(text)) {
        status = readText(files, options, input, err);
        if (status != ExitOk && input.textEntries == 0)
            return status;
    } else {
        const ReadOutcome outcome = readExports(files, parser.isSet(demo), readOptions);
        status = readStatus(outcome, err);
        if (status == ExitFailure)
            return status;
        input.store = outcome.store;
        input.set = clusterStore(*input.store, options);
    }
    err.flush();
    // Human names by rules (no history here: the same rules give the same names every run).
    if (auto names = naming::clusterNames(input.set, input.store.get()))
        input.set = naming::withNames(input.set, *names);

    if (fmt == QLatin1String("json"))
        writeJsonReport(input, parser.isSet(members), out);
    else if (fmt == QLatin1String("markdown"))
        printMarkdown(input.set, out);
    else
        printTable(input.set, out);
    return status;
}

} // namespace gardener::cli
