#pragma once

#include "core/demo/demorender.h"

#include <string>
#include <string_view>

namespace gardener::demo {

// Everything one LogEntry needs, resolved by the generator; demoentry.cpp only formats it.
struct EntryData
{
    int templateIndex = 0;
    qint64 timeNs = 0;
    qint64 receiveNs = 0;
    bool nanoPrecision = false; // request logs carry ns, application logs µs
    std::string_view insertId;
    std::string_view logName;
    std::string_view service;
    std::string_view revision;
    std::string_view location;
    std::string_view project;
    std::string_view instanceId;
    std::string_view trace;  // full "projects/P/traces/<32 hex>" or empty
    std::string_view spanId; // or empty
    std::string_view message;
    std::string_view contextService;   // jsonPayload.context.service
    std::string_view requestUrlPrefix; // "https://host" for request logs
    const RequestFields *request = nullptr;
};

// Appends one LogEntry as JSON, keys in alphabetical order as gcloud prints them. `pretty`
// indents like `gcloud logging read --format=json` (the entry itself at `indent` spaces).
void appendEntry(std::string &out, const EntryData &entry, bool pretty, int indent);

} // namespace gardener::demo
