#include "core/worklog/worklines.h"

namespace gardener::worklog::md {

Lines::Lines(QByteArray utf8, qsizetype begin) : m_bytes(std::move(utf8))
{
    const qsizetype n = m_bytes.size();
    const char *p = m_bytes.constData();
    qsizetype at = qMin(begin, n);
    while (at < n) {
        m_starts.push_back(at);
        const void *nl = memchr(p + at, '\n', size_t(n - at));
        if (!nl)
            break;
        at = static_cast<const char *>(nl) - p + 1;
    }
    // "a\n" is one line, as QString::split and removing the last empty part made it.
}

QByteArrayView Lines::view(qsizetype i) const
{
    const qsizetype start = m_starts[size_t(i)];
    const bool last = size_t(i + 1) == m_starts.size();
    qsizetype end = last ? m_bytes.size() : m_starts[size_t(i + 1)] - 1;
    if (last && end > start && m_bytes.at(end - 1) == '\n')
        --end;
    if (end > start && m_bytes.at(end - 1) == '\r')
        --end;
    return QByteArrayView(m_bytes.constData() + start, end - start);
}

QString Lines::join(qsizetype from, qsizetype to) const
{
    if (from >= to)
        return QString();
    const qsizetype start = m_starts[size_t(from)];
    const QByteArrayView last = view(to - 1);
    const QByteArrayView all(m_bytes.constData() + start,
                             last.data() + last.size() - (m_bytes.constData() + start));
    if (!all.contains('\r'))
        return QString::fromUtf8(all); // the common case: one decode, no copy of the lines
    QString out;
    for (qsizetype i = from; i < to; ++i) {
        if (i > from)
            out.append(QLatin1Char('\n'));
        out.append(at(i));
    }
    return out;
}

bool Lines::hasText() const
{
    for (qsizetype i = 0; i < size(); ++i) {
        for (const char c : view(i)) {
            if (!QChar::isSpace(uchar(c)))
                return true;
        }
    }
    return false;
}

} // namespace gardener::worklog::md
