#include "core/demo/bundleddemo.h"

#include <QFile>

// The resource lives in a static library: referencing its initialiser from here makes the
// linker keep it in every program that calls bundledExport().
static void initDemoResource()
{
    Q_INIT_RESOURCE(gardener_demo);
}

namespace gardener::demo {

QByteArray bundledExport()
{
    static const bool initialised = [] {
        initDemoResource();
        return true;
    }();
    Q_UNUSED(initialised);
    QFile file(bundledExportPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace gardener::demo
