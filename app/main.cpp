#include "app/commands.h"
#include "core/demo/bundleddemo.h"
#include "core/gcp/googlecloudaccount.h"
#include "core/github/account.h"
#include "core/history/historystore.h"
#include "core/logs/logstore.h"
#include "core/pipeline/runpipeline.h"
#include "core/redaction/redactor.h"
#include "core/secrets/secretstore.h"
#include "core/session/clusterlink.h"
#include "core/session/session.h"
#include "core/util/allocatortuning.h"
#include "widgets/drafts/draftspage.h"
#include "widgets/mainwindow.h"
#include "widgets/screenshotter.h"
#include "widgets/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace gardener;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LogGardener"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("loggardener.app"));
    QCoreApplication::setApplicationName(QStringLiteral("loggardener"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GARDENER_VERSION));
}

void printUsage(QTextStream &out, const std::vector<std::unique_ptr<cli::Command>> &commands)
{
    out << "Usage: loggardener [--demo] [FILE...]      start the desktop app\n"
           "       loggardener 'loggardener://open?…'  open a copied cluster link\n"
           "       loggardener COMMAND [OPTIONS]       run without a window\n\n"
           "Commands:\n";
    for (const auto &c : commands)
        out << "  " << c->name().leftJustified(10) << c->summary() << '\n';
    out << "\nOptions:\n"
           "  --demo       open the bundled demo data\n"
           "  --smoke-test load what is opened, print a summary line and quit\n"
           "  --version    print the version\n"
           "  --help       show this help\n\n"
           "Run 'loggardener COMMAND --help' for a command's options.\n";
}

// The commands, --version, --help and a mistyped command: an exit code when the first argument
// is one of them, nothing when the window is to start.
std::optional<int> runWithoutWindow(int argc, char *argv[],
                                    const std::vector<std::unique_ptr<cli::Command>> &commands)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    for (const auto &command : commands) {
        if (command->name() != first)
            continue;
        QCoreApplication core(argc, argv);
        setIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        QStringList arguments = QCoreApplication::arguments().mid(2);
        return command->run(arguments, out, err);
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        std::printf("Log Gardener %s\n", GARDENER_VERSION);
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        QTextStream out(stdout);
        printUsage(out, commands);
        return 0;
    }
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-')) && !QFileInfo::exists(first) &&
        !first.contains(QLatin1Char('.')) && !first.contains(QLatin1Char('/'))) {
        // Neither a file nor a command: most likely a mistyped command.
        QTextStream err(stderr);
        err << "loggardener: unknown command '" << first << "'\n";
        printUsage(err, commands);
        return cli::ExitUsage;
    }
    return std::nullopt;
}

// What the window is asked to do at start: files to open, --demo, a cluster link, and the hidden
// --screenshot-dir DIR used by scripts/screenshots.sh (also GARDENER_SCREENSHOT_DIR).
struct WindowArguments
{
    bool demo = false;
    bool smokeTest = false; // opens, loads, prints one line and quits: for package checks
    QString screenshotDir = qEnvironmentVariable("GARDENER_SCREENSHOT_DIR");
    QStringList files;
    QString clusterLink; // loggardener://open?cluster=…: open its data and select the cluster
    Screenshotter::Options shotOptions;
};

// Hidden, for scripts/screenshots.sh: the window size and palette of the set.
bool takeScreenshotOption(const QString &option, const QString &value, WindowArguments &w)
{
    const bool ok = option.endsWith(QLatin1String("size")) ? w.shotOptions.parseSize(value)
                                                           : w.shotOptions.parsePalette(value);
    if (!ok)
        QTextStream(stderr) << "loggardener: " << option << " '" << value
                            << "' is not WIDTHxHEIGHT (640x400 to 7680x4320) or light/dark\n";
    return ok;
}

std::optional<WindowArguments>
windowArguments(const QStringList &args, const std::vector<std::unique_ptr<cli::Command>> &commands)
{
    WindowArguments w;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--demo"))
            w.demo = true;
        else if (a == QLatin1String("--smoke-test"))
            w.smokeTest = true;
        else if (a == QLatin1String("--screenshot-dir") && i + 1 < args.size())
            w.screenshotDir = args.at(++i);
        else if (a.startsWith(QLatin1String("--screenshot-dir=")))
            w.screenshotDir = a.mid(17);
        else if ((a == QLatin1String("--screenshot-size") ||
                  a == QLatin1String("--screenshot-palette")) &&
                 i + 1 < args.size()) {
            if (!takeScreenshotOption(a, args.at(++i), w))
                return std::nullopt;
        } else if (ClusterLink::looksLikeLink(a))
            w.clusterLink = a;
        else if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-"))
            w.files << a;
        else {
            // Taking an unknown option's value for a file name would open the wrong thing
            // (and drop --demo): say which option is not known instead.
            QTextStream err(stderr);
            err << "loggardener: unknown option '" << a << "'\n";
            printUsage(err, commands);
            return std::nullopt;
        }
    }
    return w;
}

