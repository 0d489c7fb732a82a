#include "core/models/tableexport.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace gardener {

namespace {

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(Qt::DisplayRole).toString();
}

QString header(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString csvField(QString text)
{
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStart.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString markdownCell(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
    text.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    text.replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text.trimmed();
}

template <typename Field> QStringList line(const QList<int> &columns, Field field)
{
    QStringList out;
    for (int c : columns)
        out << field(c);
    return out;
}

} // namespace

QString tableAsCsv(const QAbstractItemModel &model, const QList<int> &columns,
                   const QList<int> &rows)
{
    const QString comma = QStringLiteral(",");
    QString out = line(columns, [&](int c) { return csvField(header(model, c)); }).join(comma);
    out += QStringLiteral("\r\n");
    for (int r : rows)
        out += line(columns, [&](int c) { return csvField(cell(model, r, c)); }).join(comma) +
               QStringLiteral("\r\n");
    return out;
}

QString tableAsMarkdown(const QAbstractItemModel &model, const QList<int> &columns,
                        const QList<int> &rows)
{
    const QString bar = QStringLiteral(" | ");
    QString out = QStringLiteral("| ") +
                  line(columns, [&](int c) { return markdownCell(header(model, c)); }).join(bar) +
                  QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < columns.size(); ++i)
        out += QStringLiteral("---|");
    out += QLatin1Char('\n');
    for (int r : rows)
        out += QStringLiteral("| ") +
               line(columns, [&](int c) { return markdownCell(cell(model, r, c)); }).join(bar) +
               QStringLiteral(" |\n");
    return out;
}

Result<void> writeTextFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    return {};
}

} // namespace gardener
