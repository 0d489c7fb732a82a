#include "highlighting.h"

#include "fallbackhighlighter.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QPalette>
#include <QTextDocument>

#ifdef GARDENER_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace gardener::highlighting {

#ifdef GARDENER_HAVE_KSYNTAXHIGHLIGHTING
namespace {

// Loading the definitions index costs tens of milliseconds, so every editor shares one
// repository. A function-local static: created on first use, destroyed after main() returns.
KSyntaxHighlighting::Repository &sharedRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Theme themeFor(bool dark)
{
    return sharedRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace
#endif

bool kSyntaxHighlightingAvailable()
{
#ifdef GARDENER_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QFont monospaceFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(font).fixedPitch()) {
        font.setFamily(QStringLiteral("monospace"));
        font.setStyleHint(QFont::TypeWriter);
        font.setFixedPitch(true);
    }
    return font;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QSyntaxHighlighter *attachMarkdownHighlighter(QTextDocument *document, bool dark, Engine engine)
{
#ifdef GARDENER_HAVE_KSYNTAXHIGHLIGHTING
    if (engine == Engine::Automatic) {
        const KSyntaxHighlighting::Definition definition =
            sharedRepository().definitionForName(QStringLiteral("Markdown"));
        if (definition.isValid()) {
            auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
            highlighter->setDefinition(definition);
            highlighter->setTheme(themeFor(dark));
            return highlighter;
        }
        // A broken installation without the Markdown definition still gets colours.
    }
#else
    Q_UNUSED(engine)
#endif
    return new FallbackMarkdownHighlighter(document, dark);
}

void setDark(QSyntaxHighlighter *highlighter, bool dark)
{
    if (auto *fallback = qobject_cast<FallbackMarkdownHighlighter *>(highlighter)) {
        fallback->setDark(dark);
        return;
    }
#ifdef GARDENER_HAVE_KSYNTAXHIGHLIGHTING
    if (auto *ksh = dynamic_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter)) {
        const KSyntaxHighlighting::Theme theme = themeFor(dark);
        if (ksh->theme().name() != theme.name()) {
            ksh->setTheme(theme);
            ksh->rehighlight();
        }
    }
#endif
}

QString engineName(const QSyntaxHighlighter *highlighter)
{
    if (qobject_cast<const FallbackMarkdownHighlighter *>(highlighter))
        return QStringLiteral("fallback");
    return highlighter ? QStringLiteral("KSyntaxHighlighting") : QString();
}

} // namespace gardener::highlighting
