#include "core/clustering/clusterengine.h"

#include "core/clustering/clustersnapshot.h"
#include "core/clustering/enginestate.h"
#include "core/clustering/maskerrules.h"
#include "core/logs/logstore.h"

#include <thread>

namespace gardener::clustering {

using namespace detail;

static quint64 traceHashOf(std::string_view trace)
{
    return trace.empty() ? 0 : (hashFast(trace) | 1);
}

// The engine reads a masked message's text and hashes, never its token views.
static MaskedMessage withoutTokens()
{
    MaskedMessage m;
    m.withTokens = false;
    return m;
}

size_t detail::Interner::memoryBytes() const
{
    size_t bytes = m_ids.size() * 48;
    for (const std::string &s : m_strings)
        bytes += sizeof(std::string) + (s.capacity() > 15 ? s.capacity() : 0);
    return bytes;
}

struct ClusterEngine::State : EngineState
{
    // What the serial part needs of a masked message. The text itself is only needed for a
    // new signature, which is rare: the message is masked again then, so the masking threads
    // hand over no strings.
    struct MaskedKey
    {
        quint64 hash = 0, hashHi = 0;
        std::array<quint64, 4> valueHash{};
        static MaskedKey of(const MaskedMessage &m) { return {m.hash, m.hashHi, m.valueHash}; }
    };
    MaskedMessage remasked = withoutTokens(); // the text of a new signature (serial part only)

    // Store entries name their service, revision, file and function by the store's pool
    // ids: a direct-mapped cache from pool id to our id skips comparing the strings. It is
    // only valid for one store, so addEntries clears it on every call.
    struct PoolCache
    {
        std::array<std::pair<quint32, quint32>, 256> entries{}; // pool id + 1, our id
        void clear() { entries.fill({0, 0}); }
    };
    PoolCache poolCache;

    quint32 internPooled(quint32 poolId, std::string_view s)
    {
        auto &slot = poolCache.entries[poolId & 255];
        if (slot.first == poolId + 1)
            return slot.second;
        slot = {poolId + 1, strings.intern(s)};
        return slot.second;
    }

    struct EntryIds
    {
        quint32 service = 0, revision = 0, file = 0, function = 0;
    };

    EntryIds idsOf(const EntryMeta &meta)
    {
        return {meta.service.empty() ? 0 : strings.intern(meta.service),
                meta.revision.empty() ? 0 : strings.intern(meta.revision),
                strings.intern(meta.sourceFile), strings.intern(meta.function)};
    }

    // The same for entry i of `store`, whose meta is `meta`, through the pool cache.
    EntryIds idsOf(const LogStore &store, size_t i, const EntryMeta &meta)
    {
        return {meta.service.empty() ? 0 : internPooled(store.serviceId(i), meta.service),
                meta.revision.empty() ? 0 : internPooled(store.revisionId(i), meta.revision),
                internPooled(store.sourceFileId(i), meta.sourceFile),
                internPooled(store.functionId(i), meta.function)};
    }

    quint32 locationOf(quint32 file, quint32 function)
    {
        const quint64 locKey = (quint64(file) << 32) | function;
        if (locKey == lastLocationKey)
            return lastLocation;
        auto [lit, newLoc] = locationIds.try_emplace(locKey, quint32(locations.size()));
        if (newLoc)
            locations.push_back({file, function});
        lastLocationKey = locKey;
        lastLocation = lit->second;
        return lit->second;
    }

