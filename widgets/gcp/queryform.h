#pragma once

#include "core/gcp/querybuilder.h"
#include "core/util/error.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gardener::gcp {

// The query builder: resource type, service, minimum severity, time window (last 1 h / 24 h /
// 2 days / custom range), free text and an advanced filter (with recent ones), plus the exact
// Cloud Logging filter that will be sent. That filter is visible and may be edited by hand;
// it is checked with validateFilter() as it changes, and filter() refuses a bad one.
class QueryForm final : public QWidget
{
    Q_OBJECT
public:
    explicit QueryForm(QWidget *parent = nullptr);

    void setQuery(const LogQuery &query);
    LogQuery query() const;
    void setRecentFilters(const QStringList &filters);
    // The clock used for the window (tests pin it).
    void setClock(std::function<QDateTime()> now);

    // The filter to send: the hand-edited text, or the one built from the form; validated.
    Result<QString> filter() const;
    bool isFilterEdited() const { return m_edited; }
    QString filterText() const;
    void setFilterText(const QString &text); // as if typed by hand
    QString problemText() const;

Q_SIGNALS:
    void changed(); // the filter or its validity changed

public Q_SLOTS:
    void resetFilter(); // back to the filter built from the form

private:
    // The constructor's parts, top to bottom.
    void addSourceRows(QFormLayout *form);
    void addWindowRow(QFormLayout *form);
    void addTextRows(QFormLayout *form);
    void addFilterRow(QFormLayout *form);
    void connectFields();

    void rebuild();
    void validate();

    std::function<QDateTime()> m_now;
    bool m_edited = false;
    bool m_updating = false;
    QComboBox *m_resource = nullptr;
    QLineEdit *m_service = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_window = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_advanced = nullptr;
    QPlainTextEdit *m_filter = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace gardener::gcp
