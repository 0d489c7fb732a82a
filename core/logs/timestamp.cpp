#include "core/logs/timestamp.h"

#include <cstring>

#include "core/util/civiltime.h"

#include <array>
#include <cstdio>
#include <limits>

namespace gardener {
namespace {

using civil::daysFromCivil;
using civil::kNsPerSecond;

inline bool digits(std::string_view t, size_t at, size_t count, int &value)
{
    if (at + count > t.size())
        return false;
    int v = 0;
    for (size_t i = at; i < at + count; ++i) {
        const unsigned c = static_cast<unsigned char>(t[i]) - '0';
        if (c > 9)
            return false;
        v = v * 10 + static_cast<int>(c);
    }
    value = v;
    return true;
}

bool leapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

} // namespace

std::optional<qint64> parseRfc3339(std::string_view t)
{
    int year, month, day, hour, minute, second;
    if (!digits(t, 0, 4, year) || t.size() < 20 || t[4] != '-' || !digits(t, 5, 2, month) ||
        t[7] != '-' || !digits(t, 8, 2, day) || (t[10] != 'T' && t[10] != 't' && t[10] != ' ') ||
        !digits(t, 11, 2, hour) || t[13] != ':' || !digits(t, 14, 2, minute) || t[16] != ':' ||
        !digits(t, 17, 2, second))
        return std::nullopt;
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 ||
        day > kDays[month - 1] + (month == 2 && leapYear(year) ? 1 : 0) || hour > 23 ||
        minute > 59 || second > 60) // 60: a leap second, folded into the next minute
        return std::nullopt;

    size_t i = 19;
    qint64 fraction = 0;
    if (t[i] == '.' || t[i] == ',') {
        ++i;
        int n = 0;
        while (i < t.size() && static_cast<unsigned>(t[i] - '0') <= 9) {
            if (n < 9) {
                fraction = fraction * 10 + (t[i] - '0');
                ++n;
            }
            ++i;
        }
        if (n == 0)
            return std::nullopt;
        for (; n < 9; ++n)
            fraction *= 10;
    }
    if (i >= t.size())
        return std::nullopt;
    qint64 offsetSeconds = 0;
    if (t[i] == 'Z' || t[i] == 'z') {
        ++i;
    } else if (t[i] == '+' || t[i] == '-') {
        int oh, om;
        if (!digits(t, i + 1, 2, oh) || i + 3 >= t.size() || t[i + 3] != ':' ||
            !digits(t, i + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetSeconds = (oh * 3600 + om * 60) * (t[i] == '-' ? -1 : 1);
        i += 6;
    } else {
        return std::nullopt;
    }
    if (i != t.size())
        return std::nullopt;
    // qint64 nanoseconds reach from 1677-09-21 to 2262-04-11; keep whole years inside that.
    if (year < 1678 || year > 2261)
        return std::nullopt;
    const qint64 seconds =
        daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
        hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * kNsPerSecond + fraction;
}

bool isRfc3339OutOfRange(std::string_view text)
{
    if (text.size() < 5 || text.size() > 64 || text[4] != '-' || parseRfc3339(text))
        return false;
    for (size_t k = 0; k < 4; ++k)
        if (text[k] < '0' || text[k] > '9')
            return false;
    const int year =
        (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
    if (year >= 1678 && year <= 2261)
        return false;
    // The same text in a year inside the range: if that parses, only the year was the problem.
    char copy[64];
    std::memcpy(copy, text.data(), text.size());
    std::memcpy(copy, "2000", 4);
    return parseRfc3339(std::string_view(copy, text.size())).has_value();
}

QString formatRfc3339(qint64 ns)
{
    const civil::DateTime t = civil::fromEpochNanos(ns);
    const qint64 fraction = t.nanos;
    char buffer[64];
    int n =
        std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02u:%02u:%02u",
                      static_cast<long long>(t.year), t.month, t.day, t.hour, t.minute, t.second);
    if (fraction % 1000000 == 0 && fraction != 0)
        n += std::snprintf(buffer + n, sizeof buffer - n, ".%03lld",
                           static_cast<long long>(fraction / 1000000));
    else if (fraction % 1000 == 0 && fraction != 0)
        n += std::snprintf(buffer + n, sizeof buffer - n, ".%06lld",
                           static_cast<long long>(fraction / 1000));
    else if (fraction != 0)
        n += std::snprintf(buffer + n, sizeof buffer - n, ".%09lld",
                           static_cast<long long>(fraction));
    buffer[n++] = 'Z';
    return QString::fromLatin1(buffer, n);
}

std::optional<qint64> parseDurationNs(std::string_view t)
{
    if (t.size() < 2 || t.back() != 's')
        return std::nullopt;
    t.remove_suffix(1);
    bool negative = false;
    if (!t.empty() && t.front() == '-') {
        negative = true;
        t.remove_prefix(1);
    }
    qint64 whole = 0;
    size_t i = 0;
    for (; i < t.size() && t[i] != '.'; ++i) {
        const unsigned c = static_cast<unsigned char>(t[i]) - '0';
        if (c > 9 || whole > std::numeric_limits<qint64>::max() / 10 / kNsPerSecond)
            return std::nullopt;
        whole = whole * 10 + c;
    }
    if (i == 0)
        return std::nullopt;
    qint64 fraction = 0;
    int n = 0;
    if (i < t.size()) {
        for (++i; i < t.size(); ++i) {
            const unsigned c = static_cast<unsigned char>(t[i]) - '0';
            if (c > 9)
                return std::nullopt;
            if (n < 9) {
                fraction = fraction * 10 + c;
                ++n;
            }
        }
    }
    for (; n < 9; ++n)
        fraction *= 10;
    const qint64 ns = whole * kNsPerSecond + fraction;
    return negative ? -ns : ns;
}

} // namespace gardener
