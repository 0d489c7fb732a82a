#include "bigqueryanalysis.h"

#include "logs/logstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gardener::gcp {

Result<std::vector<GroupedRow>> groupedRows(const BigQueryResult &result)
{
    static const char *const names[GroupedColumnCount] = {
        "masked_message", "severity", "service", "revision", "source_file", "source_function", "source_line",
        "bucket", "entry_count", "first_seen", "last_seen", "example", "sample_ids"};
    if (result.fields.size() != size_t(GroupedColumnCount))
        return fail(QStringLiteral("the grouped query answered %1 columns, expected %2").arg(result.fields.size()).arg(int(GroupedColumnCount)));
    for (int c = 0; c < GroupedColumnCount; ++c)
        if (result.fields[size_t(c)].name != QLatin1String(names[c]))
            return fail(QStringLiteral("column %1 of the grouped query is '%2', expected '%3'")
                            .arg(c + 1).arg(result.fields[size_t(c)].name, QLatin1String(names[c])));
    std::vector<GroupedRow> rows;
    rows.reserve(result.rows.size());
    for (size_t i = 0; i < result.rows.size(); ++i) {
        const QVariantList &v = result.rows[i];
        GroupedRow r;
        r.masked = v[ColMasked].toString();
        r.severity = v[ColSeverity].toString();
        r.service = v[ColService].toString();
        r.revision = v[ColRevision].toString();
        r.file = v[ColFile].toString();
        r.function = v[ColFunction].toString();
        r.line = qint32(v[ColLine].toLongLong());
        r.bucketUs = v[ColBucket].toLongLong();
        r.firstUs = v[ColFirstSeen].toLongLong();
        r.lastUs = v[ColLastSeen].toLongLong();
        const qint64 count = v[ColEntries].toLongLong();
        r.example = v[ColExample].toString();
        r.sampleIds = v[ColSampleIds].toStringList();
        if (count <= 0 || r.firstUs <= 0 || r.lastUs < r.firstUs)
            return fail(QStringLiteral("grouped row %1 has count %2 and first/last seen %3/%4").arg(i + 1).arg(count).arg(r.firstUs).arg(r.lastUs),
                        QStringLiteral("BigQuery result"), qint64(i + 1));
        r.count = quint64(count);
        rows.push_back(std::move(r));
    }
    return rows;
}

quint64 representedEntries(const std::vector<GroupedRow> &rows)
{
    quint64 n = 0;
    for (const GroupedRow &r : rows)
        n += r.count;
    return n;
}

namespace {

QString rfc3339(qint64 micros)
{
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The message a row is mined from: a real one when BigQuery had one, else the masked text.
std::string messageOf(const GroupedRow &r)
{
    return (r.example.isEmpty() ? r.masked : r.example).toStdString();
}

Severity severityOf(const QString &name)
{
    return parseSeverity(name.toStdString()).value_or(Severity::Default);
}

} // namespace

QByteArray representativeExport(const std::vector<GroupedRow> &rows)
{
    QByteArray out = "[";
    for (size_t i = 0; i < rows.size(); ++i) {
        const GroupedRow &r = rows[i];
        QJsonObject labels{{QStringLiteral("service_name"), r.service}};
        if (!r.revision.isEmpty())
            labels.insert(QStringLiteral("revision_name"), r.revision);
        QJsonObject entry{
            {QStringLiteral("insertId"), r.sampleIds.isEmpty() ? QStringLiteral("bq-row-%1").arg(i) : r.sampleIds.first()},
            {QStringLiteral("timestamp"), rfc3339(r.firstUs)},
            {QStringLiteral("severity"), r.severity},
            {QStringLiteral("textPayload"), QString::fromStdString(messageOf(r))},
            {QStringLiteral("resource"), QJsonObject{{QStringLiteral("type"), QStringLiteral("cloud_run_revision")},
                                                     {QStringLiteral("labels"), labels}}},
            {QStringLiteral("labels"), QJsonObject{{QStringLiteral("loggardener/represents"), QString::number(r.count)},
                                                   {QStringLiteral("loggardener/last_seen"), rfc3339(r.lastUs)},
                                                   {QStringLiteral("loggardener/samples"), r.sampleIds.join(QLatin1Char(','))}}},
        };
        if (!r.file.isEmpty() || !r.function.isEmpty())
            entry.insert(QStringLiteral("sourceLocation"),
                         QJsonObject{{QStringLiteral("file"), r.file}, {QStringLiteral("function"), r.function},
                                     {QStringLiteral("line"), QString::number(r.line)}});
        if (i > 0)
            out += ',';
        out += QJsonDocument(entry).toJson(QJsonDocument::Compact);
    }
    return out + "]";
}

clustering::ClusterSet clusterRows(const std::vector<GroupedRow> &rows, const clustering::ClusterOptions &options)
{
    clustering::ClusterEngine engine(options);
    for (const GroupedRow &r : rows) {
        const std::string message = messageOf(r);
        const std::string service = r.service.toStdString(), revision = r.revision.toStdString();
        const std::string file = r.file.toStdString(), function = r.function.toStdString();
        clustering::EntryMeta meta;
        meta.timestampNs = r.firstUs * 1000;
        meta.severity = severityOf(r.severity);
        meta.service = service;
        meta.revision = revision;
        meta.sourceFile = file;
        meta.function = function;
        meta.line = r.line;
        engine.addWeighted(message, meta, r.count, r.lastUs * 1000);
    }
    return engine.snapshot();
}

Result<clustering::ClusterSet> clusterRepresentatives(const LogStore &store, const std::vector<GroupedRow> &rows,
                                                      const clustering::ClusterOptions &options)
{
    if (store.size() != rows.size())
        return fail(QStringLiteral("the representative entries (%1) do not match the grouped rows (%2)")
                        .arg(store.size()).arg(rows.size()));
    clustering::ClusterEngine engine(options);
    for (size_t i = 0; i < store.size(); ++i) {
        clustering::EntryMeta meta;
        meta.timestampNs = store.timestampNs(i);
        meta.severity = store.severity(i);
        meta.service = store.service(i);
        meta.revision = store.revision(i);
        meta.sourceFile = store.sourceFile(i);
        meta.function = store.function(i);
        meta.line = store.line(i);
        engine.addWeighted(store.message(i), meta, rows[i].count, rows[i].lastUs * 1000);
    }
    return engine.snapshot();
}

} // namespace gardener::gcp
