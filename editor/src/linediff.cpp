#include "editor/src/linediff.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace gardener {

namespace {

// Myers' greedy forward search, keeping each round's furthest-reaching x per diagonal so the
// path can be walked back. a and b are line ids. Returns false when maxEdits is exceeded.
bool myers(const std::vector<int> &a, const std::vector<int> &b, int maxEdits,
           std::vector<std::vector<int>> *trace)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = std::min(n + m, maxEdits);
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    for (int d = 0; d <= max; ++d) {
        trace->push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)]; // step down: insertion
            else
                x = v[size_t(offset + k - 1)] + 1; // step right: deletion
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m)
                return true;
        }
    }
    return false;
}

// The lines of one text between a common head and tail, as ids: the quadratic-ish part then
// compares ints, not strings.
struct Middle
{
    const QStringList &oldLines;
    const QStringList &newLines;
    int head = 0;
    std::vector<int> a, b;
};

Middle middleOf(const QStringList &oldLines, const QStringList &newLines, int head, int tail)
{
    QHash<QString, int> ids;
    auto idsOf = [&ids](const QStringList &lines, int from, int to) {
        std::vector<int> out;
        out.reserve(size_t(std::max(0, to - from)));
        for (int i = from; i < to; ++i) {
            int id = ids.value(lines[i], -1);
            if (id < 0) {
                id = int(ids.size());
                ids.insert(lines[i], id);
            }
            out.push_back(id);
        }
        return out;
    };
    Middle m{oldLines, newLines, head, {}, {}};
    m.a = idsOf(oldLines, head, int(oldLines.size()) - tail);
    m.b = idsOf(newLines, head, int(newLines.size()) - tail);
    return m;
}

// Walks Myers' trace backwards from (n, m), collecting the edit script, then puts it in order.
QVector<DiffLine> editScript(const Middle &m, const std::vector<std::vector<int>> &trace)
{
    QVector<DiffLine> middle;
    int x = int(m.a.size());
    int y = int(m.b.size());
    const int head = m.head;
    const int offset = int((trace.front().size() - 3) / 2) + 1;
    for (int d = int(trace.size()) - 1; d >= 0; --d) {
        const std::vector<int> &v = trace[size_t(d)];
        const int k = x - y;
        const bool down =
            k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]);
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = d == 0 ? 0 : v[size_t(offset + prevK)];
        const int prevY = d == 0 ? 0 : prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            middle.append({DiffLine::Kind::Same, m.oldLines[head + x], head + x, head + y});
        }
        if (d > 0) {
            if (down)
                middle.append({DiffLine::Kind::Added, m.newLines[head + prevY], -1, head + prevY});
            else
                middle.append(
                    {DiffLine::Kind::Removed, m.oldLines[head + prevX], head + prevX, -1});
        }
        x = prevX;
        y = prevY;
    }
    std::reverse(middle.begin(), middle.end());
    return middle;
}

// Too many edits to search: the whole middle is replaced.
QVector<DiffLine> replaceAll(const Middle &m)
{
    QVector<DiffLine> middle;
    for (int i = 0; i < int(m.a.size()); ++i)
        middle.append({DiffLine::Kind::Removed, m.oldLines[m.head + i], m.head + i, -1});
    for (int i = 0; i < int(m.b.size()); ++i)
        middle.append({DiffLine::Kind::Added, m.newLines[m.head + i], -1, m.head + i});
    return middle;
}

// Myers emits an insertion before a deletion at the same spot; readers expect - then +.
void removalsFirst(QVector<DiffLine> &middle)
{
    for (int i = 0; i + 1 < middle.size(); ++i) {
        if (middle[i].kind == DiffLine::Kind::Added) {
            int j = i;
            while (j < middle.size() && middle[j].kind == DiffLine::Kind::Added)
                ++j;
            int r = j;
            while (r < middle.size() && middle[r].kind == DiffLine::Kind::Removed)
                ++r;
            if (r > j) {
                std::rotate(middle.begin() + i, middle.begin() + j, middle.begin() + r);
                i = r - 1;
            }
        }
    }
}

} // namespace

QVector<DiffLine> diffLines(const QString &oldText, const QString &newText, int maxEdits)
{
    const QStringList oldLines = oldText.split(QLatin1Char('\n'));
    const QStringList newLines = newText.split(QLatin1Char('\n'));

    int head = 0;
    while (head < oldLines.size() && head < newLines.size() && oldLines[head] == newLines[head])
        ++head;
    int tail = 0;
    while (tail < oldLines.size() - head && tail < newLines.size() - head &&
           oldLines[oldLines.size() - 1 - tail] == newLines[newLines.size() - 1 - tail])
        ++tail;

    QVector<DiffLine> out;
    for (int i = 0; i < head; ++i)
        out.append({DiffLine::Kind::Same, oldLines[i], i, i});

    const Middle m = middleOf(oldLines, newLines, head, tail);
    std::vector<std::vector<int>> trace;
    QVector<DiffLine> middle =
        myers(m.a, m.b, maxEdits, &trace) ? editScript(m, trace) : replaceAll(m);
    removalsFirst(middle);
    out += middle;

    for (int i = tail; i > 0; --i) {
        const int o = int(oldLines.size()) - i;
        const int n = int(newLines.size()) - i;
        out.append({DiffLine::Kind::Same, oldLines[o], o, n});
    }
    return out;
}

DiffStats diffStats(const QVector<DiffLine> &diff)
{
    DiffStats stats;
    for (const DiffLine &line : diff) {
        if (line.kind == DiffLine::Kind::Added)
            ++stats.added;
        else if (line.kind == DiffLine::Kind::Removed)
            ++stats.removed;
    }
    return stats;
}

} // namespace gardener
