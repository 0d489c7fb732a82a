#include "widgets/jsonhighlighter.h"

namespace gardener {

JsonHighlighter::JsonHighlighter(QTextDocument *document, bool dark) : QSyntaxHighlighter(document)
{
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x4f, 0x9e));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xc0));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // A small scanner over one line: strings (with escapes), then what follows decides whether
    // the string was a key. Pretty-printed JSON keeps every token on one line.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != QLatin1Char('"'))
                j += text.at(j) == QLatin1Char('\\') ? 2 : 1;
            j = qMin(j + 1, n);
            qsizetype k = j;
            while (k < n && text.at(k).isSpace())
                ++k;
            const bool isKey = k < n && text.at(k) == QLatin1Char(':');
            setFormat(int(i), int(j - i), isKey ? m_key : m_string);
            i = j;
        } else if (c.isDigit() ||
                   (c == QLatin1Char('-') && i + 1 < n && text.at(i + 1).isDigit())) {
            qsizetype j = i + 1;
            while (j < n && (text.at(j).isDigit() || QStringView(u".eE+-").contains(text.at(j))))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && text.at(j).isLetter())
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(j - i), m_literal);
            i = j;
        } else {
            ++i;
        }
    }
}

} // namespace gardener
