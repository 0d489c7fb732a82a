#pragma once

#include <QString>
#include <atomic>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gardener {
class LogStore;
}

namespace gardener::evidence {

// Per-entry attributes that the LogStore does not keep as columns, read once from each entry's
// JSON, plus the columns worth comparing, all as ids of (attribute, value) pairs ("facets").
//
// Attributes: revision, location, log name, http status (from the store's columns); instance
// (labels.instanceId), method and user agent (httpRequest), one "label K" per entry label key,
// "payload key" (each top-level jsonPayload key, several per entry). An attribute that reaches
// more than Options::maxValues distinct values is marked unusable (instance ids of a large
// fleet, request ids in labels) and takes no further values, so memory stays bounded.
//
// Also per entry: its Error Reporting group id (errorGroups[0].id), whether it carries a stack
// trace, and a commit the entry names in its labels (commit-sha, commit_sha, git_commit,
// git-sha, gitCommit).
//
// build() is long work (one JSON parse per entry): run it on a worker thread. The result is
// immutable and safe to read from any thread.
class AttributeIndex
{
public:
    struct Options
    {
        quint32 maxValues = 64;
    };

    static AttributeIndex build(const LogStore &store, const std::atomic_bool *cancel = nullptr);
    static AttributeIndex build(const LogStore &store, const Options &options,
                                const std::atomic_bool *cancel = nullptr);

    size_t entryCount() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }
    bool cancelled() const { return m_cancelled; }

    quint32 attributeCount() const { return quint32(m_attributes.size()); }
    const QString &attributeName(quint32 attribute) const { return m_attributes[attribute].name; }
    bool usable(quint32 attribute) const { return !m_attributes[attribute].saturated; }

    quint32 valueCount() const { return quint32(m_values.size()); }
    quint32 attributeOf(quint32 value) const { return m_values[value].attribute; }
    const QString &valueText(quint32 value) const { return m_values[value].text; }
    quint64 totalCount(quint32 value) const { return m_values[value].count; }

    std::span<const quint32> valuesOf(size_t entry) const
    {
        return {m_facets.data() + m_offsets[entry], m_offsets[entry + 1] - m_offsets[entry]};
    }

    QString errorGroup(size_t entry) const { return m_strings[m_errorGroup[entry]]; }
    bool hasStackTrace(size_t entry) const { return m_stack[entry] != 0; }
    QString commit(size_t entry) const { return m_strings[m_commit[entry]]; }

    // Heap bytes, for benchmarks.
    size_t memoryBytes() const;

private:
    friend class IndexBuilder;
    struct Attribute
    {
        QString name;
        quint32 distinct = 0;
        bool saturated = false;
    };
    struct Value
    {
        quint32 attribute = 0;
        QString text;
        quint64 count = 0;
    };
    std::vector<Attribute> m_attributes;
    std::vector<Value> m_values;
    std::vector<quint64> m_offsets; // entry -> first facet in m_facets; size entries + 1
    std::vector<quint32> m_facets;
    std::vector<quint32> m_errorGroup; // ids into m_strings, 0 = none
    std::vector<quint32> m_commit;
    std::vector<quint8> m_stack;
    std::vector<QString> m_strings{QString()};
    bool m_cancelled = false;
};

// True when `text` looks like a stack trace: a Python traceback, Java/JavaScript "at ..." frames
// or a Go goroutine dump.
bool looksLikeStackTrace(std::string_view text);

} // namespace gardener::evidence
