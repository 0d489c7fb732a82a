// Cloud Run revision creation times and commits for the deploy evidence, asked for once a
// collection has opened (docs/evidence.md, "Revision creation times and commits").
#include "widgets/gcp/collectdialog.h"

#include "core/gcp/cloudrunrevisions.h"
#include "core/gcp/googlecloudaccount.h"
#include "core/logs/logstore.h"
#include "core/session/session.h"

#include <QLineEdit>

namespace gardener::gcp {

void CollectDialog::fetchRevisionFacts()
{
    const auto store = m_session ? m_session->store() : nullptr;
    const QString project = m_project->text().trimmed();
    if (!store || project.isEmpty())
        return;
    auto services = cloudRunServicesOf(*store);
    if (services.isEmpty())
        return;
    withBigQueryTokens([this, project, services = std::move(services)] {
        m_cloud->lookUpRevisions(m_bqTokens, project, services, this, [this](RevisionFacts facts) {
            if (!facts.isEmpty())
                Q_EMIT revisionFactsReady(facts.createdNs, facts.commits);
        });
    });
}

} // namespace gardener::gcp
