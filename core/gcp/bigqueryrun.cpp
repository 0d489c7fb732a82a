#include "core/gcp/bigqueryrun.h"

#include "core/gcp/logcollector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace gardener::gcp {

std::optional<qint64> parseByteSize(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kmgt]i?b?|b)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    double factor = 1;
    if (!unit.isEmpty() && unit != QLatin1String("b")) {
        const bool binary = unit.contains(QLatin1Char('i'));
        const int power = int(QStringLiteral("kmgt").indexOf(unit[0])) + 1;
        factor = std::pow(binary ? 1024.0 : 1000.0, power);
    }
    const double bytes = m.captured(1).toDouble() * factor;
    if (bytes < 1 || bytes > 9.0e18)
        return std::nullopt;
    return qint64(bytes);
}

QString rowsFilePathFor(const QString &exportPath)
{
    return exportPath + QStringLiteral(".bigquery.json");
}

namespace {

QUrl loggingOf(const BigQueryRunOptions &o)
{
    return o.loggingEndpoint.isEmpty() ? defaultLoggingEndpoint() : o.loggingEndpoint;
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()), path);
    return {};
}

// entries:list filter naming `ids` inside the window.
QString samplesFilter(const BigQueryRunOptions &o, const QStringList &ids)
{
    QStringList terms;
    for (const QString &id : ids)
        terms << QStringLiteral("insertId=\"%1\"")
                     .arg(QString(id)
                              .replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                              .replace(QLatin1Char('"'), QStringLiteral("\\\"")));
    return QStringLiteral("timestamp>=\"%1\" AND timestamp<=\"%2\" AND (%3)")
        .arg(o.start.toUTC().toString(Qt::ISODate), o.end.toUTC().toString(Qt::ISODate),
             terms.join(QStringLiteral(" OR ")));
}

struct Grouped
{
    Result<std::vector<GroupedRow>> rows = fail(QString());
    QStringList wanted;
};

} // namespace

BigQueryRun::BigQueryRun(QNetworkAccessManager *network, BigQueryClient::TokenSource tokens,
                         QObject *parent)
    : QObject(parent), m_network(network), m_tokens(std::move(tokens))
{
}

BigQueryRun::~BigQueryRun()
{
    ++m_runId; // late worker answers find no run
}

void BigQueryRun::findDatasets(const QString &project, const QUrl &loggingEndpoint)
{
    QPointer<BigQueryRun> self(this);
    listLinkedDatasets(m_network, m_tokens,
                       loggingEndpoint.isEmpty() ? defaultLoggingEndpoint() : loggingEndpoint,
                       project, [self](Result<QStringList> found) {
                           if (!self)
                               return;
                           self->m_datasets = std::move(found);
                           Q_EMIT self->datasetsFound();
                       });
}

BigQueryClient *BigQueryRun::newClient()
{
    if (m_client)
        m_client->deleteLater();
    auto *client = new BigQueryClient(m_network, m_tokens, this);
    m_client = client;
    connect(client, &BigQueryClient::progressChanged, this, [this, client] {
        m_progress = client->progress();
        Q_EMIT progressChanged();
    });
    connect(client, &BigQueryClient::retrying, this, &BigQueryRun::retrying);
    return client;
}

void BigQueryRun::start(const BigQueryRunOptions &options, bool estimateOnly)
{
    if (isRunning())
        return;
    m_options = options;
    m_estimateOnly = estimateOnly;
    m_estimate.reset();
    m_outcome = {};
    m_progress = {};
    m_real.clear();
    m_wanted.clear();
    const quint64 run = ++m_runId;
    m_stage = Stage::Datasets;
    withDataset([this, run](Result<QString> dataset) {
        if (run != m_runId)
            return;
        if (!dataset)
            end(tl::unexpected(dataset.error()));
        else
            dryRun(*dataset);
    });
}

