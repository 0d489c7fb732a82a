#pragma once

#include "core/logs/severity.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QFontMetrics;
class QPalette;
class QWidget;

namespace gardener::style {

// Severity colours are the one exception to "colours come from the palette": they carry
// meaning, so they are fixed, mid-lightness hues that read on light and dark backgrounds.
QColor severityColor(Severity severity);
// Translated name for people ("Warning"); the API name stays in data and exports.
QString severityLabel(Severity severity);

// Icons come from one bundled SVG set (resources/icons) so they look alike on every desktop.
QIcon icon(const char *name);
// Registers the bundled resources (icons); called by icon() and the main window.
void ensureResources();

// True when the palette's window colour is dark (used to pick syntax colours).
bool isDark(const QPalette &palette);

// Typical text widths, so layouts scale with the font instead of using pixel sizes.
int charWidth(const QWidget *widget, int characters);
int charWidth(const QFontMetrics &metrics, int characters);

} // namespace gardener::style
