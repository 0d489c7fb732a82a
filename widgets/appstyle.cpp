#include "widgets/appstyle.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPalette>
#include <QWidget>

#include <array>

// The icons live in gardener_resources, an object library that reaches the program through
// this static library; referencing its initialiser keeps the linker from dropping it.
static void initGardenerResources()
{
    Q_INIT_RESOURCE(gardener);
}

namespace gardener::style {

QColor severityColor(Severity severity)
{
    static const std::array<QColor, SeverityCount> colors = {
        QColor(0x9e, 0x9e, 0x9e), // default: neutral grey
        QColor(0x78, 0x90, 0x9c), // debug: blue grey
        QColor(0x42, 0x9b, 0xe8), // info: blue
        QColor(0x26, 0xa6, 0x9a), // notice: teal
        QColor(0xf5, 0xa6, 0x23), // warning: amber
        QColor(0xe5, 0x48, 0x4d), // error: red
        QColor(0xc2, 0x18, 0x5b), // critical: crimson
        QColor(0x9c, 0x27, 0xb0), // alert: purple
        QColor(0x6a, 0x1b, 0x9a), // emergency: deep purple
    };
    const auto i = static_cast<size_t>(severityIndex(severity));
    return i < colors.size() ? colors[i] : colors[0];
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Default:
        return QCoreApplication::translate("Severity", "Default");
    case Severity::Debug:
        return QCoreApplication::translate("Severity", "Debug");
    case Severity::Info:
        return QCoreApplication::translate("Severity", "Info");
    case Severity::Notice:
        return QCoreApplication::translate("Severity", "Notice");
    case Severity::Warning:
        return QCoreApplication::translate("Severity", "Warning");
    case Severity::Error:
        return QCoreApplication::translate("Severity", "Error");
    case Severity::Critical:
        return QCoreApplication::translate("Severity", "Critical");
    case Severity::Alert:
        return QCoreApplication::translate("Severity", "Alert");
    case Severity::Emergency:
        return QCoreApplication::translate("Severity", "Emergency");
    }
    return {};
}

void ensureResources()
{
    static const bool once = [] {
        initGardenerResources();
        return true;
    }();
    Q_UNUSED(once);
}

QIcon icon(const char *name)
{
    ensureResources();
    return QIcon(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

int charWidth(const QFontMetrics &metrics, int characters)
{
    // Measured on Latin letters: log text is mostly Latin, and a CJK font's average width
    // (Japanese UI) counts its full-width glyphs, which made every column twice as wide.
    static const QString sample = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    return metrics.horizontalAdvance(sample) * characters / int(sample.size());
}

int charWidth(const QWidget *widget, int characters)
{
    return charWidth(widget->fontMetrics(), characters);
}

} // namespace gardener::style
