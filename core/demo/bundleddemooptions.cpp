#include "core/demo/bundleddemo.h"

#include <QTimeZone>

namespace gardener::demo {

DemoOptions bundledDemoOptions()
{
    DemoOptions o;
    o.seed = 20250913;
    o.count = 3000;
    o.start = QDateTime(QDate(2025, 9, 13), QTime(0, 0), QTimeZone::utc());
    o.durationSecs = 24 * 3600;
    o.format = DemoFormat::JsonArray;
    o.gzip = true;
    o.gzipLevel = 9;
    o.services = 1;
    o.outputName = QStringLiteral("orders-backend-staging-demo.json.gz");
    return o;
}

QString bundledExportName()
{
    return QStringLiteral("orders-backend-staging-demo.json.gz");
}

QString bundledExportPath()
{
    return QStringLiteral(":/demo/orders-backend-staging-demo.json.gz");
}

} // namespace gardener::demo