// A keyring prompt can take as long as the person needs: say why nothing happens yet.
void showKeychainWaits(secrets::SecretStore &secretStore, MainWindow &window)
{
    QObject::connect(
        &secretStore, &secrets::SecretStore::waitingForKeychain, &window,
        [&window](const QString &message) { window.statusBar()->showMessage(message); });
    QObject::connect(&secretStore, &secrets::SecretStore::keychainAnswered, &window, [&window] {
        if (window.statusBar()->currentMessage() == secrets::SecretStore::waitingMessage())
            window.statusBar()->clearMessage();
    });
}

void showHistoryProblem(const Result<void> &historyOpened, const history::HistoryStore &history,
                        QWidget *window)
{
    if (!historyOpened)
        QMessageBox::warning(
            window, QObject::tr("Log Gardener"),
            QObject::tr("The history database cannot be used, so trends and past runs "
                        "are not available this time:\n%1")
                .arg(historyOpened.error().toString()));
    else if (!history.openWarning().isEmpty())
        QMessageBox::information(window, QObject::tr("Log Gardener"), history.openWarning());
}

// --smoke-test: one summary line once the load ends, and the exit code says whether it worked.
void quitAfterLoad(Session &session, MainWindow &window)
{
    QObject::connect(&session, &Session::loadFinished, &window, [&session] {
        std::printf("smoke: %zu entries in %zu clusters\n",
                    session.store() ? session.store()->size() : size_t(0),
                    session.clusters().clusters().size());
        QCoreApplication::exit(session.clusters().clusters().empty() ? 1 : 0);
    });
    QObject::connect(&session, &Session::loadFailed, &window, [](const QString &message) {
        std::fprintf(stderr, "smoke: %s\n", message.toLocal8Bit().constData());
        QCoreApplication::exit(1);
    });
}

void openWhatWasAsked(const WindowArguments &w, MainWindow &window, Session &session)
{
    if (!w.screenshotDir.isEmpty()) {
        // Takes the pictures, opening the demo data itself, then quits.
        auto *shots = new Screenshotter(&window, &session, w.screenshotDir, &window);
        shots->setOptions(w.shotOptions);
        shots->start();
    } else if (!w.clusterLink.isEmpty()) {
        if (auto opened = window.openClusterLink(w.clusterLink); !opened)
            QMessageBox::warning(
                &window, QObject::tr("Log Gardener"),
                QObject::tr("Cannot open the cluster link: %1").arg(opened.error().toString()));
    } else if (!w.files.isEmpty()) {
        window.openFiles(w.files);
    } else if (w.demo) {
        window.openDemo();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything allocates much or starts a thread: it may start the process again.
    util::tuneAllocator(argv);
    auto commands = app::makeCommands();
    if (const std::optional<int> exitCode = runWithoutWindow(argc, argv, commands))
        return *exitCode;

    QApplication application(argc, argv);
    setIdentity();
    QNetworkProxyFactory::setUseSystemConfiguration(
        true); // Google is reached through the system proxy
    // Only the window is translated; command-line output stays English for scripts.
    installTranslations(&application);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/loggardener.svg")));
    const std::optional<WindowArguments> asked =
        windowArguments(QApplication::arguments().mid(1), commands);
    if (!asked)
        return cli::ExitUsage;

    // The object graph of the window: history, redactor and folders live here, pages borrow them.
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    history::HistoryStore history;
    const auto historyOpened = history.open(history::HistoryStore::defaultPath());
    const redaction::Redactor redactor;
    AppServices services;
    services.history = historyOpened ? &history : nullptr;
    services.redactor = &redactor;
    services.rulesPath = QDir(dataDir).filePath(QStringLiteral("triage.rules"));
    services.worklogFolder = pipeline::defaultWorklogDir();
    services.draftsFolder = DraftsPage::defaultDraftsFolder();
    // GitHub: the saved repository and its keychain token become the session the pages use.
    secrets::SecretStore secretStore;
    github::GitHubAccount githubAccount(&secretStore, &redactor,
                                        QDir(dataDir).filePath(QStringLiteral("github")));
    services.githubAccount = &githubAccount;
    // Google Cloud: the profiles and their sign-ins, shared by every collection of the window.
    gcp::GoogleCloudAccount googleCloud(&secretStore);
    services.googleCloud = &googleCloud;

    Session session;
    MainWindow window(&session, [] { return demo::bundledExport(); });
    window.setServices(services);
    showKeychainWaits(secretStore, window);
    window.show();
    githubAccount.restore([&window](Result<bool> restored) {
        if (!restored)
            window.statusBar()->showMessage(
                QObject::tr("Not connected to GitHub: %1").arg(restored.error().toString()));
    });
    showHistoryProblem(historyOpened, history, &window);
    if (asked->smokeTest)
        quitAfterLoad(session, window);
    openWhatWasAsked(*asked, window, session);
    return QApplication::exec();
}
