#include "widgets/englishplurals.h"

namespace gardener {

QString EnglishPlurals::resolve(const QString &source, int n)
{
    static const QString marker = QStringLiteral("(s)");
    if (!source.contains(marker))
        return {};
    QString out = source;
    qsizetype at = 0;
    while ((at = out.indexOf(marker, at)) >= 0) {
        if (n == 1) {
            out.remove(at, marker.size());
            continue;
        }
        const bool consonantY = at >= 2 && out.at(at - 1) == QLatin1Char('y') &&
                                !QStringLiteral("aeiou").contains(out.at(at - 2));
        if (consonantY) {
            out.replace(at - 1, 1 + marker.size(), QStringLiteral("ies"));
            at += 2;
        } else {
            out.replace(at, marker.size(), QStringLiteral("s"));
            at += 1;
        }
    }
    return out;
}

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText)
        return {};
    return resolve(QString::fromUtf8(sourceText), n);
}

} // namespace gardener
