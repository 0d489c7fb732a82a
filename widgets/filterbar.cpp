#include "widgets/filterbar.h"

#include "core/logs/severity.h"
#include "widgets/appstyle.h"

#include "core/search/savedviews.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

#include <limits>

namespace gardener {

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(
        tr("Search: words, -word, \"a phrase\", severity>=ERROR, service:api, revision:00645"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(style::icon("filter"), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(style::charWidth(this, 32));
    m_search->setAccessibleName(tr("Search"));
    m_search->setWhatsThis(
        tr("Shows only the clusters whose name, message templates or messages "
           "contain these words (not case-sensitive). -word leaves out clusters "
           "that contain it; quotes take a phrase as it is (\"-v2\"); "
           "severity>=ERROR (also >, <=, <, =, !=), service:api and "
           "revision:00645 filter by field, and -service:api leaves a service out."));

    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_severity->addItem(tr("All severities"), 0);
    for (int s = severityIndex(Severity::Debug); s < SeverityCount; ++s)
        m_severity->addItem(tr("%1 and above").arg(style::severityLabel(Severity(s))), s);
    m_severity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_severity->setAccessibleName(tr("Minimum severity"));
    m_severity->setToolTip(tr("Show only clusters with entries of this severity or worse"));

    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_service->addItem(tr("All services"), QString());
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_service->setAccessibleName(tr("Service"));
    m_service->setToolTip(tr("Show only clusters with entries from this service"));

    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("rangeLabel"));
    m_clearRange = new QToolButton(this);
    m_clearRange->setIcon(style::icon("close"));
    m_clearRange->setToolTip(tr("Show all times"));
    m_clearRange->setAccessibleName(tr("Show all times"));
    m_clearRange->setAutoRaise(true);
    m_range->hide();
    m_clearRange->hide();
    connect(m_clearRange, &QToolButton::clicked, this, [this] {
        setTimeRange(0, 0);
        Q_EMIT changed();
    });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    setUpExtras();

    layout->addWidget(m_search, 2);
    layout->addWidget(m_severity);
    layout->addWidget(m_service);
    layout->addWidget(m_range);
    layout->addWidget(m_clearRange);
    layout->addWidget(m_views);
    layout->addWidget(m_error, 1);
    layout->addStretch(1);
    layout->addWidget(m_muted);
    layout->addWidget(m_count);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_severity, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_service, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
}

void FilterBar::setUpExtras()
{
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("searchError"));
    m_error->setWordWrap(true);
    m_error->hide();
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, style::severityColor(Severity::Error));
    m_error->setPalette(errorPalette);

    m_views = new QToolButton(this);
    m_views->setObjectName(QStringLiteral("viewsButton"));
    m_views->setText(tr("Views"));
    m_views->setToolTip(tr("Save the current filter as a view, apply or delete saved views"));
    m_views->setPopupMode(QToolButton::InstantPopup);
    m_viewsMenu = new QMenu(m_views);
    m_viewsMenu->setObjectName(QStringLiteral("viewsMenu"));
    m_views->setMenu(m_viewsMenu);
    connect(m_viewsMenu, &QMenu::aboutToShow, this, &FilterBar::rebuildViewsMenu);
    rebuildViewsMenu();

    m_muted = new QToolButton(this);
    m_muted->setObjectName(QStringLiteral("mutedToggle"));
    m_muted->setAutoRaise(true);
    m_muted->setToolTip(
        tr("Muted and expected clusters are greyed and listed last; click to hide or show them"));
    m_muted->hide();
    connect(m_muted, &QToolButton::clicked, this, [this] { setShowMuted(!m_showMuted); });
}

QString FilterBar::text() const
{
    return m_search->text().trimmed();
}

int FilterBar::minimumSeverity() const
{
    return m_severity->currentData().toInt();
}

QString FilterBar::service() const
{
    return m_service->currentData().toString();
}

void FilterBar::setText(const QString &text)
{
    m_search->setText(text);
    m_debounce->stop();
    Q_EMIT changed();
}

void FilterBar::setMinimumSeverity(int severity)
{
    const int i = m_severity->findData(severity);
    m_severity->setCurrentIndex(qMax(0, i));
}

void FilterBar::setService(const QString &service)
{
    const int i = m_service->findData(service);
    m_service->setCurrentIndex(qMax(0, i));
}

void FilterBar::setServices(const QStringList &services)
{
    const QString current = service();
    const QSignalBlocker block(m_service);
    m_service->clear();
    m_service->addItem(tr("All services"), QString());
    for (const QString &s : services)
        m_service->addItem(s, s);
    const int i = m_service->findData(current);
    m_service->setCurrentIndex(qMax(0, i));
}

