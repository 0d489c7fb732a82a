#include "widgets/codesettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gardener {

using evidence::CodeMapping;
using evidence::CodeRepo;
using evidence::CodeSettings;

namespace {

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setAccessibleName(name);
    return t;
}

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QPushButton *addButton(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAutoDefault(false);
    return b;
}

} // namespace

CodeSettingsDialog::CodeSettingsDialog(QString path, QWidget *parent)
    : QDialog(parent), m_path(std::move(path))
{
    setWindowTitle(tr("Code Mappings"));
    setObjectName(QStringLiteral("codeSettingsDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("GitHub repository per service (an empty service applies to every service):"), this));
    m_repos = table({tr("Service"), tr("Repository (owner/name)"), tr("Default branch")},
                    tr("Repositories"), this);
    layout->addWidget(m_repos);
    QPushButton *addRepo = addButton(tr("Add &Repository"), this);
    layout->addWidget(addRepo, 0, Qt::AlignLeft);
    layout->addWidget(
        new QLabel(tr("Code mappings, most specific first: a module prefix (netra_backend.app. → "
                      "netra_backend/app/) or a path prefix (/app/ → nothing):"),
                   this));
    m_mappings =
        table({tr("Service"), tr("Kind"), tr("From"), tr("To")}, tr("Code mappings"), this);
    layout->addWidget(m_mappings);
    QPushButton *addMapping = addButton(tr("Add &Mapping"), this);
    layout->addWidget(addMapping, 0, Qt::AlignLeft);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("codeSettingsProblem"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(addRepo, &QPushButton::clicked, this, [this] { addRepositoryRow({}, CodeRepo{}); });
    connect(addMapping, &QPushButton::clicked, this, [this] { addMappingRow({}); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    resize(720, 520);
}

void CodeSettingsDialog::load()
{
    auto loaded = CodeSettings::load(m_path);
    if (!loaded) {
        m_problem->setText(tr("Could not read the settings: %1").arg(loaded.error().toString()));
        return;
    }
    for (auto it = loaded->repos.cbegin(); it != loaded->repos.cend(); ++it)
        addRepositoryRow(it.key(), it.value());
    for (const CodeMapping &m : std::as_const(loaded->mappings))
        addMappingRow(m);
}

void CodeSettingsDialog::addRepositoryRow(const QString &service, const CodeRepo &repo)
{
    const int row = m_repos->rowCount();
    m_repos->insertRow(row);
    m_repos->setItem(row, 0, new QTableWidgetItem(service));
    m_repos->setItem(row, 1, new QTableWidgetItem(repo.repo));
    m_repos->setItem(row, 2, new QTableWidgetItem(repo.defaultBranch));
}

void CodeSettingsDialog::addMappingRow(const CodeMapping &m)
{
    const int row = m_mappings->rowCount();
    m_mappings->insertRow(row);
    m_mappings->setItem(row, 0, new QTableWidgetItem(m.service));
    auto *kind = new QComboBox(m_mappings);
    kind->addItem(tr("path prefix"), QStringLiteral("path"));
    kind->addItem(tr("module prefix"), QStringLiteral("module"));
    kind->setCurrentIndex(m.kind == CodeMapping::Kind::Module ? 1 : 0);
    m_mappings->setCellWidget(row, 1, kind);
    m_mappings->setItem(row, 2, new QTableWidgetItem(m.from));
    m_mappings->setItem(row, 3, new QTableWidgetItem(m.to));
}

Result<CodeSettings> CodeSettingsDialog::settings() const
{
    CodeSettings s;
    for (int row = 0; row < m_repos->rowCount(); ++row) {
        const QString service = cell(m_repos, row, 0);
        CodeRepo repo;
        repo.repo = cell(m_repos, row, 1);
        if (repo.repo.isEmpty() && service.isEmpty())
            continue; // an empty row
        if (repo.repo.count(QLatin1Char('/')) != 1 || repo.repo.startsWith(QLatin1Char('/')) ||
            repo.repo.endsWith(QLatin1Char('/')))
            return fail(
                tr("Repository row %1: \"%2\" is not owner/name").arg(row + 1).arg(repo.repo));
        if (s.repos.contains(service))
            return fail(
                tr("Repository row %1: service \"%2\" is listed twice").arg(row + 1).arg(service));
        if (!cell(m_repos, row, 2).isEmpty())
            repo.defaultBranch = cell(m_repos, row, 2);
        s.repos.insert(service, repo);
    }
    for (int row = 0; row < m_mappings->rowCount(); ++row) {
        CodeMapping m;
        m.service = cell(m_mappings, row, 0);
        const auto *kind = qobject_cast<const QComboBox *>(m_mappings->cellWidget(row, 1));
        m.kind = kind && kind->currentData().toString() == QLatin1String("module")
                     ? CodeMapping::Kind::Module
                     : CodeMapping::Kind::Path;
        m.from = cell(m_mappings, row, 2);
        m.to = cell(m_mappings, row, 3);
        if (m.from.isEmpty() && m.to.isEmpty() && m.service.isEmpty())
            continue;
        if (m.from.isEmpty())
            return fail(tr("Mapping row %1: \"From\" is empty").arg(row + 1));
        s.mappings.append(m);
    }
    return s;
}

bool CodeSettingsDialog::save()
{
    auto s = settings();
    if (!s) {
        m_problem->setText(s.error().what);
        return false;
    }
    if (auto saved = s->save(m_path); !saved) {
        m_problem->setText(tr("Could not save: %1").arg(saved.error().toString()));
        return false;
    }
    m_problem->clear();
    return true;
}

} // namespace gardener
