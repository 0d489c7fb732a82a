// EntryParser is compiled twice, for simdjson's portable On Demand kernel and for its AVX2 one
// (core/logs/entryparser_haswell.cpp). Both must give the same fields and the same problems
// at the same offsets, AVX2 must be taken where it runs and refused where asked, and no code
// compiled for AVX2 may hide behind a name that baseline code also uses.
#include "core/logs/entryparser.h"
#include "tests/common/testpaths.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace gardener;

namespace {

QString view(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Everything a parse yields, as one comparable text.
QString outcome(EntryParser &parser, const QByteArray &json, bool strict)
{
    QByteArray padded = json;
    padded.append(QByteArray(int(EntryParser::kPadding), ' '));
    EntryFields f;
    const auto failure = parser.parse(padded.constData(), size_t(json.size()), f, strict);
    if (failure)
        return QStringLiteral("failed at %1: %2").arg(failure->offset).arg(failure->what);
    return QStringList{QString::number(f.timestampNs),
                       QString::number(f.receiveTimestampNs),
                       QString::number(int(f.severity)),
                       view(f.insertId),
                       view(f.logName),
                       view(f.resourceType),
                       view(f.service),
                       view(f.revision),
                       view(f.location),
                       view(f.project),
                       view(f.trace),
                       view(f.spanId),
                       view(f.message),
                       view(f.sourceFile),
                       view(f.function),
                       QString::number(f.line),
                       QString::number(f.httpStatus)}
        .join(QLatin1Char('|'));
}

// Entries that reach simdjson's vector paths: strings longer than a 32-byte block, escapes
// and multi-byte UTF-8 on block edges, invalid UTF-8, control characters, wrong types.
QList<QByteArray> handWritten()
{
    const QByteArray longText(200, 'x');
    return {
        R"({"textPayload":"plain","severity":"ERROR","timestamp":"2025-10-03T08:15:42.5Z"})",
        R"({"textPayload":")" + longText + R"(\"quoted\"\\\n\u00e9\ud83d\ude00 tail"})",
        R"({"jsonPayload":{"message":"caf\u00e9 \u2026 )" + longText +
            R"(","labels":{"line":"12"}}})",
        "{\"textPayload\":\"" + QByteArray(31, 'a') + "\xc3\xa9" + QByteArray(40, 'b') + "\"}",
        "{\"textPayload\":\"" + QByteArray(33, 'a') + "\xc3\x28 bad utf-8\"}",
        "{\"textPayload\":\"" + QByteArray(70, 'a') + "\x01 control\"}",
        R"({"textPayload":"unclosed)",
        R"({"severity":5.5})",
        R"({"severity":{}, "timestamp":[]})",
        R"({"timestamp":"not a time","httpRequest":{"requestMethod":"GET","status":"404"}})",
        R"({"httpRequest":{"requestMethod":"POST","requestUrl":"https://h/ws/beacon?x=1","status":405}})",
        R"({"protoPayload":{"status":{"message":"denied"},"methodName":"m"}})",
        R"({"jsonPayload":{"a":[1,2,{"b":"c"}],"n":-1.5e10,"t":true,"z":null}})",
        R"({"resource":{"type":"cloud_run_revision","labels":{"service_name":"s","zone":"z"}}})",
        R"({"sourceLocation":{"file":"f.py","line":"abc"}})",
        R"([1,2,3])",
        R"({"a":)" + QByteArray(2000, '[') + QByteArray(2000, ']') + "}",
        R"({"textPayload":"x"} trailing)",
    };
}

QList<QByteArray> fixtureLines()
{
    QFile file(test::dataPath(QStringLiteral("reader/cloudrun.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(line);
    }
    return out;
}

QByteArray mutate(QByteArray bytes, QRandomGenerator &random)
{
    static const char kBytes[] = {'"',    '\\',   '{',    '}',    '[', ']', ',', ':',
                                  '\x80', '\xff', '\xc3', '\x01', '0', 'e', ' ', 'u'};
    const int edits = 1 + int(random.bounded(4));
    for (int i = 0; i < edits && !bytes.isEmpty(); ++i) {
        const int at = int(random.bounded(bytes.size()));
        switch (random.bounded(4)) {
        case 0:
            bytes[at] = kBytes[random.bounded(int(sizeof kBytes))];
            break;
        case 1:
            bytes.insert(at, kBytes[random.bounded(int(sizeof kBytes))]);
            break;
        case 2:
            bytes.remove(at, 1 + int(random.bounded(8)));
            break;
        default:
            bytes.truncate(at);
            break;
        }
    }
    return bytes;
}

} // namespace

class TestEntryParserKernels : public QObject
{
    Q_OBJECT

private slots:
    void theChosenKernelFollowsTheProcessorAndTheEnvironment();
    void bothKernelsGiveTheSameFieldsAndProblems();
    void escapesAreDecodedInKeysAndValues();
    void noBaselineNameCarriesAvx2Code();
};

void TestEntryParserKernels::theChosenKernelFollowsTheProcessorAndTheEnvironment()
{
    QCOMPARE(EntryParser(EntryParser::Kernel::Portable).kernelName(), "fallback");
    const bool avx2 = EntryParser::kernelRuns(EntryParser::Kernel::Avx2);
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__AVX2__) &&       \
    defined(__OPTIMIZE__)
    __builtin_cpu_init();
    QCOMPARE(avx2, bool(__builtin_cpu_supports("avx2")));
#endif
    QCOMPARE(EntryParser(EntryParser::Kernel::Avx2).kernelName(), avx2 ? "haswell" : "fallback");

    const QByteArray saved = qgetenv("GARDENER_JSON_KERNEL");
    qunsetenv("GARDENER_JSON_KERNEL");
    QCOMPARE(EntryParser().kernelName(), avx2 ? "haswell" : "fallback");
    qputenv("GARDENER_JSON_KERNEL", "portable");
    QCOMPARE(EntryParser().kernelName(), "fallback");
    qputenv("GARDENER_JSON_KERNEL", saved);
    if (saved.isNull())
        qunsetenv("GARDENER_JSON_KERNEL");
}

