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

} // namespace

int main(int argc, char *argv[])
{
    auto commands = app::makeCommands();
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

    QApplication application(argc, argv);
    setIdentity();
    QNetworkProxyFactory::setUseSystemConfiguration(
        true); // Google is reached through the system proxy
    // Only the window is translated; command-line output stays English for scripts.
    installTranslations(&application);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/loggardener.svg")));

    // GUI arguments: files to open, --demo, and the hidden --screenshot-dir DIR used by
    // scripts/screenshots.sh (also GARDENER_SCREENSHOT_DIR).
    bool demo = false;
    bool smokeTest = false; // opens, loads, prints one line and quits: for package checks
    QString screenshotDir = qEnvironmentVariable("GARDENER_SCREENSHOT_DIR");
    QStringList files;
    QString clusterLink; // loggardener://open?cluster=…: open its data and select the cluster
    Screenshotter::Options shotOptions;
    const QStringList args = QApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--demo"))
            demo = true;
        else if (a == QLatin1String("--smoke-test"))
            smokeTest = true;
        else if (a == QLatin1String("--screenshot-dir") && i + 1 < args.size())
            screenshotDir = args.at(++i);
        else if (a.startsWith(QLatin1String("--screenshot-dir=")))
            screenshotDir = a.mid(17);
        else if ((a == QLatin1String("--screenshot-size") ||
                  a == QLatin1String("--screenshot-palette")) &&
                 i + 1 < args.size()) {
            // Hidden, for scripts/screenshots.sh: the window size and palette of the set.
            const QString &value = args.at(++i);
            const bool ok = a.endsWith(QLatin1String("size")) ? shotOptions.parseSize(value)
                                                              : shotOptions.parsePalette(value);
            if (!ok) {
                QTextStream(stderr)
                    << "loggardener: " << a << " '" << value
                    << "' is not WIDTHxHEIGHT (640x400 to 7680x4320) or light/dark\n";
                return cli::ExitUsage;
            }
        } else if (ClusterLink::looksLikeLink(a))
            clusterLink = a;
        else if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-"))
            files << a;
        else {
            // Taking an unknown option's value for a file name would open the wrong thing
            // (and drop --demo): say which option is not known instead.
            QTextStream err(stderr);
            err << "loggardener: unknown option '" << a << "'\n";
            printUsage(err, commands);
            return cli::ExitUsage;
        }
    }

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
    // A keyring prompt can take as long as the person needs: say why nothing happens yet.
    QObject::connect(
        &secretStore, &secrets::SecretStore::waitingForKeychain, &window,
        [&window](const QString &message) { window.statusBar()->showMessage(message); });
    QObject::connect(&secretStore, &secrets::SecretStore::keychainAnswered, &window, [&window] {
        if (window.statusBar()->currentMessage() == secrets::SecretStore::waitingMessage())
            window.statusBar()->clearMessage();
    });
    window.show();
    githubAccount.restore([&window](Result<bool> restored) {
        if (!restored)
            window.statusBar()->showMessage(
                QObject::tr("Not connected to GitHub: %1").arg(restored.error().toString()));
    });
    if (!historyOpened)
        QMessageBox::warning(
            &window, QObject::tr("Log Gardener"),
            QObject::tr("The history database cannot be used, so trends and past runs "
                        "are not available this time:\n%1")
                .arg(historyOpened.error().toString()));
    else if (!history.openWarning().isEmpty())
        QMessageBox::information(&window, QObject::tr("Log Gardener"), history.openWarning());
    if (smokeTest) {
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
    if (!screenshotDir.isEmpty()) {
        // Takes the pictures, opening the demo data itself, then quits.
        auto *shots = new Screenshotter(&window, &session, screenshotDir, &window);
        shots->setOptions(shotOptions);
        shots->start();
    } else if (!clusterLink.isEmpty()) {
        if (auto opened = window.openClusterLink(clusterLink); !opened)
            QMessageBox::warning(
                &window, QObject::tr("Log Gardener"),
                QObject::tr("Cannot open the cluster link: %1").arg(opened.error().toString()));
    } else if (!files.isEmpty()) {
        window.openFiles(files);
    } else if (demo) {
        window.openDemo();
    }
    return QApplication::exec();
}