void BigQueryRun::withDataset(std::function<void(Result<QString>)> next)
{
    if (!m_options.dataset.isEmpty()) {
        next(m_options.dataset);
        return;
    }
    const QString project = m_options.project;
    QPointer<BigQueryRun> self(this);
    listLinkedDatasets(
        m_network, m_tokens, loggingOf(m_options), project,
        [self, project, next](Result<QStringList> found) {
            if (!self)
                return;
            if (!found)
                next(tl::unexpected(found.error()));
            else if (found->size() > 1)
                next(fail(QStringLiteral("Project %1 has several linked datasets (%2): choose one.")
                              .arg(project, found->join(QStringLiteral(", ")))));
            else
                next(found->first());
        });
}

void BigQueryRun::dryRun(const QString &datasetName)
{
    const auto dataset = parseLinkedDataset(datasetName);
    if (!dataset) {
        end(tl::unexpected(dataset.error()));
        return;
    }
    GroupedQueryOptions q;
    q.dataset = *dataset;
    q.resourceType = m_options.resourceType;
    q.service = m_options.service;
    q.minSeverity = m_options.minSeverity;
    q.start = m_options.start;
    q.end = m_options.end.isValid() ? m_options.end : QDateTime::currentDateTimeUtc();
    m_options.end = q.end; // the sample entries are looked up in the same window
    const auto query = buildGroupedQuery(q);
    if (!query) {
        end(tl::unexpected(query.error()));
        return;
    }
    m_request = {};
    if (!m_options.bigqueryEndpoint.isEmpty())
        m_request.endpoint = m_options.bigqueryEndpoint;
    m_request.project = m_options.project;
    m_request.sql = query->sql;
    m_request.parameters = query->parameters;
    m_request.maximumBytesBilled = m_options.maxBytesBilled;
    m_request.dryRun = true;
    m_stage = Stage::DryRun;
    BigQueryClient *client = newClient();
    const QString name = dataset->name();
    connect(client, &BigQueryClient::finished, this, [this, client, name] {
        if (client != m_client || m_stage != Stage::DryRun)
            return; // a client of a cancelled run
        const auto &dry = client->result();
        if (!dry) {
            end(tl::unexpected(dry.error()));
            return;
        }
        BigQueryEstimate e;
        e.dataset = name;
        e.bytesProcessed = dry->bytesProcessed;
        e.bytesBilled = billedBytesFor(dry->bytesProcessed);
        e.cap = m_options.maxBytesBilled;
        e.usd = estimatedCostUsd(e.bytesBilled);
        m_estimate = e;
        m_outcome.estimate = e;
        Q_EMIT estimated();
        if (e.overCap())
            end(fail(QStringLiteral("The query would bill %1, over the cap of %2: raise the cap "
                                    "(e.g. %3 bytes) or shorten "
                                    "the window.")
                         .arg(formatBytes(e.bytesBilled), formatBytes(e.cap))
                         .arg(e.bytesBilled)));
        else if (m_estimateOnly)
            end(m_outcome);
        else
            runQuery();
    });
    client->start(m_request);
}

void BigQueryRun::runQuery()
{
    m_stage = Stage::Query;
    m_request.dryRun = false;
    BigQueryClient *client = newClient();
    connect(client, &BigQueryClient::finished, this, [this, client] { onQueryDone(client); });
    client->start(m_request);
}

void BigQueryRun::onQueryDone(BigQueryClient *client)
{
    if (client != m_client || m_stage != Stage::Query)
        return; // a client of a cancelled run
    const auto &result = client->result();
    if (!result) {
        end(tl::unexpected(result.error()));
        return;
    }
    m_progress = client->progress();
    m_outcome.file.dataset = m_outcome.estimate.dataset;
    m_outcome.file.bytesProcessed = result->bytesProcessed;
    m_outcome.file.bytesBilled = result->bytesBilled;
    // Reading the rows and clustering them to choose the samples is CPU work: off this thread.
    const quint64 run = m_runId;
    auto *watcher = new QFutureWatcher<Grouped>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        if (run != m_runId)
            return;
        Grouped g = watcher->result();
        if (!g.rows) {
            end(tl::unexpected(g.rows.error()));
            return;
        }
        m_outcome.file.rows = std::move(*g.rows);
        m_wanted = g.wanted;
        m_nextSample = 0;
        m_stage = Stage::Samples;
        m_sampleDir = std::make_unique<QTemporaryDir>();
        fetchNextSamples();
    });
    watcher->setFuture(QtConcurrent::run([data = *result] {
        Grouped g;
        g.rows = groupedRows(data);
        if (g.rows)
            g.wanted = sampleIdsToFetch(*g.rows);
        return g;
    }));
}

