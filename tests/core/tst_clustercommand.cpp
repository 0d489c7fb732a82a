// `loggardener cluster`: --text input, JSON keys of the command-line contract, members,
// formats, usage errors, the bundled demo.
#include "app/cli/clustercommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener::cli;

class TestClusterCommand : public QObject
{
    Q_OBJECT

    static int run(const QStringList &args, QString *outText, QString *errText = nullptr)
    {
        QString o, e;
        QTextStream out(&o), err(&e);
        ClusterCommand cmd;
        const int code = cmd.run(args, out, err);
        out.flush();
        err.flush();
        *outText = o;
        if (errText)
            *errText = e;
        return code;
    }

    QTemporaryDir m_dir;
    QString m_text;

private slots:
    void initTestCase()
    {
        m_text = m_dir.filePath(QStringLiteral("lines.txt"));
        QFile f(m_text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 30; ++i) {
            f.write(QStringLiteral("Connected to 10.0.0.%1 in %2ms\n").arg(i).arg(i * 3).toUtf8());
            if (i % 3 == 0)
                f.write(QStringLiteral("Cache miss for key user-%1\r\n").arg(i).toUtf8());
        }
        f.write("\n");
    }

    void jsonContract()
    {
        QString out;
        QCOMPARE(run({QStringLiteral("--text"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--members"), m_text},
                     &out),
                 int(ExitOk));
        const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonArray clusters = root.value(QStringLiteral("clusters")).toArray();
        QCOMPARE(clusters.size(), 3); // connected, cache miss, the empty line
        const QJsonObject top = clusters.first().toObject();
        for (const char *key :
             {"fingerprint", "name", "count", "first_seen", "last_seen", "severities", "templates"})
            QVERIFY2(top.contains(QLatin1String(key)), key);
        QCOMPARE(top.value(QStringLiteral("count")).toInt(), 30);
        QVERIFY(
            top.value(QStringLiteral("fingerprint")).toString().startsWith(QStringLiteral("v1:")));
        const QJsonObject t = top.value(QStringLiteral("templates")).toArray().first().toObject();
        QCOMPARE(t.value(QStringLiteral("template")).toString(),
                 QStringLiteral("Connected to <IP> in <DUR>"));
        QCOMPARE(t.value(QStringLiteral("count")).toInt(), 30);
        QVERIFY(
            t.value(QStringLiteral("fingerprint")).toString().startsWith(QStringLiteral("v1:")));

        const QJsonArray members = root.value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 41);
        const QJsonObject first = members.first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("template")).toString(),
                 t.value(QStringLiteral("fingerprint")).toString());
        QCOMPARE(first.value(QStringLiteral("cluster")).toString(),
                 top.value(QStringLiteral("fingerprint")).toString());
        QCOMPARE(members.at(1).toObject().value(QStringLiteral("id")).toInt(), 2);

