#include "widgets/clusterhistoryview.h"

#include "core/history/historystore.h"
#include "core/triage/clustertriage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace gardener {

// Frequency per run as bars; the last bar (this run) in the highlight colour.
class RunBars final : public QWidget
{
    // Without Q_OBJECT, QWidget::tr() would look the texts up under "QWidget".
    Q_DECLARE_TR_FUNCTIONS(gardener::RunBars)

public:
    explicit RunBars(QWidget *parent) : QWidget(parent)
    {
        setMinimumHeight(fontMetrics().height() * 5);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setAccessibleName(tr("Frequency per run"));
    }
    void setValues(QVector<double> values)
    {
        m_values = std::move(values);
        setAccessibleDescription(m_values.isEmpty() ? tr("No history yet") : QString());
        setToolTip(m_values.isEmpty() ? QString()
                                      : tr("Per minute in each run, oldest first: %1").arg([&] {
                                            QStringList parts;
                                            for (double v : std::as_const(m_values))
                                                parts << QString::number(v, 'g', 3);
                                            return parts.join(QStringLiteral(", "));
                                        }()));
        update();
    }
    int count() const { return int(m_values.size()); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QRect area = rect().adjusted(0, 2, 0, -2);
        if (m_values.isEmpty()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(area, Qt::AlignCenter, tr("No history yet"));
            return;
        }
        const double top = *std::max_element(m_values.begin(), m_values.end());
        const int n = int(m_values.size());
        const int gap = qMax(1, fontMetrics().averageCharWidth() / 2);
        const int width = qMax(2, (area.width() - gap * (n - 1)) / n);
        for (int i = 0; i < n; ++i) {
            const int h = top > 0 ? qMax(1, int(area.height() * m_values[i] / top)) : 1;
            const QRect bar(area.left() + i * (width + gap), area.bottom() - h + 1, width, h);
            p.fillRect(bar, palette().color(i == n - 1 ? QPalette::Highlight : QPalette::Mid));
        }
    }

private:
    QVector<double> m_values;
};

ClusterHistoryView::ClusterHistoryView(history::HistoryStore *history, QWidget *parent)
    : QWidget(parent), m_history(history)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bars = new RunBars(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_bars);

    auto *form = new QFormLayout;
    m_priority = new QComboBox(this);
    m_priority->addItem(tr("From the triage rules"), -1);
    for (int p = 0; p <= 6; ++p)
        m_priority->addItem(tr("Always P%1").arg(p), p);
    m_priority->setToolTip(
        tr("Force this cluster's priority in every run, whatever the rules say"));
    form->addRow(tr("Priority:"), m_priority);

    auto *mute = new QHBoxLayout;
    m_expected = new QCheckBox(tr("Expected: mute until its frequency changes by ×"), this);
    m_expected->setWhatsThis(
        tr("A muted cluster is left out of GitHub drafts and marked expected, until "
           "its frequency per minute rises or falls by the chosen factor against "
           "the frequency it had when you muted it."));
    m_factor = new QDoubleSpinBox(this);
    m_factor->setRange(1.5, 100);
    m_factor->setDecimals(1);
    m_factor->setValue(3);
    m_factor->setAccessibleName(tr("Muting factor"));
    m_factor->setToolTip(tr("How many times more or less frequent the cluster must become to be "
                            "shown again"));
    mute->addWidget(m_expected);
    mute->addWidget(m_factor);
    mute->addStretch();
    form->addRow(tr("Muting:"), mute);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_priority, &QComboBox::currentIndexChanged, this, &ClusterHistoryView::saveOverride);
    connect(m_expected, &QCheckBox::toggled, this, &ClusterHistoryView::saveOverride);
    connect(m_factor, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_expected->isChecked())
            saveOverride();
    });
    setCluster({}, -1);
}

QString ClusterHistoryView::summaryText() const
{
    return m_summary->text();
}

int ClusterHistoryView::runBars() const
{
    return m_bars->count();
}

void ClusterHistoryView::setCluster(const clustering::ClusterSet &set, int index)
{
    m_loading = true;
    const bool valid = index >= 0 && size_t(index) < set.clusters().size();
    const bool usable = valid && m_history;
    m_priority->setEnabled(usable);
    m_expected->setEnabled(usable);
    m_factor->setEnabled(usable);
    m_priority->setCurrentIndex(0);
    m_expected->setChecked(false);
    m_bars->setValues({});
    m_fingerprint.clear();
    if (!valid) {
        m_summary->setText(tr("Select a cluster to see its history."));
        m_loading = false;
        return;
    }
    const auto &c = set.clusters()[size_t(index)];
    m_fingerprint = c.fingerprint;
    m_perMinute = double(c.count) / triage::windowMinutes(set, {});
    if (!m_history) {
        m_summary->setText(tr("No history database is open, so earlier runs are not known."));
        m_loading = false;
        return;
    }
    const auto trend = m_history->trendFor(c.fingerprint, m_perMinute);
    if (!trend) {
        m_summary->setText(tr("History could not be read: %1").arg(trend.error().toString()));
        m_loading = false;
        return;
    }
    QStringList lines;
    if (trend->earlierRuns == 0) {
        lines << tr("New: no earlier run saw this cluster. Now %1 per minute.")
                     .arg(m_perMinute, 0, 'g', 3);
    } else {
        lines << tr("Seen in %n earlier run(s), first on %1.", nullptr, trend->earlierRuns)
                     .arg(QLocale().toString(trend->firstEverSeen.toUTC(), QLocale::ShortFormat));
        lines << tr("%1 → %2 per minute (%3%4%), %5.")
                     .arg(trend->perMinuteBefore, 0, 'g', 3)
                     .arg(trend->perMinuteNow, 0, 'g', 3)
                     .arg(trend->changePercent >= 0 ? QStringLiteral("+") : QString())
                     .arg(trend->changePercent, 0, 'f', 0)
                     .arg(triage::trendName(trend->trend));
    }
    if (trend->lastIssue)
        lines << tr("GitHub issue #%1 (%2), last %3.")
                     .arg(trend->lastIssue->issue)
                     .arg(trend->lastIssue->state, trend->lastIssue->lastAction);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_bars->setValues(trend->perMinuteByRun);
    if (const auto o = m_history->overrideFor(c.fingerprint); o && *o) {
        if ((*o)->priority)
            m_priority->setCurrentIndex(*(*o)->priority + 1);
        m_expected->setChecked((*o)->expected);
        m_factor->setValue((*o)->muteFactor);
    }
    m_loading = false;
}

void ClusterHistoryView::saveOverride()
{
    if (m_loading || !m_history || m_fingerprint.isEmpty())
        return;
    const int priority = m_priority->currentData().toInt();
    if (priority < 0 && !m_expected->isChecked()) {
        m_history->clearOverride(m_fingerprint);
    } else {
        history::Override o;
        o.fingerprint = m_fingerprint;
        if (priority >= 0)
            o.priority = priority;
        o.expected = m_expected->isChecked();
        o.muteFactor = m_factor->value();
        o.mutedPerMinute = m_perMinute;
        m_history->setOverride(o);
    }
    Q_EMIT overrideChanged(m_fingerprint);
}

} // namespace gardener