void TestEntryParserKernels::bothKernelsGiveTheSameFieldsAndProblems()
{
    if (!EntryParser::kernelRuns(EntryParser::Kernel::Avx2))
        QSKIP("this build or processor has no AVX2 kernel: only the portable one runs");
    EntryParser portable(EntryParser::Kernel::Portable);
    EntryParser avx2(EntryParser::Kernel::Avx2);
    QCOMPARE(avx2.kernelName(), "haswell");

    QList<QByteArray> inputs = fixtureLines();
    QVERIFY2(inputs.size() >= 5, "tests/data/reader/cloudrun.jsonl is missing");
    inputs += handWritten();
    QRandomGenerator random(19);
    const qsizetype originals = inputs.size();
    for (int i = 0; i < 4000; ++i)
        inputs.append(mutate(inputs[qsizetype(random.bounded(int(originals)))], random));

    int failures = 0;
    for (const QByteArray &json : std::as_const(inputs)) {
        for (const bool strict : {true, false}) {
            const QString expected = outcome(portable, json, strict);
            failures += expected.startsWith(QLatin1String("failed at"));
            const QString actual = outcome(avx2, json, strict);
            if (actual != expected)
                QFAIL(qPrintable(QStringLiteral("kernels differ on %1\nportable: %2\navx2:     %3")
                                     .arg(QString::fromUtf8(json), expected, actual)));
        }
    }
    // The mutations must reach the error paths, or this would compare only the easy half.
    QVERIFY2(failures > 1000, qPrintable(QString::number(failures)));
}

// Plain keys and strings are read where they lie in the input; anything with an escape goes
// through simdjson's decoding. Both kernels, with the decoded values written out by hand.
void TestEntryParserKernels::escapesAreDecodedInKeysAndValues()
{
    const QByteArray json =
        R"({"sev\u0065rity":"ERROR","insertId":"id-\u0031","we\"ird":{"message":"not this"},)"
        R"("resource":{"type":"cloud_run_revision","lab\u0065ls":{"service_name":"svc\\x",)"
        R"("location":"europe-west1"}},"jsonPayload":{"message":"said \"hi\"\n",)"
        R"("labels":{"function":"f\u00e9"}}, "logName" : "projects/p/logs/x" })";
    const QString expected = QStringList{QStringLiteral("0"),
                                         QStringLiteral("0"),
                                         QString::number(int(Severity::Error)),
                                         QStringLiteral("id-1"),
                                         QStringLiteral("projects/p/logs/x"),
                                         QStringLiteral("cloud_run_revision"),
                                         QStringLiteral("svc\\x"),
                                         QString(),
                                         QStringLiteral("europe-west1"),
                                         QString(),
                                         QString(),
                                         QString(),
                                         QStringLiteral("said \"hi\"\n"),
                                         QString(),
                                         QStringLiteral("f\u00e9"),
                                         QStringLiteral("0"),
                                         QStringLiteral("0")}
                                 .join(QLatin1Char('|'));
    for (const auto kernel : {EntryParser::Kernel::Portable, EntryParser::Kernel::Avx2}) {
        EntryParser parser(kernel);
        QCOMPARE(outcome(parser, json, true), expected);
    }
}

void TestEntryParserKernels::noBaselineNameCarriesAvx2Code()
{
    if (!EntryParser::kernelRuns(EntryParser::Kernel::Avx2))
        QSKIP("this build or processor has no AVX2 kernel");
    const QString objdump = QStandardPaths::findExecutable(QStringLiteral("objdump"));
    if (objdump.isEmpty())
        QSKIP("objdump (binutils) is not installed");
    const QString object = QStringLiteral(
        GARDENER_BINARY_DIR "/core/CMakeFiles/gardener_core.dir/logs/entryparser_haswell.cpp.o");
    QVERIFY2(QFile::exists(object), qPrintable(object + QStringLiteral(" not found")));
    QProcess process;
    process.start(objdump, {QStringLiteral("-d"), QStringLiteral("-C"),
                            QStringLiteral("--no-show-raw-insn"), object});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);

    // Instructions beyond baseline x86-64 that the AVX2 region may produce.
    static const QRegularExpression beyondBaseline(
        QStringLiteral("\\t(v[a-z0-9]+|andn|bextr|blsi|blsmsk|blsr|tzcnt|lzcnt|shlx|shrx|sarx|"
                       "rorx|pdep|pext|mulx|popcnt|crc32[a-z]*|pclmul[a-z]*)\\s"));
    static const QRegularExpression header(QStringLiteral("^[0-9a-f]+ <(.*)>:$"));
    QString function;
    int inKernel = 0;
    QStringList outside;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (const auto m = header.match(text); m.hasMatch()) {
            function = m.captured(1);
            continue;
        }
        if (function.isEmpty() || !beyondBaseline.match(text).hasMatch())
            continue;
        // Only names that exist nowhere but in this object may hold AVX2 code (a static
        // initialiser, named after the file, would run on every processor: not allowed).
        if (function.startsWith(QLatin1String("gardener::haswell_kernel::")) ||
            function.startsWith(QLatin1String("simdjson::haswell::")))
            ++inKernel;
        else if (!outside.contains(function))
            outside.append(function);
    }
    QVERIFY2(inKernel > 100, "the AVX2 kernel holds no AVX2 code: is the target region lost?");
    QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestEntryParserKernels)
#include "tst_entryparser_kernels.moc"
