#include "widgets/gcp/queryform.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gardener::gcp {

QueryForm::QueryForm(QWidget *parent)
    : QWidget(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("gcpQueryForm"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // Rows in reading order, which makes the Tab order.
    addSourceRows(form);
    addWindowRow(form);
    addTextRows(form);
    addFilterRow(form);

    m_severity->setCurrentIndex(m_severity->findData(QStringLiteral("WARNING")));
    m_window->setCurrentIndex(1);
    // Connected after the defaults are set: the filter is built once, below.
    connectFields();
    rebuild();
}

// What to read: resource type, service, minimum severity.
void QueryForm::addSourceRows(QFormLayout *form)
{
    m_resource = new QComboBox(this);
    m_resource->setObjectName(QStringLiteral("resourceType"));
    m_resource->setAccessibleName(tr("Resource type"));
    m_resource->addItem(tr("Cloud Run revision"), int(LogQuery::Resource::CloudRunRevision));
    m_resource->addItem(tr("GKE container"), int(LogQuery::Resource::K8sContainer));
    m_resource->addItem(tr("Cloud Functions"), int(LogQuery::Resource::CloudFunction));
    m_resource->addItem(tr("App Engine"), int(LogQuery::Resource::GaeApp));
    m_resource->addItem(tr("Any resource"), int(LogQuery::Resource::Any));
    form->addRow(tr("&Resource type:"), m_resource);

    m_service = new QLineEdit(this);
    m_service->setObjectName(QStringLiteral("serviceName"));
    m_service->setAccessibleName(tr("Service name"));
    m_service->setPlaceholderText(tr("every service"));
    m_service->setToolTip(
        tr("The Cloud Run service, GKE container, function or App Engine module."));
    form->addRow(tr("S&ervice:"), m_service);

    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("minSeverity"));
    m_severity->setAccessibleName(tr("Minimum severity"));
    m_severity->addItem(tr("Any severity"), QString());
    for (const QString &s : logSeverities())
        m_severity->addItem(tr("%1 and above").arg(s), s);
    form->addRow(tr("Minimum severit&y:"), m_severity);
}

// The time window, with the custom range's two ends beside it.
void QueryForm::addWindowRow(QFormLayout *form)
{
    auto *windowRow = new QHBoxLayout;
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("timeWindow"));
    m_window->setAccessibleName(tr("Time window"));
    m_window->addItem(tr("Last hour"), int(LogQuery::Window::LastHour));
    m_window->addItem(tr("Last 24 hours"), int(LogQuery::Window::Last24Hours));
    m_window->addItem(tr("Last 2 days"), int(LogQuery::Window::Last2Days));
    m_window->addItem(tr("Custom range"), int(LogQuery::Window::Custom));
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(QStringLiteral("customFrom"));
    m_from->setAccessibleName(tr("From (UTC)"));
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(QStringLiteral("customTo"));
    m_to->setAccessibleName(tr("To (UTC)"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        edit->setToolTip(tr("Times are in UTC, as Cloud Logging stores them."));
    }
    const QDateTime now = m_now();
    m_from->setDateTime(now.addDays(-1));
    m_to->setDateTime(now);
    auto *fromLabel = new QLabel(tr("from"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    windowRow->addWidget(m_window);
    windowRow->addWidget(fromLabel);
    windowRow->addWidget(m_from);
    windowRow->addWidget(toLabel);
    windowRow->addWidget(m_to);
    windowRow->addStretch(1);
    auto *windowLabel = new QLabel(tr("&Time window:"), this);
    windowLabel->setBuddy(m_window);
    form->addRow(windowLabel, windowRow);
}

// Free text and the advanced filter (with recent ones).
void QueryForm::addTextRows(QFormLayout *form)
{
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("freeText"));
    m_text->setAccessibleName(tr("Free text"));
    m_text->setToolTip(tr("Entries that contain this text in any field."));
    form->addRow(tr("Te&xt:"), m_text);

    m_advanced = new QComboBox(this);
    m_advanced->setObjectName(QStringLiteral("advancedFilter"));
    m_advanced->setEditable(true);
    m_advanced->setInsertPolicy(QComboBox::NoInsert);
    m_advanced->setAccessibleName(tr("Advanced filter"));
    m_advanced->setToolTip(
        tr("A Cloud Logging filter ANDed to the rest; recent ones are in the list."));
    m_advanced->lineEdit()->setPlaceholderText(tr("e.g. jsonPayload.status>=500"));
    form->addRow(tr("&Advanced filter:"), m_advanced);
}

// The exact filter that is sent, its problem if any, and the button that rebuilds it.
void QueryForm::addFilterRow(QFormLayout *form)
{
    auto *filterBox = new QVBoxLayout;
    m_filter = new QPlainTextEdit(this);
    m_filter->setObjectName(QStringLiteral("filterText"));
    m_filter->setAccessibleName(tr("Filter sent to Cloud Logging"));
    m_filter->setToolTip(tr("The exact filter that is sent. You may edit it by hand."));
    m_filter->setTabChangesFocus(true);
    m_filter->setFixedHeight(m_filter->fontMetrics().lineSpacing() * 4 + 12);
    auto *filterRow = new QHBoxLayout;
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("filterProblem"));
    m_problem->setWordWrap(true);
    m_reset = new QPushButton(tr("Re&build from Form"), this);
    m_reset->setObjectName(QStringLiteral("resetFilterButton"));
    m_reset->setToolTip(tr("Drops hand edits and builds the filter from the fields above."));
    m_reset->setEnabled(false);
    filterRow->addWidget(m_problem, 1);
    filterRow->addWidget(m_reset);
    filterBox->addWidget(m_filter);
    filterBox->addLayout(filterRow);
    auto *filterLabel = new QLabel(tr("&Filter sent:"), this);
    filterLabel->setBuddy(m_filter);
    form->addRow(filterLabel, filterBox);
}

