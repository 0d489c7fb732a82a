#pragma once

#include "core/clustering/clusterdecisions.h"
#include "core/clustering/clusterset.h"
#include "core/clustering/masker.h"
#include "core/clustering/topics.h"
#include "core/logs/severity.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string_view>

namespace gardener {
class LogStore;
}

namespace gardener::clustering {

struct ClusterOptions
{
    std::vector<UserMask> userMasks;
    Masker::Limits limits;
    double similarity = 0.8; // template mining: share of equal constant words to join a template
    size_t maxTemplatesPerLeaf = 64; // caps work per parse-tree leaf on hostile input
    size_t splitDistinct = 3; // split a wildcard holding at most this many plain words (0: never)
    int threads = 2;          // masking threads used by addEntries
    bool groupIssues = true;  // false: every template is its own cluster
    bool groupByTopic = true; // join same-topic templates with evidence (docs: "Topics")
    std::vector<Topic> userTopics; // extend or add to builtInTopics(), see topicLexicon()
    ClusterDecisions decisions;    // re-applied by every snapshot
};

// What the engine needs of an entry besides its message (all optional).
struct EntryMeta
{
    qint64 timestampNs = 0;
    Severity severity = Severity::Default;
    std::string_view service;
    std::string_view revision;
    std::string_view sourceFile; // module or sourceLocation.file
    std::string_view function;
    qint32 line = 0;
    std::string_view trace;
    qint32 httpStatus = 0; // of a request log entry (httpRequest.status), 0 when none
};

// Reports progress of long calls: done and total units (entries, or steps of a snapshot).
using ProgressFn = std::function<void(quint64 done, quint64 total)>;

// Incremental clustering. Entries are added in order (entry i of the engine is the i-th entry
// added, so feeding LogStore pages [0,n), [n,m), ... keeps indices equal to store indices);
// snapshot() mines templates and groups clusters over everything added so far. The result
// depends only on the multiset of entries, not on how they were split into calls, nor on their
// order (up to entry indices in samples and members).
//
// Not thread-safe: one thread calls add*/snapshot (typically a worker via QtConcurrent);
// addEntries itself may use `threads` threads for masking. The ClusterSet returned is immutable
// and may be handed to any thread.
class ClusterEngine
{
public:
    explicit ClusterEngine(ClusterOptions options = {});
    ~ClusterEngine();
    ClusterEngine(ClusterEngine &&) noexcept;
    ClusterEngine &operator=(ClusterEngine &&) noexcept;

    // Adds store entries [from, to); `from` must equal entryCount(). Returns false (having
    // added a prefix, entryCount() tells how much) when `cancel` became true.
    bool addEntries(const LogStore &store, size_t from, size_t to,
                    const std::atomic_bool *cancel = nullptr, const ProgressFn &progress = {});
    void addMessage(std::string_view message, const EntryMeta &meta = {});
    // Adds one row that stands for `count` entries of this message and metadata, first seen at
    // meta.timestampNs and last at lastSeenNs, as a grouped query (BigQuery) returns them. It
    // takes one entry index and memory independent of `count`; counts, severities, services,
    // revisions, locations, first/last seen, time buckets and trends weigh it `count` times.
    // `distinctUsers`, when the row knows it, makes the cluster's distinct users at least that.
    void addWeighted(std::string_view message, const EntryMeta &meta, quint64 count,
                     qint64 lastSeenNs, quint64 distinctUsers = 0);

    // Mines and groups everything added so far. Returns an empty set if cancelled.
    ClusterSet snapshot(const std::atomic_bool *cancel = nullptr,
                        const ProgressFn &progress = {}) const;

    void setDecisions(ClusterDecisions decisions);
    const ClusterDecisions &decisions() const;
    const ClusterOptions &options() const;
    const Masker &masker() const;

    size_t entryCount() const;
    size_t distinctMessageCount() const; // distinct masked messages (signatures)
    size_t memoryBytes() const;          // approximate heap bytes of the engine's state

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// One-shot helper: clusters all entries of `store`.
ClusterSet clusterStore(const LogStore &store, const ClusterOptions &options = {},
                        const std::atomic_bool *cancel = nullptr, const ProgressFn &progress = {});

} // namespace gardener::clustering
