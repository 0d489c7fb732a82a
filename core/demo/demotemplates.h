#pragma once

#include <QtGlobal>
#include <span>
#include <string_view>

namespace gardener::demo {

// What the demo generator knows about the messages it writes. Each entry comes from one
// template (its ground-truth "event"), and templates belong to issue clusters grouped the way
// a person triaging the logs would group them (an error and its fallback warning are one issue).
// The tables are static and immutable: safe to read from any thread.

enum class PayloadKind : quint8
{
    Json,    // jsonPayload {message, context, labels, timestamp}
    Text,    // textPayload (tracebacks, platform messages)
    Request, // httpRequest only (the request log of Cloud Run)
};

enum class LogStream : quint8
{
    Stderr,
    Stdout,
    Requests,
    System
};

struct DemoCluster
{
    const char *id;       // "C01"
    const char *name;     // a title like the ones in our worklogs
    const char *priority; // "P1" .. "P6": how the demo data is meant to be triaged
};

struct DemoTemplate
{
    const char *id;       // "T01"
    const char *cluster;  // "C01"
    const char *severity; // Cloud Logging severity name
    PayloadKind payload;
    LogStream stream;
    const char *module;   // jsonPayload.labels.module (and context.name when hasContext)
    const char *function; // jsonPayload.labels.function
    int line;             // jsonPayload.labels.line
    bool hasContext;
    // The message with <*> for each variable part. Request entries read
    // "<METHOD> <path> <status>"; multi-line text payloads list their lines with \n.
    const char *pattern;
    int weight;           // share of background traffic; 0 = only as the second half of a pair
    int burstWeight;      // share inside a burst of its cluster; 0 = never bursts
    quint8 firstRevision; // 0..2: the revisions (deploys) that emit it
    quint8 lastRevision;
    quint8 service;       // 0 main backend, 1 auth, 2 gateway, AnyService = every service
    const char *followUp; // template written right after this one, same trace; or nullptr
    int followMinUs;      // its delay after this entry, in microseconds
    int followMaxUs;
};

inline constexpr quint8 AnyService = 255;

std::span<const DemoTemplate> demoTemplates();
std::span<const DemoCluster> demoClusters();
// Index into demoTemplates() / demoClusters(), or -1.
int demoTemplateIndex(std::string_view id);
int demoClusterIndex(std::string_view id);

} // namespace gardener::demo
