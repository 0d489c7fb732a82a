#pragma once

// Keeps a posted issue's title prefix, labels and identity marker in step with its cluster's
// triage: when the priority or category changes, or the cluster's member templates do, the
// issue is PATCHed.
//
// Exactly once, like posts: every decided change has a key (repository, issue and the exact
// title, labels and body sent); the attempt is committed to the journal (a table beside the
// post journal's, same database) before the request leaves, and marked done after GitHub's
// answer. A change whose key is done is never sent again, so a retried run does not fight a
// person who edited the issue since; a pending one is sent again, which PATCH makes harmless
// (it sets values, it adds nothing). Writes go through GitHubClient's paced write queue.
//
// Contract: one thread; the callback runs once, from the event loop. The client must outlive
// the updater.

#include "core/github/client.h"
#include "core/util/error.h"

#include <QObject>
#include <QStringList>

namespace gardener::github {

struct IssueUpdate
{
    QString repo; // "owner/name"
    int number = 0;
    QString title;      // empty: unchanged
    QStringList labels; // replaces all labels; empty with setLabels false: unchanged
    bool setLabels = false;
    QString body;        // empty: unchanged
    QString key() const; // stable for the same change
};

// The title and labels an issue should carry for `priority` ("P1") and `category`
// ("GCP-regression"): the title's "<prefix> | <P> | " head is replaced (other titles are
// left alone) and the labels' old priority and GCP- category are swapped, others kept.
QString retitled(const QString &title, const QString &priority, const QString &category);
QStringList relabelled(const QStringList &labels, const QString &priority, const QString &category);

class IssueUpdater : public QObject
{
    Q_OBJECT
public:
    IssueUpdater(GitHubClient *client, QObject *parent = nullptr);
    ~IssueUpdater() override;

    // The journal lives in the post journal's database file.
    Result<void> open(const QString &journalPath);

    // done(true) when sent now, done(false) when this change was applied before.
    void apply(const IssueUpdate &update, std::function<void(Result<bool>)> done);

    // Updates whose key is in the journal and done.
    Result<bool> isDone(const QString &key) const;

private:
    Result<void> record(const IssueUpdate &update, const QString &state, const QString &error);

    GitHubClient *m_client;
    QString m_connection;
    QString m_path;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace gardener::github
