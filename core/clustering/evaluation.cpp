#include "evaluation.h"

#include <QFile>
#include <unordered_map>

namespace gardener::clustering {

double groupingAccuracy(const std::vector<std::string> &truth, const std::vector<std::string> &predicted)
{
    if (truth.empty() || truth.size() != predicted.size())
        return 0;
    // A predicted group is correct when all its messages share one true label and that label
    // has no messages elsewhere.
    std::unordered_map<std::string, size_t> truthSize;
    for (const std::string &t : truth)
        ++truthSize[t];
    struct Group
    {
        size_t size = 0;
        const std::string *label = nullptr;
        bool pure = true;
    };
    std::unordered_map<std::string, Group> groups;
    for (size_t i = 0; i < truth.size(); ++i) {
        Group &g = groups[predicted[i]];
        if (g.label == nullptr)
            g.label = &truth[i];
        else if (*g.label != truth[i])
            g.pure = false;
        ++g.size;
    }
    size_t correct = 0;
    for (const auto &[key, g] : groups)
        if (g.pure && truthSize[*g.label] == g.size)
            correct += g.size;
    return double(correct) / double(truth.size());
}

namespace {

// RFC 4180 fields of one record starting at `pos`; advances past its line end.
std::vector<std::string> csvRecord(const QByteArray &data, qsizetype &pos)
{
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    while (pos < data.size()) {
        const char c = data[pos++];
        if (quoted) {
            if (c == '"') {
                if (pos < data.size() && data[pos] == '"') {
                    field += '"';
                    ++pos;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            break;
        } else if (c != '\r') {
            field += c;
        }
    }
    fields.push_back(std::move(field));
    return fields;
}

} // namespace

Result<LabelledMessages> readLoghubCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read: ") + f.errorString(), path);
    const QByteArray data = f.readAll();
    qsizetype pos = 0;
    const std::vector<std::string> header = csvRecord(data, pos);
    int content = -1, event = -1;
    for (size_t i = 0; i < header.size(); ++i) {
        if (header[i] == "Content")
            content = int(i);
        else if (header[i] == "EventId")
            event = int(i);
    }
    if (content < 0 || event < 0)
        return fail(QStringLiteral("No Content or EventId column."), path, 1);
    LabelledMessages out;
    qint64 line = 1;
    while (pos < data.size()) {
        ++line;
        std::vector<std::string> rec = csvRecord(data, pos);
        if (rec.size() == 1 && rec[0].empty())
            continue;
        if (int(rec.size()) <= std::max(content, event))
            return fail(QStringLiteral("Too few columns."), path, line);
        out.messages.push_back(std::move(rec[size_t(content)]));
        out.labels.push_back(std::move(rec[size_t(event)]));
    }
    return out;
}

} // namespace gardener::clustering
