#include "widgets/screenshotter.h"

#include "core/evidence/clusterevidence.h"
#include "core/logs/logstore.h"
#include "core/models/clustertablemodel.h"
#include "core/models/entrytablemodel.h"
#include "core/session/session.h"
#include "editor/src/highlighting.h"
#include "widgets/clusterdetailview.h"
#include "widgets/clusterhistoryview.h"
#include "widgets/clusterspage.h"
#include "widgets/drafts/draftspage.h"
#include "widgets/entriesview.h"
#include "widgets/entrydialog.h"
#include "widgets/filterbar.h"
#include "widgets/mainwindow.h"
#include "widgets/triage/triagerulespage.h"
#include "widgets/worklogs/pastworklogspage.h"

#include <QApplication>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace gardener {

namespace {
// Time for layouts and charts to settle after a change, before grabbing (not a test: nothing
// is asserted, a frame or two of slack only makes the pictures complete).
constexpr int kSettleMs = 300;
} // namespace

Screenshotter::Screenshotter(MainWindow *window, Session *session, const QString &directory,
                             QObject *parent)
    : QObject(parent), m_window(window), m_session(session), m_dir(directory)
{
    m_dir.mkpath(QStringLiteral("."));
}

bool Screenshotter::Options::parseSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    bool w = false, h = false;
    const QSize parsed(parts.value(0).toInt(&w), parts.value(1).toInt(&h));
    if (parts.size() != 2 || !w || !h || parsed.width() < 640 || parsed.height() < 400 ||
        parsed.width() > 7680 || parsed.height() > 4320)
        return false;
    size = parsed;
    return true;
}

bool Screenshotter::Options::parsePalette(const QString &text)
{
    if (text == QLatin1String("light"))
        palette = Palette::Light;
    else if (text == QLatin1String("dark"))
        palette = Palette::Dark;
    else
        return false;
    return true;
}

void Screenshotter::save(QWidget *widget, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const bool ok = widget->grab().save(path);
    QTextStream(stderr) << (ok ? "saved " : "could not save ") << path << '\n';
}

void Screenshotter::selectFirstCluster(ClustersPage *page)
{
    const QModelIndex first = page->clusterTable()->model()->index(0, 0);
    page->selectCluster(first.data(ClusterTableModel::FingerprintRole).toString());
    page->clusterTable()->setFocus();
}

void Screenshotter::next()
{
    if (m_step >= m_steps.size()) {
        QApplication::quit();
        return;
    }
    auto step = m_steps[m_step++];
    QTimer::singleShot(kSettleMs, this, step);
}

// The start page, then the demo data loaded, its clusters and entries.
std::vector<std::function<void()>> Screenshotter::clusterSteps(MainWindow *w, ClustersPage *page)
{
    return {
        [this, w] {
            save(w, QStringLiteral("start-page.png"));
            connect(
                m_session, &Session::loadFinished, this, [this] { next(); },
                Qt::SingleShotConnection);
            w->openDemo();
        },
        [this, page] {
            page->tabs()->setCurrentIndex(0);
            selectFirstCluster(page);
            next();
        },
        [this, w] {
            save(w, QStringLiteral("clusters-details.png"));
            next();
        },
        [this, page] {
            page->tabs()->setCurrentIndex(1);
            next();
        },
        [this, w] {
            save(w, QStringLiteral("clusters-entries.png"));
            next();
        },
    };
}

// An entry as JSON and one with a stack trace.
std::vector<std::function<void()>> Screenshotter::entrySteps(MainWindow *w, ClustersPage *page)
{
    return {
        [this, page] {
            page->entriesView()->table()->selectRow(0);
            const qint64 e = page->entriesView()
                                 ->table()
                                 ->model()
                                 ->index(0, 0)
                                 .data(EntryTableModel::EntryIndexRole)
                                 .toLongLong();
            page->openEntry(qulonglong(qMax<qint64>(0, e)));
            next();
        },
        [this, w] {
            if (auto *dialog = w->findChild<EntryDialog *>()) {
                save(dialog, QStringLiteral("entry-json.png"));
                dialog->close();
            }
            next();
        },
        [this, page] {
            // An entry with a stack trace, shown as frames (the first one of the data).
            if (const auto store = m_session->store()) {
                for (size_t e = 0; e < store->size() && e < 200000; ++e) {
                    if (!evidence::stackTraceOf(store->rawJson(e)).isEmpty()) {
                        page->openEntry(qulonglong(e));
                        break;
                    }
                }
            }
            next();
        },
        [this, w] {
            if (auto *dialog = w->findChild<EntryDialog *>()) {
                save(dialog, QStringLiteral("entry-stack.png"));
                dialog->close();
            }
            next();
        },
    };
}

