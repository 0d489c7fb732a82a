#pragma once

#include <QLocale>

class QCoreApplication;

namespace gardener {

// Installs Qt's own translations (standard dialogs, context menus) and the app's, for the
// first of the locale's UI languages that has them (QLocale::system() honours LANGUAGE and
// LANG). Returns true when the app's own translation was found; English needs none.
bool installTranslations(QCoreApplication *app, const QLocale &locale = QLocale::system());

} // namespace gardener
