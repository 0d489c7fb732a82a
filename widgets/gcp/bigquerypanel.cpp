#include "widgets/gcp/bigquerypanel.h"

#include "core/gcp/bigqueryrun.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gardener::gcp {

BigQueryPanel::BigQueryPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("bigQueryPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("engineCombo"));
    m_engine->setAccessibleName(tr("Engine"));
    m_engine->addItem(tr("Download the entries"), QStringLiteral("local"));
    m_engine->addItem(tr("Analyze in BigQuery (large windows)"), QStringLiteral("bigquery"));
    m_engine->setToolTip(
        tr("BigQuery groups the window's entries on Google's side through a log bucket "
           "linked to a BigQuery dataset; only the grouped rows are downloaded."));
    auto *engineLabel = new QLabel(tr("Ho&w to collect:"), this);
    engineLabel->setBuddy(m_engine);
    form->addRow(engineLabel, m_engine);
    layout->addLayout(form);

    m_bigQuery = new QWidget(this);
    auto *bq = new QFormLayout(m_bigQuery);
    bq->setContentsMargins(0, 0, 0, 0);
    auto *datasetRow = new QHBoxLayout;
    m_dataset = new QComboBox(m_bigQuery);
    m_dataset->setObjectName(QStringLiteral("bigqueryDataset"));
    m_dataset->setAccessibleName(tr("Linked BigQuery dataset"));
    m_dataset->setEditable(true);
    m_dataset->setInsertPolicy(QComboBox::NoInsert);
    m_dataset->lineEdit()->setPlaceholderText(tr("PROJECT.LINK_ID"));
    m_find = new QPushButton(tr("Loo&k Up Datasets"), m_bigQuery);
    m_find->setObjectName(QStringLiteral("findDatasetsButton"));
    m_find->setToolTip(tr("Lists the BigQuery datasets linked to the project's log buckets."));
    datasetRow->addWidget(m_dataset, 1);
    datasetRow->addWidget(m_find);
    auto *datasetLabel = new QLabel(tr("Big&Query dataset:"), m_bigQuery);
    datasetLabel->setBuddy(m_dataset);
    bq->addRow(datasetLabel, datasetRow);
    auto *capRow = new QHBoxLayout;
    m_cap = new QLineEdit(QStringLiteral("%1GiB").arg(DefaultMaxBytesBilled >> 30), m_bigQuery);
    m_cap->setObjectName(QStringLiteral("bigqueryCap"));
    m_cap->setAccessibleName(tr("Most bytes billed"));
    m_cap->setToolTip(tr("BigQuery fails the query rather than bill more (500MB, 10GiB, 1TB)."));
    m_dryRun = new QPushButton(tr("&Check Cost"), m_bigQuery);
    m_dryRun->setObjectName(QStringLiteral("dryRunButton"));
    m_dryRun->setToolTip(
        tr("Asks BigQuery what the query would scan and cost, without running it."));
    capRow->addWidget(m_cap, 1);
    capRow->addWidget(m_dryRun);
    auto *capLabel = new QLabel(tr("Most bil&led:"), m_bigQuery);
    capLabel->setBuddy(m_cap);
    bq->addRow(capLabel, capRow);
    m_estimate = new QLabel(m_bigQuery);
    m_estimate->setObjectName(QStringLiteral("bigqueryEstimate"));
    m_estimate->setAccessibleName(tr("Dry run estimate"));
    m_estimate->setWordWrap(true);
    m_estimate->setTextFormat(Qt::RichText);
    m_estimate->setOpenExternalLinks(true);
    m_estimate->setTextInteractionFlags(Qt::TextBrowserInteraction);
    bq->addRow(m_estimate);
    layout->addWidget(m_bigQuery);
    m_bigQuery->setVisible(false);

    connect(m_engine, &QComboBox::currentIndexChanged, this, [this] {
        m_bigQuery->setVisible(isBigQuery());
        Q_EMIT engineChanged();
    });
    connect(m_dataset, &QComboBox::currentTextChanged, this, &BigQueryPanel::settingsChanged);
    connect(m_cap, &QLineEdit::textChanged, this, &BigQueryPanel::settingsChanged);
    connect(m_find, &QPushButton::clicked, this, &BigQueryPanel::findDatasetsRequested);
    connect(m_dryRun, &QPushButton::clicked, this, &BigQueryPanel::dryRunRequested);
}

bool BigQueryPanel::isBigQuery() const
{
    return m_engine->currentData().toString() == QLatin1String("bigquery");
}

void BigQueryPanel::setBigQuery(bool on)
{
    m_engine->setCurrentIndex(on ? 1 : 0);
}

QString BigQueryPanel::dataset() const
{
    return m_dataset->currentText().trimmed();
}

void BigQueryPanel::setDatasets(const QStringList &datasets)
{
    const QString typed = dataset();
    const QSignalBlocker block(m_dataset);
    m_dataset->clear();
    m_dataset->addItems(datasets);
    m_dataset->setEditText(datasets.contains(typed) || datasets.isEmpty() ? typed
                                                                          : datasets.first());
    Q_EMIT settingsChanged();
}

std::optional<qint64> BigQueryPanel::cap() const
{
    return parseByteSize(m_cap->text());
}

void BigQueryPanel::setCapText(const QString &text)
{
    m_cap->setText(text);
}

void BigQueryPanel::setEstimate(const QString &text, bool problem)
{
    m_estimate->setText(text);
    m_estimate->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
}

QString BigQueryPanel::estimateText() const
{
    return m_estimate->text();
}

void BigQueryPanel::setBusy(bool busy)
{
    m_engine->setEnabled(!busy);
    m_dataset->setEnabled(!busy);
    m_find->setEnabled(!busy);
    m_cap->setEnabled(!busy);
    m_dryRun->setEnabled(!busy);
}

} // namespace gardener::gcp
