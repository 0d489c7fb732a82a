// Recall of the redactor per kind and per form on tests/data/redaction/corpus.tsv (every value
// whole, truncated, URL-encoded, base64-encoded, JSON-escaped, JSON inside JSON, and as a
// cluster name made from the clustering masker's template), and false positives on ordinary text
// (tests/data/redaction/ordinary.txt, clean.txt and the demo generator's messages). The printed
// tables are the figures in docs/security.md.
#include "core/clustering/masker.h"
#include "core/demo/bundleddemo.h"
#include "core/demo/demogenerator.h"
#include "core/redaction/detectors.h"
#include "core/redaction/detectortable.h"
#include "core/redaction/encodedforms.h"
#include "core/redaction/redactor.h"
#include "tests/common/testpaths.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

#include <functional>

using namespace gardener;
using namespace gardener::redaction;
using gardener::test::dataPath;

namespace {

struct Case
{
    QString kind;
    QString context; // "{}" is where the value goes
    QString value;
    QString core; // what must not survive
};

QList<Case> loadCorpus()
{
    QList<Case> out;
    QFile f(dataPath(QStringLiteral("redaction/corpus.tsv")));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        QStringList parts = QString::fromUtf8(raw).split(QLatin1Char('\t'));
        if (parts.size() < 3)
            continue;
        for (QString &p : parts)
            p.replace(QLatin1String("\\n"), QLatin1String("\n"));
        const QString core = parts.size() > 3 && !parts.at(3).isEmpty() ? parts.at(3) : parts.at(2);
        out.append({parts.at(0), parts.at(1), parts.at(2), core});
    }
    return out;
}

// The known prefix of the token kinds (100 % recall is required for these).
QRegularExpression knownPrefix(const QString &kind)
{
    static const QMap<QString, QString> prefixes = {
        {QStringLiteral("github-token"), QStringLiteral("^(?:gh[pousr]_|github_pat_)")},
        {QStringLiteral("google-api-key"), QStringLiteral("^AIza")},
        {QStringLiteral("aws-access-key"), QStringLiteral("^A[KS]IA")},
        {QStringLiteral("slack-token"), QStringLiteral("^(?:xox[a-z]-|xapp-)")},
        {QStringLiteral("slack-webhook"), QStringLiteral("^https://hooks\\.slack\\.com/services/")},
        {QStringLiteral("stripe-key"), QStringLiteral("^[a-z]{2}_(?:live|test)_")},
        {QStringLiteral("oauth-access-token"), QStringLiteral("^ya29\\.")},
        {QStringLiteral("oauth-refresh-token"), QStringLiteral("^1//")},
        {QStringLiteral("jwt"), QStringLiteral("^eyJ")},
        {QStringLiteral("private-key"), QStringLiteral("^-----BEGIN [A-Z ]+-----\\n")},
    };
    return prefixes.contains(kind) ? QRegularExpression(prefixes.value(kind))
                                   : QRegularExpression();
}

bool isKnownPrefixKind(const QString &kind)
{
    return knownPrefix(kind).isValid() && !knownPrefix(kind).pattern().isEmpty();
}

const QStringList Forms = {
    QStringLiteral("whole"),        QStringLiteral("truncated"),    QStringLiteral("url-encoded"),
    QStringLiteral("base64"),       QStringLiteral("json-escaped"), QStringLiteral("json-in-json"),
    QStringLiteral("cluster-name"),
};

// A text in one form, and how to read the plain text back out of a (redacted) copy of it.
struct Probe
{
    QString text;
    QString mustVanish;
    std::function<QString(const QString &)> visible; // empty string: the form broke (bad JSON)
};

QString line(const Case &c)
{
    QString l = c.context;
    return l.replace(l.indexOf(QLatin1String("{}")), 2, c.value);
}

// Everything but letters and digits as \uXXXX or \/, as aggressive JSON encoders write it.
QString jsonEscapeHard(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c == QLatin1Char('/'))
            out += QLatin1String("\\/");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('.') ||
                 c == QLatin1Char('_'))
            out += c;
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return out;
}

QString jsonField(const QString &json, const QString &key)
{
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(json.toUtf8(), &err);
    return err.error == QJsonParseError::NoError ? d.object().value(key).toString() : QString();
}

