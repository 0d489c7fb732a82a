#pragma once

#include <QDir>
#include <QObject>
#include <QPointer>
#include <QSize>
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
    // How the set is taken. Defaults: the documentation's size, a light palette, and one extra
    // picture of the clusters on a dark palette (clusters-dark.png). With a palette chosen, every
    // picture is taken on it and the extra one is left out.
    struct Options
    {
        QSize size{1560, 960};
        enum class Palette
        {
            Default,
            Light,
            Dark
        } palette = Palette::Default;
        // "1280x720" -> 1280×720; "light"/"dark". False for anything else.
        bool parseSize(const QString &text);
        bool parsePalette(const QString &text);
    };

    Screenshotter(MainWindow *window, Session *session, const QString &directory,
                  QObject *parent = nullptr);
    void setOptions(const Options &options) { m_options = options; }
    // Grabs the start page, then opens the demo data and continues once it has loaded.
    void start();

private:
    void save(QWidget *widget, const QString &name);
    void next();
    void selectFirstCluster(ClustersPage *page);
    // The steps of start(), in order; each ends by calling next() (or quits).
    std::vector<std::function<void()>> clusterSteps(MainWindow *w, ClustersPage *page);
    std::vector<std::function<void()>> entrySteps(MainWindow *w, ClustersPage *page);
    std::vector<std::function<void()>> filterSteps(MainWindow *w, ClustersPage *page);
    std::vector<std::function<void()>> pageSteps(MainWindow *w);

    QPointer<MainWindow> m_window;
    Session *m_session;
    QDir m_dir;
    Options m_options;
    std::vector<std::function<void()>> m_steps;
    size_t m_step = 0;
};

} // namespace gardener
