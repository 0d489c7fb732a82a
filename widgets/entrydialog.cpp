#include "widgets/entrydialog.h"

#include "core/evidence/clusterevidence.h"
#include "core/evidence/codemapping.h"
#include "core/pipeline/clusterfacts.h"
#include "widgets/appstyle.h"
#include "widgets/jsonhighlighter.h"
#include "widgets/stacktraceview.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QUrl>
#include <QVBoxLayout>

namespace gardener {

namespace {

QString scalar(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isObject() || v.isArray())
        return QString::fromUtf8(v.isObject()
                                     ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

QString keyValues(const QJsonObject &o)
{
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it)
        parts << it.key() + QLatin1Char('=') + scalar(it.value());
    return parts.join(QStringLiteral(", "));
}

} // namespace

EntryDialog::EntryDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Log entry"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);

    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Entry as JSON"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_text->document(), style::isDark(palette()));
    m_stack = new StackTraceView(this);
    m_stack->hide();
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy as JSON"), QDialogButtonBox::ActionRole);
    copy->setIcon(style::icon("copy"));
    connect(copy, &QPushButton::clicked, this, &EntryDialog::copyJson);
    m_openTrace = buttons->addButton(tr("Open &Trace"), QDialogButtonBox::ActionRole);
    m_openTrace->setObjectName(QStringLiteral("openTrace"));
    m_openTrace->setToolTip(tr("Open this request's trace in Cloud Trace"));
    m_openTrace->hide();
    connect(m_openTrace, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl(m_traceUrl)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QFontMetrics fm(m_text->font());
    QSize size(fm.horizontalAdvance(QLatin1Char('x')) * 110, fm.height() * 40);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    resize(size);
}

EntryDialog::~EntryDialog() = default;

void EntryDialog::setCodeSettings(const evidence::CodeSettings &settings)
{
    m_codeSettings = std::make_unique<evidence::CodeSettings>(settings);
}

void EntryDialog::addRow(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    // A long value without spaces (an instance id, a trace) cannot wrap: a label would widen
    // the dialog past the screen, so it scrolls in a read-only line instead.
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (value.size() > 60 && !value.contains(space)) {
        auto *line = new QLineEdit(value, this);
        line->setReadOnly(true);
        line->setFrame(false);
        line->setCursorPosition(0);
        line->setAccessibleName(label);
        m_form->addRow(label, line);
    } else {
        auto *field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        field->setTextFormat(Qt::PlainText);
        m_form->addRow(label, field);
    }
    m_summary << label + QStringLiteral(" ") + value;
}

void EntryDialog::setEntryJson(const QByteArray &json)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_summary.clear();
    m_stack->setTrace({});
    m_stack->hide();
    m_traceUrl.clear();
    m_openTrace->hide();

    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        addRow(tr("Note:"), tr("The entry is not valid JSON (%1 at byte %2); shown as read.")
                                .arg(error.errorString())
                                .arg(error.offset));
        m_text->setPlainText(QString::fromUtf8(json));
        return;
    }
    const QJsonObject e = doc.object();
    addRow(tr("Time:"), e.value(QLatin1String("timestamp")).toString());
    addRow(tr("Severity:"), scalar(e.value(QLatin1String("severity"))));
    const QJsonObject resource = e.value(QLatin1String("resource")).toObject();
    if (!resource.isEmpty()) {
        addRow(tr("Resource:"), resource.value(QLatin1String("type")).toString());
        addRow(tr("Resource labels:"),
               keyValues(resource.value(QLatin1String("labels")).toObject()));
    }
    addRow(tr("Labels:"), keyValues(e.value(QLatin1String("labels")).toObject()));
    const QJsonObject http = e.value(QLatin1String("httpRequest")).toObject();
    if (!http.isEmpty()) {
        const QString request = QStringList{scalar(http.value(QLatin1String("requestMethod"))),
                                            scalar(http.value(QLatin1String("requestUrl"))),
                                            scalar(http.value(QLatin1String("status"))),
                                            scalar(http.value(QLatin1String("latency")))}
                                    .join(QLatin1Char(' '))
                                    .simplified();
        addRow(tr("HTTP request:"), request);
    }
    addRow(tr("Trace:"), e.value(QLatin1String("trace")).toString());
    // "projects/P/traces/ID": the trace's own project, else the resource's.
    const QString trace = e.value(QLatin1String("trace")).toString();
    const QString project = trace.startsWith(QLatin1String("projects/"))
                                ? trace.section(QLatin1Char('/'), 1, 1)
                                : resource.value(QLatin1String("labels"))
                                      .toObject()
                                      .value(QLatin1String("project_id"))
                                      .toString();
    m_traceUrl = pipeline::traceUrl(project, trace.section(QLatin1Char('/'), -1));
    m_openTrace->setVisible(!m_traceUrl.isEmpty());
    const QJsonObject loc = e.value(QLatin1String("sourceLocation")).toObject();
    if (!loc.isEmpty()) {
        QString where = loc.value(QLatin1String("file")).toString();
        const QString line = scalar(loc.value(QLatin1String("line")));
        if (!line.isEmpty())
            where += QLatin1Char(':') + line;
        const QString function = loc.value(QLatin1String("function")).toString();
        if (!function.isEmpty())
            where += QStringLiteral(" (") + function + QLatin1Char(')');
        addRow(tr("Source:"), where);
    }
    addRow(tr("Insert id:"), e.value(QLatin1String("insertId")).toString());
    showStackTrace(e, json);
    m_text->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void EntryDialog::showStackTrace(const QJsonObject &entry, const QByteArray &json)
{
    if (m_codeSettings) {
        QHash<QString, QString> labels;
        const QJsonObject l = entry.value(QLatin1String("labels")).toObject();
        for (auto it = l.begin(); it != l.end(); ++it)
            labels.insert(it.key(), it.value().toString());
        const QString service = entry.value(QLatin1String("resource"))
                                    .toObject()
                                    .value(QLatin1String("labels"))
                                    .toObject()
                                    .value(QLatin1String("service_name"))
                                    .toString();
        m_stack->setCodeContext(*m_codeSettings, service,
                                evidence::deployedCommit(labels, QString()));
    }
    m_stack->setVisible(m_stack->setTrace(evidence::stackTraceOf(json)));
}

QString EntryDialog::formattedJson() const
{
    return m_text->toPlainText();
}

QStringList EntryDialog::summaryLines() const
{
    return m_summary;
}

void EntryDialog::copyJson()
{
    QApplication::clipboard()->setText(m_text->toPlainText());
}

} // namespace gardener
