#include "tests/common/cloudrunentries.h"

#include "core/logs/logreader.h"
#include "core/logs/logstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace gardener::test {

QByteArray cloudRunJson(const CloudRunEntry &e)
{
    QJsonObject payload{{QStringLiteral("message"), e.message}};
    if (!e.stackTrace.isEmpty())
        payload.insert(QStringLiteral("stack_trace"), e.stackTrace);
    QJsonObject labels;
    if (!e.instance.isEmpty())
        labels.insert(QStringLiteral("instanceId"), e.instance);
    if (!e.commitSha.isEmpty())
        labels.insert(QStringLiteral("commit-sha"), e.commitSha);
    for (const auto &[key, value] : e.labels)
        labels.insert(key, value);
    QJsonObject o{
        {QStringLiteral("insertId"),
         QString::number(qHash(e.message + e.time.toString(Qt::ISODateWithMs)), 16)},
        {QStringLiteral("jsonPayload"), payload},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("logName"),
         QStringLiteral("projects/shop-prod/logs/run.googleapis.com%2Fstderr")},
        {QStringLiteral("receiveTimestamp"), e.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("resource"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("cloud_run_revision")},
                     {QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("configuration_name"), e.service},
                                  {QStringLiteral("location"), QStringLiteral("europe-west1")},
                                  {QStringLiteral("project_id"), QStringLiteral("shop-prod")},
                                  {QStringLiteral("revision_name"), e.revision},
                                  {QStringLiteral("service_name"), e.service}}}}},
        {QStringLiteral("severity"), e.severity},
        {QStringLiteral("timestamp"), e.time.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (!e.method.isEmpty()) {
        QJsonObject http{
            {QStringLiteral("requestMethod"), e.method},
            {QStringLiteral("requestUrl"), QStringLiteral("https://api-abc-ew.a.run.app/v1/cart")}};
        if (e.status)
            http.insert(QStringLiteral("status"), e.status);
        if (!e.userAgent.isEmpty())
            http.insert(QStringLiteral("userAgent"), e.userAgent);
        o.insert(QStringLiteral("httpRequest"), http);
    }
    if (!e.file.isEmpty()) {
        o.insert(QStringLiteral("sourceLocation"),
                 QJsonObject{{QStringLiteral("file"), e.file},
                             {QStringLiteral("line"), QString::number(e.line)},
                             {QStringLiteral("function"), e.function}});
    }
    if (!e.errorGroup.isEmpty())
        o.insert(QStringLiteral("errorGroups"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), e.errorGroup}}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::shared_ptr<LogStore> CloudRunLog::readStore() const
{
    auto store = std::make_shared<LogStore>();
    auto report = LogReader::readBytes(m_lines, QStringLiteral("cloudrun-test.jsonl"), *store);
    if (!report) {
        QTest::qFail(qPrintable(report.error().what), __FILE__, __LINE__);
        return nullptr;
    }
    if (report->entries != quint64(m_count) || !report->complete()) {
        QTest::qFail("not every generated entry was read", __FILE__, __LINE__);
        return nullptr;
    }
    return store;
}

} // namespace gardener::test
