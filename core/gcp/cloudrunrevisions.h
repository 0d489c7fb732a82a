#pragma once

#include "core/gcp/bigqueryclient.h"
#include "core/util/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace gardener {
class LogStore;
}

namespace gardener::gcp {

QUrl defaultCloudRunEndpoint(); // https://run.googleapis.com

// One revision of a Cloud Run service as the Admin API v2 describes it
// (projects.locations.services.revisions: name, createTime, labels, containers[].image).
struct CloudRunRevision
{
    QString name; // the revision id, "checkout-00645-xq" (last part of the resource name)
    QString service;
    qint64 createTimeNs = 0;
    QHash<QString, QString> labels;
    QStringList images; // containers[].image
    QString commit;     // from the labels (commit-sha, ...) or an image tag; may be empty
};

// Reads one `revisions.list` answer ({"revisions":[...],"nextPageToken":...}); an error names
// the revision and field that do not fit.
Result<QList<CloudRunRevision>> parseRevisions(const QByteArray &body, QString *nextPageToken);

// GET {endpoint}/v2/projects/P/locations/L/services/S/revisions, following nextPageToken, with
// the access token `tokens` hands out (a 401 refreshes it once). `done` runs once on the
// caller's thread with every revision, or with Google's error.
void listCloudRunRevisions(QNetworkAccessManager *network,
                           const BigQueryClient::TokenSource &tokens, const QUrl &endpoint,
                           const QString &project, const QString &location, const QString &service,
                           std::function<void(Result<QList<CloudRunRevision>>)> done);

// For the deploy evidence: creation times (revision -> ns) and deployed commits (revision ->
// sha) of the revisions that have them.
void addRevisionFacts(const QList<CloudRunRevision> &revisions, QHash<QString, qint64> *createdNs,
                      QHash<QString, QString> *commits);

// The Cloud Run services of a store's entries (resource.type cloud_run_revision) with the
// location each runs in, as (service, location) pairs.
QList<QPair<QString, QString>> cloudRunServicesOf(const LogStore &store);

// For `loggardener run`: lists the revisions of every Cloud Run service of `store` (waiting on a
// local event loop) and adds their creation times and commits. A service that cannot be listed
// is named in the returned warnings; the others still count.
QStringList fetchRevisionFacts(QNetworkAccessManager *network,
                               const BigQueryClient::TokenSource &tokens, const QUrl &endpoint,
                               const QString &project, const LogStore &store,
                               QHash<QString, qint64> *createdNs, QHash<QString, QString> *commits);

} // namespace gardener::gcp
