#include "core/worklog/worklines.h"

#include <algorithm>

namespace gardener::worklog::md {

QByteArray sharedSlice(const QByteArray &whole, QByteArrayView part)
{
    Q_ASSERT(part.data() >= whole.constData() &&
             part.data() + part.size() <= whole.constData() + whole.size());
    // data_ptr() neither detaches nor changes the buffer; Qt 6.4 has no const overload. The
    // copy takes a reference.
    QByteArray::DataPointer d = const_cast<QByteArray &>(whole).data_ptr();
    d.ptr = const_cast<char *>(part.data());
    d.size = part.size();
    return QByteArray(std::move(d));
}

Lines::Lines(QByteArray utf8, qsizetype begin) : m_bytes(std::move(utf8))
{
    const qsizetype n = m_bytes.size();
    const char *p = m_bytes.constData();
    qsizetype at = qMin(begin, n);
    // Counted first so the offsets are allocated once, at their size (growing by doubling held
    // up to twice as many, and both blocks while moving).
    m_starts.reserve(size_t(std::count(p + at, p + n, '\n')) + 1);
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

QByteArray Lines::slice(qsizetype from, qsizetype to) const
{
    if (from >= to)
        return QByteArray();
    const qsizetype start = m_starts[size_t(from)];
    const QByteArrayView last = view(to - 1);
    const QByteArrayView all =
        QByteArrayView(m_bytes.constData() + start,
                       last.data() + last.size() - (m_bytes.constData() + start))
            .trimmed();
    if (all.contains('\r')) {
        QByteArray out;
        for (qsizetype i = from; i < to; ++i) {
            if (i > from)
                out.append('\n');
            out.append(view(i));
        }
        return out.trimmed();
    }
    if (all.isEmpty())
        return QByteArray();
    return sharedSlice(m_bytes, all);
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
