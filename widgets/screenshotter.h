#pragma once

#include <QDir>
#include <QObject>
#include <QPointer>
#include <functional>
#include <vector>

class QWidget;

namespace gardener {

class ClustersPage;
class MainWindow;
class Session;

// Drives the window through its main views and saves a PNG of each (QWidget::grab), for the
// documentation: start page, clusters with details, entries, an entry in full, a filtered
// view, a cluster's history, past worklogs, triage rules, drafts, and the window on a dark
// palette. Used by `loggardener --screenshot-dir DIR --demo`; quits the application at the end.
class Screenshotter final : public QObject
{
    Q_OBJECT
public:
    Screenshotter(MainWindow *window, Session *session, const QString &directory,
                  QObject *parent = nullptr);
    // Grabs the start page, then opens the demo data and continues once it has loaded.
    void start();

private:
    void save(QWidget *widget, const QString &name);
    void next();
    void selectFirstCluster(ClustersPage *page);

    QPointer<MainWindow> m_window;
    Session *m_session;
    QDir m_dir;
    std::vector<std::function<void()>> m_steps;
    size_t m_step = 0;
};

} // namespace gardener
