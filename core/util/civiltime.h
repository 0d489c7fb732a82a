#pragma once

// Calendar arithmetic shared by the reader's timestamp parser and the demo generator's writer.
// Header-only because the demo library sits below gardener_core and must not link it.
// Algorithms: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (proleptic Gregorian).

#include <QtGlobal>

namespace gardener::civil {

constexpr qint64 kNsPerSecond = 1000000000LL;

// Days since 1970-01-01.
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

struct DateTime
{
    qint64 year = 1970;
    unsigned month = 1, day = 1, hour = 0, minute = 0, second = 0;
    qint64 nanos = 0; // 0..999,999,999
};

// Nanoseconds since the epoch (UTC) to calendar fields; negative times floor correctly.
constexpr DateTime fromEpochNanos(qint64 ns)
{
    qint64 seconds = ns / kNsPerSecond;
    qint64 fraction = ns % kNsPerSecond;
    if (fraction < 0) {
        fraction += kNsPerSecond;
        --seconds;
    }
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    DateTime t;
    qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    t.day = doy - (153 * mp + 2) / 5 + 1;
    t.month = mp < 10 ? mp + 3 : mp - 9;
    t.year = static_cast<qint64>(yoe) + era * 400 + (t.month <= 2);
    t.hour = static_cast<unsigned>(rest / 3600);
    t.minute = static_cast<unsigned>(rest / 60 % 60);
    t.second = static_cast<unsigned>(rest % 60);
    t.nanos = fraction;
    return t;
}

static_assert(fromEpochNanos(0).year == 1970 && fromEpochNanos(0).month == 1);
static_assert(fromEpochNanos(-1).year == 1969 && fromEpochNanos(-1).second == 59);
static_assert(daysFromCivil(2000, 3, 1) == 11017);

} // namespace gardener::civil
