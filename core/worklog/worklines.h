#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

namespace gardener::worklog::md {

// `part` (which lies inside `whole`) as a QByteArray holding a reference to `whole`'s buffer:
// the buffer lives as long as the slice, and a slice detaches (copies its part) before it is
// ever written to. No copy, and no NUL after it: read it with its size.
QByteArray sharedSlice(const QByteArray &whole, QByteArrayView part);

// The lines of one UTF-8 buffer, kept as offsets into it: the buffer is shared, never copied,
// and a line becomes a QString only while it is looked at. This keeps the reader within a
// small multiple of the file (a QStringList of the lines held the text twice more, in UTF-16).
class Lines
{
public:
    Lines() = default;
    // Lines of `utf8` from byte `begin` on (past a byte order mark); LF or CRLF ends a line and
    // a last empty line is not counted.
    explicit Lines(QByteArray utf8, qsizetype begin = 0);

    qsizetype size() const { return qsizetype(m_starts.size()); }
    bool isEmpty() const { return m_starts.empty(); }

    // Line i without its end-of-line characters: as bytes, and decoded.
    QByteArrayView view(qsizetype i) const;
    QString at(qsizetype i) const { return QString::fromUtf8(view(i)); }

    // Lines [from, to) joined with '\n', decoded once.
    QString join(qsizetype from, qsizetype to) const;

    // Lines [from, to) joined with '\n' and trimmed of ASCII blanks, as UTF-8. Without carriage
    // returns in them this is a slice of the buffer, sharing it (no copy, no NUL after it).
    QByteArray slice(qsizetype from, qsizetype to) const;

    // True when some line has text other than white space.
    bool hasText() const;

private:
    QByteArray m_bytes;
    std::vector<qsizetype> m_starts; // start of each line; a line ends where the next starts
};

} // namespace gardener::worklog::md
