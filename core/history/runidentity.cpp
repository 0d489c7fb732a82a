#include "core/history/runidentity.h"

#include <QCryptographicHash>
#include <QFile>
#include <algorithm>

namespace gardener::history {

QByteArray fileIdentity(const QString &path)
{
    constexpr qint64 kEnd = 1024 * 1024;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = f.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(f.read(kEnd));
    if (size > kEnd) {
        if (!f.seek(std::max(kEnd, size - kEnd)))
            return {};
        hash.addData(f.read(kEnd));
    }
    if (f.error() != QFileDevice::NoError)
        return {};
    return QByteArray::number(size) + ':' + hash.result().toHex();
}

QByteArray bytesIdentity(const QByteArray &bytes)
{
    return QByteArray::number(bytes.size()) +
           ":all:" + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString runDataKey(QList<QByteArray> inputs, qint64 firstNs, qint64 lastNs, quint64 entries)
{
    if (inputs.isEmpty() || std::any_of(inputs.cbegin(), inputs.cend(),
                                        [](const QByteArray &i) { return i.isEmpty(); }))
        return {};
    std::sort(inputs.begin(), inputs.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &i : std::as_const(inputs))
        hash.addData(QByteArray(i + '\n'));
    hash.addData(QByteArray(QByteArray::number(firstNs) + ' ' + QByteArray::number(lastNs) + ' ' +
                            QByteArray::number(entries)));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace gardener::history
