#include "core/util/error.h"

namespace gardener {

QString Error::toString() const
{
    QString where = file;
    if (line >= 0)
        where += (where.isEmpty() ? QStringLiteral("line ") : QStringLiteral(":")) +
                 QString::number(line);
    if (offset >= 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(byte ") +
                 QString::number(offset) + QLatin1Char(')');
    return where.isEmpty() ? what : where + QStringLiteral(": ") + what;
}

} // namespace gardener
