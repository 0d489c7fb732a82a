#pragma once

// Builds Cloud Run log entries in the shape `gcloud logging read --format=json` and entries:list
// give them (resource.labels.revision_name, labels.instanceId, httpRequest, jsonPayload,
// sourceLocation, errorGroups), as JSON Lines for LogReader::readBytes.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <memory>

namespace gardener {
class LogStore;
}

namespace gardener::test {

struct CloudRunEntry
{
    QDateTime time;
    QString service = QStringLiteral("api");
    QString revision; // "api-00645-xyz"
    QString instance; // labels.instanceId
    QString severity = QStringLiteral("WARNING");
    QString message;
    QString method; // httpRequest.requestMethod (empty: no httpRequest)
    int status = 0;
    QString userAgent;
    QString file; // sourceLocation.file
    int line = 0;
    QString function;
    QString stackTrace;                    // jsonPayload.stack_trace
    QString errorGroup;                    // errorGroups[0].id
    QString commitSha;                     // labels.commit-sha
    QList<QPair<QString, QString>> labels; // further entry labels
};

QByteArray cloudRunJson(const CloudRunEntry &e);

// Appends entries as JSON Lines; `lines` grows, read it once with readStore().
class CloudRunLog
{
public:
    void add(const CloudRunEntry &e)
    {
        m_lines += cloudRunJson(e) + '\n';
        ++m_count;
    }
    int count() const { return m_count; }
    const QByteArray &bytes() const { return m_lines; }
    // Reads everything into a new store; fails the calling test (returns nullptr) on any problem.
    std::shared_ptr<LogStore> readStore() const;

private:
    QByteArray m_lines;
    int m_count = 0;
};

} // namespace gardener::test
