#include "editor/src/highlighting.h"

#include "editor/src/fallbackhighlighter.h"

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

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x23, 0x26, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe5, 0xe7, 0xeb));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x2a, 0x30));
    p.setColor(QPalette::Text, QColor(0xe5, 0xe7, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Button, QColor(0x2f, 0x33, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe5, 0xe7, 0xeb));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x2f, 0x33, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe5, 0xe7, 0xeb));
    p.setColor(QPalette::Link, QColor(0x60, 0xa5, 0xfa));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x72, 0x80));
    return p;
}

} // namespace gardener::highlighting
