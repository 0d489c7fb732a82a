#include "core/gcp/bigqueryanalysis.h"

#include "core/logs/logstore.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gardener::gcp {

Result<std::vector<GroupedRow>> groupedRows(const BigQueryResult &result)
{
    static const char *const names[GroupedColumnCount] = {
        "masked_message",  "severity",    "service",    "revision",    "source_file",
        "source_function", "source_line", "bucket",     "entry_count", "first_seen",
        "last_seen",       "example",     "sample_ids", "http_status", "users"};
    if (result.fields.size() != size_t(GroupedColumnCount))
        return fail(QStringLiteral("the grouped query answered %1 columns, expected %2")
                        .arg(result.fields.size())
                        .arg(int(GroupedColumnCount)));
    for (int c = 0; c < GroupedColumnCount; ++c)
        if (result.fields[size_t(c)].name != QLatin1String(names[c]))
            return fail(QStringLiteral("column %1 of the grouped query is '%2', expected '%3'")
                            .arg(c + 1)
                            .arg(result.fields[size_t(c)].name, QLatin1String(names[c])));
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
        r.httpStatus = qint32(v[ColHttpStatus].toLongLong());
        r.users = quint64(std::max<qint64>(0, v[ColUsers].toLongLong()));
        if (count <= 0 || r.firstUs <= 0 || r.lastUs < r.firstUs)
            return fail(QStringLiteral("grouped row %1 has count %2 and first/last seen %3/%4")
                            .arg(i + 1)
                            .arg(count)
                            .arg(r.firstUs)
                            .arg(r.lastUs),
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

QByteArray representativeExport(const std::vector<GroupedRow> &rows,
                                const QHash<QString, QJsonObject> &real)
{
    QByteArray out = "[";
    for (size_t i = 0; i < rows.size(); ++i) {
        const GroupedRow &r = rows[i];
        const QJsonObject weight{
            {QStringLiteral("loggardener/represents"), QString::number(r.count)},
            {QStringLiteral("loggardener/last_seen"), rfc3339(r.lastUs)},
            {QStringLiteral("loggardener/samples"), r.sampleIds.join(QLatin1Char(','))}};
        if (!r.sampleIds.isEmpty() && real.contains(r.sampleIds.first())) {
            QJsonObject entry = real.value(r.sampleIds.first());
            QJsonObject labels = entry.value(QLatin1String("labels")).toObject();
            for (auto it = weight.begin(); it != weight.end(); ++it)
                labels.insert(it.key(), it.value());
            entry.insert(QStringLiteral("labels"), labels);
            if (i > 0)
                out += ',';
            out += QJsonDocument(entry).toJson(QJsonDocument::Compact);
            continue;
        }
        QJsonObject labels{{QStringLiteral("service_name"), r.service}};
        if (!r.revision.isEmpty())
            labels.insert(QStringLiteral("revision_name"), r.revision);
        QJsonObject entry{
            {QStringLiteral("insertId"),
             r.sampleIds.isEmpty() ? QStringLiteral("bq-row-%1").arg(i) : r.sampleIds.first()},
            {QStringLiteral("timestamp"), rfc3339(r.firstUs)},
            {QStringLiteral("severity"), r.severity},
            {QStringLiteral("textPayload"), QString::fromStdString(messageOf(r))},
            {QStringLiteral("resource"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("cloud_run_revision")},
                         {QStringLiteral("labels"), labels}}},
            {QStringLiteral("labels"), weight},
        };
        if (r.httpStatus != 0)
            entry.insert(QStringLiteral("httpRequest"),
                         QJsonObject{{QStringLiteral("status"), r.httpStatus}});
        if (!r.file.isEmpty() || !r.function.isEmpty())
            entry.insert(QStringLiteral("sourceLocation"),
                         QJsonObject{{QStringLiteral("file"), r.file},
                                     {QStringLiteral("function"), r.function},
                                     {QStringLiteral("line"), QString::number(r.line)}});
        if (i > 0)
            out += ',';
        out += QJsonDocument(entry).toJson(QJsonDocument::Compact);
    }
    return out + "]";
}

QStringList sampleIdsToFetch(const std::vector<GroupedRow> &rows, int limit)
{
    QStringList ids;
    const clustering::ClusterSet set = clusterRows(rows);
    for (const auto &c : set.clusters())
        for (const auto &s : c.samples) {
            const GroupedRow &r = rows[size_t(s.entry)];
            if (!r.sampleIds.isEmpty() && !ids.contains(r.sampleIds.first()) && ids.size() < limit)
                ids << r.sampleIds.first();
        }
    return ids;
}

clustering::ClusterSet clusterRows(const std::vector<GroupedRow> &rows,
                                   const clustering::ClusterOptions &options)
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
        meta.httpStatus = r.httpStatus;
        engine.addWeighted(message, meta, r.count, r.lastUs * 1000, r.users);
    }
    return engine.snapshot();
}

Result<clustering::ClusterSet> clusterRepresentatives(const LogStore &store,
                                                      const std::vector<GroupedRow> &rows,
                                                      const clustering::ClusterOptions &options)
{
    if (store.size() != rows.size())
        return fail(
            QStringLiteral("the representative entries (%1) do not match the grouped rows (%2)")
                .arg(store.size())
                .arg(rows.size()));
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
        meta.httpStatus = store.httpStatus(i);
        engine.addWeighted(store.message(i), meta, rows[i].count, rows[i].lastUs * 1000,
                           rows[i].users);
    }
    return engine.snapshot();
}

} // namespace gardener::gcp

