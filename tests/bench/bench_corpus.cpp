// Clustering on the second corpus (tests/corpus/, docs/corpus.md): a Cloud Run export written
// apart from the engine, with the template and the issue of every entry. Scores template
// Grouping Accuracy, issue-level GA and the number of issue clusters against the true number
// of issues, on the development split and the test split.
//   bench_corpus [--short] [--entries N] [--split dev|test|both] [--verbose]
// Rules are tuned on the development split only; --verbose (which true issues are split or
// mixed) is therefore refused for the test split. Needs python3; skips with a message without.
#include "core/clustering/clusterengine.h"
#include "core/clustering/evaluation.h"
#include "core/logs/logreader.h"
#include "core/logs/logstore.h"
#include "tests/common/testpaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <map>
#include <set>
#include <unordered_map>

using namespace gardener;
using namespace gardener::clustering;

namespace {

struct TruthRow
{
    std::string templateId, issueId, issueTitle;
};

// insertId -> truth row, from the generator's TSV (header first, tab-separated).
std::unordered_map<std::string, TruthRow> readTruth(const QString &path)
{
    std::unordered_map<std::string, TruthRow> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    f.readLine();
    while (!f.atEnd()) {
        const QList<QByteArray> cols = f.readLine().trimmed().split('\t');
        if (cols.size() < 5)
            continue;
        out[cols[0].toStdString()] = {cols[1].toStdString(), cols[3].toStdString(),
                                      cols[4].toStdString()};
    }
    return out;
}

// Which true issues are split over clusters or share one, for tuning on the development split.
void printIssueErrors(QTextStream &out, const ClusterSet &set,
                      const std::vector<std::string> &issue, const std::vector<std::string> &title,
                      const std::vector<quint32> &cluster)
{
    std::map<std::string, std::map<quint32, int>> parts;
    std::map<quint32, std::set<std::string>> inCluster;
    std::map<std::string, std::string> titles;
    for (size_t i = 0; i < issue.size(); ++i) {
        ++parts[issue[i]][cluster[i]];
        inCluster[cluster[i]].insert(issue[i]);
        titles[issue[i]] = title[i];
    }
    for (const auto &[label, p] : parts) {
        bool wrong = p.size() > 1;
        for (const auto &[c, k] : p)
            wrong = wrong || inCluster[c].size() > 1;
        if (!wrong)
            continue;
        out << QString::fromStdString(label) << " " << QString::fromStdString(titles[label])
            << ":\n";
        for (const auto &[c, k] : p) {
            out << "   [" << k << "] cluster " << c << " {";
            for (const std::string &m : inCluster[c])
                out << QString::fromStdString(m) << ' ';
            out << "}\n";
            for (quint32 t : set.clusters()[c].templates)
                out << "      " << set.templates()[t].text.left(110) << " ["
                    << set.templates()[t].count << "]\n";
            out << "      "
                << QString(set.clusters()[c].explanation)
                       .replace(QLatin1Char('\n'), QLatin1String(" / "))
                << "\n";
        }
    }
}

// Which true templates are split or share a mined template (development split only).
void printTemplateErrors(QTextStream &out, const ClusterSet &set,
                         const std::vector<std::string> &truth,
                         const std::vector<std::string> &predicted)
{
    std::map<std::string, std::map<std::string, int>> parts;
    std::map<std::string, std::set<std::string>> inTemplate;
    for (size_t i = 0; i < truth.size(); ++i) {
        ++parts[truth[i]][predicted[i]];
        inTemplate[predicted[i]].insert(truth[i]);
    }
    for (const auto &[label, p] : parts) {
        bool wrong = p.size() > 1;
        for (const auto &[t, k] : p)
            wrong = wrong || inTemplate[t].size() > 1;
        if (!wrong)
            continue;
        out << QString::fromStdString(label) << ":";
        for (const auto &[t, k] : p)
            out << " [" << k << "] " << set.templates()[std::stoul(t)].text.left(140) << " {"
                << inTemplate[t].size() << " true}";
        out << "\n";
    }
}

bool runSplit(QTextStream &out, const QString &generator, const QString &split, qint64 entries,
              bool verbose)
{
    QTemporaryDir dir;
    QProcess gen;
    gen.start(QStringLiteral("python3"),
              {generator, QStringLiteral("--split"), split, QStringLiteral("--entries"),
               QString::number(entries), QStringLiteral("--out"), dir.path()});
    if (!gen.waitForFinished(600000) || gen.exitCode() != 0) {
        out << "| " << split << " | generator failed: " << gen.readAllStandardError().trimmed()
            << " |\n";
        return false;
    }
    const auto truth = readTruth(dir.filePath(split + QStringLiteral(".truth.tsv")));
    QFile jsonl(dir.filePath(split + QStringLiteral(".jsonl")));
    if (truth.empty() || !jsonl.open(QIODevice::ReadOnly)) {
        out << "| " << split << " | generator output missing |\n";
        return false;
    }
    LogStore store;
    if (auto report = LogReader::readBytes(jsonl.readAll(), split, store); !report) {
        out << "| " << split << " | read failed: " << report.error().toString() << " |\n";
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    ClusterEngine engine;
    engine.addEntries(store, 0, store.size());
    const ClusterSet set = engine.snapshot();
    const qint64 ms = timer.elapsed();
    std::vector<std::string> tTrue, iTrue, iTitle, tPred, cPred;
    std::vector<quint32> cIndex;
    size_t unmatched = 0;
    for (size_t e = 0; e < store.size(); ++e) {
        const auto it = truth.find(store.insertId(e).str());
        if (it == truth.end()) {
            ++unmatched;
            continue;
        }
        tTrue.push_back(it->second.templateId);
        iTrue.push_back(it->second.issueId);
        iTitle.push_back(it->second.issueTitle);
        tPred.push_back(std::to_string(set.templateOfEntry(e)));
        cIndex.push_back(set.clusterOfEntry(e));
        cPred.push_back(std::to_string(cIndex.back()));
    }
    const std::set<std::string> templates(tTrue.begin(), tTrue.end()),
        issues(iTrue.begin(), iTrue.end());
    const double ratio = double(set.clusters().size()) / double(std::max<size_t>(1, issues.size()));
    out << "| " << split << " | " << tTrue.size() << " | "
        << QString::number(groupingAccuracy(tTrue, tPred), 'f', 4) << " | "
        << QString::number(groupingAccuracy(iTrue, cPred), 'f', 4) << " | "
        << set.templates().size() << " (" << templates.size() << ") | " << set.clusters().size()
        << " (" << issues.size() << ", ×" << QString::number(ratio, 'f', 2) << ") | " << ms
        << " |\n";
    if (unmatched)
        out << "  (" << unmatched << " entries without a truth row)\n";
    if (verbose) {
        printTemplateErrors(out, set, tTrue, tPred);
        printIssueErrors(out, set, iTrue, iTitle, cIndex);
    }
    out.flush();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    const QString generator =
        gardener::test::dataPath(QStringLiteral("../corpus/generate_corpus.py"));
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty() ||
        !QFile::exists(generator)) {
        out << "bench_corpus: python3 or tests/corpus/generate_corpus.py not found; corpus not "
               "scored\n";
        return 0;
    }
    qint64 entries = args.contains(QStringLiteral("--short")) ? 20000 : 100000;
    QString split = QStringLiteral("both");
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--entries"))
            entries = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--split"))
            split = args[i + 1];
    }
    const bool verbose = args.contains(QStringLiteral("--verbose"));
    out << "| split | entries | GA templates | GA issues | templates (true) | issue clusters (true "
           "issues) | cluster ms |\n"
        << "|---|---|---|---|---|---|---|\n";
    bool ok = true;
    if (split == QLatin1String("dev") || split == QLatin1String("both"))
        ok = runSplit(out, generator, QStringLiteral("dev"), entries, verbose) && ok;
    // The test split is scored, never inspected: no details for it.
    if (split == QLatin1String("test") || split == QLatin1String("both"))
        ok = runSplit(out, generator, QStringLiteral("test"), entries, false) && ok;
    return ok ? 0 : 1;
}
