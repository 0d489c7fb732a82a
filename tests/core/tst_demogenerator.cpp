#include "app/cli/generatecommand.h"
#include "core/demo/bundleddemo.h"
#include "core/demo/demogenerator.h"
#include "core/demo/demotemplates.h"

#include "core/logs/logreader.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <zlib.h>

using namespace gardener;
using namespace gardener::demo;

namespace {

const QDateTime kStart(QDate(2025, 9, 12), QTime(6, 0), QTimeZone::utc());

DemoOptions options(qint64 count, quint64 seed = 7, DemoFormat format = DemoFormat::JsonLines)
{
    DemoOptions o;
    o.seed = seed;
    o.count = count;
    o.start = kStart;
    o.durationSecs = 24 * 3600;
    o.format = format;
    return o;
}

struct Output
{
    QByteArray bytes;
    QByteArray truth;
    DemoStats stats;
};

Output generate(const DemoOptions &o)
{
    Output result;
    QBuffer out(&result.bytes), truth(&result.truth);
    out.open(QIODevice::WriteOnly);
    truth.open(QIODevice::WriteOnly);
    auto stats = writeDemo(out, o, &truth);
    if (!stats)
        qWarning() << "writeDemo failed:" << stats.error().what;
    result.stats = stats.value_or(DemoStats{});
    return result;
}

QByteArray gunzip(const QByteArray &in, bool *ok)
{
    QByteArray out;
    z_stream z{};
    *ok = inflateInit2(&z, 15 + 16) == Z_OK;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    char buffer[1 << 16];
    int rc = Z_OK;
    while (*ok && rc != Z_STREAM_END) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END)
            *ok = false;
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    return out;
}

QList<QJsonObject> parseLines(const QByteArray &bytes)
{
    QList<QJsonObject> objects;
    const QList<QByteArray> lines = bytes.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning() << "bad JSON line:" << error.errorString() << line.left(200);
            return {};
        }
        objects.append(doc.object());
    }
    return objects;
}

// RFC 3339 with up to nine fractional digits, "Z" or "+00:00", to ns since the epoch.
qint64 parseNs(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|\+00:00)$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const QDateTime seconds = QDateTime::fromString(m.captured(1) + QLatin1Char('Z'), Qt::ISODate);
    if (!seconds.isValid())
        return -1;
    const QString frac = m.captured(2).leftJustified(9, QLatin1Char('0'));
    return seconds.toSecsSinceEpoch() * 1000000000LL + frac.toLongLong();
}

QRegularExpression patternRegex(const char *pattern)
{
    const QStringList parts = QString::fromUtf8(pattern).split(QStringLiteral("<*>"));
    QStringList escaped;
    for (const QString &p : parts)
        escaped << QRegularExpression::escape(p);
    return QRegularExpression(QLatin1Char('^') + escaped.join(QStringLiteral(".+?")) +
                                  QLatin1Char('$'),
                              QRegularExpression::DotMatchesEverythingOption);
}

