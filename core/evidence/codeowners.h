#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

namespace gardener::evidence {

// A repository's CODEOWNERS file, matched the way GitHub documents it: gitignore-style patterns
// where the last matching line wins; "*" stays within a directory and "**" crosses them; a
// leading or inner "/" anchors at the repository root, otherwise the pattern matches at any
// depth; a trailing "/" (or a plain name) takes everything below; "docs/*" takes the files
// directly in docs/ only. Not supported by GitHub, so such lines are skipped and reported:
// "!" negation, "[ ]" character ranges, "\#" escapes, and anything after the pattern that is
// not an owner (@user, @org/team or an e-mail address) before a "#" comment. A line with
// a pattern and no owners makes the paths it matches unowned.
class CodeOwners
{
public:
    struct Rule
    {
        int line = 0;
        QString pattern;
        QStringList owners;
        QRegularExpression regex;
    };
    struct Match
    {
        int line = 0; // 1-based line of the rule that decided
        QString pattern;
        QStringList owners; // empty: deliberately unowned
    };

    // Where GitHub looks, in its order; the first file found is used.
    static QStringList locations();

    static CodeOwners parse(const QString &text,
                            const QString &path = QStringLiteral("CODEOWNERS"));

    // The rule that owns `repoPath` (no leading slash), or nothing when no rule matches.
    std::optional<Match> match(const QString &repoPath) const;

    const QString &path() const { return m_path; }
    const QList<Rule> &rules() const { return m_rules; }
    // "CODEOWNERS:7: "!vendor/" skipped: GitHub does not support negation ("!")"
    const QStringList &skipped() const { return m_skipped; }

    // @user -> "user" (assignable); @org/team -> team slug; e-mail addresses are neither.
    static QStringList assignees(const QStringList &owners);
    static QStringList teams(const QStringList &owners);

private:
    QString m_path;
    QList<Rule> m_rules;
    QStringList m_skipped;
};

// Turns a CODEOWNERS pattern into an anchored regular expression over repository paths.
QString codeOwnersRegex(const QString &pattern);

} // namespace gardener::evidence
