#include "core/evidence/evidencetext.h"

#include <QDateTime>
#include <QLocale>

namespace gardener::evidence {

QString countText(quint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(qulonglong(n));
}

QString percentText(double share)
{
    if (share > 0 && share < 0.005)
        return QStringLiteral("<1%");
    if (share < 1 && share > 0.995)
        return QStringLiteral(">99%");
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

QString timeText(qint64 ns)
{
    if (ns == 0)
        return QStringLiteral("unknown");
    return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

QString shortValue(const QString &value, int maxChars)
{
    return value.size() <= maxChars ? value : value.left(maxChars - 1) + QChar(0x2026);
}

} // namespace gardener::evidence
