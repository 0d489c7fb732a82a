#include "core/demo/demogenerator.h"

#include "core/demo/demobuffer.h"
#include "core/demo/demoentry.h"
#include "core/demo/demorandom.h"
#include "core/demo/demorender.h"
#include "core/demo/demotemplates.h"
#include "core/demo/demotimeline.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <limits>
#include <queue>

namespace gardener::demo {

using namespace fmt;

namespace {

constexpr qint64 kSecond = 1000000000;
constexpr std::array<const char *, 3> kServices{"orders-backend-staging", "orders-auth-staging",
                                                "orders-gateway-staging"};
constexpr std::array<const char *, 3> kContextServices{"orders-service", "orders-auth",
                                                       "orders-gateway"};

int severityIndexOf(std::string_view name)
{
    static constexpr std::array<std::string_view, 9> names{
        "DEFAULT", "DEBUG", "INFO", "NOTICE", "WARNING", "ERROR", "CRITICAL", "ALERT", "EMERGENCY"};
    for (size_t i = 0; i < names.size(); ++i)
        if (names[i] == name)
            return int(i);
    return 0;
}

// A weighted choice among template indexes.
struct WeightTable
{
    std::vector<qint64> cumulative;
    std::vector<int> index;
    bool empty() const { return index.empty(); }
    void add(int templateIndex, int weight)
    {
        cumulative.push_back((cumulative.empty() ? 0 : cumulative.back()) + weight);
        index.push_back(templateIndex);
    }
    int pick(DemoRandom &rng) const
    {
        const qint64 r = rng.range(0, cumulative.back() - 1);
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
        return index[size_t(it - cumulative.begin())];
    }
};

// Names of the places entries come from, fixed by the seed.
struct Place
{
    std::string service;
    std::string revisions[3];
    std::vector<std::string> instances[3];
    std::string urlPrefix;
};

// The second half of a pair, waiting for its time to come.
struct Pending
{
    qint64 timeNs;
    quint64 order;
    int templateIndex;
    int service;
    int revision;
    int instance;
    quint64 traceHi, traceLo;
    PairContext pair;
    bool operator>(const Pending &o) const
    {
        return timeNs != o.timeNs ? timeNs > o.timeNs : order > o.order;
    }
};

std::string randomLetters(DemoRandom &rng, int n)
{
    std::string s;
    for (int i = 0; i < n; ++i)
        s.push_back(char('a' + rng.range(0, 25)));
    return s;
}

// insertIds are unique within an export: the low part is a bijective mix of the entry number.
quint64 mixIndex(quint64 x, quint64 salt)
{
    x ^= salt;
    x *= 0x9e3779b97f4a7c15ULL;
    x ^= x >> 29;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 32;
    return x;
}

class Generator
{
public:
    Generator(const DemoOptions &options, DemoSink &out, DemoSink *truth)
        : m_options(options), m_rng(options.seed), m_out(out), m_truth(truth)
    {
    }

    Result<DemoStats> run();

private:
    void setUpPlaces();
    void setUpTables();
    // The template of the entry at `t`: from the burst running then, or the revision's mix.
    int pickTemplate(const DemoTimeline &timeline, qint64 t, int revision);
    // Closes the output (and the ground truth) and returns what was written.
    Result<DemoStats> finish();
    int pickService(const DemoTemplate &t);
    Result<void> writeEntry(int templateIndex, qint64 timeNs, int service, int revision,
                            int instance, quint64 traceHi, quint64 traceLo, bool hasTrace,
                            PairContext &pair);
    Result<void> flushPendingUpTo(qint64 timeNs);
    void beginEntry();
    Result<void> endEntry();

