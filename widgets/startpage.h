#pragma once

#include <QWidget>

class QBoxLayout;
class QListWidget;
class QListWidgetItem;
class QVBoxLayout;

namespace gardener {

// The first thing people see: open an export, open the demo data, or reopen a recent file.
// Actions sit in one row (actionsLayout) so new ways to start (collecting from a project,
// past worklogs) can be added beside them.
class StartPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    QBoxLayout *actionsLayout() const { return m_actions; }

Q_SIGNALS:
    void openRequested();
    void demoRequested();
    void collectRequested(); // collect from Google Cloud
    void recentRequested(const QString &path);
    void clearRecentRequested();

private:
    // The parts of the page, top to bottom.
    void addWelcome(QVBoxLayout *column);
    void addActions(QVBoxLayout *column);
    void buildRecentBox();
    void activateRecent(QListWidgetItem *item);

    QBoxLayout *m_actions = nullptr;
    QListWidget *m_recent = nullptr;
    QWidget *m_recentBox = nullptr;
};

} // namespace gardener
