#pragma once

namespace gardener {
class Session;
namespace gcp {
class LiveCollection;
}

// Streams a live collection into the window's session: each run becomes the session's stream,
// its pages are clustered as they arrive, and what arrived stays open when the run ends,
// finished, failed or cancelled. Cancelling the load in the window stops the collection, and
// so does opening something else (the pages would have nowhere to go); the collection stays
// resumable. The connections last as long as both objects.
void feedSession(gcp::LiveCollection *collection, Session *session);

} // namespace gardener
