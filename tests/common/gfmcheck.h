#pragma once

#include <QString>
#include <QStringList>

// Renders Markdown with Debian's cmark-gfm (tables, autolinks, strikethrough, tagfilter, as
// GitHub does) and lists what did not render as the source meant. Test support only.

namespace gardener::test {

// True when the cmark-gfm binary is on PATH.
bool haveCmarkGfm();

// The HTML cmark-gfm makes of `markdown`; an empty string and `error` set when it failed.
QString renderGfm(const QString &markdown, QString *error = nullptr);

// The text a reader sees: tags removed, entities decoded.
QString visibleText(const QString &html);

// Problems of a rendering: a placeholder such as <NUM> of the source that the HTML swallowed
// as a tag, an escape that shows ("\(", "\_", ...), a table whose rows lost or gained cells, a
// text of `mustShow` that is not visible. Empty: it renders as intended.
QStringList gfmProblems(const QString &markdown, const QString &html,
                        const QStringList &mustShow = {});

} // namespace gardener::test