void QueryForm::connectFields()
{
    for (QComboBox *combo : {m_resource, m_severity, m_window})
        connect(combo, &QComboBox::currentIndexChanged, this, &QueryForm::rebuild);
    for (QLineEdit *edit : {m_service, m_text})
        connect(edit, &QLineEdit::textChanged, this, &QueryForm::rebuild);
    connect(m_advanced, &QComboBox::currentTextChanged, this, &QueryForm::rebuild);
    for (QDateTimeEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &QueryForm::rebuild);
    connect(m_filter, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating)
            return;
        m_edited = true;
        m_reset->setEnabled(true);
        validate();
    });
    connect(m_reset, &QPushButton::clicked, this, &QueryForm::resetFilter);
}

void QueryForm::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    rebuild();
}

void QueryForm::setQuery(const LogQuery &q)
{
    m_updating = true;
    m_resource->setCurrentIndex(qMax(0, m_resource->findData(int(q.resource))));
    m_service->setText(q.service);
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(q.minSeverity)));
    m_window->setCurrentIndex(qMax(0, m_window->findData(int(q.window))));
    if (q.customStart.isValid())
        m_from->setDateTime(q.customStart.toUTC());
    if (q.customEnd.isValid())
        m_to->setDateTime(q.customEnd.toUTC());
    m_text->setText(q.text);
    m_advanced->setEditText(q.advanced);
    m_updating = false;
    resetFilter();
}

LogQuery QueryForm::query() const
{
    LogQuery q;
    q.resource = LogQuery::Resource(m_resource->currentData().toInt());
    q.service = m_service->text().trimmed();
    q.minSeverity = m_severity->currentData().toString();
    q.window = LogQuery::Window(m_window->currentData().toInt());
    if (q.window == LogQuery::Window::Custom) {
        q.customStart = m_from->dateTime().toUTC();
        q.customEnd = m_to->dateTime().toUTC();
    }
    q.text = m_text->text().trimmed();
    q.advanced = m_advanced->currentText().trimmed();
    return q;
}

void QueryForm::setRecentFilters(const QStringList &filters)
{
    const QString current = m_advanced->currentText();
    m_advanced->clear();
    m_advanced->addItems(filters);
    m_advanced->setEditText(current);
}

QString QueryForm::filterText() const
{
    return m_filter->toPlainText().trimmed();
}

void QueryForm::setFilterText(const QString &text)
{
    m_filter->setPlainText(text); // textChanged marks it as edited
}

QString QueryForm::problemText() const
{
    return m_problem->text();
}

Result<QString> QueryForm::filter() const
{
    if (!m_edited)
        return buildFilter(query(), m_now());
    const QString text = filterText();
    if (auto valid = validateFilter(text); !valid)
        return tl::unexpected<Error>(valid.error());
    return text;
}

void QueryForm::resetFilter()
{
    m_edited = false;
    m_reset->setEnabled(false);
    rebuild();
}

void QueryForm::rebuild()
{
    if (m_updating)
        return;
    const bool custom =
        LogQuery::Window(m_window->currentData().toInt()) == LogQuery::Window::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!m_edited) {
        const auto built = buildFilter(query(), m_now());
        m_updating = true;
        // A bad advanced part leaves the last good filter in place; the problem says why.
        if (built)
            m_filter->setPlainText(*built);
        m_updating = false;
    }
    validate();
}

void QueryForm::validate()
{
    const auto result = filter();
    if (result) {
        m_problem->setText(m_edited ? tr("Edited by hand; the filter is valid.") : QString());
        m_problem->setStyleSheet(QString());
    } else {
        const Error &e = result.error();
        m_problem->setText(e.offset >= 0
                               ? tr("Not sent: %1 (at character %2)").arg(e.what).arg(e.offset + 1)
                               : tr("Not sent: %1").arg(e.what));
        m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    Q_EMIT changed();
}

} // namespace gardener::gcp
