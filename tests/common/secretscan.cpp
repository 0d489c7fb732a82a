#include "tests/common/secretscan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace gardener::test {

QStringList filesContaining(const QString &root, const QByteArray &secret)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        if (content.contains(secret) || content.contains(secret.toBase64()) ||
            content.contains(secret.toHex()))
            hits << path;
    }
    return hits;
}

} // namespace gardener::test
