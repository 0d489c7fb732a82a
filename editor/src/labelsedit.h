#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace gardener {

// Comma-separated issue labels with completion of the label being typed from the labels the
// repository has (the app provides them; labels already present are not offered again).
class LabelsEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit LabelsEdit(QWidget *parent = nullptr);

    void setLabels(const QStringList &labels);
    QStringList labels() const { return m_labels; }

    void setAvailableLabels(const QStringList &labels);
    QStringList availableLabels() const { return m_available; }
    QCompleter *labelCompleter() const { return m_completer; }

    static QStringList parse(const QString &text);

Q_SIGNALS:
    void labelsChanged(const QStringList &labels);

private:
    void onTextEdited();
    void insertCompletion(const QString &label);
    void refreshModel();
    // Start and end of the label under the cursor (between commas).
    QPair<int, int> currentToken() const;

    QStringList m_labels;
    QStringList m_available;
    QStringListModel *m_model;
    QCompleter *m_completer;
};

} // namespace gardener
