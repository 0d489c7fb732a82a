#include "core/demo/demoentry.h"

#include "core/demo/demobuffer.h"
#include "core/demo/demotemplates.h"

namespace gardener::demo {

using namespace fmt;

namespace {

constexpr const char kNewlineSpaces[] = "\n                        "; // indents up to 24

// Minimal streaming JSON object writer: commas, colons and (optionally) gcloud's indentation.
class Emitter
{
public:
    Emitter(std::string &out, bool pretty, int indent)
        : m_out(out), m_pretty(pretty), m_indent(indent)
    {
    }

    void begin()
    {
        m_out.push_back('{');
        m_first[++m_depth] = true;
    }
    void end()
    {
        --m_depth;
        if (m_pretty)
            m_out.append(kNewlineSpaces, size_t(1 + m_indent + 2 * m_depth));
        m_out.push_back('}');
    }
    void key(std::string_view k)
    {
        if (!m_first[m_depth])
            m_out.push_back(',');
        m_first[m_depth] = false;
        if (m_pretty)
            m_out.append(kNewlineSpaces, size_t(1 + m_indent + 2 * m_depth));
        m_out.push_back('"');
        m_out.append(k);
        if (m_pretty)
            m_out.append("\": ", 3);
        else
            m_out.append("\":", 2);
    }
    void string(std::string_view k, std::string_view v)
    {
        key(k);
        appendJsonString(m_out, v);
    }
    void integer(std::string_view k, qint64 v)
    {
        key(k);
        appendInt(m_out, v);
    }
    void object(std::string_view k)
    {
        key(k);
        begin();
    }
    std::string &out() { return m_out; }

private:
    std::string &m_out;
    bool m_pretty;
    int m_indent;
    int m_depth = 0;
    bool m_first[8] = {};
};

void appendDecimalString(Emitter &e, std::string_view k, qint64 v)
{
    // int64 fields are strings in the JSON form of the API (requestSize, responseSize).
    e.key(k);
    std::string &out = e.out();
    out.push_back('"');
    appendInt(out, v);
    out.push_back('"');
}

void appendTimeValue(Emitter &e, std::string_view k, qint64 ns, int digits, bool zulu)
{
    e.key(k);
    std::string &out = e.out();
    out.push_back('"');
    appendTime(out, ns, digits, zulu);
    out.push_back('"');
}

} // namespace

void appendEntry(std::string &out, const EntryData &d, bool pretty, int indent)
{
    const DemoTemplate &t = demoTemplates()[size_t(d.templateIndex)];
    Emitter e(out, pretty, indent);
    e.begin();
    if (t.payload == PayloadKind::Request && d.request) {
        const RequestFields &r = *d.request;
        e.object("httpRequest");
        e.key("latency");
        out.push_back('"');
        appendFixed(out, r.latencySecs, 6);
        out.append("s\"");
        e.string("protocol", "HTTP/1.1");
        e.string("remoteIp", r.remoteIp);
        e.string("requestMethod", r.method);
        if (r.requestSize > 0)
            appendDecimalString(e, "requestSize", r.requestSize);
        e.key("requestUrl");
        std::string url(d.requestUrlPrefix);
        url.append(r.path);
        appendJsonString(out, url);
        appendDecimalString(e, "responseSize", r.responseSize);
        e.integer("status", r.status);
        e.string("userAgent", r.userAgent);
        e.end();
    }
    e.string("insertId", d.insertId);
    if (t.payload == PayloadKind::Json) {
        e.object("jsonPayload");
        if (t.hasContext) {
            e.object("context");
            e.string("name", t.module);
            e.string("service", d.contextService);
            e.end();
        }
        e.object("labels");
        e.string("function", t.function);
        e.key("line");
        out.push_back('"');
        appendInt(out, t.line);
        out.push_back('"');
        e.string("module", t.module);
        e.end();
        e.string("message", d.message);
        // Python's isoformat(): microseconds and +00:00.
        appendTimeValue(e, "timestamp", d.timeNs, 6, false);
        e.end();
    }
    e.object("labels");
    e.string("instanceId", d.instanceId);
    e.end();
    e.string("logName", d.logName);
    appendTimeValue(e, "receiveTimestamp", d.receiveNs, 9, true);
    e.object("resource");
    e.object("labels");
    e.string("configuration_name", d.service);
    e.string("location", d.location);
    e.string("project_id", d.project);
    e.string("revision_name", d.revision);
    e.string("service_name", d.service);
    e.end();
    e.string("type", "cloud_run_revision");
    e.end();
    e.string("severity", t.severity);
    if (!d.spanId.empty())
        e.string("spanId", d.spanId);
    if (t.payload == PayloadKind::Text)
        e.string("textPayload", d.message);
    appendTimeValue(e, "timestamp", d.timeNs, d.nanoPrecision ? 9 : 6, true);
    if (!d.trace.empty()) {
        e.string("trace", d.trace);
        e.key("traceSampled");
        out.append("true");
    }
    e.end();
}

} // namespace gardener::demo
