// Linked datasets of log buckets (Log Analytics), for choosing where BigQuery runs the query.
#include "core/gcp/bigqueryclient.h"
#include "core/gcp/googlerequest.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace gardener::gcp {

QString noLinkedDatasetHelp(const QString &project)
{
    return QStringLiteral(
               "Project %1 has no log bucket linked to BigQuery. Upgrade a bucket to Log Analytics "
               "and create a linked dataset: "
               "https://console.cloud.google.com/logs/storage?project=%1 "
               "(bucket _Default -> Upgrade -> Create a new BigQuery dataset that links to this "
               "bucket), or with gcloud: 'gcloud logging buckets update _Default --location=global "
               "--enable-analytics' then 'gcloud logging links create LINK_ID --bucket=_Default "
               "--location=global'. Then pass --dataset %1.LINK_ID.")
        .arg(project);
}

namespace {

// "bigquery.googleapis.com/projects/P/datasets/D" -> "P.D"
QString datasetName(const QString &resource)
{
    const QStringList parts = resource.split(QLatin1Char('/'));
    const qsizetype p = parts.indexOf(QStringLiteral("projects")),
                    d = parts.indexOf(QStringLiteral("datasets"));
    if (p < 0 || d < 0 || p + 1 >= parts.size() || d + 1 >= parts.size())
        return {};
    return parts[p + 1] + QLatin1Char('.') + parts[d + 1];
}

} // namespace

void listLinkedDatasets(QNetworkAccessManager *network, const BigQueryClient::TokenSource &tokens,
                        const QUrl &loggingEndpoint, const QString &project,
                        std::function<void(Result<QStringList>)> done)
{
    if (auto ok = checkApiEndpoint(loggingEndpoint, QStringLiteral("The Logging endpoint")); !ok) {
        done(tl::unexpected(ok.error()));
        return;
    }
    tokens(false, [network, loggingEndpoint, project, done](Result<QByteArray> token) {
        if (!token) {
            done(tl::unexpected(token.error()));
            return;
        }
        QUrl url = loggingEndpoint;
        QString base = url.path();
        if (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url.setPath(base +
                    QStringLiteral("/v2/projects/%1/locations/-/buckets/-/links").arg(project));
        auto request = googleApiRequest(url, *token, std::chrono::seconds(60));
        if (!request) {
            done(tl::unexpected<Error>(request.error()));
            return;
        }
        QNetworkReply *reply = network->get(*request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, project, done] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (status != 200) {
                done(fail(QStringLiteral("Listing the linked datasets failed: %1")
                              .arg(status == 0
                                       ? reply->errorString()
                                       : BigQueryClient::describeError(status, body, project))));
                return;
            }
            QStringList names;
            const QJsonArray links =
                QJsonDocument::fromJson(body).object().value(QLatin1String("links")).toArray();
            for (const QJsonValue &v : links) {
                const QJsonObject link = v.toObject();
                if (link.value(QLatin1String("lifecycleState"))
                        .toString(QStringLiteral("ACTIVE")) != QLatin1String("ACTIVE"))
                    continue;
                const QString name = datasetName(link.value(QLatin1String("bigqueryDataset"))
                                                     .toObject()
                                                     .value(QLatin1String("datasetId"))
                                                     .toString());
                if (!name.isEmpty())
                    names << name;
            }
            if (names.isEmpty())
                done(fail(noLinkedDatasetHelp(project)));
            else
                done(names);
        });
    });
}

} // namespace gardener::gcp