// The text a template's pattern describes for this entry.
QString patternText(const QJsonObject &e)
{
    if (e.contains(QLatin1String("httpRequest"))) {
        const QJsonObject r = e.value(QLatin1String("httpRequest")).toObject();
        QString path = r.value(QLatin1String("requestUrl")).toString();
        path = path.mid(path.indexOf(QLatin1Char('/'), 8));
        path = path.left(path.indexOf(QLatin1Char('?')) < 0 ? path.size()
                                                            : path.indexOf(QLatin1Char('?')));
        return r.value(QLatin1String("requestMethod")).toString() + QLatin1Char(' ') + path +
               QLatin1Char(' ') + QString::number(r.value(QLatin1String("status")).toInt());
    }
    if (e.contains(QLatin1String("textPayload")))
        return e.value(QLatin1String("textPayload")).toString();
    return e.value(QLatin1String("jsonPayload"))
        .toObject()
        .value(QLatin1String("message"))
        .toString();
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT
private slots:
    void templateTableIsConsistent()
    {
        QSet<QString> ids;
        QSet<QString> clustersUsed;
        for (const DemoTemplate &t : demoTemplates()) {
            QVERIFY2(!ids.contains(QLatin1String(t.id)), t.id);
            ids.insert(QLatin1String(t.id));
            QVERIFY2(demoClusterIndex(t.cluster) >= 0, t.id);
            clustersUsed.insert(QLatin1String(t.cluster));
            QVERIFY(t.firstRevision <= t.lastRevision && t.lastRevision <= 2);
            if (t.followUp) {
                const int f = demoTemplateIndex(t.followUp);
                QVERIFY2(f >= 0, t.id);
                QCOMPARE(demoTemplates()[size_t(f)].weight, 0);
                QVERIFY(t.followMinUs > 0 && t.followMinUs <= t.followMaxUs);
            }
            if (t.payload == PayloadKind::Json)
                QVERIFY2(t.module && t.function && t.line > 0, t.id);
        }
        QVERIFY(demoTemplates().size() >= 30);
        QCOMPARE(clustersUsed.size(), qsizetype(demoClusters().size()));
        QCOMPARE(demoTemplateIndex("T99"), -1);
    }

    void sameSeedSameBytes()
    {
        const Output a = generate(options(4000, 11));
        const Output b = generate(options(4000, 11));
        const Output c = generate(options(4000, 12));
        QVERIFY(!a.bytes.isEmpty());
        QVERIFY(a.bytes == b.bytes);
        QVERIFY(a.truth == b.truth);
        QVERIFY(a.bytes != c.bytes);
        DemoOptions later = options(4000, 11);
        later.start = kStart.addSecs(3600);
        QVERIFY(generate(later).bytes != a.bytes);
    }

    void entriesAreCompleteCloudRunLogEntries()
    {
        const Output out = generate(options(10000));
        const QList<QJsonObject> entries = parseLines(out.bytes);
        QCOMPARE(entries.size(), 10000);
        QCOMPARE(out.stats.entries, 10000);
        const qint64 startNs = kStart.toSecsSinceEpoch() * 1000000000LL;
        const qint64 endNs = startNs + 24LL * 3600 * 1000000000LL;
        static const QRegularExpression trace(
            QStringLiteral("^projects/orders-staging/traces/[0-9a-f]{32}$"));
        static const QRegularExpression span(QStringLiteral("^[0-9a-f]{16}$"));
        static const QRegularExpression logName(
            QStringLiteral("^projects/orders-staging/logs/"
                           "run\\.googleapis\\.com%2F(stderr|stdout|requests|varlog%2Fsystem)$"));
        qint64 previous = 0;
        QSet<QString> insertIds;
        QHash<QString, int> severities;
        for (const QJsonObject &e : entries) {
            const QString id = e.value(QLatin1String("insertId")).toString();
            QVERIFY(!id.isEmpty());
            QVERIFY2(!insertIds.contains(id), qPrintable(id));
            insertIds.insert(id);
            QVERIFY(logName.match(e.value(QLatin1String("logName")).toString()).hasMatch());
            const QJsonObject resource = e.value(QLatin1String("resource")).toObject();
            QCOMPARE(resource.value(QLatin1String("type")).toString(),
                     QStringLiteral("cloud_run_revision"));
            const QJsonObject labels = resource.value(QLatin1String("labels")).toObject();
            for (const char *key :
                 {"service_name", "revision_name", "location", "project_id", "configuration_name"})
                QVERIFY2(!labels.value(QLatin1String(key)).toString().isEmpty(), key);
            QVERIFY(labels.value(QLatin1String("revision_name"))
                        .toString()
                        .startsWith(labels.value(QLatin1String("service_name")).toString()));
            QVERIFY(!e.value(QLatin1String("labels"))
                         .toObject()
                         .value(QLatin1String("instanceId"))
                         .toString()
                         .isEmpty());

            const qint64 t = parseNs(e.value(QLatin1String("timestamp")).toString());
            QVERIFY2(t >= startNs && t < endNs,
                     qPrintable(e.value(QLatin1String("timestamp")).toString()));
            QVERIFY2(t >= previous, qPrintable(id));
            previous = t;
            const qint64 received = parseNs(e.value(QLatin1String("receiveTimestamp")).toString());
            QVERIFY(received > t && received < t + 1000000000LL);

            const QString severity = e.value(QLatin1String("severity")).toString();
            ++severities[severity];
            if (e.contains(QLatin1String("trace"))) {
                QVERIFY(trace.match(e.value(QLatin1String("trace")).toString()).hasMatch());
                QVERIFY(span.match(e.value(QLatin1String("spanId")).toString()).hasMatch());
            }
            const int payloads = int(e.contains(QLatin1String("jsonPayload"))) +
                                 int(e.contains(QLatin1String("textPayload"))) +
                                 int(e.contains(QLatin1String("httpRequest")));
            QCOMPARE(payloads, 1);
            if (e.contains(QLatin1String("jsonPayload"))) {
                const QJsonObject p = e.value(QLatin1String("jsonPayload")).toObject();
                QVERIFY(!p.value(QLatin1String("message")).toString().isEmpty());
                const QJsonObject pl = p.value(QLatin1String("labels")).toObject();
                QVERIFY(!pl.value(QLatin1String("function")).toString().isEmpty());
                QVERIFY(pl.value(QLatin1String("line")).toString().toInt() > 0);
                QVERIFY(!pl.value(QLatin1String("module")).toString().isEmpty());
                // The payload's own time is the entry's, in Python's isoformat().
                QCOMPARE(parseNs(p.value(QLatin1String("timestamp")).toString()), t);
            }
            if (e.contains(QLatin1String("httpRequest"))) {
                const QJsonObject r = e.value(QLatin1String("httpRequest")).toObject();
                QVERIFY(r.value(QLatin1String("status")).toInt() >= 400);
                QVERIFY(r.value(QLatin1String("requestUrl"))
                            .toString()
                            .startsWith(QLatin1String("https://")));
                QVERIFY(r.value(QLatin1String("latency")).toString().endsWith(QLatin1Char('s')));
                QVERIFY(e.contains(QLatin1String("trace")));
            }
        }
        // The mix the demo is meant to show: mostly warnings and errors, a few critical.
        QVERIFY(severities.value(QStringLiteral("WARNING")) > 2000);
        QVERIFY(severities.value(QStringLiteral("ERROR")) > 2000);
        QVERIFY(severities.value(QStringLiteral("CRITICAL")) > 0);
        QVERIFY(severities.value(QStringLiteral("INFO")) +
                    severities.value(QStringLiteral("NOTICE")) >
                0);
        const auto &names = severityNames();
        for (size_t i = 0; i < names.size(); ++i)
            QCOMPARE(out.stats.severityCounts[i], qint64(severities.value(names[i])));
    }

    void groundTruthMatchesEntries()
    {
        const Output out = generate(options(10000, 3));
        const QList<QJsonObject> entries = parseLines(out.bytes);
        const QList<QJsonObject> truth = parseLines(out.truth);
        QCOMPARE(entries.size(), 10000);
        QCOMPARE(truth.size(), entries.size());
        QHash<QString, QRegularExpression> patterns;
        std::vector<qint64> counts(demoTemplates().size(), 0);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject &e = entries[i];
            const QJsonObject &t = truth[i];
            QCOMPARE(t.value(QLatin1String("insertId")).toString(),
                     e.value(QLatin1String("insertId")).toString());
            const QByteArray templateId = t.value(QLatin1String("template")).toString().toLatin1();
            const int index = demoTemplateIndex(templateId.toStdString());
            QVERIFY2(index >= 0, templateId.constData());
            ++counts[size_t(index)];
            const DemoTemplate &tmpl = demoTemplates()[size_t(index)];
            QCOMPARE(t.value(QLatin1String("cluster")).toString(), QLatin1String(tmpl.cluster));
            QCOMPARE(e.value(QLatin1String("severity")).toString(), QLatin1String(tmpl.severity));
            auto it = patterns.find(QLatin1String(tmpl.id));
            if (it == patterns.end())
                it = patterns.insert(QLatin1String(tmpl.id), patternRegex(tmpl.pattern));
            const QString text = patternText(e);
            QVERIFY2(it->match(text).hasMatch(),
                     qPrintable(QLatin1String(tmpl.id) + QStringLiteral(": ") + text));
        }
        QVERIFY(counts == out.stats.templateCounts);

        QBuffer truthDevice;
        truthDevice.setData(out.truth);
        truthDevice.open(QIODevice::ReadOnly);
        const auto read = readDemoTruth(truthDevice);
        QVERIFY(read.has_value());
        QCOMPARE(read->size(), size_t(entries.size()));
        QCOMPARE(QString::fromStdString(read->back().insertId),
                 entries.last().value(QLatin1String("insertId")).toString());
        QCOMPARE(QString::fromStdString(read->front().clusterId),
                 truth.first().value(QLatin1String("cluster")).toString());
        QBuffer broken;
        broken.setData(
            "{\"insertId\":\"a\",\"template\":\"T01\",\"cluster\":\"C01\"}\n{\"x\":1}\n");
        broken.open(QIODevice::ReadOnly);
        const auto bad = readDemoTruth(broken, QStringLiteral("t.jsonl"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().line, 2);
        // Most templates show up in 10,000 entries; the rare ones may not.
        const auto seen =
            std::count_if(counts.begin(), counts.end(), [](qint64 c) { return c > 0; });
        QVERIFY(seen >= qint64(demoTemplates().size()) - 3);
    }

    void pairsShareATraceAndFollowClosely()
    {
        const Output out = generate(options(20000, 5));
        const QList<QJsonObject> entries = parseLines(out.bytes);
        const QList<QJsonObject> truth = parseLines(out.truth);
        QCOMPARE(entries.size(), truth.size());
        // trace -> (template, time) of every entry
        QHash<QString, QList<QPair<QString, qint64>>> byTrace;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString trace = entries[i].value(QLatin1String("trace")).toString();
            if (!trace.isEmpty())
                byTrace[trace].append(
                    {truth[i].value(QLatin1String("template")).toString(),
                     parseNs(entries[i].value(QLatin1String("timestamp")).toString())});
        }
        int pairs = 0;
        for (const DemoTemplate &t : demoTemplates()) {
            if (!t.followUp)
                continue;
            const qint64 leaders = out.stats.templateCounts[size_t(demoTemplateIndex(t.id))];
            QCOMPARE(out.stats.templateCounts[size_t(demoTemplateIndex(t.followUp))], leaders);
            for (auto it = byTrace.cbegin(); it != byTrace.cend(); ++it) {
                for (const auto &[id, time] : it.value()) {
                    if (id != QLatin1String(t.id))
                        continue;
                    bool found = false;
                    for (const auto &[otherId, otherTime] : it.value()) {
                        const qint64 delayUs = (otherTime - time) / 1000;
                        found = found || (otherId == QLatin1String(t.followUp) &&
                                          delayUs >= t.followMinUs && delayUs <= t.followMaxUs);
                    }
                    QVERIFY2(found, t.id);
                    ++pairs;
                }
            }
        }
        QVERIFY(pairs > 100);
        // The auto-create pair is about a millisecond apart, as in the worklogs.
        const DemoTemplate &create = demoTemplates()[size_t(demoTemplateIndex("T11"))];
        QVERIFY(create.followMinUs >= 500 && create.followMaxUs <= 2000);
    }

    void burstsAndRevisions()
    {
        const Output out = generate(options(20000, 9));
        const QList<QJsonObject> entries = parseLines(out.bytes);
        QSet<QString> revisions;
        QHash<qint64, int> perMinute;
        for (const QJsonObject &e : entries) {
            revisions.insert(e.value(QLatin1String("resource"))
                                 .toObject()
                                 .value(QLatin1String("labels"))
                                 .toObject()
                                 .value(QLatin1String("revision_name"))
                                 .toString());
            ++perMinute[parseNs(e.value(QLatin1String("timestamp")).toString()) / 60000000000LL];
        }
        QCOMPARE(revisions.size(), 3);
        int busiest = 0, quietMinutes = 0;
        for (int m = 0; m < 24 * 60; ++m) {
            const int n = perMinute.value(kStart.toSecsSinceEpoch() / 60 + m);
            busiest = std::max(busiest, n);
            quietMinutes += n <= 2 ? 1 : 0;
        }
        // 20,000 over a day is ~14 a minute on average: bursts go far above, quiet periods below.
        QVERIFY2(busiest > 60, qPrintable(QString::number(busiest)));
        QVERIFY2(quietMinutes > 15, qPrintable(QString::number(quietMinutes)));
    }

    void servicesOption()
    {
        DemoOptions o = options(5000);
        o.services = 3;
        const Output out = generate(o);
        QCOMPARE(out.stats.services.size(), size_t(3));
        QSet<QString> services;
        for (const QJsonObject &e : parseLines(out.bytes))
            services.insert(e.value(QLatin1String("resource"))
                                .toObject()
                                .value(QLatin1String("labels"))
                                .toObject()
                                .value(QLatin1String("service_name"))
                                .toString());
        QCOMPARE(services.size(), 3);
    }

    void jsonArrayFormat()
    {
        const Output out = generate(options(1500, 2, DemoFormat::JsonArray));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 1500);
        QVERIFY(out.bytes.startsWith("[\n  {\n    \""));
        // Same entries as JSON lines, only laid out differently.
        const QList<QJsonObject> lines = parseLines(generate(options(1500, 2)).bytes);
        QCOMPARE(doc.array().at(700).toObject(), lines.at(700));

        const Output empty = generate(options(0, 2, DemoFormat::JsonArray));
        QCOMPARE(empty.bytes, QByteArray("[]\n"));
        QCOMPARE(empty.stats.entries, 0);
    }

    void pagesFormat()
    {
        DemoOptions o = options(2500, 4, DemoFormat::Pages);
        o.pageSize = 1000;
        const QList<QJsonObject> pages = parseLines(generate(o).bytes);
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages[0].value(QLatin1String("entries")).toArray().size(), 1000);
        QCOMPARE(pages[2].value(QLatin1String("entries")).toArray().size(), 500);
        QVERIFY(!pages[0].value(QLatin1String("nextPageToken")).toString().isEmpty());
        QVERIFY(!pages[1].value(QLatin1String("nextPageToken")).toString().isEmpty());
        QVERIFY(!pages[2].contains(QLatin1String("nextPageToken")));
    }

    void gzipDecompressesToThePlainOutput()
    {
        DemoOptions o = options(3000, 8);
        const Output plain = generate(o);
        o.gzip = true;
        const Output packed = generate(o);
        QVERIFY(packed.bytes.startsWith("\x1f\x8b"));
        QVERIFY(packed.bytes.size() < plain.bytes.size() / 4);
        bool ok = false;
        QCOMPARE(gunzip(packed.bytes, &ok), plain.bytes);
        QVERIFY(ok);
        QCOMPARE(packed.stats.textBytes, qint64(plain.bytes.size()));
        QCOMPARE(packed.stats.writtenBytes, qint64(packed.bytes.size()));
        QCOMPARE(packed.truth, plain.truth);
    }

    void shortWindows()
    {
        for (qint64 duration : {1, 5, 60, 3600}) {
            DemoOptions o = options(500, 1);
            o.durationSecs = duration;
            const QList<QJsonObject> entries = parseLines(generate(o).bytes);
            QCOMPARE(entries.size(), 500);
            const qint64 startNs = kStart.toSecsSinceEpoch() * 1000000000LL;
            for (const QJsonObject &e : entries) {
                const qint64 t = parseNs(e.value(QLatin1String("timestamp")).toString());
                QVERIFY2(t >= startNs && t < startNs + duration * 1000000000LL,
                         qPrintable(QString::number(duration)));
            }
        }
    }

    void rejectsBadOptionsAndReportsWriteErrors()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        DemoOptions o = options(10);
        o.count = -1;
        QVERIFY(!writeDemo(buffer, o));
        o = options(10);
        o.start = QDateTime();
        QVERIFY(!writeDemo(buffer, o));
        o = options(10);
        o.services = 4;
        QVERIFY(!writeDemo(buffer, o));
        QBuffer readOnly(&bytes);
        readOnly.open(QIODevice::ReadOnly);
        QVERIFY(!writeDemo(readOnly, options(10)));

        o = options(20000);
        int calls = 0;
        o.progress = [&calls](qint64) { return ++calls < 2; };
        auto cancelled = writeDemo(buffer, o);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().what, QStringLiteral("cancelled"));
    }

    void parsesDurationsAndFormats()
    {
        QCOMPARE(parseDemoDuration(QStringLiteral("24h")), 86400);
        QCOMPARE(parseDemoDuration(QStringLiteral("90m")), 5400);
        QCOMPARE(parseDemoDuration(QStringLiteral("2d")), 172800);
        QCOMPARE(parseDemoDuration(QStringLiteral("45")), 45);
        QCOMPARE(parseDemoDuration(QStringLiteral("0h")), -1);
        QCOMPARE(parseDemoDuration(QStringLiteral("h")), -1);
        QCOMPARE(parseDemoDuration(QStringLiteral("3w")), -1);
        DemoFormat f;
        QVERIFY(parseDemoFormat(QStringLiteral("pages"), &f) && f == DemoFormat::Pages);
        QVERIFY(!parseDemoFormat(QStringLiteral("xml"), &f));
    }

    void bundledExportIsTheGeneratedOne()
    {
        const QByteArray bundled = bundledExport();
        QVERIFY(bundled.size() > 100000);
        QVERIFY(bundled.startsWith("\x1f\x8b"));
        QVERIFY(bundledExportName().endsWith(QLatin1String(".json.gz")));
        QCOMPARE(bundledExport(), bundled);
        // The build wrote it with bundledDemoOptions(): generating again gives the same bytes.
        const Output again = generate(bundledDemoOptions());
        QVERIFY(again.bytes == bundled);
        bool ok = false;
        const QJsonDocument doc = QJsonDocument::fromJson(gunzip(bundled, &ok));
        QVERIFY(ok);
        QCOMPARE(doc.array().size(), qsizetype(bundledDemoOptions().count));
    }

    void logReaderReadsEveryEntry()
    {
        auto check = [](const QByteArray &bytes, const QString &name, const Output &generated) {
            LogStore store;
            auto report = LogReader::readBytes(bytes, name, store);
            QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().toString()));
            QCOMPARE(report->skipped, quint64(0));
            QCOMPARE(report->entries, quint64(generated.stats.entries));
            QCOMPARE(store.size(), size_t(generated.stats.entries));
            std::vector<qint64> severities(severityNames().size(), 0);
            for (size_t i = 0; i < store.size(); ++i)
                ++severities[size_t(severityIndex(store.severity(i)))];
            QVERIFY(severities == generated.stats.severityCounts);
            // The reader's display message is what the template patterns describe.
            const QList<QJsonObject> truth = parseLines(generated.truth);
            QCOMPARE(size_t(truth.size()), store.size());
            QHash<QString, QRegularExpression> patterns;
            for (size_t i = 0; i < store.size(); ++i) {
                const QString id = truth[qsizetype(i)].value(QLatin1String("template")).toString();
                QCOMPARE(QString::fromStdString(store.insertId(i).str()),
                         truth[qsizetype(i)].value(QLatin1String("insertId")).toString());
                auto it = patterns.find(id);
                if (it == patterns.end())
                    it = patterns.insert(
                        id,
                        patternRegex(
                            demoTemplates()[size_t(demoTemplateIndex(id.toStdString()))].pattern));
                const QString message =
                    QString::fromUtf8(store.message(i).data(), qsizetype(store.message(i).size()));
                QVERIFY2(it->match(message).hasMatch(),
                         qPrintable(id + QStringLiteral(": ") + message));
            }
        };
        check(bundledExport(), bundledExportName(), generate(bundledDemoOptions()));
        for (DemoFormat format :
             {DemoFormat::JsonArray, DemoFormat::JsonLines, DemoFormat::Pages}) {
            DemoOptions o = options(10000, 21, format);
            o.gzip = format == DemoFormat::JsonLines;
            o.services = format == DemoFormat::Pages ? 3 : 1;
            const Output out = generate(o);
            check(out.bytes, QStringLiteral("generated"), out);
        }
    }

    void generateCommand()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        cli::GenerateCommand command;
        command.setClock(
            [] { return QDateTime(QDate(2025, 9, 14), QTime(3, 25), QTimeZone::utc()); });
        QString outText, errText;
        QTextStream out(&outText), err(&errText);

        QCOMPARE(command.run({QStringLiteral("--help")}, out, err), int(cli::ExitOk));
        QVERIFY(outText.contains(QLatin1String("--truth")));
        QCOMPARE(command.run({}, out, err), int(cli::ExitUsage));
        QVERIFY(errText.contains(QLatin1String("--count")));
        const QString file = dir.filePath(QStringLiteral("logs.jsonl"));
        QCOMPARE(command.run({QStringLiteral("--count"), QStringLiteral("10"),
                              QStringLiteral("--format"), QStringLiteral("xml"),
                              QStringLiteral("--out"), file},
                             out, err),
                 int(cli::ExitUsage));
        QCOMPARE(
            command.run({QStringLiteral("--count"), QStringLiteral("10"), QStringLiteral("--start"),
                         QStringLiteral("yesterday"), QStringLiteral("--out"), file},
                        out, err),
            int(cli::ExitUsage));
        QCOMPARE(
            command.run({QStringLiteral("--count"), QStringLiteral("10"), QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("missing/dir/x.json"))},
                        out, err),
            int(cli::ExitFailure));

        const QString truth = dir.filePath(QStringLiteral("truth.jsonl"));
        errText.clear();
        QCOMPARE(command.run({QStringLiteral("--count"), QStringLiteral("1200"),
                              QStringLiteral("--seed"), QStringLiteral("42"),
                              QStringLiteral("--duration"), QStringLiteral("2h"),
                              QStringLiteral("--format"), QStringLiteral("jsonl"),
                              QStringLiteral("--truth"), truth, QStringLiteral("--out"), file},
                             out, err),
                 int(cli::ExitOk));
        QVERIFY(errText.contains(QLatin1String("generated 1200 entries")));
        QFile f(file), t(truth);
        QVERIFY(f.open(QIODevice::ReadOnly) && t.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QList<QJsonObject> entries = parseLines(bytes);
        QCOMPARE(entries.size(), 1200);
        QCOMPARE(parseLines(t.readAll()).size(), 1200);
        // Without --start the window ends at the start of the current hour.
        const qint64 endNs =
            QDateTime(QDate(2025, 9, 14), QTime(3, 0), QTimeZone::utc()).toSecsSinceEpoch() *
            1000000000LL;
        const qint64 first = parseNs(entries.first().value(QLatin1String("timestamp")).toString());
        const qint64 last = parseNs(entries.last().value(QLatin1String("timestamp")).toString());
        QVERIFY(first >= endNs - 7200LL * 1000000000LL && last < endNs);

        // The command and the library give the same bytes for the same options.
        DemoOptions o = options(1200, 42);
        o.start = QDateTime(QDate(2025, 9, 14), QTime(1, 0), QTimeZone::utc());
        o.durationSecs = 7200;
        QVERIFY(generate(o).bytes == bytes);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
