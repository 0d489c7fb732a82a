#include "core/clustering/evaluation.h"

#include <QFile>
#include <algorithm>
#include <unordered_map>

namespace gardener::clustering {

namespace {

// Messages per label, and which labels of the other side each group's messages carry.
struct GroupMatch
{
    size_t truthGroups = 0, predictedGroups = 0;
    // predicted label -> the true label it equals exactly and its size (exact matches only)
    std::unordered_map<std::string, std::pair<std::string, size_t>> exact;
};

GroupMatch matchGroups(const std::vector<std::string> &truth,
                       const std::vector<std::string> &predicted)
{
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
    GroupMatch m;
    m.truthGroups = truthSize.size();
    m.predictedGroups = groups.size();
    for (const auto &[key, g] : groups)
        if (g.pure && truthSize[*g.label] == g.size)
            m.exact.emplace(key, std::make_pair(*g.label, g.size));
    return m;
}

double f1(size_t correct, size_t predicted, size_t truth)
{
    if (correct == 0 || predicted == 0 || truth == 0)
        return 0;
    const double p = double(correct) / double(predicted), r = double(correct) / double(truth);
    return 2 * p * r / (p + r);
}

} // namespace

double groupingAccuracy(const std::vector<std::string> &truth,
                        const std::vector<std::string> &predicted)
{
    if (truth.empty() || truth.size() != predicted.size())
        return 0;
    // A predicted group is correct when all its messages share one true label and that label
    // has no messages elsewhere.
    size_t correct = 0;
    for (const auto &[key, match] : matchGroups(truth, predicted).exact)
        correct += match.second;
    return double(correct) / double(truth.size());
}

std::string normalisedTemplateText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        if (c == '<') {
            size_t j = i + 1;
            while (j < text.size() && ((text[j] >= 'A' && text[j] <= 'Z') || text[j] == '*' ||
                                       text[j] == '_' || (text[j] >= '0' && text[j] <= '9')))
                ++j;
            if (j < text.size() && text[j] == '>' && j > i + 1) {
                out += "<*>";
                i = j;
                continue;
            }
        }
        out += c;
    }
    return out;
}

ParsingScores parsingScores(const std::vector<std::string> &truthLabels,
                            const std::vector<std::string> &truthTemplates,
                            const std::vector<std::string> &predictedLabels,
                            const std::vector<std::string> &predictedTemplates)
{
    ParsingScores s;
    const size_t n = truthLabels.size();
    if (n == 0 || predictedLabels.size() != n || truthTemplates.size() != n ||
        predictedTemplates.size() != n)
        return s;
    s.ga = groupingAccuracy(truthLabels, predictedLabels);
    const GroupMatch m = matchGroups(truthLabels, predictedLabels);
    s.fga = f1(m.exact.size(), m.predictedGroups, m.truthGroups);
    size_t sameText = 0;
    std::unordered_map<std::string, std::string> truthText, predictedText;
    for (size_t i = 0; i < n; ++i) {
        const std::string t = normalisedTemplateText(truthTemplates[i]);
        const std::string p = normalisedTemplateText(predictedTemplates[i]);
        if (t == p)
            ++sameText;
        truthText.emplace(truthLabels[i], t);
        predictedText.emplace(predictedLabels[i], p);
    }
    s.pa = double(sameText) / double(n);
    size_t correctTemplates = 0;
    for (const auto &[predicted, truth] : m.exact)
        if (predictedText[predicted] == truthText[truth.first])
            ++correctTemplates;
    s.fta = f1(correctTemplates, m.predictedGroups, m.truthGroups);
    return s;
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
    int content = -1, event = -1, eventTemplate = -1;
    for (size_t i = 0; i < header.size(); ++i) {
        if (header[i] == "Content")
            content = int(i);
        else if (header[i] == "EventId")
            event = int(i);
        else if (header[i] == "EventTemplate")
            eventTemplate = int(i);
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
        if (int(rec.size()) <= std::max({content, event, eventTemplate}))
            return fail(QStringLiteral("Too few columns."), path, line);
        out.messages.push_back(std::move(rec[size_t(content)]));
        out.labels.push_back(std::move(rec[size_t(event)]));
        if (eventTemplate >= 0)
            out.templates.push_back(std::move(rec[size_t(eventTemplate)]));
    }
    return out;
}

} // namespace gardener::clustering