Probe probe(const Case &c, const QString &form, int row)
{
    const QString l = line(c);
    const auto same = [](const QString &out) { return out; };
    if (form == QLatin1String("truncated")) {
        // Known prefixes are cut 10 characters after the prefix (the case of a title cut after
        // 22 characters of a github_pat_); other values after two thirds.
        const qsizetype coreAt = c.value.indexOf(c.core);
        const qsizetype prefixLength =
            isKnownPrefixKind(c.kind) ? knownPrefix(c.kind).match(c.value).capturedLength() : -1;
        const qsizetype keep =
            prefixLength >= 0 ? prefixLength + 10 : qMax(coreAt + 4, c.value.size() * 2 / 3);
        const QStringList markers = {QStringLiteral("…"), QStringLiteral("..."), QString()};
        const QString cut = l.left(l.indexOf(c.value) + keep) + markers.at(row % 3);
        const qsizetype from = qMax(coreAt, prefixLength);
        const QString fragment = c.value.left(keep).mid(from, coreAt + c.core.size() - from);
        return {cut, fragment, same};
    }
    if (form == QLatin1String("url-encoded")) {
        const QString text = QStringLiteral("GET /search?q=%1&lang=en HTTP/1.1")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(l)));
        return {text, c.core,
                [](const QString &out) { return QUrl::fromPercentEncoding(out.toUtf8()); }};
    }
    if (form == QLatin1String("base64")) {
        const auto options = row % 2
                                 ? QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                 : QByteArray::Base64Encoding;
        const QString blob = QString::fromLatin1(l.toUtf8().toBase64(options));
        return {QStringLiteral("payload=%1 end").arg(blob), c.core, [blob, l](const QString &out) {
                    return out.contains(blob) ? out + QLatin1Char('\n') + l : out;
                }};
    }
    if (form == QLatin1String("json-escaped")) {
        const QString text = QStringLiteral("{\"severity\":\"ERROR\",\"textPayload\":\"%1\"}")
                                 .arg(jsonEscapeHard(l));
        return {text, c.core,
                [](const QString &out) { return jsonField(out, QStringLiteral("textPayload")); }};
    }
    if (form == QLatin1String("json-in-json")) {
        const QString inner =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("message"), l}})
                                  .toJson(QJsonDocument::Compact));
        const QString text =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("textPayload"), inner}})
                                  .toJson(QJsonDocument::Compact));
        return {text, c.core, [](const QString &out) {
                    return jsonField(jsonField(out, QStringLiteral("textPayload")),
                                     QStringLiteral("message"));
                }};
    }
    if (form == QLatin1String("cluster-name")) {
        static const clustering::Masker masker;
        // The masker may replace the start of a value ("1//" becomes "<NUM>//"): what must
        // not survive is the rest of it.
        const QString tail = c.core.size() >= 12 ? c.core.right(c.core.size() * 2 / 3) : c.core;
        // As cluster names are made from a template: "<*>" shown as "…", cut at 100 characters.
        QString name = QString::fromStdString(masker.maskToString(l.toStdString()));
        name.replace(QLatin1String("<*>"), QLatin1String("…"));
        if (name.size() > 100)
            name = name.left(99) + QStringLiteral("…");
        return {name, tail, same};
    }
    return {l, c.core, same};
}

struct Tally
{
    int caught = 0;
    int total = 0;
    QString percent() const
    {
        return total == 0 ? QStringLiteral("–")
                          : QStringLiteral("%1 %").arg(100.0 * caught / total, 0, 'f',
                                                       caught == total ? 0 : 1);
    }
};

QStringList ordinaryLines(const QString &relative)
{
    QFile f(QDir::isAbsolutePath(relative) ? relative : dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QString &l :
         QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!l.startsWith(QLatin1Char('#')))
            out << l;
    }
    return out;
}

// The distinct messages of the demo generator: the bundled demo's options, or count entries
// from another seed.
QStringList demoMessages(quint64 seed = 0, qint64 count = 0)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    demo::DemoOptions options = demo::bundledDemoOptions();
    if (count > 0) {
        options.seed = seed;
        options.count = count;
    }
    options.format = demo::DemoFormat::JsonLines;
    options.gzip = false;
    if (!demo::writeDemo(buffer, options))
        return {};
    QSet<QString> seen;
    QStringList out;
    for (const QByteArray &raw : buffer.data().split('\n')) {
        const QJsonObject e = QJsonDocument::fromJson(raw).object();
        QString m = e.value(QLatin1String("jsonPayload"))
                        .toObject()
                        .value(QLatin1String("message"))
                        .toString();
        if (m.isEmpty())
            m = e.value(QLatin1String("textPayload")).toString();
        if (!m.isEmpty() && !seen.contains(m)) {
            seen.insert(m);
            out << m;
        }
    }
    return out;
}

} // namespace