    const DemoOptions &m_options;
    DemoRandom m_rng;
    DemoSink &m_out;
    DemoSink *m_truth;
    DemoStats m_stats;
    std::string m_project;
    std::string m_logNames[4];
    std::vector<Place> m_places;
    WeightTable m_base[3];
    std::vector<std::array<WeightTable, 3>> m_burst; // per cluster, per revision
    std::priority_queue<Pending, std::vector<Pending>, std::greater<>> m_pending;
    quint64 m_order = 0;
    quint64 m_salt = 0;
    qint64 m_written = 0;
    qint64 m_lastNs = 0;
    qint64 m_inPage = 0;
    // Scratch buffers reused for every entry.
    std::string m_message, m_insertId, m_trace, m_span;
    RequestFields m_request;
};

void Generator::setUpPlaces()
{
    m_project = m_options.project.toStdString();
    static constexpr std::array<const char *, 4> streams{
        "run.googleapis.com%2Fstderr", "run.googleapis.com%2Fstdout",
        "run.googleapis.com%2Frequests", "run.googleapis.com%2Fvarlog%2Fsystem"};
    for (size_t i = 0; i < streams.size(); ++i)
        m_logNames[i] = "projects/" + m_project + "/logs/" + streams[i];
    const qint64 projectNumber = m_rng.range(100000000000LL, 999999999999LL);
    for (int s = 0; s < m_options.services; ++s) {
        Place p;
        p.service = kServices[size_t(s)];
        qint64 number = m_rng.range(420, 610);
        for (int r = 0; r < 3; ++r) {
            p.revisions[r] = p.service + '-';
            appendPadded(p.revisions[r], number, 5);
            p.revisions[r] += '-' + randomLetters(m_rng, 3);
            number += m_rng.range(1, 40);
            const qint64 instances = m_rng.range(2, 3);
            for (qint64 i = 0; i < instances; ++i) {
                // Cloud Run instance ids: long hex strings that share a short prefix.
                std::string id = "0069c7a98";
                while (id.size() < 162)
                    appendHex(id, m_rng.next(), 16);
                id.resize(162);
                p.instances[r].push_back(std::move(id));
            }
        }
        p.urlPrefix = "https://" + p.service + '-';
        appendInt(p.urlPrefix, projectNumber);
        p.urlPrefix += ".us-central1.run.app";
        m_places.push_back(std::move(p));
    }
    m_salt = m_rng.next();
}

void Generator::setUpTables()
{
    const auto templates = demoTemplates();
    m_burst.resize(demoClusters().size());
    for (size_t i = 0; i < templates.size(); ++i) {
        const DemoTemplate &t = templates[i];
        const int cluster = demoClusterIndex(t.cluster);
        for (int r = t.firstRevision; r <= t.lastRevision; ++r) {
            if (t.weight > 0)
                m_base[r].add(int(i), t.weight);
            if (t.burstWeight > 0)
                m_burst[size_t(cluster)][size_t(r)].add(int(i), t.burstWeight);
        }
    }
}

int Generator::pickService(const DemoTemplate &t)
{
    if (t.service == AnyService)
        return int(m_rng.range(0, m_options.services - 1));
    return t.service < m_options.services ? t.service : 0;
}

void Generator::beginEntry()
{
    std::string &out = m_out.buffer();
    switch (m_options.format) {
    case DemoFormat::JsonArray:
        out.append(m_written == 0 ? "[\n  " : ",\n  ");
        break;
    case DemoFormat::JsonLines:
        break;
    case DemoFormat::Pages:
        out.append(m_inPage == 0 ? "{\"entries\":[" : ",");
        break;
    }
}

Result<void> Generator::endEntry()
{
    std::string &out = m_out.buffer();
    ++m_written;
    if (m_options.format == DemoFormat::JsonLines) {
        out.push_back('\n');
    } else if (m_options.format == DemoFormat::Pages) {
        ++m_inPage;
        if (m_inPage == m_options.pageSize || m_written == m_options.count) {
            out.push_back(']');
            if (m_written < m_options.count) {
                // Opaque like the API's tokens; only its presence matters to a reader.
                static constexpr char alphabet[] =
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
                out.append(",\"nextPageToken\":\"EAA");
                for (int i = 0; i < 45; ++i)
                    out.push_back(alphabet[m_rng.next() & 63]);
                out.push_back('"');
            }
            out.append("}\n");
            m_inPage = 0;
        }
    }
    if (m_options.progress && (m_written & 4095) == 0 && !m_options.progress(m_written))
        return fail(QStringLiteral("cancelled"), m_options.outputName);
    if (m_truth)
        if (auto r = m_truth->maybeFlush(); !r)
            return r;
    return m_out.maybeFlush();
}

Result<void> Generator::writeEntry(int templateIndex, qint64 timeNs, int service, int revision,
                                   int instance, quint64 traceHi, quint64 traceLo, bool hasTrace,
                                   PairContext &pair)
{
    const DemoTemplate &t = demoTemplates()[size_t(templateIndex)];
    const Place &place = m_places[size_t(service)];
    const std::string &instanceId = place.instances[revision][size_t(instance)];

    m_message.clear();
    const bool request = t.payload == PayloadKind::Request;
    if (request)
        renderRequest(templateIndex, m_rng, pair, m_request);
    else
        renderMessage(templateIndex, m_rng, pair, timeNs, {place.revisions[revision], instanceId},
                      m_message);

    m_insertId.clear();
    appendHex(m_insertId, quint64(timeNs / kSecond), 8);
    appendHex(m_insertId, mixIndex(m_order++, m_salt), 16);
    m_trace.clear();
    m_span.clear();
    if (hasTrace) {
        m_trace = "projects/" + m_project + "/traces/";
        appendHex(m_trace, traceHi, 16);
        appendHex(m_trace, traceLo, 16);
        appendHex(m_span, m_rng.next(), 16);
    }

    EntryData d;
    d.templateIndex = templateIndex;
    d.timeNs = timeNs;
    d.receiveNs = timeNs + qint64(m_rng.skewed(2e6, 9e8, 3));
    d.nanoPrecision = request;
    d.insertId = m_insertId;
    d.logName = m_logNames[size_t(t.stream)];
    d.service = place.service;
    d.revision = place.revisions[revision];
    d.location = "us-central1";
    d.project = m_project;
    d.instanceId = instanceId;
    d.trace = m_trace;
    d.spanId = m_span;
    d.message = m_message;
    d.contextService = kContextServices[size_t(service)];
    d.requestUrlPrefix = place.urlPrefix;
    d.request = request ? &m_request : nullptr;

    beginEntry();
    const bool pretty = m_options.format == DemoFormat::JsonArray;
    appendEntry(m_out.buffer(), d, pretty, pretty ? 2 : 0);

    if (m_truth) {
        std::string &tr = m_truth->buffer();
        tr.append("{\"insertId\":\"");
        tr.append(m_insertId);
        tr.append("\",\"template\":\"");
        tr.append(t.id);
        tr.append("\",\"cluster\":\"");
        tr.append(t.cluster);
        tr.append("\"}\n");
    }
    if (m_stats.entries == 0)
        m_stats.firstNs = timeNs;
    m_stats.lastNs = timeNs;
    ++m_stats.entries;
    ++m_stats.severityCounts[size_t(severityIndexOf(t.severity))];
    ++m_stats.templateCounts[size_t(templateIndex)];
    m_lastNs = timeNs;
    return endEntry();
}

Result<void> Generator::flushPendingUpTo(qint64 timeNs)
{
    while (!m_pending.empty() && m_pending.top().timeNs <= timeNs) {
        Pending p = m_pending.top();
        m_pending.pop();
        if (auto r = writeEntry(p.templateIndex, p.timeNs, p.service, p.revision, p.instance,
                                p.traceHi, p.traceLo, true, p.pair);
            !r)
            return r;
    }
    return {};
}

Result<DemoStats> Generator::run()
{
    setUpPlaces();
    setUpTables();
    m_stats.severityCounts.assign(severityNames().size(), 0);
    m_stats.templateCounts.assign(demoTemplates().size(), 0);
    for (const Place &p : m_places)
        m_stats.services.push_back(QString::fromStdString(p.service));

    const qint64 startNs = m_options.start.toMSecsSinceEpoch() * 1000000;
    const qint64 windowNs = m_options.durationSecs * kSecond;
    // Leave room at the end for the second half of a pair.
    const qint64 spanNs = windowNs > 4 * kSecond ? windowNs - kSecond : windowNs / 2;
    const DemoTimeline timeline(m_rng, startNs, spanNs, [this](int revision) {
        std::vector<int> candidates;
        for (size_t c = 0; c < m_burst.size(); ++c)
            if (!m_burst[c][size_t(revision)].empty())
                candidates.push_back(int(c));
        return candidates.empty()
                   ? -1
                   : candidates[size_t(m_rng.range(0, qint64(candidates.size()) - 1))];
    });

    const auto templates = demoTemplates();
    const int fallback = demoTemplateIndex("T04");
    const qint64 n = m_options.count;
    m_lastNs = startNs;
    for (qint64 i = 0; i < n;) {
        qint64 t = timeline.timeAt((double(i) + m_rng.uniform()) / double(n));
        const int revision = timeline.revisionAt(t);
        int index = pickTemplate(timeline, t, revision);
        if (templates[size_t(index)].followUp && i + 1 >= n)
            index = fallback; // no room left for the pair's second entry
        const DemoTemplate &tmpl = templates[size_t(index)];

        // Application logs carry microseconds; keep the output sorted after rounding.
        if (tmpl.payload != PayloadKind::Request) {
            const qint64 floor = t - t % 1000;
            t = floor >= m_lastNs ? floor : floor + 1000;
        }
        t = std::max(t, m_lastNs);
        if (auto r = flushPendingUpTo(t); !r)
            return tl::unexpected(r.error());

        const int service = pickService(tmpl);
        const int instance =
            int(m_rng.range(0, qint64(m_places[size_t(service)].instances[revision].size()) - 1));
        const bool platform = tmpl.stream == LogStream::System || tmpl.stream == LogStream::Stdout;
        const bool hasTrace = !platform && (tmpl.payload != PayloadKind::Text || m_rng.chance(0.5));
        const quint64 traceHi = m_rng.next(), traceLo = m_rng.next();
        PairContext pair;
        if (auto r =
                writeEntry(index, t, service, revision, instance, traceHi, traceLo, hasTrace, pair);
            !r)
            return tl::unexpected(r.error());
        ++i;
        if (tmpl.followUp) {
            const int next = demoTemplateIndex(tmpl.followUp);
            // Request logs carry nanoseconds; application logs stay on whole microseconds.
            const qint64 delayNs =
                m_rng.range(tmpl.followMinUs, tmpl.followMaxUs) * 1000 +
                (templates[size_t(next)].payload == PayloadKind::Request ? m_rng.range(0, 999) : 0);
            m_pending.push(
                {t + delayNs, m_order, next, service, revision, instance, traceHi, traceLo, pair});
            ++i;
        }
    }
    if (auto r = flushPendingUpTo(std::numeric_limits<qint64>::max()); !r)
        return tl::unexpected(r.error());
    return finish();
}

int Generator::pickTemplate(const DemoTimeline &timeline, qint64 t, int revision)
{
    int index = -1;
    const DemoTimeline::Burst *burst = timeline.burstAt(t);
    if (burst && m_rng.chance(burst->share)) {
        const WeightTable &table = m_burst[size_t(burst->cluster)][size_t(revision)];
        if (!table.empty())
            index = table.pick(m_rng);
    }
    if (index < 0)
        index = m_base[revision].pick(m_rng);
    return index;
}

Result<DemoStats> Generator::finish()
{
    std::string &out = m_out.buffer();
    if (m_options.format == DemoFormat::JsonArray)
        out.append(m_written == 0 ? "[]\n" : "\n]\n");
    else if (m_options.format == DemoFormat::Pages && m_written == 0)
        out.append("{\"entries\":[]}\n");
    if (auto r = m_out.finish(); !r)
        return tl::unexpected(r.error());
    if (m_truth)
        if (auto r = m_truth->finish(); !r)
            return tl::unexpected(r.error());
    m_stats.textBytes = m_out.bytesIn();
    m_stats.writtenBytes = m_out.bytesOut();
    return m_stats;
}

} // namespace

const std::vector<QString> &severityNames()
{
    static const std::vector<QString> names{
        QStringLiteral("DEFAULT"),  QStringLiteral("DEBUG"),   QStringLiteral("INFO"),
        QStringLiteral("NOTICE"),   QStringLiteral("WARNING"), QStringLiteral("ERROR"),
        QStringLiteral("CRITICAL"), QStringLiteral("ALERT"),   QStringLiteral("EMERGENCY")};
    return names;
}

Result<DemoStats> writeDemo(QIODevice &out, const DemoOptions &options, QIODevice *truth)
{
    const QString name =
        options.outputName.isEmpty() ? QStringLiteral("demo output") : options.outputName;
    if (options.count < 0)
        return fail(QStringLiteral("the entry count must not be negative"), name);
    if (!options.start.isValid())
        return fail(QStringLiteral("the start time is not valid"), name);
    if (options.durationSecs <= 0)
        return fail(QStringLiteral("the duration must be positive"), name);
    if (options.services < 1 || options.services > int(kServices.size()))
        return fail(QStringLiteral("the number of services must be 1 to 3"), name);
    if (options.pageSize < 1)
        return fail(QStringLiteral("the page size must be positive"), name);
    if (!out.isWritable())
        return fail(QStringLiteral("the output is not open for writing"), name);
    if (truth && !truth->isWritable())
        return fail(QStringLiteral("the ground-truth output is not open for writing"), name);

    DemoSink sink(out, options.gzip, options.gzipLevel, name);
    std::unique_ptr<DemoSink> truthSink;
    if (truth)
        truthSink = std::make_unique<DemoSink>(*truth, false, 0, name + QStringLiteral(" (truth)"));
    Generator generator(options, sink, truthSink.get());
    return generator.run();
}

Result<std::vector<DemoTruth>> readDemoTruth(QIODevice &in, const QString &name)
{
    std::vector<DemoTruth> lines;
    qint64 lineNumber = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        DemoTruth t{o.value(QLatin1String("insertId")).toString().toStdString(),
                    o.value(QLatin1String("template")).toString().toStdString(),
                    o.value(QLatin1String("cluster")).toString().toStdString()};
        if (t.insertId.empty() || t.templateId.empty() || t.clusterId.empty())
            return fail(QStringLiteral("not a ground-truth line (insertId, template, cluster)"),
                        name, lineNumber);
        lines.push_back(std::move(t));
    }
    return lines;
}

bool parseDemoFormat(const QString &name, DemoFormat *format)
{
    if (name == QLatin1String("json"))
        *format = DemoFormat::JsonArray;
    else if (name == QLatin1String("jsonl"))
        *format = DemoFormat::JsonLines;
    else if (name == QLatin1String("pages"))
        *format = DemoFormat::Pages;
    else
        return false;
    return true;
}

qint64 parseDemoDuration(const QString &text)
{
    if (text.isEmpty())
        return -1;
    qint64 unit = 1;
    QString number = text;
    const QChar last = text.back();
    if (!last.isDigit()) {
        number.chop(1);
        switch (last.toLatin1()) {
        case 's':
            unit = 1;
            break;
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        default:
            return -1;
        }
    }
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    if (!ok || value <= 0 || value > (qint64(1) << 40) / unit)
        return -1;
    return value * unit;
}

} // namespace gardener::demo
