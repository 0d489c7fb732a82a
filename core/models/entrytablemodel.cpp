#include "core/models/entrytablemodel.h"

#include "core/clustering/stacktrace.h"
#include "core/evidence/clusterevidence.h"
#include "core/logs/logstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gardener {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// One line of at most MaxMessageChars: multi-line messages (stack traces) would break the
// uniform row height the view relies on for smooth scrolling. A stack trace shows its exception
// ("ValueError: bad id"), which says more than "Traceback (most recent call last):".
QString oneLine(std::string_view text)
{
    const size_t newline = text.find('\n');
    if (newline != std::string_view::npos) {
        if (const std::string summary = clustering::stackSummaryLine(text); !summary.empty())
            return oneLine(summary);
    }
    bool cut = newline != std::string_view::npos;
    std::string_view line = cut ? text.substr(0, newline) : text;
    if (line.size() > static_cast<size_t>(EntryTableModel::MaxMessageChars) * 4) {
        line = line.substr(0, static_cast<size_t>(EntryTableModel::MaxMessageChars) * 4);
        cut = true;
    }
    QString s = fromView(line);
    if (s.size() > EntryTableModel::MaxMessageChars) {
        s.truncate(EntryTableModel::MaxMessageChars);
        cut = true;
    }
    if (cut)
        s += QChar(0x2026);
    return s;
}

// errorGroups[0].id of the entry: the store does not keep it, so it is read from the entry's JSON
// for the rows on screen only.
QString errorGroupOf(const LogStore &s, size_t i)
{
    const QByteArray raw = s.rawJson(i);
    if (!raw.contains("errorGroups"))
        return {};
    return QJsonDocument::fromJson(raw)
        .object()
        .value(QLatin1String("errorGroups"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

} // namespace

EntryTableModel::EntryTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void EntryTableModel::setEntries(std::shared_ptr<const LogStore> store,
                                 std::shared_ptr<const std::vector<quint32>> rows)
{
    beginResetModel();
    m_store = std::move(store);
    m_rows = std::move(rows);
    m_fetched = qMin(totalRows(), m_pageRows);
    endResetModel();
}

void EntryTableModel::clear()
{
    setEntries({}, {});
}

qint64 EntryTableModel::entryIndex(int row) const
{
    if (!m_store || row < 0 || row >= totalRows())
        return -1;
    return m_rows ? static_cast<qint64>((*m_rows)[static_cast<size_t>(row)]) : row;
}

int EntryTableModel::totalRows() const
{
    if (!m_store)
        return 0;
    const size_t n = m_rows ? m_rows->size() : m_store->size();
    return static_cast<int>(qMin<size_t>(n, static_cast<size_t>(INT_MAX)));
}

void EntryTableModel::setPageRows(int rows)
{
    m_pageRows = qMax(1, rows);
}

int EntryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

bool EntryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < totalRows();
}

void EntryTableModel::fetchMore(const QModelIndex &parent)
{
    // A slot of rowsAboutToBeInserted may ask for more (QAbstractItemModelTester does): the
    // page being inserted must not be inserted twice.
    if (m_fetching || !canFetchMore(parent))
        return;
    m_fetching = true;
    const int more = qMin(totalRows() - m_fetched, m_pageRows);
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
    m_fetching = false;
}

int EntryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 e = entryIndex(index.row());
    if (e < 0 || static_cast<size_t>(e) >= m_store->size())
        return {};
    const auto i = static_cast<size_t>(e);
    const LogStore &s = *m_store;
    if (role == EntryIndexRole)
        return QVariant::fromValue<qulonglong>(i);
    if (role == SeverityRole)
        return QVariant::fromValue(s.severity(i));
    if (role == ErrorGroupUrlRole) {
        const QString group = errorGroupOf(s, i);
        if (group.isEmpty())
            return {};
        evidence::ErrorReportingEvidence er;
        er.project = fromView(s.project(i));
        return er.consoleUrl(group);
    }
    if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn:
            return s.timestampNs(i);
        case SeverityColumn:
            return severityIndex(s.severity(i));
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn: {
        const qint64 ns = s.timestampNs(i);
        if (ns == 0)
            return {};
        return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    }
    case SeverityColumn:
        return fromView(severityName(s.severity(i)));
    case ServiceColumn: {
        const auto rev = s.revision(i);
        const QString service = fromView(s.service(i));
        if (role == Qt::ToolTipRole && !rev.empty())
            return QString(service + QLatin1Char('\n') + fromView(rev));
        return service;
    }
    case MessageColumn:
        if (role == Qt::ToolTipRole)
            return {}; // the full message lives in the detail view, not a giant tooltip
        return oneLine(s.message(i));
    case LocationColumn: {
        const auto file = s.sourceFile(i);
        if (file.empty())
            return {};
        QString text = fromView(file);
        if (s.line(i) > 0)
            text += QLatin1Char(':') + QString::number(s.line(i));
        return text;
    }
    case ErrorGroupColumn: {
        const QString group = errorGroupOf(s, i);
        if (role == Qt::ToolTipRole)
            return group.isEmpty()
                       ? QVariant()
                       : QVariant(tr("Error Reporting group %1: click to open it in the console")
                                      .arg(group));
        return group;
    }
    default:
        return {};
    }
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case SeverityColumn:
        return tr("Severity");
    case ServiceColumn:
        return tr("Service");
    case MessageColumn:
        return tr("Message");
    case LocationColumn:
        return tr("Source");
    case ErrorGroupColumn:
        return tr("Error Reporting");
    default:
        return {};
    }
}

} // namespace gardener
