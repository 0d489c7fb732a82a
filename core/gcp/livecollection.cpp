#include "core/gcp/livecollection.h"

#include "core/gcp/tokenprovider.h"
#include "core/gcp/tokenrequest.h"
#include "core/secrets/secretstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace gardener::gcp {

namespace {
const QString kRecordSuffix = QStringLiteral(".collection.json");
const QString kStateSuffix = QStringLiteral(".state.json");
const QString kPartialSuffix = QStringLiteral(".partial");

QString orderBy(bool newestFirst)
{
    return newestFirst ? QStringLiteral("timestamp desc") : QStringLiteral("timestamp asc");
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The state ExportWriter left for this request, if it would resume it (same query).
QJsonObject resumableState(const CollectRequest &r)
{
    if (!QFileInfo::exists(r.outputPath + kPartialSuffix))
        return {};
    const QJsonObject state = readJson(r.outputPath + kStateSuffix);
    const QJsonObject query = state.value(QStringLiteral("query")).toObject();
    const bool same = query.value(QStringLiteral("endpoint")).toString() == r.endpoint.toString() &&
                      query.value(QStringLiteral("project")).toString() == r.projectId &&
                      query.value(QStringLiteral("filter")).toString() == r.filter &&
                      query.value(QStringLiteral("orderBy")).toString() == orderBy(r.newestFirst);
    return same ? state : QJsonObject();
}
} // namespace

QString defaultCollectionsFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("collections"));
}

QString collectionOutputPath(const QString &folder, const QString &profile,
                             const CollectRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &part :
         {profile, request.projectId, request.filter, orderBy(request.newestFirst)})
        hash.addData((part + QLatin1Char('\n')).toUtf8());
    QString stem = profile.isEmpty() ? request.projectId : profile;
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QDir(folder).filePath(
        QStringLiteral("%1-%2.json")
            .arg(stem, QString::fromLatin1(hash.result().toHex().left(12))));
}

Result<void> writeCollectionRecord(const CollectionRecord &record)
{
    const CollectRequest &r = record.request;
    QDir().mkpath(QFileInfo(r.outputPath).absolutePath());
    const QJsonObject o{
        {QStringLiteral("version"), 1},
        {QStringLiteral("profile"), record.profile},
        {QStringLiteral("project"), r.projectId},
        {QStringLiteral("endpoint"), r.endpoint.toString()},
        {QStringLiteral("filter"), r.filter},
        {QStringLiteral("orderBy"), orderBy(r.newestFirst)},
        {QStringLiteral("windowStart"), r.windowStart.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("windowEnd"), r.windowEnd.toUTC().toString(Qt::ISODate)},
    };
    QSaveFile file(r.outputPath + kRecordSuffix);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString(), file.fileName());
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(file.errorString(), file.fileName());
    return {};
}

QList<CollectionRecord> pendingCollections(const QString &folder)
{
    QList<CollectionRecord> out;
    const QDir dir(folder);
    const QStringList records = dir.entryList({QLatin1Char('*') + kRecordSuffix}, QDir::Files);
    for (const QString &name : records) {
        const QString output = dir.filePath(name.chopped(kRecordSuffix.size()));
        const QFileInfo state(output + kStateSuffix);
        if (!state.exists() || !QFileInfo::exists(output + kPartialSuffix))
            continue;
        const QJsonObject o = readJson(dir.filePath(name));
        CollectionRecord record;
        record.profile = o.value(QStringLiteral("profile")).toString();
        record.request.projectId = o.value(QStringLiteral("project")).toString();
        record.request.endpoint = QUrl(o.value(QStringLiteral("endpoint")).toString());
        record.request.filter = o.value(QStringLiteral("filter")).toString();
        record.request.newestFirst =
            o.value(QStringLiteral("orderBy")).toString() != QLatin1String("timestamp asc");
        record.request.windowStart =
            QDateTime::fromString(o.value(QStringLiteral("windowStart")).toString(), Qt::ISODate);
        record.request.windowEnd =
            QDateTime::fromString(o.value(QStringLiteral("windowEnd")).toString(), Qt::ISODate);
        record.request.outputPath = output;
        record.entries = readJson(state.filePath()).value(QStringLiteral("entries")).toInteger();
        record.savedUtc = state.lastModified().toUTC();
        if (record.request.projectId.isEmpty() || !record.request.endpoint.isValid())
            continue;
        out << record;
    }
    std::sort(out.begin(), out.end(), [](const CollectionRecord &a, const CollectionRecord &b) {
        return a.savedUtc > b.savedUtc;
    });
    return out;
}

void discardCollection(const QString &outputPath)
{
    for (const QString &suffix : {kPartialSuffix, kStateSuffix, kRecordSuffix})
        QFile::remove(outputPath + suffix);
}

int pruneCollections(const QString &folder, int keep)
{
    const QDir dir(folder);
    QFileInfoList finished;
    for (const QFileInfo &f :
         dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        const QString path = f.filePath();
        if (path.endsWith(kRecordSuffix) || path.endsWith(kStateSuffix) ||
            QFileInfo::exists(path + kStateSuffix) || QFileInfo::exists(path + kRecordSuffix))
            continue; // bookkeeping, or a collection that is interrupted or running
        finished << f;
    }
    int removed = 0;
    for (qsizetype i = qMax(0, keep); i < finished.size(); ++i)
        removed += QFile::remove(finished[i].filePath()) ? 1 : 0;
    return removed;
}

