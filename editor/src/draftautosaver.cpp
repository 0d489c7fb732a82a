#include "editor/src/draftautosaver.h"

#include <QSaveFile>

namespace gardener {

DraftAutosaver::DraftAutosaver(ContentFunction content, QObject *parent)
    : QObject(parent), m_content(std::move(content))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::saveNow);
}

DraftAutosaver::~DraftAutosaver()
{
    if (m_pending)
        saveNow();
}

void DraftAutosaver::setPath(const QString &path)
{
    m_path = path;
    if (m_path.isEmpty()) {
        m_timer.stop();
        m_pending = false;
    }
}

void DraftAutosaver::schedule()
{
    if (m_path.isEmpty())
        return;
    if (!m_pending) {
        m_pending = true;
        m_since.start();
        m_timer.start();
        return;
    }
    // Keep pushing the save back while typing continues, but not past maxDelay.
    if (m_since.elapsed() + m_timer.interval() <= m_maxDelay)
        m_timer.start();
}

bool DraftAutosaver::saveNow()
{
    m_timer.stop();
    m_pending = false;
    if (m_path.isEmpty())
        return true;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        Q_EMIT saveFailed(tr("Could not save the draft to %1: %2").arg(m_path, file.errorString()));
        return false;
    }
    const QByteArray data = m_content ? m_content() : QByteArray();
    if (file.write(data) != data.size() || !file.commit()) {
        Q_EMIT saveFailed(tr("Could not save the draft to %1: %2").arg(m_path, file.errorString()));
        return false;
    }
    Q_EMIT saved(m_path);
    return true;
}

} // namespace gardener
