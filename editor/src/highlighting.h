#pragma once

#include <QFont>
#include <QString>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace gardener::highlighting {

enum class Engine
{
    Automatic, // KSyntaxHighlighting when this build has it, else the fallback
    Fallback,  // always FallbackMarkdownHighlighter (tests, or a user preference)
};

// True when this build of the library links KSyntaxHighlighting (KF5 with Qt 5, KF6 with Qt 6).
bool kSyntaxHighlightingAvailable();

// A dark palette (neutral greys, blue highlight) for previews and documentation screenshots on
// platforms whose style has no dark variant of its own (Fusion on Linux without a theme).
QPalette darkPalette();

// The system's fixed-pitch font, or a fontconfig "monospace" when the platform has no fixed
// font of its own (the offscreen platform answers with a proportional one).
QFont monospaceFont();

// A dark palette is one whose base (text background) colour is darker than mid grey.
bool isDark(const QPalette &palette);

// Attaches a Markdown highlighter to document (the document's child, so it dies with it) and
// returns it. With KSyntaxHighlighting it uses the "Markdown" definition, which highlights
// ```json fences as JSON, and the repository's default light or dark theme. All highlighters
// share one KSyntaxHighlighting::Repository owned by this library (created on first use on
// the GUI thread, loading the definitions once, destroyed at exit).
QSyntaxHighlighter *attachMarkdownHighlighter(QTextDocument *document, bool dark,
                                              Engine engine = Engine::Automatic);

// Switches an attached highlighter between its light and dark colours and re-highlights.
void setDark(QSyntaxHighlighter *highlighter, bool dark);

// "KSyntaxHighlighting" or "fallback": which engine a highlighter is (for logs and tests).
QString engineName(const QSyntaxHighlighter *highlighter);

} // namespace gardener::highlighting
