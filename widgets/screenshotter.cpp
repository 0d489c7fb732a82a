#include "screenshotter.h"

#include "clusterdetailview.h"
#include "clusterspage.h"
#include "entriesview.h"
#include "entrydialog.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "models/clustertablemodel.h"
#include "models/entrytablemodel.h"
#include "session/session.h"

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
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_dir(directory)
{
    m_dir.mkpath(QStringLiteral("."));
}

void Screenshotter::save(QWidget *widget, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const bool ok = widget->grab().save(path);
    QTextStream(stderr) << (ok ? "saved " : "could not save ") << path << '\n';
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

void Screenshotter::start()
{
    MainWindow *w = m_window;
    // The pictures are taken at one fixed size so they stay comparable between runs.
    w->resize(1560, 960);
    ClustersPage *page = w->clustersPage();
    m_steps = {
        [this, w] {
            save(w, QStringLiteral("start-page.png"));
            connect(m_session, &Session::loadFinished, this, [this] { next(); },
                    Qt::SingleShotConnection);
            w->openDemo();
        },
        [this, page] {
            page->tabs()->setCurrentIndex(0);
            const QModelIndex first = page->clusterTable()->model()->index(0, 0);
            page->selectCluster(first.data(ClusterTableModel::FingerprintRole).toString());
            page->clusterTable()->setFocus();
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
        [this, page] {
            page->entriesView()->table()->selectRow(0);
            const qint64 e = page->entriesView()->table()->model()->index(0, 0)
                                 .data(EntryTableModel::EntryIndexRole).toLongLong();
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
            page->clusterTable()->clearSelection();
            page->filterBar()->setMinimumSeverity(5); // Error and above
            page->tabs()->setCurrentIndex(0);
            next();
        },
        [this, w] {
            save(w, QStringLiteral("clusters-filtered.png"));
            next();
        },
    };
    m_step = 0;
    next();
}

} // namespace gardener