Result<QByteArray> collectedEntries(const QString &outputPath)
{
    const QString partial = outputPath + kPartialSuffix;
    const QJsonObject state = readJson(outputPath + kStateSuffix);
    if (!state.isEmpty() && QFileInfo::exists(partial)) {
        QFile file(partial);
        if (!file.open(QIODevice::ReadOnly))
            return fail(file.errorString(), partial);
        const qint64 committed = state.value(QStringLiteral("committedBytes")).toInteger(-1);
        if (committed < 1 || committed > file.size())
            return fail(QStringLiteral("The resume state does not match the partial output."),
                        partial);
        return file.read(committed) + "\n]\n"; // what ExportWriter::finish() appends
    }
    QFile file(outputPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Nothing has been collected yet (%1).").arg(file.errorString()),
                    outputPath);
    return file.readAll();
}

Result<qint64> saveCollectedExport(const QString &outputPath, const QString &target)
{
    // The same bytes as collectedEntries(), copied in chunks: a day of a busy service is a
    // gigabyte, which should neither sit in memory twice nor in memory at all.
    QString source = outputPath;
    qint64 length = -1;
    const QString partial = outputPath + kPartialSuffix;
    const QJsonObject state = readJson(outputPath + kStateSuffix);
    if (!state.isEmpty() && QFileInfo::exists(partial)) {
        source = partial;
        length = state.value(QStringLiteral("committedBytes")).toInteger(-1);
        if (length < 1 || length > QFileInfo(partial).size())
            return fail(QStringLiteral("The resume state does not match the partial output."),
                        partial);
    }
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Nothing has been collected yet (%1).").arg(in.errorString()),
                    source);
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("Cannot save the export: %1").arg(out.errorString()), target);
    qint64 remaining = length < 0 ? in.size() : length;
    qint64 written = 0;
    constexpr qint64 kChunk = 1 << 20;
    while (remaining > 0) {
        const QByteArray chunk = in.read(std::min(remaining, kChunk));
        if (chunk.isEmpty())
            return fail(
                QStringLiteral("Cannot read the collected entries: %1").arg(in.errorString()),
                source);
        if (out.write(chunk) != chunk.size())
            return fail(QStringLiteral("Cannot save the export: %1").arg(out.errorString()),
                        target);
        remaining -= chunk.size();
        written += chunk.size();
    }
    if (length >= 0) {
        static const QByteArray close("\n]\n"); // what ExportWriter::finish() appends
        if (out.write(close) != close.size())
            return fail(QStringLiteral("Cannot save the export: %1").arg(out.errorString()),
                        target);
        written += close.size();
    }
    if (!out.commit())
        return fail(QStringLiteral("Cannot save the export: %1").arg(out.errorString()), target);
    return written;
}

LiveCollection::LiveCollection(QNetworkAccessManager *network, secrets::SecretStore *secrets,
                               QObject *parent)
    : QObject(parent), m_network(network), m_secrets(secrets),
      m_collector(new LogCollector(
          network,
          [this](bool refresh, auto done) {
              if (!m_tokens) {
                  done(fail(QStringLiteral("Not signed in.")));
                  return;
              }
              if (refresh)
                  m_tokens->invalidate();
              m_tokens->accessToken(std::move(done));
          },
          this))
{
    connect(m_collector, &LogCollector::progressChanged, this, &LiveCollection::progressChanged);
    connect(m_collector, &LogCollector::retrying, this, &LiveCollection::retrying);
    connect(m_collector, &LogCollector::pageReceived, this,
            [this](const QByteArray &page, qint64 n) {
                if (n > 0)
                    Q_EMIT pageCollected(page);
            });
    connect(m_collector, &LogCollector::finished, this, [this] { end(m_collector->result()); });
}

LiveCollection::~LiveCollection() = default;

const CollectProgress &LiveCollection::progress() const
{
    return m_collector->progress();
}

bool LiveCollection::needsSignInAgain() const
{
    return !m_result && gcp::needsSignInAgain(m_result.error());
}

void LiveCollection::start(const Profile &profile, const CollectRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    m_profile = profile;
    m_request = request;
    m_result = fail(QStringLiteral("not finished"));
    const quint64 run = ++m_run;
    CollectionRecord record;
    record.profile = profile.name;
    record.request = request;
    if (auto written = writeCollectionRecord(record); !written) {
        end(tl::unexpected<Error>(written.error()));
        return;
    }
    // A resumed collection shows what earlier runs saved, then the new pages.
    SavedEntries saved;
    if (!resumableState(request).isEmpty()) {
        saved = [path = request.outputPath] {
            auto entries = collectedEntries(path);
            return entries ? *entries : QByteArray();
        };
    }
    Q_EMIT streamStarting(request.projectId, saved);
    Q_EMIT started();
    QPointer<LiveCollection> self(this);
    loadProfileCredentials(profile, *m_secrets, [self, run](Result<Credentials> credentials) {
        LiveCollection *me = self.data();
        if (!me || me->m_run != run || !me->m_running)
            return;
        if (!credentials) {
            me->end(tl::unexpected<Error>(credentials.error()));
            return;
        }
        me->collect(*credentials);
    });
}

void LiveCollection::collect(const Credentials &credentials)
{
    m_tokens = std::make_unique<TokenProvider>(m_network, credentials);
    m_collector->start(m_request);
}

void LiveCollection::cancel()
{
    if (!m_running)
        return;
    if (m_collector->isRunning()) {
        m_collector->cancel(); // finished() follows at once
        return;
    }
    ++m_run; // drop the credentials that are still being loaded
    end(fail(QStringLiteral("Cancelled before the first page.")));
}

void LiveCollection::end(Result<CollectSummary> result)
{
    if (!m_running)
        return;
    m_running = false;
    m_result = std::move(result);
    if (m_result)
        discardCollection(m_request.outputPath); // only the record is left; the output stays
    Q_EMIT streamEnded();
    Q_EMIT finished();
}

} // namespace gardener::gcp
