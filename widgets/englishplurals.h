#pragma once

#include <QTranslator>

namespace gardener {

// English plural forms for the source texts: "%n cluster(s)" reads "1 cluster" and
// "3 clusters", "entry(s)" "entries". Installed before the app's catalogues, so a German or
// Japanese catalogue answers first and this translator only speaks where none does.
class EnglishPlurals final : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

    // `source` with each "(s)" resolved for n: dropped for 1, "s" otherwise ("y(s)" after a
    // consonant becomes "ies"). Empty when `source` has no "(s)".
    static QString resolve(const QString &source, int n);
};

} // namespace gardener
