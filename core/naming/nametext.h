#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include "core/util/asciiwords.h"

#include <string_view>
#include <vector>

// The rules that read one text of a template for a cluster name: its decorations, problem
// noun, leading subject and key detail. Internal to core/naming (clustername.cpp).
namespace gardener::naming::detail {

// A regular expression of the naming rules, with what a text must hold for it to match. Every
// alternative of the pattern holds one of the words, so a text without them is not matched
// against it (a match costs microseconds even when nothing is found; names read thousands of
// texts).
struct WordRule
{
    QRegularExpression re;
    QString label; // the problem noun, the domain, or the kind of detail
    util::WordNeeds needs;
};

// Ordered: the first that matches names the problem ("pool timeout" is a pool problem first).
const QList<WordRule> &problemRules();
// Ordered: the domain of a cluster told only by its words ("auth", "database", ...).
const QList<WordRule> &domainRules();
// The details detailOf() looks for, in this order.
enum class DetailRule
{
    Module,
    Attribute,
    Exception,
    Status,
    ConfigKey,
    Quoted,
    Call
};
const QList<WordRule> &detailRules();

// Caseless with Unicode properties, as every rule that reads words is.
QRegularExpression ci(const QString &pattern);
// A masker placeholder ("<NUM>", "<*>").
const QRegularExpression &placeholderRe();

// Without leading tags ("[LEGACY MODE] "), symbols, "ALERT:" and KEY=value tags.
QString stripDecorations(QString text);
// "GET /path 503" as a request log writes it.
bool isRequestText(const QString &text);
// The problem noun of the first rule that matches ("Timeout", "Pool Exhausted"), or empty.
QString problemOf(const QString &text);
// A word as people write it ("jwt" -> "JWT", "routing" -> "Routing", names kept).
QString caseWord(const QString &word);
QString titleCase(const QStringList &words);
// The noun phrase a message opens with, before the first verb or preposition.
QString leadingSubject(const QString &cleaned);
QString firstCapture(const QRegularExpression &re, const QString &text, int group = 1);
// One key detail and (in `rank`, lower is more telling) its kind.
QString detailOf(const QString &text, int *rank = nullptr);
// Words of three or more ASCII letters, placeholders left out.
int literalWords(const QString &text);

} // namespace gardener::naming::detail