// The entries BigQuery named as samples, by insertId through entries:list (100 ids a call), so
// the table and the worklog quote real entries. A failure only costs the real entries: the
// representative ones stay.
void BigQueryRun::fetchNextSamples()
{
    if (m_nextSample >= m_wanted.size() || !m_sampleDir->isValid()) {
        writeFiles();
        return;
    }
    const QStringList ids = m_wanted.mid(m_nextSample, 100);
    CollectRequest request;
    request.endpoint = loggingOf(m_options);
    request.projectId = m_options.project;
    request.filter = samplesFilter(m_options, ids);
    request.outputPath = m_sampleDir->filePath(QStringLiteral("samples-%1.json").arg(m_nextSample));
    m_nextSample += ids.size();
    if (m_collector)
        m_collector->deleteLater();
    auto *collector = new LogCollector(m_network, m_tokens, this);
    m_collector = collector;
    connect(collector, &LogCollector::finished, this, [this, collector, request, ids] {
        if (!collector->result()) {
            m_nextSample = m_wanted.size(); // keep the representative entries for the rest
            Q_EMIT retrying(
                QStringLiteral("sample entries not fetched (%1); the representative entries stay")
                    .arg(collector->result().error().toString()),
                0);
        } else {
            QFile file(request.outputPath);
            if (file.open(QIODevice::ReadOnly))
                for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array()) {
                    const QJsonObject e = v.toObject();
                    const QString id = e.value(QLatin1String("insertId")).toString();
                    if (ids.contains(id))
                        m_real.insert(id, e);
                }
        }
        Q_EMIT samplesFetched(int(m_real.size()), int(m_wanted.size()));
        fetchNextSamples();
    });
    collector->start(request);
}

void BigQueryRun::writeFiles()
{
    m_stage = Stage::Writing;
    m_outcome.realSamples = int(m_real.size());
    m_outcome.exportPath = m_options.outputPath;
    m_outcome.rowsPath = rowsFilePathFor(m_options.outputPath);
    const quint64 run = m_runId;
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        if (run != m_runId)
            return;
        const Result<void> written = watcher->result();
        if (!written)
            end(tl::unexpected(written.error()));
        else
            end(m_outcome);
    });
    watcher->setFuture(QtConcurrent::run([outcome = m_outcome, real = m_real]() -> Result<void> {
        if (auto ok = writeFile(outcome.exportPath, representativeExport(outcome.file.rows, real));
            !ok)
            return ok;
        return writeFile(outcome.rowsPath, writeRowsFile(outcome.file));
    }));
}

void BigQueryRun::cancel()
{
    if (!isRunning())
        return;
    if (m_stage == Stage::DryRun || m_stage == Stage::Query) {
        if (BigQueryClient *client = m_client; client && client->isRunning()) {
            client->cancel(); // jobs.cancel; finished() of the client ends the run
            return;
        }
    }
    if (LogCollector *collector = m_collector)
        collector->disconnect(this);
    ++m_runId;
    end(fail(QStringLiteral("Cancelled")));
}

void BigQueryRun::end(Result<BigQueryOutcome> result)
{
    if (m_stage == Stage::Idle)
        return;
    if (LogCollector *collector = m_collector; collector && collector->isRunning())
        collector->cancel();
    m_stage = Stage::Idle;
    m_sampleDir.reset();
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace gardener::gcp
