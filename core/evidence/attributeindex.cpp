#include "core/evidence/attributeindex.h"

#include "core/logs/logstore.h"

#include <simdjson.h>

#include <algorithm>
#include <array>

using namespace simdjson;

namespace gardener::evidence {

namespace {

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

bool isCommitLabel(std::string_view key)
{
    static constexpr std::array<std::string_view, 5> names = {"commit-sha", "commit_sha",
                                                              "git_commit", "git-sha", "gitCommit"};
    return std::find(names.begin(), names.end(), key) != names.end();
}

bool isStackField(std::string_view key)
{
    return key == "stack_trace" || key == "stackTrace" || key == "stack" || key == "exception" ||
           key == "traceback";
}

} // namespace

bool looksLikeStackTrace(std::string_view t)
{
    if (t.find("Traceback (most recent call last)") != std::string_view::npos ||
        t.find("goroutine ") != std::string_view::npos)
        return true;
    // Java / JavaScript frames: a line that starts with "at " after indentation.
    for (size_t p = t.find("\n"); p != std::string_view::npos; p = t.find('\n', p + 1)) {
        size_t q = p + 1;
        while (q < t.size() && (t[q] == ' ' || t[q] == '\t'))
            ++q;
        if (q > p + 1 && t.substr(q, 3) == "at ")
            return true;
    }
    return false;
}

// Fills an AttributeIndex; one instance per build, one thread.
class IndexBuilder
{
public:
    IndexBuilder(AttributeIndex &index, const AttributeIndex::Options &options)
        : m_index(index), m_options(options)
    {
        m_revision = attribute("revision");
        m_instance = attribute("instance");
        m_location = attribute("location");
        m_status = attribute("http status");
        m_method = attribute("method");
        m_userAgent = attribute("user agent");
        m_logName = attribute("log name");
        m_payloadKey = attribute("payload key");
    }

    quint32 attribute(std::string_view name)
    {
        auto it = m_attributeIds.find(std::string(name));
        if (it != m_attributeIds.end())
            return it->second;
        const auto id = quint32(m_index.m_attributes.size());
        m_index.m_attributes.push_back({text(name)});
        m_attributeIds.emplace(std::string(name), id);
        return id;
    }

    // Adds (attribute, value) to the current entry, once.
    void facet(quint32 attribute, std::string_view value)
    {
        if (value.empty())
            return;
        auto &attr = m_index.m_attributes[attribute];
        std::string key;
        key.reserve(value.size() + 5);
        key.append(reinterpret_cast<const char *>(&attribute), sizeof attribute);
        key.append(value);
        auto it = m_valueIds.find(key);
        quint32 id;
        if (it != m_valueIds.end()) {
            id = it->second;
        } else {
            if (attr.saturated)
                return;
            if (attr.distinct >= m_options.maxValues) {
                attr.saturated = true;
                return;
            }
            ++attr.distinct;
            id = quint32(m_index.m_values.size());
            m_index.m_values.push_back({attribute, text(value), 0});
            m_valueIds.emplace(std::move(key), id);
        }
        auto &facets = m_index.m_facets;
        if (std::find(facets.begin() + qsizetype(m_entryStart), facets.end(), id) != facets.end())
            return;
        facets.push_back(id);
        ++m_index.m_values[id].count;
    }

    quint32 string(std::string_view v)
    {
        if (v.empty())
            return 0;
        auto it = m_stringIds.find(std::string(v));
        if (it != m_stringIds.end())
            return it->second;
        const auto id = quint32(m_index.m_strings.size());
        m_index.m_strings.push_back(text(v));
        m_stringIds.emplace(std::string(v), id);
        return id;
    }

    void addEntry(const LogStore &store, size_t i)
    {
        m_entryStart = m_index.m_facets.size();
        m_errorGroup = m_commit = 0;
        m_stack = false;
        facet(m_revision, store.revision(i));
        facet(m_location, store.location(i));
        facet(m_logName, store.logName(i));
        if (store.httpStatus(i) > 0)
            facet(m_status, std::to_string(store.httpStatus(i)));
        parseJson(store.rawJson(i));
        m_index.m_errorGroup.push_back(m_errorGroup);
        m_index.m_commit.push_back(m_commit);
        m_index.m_stack.push_back(m_stack ? 1 : 0);
        m_index.m_offsets.push_back(m_index.m_facets.size());
    }

private:
    // Reads what the store does not keep; a malformed part ends the entry's parse quietly (the
    // reader has already accepted or rejected the entry as a whole).
    void parseJson(const QByteArray &raw)
    {
        if (raw.isEmpty())
            return;
        m_buffer.assign(raw.constData(), size_t(raw.size()));
        m_buffer.append(SIMDJSON_PADDING, '\0');
        ondemand::document doc;
        if (m_parser.iterate(m_buffer.data(), size_t(raw.size()), m_buffer.size()).get(doc))
            return;
        ondemand::object obj;
        if (doc.get_object().get(obj))
            return;
        for (auto field : obj) {
            std::string_view key;
            if (field.unescaped_key().get(key))
                return;
            ondemand::value v;
            if (field.value().get(v))
                return;
            if (key == "labels")
                labels(v);
            else if (key == "httpRequest")
                httpRequest(v);
            else if (key == "jsonPayload")
                jsonPayload(v);
            else if (key == "textPayload")
                m_stack = m_stack || stackText(v);
            else if (key == "errorGroups")
                errorGroups(v);
        }
    }