void FilterBar::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = toMs > fromMs ? fromMs : 0;
    m_toMs = toMs > fromMs ? toMs : 0;
    const bool on = m_toMs > m_fromMs;
    if (on) {
        const auto from = QDateTime::fromMSecsSinceEpoch(m_fromMs, Qt::UTC);
        const auto to = QDateTime::fromMSecsSinceEpoch(m_toMs, Qt::UTC);
        const QString format =
            from.date() == to.date() ? QStringLiteral("HH:mm:ss") : QStringLiteral("MMM d HH:mm");
        m_range->setText(
            tr("%1 – %2 UTC")
                .arg(from.toString(QStringLiteral("MMM d HH:mm:ss")), to.toString(format)));
    }
    m_range->setVisible(on);
    m_clearRange->setVisible(on);
}

void FilterBar::setCounts(int shown, int total)
{
    const QLocale locale;
    m_clusterCounts = shown == total
                          ? tr("%n cluster(s)", nullptr, total)
                          : tr("%1 of %n cluster(s)", nullptr, total).arg(locale.toString(shown));
    m_count->setText(countText());
}

void FilterBar::setEntryCounts(qint64 shown, quint64 total)
{
    const QLocale locale;
    m_entryCounts = shown < 0
                        ? QString()
                        : tr("%1 of %Ln entry(s)", nullptr,
                             int(qMin<quint64>(total, quint64(std::numeric_limits<int>::max()))))
                              .arg(locale.toString(shown));
    m_count->setText(countText());
}

QString FilterBar::countText() const
{
    return m_entryCounts.isEmpty() ? m_clusterCounts
                                   : m_clusterCounts + QStringLiteral(" · ") + m_entryCounts;
}

void FilterBar::setMutedCount(int muted)
{
    m_mutedCount = muted;
    m_muted->setVisible(muted > 0 || !m_showMuted);
    m_muted->setText(m_showMuted ? tr("Hide %n muted", nullptr, muted)
                                 : tr("Show %n muted", nullptr, muted));
    m_muted->setAccessibleName(m_muted->text());
}

void FilterBar::setShowMuted(bool show)
{
    if (show == m_showMuted)
        return;
    m_showMuted = show;
    setMutedCount(m_mutedCount);
    Q_EMIT changed();
}

void FilterBar::clear()
{
    const QSignalBlocker a(m_search), b(m_severity), c(m_service);
    m_search->clear();
    m_severity->setCurrentIndex(0);
    m_service->setCurrentIndex(0);
    setTimeRange(0, 0);
    m_debounce->stop();
}

void FilterBar::setSearchError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_search->setToolTip(message);
}

QString FilterBar::searchError() const
{
    return m_error->text();
}

QString FilterBar::currentQuery() const
{
    QStringList parts;
    if (!text().isEmpty())
        parts << text();
    if (minimumSeverity() > 0)
        parts << QStringLiteral("severity>=") +
                     QString::fromLatin1(severityName(Severity(minimumSeverity())));
    if (!service().isEmpty())
        parts << (service().contains(QLatin1Char(' '))
                      ? QStringLiteral("service:\"%1\"").arg(service())
                      : QStringLiteral("service:") + service());
    return parts.join(QLatin1Char(' '));
}

QString FilterBar::saveView(const QString &name)
{
    QSettings settings;
    const auto saved = search::SavedViews(settings).save(name, currentQuery());
    return saved ? QString() : saved.error().what;
}

bool FilterBar::applyView(const QString &name)
{
    QSettings settings;
    const search::SavedViews views(settings);
    if (!viewNames().contains(name))
        return false;
    const QString query = views.query(name);
    {
        const QSignalBlocker a(m_severity), b(m_service);
        m_severity->setCurrentIndex(0);
        m_service->setCurrentIndex(0);
    }
    setText(query); // emits changed()
    return true;
}

bool FilterBar::deleteView(const QString &name)
{
    QSettings settings;
    return search::SavedViews(settings).remove(name);
}

QStringList FilterBar::viewNames() const
{
    QSettings settings;
    QStringList names;
    for (const auto &v : search::SavedViews(settings).views())
        names << v.name;
    return names;
}

void FilterBar::rebuildViewsMenu()
{
    m_viewsMenu->clear();
    QAction *save = m_viewsMenu->addAction(tr("&Save Current View…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save View"), tr("Name of the view:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        setSearchError(saveView(name));
    });
    save->setEnabled(!currentQuery().isEmpty());
    const QStringList names = viewNames();
    if (names.isEmpty())
        return;
    m_viewsMenu->addSeparator();
    for (const QString &name : names)
        m_viewsMenu->addAction(name, this, [this, name] { applyView(name); });
    QMenu *remove = m_viewsMenu->addMenu(tr("&Delete View"));
    for (const QString &name : names)
        remove->addAction(name, this, [this, name] { deleteView(name); });
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace gardener
