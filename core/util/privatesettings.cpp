#include "core/util/privatesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace gardener {

void keepSettingsPrivate(QSettings &settings)
{
    settings.sync();
    const QFileInfo file(settings.fileName());
    if (!file.isFile()) // not a file (a registry on Windows, or nothing written)
        return;
    QFile::setPermissions(file.absoluteFilePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString organization = QCoreApplication::organizationName();
    if (!organization.isEmpty() && file.dir().dirName() == organization)
        QFile::setPermissions(file.absolutePath(), QFileDevice::ReadOwner |
                                                       QFileDevice::WriteOwner |
                                                       QFileDevice::ExeOwner);
}

} // namespace gardener
