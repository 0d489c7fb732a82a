// The BigQuery engine of the collect dialog (docs/google-cloud.md, "Large windows: BigQuery").
#include "widgets/gcp/bigquerypanel.h"
#include "widgets/gcp/collectdialog.h"
#include "widgets/gcp/queryform.h"

#include "core/gcp/bigqueryclient.h"
#include "core/gcp/googlecloudaccount.h"
#include "core/gcp/tokenprovider.h"
#include "core/session/session.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace gardener::gcp {

namespace {

QString linkify(const QString &text)
{
    QString html = text.toHtmlEscaped();
    static const QRegularExpression url(QStringLiteral("(https://[^\\s)]+)"));
    return html.replace(url, QStringLiteral("<a href=\"\\1\">\\1</a>"));
}

} // namespace

bool CollectDialog::isRunning() const
{
    return m_live->isRunning() || m_bq->isRunning();
}

void CollectDialog::withBigQueryTokens(std::function<void()> next)
{
    const auto profile = m_cloud->profile(currentProfile());
    if (!profile) {
        setStatus(tr("Connect a profile first."), true);
        return;
    }
    // One token provider per profile: replacing it would drop the token requests of a running
    // query or listing.
    if (m_bqTokens && m_bqTokensProfile == profile->name) {
        next();
        return;
    }
    m_cloud->tokensFor(
        profile->name, this,
        [this, next, profileName = profile->name](Result<std::shared_ptr<TokenProvider>> tokens) {
            if (!tokens) {
                setStatus(tokens.error().what, true);
                if (needsSignInAgain(tokens.error()))
                    m_signInAgain->show();
                return;
            }
            m_bqTokens = *tokens;
            m_bqTokensProfile = profileName;
            next();
        });
}

Result<BigQueryRunOptions> CollectDialog::bigQueryOptions() const
{
    const LogQuery query = m_query->query();
    if (!query.text.trimmed().isEmpty() || !query.advanced.trimmed().isEmpty() ||
        m_query->isFilterEdited())
        return fail(tr("BigQuery applies the resource type, service, minimum severity and window "
                       "only: clear the "
                       "free text and the advanced filter, or download the entries instead."));
    BigQueryRunOptions o;
    o.project = m_project->text().trimmed();
    if (o.project.isEmpty())
        return fail(tr("Enter the ID of the Google Cloud project to analyse."));
    o.dataset = m_bqPanel->dataset();
    if (!o.dataset.isEmpty())
        if (auto parsed = parseLinkedDataset(o.dataset); !parsed)
            return fail(tr("The dataset is PROJECT.LINK_ID: %1").arg(parsed.error().what));
    const auto cap = m_bqPanel->cap();
    if (!cap)
        return fail(tr("The most bytes billed is a size such as 500MB, 10GiB or 1TB."));
    o.maxBytesBilled = *cap;
    if (query.resource != LogQuery::Resource::Any)
        o.resourceType = LogQuery::resourceName(query.resource);
    o.service = query.service;
    o.minSeverity = query.minSeverity.isEmpty() ? QStringLiteral("DEFAULT") : query.minSeverity;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    o.start = query.start(now);
    o.end = query.end(now).isValid() ? query.end(now) : now;
    o.bigqueryEndpoint = m_cloud->bigqueryEndpoint();
    o.loggingEndpoint = m_cloud->loggingEndpoint();
    return o;
}

QString CollectDialog::bigQueryKey() const
{
    const LogQuery q = m_query->query();
    // A relative window moves with the clock; its estimate holds for the same length.
    const QString window = q.window == LogQuery::Window::Custom
                               ? q.customStart.toString(Qt::ISODate) + QLatin1Char('/') +
                                     q.customEnd.toString(Qt::ISODate)
                               : QString::number(int(q.window));
    return QStringList{currentProfile(),
                       m_project->text().trimmed(),
                       m_bqPanel->dataset(),
                       QString::number(m_bqPanel->cap().value_or(-1)),
                       LogQuery::resourceName(q.resource),
                       q.service,
                       q.minSeverity,
                       window}
        .join(QLatin1Char('\n'));
}

void CollectDialog::findDatasets()
{
    const QString project = m_project->text().trimmed();
    if (project.isEmpty()) {
        setStatus(tr("Enter the ID of the Google Cloud project to analyse."), true);
        return;
    }
    m_bqPanel->setEstimate(
        tr("Looking for the datasets linked to the log buckets of %1…").arg(project), false);
    withBigQueryTokens([this, project] {
        auto *conn = new QMetaObject::Connection;
        *conn = connect(m_bq, &BigQueryRun::datasetsFound, this, [this, conn] {
            disconnect(*conn);
            delete conn;
            const auto &found = m_bq->datasets();
            if (!found) {
                // No linked dataset: say so plainly, with the console page that creates one.
                m_bqPanel->setEstimate(linkify(found.error().what), true);
                return;
            }
            m_bqPanel->setDatasets(*found);
            m_bqPanel->setEstimate(
                found->size() == 1
                    ? tr("Found the linked dataset %1.").arg(found->first())
                    : tr("Found %n linked dataset(s): choose one.", nullptr, int(found->size())),
                false);
        });
        m_bq->findDatasets(project, m_cloud->loggingEndpoint());
    });
}