// The clusters filtered by severity and time, and a cluster's history.
std::vector<std::function<void()>> Screenshotter::filterSteps(MainWindow *w, ClustersPage *page)
{
    return {
        [this, page] {
            page->clusterTable()->clearSelection();
            page->filterBar()->setMinimumSeverity(5); // Error and above
            // And the third quarter of the day dragged on the chart: counts of that range, zoomed.
            const auto &timeline = m_session->timeline();
            const qint64 span = timeline.endNs() - timeline.startNs;
            page->setTimeRange((timeline.startNs + span / 2) / 1'000'000,
                               (timeline.startNs + span * 3 / 4) / 1'000'000);
            page->tabs()->setCurrentIndex(0);
            selectFirstCluster(page);
            next();
        },
        [this, w] {
            save(w, QStringLiteral("clusters-filtered.png"));
            next();
        },
        [this, page] {
            page->filterBar()->setMinimumSeverity(0);
            page->setTimeRange(0, 0);
            selectFirstCluster(page);
            // The History tab exists when the window has a history database.
            if (auto *history = m_window->findChild<ClusterHistoryView *>())
                page->tabs()->setCurrentWidget(history);
            next();
        },
        [this, w] {
            if (w->findChild<ClusterHistoryView *>())
                save(w, QStringLiteral("clusters-history.png"));
            next();
        },
    };
}

// The other pages, then the clusters again on a dark palette.
std::vector<std::function<void()>> Screenshotter::pageSteps(MainWindow *w)
{
    return {
        [this, w] {
            w->showPage(w->worklogsPage());
            if (QTableView *list = w->worklogsPage() ? w->worklogsPage()->worklogView() : nullptr)
                list->selectRow(0);
            next();
        },
        [this, w] {
            if (w->worklogsPage())
                save(w, QStringLiteral("past-worklogs.png"));
            w->showPage(w->rulesPage());
            next();
        },
        [this, w] {
            if (w->rulesPage())
                save(w, QStringLiteral("triage-rules.png"));
            w->showPage(w->draftsPage());
            next();
        },
        [this, w] {
            if (w->draftsPage() && w->draftsPage()->draftCount() > 0)
                save(w, QStringLiteral("drafts.png"));
            if (m_options.palette != Options::Palette::Default) {
                QApplication::quit(); // the whole set was on the chosen palette
                return;
            }
            // The same window on a dark palette, as on a desktop with a dark theme.
            QApplication::setPalette(highlighting::darkPalette());
            w->showPage(w->clustersPage());
            w->clustersPage()->tabs()->setCurrentIndex(0);
            // The details are HTML coloured when shown: show them again in the new palette.
            w->clustersPage()->clusterTable()->clearSelection();
            selectFirstCluster(w->clustersPage());
            next();
        },
        [this, w] {
            save(w, QStringLiteral("clusters-dark.png"));
            next();
        },
    };
}

void Screenshotter::start()
{
    MainWindow *w = m_window;
    // The pictures are taken at one fixed size so they stay comparable between runs.
    w->resize(m_options.size);
    if (m_options.palette == Options::Palette::Dark)
        QApplication::setPalette(highlighting::darkPalette());
    ClustersPage *page = w->clustersPage();
    m_steps.clear();
    for (auto steps :
         {clusterSteps(w, page), entrySteps(w, page), filterSteps(w, page), pageSteps(w)})
        m_steps.insert(m_steps.end(), steps.begin(), steps.end());
    m_step = 0;
    next();
}

} // namespace gardener
