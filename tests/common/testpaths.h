#pragma once

#include <QDir>
#include <QFileInfo>
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
