#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace gardener {

// Saves a draft while the user types, so a crash loses at most the last interval of work.
// schedule() after each change; the content is written interval ms after changes stop, and at
// the latest maxDelay ms after the first unsaved change, even during non-stop typing.
// Writes go through QSaveFile (temporary file + rename): the file on disk is always either the
// previous or the new complete draft, never a torn mix. GUI thread only.
class DraftAutosaver final : public QObject
{
    Q_OBJECT
public:
    using ContentFunction = std::function<QByteArray()>;

    explicit DraftAutosaver(ContentFunction content, QObject *parent = nullptr);
    // Flushes a pending save (a clean shutdown never needs the debounce).
    ~DraftAutosaver() override;

    // An empty path turns autosaving off. The folder must exist.
    void setPath(const QString &path);
    QString path() const { return m_path; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    void setMaxDelay(int ms) { m_maxDelay = ms; }

    void schedule();
    bool isPending() const { return m_pending; }
    // Writes now if a path is set. Returns false (and emits saveFailed) when writing failed.
    bool saveNow();

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    ContentFunction m_content;
    QString m_path;
    QTimer m_timer;
    QElapsedTimer m_since;
    int m_maxDelay = 2000;
    bool m_pending = false;
};

} // namespace gardener
