#include "core/evidence/codeowners.h"

namespace gardener::evidence {

QStringList CodeOwners::locations()
{
    return {QStringLiteral(".github/CODEOWNERS"), QStringLiteral("CODEOWNERS"),
            QStringLiteral("docs/CODEOWNERS")};
}

QString codeOwnersRegex(const QString &patternIn)
{
    QString p = patternIn;
    const bool dirOnly = p.endsWith(QLatin1Char('/'));
    if (dirOnly)
        p.chop(1);
    // Anchored when a slash starts it or sits inside it ("docs/*", "/build/logs").
    const bool anchored = p.startsWith(QLatin1Char('/')) || p.contains(QLatin1Char('/'));
    if (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    QString re = anchored ? QString() : QStringLiteral("(?:.*/)?");
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == QLatin1Char('*') && i + 1 < p.size() && p.at(i + 1) == QLatin1Char('*')) {
            const bool slashAfter = i + 2 < p.size() && p.at(i + 2) == QLatin1Char('/');
            re += slashAfter ? QStringLiteral("(?:.*/)?") : QStringLiteral(".*");
            i += slashAfter ? 2 : 1;
        } else if (c == QLatin1Char('*')) {
            re += QStringLiteral("[^/]*");
        } else if (c == QLatin1Char('?')) {
            re += QStringLiteral("[^/]");
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    // "docs/*" owns the files directly in docs/, not deeper ones (GitHub's documented example).
    const bool lastIsStar = p == QLatin1String("*") || p.endsWith(QLatin1String("/*"));
    if (dirOnly)
        re += QStringLiteral("/.*");
    else if (!lastIsStar || p == QLatin1String("*"))
        re += QStringLiteral("(?:/.*)?");
    return QStringLiteral("^") + re + QStringLiteral("$");
}

namespace {

bool isOwner(const QString &token)
{
    static const QRegularExpression user(
        QStringLiteral("^@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return user.match(token).hasMatch() || email.match(token).hasMatch();
}

} // namespace

CodeOwners CodeOwners::parse(const QString &text, const QString &path)
{
    CodeOwners co;
    co.m_path = path;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList tokens =
            line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        const QString pattern = tokens.first();
        auto skip = [&](const QString &why) {
            co.m_skipped
                << QStringLiteral("%1:%2: \"%3\" skipped: %4").arg(path).arg(n + 1).arg(line, why);
        };
        if (pattern.startsWith(QLatin1Char('!'))) {
            skip(QStringLiteral("GitHub does not support negation (\"!\")"));
            continue;
        }
        if (pattern.contains(QLatin1Char('[')) || pattern.contains(QLatin1Char(']'))) {
            skip(QStringLiteral("GitHub does not support character ranges (\"[ ]\")"));
            continue;
        }
        if (pattern.startsWith(QLatin1String("\\#"))) {
            skip(QStringLiteral("GitHub does not support escaping \"#\" with \"\\\""));
            continue;
        }
        QStringList owners = tokens.mid(1);
        // GitHub's own example ends a rule with "#This is an inline comment.".
        const auto comment = std::find_if(owners.begin(), owners.end(), [](const QString &t) {
            return t.startsWith(QLatin1Char('#'));
        });
        owners.erase(comment, owners.end());
        const auto bad = std::find_if(owners.begin(), owners.end(),
                                      [](const QString &t) { return !isOwner(t); });
        if (bad != owners.end()) {
            skip(QStringLiteral("\"%1\" is not an owner (@user, @org/team or an e-mail address)")
                     .arg(*bad));
            continue;
        }
        co.m_rules.append(
            Rule{int(n + 1), pattern, owners, QRegularExpression(codeOwnersRegex(pattern))});
    }
    return co;
}

std::optional<CodeOwners::Match> CodeOwners::match(const QString &repoPathIn) const
{
    const QString repoPath =
        repoPathIn.startsWith(QLatin1Char('/')) ? repoPathIn.mid(1) : repoPathIn;
    for (qsizetype i = m_rules.size() - 1; i >= 0; --i) {
        const Rule &r = m_rules.at(i);
        if (r.regex.match(repoPath).hasMatch())
            return Match{r.line, r.pattern, r.owners};
    }
    return std::nullopt;
}

QStringList CodeOwners::assignees(const QStringList &owners)
{
    QStringList out;
    for (const QString &o : owners) {
        if (o.startsWith(QLatin1Char('@')) && !o.contains(QLatin1Char('/')))
            out << o.mid(1);
    }
    return out;
}

QStringList CodeOwners::teams(const QStringList &owners)
{
    QStringList out;
    for (const QString &o : owners) {
        if (o.startsWith(QLatin1Char('@')) && o.contains(QLatin1Char('/')))
            out << o.section(QLatin1Char('/'), 1);
    }
    return out;
}

} // namespace gardener::evidence
