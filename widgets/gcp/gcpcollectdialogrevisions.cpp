// Cloud Run revision creation times and commits for the deploy evidence, asked for once a
// collection has opened (docs/evidence.md, "Revision creation times and commits").
#include "widgets/gcp/gcpcollectdialog.h"

#include "core/gcp/cloudrunrevisions.h"
#include "core/gcp/tokenprovider.h"
#include "core/logs/logstore.h"
#include "core/session/session.h"

#include <QLineEdit>

namespace gardener::gcp {

namespace {

struct RevisionFacts
{
    QList<QPair<QString, QString>> services; // (service, location) still to list
    QHash<QString, qint64> createdNs;
    QHash<QString, QString> commits;
};

} // namespace

void CollectDialog::fetchRevisionFacts()
{
    const auto store = m_session ? m_session->store() : nullptr;
    const QString project = m_project->text().trimmed();
    if (!store || project.isEmpty())
        return;
    auto facts = std::make_shared<RevisionFacts>();
    facts->services = cloudRunServicesOf(*store);
    if (facts->services.isEmpty())
        return;
    withBigQueryTokens([this, facts, project] {
        // One service after the other; a service that cannot be listed (no permission, a
        // sign-in without the cloud-platform scope) only loses its own facts.
        auto next = std::make_shared<std::function<void()>>();
        QPointer<CollectDialog> self(this);
        *next = [self, facts, project, next] {
            CollectDialog *me = self.data();
            if (!me)
                return;
            if (facts->services.isEmpty()) {
                if (!facts->createdNs.isEmpty() || !facts->commits.isEmpty())
                    emit me->revisionFactsReady(facts->createdNs, facts->commits);
                *next = nullptr; // ends the cycle through the capture
                return;
            }
            const auto [service, location] = facts->services.takeFirst();
            const QUrl endpoint = me->m_services.cloudRunEndpoint.isEmpty()
                                      ? defaultCloudRunEndpoint()
                                      : me->m_services.cloudRunEndpoint;
            listCloudRunRevisions(
                me->m_services.network,
                [self](bool refresh, std::function<void(Result<QByteArray>)> done) {
                    CollectDialog *d = self.data();
                    if (!d || !d->m_bqTokens) {
                        done(fail(QStringLiteral("Not signed in.")));
                        return;
                    }
                    if (refresh)
                        d->m_bqTokens->invalidate();
                    d->m_bqTokens->accessToken(std::move(done));
                },
                endpoint, project, location, service,
                [facts, next](Result<QList<CloudRunRevision>> revisions) {
                    if (revisions)
                        addRevisionFacts(*revisions, &facts->createdNs, &facts->commits);
                    if (*next)
                        (*next)();
                });
        };
        (*next)();
    });
}

} // namespace gardener::gcp
