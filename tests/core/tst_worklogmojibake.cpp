#include "core/worklog/mojibake.h"

#include <QTest>

using gardener::worklog::repairMojibake;

namespace {

// What a UTF-8 string looks like after being decoded as Windows-1252 (undefined bytes as
// Latin-1 C1 controls, as most decoders do).
QString misDecoded(const QString &text)
{
    static const char16_t high[32] = {
        0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    QString out;
    for (const char byte : text.toUtf8()) {
        const auto b = static_cast<unsigned char>(byte);
        out.append(b >= 0x80 && b < 0xA0 ? QChar(high[b - 0x80]) : QChar(char16_t(b)));
    }
    return out;
}

} // namespace

class TestWorklogMojibake : public QObject
{
    Q_OBJECT

private slots:
    void repairs_data()
    {
        QTest::addColumn<QString>("broken");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("repairs");
        // The sequences seen in hand-written worklogs, spelled out as they appear there.
        QTest::newRow("siren") << QString::fromUtf8(
                                      "### \xC3\xB0\xC5\xB8\xC5\xA1\xC2\xA8 Cluster 1")
                               << QString::fromUtf8("### \xF0\x9F\x9A\xA8 Cluster 1") << 1;
        QTest::newRow("check mark") << QString::fromUtf8("COMPLETED \xC3\xA2\xC5\x93\xE2\x80\xA6")
                                    << QString::fromUtf8("COMPLETED \xE2\x9C\x85") << 1;
        QTest::newRow("key") << QString::fromUtf8(
                                    "[\xC3\xB0\xC5\xB8\xE2\x80\x9D\xE2\x80\x98] OPTIONAL")
                             << QString::fromUtf8("[\xF0\x9F\x94\x91] OPTIONAL") << 1;
        QTest::newRow("green circle") << misDecoded(QString::fromUtf8("\xF0\x9F\x9F\xA2 LOW"))
                                      << QString::fromUtf8("\xF0\x9F\x9F\xA2 LOW") << 1;
        QTest::newRow("undefined cp1252 byte (magnifier, 0x8D)")
            << misDecoded(QString::fromUtf8("\xF0\x9F\x94\x8D search"))
            << QString::fromUtf8("\xF0\x9F\x94\x8D search") << 1;
        QTest::newRow("accented latin") << misDecoded(QString::fromUtf8("r\xC3\xA9sum\xC3\xA9"))
                                        << QString::fromUtf8("r\xC3\xA9sum\xC3\xA9") << 2;
        QTest::newRow("euro sign") << misDecoded(QString::fromUtf8("\xE2\x82\xAC 5"))
                                   << QString::fromUtf8("\xE2\x82\xAC 5") << 1;
        QTest::newRow("double mis-decoding")
            << misDecoded(misDecoded(QString::fromUtf8("\xE2\x9C\x85 done")))
            << QString::fromUtf8("\xE2\x9C\x85 done") << 4;
        QTest::newRow("adjacent emoji")
            << misDecoded(QString::fromUtf8("\xF0\x9F\x9A\xA8\xE2\x9C\x85"))
            << QString::fromUtf8("\xF0\x9F\x9A\xA8\xE2\x9C\x85") << 2;
        QTest::newRow("mixed with intact emoji")
            << QString::fromUtf8("\xF0\x9F\x94\x91 ok, ") +
                   misDecoded(QString::fromUtf8("\xF0\x9F\x94\x91"))
            << QString::fromUtf8("\xF0\x9F\x94\x91 ok, \xF0\x9F\x94\x91") << 1;
    }

    void repairs()
    {
        QFETCH(QString, broken);
        QFETCH(QString, expected);
        QFETCH(int, repairs);
        QVERIFY(broken != expected);
        int count = -1;
        QCOMPARE(repairMojibake(broken, &count), expected);
        QCOMPARE(count, repairs);
    }

    void leavesLegitimateTextAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("Cluster 1: 17+ occurrences");
        QTest::newRow("french") << QString::fromUtf8(
            "caf\xC3\xA9 na\xC3\xAFve cr\xC3\xA8me br\xC3\xBBl\xC3\xA9"
            "e");
        QTest::newRow("german") << QString::fromUtf8("Gr\xC3\xB6\xC3\x9F"
                                                     "e \xC3\x84nderung \xC3\xBC"
                                                     "ber");
        QTest::newRow("euro alone") << QString::fromUtf8("\xE2\x82\xAC 5 and \xC2\xA3 3");
        QTest::newRow("curly quotes and dash")
            << QString::fromUtf8("\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 fine");
        QTest::newRow("cjk") << QString::fromUtf8(
            "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xE3\x83\xAD\xE3\x82\xB0");
        QTest::newRow("real emoji")
            << QString::fromUtf8("\xF0\x9F\x9A\xA8 \xE2\x9C\x85 \xF0\x9F\x94\x91");
        QTest::newRow("lone lead-like letter")
            << QString::fromUtf8("\xC3\x83 alone, \xC3\xB0 alone, \xC3\xA2 x");
        QTest::newRow("empty") << QString();
    }

    void leavesLegitimateTextAlone()
    {
        QFETCH(QString, text);
        int count = -1;
        QCOMPARE(repairMojibake(text, &count), text);
        QCOMPARE(count, 0);
    }
};

QTEST_GUILESS_MAIN(TestWorklogMojibake)
#include "tst_worklogmojibake.moc"
