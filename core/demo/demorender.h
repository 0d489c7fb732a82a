#pragma once

#include "core/demo/demorandom.h"

#include <string>
#include <string_view>

namespace gardener::demo {

// Values the second entry of a pair repeats from the first (same user, same connection), so
// the pair reads as one event in the logs.
struct PairContext
{
    int user = 1;       // demo-user-NNN
    quint64 userId = 0; // the 8-digit database id
    quint64 connection = 0;
    quint64 thread = 0;
    int domain = 0;
    int state = 0;
};

// Names of the place an entry comes from, used inside some messages.
struct RenderPlace
{
    std::string_view revision;
    std::string_view instanceId;
};

// What the request log of Cloud Run records for one HTTP request.
struct RequestFields
{
    const char *method = "GET";
    std::string path; // path and query, without the host
    int status = 200;
    double latencySecs = 0;
    qint64 requestSize = 0;
    qint64 responseSize = 0;
    const char *userAgent = "";
    std::string remoteIp;
};

// Appends the message of template `index` (an index into demoTemplates()) to `out`. `pair`
// is filled by a template that has a follow-up and read by the follow-up. `timeNs` is the
// entry's time (some ids embed it).
void renderMessage(int index, DemoRandom &rng, PairContext &pair, qint64 timeNs,
                   const RenderPlace &place, std::string &out);
// Fills the request of a PayloadKind::Request template.
void renderRequest(int index, DemoRandom &rng, PairContext &pair, RequestFields &request);
// The text the request templates' patterns describe: "<METHOD> <path without query> <status>".
std::string requestSummary(const RequestFields &request);

} // namespace gardener::demo
