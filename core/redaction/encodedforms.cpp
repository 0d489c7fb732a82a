#include "core/redaction/encodedforms.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace gardener::redaction::detail {

namespace {

constexpr int MaxLevels = 3;
constexpr int MaxViews = 6;

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// One decoding step; the maps index into the step's input.
struct Step
{
    QString text;
    QList<qsizetype> from;
    QList<qsizetype> to;
    bool changed = false;

    void reserve(qsizetype n)
    {
        text.reserve(n);
        from.reserve(n);
        to.reserve(n);
    }

    void put(QChar c, qsizetype start, qsizetype end)
    {
        text += c;
        from.append(start);
        to.append(end);
    }
};

// %XX of printable ASCII (and line breaks). Other bytes stay as written: every secret the
// detectors know is ASCII, and decoding a broken UTF-8 sequence would only blur the map.
Step urlDecode(const QString &in)
{
    Step s;
    if (!in.contains(QLatin1Char('%')))
        return s;
    s.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == QLatin1Char('%') && i + 2 < in.size()) {
            const int hi = hexValue(in.at(i + 1));
            const int lo = hexValue(in.at(i + 2));
            const int v = hi * 16 + lo;
            if (hi >= 0 && lo >= 0 && (v >= 0x20 || v == '\n' || v == '\r' || v == '\t') &&
                v < 0x7f) {
                s.put(QChar(v), i, i + 3);
                s.changed = true;
                i += 2;
                continue;
            }
        }
        s.put(in.at(i), i, i + 1);
    }
    return s;
}

// JSON string escapes. Only worth a view when there is more than \n, \r and \t (scanCopy
// already turns those into spaces in place).
Step jsonUnescape(const QString &in)
{
    Step s;
    static const QRegularExpression worth(QStringLiteral(R"re(\\["\\/u])re"));
    if (!in.contains(worth))
        return s;
    s.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != QLatin1Char('\\') || i + 1 >= in.size()) {
            s.put(in.at(i), i, i + 1);
            continue;
        }
        const QChar e = in.at(i + 1);
        QChar out;
        qsizetype len = 2;
        switch (e.unicode()) {
        case '"':
            out = QLatin1Char('"');
            break;
        case '\\':
            out = QLatin1Char('\\');
            break;
        case '/':
            out = QLatin1Char('/');
            break;
        case 'n':
            out = QLatin1Char('\n');
            break;
        case 'r':
            out = QLatin1Char('\r');
            break;
        case 't':
            out = QLatin1Char('\t');
            break;
        case 'b':
        case 'f':
            out = QLatin1Char(' ');
            break;
        case 'u': {
            int v = 0;
            bool ok = i + 5 < in.size();
            for (int k = 2; ok && k < 6; ++k) {
                const int h = hexValue(in.at(i + k));
                ok = h >= 0;
                v = v * 16 + h;
            }
            if (ok) {
                out = QChar(char16_t(v));
                len = 6;
            }
            break;
        }
        default:
            break;
        }
        if (out.isNull()) {
            s.put(in.at(i), i, i + 1);
            continue;
        }
        s.put(out, i, i + len);
        s.changed = true;
        i += len - 1;
    }
    return s;
}

DecodedView compose(const DecodedView *outer, Step step, const QString &form)
{
    DecodedView v;
    v.text = std::move(step.text);
    if (!outer) {
        v.from = std::move(step.from);
        v.to = std::move(step.to);
        v.form = form;
        return v;
    }
    v.from.reserve(v.text.size());
    v.to.reserve(v.text.size());
    for (qsizetype i = 0; i < v.text.size(); ++i) {
        v.from.append(outer->from.at(step.from.at(i)));
        v.to.append(outer->to.at(step.to.at(i) - 1));
    }
    v.form = outer->form + QStringLiteral(", ") + form;
    return v;
}

} // namespace

QList<DecodedView> decodedViews(const QString &text)
{
    QList<DecodedView> views;
    QList<qsizetype> frontier{-1}; // -1: the original text
    for (int level = 0; level < MaxLevels && !frontier.isEmpty(); ++level) {
        QList<qsizetype> next;
        for (qsizetype index : std::as_const(frontier)) {
            const QString source = index < 0 ? text : views.at(index).text;
            const std::pair<Step, QString> steps[] = {
                {jsonUnescape(source), QStringLiteral("JSON-escaped")},
                {urlDecode(source), QStringLiteral("URL-encoded")},
            };
            for (const auto &[step, form] : steps) {
                if (!step.changed || views.size() >= MaxViews)
                    continue;
                const bool seen =
                    std::any_of(views.cbegin(), views.cend(),
                                [&](const DecodedView &v) { return v.text == step.text; });
                if (seen)
                    continue;
                views.append(compose(index < 0 ? nullptr : &views.at(index), step, form));
                next.append(views.size() - 1);
            }
        }
        frontier = next;
    }
    return views;
}

QList<Base64Run> base64Runs(const QString &text)
{
    static const QRegularExpression run(QStringLiteral(
        R"re((?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{12,}={0,2}(?![A-Za-z0-9+/_=-]))re"));
    QList<Base64Run> out;
    // Most texts hold no run of twelve such characters: said by one pass, without a match.
    qsizetype current = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool inRun = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') ||
                           (u >= '0' && u <= '9') || u == '+' || u == '/' || u == '_' || u == '-';
        current = inRun ? current + 1 : 0;
        if (current >= 12)
            break;
    }
    if (current < 12)
        return out;
    auto it = run.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString s = m.captured(0);
        const bool url = s.contains(QLatin1Char('-')) || s.contains(QLatin1Char('_'));
        const bool standard = s.contains(QLatin1Char('+')) || s.contains(QLatin1Char('/'));
        if (url && standard)
            continue;
        QString body = s;
        while (body.endsWith(QLatin1Char('=')))
            body.chop(1);
        if (body.size() % 4 == 1)
            continue;
        const auto options = (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) |
                             QByteArray::AbortOnBase64DecodingErrors;
        const auto decoded = QByteArray::fromBase64Encoding(body.toLatin1(), options);
        if (!decoded || decoded.decoded.size() < 6)
            continue;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString plain = utf8(decoded.decoded);
        if (utf8.hasError())
            continue;
        const auto printable = std::count_if(plain.cbegin(), plain.cend(), [](QChar c) {
            return c.isPrint() || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
                   c == QLatin1Char('\t');
        });
        if (printable < plain.size() * 19 / 20)
            continue;
        out.append({m.capturedStart(0), m.capturedLength(0), plain});
    }
    return out;
}

} // namespace gardener::redaction::detail
