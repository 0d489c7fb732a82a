#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace gardener {

// The row above the clusters table: free text, minimum severity, service, the time range picked
// on the chart, and how many clusters are shown. Emits changed() (text debounced) and leaves
// applying the filter to the page.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    QString text() const;
    int minimumSeverity() const; // severity index; 0 = any
    QString service() const;     // empty = any
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }

    void setText(const QString &text);
    void setMinimumSeverity(int severity);
    void setService(const QString &service);
    void setTimeRange(qint64 fromMs, qint64 toMs); // 0, 0 clears
    void setServices(const QStringList &services);
    void setCounts(int shown, int total);
    // Entries inside the time range and severities beside all entries ("120 of 3,400
    // entries"); shown < 0 hides it (no such filter).
    void setEntryCounts(qint64 shown, quint64 total);
    // Muted and expected clusters: how many there are, and whether the table shows them.
    void setMutedCount(int muted);
    bool showMuted() const { return m_showMuted; }
    void setShowMuted(bool show);
    QToolButton *mutedButton() const { return m_muted; }
    QString countText() const;
    void clear();
    void focusSearch();
    // A malformed search term: said beside the box (empty clears it).
    void setSearchError(const QString &message);
    QString searchError() const;

    // Saved filter views (QSettings): the query of what is chosen now (search text, severity
    // and service as search terms), saving it under a name (an error text when refused),
    // applying one and deleting one.
    QString currentQuery() const;
    QString saveView(const QString &name);
    bool applyView(const QString &name);
    bool deleteView(const QString &name);
    QStringList viewNames() const;
    QMenu *viewsMenu() const { return m_viewsMenu; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_search = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_service = nullptr;
    QLabel *m_range = nullptr;
    QToolButton *m_clearRange = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_views = nullptr;
    QMenu *m_viewsMenu = nullptr;
    void rebuildViewsMenu();
    void setUpExtras(); // the search error, the saved views and the muted button
    QToolButton *m_muted = nullptr;
    int m_mutedCount = 0;
    bool m_showMuted = true;
    QString m_clusterCounts;
    QString m_entryCounts;
    QTimer *m_debounce = nullptr;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};

} // namespace gardener
