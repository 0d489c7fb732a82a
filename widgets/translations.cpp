#include "widgets/translations.h"

#include "widgets/englishplurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace gardener {

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    // First, so every catalogue installed after it is asked before it: English plurals
    // ("1 cluster", "3 clusters") wherever no catalogue translates a "%n … (s)" text.
    if (!app->findChild<EnglishPlurals *>())
        QCoreApplication::installTranslator(new EnglishPlurals(app));

    // Qt's catalogues ship with Qt (Debian: qt6-translations-l10n); a missing one only leaves
    // the standard dialogs in English.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // The app's catalogues are compiled in (translations/CMakeLists.txt).
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("loggardener"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace gardener
