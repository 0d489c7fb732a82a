#pragma once

#include <QString>

namespace gardener {
namespace history {
class HistoryStore;
}
namespace redaction {
class Redactor;
}
namespace github {
class GitHubAccount;
class GitHubSession;
} // namespace github
namespace gcp {
class GoogleCloudAccount;
}

// What main() builds once and hands to the window's pages. Pointers are not owned and may be
// null (no history database, not signed in to GitHub); pages then say what is missing.
struct AppServices
{
    history::HistoryStore *history = nullptr;
    const redaction::Redactor *redactor = nullptr;
    github::GitHubSession *github = nullptr;
    github::GitHubAccount *githubAccount = nullptr; // sign-in; replaces `github` at runtime
    gcp::GoogleCloudAccount *googleCloud = nullptr; // profiles, sign-ins, collections
    QString rulesPath;     // the user's triage rules file (may not exist yet)
    QString worklogFolder; // where worklogs are written and browsed
    QString draftsFolder;  // GitHub drafts waiting for review
};

} // namespace gardener
