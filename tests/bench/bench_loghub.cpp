// Grouping Accuracy of template mining on the 16 Loghub-2k systems, with one default
// configuration, fed message content only. Prints a Markdown table.
//   bench_loghub [--data DIR] [--similarity X] [--verbose SYSTEM]
#include "clustering/clusterengine.h"
#include "clustering/evaluation.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <map>

using namespace gardener::clustering;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString dir = gardener::test::sharedPath(QStringLiteral("data/loghub-2k"));
    ClusterOptions options;
    options.groupIssues = false;
    options.threads = 1;
    QString verbose;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--data"))
            dir = args[i + 1];
        else if (args[i] == QLatin1String("--similarity"))
            options.similarity = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--split"))
            options.splitDistinct = args[i + 1].toULongLong();
        else if (args[i] == QLatin1String("--verbose"))
            verbose = args[i + 1];
    }
    QTextStream out(stdout);
    if (dir.isEmpty()) {
        out << "loghub-2k data not found (shared/data/loghub-2k); nothing to measure\n";
        return 0;
    }
    const char *systems[] = {"Android", "Apache", "BGL", "HDFS", "HPC", "Hadoop", "HealthApp", "Linux",
                             "Mac", "OpenSSH", "OpenStack", "Proxifier", "Spark", "Thunderbird",
                             "Windows", "Zookeeper"};
    out << "| System | GA | templates (true) | ms |\n|---|---|---|---|\n";
    double sum = 0;
    int n = 0;
    for (const char *sys : systems) {
        const QString name = QString::fromLatin1(sys);
        const auto data = readLoghubCsv(dir + QLatin1Char('/') + name + QLatin1Char('/') + name
                                        + QStringLiteral("_2k.log_structured.csv"));
        if (!data) {
            out << "| " << name << " | missing | | |\n";
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        ClusterEngine engine(options);
        for (const std::string &m : data->messages)
            engine.addMessage(m);
        const ClusterSet set = engine.snapshot();
        const qint64 ms = timer.elapsed();
        std::vector<std::string> predicted;
        for (size_t i = 0; i < data->messages.size(); ++i)
            predicted.push_back(std::to_string(set.templateOfEntry(i)));
        const double ga = groupingAccuracy(data->labels, predicted);
        std::map<std::string, int> truthCount;
        for (const auto &l : data->labels)
            ++truthCount[l];
        out << "| " << name << " | " << QString::number(ga, 'f', 3) << " | " << set.templates().size()
            << " (" << truthCount.size() << ") | " << ms << " |\n";
        sum += ga;
        ++n;
        if (name == verbose) {
            // Which true groups are split or mixed, for tuning.
            std::map<std::string, std::map<quint32, int>> split;
            for (size_t i = 0; i < data->labels.size(); ++i)
                ++split[data->labels[i]][set.templateOfEntry(i)];
            for (const auto &[label, parts] : split) {
                if (parts.size() == 1) {
                    const quint32 t = parts.begin()->first;
                    bool mixed = false;
                    for (size_t i = 0; i < data->labels.size(); ++i)
                        if (set.templateOfEntry(i) == t && data->labels[i] != label)
                            mixed = true;
                    if (!mixed)
                        continue;
                }
                out << "  " << QString::fromStdString(label) << ":";
                for (const auto &[t, c] : parts)
                    out << " [" << c << "] " << set.templates()[t].text;
                out << "\n";
            }
        }
    }
    if (n)
        out << "| **Average** | **" << QString::number(sum / n, 'f', 3) << "** | | |\n";
    return 0;
}