    // The signature of (masked text, location): open addressing over signature ids, keyed by
    // the hash the masking threads already computed, so the serial part hashes nothing.
    quint32 signatureOf(const MaskedKey &m, quint32 location, bool *fresh)
    {
        if ((signatures.size() + 1) * 2 > signatureSlots.size())
            growSignatureSlots();
        const quint64 h = m.hash ^ (quint64(location) * 0x9E3779B97F4A7C15ull);
        const size_t mask = signatureSlots.size() - 1;
        for (size_t i = size_t(h ^ (h >> 31)) & mask;; i = (i + 1) & mask) {
            const quint32 slot = signatureSlots[i];
            if (slot == 0) {
                signatureSlots[i] = quint32(signatures.size() + 1);
                *fresh = true;
                return quint32(signatures.size());
            }
            const SignatureStats &s = signatures[slot - 1];
            // The 128-bit hash stands for the text (see hashFast128): comparing the text
            // itself cost more than any other step of adding an entry.
            if (s.hash == m.hash && s.hashHi == m.hashHi && s.location == location) {
                *fresh = false;
                return slot - 1;
            }
        }
    }

    void growSignatureSlots()
    {
        signatureSlots.assign(std::max<size_t>(1024, signatureSlots.size() * 2), 0);
        const size_t mask = signatureSlots.size() - 1;
        for (quint32 id = 0; id < signatures.size(); ++id) {
            const quint64 h =
                signatures[id].hash ^ (quint64(signatures[id].location) * 0x9E3779B97F4A7C15ull);
            size_t i = size_t(h ^ (h >> 31)) & mask;
            while (signatureSlots[i] != 0)
                i = (i + 1) & mask;
            signatureSlots[i] = id + 1;
        }
    }

    void add(const MaskedMessage &m, const EntryMeta &meta, quint64 traceHash)
    {
        add(MaskedKey::of(m), meta, idsOf(meta), traceHash,
            [&m] { return std::string_view(m.text); });
    }