namespace gardener::gcp {

std::vector<EntryWeight> rowWeights(const std::vector<GroupedRow> &rows)
{
    std::vector<EntryWeight> out;
    out.reserve(rows.size());
    for (const GroupedRow &r : rows)
        out.push_back({r.count, r.lastUs * 1000, r.users});
    return out;
}

LogSummary weightedSummary(const std::vector<GroupedRow> &rows)
{
    LogSummary s;
    QHash<QString, quint64> services;
    QHash<QPair<QString, QString>, quint64> revisions;
    for (const GroupedRow &r : rows) {
        s.entries += r.count;
        s.severities[size_t(severityIndex(severityOf(r.severity)))] += r.count;
        services[r.service] += r.count;
        if (!r.revision.isEmpty())
            revisions[{r.service, r.revision}] += r.count;
        if (s.firstNs == 0 || r.firstUs * 1000 < s.firstNs)
            s.firstNs = r.firstUs * 1000;
        s.lastNs = std::max(s.lastNs, r.lastUs * 1000);
    }
    for (auto it = services.cbegin(); it != services.cend(); ++it)
        s.services.append({it.key(), it.value()});
    std::sort(s.services.begin(), s.services.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    for (auto it = revisions.cbegin(); it != revisions.cend(); ++it)
        s.revisions.append({it.key().first, it.key().second, it.value()});
    std::sort(s.revisions.begin(), s.revisions.end(), [](const auto &a, const auto &b) {
        return a.service != b.service ? a.service < b.service : a.count > b.count;
    });
    return s;
}

QByteArray writeRowsFile(const GroupedRowsFile &file)
{
    QJsonArray rows;
    for (const GroupedRow &r : file.rows)
        rows.append(
            QJsonObject{{QStringLiteral("masked"), r.masked},
                        {QStringLiteral("severity"), r.severity},
                        {QStringLiteral("service"), r.service},
                        {QStringLiteral("revision"), r.revision},
                        {QStringLiteral("file"), r.file},
                        {QStringLiteral("function"), r.function},
                        {QStringLiteral("line"), r.line},
                        {QStringLiteral("http_status"), r.httpStatus},
                        {QStringLiteral("bucket_us"), QString::number(r.bucketUs)},
                        {QStringLiteral("first_us"), QString::number(r.firstUs)},
                        {QStringLiteral("last_us"), QString::number(r.lastUs)},
                        {QStringLiteral("count"), QString::number(r.count)},
                        {QStringLiteral("example"), r.example},
                        {QStringLiteral("users"), QString::number(r.users)},
                        {QStringLiteral("samples"), QJsonArray::fromStringList(r.sampleIds)}});
    const QJsonObject root{
        {QStringLiteral("engine"), QStringLiteral("bigquery")},
        {QStringLiteral("dataset"), file.dataset},
        {QStringLiteral("bytes_processed"), QString::number(file.bytesProcessed)},
        {QStringLiteral("bytes_billed"), QString::number(file.bytesBilled)},
        {QStringLiteral("rows"), rows}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<GroupedRowsFile> readRowsFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the BigQuery rows: %1").arg(f.errorString()), path);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(QLatin1String("engine")).toString() != QLatin1String("bigquery"))
        return fail(QStringLiteral("not a BigQuery rows file (%1)")
                        .arg(error.error != QJsonParseError::NoError
                                 ? error.errorString()
                                 : QStringLiteral("no \"engine\": \"bigquery\"")),
                    path, -1, error.offset);
    const QJsonObject root = doc.object();
    GroupedRowsFile out;
    out.dataset = root.value(QLatin1String("dataset")).toString();
    out.bytesProcessed = root.value(QLatin1String("bytes_processed")).toString().toLongLong();
    out.bytesBilled = root.value(QLatin1String("bytes_billed")).toString().toLongLong();
    const QJsonArray rows = root.value(QLatin1String("rows")).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows[i].toObject();
        GroupedRow r;
        r.masked = o.value(QLatin1String("masked")).toString();
        r.severity = o.value(QLatin1String("severity")).toString();
        r.service = o.value(QLatin1String("service")).toString();
        r.revision = o.value(QLatin1String("revision")).toString();
        r.file = o.value(QLatin1String("file")).toString();
        r.function = o.value(QLatin1String("function")).toString();
        r.line = o.value(QLatin1String("line")).toInt();
        r.httpStatus = o.value(QLatin1String("http_status")).toInt();
        r.bucketUs = o.value(QLatin1String("bucket_us")).toString().toLongLong();
        r.firstUs = o.value(QLatin1String("first_us")).toString().toLongLong();
        r.lastUs = o.value(QLatin1String("last_us")).toString().toLongLong();
        r.count = o.value(QLatin1String("count")).toString().toULongLong();
        r.users = o.value(QLatin1String("users")).toString().toULongLong();
        r.example = o.value(QLatin1String("example")).toString();
        for (const QJsonValue &s : o.value(QLatin1String("samples")).toArray())
            r.sampleIds << s.toString();
        if (r.count == 0 || r.firstUs <= 0 || r.lastUs < r.firstUs)
            return fail(
                QStringLiteral("row %1 has no count or an impossible first/last seen").arg(i + 1),
                path);
        out.rows.push_back(std::move(r));
    }
    return out;
}

} // namespace gardener::gcp
