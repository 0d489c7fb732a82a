#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace gardener {

// Colours keys, strings, numbers and literals of pretty-printed JSON. Picks its colours from
// the palette's lightness so it reads in light and dark mode.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document, bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key, m_string, m_number, m_literal;
};

} // namespace gardener
