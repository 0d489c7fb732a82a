#pragma once

#include "core/github/draft.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace gardener {

// What the Drafts page lists, as read from disk: the drafts folder (core's DraftStore) and,
// per draft, the body as generated, kept by the editor's autosave in the review folder.
// Read on a worker thread: a folder of many drafts, or one on a slow disk, must not hold the
// window.
struct DraftsOnDisk
{
    QList<github::IssueDraft> drafts;  // oldest first, then by post key
    QHash<QString, QString> generated; // post key -> body as generated
    QStringList problems;              // each file that could not be read: "path (byte N): what"
};

// Safe on any thread: touches only the two folders. A broken or foreign review file costs
// only the changes view's base (the draft's own body stands in); nothing is written.
DraftsOnDisk readDraftsFolder(const QString &folder, const QString &reviewFolder);

// "<reviewFolder>/<postKey>.json": where the editor autosaves one draft's review.
QString reviewFileIn(const QString &reviewFolder, const QString &postKey);

} // namespace gardener
