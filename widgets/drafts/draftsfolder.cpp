#include "widgets/drafts/draftsfolder.h"

#include "editor/src/editabledraft.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace gardener {

namespace {

QString generatedBodyOf(const github::IssueDraft &d, const QString &reviewFile)
{
    QFile review(reviewFile);
    if (!review.open(QIODevice::ReadOnly))
        return d.body;
    EditableDraft saved;
    QString ignored;
    if (draftFromJson(review.readAll(), &saved, &ignored) && saved.id == d.postKey)
        return saved.generatedBody;
    return d.body;
}

} // namespace

QString reviewFileIn(const QString &reviewFolder, const QString &postKey)
{
    return QDir(reviewFolder).filePath(postKey + QStringLiteral(".json"));
}

DraftsOnDisk readDraftsFolder(const QString &folder, const QString &reviewFolder)
{
    DraftsOnDisk out;
    if (!QDir(folder).exists())
        return out; // nothing drafted yet: not a problem
    github::DraftStore::Readable loaded = github::DraftStore(folder).loadReadable();
    for (const Error &e : std::as_const(loaded.problems))
        out.problems.append(e.toString());
    out.drafts = std::move(loaded.drafts);
    std::sort(out.drafts.begin(), out.drafts.end(),
              [](const github::IssueDraft &a, const github::IssueDraft &b) {
                  return a.createdAt != b.createdAt ? a.createdAt < b.createdAt
                                                    : a.postKey < b.postKey;
              });
    for (const auto &d : std::as_const(out.drafts))
        out.generated.insert(d.postKey, generatedBodyOf(d, reviewFileIn(reviewFolder, d.postKey)));
    return out;
}

} // namespace gardener