class TestRedactionCorpus : public QObject
{
    Q_OBJECT
private slots:
    void recallPerKindAndForm()
    {
        const QList<Case> corpus = loadCorpus();
        QVERIFY2(corpus.size() >= 60, "tests/data/redaction/corpus.tsv is missing or short");
        Redactor r;
        QMap<QString, QMap<QString, Tally>> table; // kind -> form -> tally
        QMap<QString, Tally> prefixed, rest;       // form -> tally
        int cases = 0;
        QStringList misses;
        for (int row = 0; row < corpus.size(); ++row) {
            const Case &c = corpus.at(row);
            QVERIFY2(line(c).contains(c.value), qPrintable(c.context));
            for (const QString &form : Forms) {
                const Probe p = probe(c, form, row);
                // A form in which the value does not appear at all (the masker replaced it) is
                // not a case: nothing could leak.
                if (p.mustVanish.isEmpty() || !p.visible(p.text).contains(p.mustVanish))
                    continue;
                ++cases;
                const QString out = r.redact(p.text);
                const QString seen = p.visible(out);
                QVERIFY2(!seen.isEmpty(),
                         qPrintable(QStringLiteral("%1/%2 is no longer valid JSON: %3")
                                        .arg(c.kind, form, out)));
                const bool caught = !seen.contains(p.mustVanish);
                Tally &t = table[c.kind][form];
                Tally &group = isKnownPrefixKind(c.kind) ? prefixed[form] : rest[form];
                t.total += 1;
                group.total += 1;
                t.caught += caught;
                group.caught += caught;
                if (!caught)
                    misses << QStringLiteral("%1/%2 row %3: %4")
                                  .arg(c.kind, form)
                                  .arg(row + 1)
                                  .arg(out);
            }
        }
        qInfo("%d cases from %lld values", cases, qlonglong(corpus.size()));
        qInfo("| Kind | %s |", qPrintable(Forms.join(QLatin1String(" | "))));
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            QStringList cells;
            for (const QString &form : Forms)
                cells << it.value().value(form).percent();
            qInfo("| `%s` | %s |", qPrintable(it.key()),
                  qPrintable(cells.join(QLatin1String(" | "))));
        }
        QStringList pc, rc;
        Tally allPrefixed, allRest;
        for (const QString &form : Forms) {
            pc << prefixed.value(form).percent();
            rc << rest.value(form).percent();
            allPrefixed.caught += prefixed.value(form).caught;
            allPrefixed.total += prefixed.value(form).total;
            allRest.caught += rest.value(form).caught;
            allRest.total += rest.value(form).total;
        }
        qInfo("| **known prefixes** | %s |", qPrintable(pc.join(QLatin1String(" | "))));
        qInfo("| **the rest** | %s |", qPrintable(rc.join(QLatin1String(" | "))));
        qInfo("known prefixes %d/%d, the rest %d/%d", allPrefixed.caught, allPrefixed.total,
              allRest.caught, allRest.total);
        for (const QString &m : std::as_const(misses))
            qInfo("missed: %s", qPrintable(m));

