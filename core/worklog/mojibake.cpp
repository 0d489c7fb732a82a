#include "core/worklog/mojibake.h"

#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <array>
#include <vector>

namespace gardener::worklog {
namespace {

// The characters Windows-1252 gives to bytes 0x80..0x9F; 0 marks the five undefined bytes,
// which decoders usually pass through as U+0081 etc. (handled by the Latin-1 rule below).
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The byte 0x80..0xFF a character came from, or -1 when it cannot be part of mojibake.
int byteFor(char16_t c)
{
    if (c < 0x80)
        return -1; // the common case: ASCII is never part of mojibake
    if (c <= 0xFF)
        return c;
    for (int i = 0; i < int(kCp1252High.size()); ++i) {
        if (kCp1252High[size_t(i)] == c)
            return 0x80 + i;
    }
    return -1;
}

bool isContinuation(int b)
{
    return b >= 0x80 && b <= 0xBF;
}

// Decodes one UTF-8 sequence starting at bytes[i]; returns its length, or 0 when invalid.
int decodeAt(const std::vector<int> &bytes, size_t i, char32_t &cp)
{
    const int b0 = bytes[i];
    int need = 0;
    char32_t value = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 2;
        value = char32_t(b0 & 0x1F);
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 3;
        value = char32_t(b0 & 0x0F);
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 4;
        value = char32_t(b0 & 0x07);
    } else {
        return 0;
    }
    if (i + size_t(need) > bytes.size())
        return 0;
    for (int k = 1; k < need; ++k) {
        const int b = bytes[i + size_t(k)];
        if (b < 0 || !isContinuation(b))
            return 0;
        value = (value << 6) | char32_t(b & 0x3F);
    }
    if ((need == 3 && (value < 0x800 || (value >= 0xD800 && value <= 0xDFFF))) ||
        (need == 4 && (value < 0x10000 || value > 0x10FFFF))) {
        return 0;
    }
    cp = value;
    return need;
}

QString repairOnce(const QString &text, int &repairs)
{
    const bool any =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x80; });
    if (!any)
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        // Copy the stretch that cannot be mojibake in one go.
        qsizetype plain = i;
        while (plain < n && byteFor(text.at(plain).unicode()) < 0)
            ++plain;
        if (plain > i) {
            out.append(QStringView(text).mid(i, plain - i));
            i = plain;
            continue;
        }
        // Collect the run of characters that all map back to high bytes.
        qsizetype end = i;
        std::vector<int> bytes;
        while (end < n) {
            const int b = byteFor(text.at(end).unicode());
            if (b < 0)
                break;
            bytes.push_back(b);
            ++end;
        }
        size_t k = 0;
        while (k < bytes.size()) {
            char32_t cp = 0;
            const int len = decodeAt(bytes, k, cp);
            if (len > 0) {
                out.append(QString::fromUcs4(&cp, 1));
                ++repairs;
                k += size_t(len);
            } else {
                out.append(text.at(i + qsizetype(k)));
                ++k;
            }
        }
        i = end;
    }
    return out;
}

} // namespace

QString repairMojibake(const QString &text, int *repairs)
{
    int total = 0;
    QString current = text;
    for (int pass = 0; pass < 3; ++pass) {
        int count = 0;
        QString next = repairOnce(current, count);
        if (count == 0)
            break;
        total += count;
        current = std::move(next);
    }
    if (repairs)
        *repairs = total;
    return current;
}

QByteArray repairMojibakeLines(QByteArray utf8, qsizetype begin, int *repairs)
{
    // Two passes so that the common case (nothing to repair) copies nothing: the first counts,
    // the second, only when needed, writes the repaired lines into a new buffer.
    int total = 0;
    QByteArray out;
    for (int pass = 0; pass < 2; ++pass) {
        const char *p = utf8.constData();
        const qsizetype n = utf8.size();
        qsizetype written = 0;
        for (qsizetype at = begin; at < n;) {
            const void *nl = memchr(p + at, '\n', size_t(n - at));
            const qsizetype end = nl ? static_cast<const char *>(nl) - p : n;
            const QByteArrayView line(p + at, end - at);
            const bool high =
                std::any_of(line.begin(), line.end(), [](char c) { return uchar(c) >= 0x80; });
            if (high) {
                int count = 0;
                const QString repaired = repairMojibake(QString::fromUtf8(line), &count);
                if (pass == 0) {
                    total += count;
                } else if (count > 0) {
                    out.append(QByteArrayView(p + written, at - written));
                    out.append(repaired.toUtf8());
                    written = end;
                }
            }
            at = end + 1;
        }
        if (pass == 0 && total == 0)
            break;
        if (pass == 1) {
            out.append(QByteArrayView(p + written, n - written));
            utf8 = std::move(out);
            break; // the last pass: nothing reads `out` again
        }
    }
    if (repairs)
        *repairs = total;
    return utf8;
}

namespace {

// Offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        int need = 0;
        if (b < 0x80)
            need = 0;
        else if (b >= 0xC2 && b <= 0xDF)
            need = 1;
        else if (b >= 0xE0 && b <= 0xEF)
            need = 2;
        else if (b >= 0xF0 && b <= 0xF4)
            need = 3;
        else
            return i;
        if (i + need >= n && need > 0)
            return i;
        for (int k = 1; k <= need; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += need + 1;
    }
    return -1;
}

} // namespace

// The bytes to read as UTF-8 and where they start: the input itself, shared, unless it is
// UTF-16 or holds NUL bytes (then a converted copy).
QByteArray utf8Of(const QByteArray &raw, QStringList &warnings, qsizetype *begin)
{
    *begin = 0;
    if (raw.startsWith("\xFF\xFE") || raw.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringDecoder::Utf16, QStringDecoder::Flag::Default);
        const QString text = decoder(raw);
        if (decoder.hasError())
            warnings.append(
                QStringLiteral("the UTF-16 text has invalid sequences; they were replaced"));
        return text.toUtf8();
    }
    const qsizetype bom = raw.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QByteArray bytes = raw;
    const qsizetype nul = bytes.indexOf('\0', bom);
    if (nul >= 0) {
        warnings.append(
            QStringLiteral("byte %1: NUL byte, the file looks binary; read as text anyway")
                .arg(nul));
        bytes.replace('\0', ' ');
    }
    const qsizetype bad = firstInvalidUtf8(QByteArrayView(bytes).sliced(bom));
    if (bad >= 0)
        warnings.append(QStringLiteral("byte %1: invalid UTF-8; undecodable bytes were replaced")
                            .arg(bad + bom));
    *begin = bom;
    return bytes;
}

} // namespace gardener::worklog
