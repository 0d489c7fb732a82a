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

} // namespace gardener::test
