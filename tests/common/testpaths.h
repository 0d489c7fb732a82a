#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>

namespace gardener::test {

// Fixtures written for this repository (always present).
inline QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(GARDENER_TEST_DATA_DIR)).filePath(relative);
}

// The optional shared folder beside the repository; empty if it is absent, and the caller
// skips with QSKIP and a message naming what is missing.
inline QString sharedPath(const QString &relative)
{
    const QString env = qEnvironmentVariable("GARDENER_SHARED_DIR");
    const QDir dir(env.isEmpty() ? QStringLiteral(GARDENER_SHARED_DIR) : env);
    const QString path = dir.filePath(relative);
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

// Every non-empty line of Loghub-2k's logs (the 16 systems' `<name>_2k.log`, by name), for
// benchmarks that want log lines they were not written from; empty without the shared folder.
inline QList<QByteArray> loghubLines()
{
    const QString root = sharedPath(QStringLiteral("data/loghub-2k"));
    QList<QByteArray> lines;
    if (root.isEmpty())
        return lines;
    for (const QString &system :
         QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile f(root + QLatin1Char('/') + system + QLatin1Char('/') + system +
                QStringLiteral("_2k.log"));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.isEmpty())
                lines.append(line);
    }
    return lines;
}

// The built `loggardener` binary, for tests that run the real program; empty when it was not
// built (GARDENER_BUILD_APP=OFF). GARDENER_LOGGARDENER names another build to check (an older
// one, to see a test fail).
inline QString loggardenerBinary()
{
    const QString env = qEnvironmentVariable("GARDENER_LOGGARDENER");
    const QString path =
        env.isEmpty() ? QStringLiteral(GARDENER_BINARY_DIR "/app/loggardener") : env;
    return QFileInfo(path).isExecutable() ? path : QString();
}

} // namespace gardener::test
