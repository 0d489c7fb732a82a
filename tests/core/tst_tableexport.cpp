// Exporting the clusters table: CSV that spreadsheets read back cell for cell (and never run
// as formulas), and Markdown tables that GitHub renders with every cell's text intact.
#include "core/models/tableexport.h"

#include <QAbstractTableModel>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;

namespace {

class Table final : public QAbstractTableModel
{
public:
    QStringList headers;
    QList<QStringList> cells;
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(cells.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(headers.size());
    }
    QVariant data(const QModelIndex &i, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(cells.at(i.row()).at(i.column())) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        return o == Qt::Horizontal && role == Qt::DisplayRole ? QVariant(headers.at(section))
                                                              : QVariant();
    }
};

void fill(Table &t)
{
    t.headers = {QStringLiteral("Priority"), QStringLiteral("Issue"), QStringLiteral("Count")};
    t.cells = {{QStringLiteral("P1"), QStringLiteral("Pool exhausted, \"db\" after <NUM> ms"),
                QStringLiteral("42")},
               {QStringLiteral("P2"), QStringLiteral("=HYPERLINK(\"http://x\") | a\\b\nnext"),
                QStringLiteral("7")},
               {QStringLiteral("P3"), QStringLiteral("-1 retries"), QStringLiteral("1")}};
}

// A small RFC 4180 reader, enough to read the export back.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows{{}};
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            rows.last() << field, field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            rows.last() << field, field.clear(), rows.append(QStringList()), ++i;
        } else {
            field += c;
        }
    }
    if (rows.last().isEmpty())
        rows.removeLast();
    return rows;
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT
private slots:
    void csvReadsBackCellForCell()
    {
        Table t;
        fill(t);
        const QString csv = tableAsCsv(t, {0, 1, 2}, {0, 1, 2});
        const QList<QStringList> back = parseCsv(csv);
        QCOMPARE(back.size(), 4);
        QCOMPARE(back.at(0), t.headers);
        QCOMPARE(back.at(1), t.cells.at(0));
        // Formula starts are defused with an apostrophe; everything else is as shown.
        QCOMPARE(back.at(2).at(1), QLatin1Char('\'') + t.cells.at(1).at(1));
        QCOMPARE(back.at(3).at(1), QStringLiteral("'-1 retries"));
    }

    void csvTakesTheChosenColumnsAndRows()
    {
        Table t;
        fill(t);
        const QList<QStringList> back = parseCsv(tableAsCsv(t, {2, 0}, {2}));
        QCOMPARE(back, (QList<QStringList>{{QStringLiteral("Count"), QStringLiteral("Priority")},
                                           {QStringLiteral("1"), QStringLiteral("P3")}}));
    }

    void markdownRendersEveryCell()
    {
        Table t;
        fill(t);
        const QString md = tableAsMarkdown(t, {0, 1, 2}, {0, 1, 2});
        QCOMPARE(md.count(QLatin1Char('\n')), 5); // header, rule, three rows
        const QString cmark = QStandardPaths::findExecutable(QStringLiteral("cmark-gfm"));
        if (cmark.isEmpty())
            QSKIP("cmark-gfm is not installed (apt-get install cmark-gfm): the rendering is not "
                  "checked");
        QProcess p;
        p.start(cmark, {QStringLiteral("-e"), QStringLiteral("table"), QStringLiteral("-e"),
                        QStringLiteral("tagfilter")});
        QVERIFY(p.waitForStarted());
        p.write(md.toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished());
        const QString html = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(html.count(QStringLiteral("<tr>")), 4);
        QCOMPARE(html.count(QStringLiteral("<td>")), 9);
        QVERIFY2(html.contains(QStringLiteral("&lt;NUM&gt;")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("| a\\b next")),
                 qPrintable(html)); // escaped pipe and backslash render plain
    }

    void writesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clusters.csv"));
        QVERIFY(writeTextFile(path, QStringLiteral("a,b\r\n")).has_value());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("a,b\r\n"));
        const auto refused = writeTextFile(dir.filePath(QStringLiteral("missing/clusters.csv")),
                                           QStringLiteral("x"));
        QVERIFY(!refused.has_value());
        QVERIFY(refused.error().toString().contains(QStringLiteral("missing/clusters.csv")));
    }
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
