// The Cloud Run Admin API's revisions, for when each revision was created and which commit it
// runs (docs/evidence.md, "Started with").
#include "core/gcp/cloudrunrevisions.h"
#include "core/gcp/googlerequest.h"

#include "core/evidence/codemapping.h"
#include "core/logs/logstore.h"
#include "core/util/waitfor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <memory>

namespace gardener::gcp {

QUrl defaultCloudRunEndpoint()
{
    return QUrl(QStringLiteral("https://run.googleapis.com"));
}

Result<QList<CloudRunRevision>> parseRevisions(const QByteArray &body, QString *nextPageToken)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("the Cloud Run revisions answer is not a JSON object (%1)")
                        .arg(error.errorString()),
                    QStringLiteral("revisions.list"), -1, error.offset);
    const QJsonObject root = doc.object();
    if (nextPageToken)
        *nextPageToken = root.value(QLatin1String("nextPageToken")).toString();
    QList<CloudRunRevision> out;
    const QJsonArray list = root.value(QLatin1String("revisions")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject r = list[i].toObject();
        CloudRunRevision rev;
        const QString name = r.value(QLatin1String("name")).toString();
        rev.name = name.section(QLatin1Char('/'), -1);
        if (rev.name.isEmpty())
            return fail(QStringLiteral("revision %1 has no name").arg(i + 1),
                        QStringLiteral("revisions.list"));
        rev.service = r.value(QLatin1String("service")).toString().section(QLatin1Char('/'), -1);
        const QString created = r.value(QLatin1String("createTime")).toString();
        if (!created.isEmpty()) {
            const QDateTime t = QDateTime::fromString(created, Qt::ISODateWithMs);
            if (!t.isValid())
                return fail(
                    QStringLiteral("revision %1 has a createTime that is not RFC 3339: '%2'")
                        .arg(rev.name, created),
                    QStringLiteral("revisions.list"));
            rev.createTimeNs = t.toMSecsSinceEpoch() * 1'000'000;
        }
        const QJsonObject labels = r.value(QLatin1String("labels")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            rev.labels.insert(it.key(), it.value().toString());
        for (const QJsonValue &c : r.value(QLatin1String("containers")).toArray())
            if (const QString image = c.toObject().value(QLatin1String("image")).toString();
                !image.isEmpty())
                rev.images << image;
        rev.commit = evidence::deployedCommit(rev.labels, rev.images.value(0));
        out << rev;
    }
    return out;
}

namespace {

struct Listing
{
    QNetworkAccessManager *network;
    BigQueryClient::TokenSource tokens;
    QUrl url;
    QString project;
    std::function<void(Result<QList<CloudRunRevision>>)> done;
    QList<CloudRunRevision> revisions;
    bool refreshed = false;
};

void nextPage(std::shared_ptr<Listing> l, const QString &pageToken, bool forceRefresh)
{
    l->tokens(forceRefresh, [l, pageToken](Result<QByteArray> token) {
        if (!token) {
            l->done(tl::unexpected(token.error()));
            return;
        }
        QUrl url = l->url;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
        if (!pageToken.isEmpty())
            query.addQueryItem(QStringLiteral("pageToken"), pageToken);
        url.setQuery(query);
        auto request = googleApiRequest(url, *token, std::chrono::seconds(60));
        if (!request) {
            l->done(tl::unexpected<Error>(request.error()));
            return;
        }
        QNetworkReply *reply = l->network->get(*request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, l, pageToken] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (status == 401 && !l->refreshed) {
                l->refreshed = true;
                nextPage(l, pageToken, true);
                return;
            }
            if (status != 200) {
                l->done(fail(QStringLiteral("Listing the Cloud Run revisions failed: %1")
                                 .arg(status == 0 ? reply->errorString()
                                                  : BigQueryClient::describeError(status, body,
                                                                                  l->project))));
                return;
            }
            QString next;
            auto page = parseRevisions(body, &next);
            if (!page) {
                l->done(tl::unexpected(page.error()));
                return;
            }
            l->revisions += *page;
            if (next.isEmpty())
                l->done(l->revisions);
            else
                nextPage(l, next, false);
        });
    });
}

} // namespace

void listCloudRunRevisions(QNetworkAccessManager *network,
                           const BigQueryClient::TokenSource &tokens, const QUrl &endpoint,
                           const QString &project, const QString &location, const QString &service,
                           std::function<void(Result<QList<CloudRunRevision>>)> done)
{
    if (auto ok = checkApiEndpoint(endpoint, QStringLiteral("The Cloud Run endpoint")); !ok) {
        done(tl::unexpected(ok.error()));
        return;
    }
    auto l = std::make_shared<Listing>();
    l->network = network;
    l->tokens = tokens;
    l->project = project;
    l->done = std::move(done);
    l->url = endpoint;
    QString base = l->url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    auto part = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    l->url.setPath(base + QStringLiteral("/v2/projects/%1/locations/%2/services/%3/revisions")
                              .arg(part(project), part(location), part(service)),
                   QUrl::TolerantMode);
    nextPage(l, {}, false);
}

void addRevisionFacts(const QList<CloudRunRevision> &revisions, QHash<QString, qint64> *createdNs,
                      QHash<QString, QString> *commits)
{
    for (const CloudRunRevision &r : revisions) {
        if (createdNs && r.createTimeNs > 0)
            createdNs->insert(r.name, r.createTimeNs);
        if (commits && !r.commit.isEmpty())
            commits->insert(r.name, r.commit);
    }
}

QList<QPair<QString, QString>> cloudRunServicesOf(const LogStore &store)
{
    QList<QPair<QString, QString>> out;
    for (size_t i = 0; i < store.size(); ++i) {
        if (store.resourceType(i) != "cloud_run_revision" || store.service(i).empty() ||
            store.location(i).empty())
            continue;
        const QPair<QString, QString> key{QString::fromUtf8(store.service(i)),
                                          QString::fromUtf8(store.location(i))};
        if (!out.contains(key))
            out << key;
    }
    return out;
}

QStringList fetchRevisionFacts(QNetworkAccessManager *network,
                               const BigQueryClient::TokenSource &tokens, const QUrl &endpoint,
                               const QString &project, const LogStore &store,
                               QHash<QString, qint64> *createdNs, QHash<QString, QString> *commits)
{
    QStringList warnings;
    for (const auto &[service, location] : cloudRunServicesOf(store)) {
        const auto revisions = waitFor<Result<QList<CloudRunRevision>>>([&](auto done) {
            listCloudRunRevisions(network, tokens, endpoint, project, location, service, done);
        });
        if (!revisions)
            warnings << QStringLiteral("revisions of %1 (%2) not listed: %3")
                            .arg(service, location, revisions.error().what);
        else
            addRevisionFacts(*revisions, createdNs, commits);
    }
    return warnings;
}

} // namespace gardener::gcp
