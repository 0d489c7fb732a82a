#pragma once

// QTest::keyClicks cannot type '\n' (its ASCII table asserts); press Return for line breaks.
#include <QTest>

namespace gardener::testing {

inline void typeText(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        if (!lines[i].isEmpty())
            QTest::keyClicks(widget, lines[i]);
    }
}

} // namespace gardener::testing