        // Fingerprints are the same on a second run.
        QString again;
        run({QStringLiteral("--text"), QStringLiteral("--format"), QStringLiteral("json"), m_text},
            &again);
        QCOMPARE(QJsonDocument::fromJson(again.toUtf8()).object().value(QStringLiteral("clusters")),
                 root.value(QStringLiteral("clusters")));
    }

    void membersOfAnExport()
    {
        // The members list is written as it goes: it must parse, carry every id exactly
        // (quotes, backslashes, control characters, UTF-8) and look as the whole document
        // would have looked written by QJsonDocument.
        const QStringList ids = {
            QStringLiteral("plain-1"),     QStringLiteral("with \"quote\""),
            QStringLiteral("back\\slash"), QStringLiteral("uni-\u00e9\u6f22"),
            QStringLiteral("ctl\u0001x"),  QStringLiteral("tab\tand\nnewline")};
        const QString path = m_dir.filePath(QStringLiteral("odd-ids.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < ids.size(); ++i)
            f.write(QJsonDocument(
                        QJsonObject{{QStringLiteral("insertId"), ids[i]},
                                    {QStringLiteral("severity"), QStringLiteral("ERROR")},
                                    {QStringLiteral("timestamp"),
                                     QStringLiteral("2025-09-12T23:26:2%1Z").arg(i)},
                                    {QStringLiteral("textPayload"),
                                     QStringLiteral("Lookup failed for demo-user-%1").arg(i)}})
                        .toJson(QJsonDocument::Compact) +
                    '\n');
        f.close();
        QString out, err;
        QCOMPARE(run({QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--members"), path},
                     &out, &err),
                 int(ExitOk));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)), out);
        const QJsonArray members = doc.object().value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), ids.size());
        const QString cluster = doc.object()
                                    .value(QStringLiteral("clusters"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("fingerprint"))
                                    .toString();
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(members.at(i).toObject().value(QStringLiteral("id")).toString(), ids[i]);
            QCOMPARE(members.at(i).toObject().value(QStringLiteral("cluster")).toString(), cluster);
        }

        // No entries at all: an empty list, still in the contract.
        const QString blank = m_dir.filePath(QStringLiteral("blank.txt"));
        QFile b(blank);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.close();
        QCOMPARE(run({QStringLiteral("--text"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--members"), blank},
                     &out),
                 int(ExitOk));
        QVERIFY(QJsonDocument::fromJson(out.toUtf8())
                    .object()
                    .value(QStringLiteral("members"))
                    .isArray());
    }

    // Several --text inputs: ids are path:line, counted per file (an empty file in between
    // and a last line without a newline included).
    void textMembersOfSeveralFiles()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
        const QString second = m_dir.filePath(QStringLiteral("second.txt"));
        QFile e(empty), s(second);
        QVERIFY(e.open(QIODevice::WriteOnly) && s.open(QIODevice::WriteOnly));
        e.close();
        s.write("Cache miss for key user-7\r\nConnected to 10.0.0.9 in 4ms");
        s.close();
        QString out;
        QCOMPARE(run({QStringLiteral("--text"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--members"), m_text, empty, second},
                     &out),
                 int(ExitOk));
        const QJsonArray members = QJsonDocument::fromJson(out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("members"))
                                       .toArray();
        QCOMPARE(members.size(), 43);
        QCOMPARE(members.at(0).toObject().value(QStringLiteral("id")).toString(),
                 m_text + QStringLiteral(":1"));
        QCOMPARE(members.at(40).toObject().value(QStringLiteral("id")).toString(),
                 m_text + QStringLiteral(":41"));
        QCOMPARE(members.at(41).toObject().value(QStringLiteral("id")).toString(),
                 second + QStringLiteral(":1"));
        QCOMPARE(members.at(42).toObject().value(QStringLiteral("id")).toString(),
                 second + QStringLiteral(":2"));
        // The CR of a CRLF line is not part of the message: it joins the other cache misses.
        QCOMPARE(members.at(41).toObject().value(QStringLiteral("template")),
                 members.at(1).toObject().value(QStringLiteral("template")));
        QCOMPARE(members.at(42).toObject().value(QStringLiteral("template")),
                 members.at(0).toObject().value(QStringLiteral("template")));
    }

    void tableAndMarkdown()
    {
        QString out;
        QCOMPARE(run({QStringLiteral("--text"), m_text}, &out), int(ExitOk));
        QVERIFY(out.contains(QStringLiteral("Connected to <IP> in <DUR>")));
        QVERIFY(out.contains(QStringLiteral("count 30")));
        QCOMPARE(run({QStringLiteral("--text"), QStringLiteral("--format"),
                      QStringLiteral("markdown"), m_text},
                     &out),
                 int(ExitOk));
        QVERIFY(out.startsWith(QStringLiteral("| # | Cluster |")));
    }

    void usage()
    {
        QString out, err;
        QCOMPARE(run({}, &out, &err), int(ExitUsage));
        QVERIFY(err.contains(QStringLiteral("no input")));
        QCOMPARE(run({QStringLiteral("--format"), QStringLiteral("xml"), m_text}, &out, &err),
                 int(ExitUsage));
        QCOMPARE(run({QStringLiteral("--text"), m_dir.filePath(QStringLiteral("missing.txt"))},
                     &out, &err),
                 int(ExitFailure));
        QVERIFY(err.contains(QStringLiteral("missing.txt")));
        QCOMPARE(run({QStringLiteral("--help")}, &out, &err), int(ExitOk));
        QVERIFY(out.contains(QStringLiteral("--members")));
    }

    void demo()
    {
        QString out, err;
        const int code =
            run({QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("json")},
                &out, &err);
        QVERIFY2(code == ExitOk, qPrintable(err));
        const QJsonArray clusters = QJsonDocument::fromJson(out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("clusters"))
                                        .toArray();
        QVERIFY(clusters.size() >= 3);
        int total = 0;
        for (const QJsonValue &c : clusters)
            total += c.toObject().value(QStringLiteral("count")).toInt();
        QCOMPARE(total, 3000);
        QVERIFY(
            !clusters.first().toObject().value(QStringLiteral("first_seen")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClusterCommand)
#include "tst_clustercommand.moc"