    // `textOf` returns the masked text; it is called only for a new signature.
    template <class TextOf>
    void add(const MaskedKey &m, const EntryMeta &meta, const EntryIds &ids, quint64 traceHash,
             TextOf &&textOf, quint64 weight = 1, qint64 lastSeenNs = 0)
    {
        const quint32 location = locationOf(ids.file, ids.function);
        bool newSig = false;
        const quint32 sigId = signatureOf(m, location, &newSig);
        const quint64 entry = entrySignature.size();
        if (newSig) {
            signatures.emplace_back();
            SignatureStats &s = signatures.back();
            s.text = textOf();
            s.hash = m.hash;
            s.hashHi = m.hashHi;
            s.location = location;
            s.firstNs = s.lastNs = meta.timestampNs;
            s.firstEntry = s.lastEntry = entry;
        }
        SignatureStats &s = signatures[sigId];
        s.count += weight;
        if (meta.timestampNs != 0) {
            if (s.firstNs == 0 || meta.timestampNs < s.firstNs) {
                s.firstNs = meta.timestampNs;
                s.firstEntry = entry;
            }
            if (meta.timestampNs >= s.lastNs) {
                s.lastNs = meta.timestampNs;
                s.lastEntry = entry;
            }
        } else {
            s.lastEntry = std::max(s.lastEntry, entry);
        }
        if (lastSeenNs > s.lastNs) {
            s.lastNs = lastSeenNs;
            s.lastEntry = entry;
        }
        s.severities[size_t(severityIndex(meta.severity))] += weight;
        if (ids.service != 0)
            s.services.add(ids.service, 16, weight);
        if (ids.revision != 0)
            s.revisions.add(ids.revision, 16, weight);
        if (meta.line != 0)
            s.lines.add(quint32(meta.line), 8, weight);
        // Every valid status is kept (the list stays as short as the statuses seen), so the
        // topic of a request log never depends on the order its entries came in.
        if (meta.httpStatus >= 100 && meta.httpStatus <= 599)
            s.statuses.add(quint32(meta.httpStatus), 500, weight);
        for (size_t k = 0; k < m.valueHash.size(); ++k) {
            if (m.valueHash[k] == 0)
                continue;
            if (!s.values)
                s.values = std::make_unique<std::array<HashSet64, 4>>();
            auto &set = (*s.values)[k];
            if (set.size() < DistinctCap)
                set.insert(m.valueHash[k]);
        }
        entrySignature.push_back(sigId);
        entryTime.push_back(meta.timestampNs);
        entryTrace.push_back(traceHash);
        if (weight != 1 && entryWeight.empty())
            entryWeight.assign(entrySignature.size() - 1, 1);
        if (weight != 1 || !entryWeight.empty())
            entryWeight.push_back(weight);
    }
};

ClusterEngine::ClusterEngine(ClusterOptions options) : m_state(std::make_unique<State>())
{
    m_state->masker = Masker(options.userMasks, options.limits);
    m_state->options = std::move(options);
}

ClusterEngine::~ClusterEngine() = default;
ClusterEngine::ClusterEngine(ClusterEngine &&) noexcept = default;
ClusterEngine &ClusterEngine::operator=(ClusterEngine &&) noexcept = default;

void ClusterEngine::addMessage(std::string_view message, const EntryMeta &meta)
{
    thread_local MaskedMessage masked = withoutTokens();
    m_state->masker.mask(message, masked);
    m_state->add(masked, meta, traceHashOf(meta.trace));
}

void ClusterEngine::addWeighted(std::string_view message, const EntryMeta &meta, quint64 count,
                                qint64 lastSeenNs, quint64 distinctUsers)
{
    if (count == 0)
        return;
    thread_local MaskedMessage masked = withoutTokens();
    m_state->masker.mask(message, masked);
    m_state->add(
        State::MaskedKey::of(masked), meta, m_state->idsOf(meta), traceHashOf(meta.trace),
        [] { return std::string_view(masked.text); }, count, lastSeenNs);
    SignatureStats &sig = m_state->signatures[m_state->entrySignature.back()];
    sig.weightedUsers = std::max(sig.weightedUsers, distinctUsers);
}

static EntryMeta metaOf(const LogStore &store, size_t i)
{
    EntryMeta meta;
    meta.timestampNs = store.timestampNs(i);
    meta.severity = store.severity(i);
    meta.service = store.service(i);
    meta.revision = store.revision(i);
    meta.sourceFile = store.sourceFile(i);
    meta.function = store.function(i);
    meta.line = store.line(i);
    // meta.trace stays empty: addEntries hashes the store's trace itself (traceHash).
    meta.httpStatus = store.httpStatus(i);
    return meta;
}

bool ClusterEngine::addEntries(const LogStore &store, size_t from, size_t to,
                               const std::atomic_bool *cancel, const ProgressFn &progress)
{
    to = std::min(to, store.size());
    if (from != m_state->entrySignature.size() || from >= to)
        return from == m_state->entrySignature.size() || from >= to;
    m_state->poolCache.clear();
    // The app adds a file chunk by chunk: reserving exactly `to` each time would copy the
    // arrays on every call (quadratic in the entries); growing by half copies each a few times.
    if (to > m_state->entrySignature.capacity()) {
        const size_t had = m_state->entrySignature.capacity();
        const size_t capacity = std::max(to, had + had / 2);
        m_state->entrySignature.reserve(capacity);
        m_state->entryTime.reserve(capacity);
        m_state->entryTrace.reserve(capacity);
    }
    const int threads = std::max(1, m_state->options.threads);
    constexpr size_t Chunk = 8192, Block = 256;
    // Two buffers: while the calling thread interns chunk k (serial), a helper masks chunk
    // k + 1, and the calling thread joins the masking once it is done, block by block.
    std::vector<State::MaskedKey> masked[2] = {std::vector<State::MaskedKey>(Chunk),
                                               std::vector<State::MaskedKey>(Chunk)};
    std::vector<quint64> traceHash[2] = {std::vector<quint64>(Chunk), std::vector<quint64>(Chunk)};
    auto maskRange = [&](int buf, size_t begin, size_t a, size_t b) {
        thread_local MaskedMessage scratch = withoutTokens();
        for (size_t k = a; k < b; ++k) {
            m_state->masker.mask(store.message(begin + k), scratch);
            masked[buf][k] = State::MaskedKey::of(scratch);
            const StoredText trace = store.trace(begin + k);
            traceHash[buf][k] = traceHashOf(trace);
        }
    };
    auto maskChunk = [&](int buf, size_t begin, std::atomic_size_t &cursor) {
        const size_t n = std::min(to, begin + Chunk) - begin;
        for (;;) {
            const size_t a = cursor.fetch_add(Block, std::memory_order_relaxed);
            if (a >= n)
                return;
            maskRange(buf, begin, a, std::min(n, a + Block));
        }
    };
    {
        std::atomic_size_t cursor{0};
        if (threads > 1 && to - from >= 1024) {
            std::thread helper([&] { maskChunk(0, from, cursor); });
            maskChunk(0, from, cursor);
            helper.join();
        } else {
            maskChunk(0, from, cursor);
        }
    }
    int cur = 0;
    for (size_t begin = from; begin < to; begin += Chunk) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const size_t end = std::min(to, begin + Chunk);
        const size_t next = end;
        std::atomic_size_t cursor{0};
        std::thread helper;
        if (threads > 1 && next < to)
            helper = std::thread([&] { maskChunk(1 - cur, next, cursor); });
        State &st = *m_state;
        for (size_t k = 0; k < end - begin; ++k) {
            const size_t i = begin + k;
            const EntryMeta meta = metaOf(store, i);
            st.add(masked[cur][k], meta, st.idsOf(store, i, meta), traceHash[cur][k], [&] {
                st.masker.mask(store.message(i), st.remasked);
                return std::string_view(st.remasked.text);
            });
        }
        if (next < to)
            maskChunk(1 - cur, next, cursor);
        if (helper.joinable())
            helper.join();
        cur = 1 - cur;
        if (progress)
            progress(end - from, to - from);
    }
    return true;
}