    static bool stringOf(ondemand::value v, std::string_view &out)
    {
        ondemand::json_type t;
        return !v.type().get(t) && t == ondemand::json_type::string && !v.get_string().get(out);
    }

    bool stackText(ondemand::value v)
    {
        std::string_view s;
        return stringOf(v, s) && looksLikeStackTrace(s);
    }

    void labels(ondemand::value v)
    {
        ondemand::object obj;
        if (v.get_object().get(obj))
            return;
        for (auto field : obj) {
            std::string_view key, value;
            ondemand::value lv;
            if (field.unescaped_key().get(key) || field.value().get(lv))
                return;
            if (!stringOf(lv, value))
                continue;
            if (key == "instanceId" || key == "instance_id")
                facet(m_instance, value);
            else if (isCommitLabel(key))
                m_commit = string(value);
            else
                facet(attribute(std::string("label ") + std::string(key)), value);
        }
    }

    void httpRequest(ondemand::value v)
    {
        ondemand::object obj;
        if (v.get_object().get(obj))
            return;
        for (auto field : obj) {
            std::string_view key, value;
            ondemand::value hv;
            if (field.unescaped_key().get(key) || field.value().get(hv))
                return;
            if (key == "requestMethod" && stringOf(hv, value))
                facet(m_method, value);
            else if (key == "userAgent" && stringOf(hv, value))
                facet(m_userAgent, value);
        }
    }

    void jsonPayload(ondemand::value v)
    {
        ondemand::object obj;
        if (v.get_object().get(obj))
            return;
        for (auto field : obj) {
            std::string_view key;
            ondemand::value pv;
            if (field.unescaped_key().get(key) || field.value().get(pv))
                return;
            facet(m_payloadKey, key);
            if (isStackField(key))
                m_stack = true;
            else if (key == "message" || key == "msg")
                m_stack = m_stack || stackText(pv);
            else if (key == "@type") {
                std::string_view type;
                if (stringOf(pv, type) && type.find("ReportedErrorEvent") != std::string_view::npos)
                    m_stack = true;
            }
        }
    }

    void errorGroups(ondemand::value v)
    {
        ondemand::array groups;
        if (v.get_array().get(groups))
            return;
        for (auto group : groups) {
            ondemand::object g;
            if (group.get_object().get(g))
                return;
            for (auto field : g) {
                std::string_view key, id;
                ondemand::value gv;
                if (field.unescaped_key().get(key) || field.value().get(gv))
                    return;
                if (key == "id" && stringOf(gv, id) && m_errorGroup == 0)
                    m_errorGroup = string(id);
            }
        }
    }

    AttributeIndex &m_index;
    AttributeIndex::Options m_options;
    std::unordered_map<std::string, quint32> m_attributeIds;
    std::unordered_map<std::string, quint32> m_valueIds;
    std::unordered_map<std::string, quint32> m_stringIds;
    ondemand::parser m_parser;
    std::string m_buffer;
    size_t m_entryStart = 0;
    quint32 m_errorGroup = 0;
    quint32 m_commit = 0;
    bool m_stack = false;
    quint32 m_revision = 0, m_instance = 0, m_location = 0, m_status = 0, m_method = 0,
            m_userAgent = 0, m_logName = 0, m_payloadKey = 0;
};

AttributeIndex AttributeIndex::build(const LogStore &store, const std::atomic_bool *cancel)
{
    return build(store, Options{}, cancel);
}

AttributeIndex AttributeIndex::build(const LogStore &store, const Options &options,
                                     const std::atomic_bool *cancel)
{
    AttributeIndex index;
    const size_t n = store.size();
    index.m_offsets.reserve(n + 1);
    index.m_offsets.push_back(0);
    index.m_errorGroup.reserve(n);
    index.m_commit.reserve(n);
    index.m_stack.reserve(n);
    index.m_facets.reserve(n * 6);
    IndexBuilder builder(index, options);
    for (size_t i = 0; i < n; ++i) {
        if (cancel && (i & 0xfff) == 0 && cancel->load(std::memory_order_relaxed)) {
            index.m_cancelled = true;
            break;
        }
        builder.addEntry(store, i);
    }
    index.m_facets.shrink_to_fit();
    return index;
}

size_t AttributeIndex::memoryBytes() const
{
    return m_offsets.capacity() * sizeof(quint64) + m_facets.capacity() * sizeof(quint32) +
           (m_errorGroup.capacity() + m_commit.capacity()) * sizeof(quint32) + m_stack.capacity() +
           m_values.capacity() * (sizeof(Value) + 32);
}

} // namespace gardener::evidence
