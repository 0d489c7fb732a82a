#include "core/session/collectionfeed.h"

#include "core/gcp/livecollection.h"
#include "core/session/session.h"

#include <memory>

namespace gardener {

void feedSession(gcp::LiveCollection *collection, Session *session)
{
    using gcp::LiveCollection;
    // beginStream() announces loadStarted too: that one is the collection's own, not a reason
    // to stop it.
    auto beginning = std::make_shared<bool>(false);
    QObject::connect(
        collection, &LiveCollection::streamStarting, session,
        [session, beginning](const QString &name, const LiveCollection::SavedEntries &saved) {
            *beginning = true;
            session->beginStream(name);
            *beginning = false;
            if (saved)
                session->appendPageFrom(saved); // read on the session's worker
        });
    QObject::connect(collection, &LiveCollection::pageCollected, session, &Session::appendPage);
    QObject::connect(collection, &LiveCollection::streamEnded, session, [session] {
        if (session->isStreaming())
            session->finishStream();
    });
    QObject::connect(session, &Session::loadCancelled, collection, [collection] {
        if (collection->isRunning())
            collection->cancel();
    });
    QObject::connect(session, &Session::loadStarted, collection, [collection, beginning] {
        if (collection->isRunning() && !*beginning)
            collection->cancel();
    });
}

} // namespace gardener