        QVERIFY2(cases >= 250, "the corpus must hold at least 250 cases");
        for (const QString &form : Forms) {
            const Tally t = prefixed.value(form);
            QVERIFY2(
                t.caught == t.total,
                qPrintable(
                    QStringLiteral("known-prefix recall %1 in form %2").arg(t.percent(), form)));
            const Tally o = rest.value(form);
            QVERIFY2(
                o.caught * 100 >= o.total * 95,
                qPrintable(
                    QStringLiteral("recall on the rest %1 in form %2").arg(o.percent(), form)));
        }
        QVERIFY2(allRest.caught * 100 >= allRest.total * 95,
                 qPrintable(QStringLiteral("recall on the rest %1/%2 is below 95 %")
                                .arg(allRest.caught)
                                .arg(allRest.total)));
    }

    // A detector is skipped when the text lacks what it needs (a literal word, enough digits):
    // that must only ever skip detectors that could not have found anything. Every text the
    // detectors scan (each case in each form, its decoded views and base64 runs, upper and
    // lower case, and the ordinary texts) is run through every detector without the check.
    void detectorsAreSkippedOnlyWhereTheyCannotMatch()
    {
        using namespace gardener::redaction::detail;
        for (const Detector &d : builtInDetectors())
            QVERIFY2(!d.needs.words.empty() || d.needs.digits > 0,
                     qPrintable(QStringLiteral("no needs for: ") + d.reason));
        QStringList texts = ordinaryLines(QStringLiteral("redaction/ordinary.txt")) +
                            ordinaryLines(QStringLiteral("redaction/clean.txt")) +
                            demoMessages(3, 3000);
        // At the edges of the digit counts: a 13-digit card, an address of four digits.
        texts << QStringLiteral("charged card 4012888888881 today")
              << QStringLiteral("resolver 8.8.4.4 timed out")
              << QStringLiteral("call (212) 555-0143");
        const QList<Case> corpus = loadCorpus();
        QVERIFY(!corpus.isEmpty());
        for (int row = 0; row < corpus.size(); ++row)
            for (const QString &form : Forms)
                texts << probe(corpus.at(row), form, row).text;
        QStringList scanned;
        for (const QString &t : std::as_const(texts)) {
            for (const QString &cased : {t, t.toUpper(), t.toLower()}) {
                scanned << cased;
                for (const DecodedView &v : decodedViews(cased))
                    scanned << v.text;
                for (const Base64Run &run : base64Runs(cased))
                    scanned << run.decoded;
            }
        }
        int skipped = 0, matched = 0;
        QSet<QString> rowsMatched;
        for (const QString &text : std::as_const(scanned)) {
            const QString scan = scanCopy(text);
            const gardener::util::AsciiWords words(scan);
            for (const Detector &d : builtInDetectors()) {
                const bool needed = words.mayMeet(d.needs);
                auto it = d.regex.globalMatch(scan);
                bool found = false;
                while (it.hasNext() && !found) {
                    const QRegularExpressionMatch m = it.next();
                    found =
                        m.capturedLength(d.group) > 0 && (!d.accept || d.accept(scan, m, d.group));
                }
                QVERIFY2(
                    needed || !found,
                    qPrintable(QStringLiteral("%1 skipped but matches: %2").arg(d.reason, scan)));
                skipped += !needed;
                matched += found;
                if (found)
                    rowsMatched.insert(d.reason + d.form);
            }
        }
        qInfo(
            "%lld texts, %d detector runs skipped, %d matched, %lld of %lld rows matched somewhere",
            qlonglong(scanned.size()), skipped, matched, qlonglong(rowsMatched.size()),
            qlonglong(builtInDetectors().size()));
        QVERIFY(skipped > scanned.size()); // the check does skip work
        QVERIFY(rowsMatched.size() * 10 >= builtInDetectors().size() * 8);
    }

    void ordinaryTextIsLeftAlone_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<bool>("strict");
        QTest::newRow("ordinary.txt")
            << ordinaryLines(QStringLiteral("redaction/ordinary.txt")) << true;
        QTest::newRow("clean.txt") << ordinaryLines(QStringLiteral("redaction/clean.txt")) << true;
        QTest::newRow("demo messages") << demoMessages() << true;
        QTest::newRow("demo messages, seed 2, 20000 entries") << demoMessages(2, 20000) << true;
        // More text to measure on, one message per line (e.g. the distinct messages of another
        // generated corpus): the altered lines are listed for a person to judge, since such
        // text may hold real addresses; absent: no row.
        for (const QString &path : qEnvironmentVariable("GARDENER_REDACTION_EXTRA_TEXT")
                                       .split(QLatin1Char(':'), Qt::SkipEmptyParts))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << ordinaryLines(path) << false;
    }

    void ordinaryTextIsLeftAlone()
    {
        QFETCH(QStringList, lines);
        QFETCH(bool, strict);
        QVERIFY2(lines.size() >= 15, "the ordinary text is missing");
        Redactor r;
        int altered = 0;
        for (const QString &l : std::as_const(lines)) {
            const QList<Finding> fs = r.findings(l);
            if (fs.isEmpty())
                continue;
            ++altered;
            qInfo("altered (%s): %s", qPrintable(findingKindName(fs.first().kind)), qPrintable(l));
        }
        qInfo("%d of %lld lines altered (%.2f %%)", altered, qlonglong(lines.size()),
              100.0 * altered / lines.size());
        if (strict)
            QVERIFY2(altered * 100 <= lines.size(), "more than 1 % of ordinary lines altered");
    }
};

QTEST_GUILESS_MAIN(TestRedactionCorpus)
#include "tst_redactioncorpus.moc"
