#pragma once

#include <QStringList>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gardener::gcp {

// The engine part of the collect dialog: download the entries, or analyse the window in
// BigQuery through a linked dataset (found from the project's log bucket links or typed), with
// the cap on bytes billed and the dry run's estimate. Only widgets: the dialog runs the work.
class BigQueryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit BigQueryPanel(QWidget *parent = nullptr);

    bool isBigQuery() const;
    void setBigQuery(bool on);
    QString dataset() const;
    void setDatasets(const QStringList &datasets); // keeps a typed dataset when it is among them
    std::optional<qint64> cap() const;             // nullopt when the text is not a size
    void setCapText(const QString &text);
    // The dry run's answer (or a problem in red); rich text allowed for the console link.
    void setEstimate(const QString &text, bool problem);
    QString estimateText() const;
    void setBusy(bool busy); // while a run goes, the settings stay as they are

Q_SIGNALS:
    void engineChanged();
    void settingsChanged(); // dataset or cap edited: an earlier estimate no longer holds
    void findDatasetsRequested();
    void dryRunRequested();

private:
    QComboBox *m_engine = nullptr;
    QWidget *m_bigQuery = nullptr;
    QComboBox *m_dataset = nullptr;
    QPushButton *m_find = nullptr;
    QLineEdit *m_cap = nullptr;
    QPushButton *m_dryRun = nullptr;
    QLabel *m_estimate = nullptr;
};

} // namespace gardener::gcp