ClusterSet ClusterEngine::snapshot(const std::atomic_bool *cancel, const ProgressFn &progress) const
{
    return buildSnapshot(*m_state, cancel, progress);
}

void ClusterEngine::setDecisions(ClusterDecisions decisions)
{
    m_state->options.decisions = std::move(decisions);
}

const ClusterDecisions &ClusterEngine::decisions() const
{
    return m_state->options.decisions;
}
const ClusterOptions &ClusterEngine::options() const
{
    return m_state->options;
}
const Masker &ClusterEngine::masker() const
{
    return m_state->masker;
}
size_t ClusterEngine::entryCount() const
{
    return m_state->entrySignature.size();
}
size_t ClusterEngine::distinctMessageCount() const
{
    return m_state->signatures.size();
}

size_t ClusterEngine::memoryBytes() const
{
    const EngineState &s = *m_state;
    size_t bytes = s.entrySignature.capacity() * 4 + s.entryTime.capacity() * 8 +
                   s.entryWeight.capacity() * 8 + s.entryTrace.capacity() * 8 +
                   s.strings.memoryBytes() + s.locations.capacity() * 8 +
                   s.locationIds.size() * 32 + s.signatureSlots.capacity() * 4;
    for (const SignatureStats &sig : s.signatures) {
        bytes += sizeof(SignatureStats) + sig.text.capacity();
        bytes += (sig.services.items.capacity() + sig.revisions.items.capacity() +
                  sig.lines.items.capacity() + sig.statuses.items.capacity()) *
                 16;
        if (sig.values)
            for (const auto &set : *sig.values)
                bytes += set.memoryBytes();
    }
    return bytes;
}

ClusterSet clusterStore(const LogStore &store, const ClusterOptions &options,
                        const std::atomic_bool *cancel, const ProgressFn &progress)
{
    ClusterEngine engine(options);
    if (!engine.addEntries(store, 0, store.size(), cancel, progress))
        return {};
    return engine.snapshot(cancel);
}

} // namespace gardener::clustering
