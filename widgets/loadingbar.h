#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace gardener {

// A slim bar shown above the clusters while an export loads: what is read so far (entries,
// bytes), a time estimate from the byte rate, and Cancel.
class LoadingBar final : public QWidget
{
    Q_OBJECT
public:
    explicit LoadingBar(QWidget *parent = nullptr);

    void start(const QString &name);
    // bytesTotal 0 means unknown (compressed or streamed input): the bar then just moves.
    void setProgress(quint64 entries, quint64 bytesRead, quint64 bytesTotal, int clusters);
    void setPhase(const QString &text);
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QElapsedTimer m_clock;
    QString m_name;
};

} // namespace gardener
