#include "core/session/clusterlink.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace gardener {

namespace {
const QString Scheme = QStringLiteral("loggardener");
}

bool ClusterLink::looksLikeLink(const QString &text)
{
    return text.startsWith(Scheme + QLatin1Char(':'), Qt::CaseInsensitive);
}

QString ClusterLink::toString() const
{
    // Written by hand, every value percent-encoded: '&', '#', '%', '+' and spaces in paths must
    // come back as they were.
    const auto enc = [](const QString &v) {
        return QString::fromLatin1(QUrl::toPercentEncoding(v, "/:"));
    };
    QString s = Scheme + QStringLiteral("://open?cluster=") + enc(fingerprint);
    if (demo)
        s += QStringLiteral("&demo=1");
    for (const QString &f : files)
        s += QStringLiteral("&file=") + enc(QFileInfo(f).absoluteFilePath());
    return s;
}

Result<ClusterLink> ClusterLink::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return fail(QStringLiteral("not a valid link: %1").arg(url.errorString()), text);
    if (url.scheme().compare(Scheme, Qt::CaseInsensitive) != 0 ||
        url.host() != QLatin1String("open"))
        return fail(QStringLiteral(
                        "not a Log Gardener cluster link (expected loggardener://open?cluster=…)"),
                    text);
    ClusterLink link;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("cluster"))
            link.fingerprint = value;
        else if (key == QLatin1String("file"))
            link.files << QDir::cleanPath(value);
        else if (key == QLatin1String("demo"))
            link.demo = value != QLatin1String("0");
        else
            return fail(QStringLiteral("unknown part \"%1\" in the link").arg(key), text);
    }
    if (link.fingerprint.isEmpty())
        return fail(QStringLiteral("the link names no cluster (cluster=…)"), text);
    if (link.files.isEmpty() == !link.demo)
        return fail(link.demo ? QStringLiteral("the link names both files and the demo data")
                              : QStringLiteral(
                                    "the link names no export file (file=…) and not the demo data"),
                    text);
    for (const QString &f : std::as_const(link.files))
        if (!QFileInfo(f).isAbsolute())
            return fail(
                QStringLiteral("the file \"%1\" in the link is not an absolute path").arg(f), text);
    return link;
}

} // namespace gardener
