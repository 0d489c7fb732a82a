#pragma once

#include "core/gcp/bigqueryanalysis.h"
#include "core/gcp/bigqueryclient.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace gardener::gcp {

class LogCollector;

// "--max-bytes-billed" and the app's cap: a number of bytes, or with a unit (500MB, 2GiB, 1TB).
std::optional<qint64> parseByteSize(const QString &text);
inline constexpr qint64 DefaultMaxBytesBilled = 1LL << 30; // 1 GiB, about US$0.006

// What to analyse in BigQuery (docs/google-cloud.md, "Large windows: BigQuery").
struct BigQueryRunOptions
{
    QString project;      // where the job runs; also the project whose links are listed
    QString dataset;      // PROJECT.LINK_ID; empty: the project's only linked dataset
    QString resourceType; // empty: every resource type
    QString service;
    QString minSeverity = QStringLiteral("WARNING");
    QDateTime start, end;
    QUrl bigqueryEndpoint; // empty: https://bigquery.googleapis.com
    QUrl loggingEndpoint;  // links and sample entries; empty: https://logging.googleapis.com
    qint64 maxBytesBilled = DefaultMaxBytesBilled;
    QString outputPath; // the representative export; the rows go to <out>.bigquery.json
};

// What the dry run said the query costs.
struct BigQueryEstimate
{
    QString dataset;
    qint64 bytesProcessed = 0;
    qint64 bytesBilled = 0; // at least 10 MiB, whole MiB
    qint64 cap = 0;
    double usd = 0; // on demand, list price
    bool overCap() const { return bytesBilled > cap; }
};

struct BigQueryOutcome
{
    BigQueryEstimate estimate;
    GroupedRowsFile file;         // empty when only the estimate was asked for
    int realSamples = 0;          // sample entries fetched by insertId
    QString exportPath, rowsPath; // written files
};

QString rowsFilePathFor(const QString &exportPath); // <export>.bigquery.json

// One analysis in BigQuery, asynchronous on the caller's thread (the app's UI thread never
// waits): the dataset (named, or the project's only linked one), the dry run (estimated() with
// bytes and cost; refused above the cap), the capped query with progress, then the few sample
// entries of each cluster fetched by insertId through entries:list, then the export and the
// rows file written on a worker thread. `estimateOnly` stops after the dry run. cancel() stops
// the running job on the server (jobs.cancel). Shared by `collect --engine bigquery` and the
// app's collect dialog.
class BigQueryRun : public QObject
{
    Q_OBJECT
public:
    enum class Stage
    {
        Idle,
        Datasets,
        DryRun,
        Query,
        Samples,
        Writing
    };

    BigQueryRun(QNetworkAccessManager *network, BigQueryClient::TokenSource tokens,
                QObject *parent = nullptr);
    ~BigQueryRun() override;

    // Lists the project's linked datasets; datasetsFound() follows.
    void findDatasets(const QString &project, const QUrl &loggingEndpoint);
    const Result<QStringList> &datasets() const { return m_datasets; }

    void start(const BigQueryRunOptions &options, bool estimateOnly);
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle; }
    Stage stage() const { return m_stage; }
    const BigQueryProgress &progress() const { return m_progress; }
    // Valid after estimated() (and after finished() when the dry run succeeded).
    const std::optional<BigQueryEstimate> &estimate() const { return m_estimate; }
    // Valid after finished().
    const Result<BigQueryOutcome> &result() const { return m_result; }

Q_SIGNALS:
    void datasetsFound();
    void estimated();
    void progressChanged();
    void retrying(const QString &reason, qint64 delayMs);
    void samplesFetched(int fetched, int wanted);
    void finished();

private:
    void withDataset(std::function<void(Result<QString>)> next);
    void dryRun(const QString &dataset);
    void runQuery();
    void onQueryDone(BigQueryClient *client);
    void fetchNextSamples();
    void writeFiles();
    void end(Result<BigQueryOutcome> result);
    BigQueryClient *newClient();

    QNetworkAccessManager *m_network;
    BigQueryClient::TokenSource m_tokens;
    Result<QStringList> m_datasets = fail(QStringLiteral("not listed"));
    BigQueryRunOptions m_options;
    bool m_estimateOnly = false;
    Stage m_stage = Stage::Idle;
    quint64 m_runId = 0;
    BigQueryRequest m_request;
    BigQueryClient *m_client = nullptr;  // a child; replaced per query
    LogCollector *m_collector = nullptr; // a child; replaced per call
    BigQueryProgress m_progress;
    std::optional<BigQueryEstimate> m_estimate;
    BigQueryOutcome m_outcome;
    QStringList m_wanted;
    qsizetype m_nextSample = 0;
    QHash<QString, QJsonObject> m_real;
    std::unique_ptr<QTemporaryDir> m_sampleDir;
    Result<BigQueryOutcome> m_result = fail(QStringLiteral("not started"));
};

} // namespace gardener::gcp