void CollectDialog::dryRunBigQuery()
{
    startBigQuery(true);
}

void CollectDialog::startBigQuery(bool estimateOnly)
{
    auto options = bigQueryOptions();
    if (!options) {
        setStatus(options.error().what, true);
        return;
    }
    if (!estimateOnly)
        options->outputPath = m_cloud->bigQueryOutputPath(currentProfile());
    const QString key = bigQueryKey();
    m_signInAgain->hide();
    setStatus(estimateOnly ? tr("Asking BigQuery what the query would cost…")
                           : tr("Analysing %1 in BigQuery…").arg(options->project),
              false);
    m_bar->setRange(0, 0);
    withBigQueryTokens([this, options = *options, estimateOnly, key] {
        m_estimatedKey = estimateOnly ? QString() : m_estimatedKey;
        m_bq->setProperty("estimateKey", key);
        m_bq->start(options, estimateOnly);
        updateButtons();
    });
}

void CollectDialog::onBigQueryEstimated()
{
    const BigQueryEstimate &e = *m_bq->estimate();
    const QString text =
        tr("The query scans %1 of %2; BigQuery bills %3, about US$%4 on demand (US$%5 per TiB, "
           "the first TiB each month is free). Cap: %6.")
            .arg(formatBytes(e.bytesProcessed), e.dataset, formatBytes(e.bytesBilled),
                 QLocale().toString(e.usd, 'f', 4), QLocale().toString(BigQueryUsdPerTiB, 'f', 2),
                 formatBytes(e.cap));
    if (e.overCap()) {
        m_estimatedKey.clear();
        m_bqPanel->setEstimate(tr("%1 That is over the cap: raise it or shorten the window.")
                                   .arg(text.toHtmlEscaped()),
                               true);
    } else {
        m_estimatedKey = m_bq->property("estimateKey").toString();
        m_bqPanel->setEstimate(text.toHtmlEscaped(), false);
    }
    updateButtons();
}

void CollectDialog::onBigQueryProgress()
{
    const BigQueryProgress &p = m_bq->progress();
    if (p.totalRows < 0) {
        m_bar->setRange(0, 0);
        m_progress->setText(
            tr("BigQuery job %1 running (%n check(s))", nullptr, p.polls).arg(p.jobId));
        return;
    }
    // Rows can outnumber an int's range only in theory: scale to per mille.
    m_bar->setRange(0, 1000);
    m_bar->setValue(p.totalRows > 0 ? int(1000 * p.rowsFetched / p.totalRows) : 1000);
    m_progress->setText(
        tr("Rows %1 of %2")
            .arg(QLocale().toString(p.rowsFetched), QLocale().toString(p.totalRows)));
}

void CollectDialog::onBigQueryFinished()
{
    m_bar->setRange(0, 1000);
    const auto &result = m_bq->result();
    if (!result) {
        m_bar->setValue(0);
        if (result.error().what.startsWith(QLatin1String("Cancelled")))
            setStatus(tr("Stopped: the BigQuery job was cancelled."), false);
        else
            setStatus(result.error().what, true);
        if (needsSignInAgain(result.error()))
            m_signInAgain->show();
    } else if (result->exportPath.isEmpty()) {
        m_bar->setValue(0);
        setStatus(tr("Dry run done: nothing was billed. Analyze in BigQuery runs the query."),
                  false);
    } else {
        m_bar->setValue(1000);
        const GroupedRowsFile &file = result->file;
        setStatus(tr("Analysed in BigQuery (%1): %2 rows standing for %3 entries, %4 billed; %5 "
                     "real sample entries.")
                      .arg(file.dataset, QLocale().toString(qulonglong(file.rows.size())),
                           QLocale().toString(qulonglong(representedEntries(file.rows))),
                           formatBytes(file.bytesBilled))
                      .arg(result->realSamples),
                  false);
        m_revisionsWanted = true;
        if (m_session)
            m_session->openWeighted(result->exportPath, rowWeights(file.rows),
                                    tr("%1 (BigQuery)").arg(file.dataset));
    }
    updateButtons();
    Q_EMIT collectionFinished(bool(result));
}

} // namespace gardener::gcp
