#include "widgets/timelinechartview.h"

#include "core/logs/severity.h"
#include "core/logs/timelinedata.h"
#include "core/models/timelinemodel.h"
#include "widgets/appstyle.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QRubberBand>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

namespace gardener {

TimelineChartView::TimelineChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
    setAccessibleName(tr("Entries over time"));
    setAccessibleDescription(
        tr("Stacked chart of the entries per time interval, one colour per severity."));
    setWhatsThis(
        tr("Entries over time, stacked by severity. Drag across the chart to zoom to that "
           "time range and count only its entries in the table; Reset zoom or a click shows "
           "all times again. "
           "Hover a bar for its numbers. With the keyboard: Left and Right select an "
           "interval, Shift+Left and Shift+Right change its end, Esc shows all times."));
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setAnimationOptions(QChart::NoAnimation);
    const int m = fontMetrics().height() / 3;
    chart->setMargins(QMargins(m, m, m, m));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand); // our own horizontal band: zooming is not wanted
    m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
    m_selection = new QGraphicsRectItem(chart);
    m_selection->setZValue(100);
    m_selection->setPen(Qt::NoPen);
    m_selection->hide();
    setMinimumHeight(fontMetrics().height() * 10);
    m_resetZoom = new QPushButton(tr("Reset zoom"), this);
    m_resetZoom->setObjectName(QStringLiteral("resetZoomButton"));
    m_resetZoom->setToolTip(tr("Show all times again (Esc)"));
    m_resetZoom->hide();
    connect(m_resetZoom, &QPushButton::clicked, this, [this] {
        setSelectedRange(0, 0);
        Q_EMIT timeRangeSelected(0, 0);
    });
    m_rezoom = new QTimer(this);
    m_rezoom->setSingleShot(true);
    m_rezoom->setInterval(0);
    connect(m_rezoom, &QTimer::timeout, this, &TimelineChartView::rebuild);
    applyPalette();
}

void TimelineChartView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineChartView::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineChartView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineChartView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineChartView::rebuild);
    }
    rebuild();
}

void TimelineChartView::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

int TimelineChartView::seriesCount() const
{
    return int(chart()->series().size());
}

void TimelineChartView::applyPalette()
{
    const QPalette pal = palette();
    chart()->setTheme(style::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(pal.base());
    chart()->setBackgroundRoundness(0);
    chart()->setTitleBrush(pal.text());
    chart()->legend()->setLabelColor(pal.color(QPalette::Text));
    QColor shade = pal.color(QPalette::Highlight);
    shade.setAlphaF(0.25f);
    m_selection->setBrush(shade);
    rebuild(); // the theme resets series and axis colours
}

void TimelineChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_rezoom = new QTimer(this);
    m_rezoom->setSingleShot(true);
    m_rezoom->setInterval(0);
    connect(m_rezoom, &QTimer::timeout, this, &TimelineChartView::rebuild);
    applyPalette();
}

void TimelineChartView::rebuild()
{
    if (m_rezoom)
        m_rezoom->stop(); // this rebuild is the one it waited for
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis), delete axis;
    QAbstractItemModel *model = m_model.data();
    if (!model || model->rowCount() == 0) {
        updateSelectionItem();
        return;
    }
    auto *xAxis = new QCategoryAxis; // labelled by us, in UTC like the rest of the app
    auto *yAxis = new QValueAxis;
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    const Extent extent = addSeverityAreas(model, xAxis, yAxis);
    qint64 minMs = extent.minMs, maxMs = extent.maxMs;
    if (isZoomed()) {
        minMs = m_fromMs;
        maxMs = m_toMs;
    }
    m_axisFromMs = minMs;
    m_axisToMs = maxMs;
    if (maxMs - minMs > 0)
        labelTimeAxis(xAxis, minMs, maxMs);
    styleAxes(yAxis, extent.peak);
    updateSelectionItem();
}

// One area per severity with entries, stacked bucket by bucket.
TimelineChartView::Extent TimelineChartView::addSeverityAreas(QAbstractItemModel *model,
                                                              QAbstractAxis *xAxis,
                                                              QAbstractAxis *yAxis)
{
    QChart *c = chart();
    const int rows = model->rowCount();
    const int cols = model->columnCount();
    std::vector<double> base(size_t(rows), 0.0);
    qint64 minMs = 0, maxMs = 0;
    double peak = 0;
    for (int col = 0; col < cols; ++col) {
        double sum = 0;
        for (int r = 0; r < rows; ++r)
            sum += model->index(r, col).data().toDouble();
        if (sum <= 0)
            continue; // severities without entries would only clutter the legend
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        // Two points per bucket (start and end) give flat tops, so a bucket reads as a bar.
        for (int r = 0; r < rows; ++r) {
            const QModelIndex i = model->index(r, col);
            const double start = double(i.data(TimelineModel::BucketStartRole).toLongLong());
            const double end = double(i.data(TimelineModel::BucketEndRole).toLongLong());
            const double v = i.data().toDouble();
            lower->append(start, base[size_t(r)]);
            lower->append(end, base[size_t(r)]);
            base[size_t(r)] += v;
            upper->append(start, base[size_t(r)]);
            upper->append(end, base[size_t(r)]);
            if (!isZoomed() || (qint64(start) < m_toMs && qint64(end) > m_fromMs))
                peak = qMax(peak, base[size_t(r)]); // the y axis fits what is in view
            if (minMs == 0 || qint64(start) < minMs)
                minMs = qint64(start);
            maxMs = qMax(maxMs, qint64(end));
        }
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        const Severity severity = Severity(col);
        area->setName(style::severityLabel(severity));
        const QColor color = style::severityColor(severity);
        area->setColor(color);
        area->setBorderColor(color.darker(115));
        c->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
    }
    return {minMs, maxMs, peak};
}

// Time labels at round steps, as many as the width holds.
void TimelineChartView::labelTimeAxis(QCategoryAxis *xAxis, qint64 minMs, qint64 maxMs)
{
    const qint64 span = maxMs - minMs;
    xAxis->setRange(double(minMs), double(maxMs));
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("00-00 00:00")) * 2;
    const int ticks = qBound(2, width() / qMax(1, labelWidth), 12);
    const qint64 stepMs = niceBucketWidth(span * 1'000'000LL, ticks) / 1'000'000LL;
    const QString format = stepMs >= 86'400'000LL ? QStringLiteral("MMM d")
                           : span > 86'400'000LL  ? QStringLiteral("MMM d HH:mm")
                           : stepMs < 60'000LL    ? QStringLiteral("HH:mm:ss")
                                                  : QStringLiteral("HH:mm");
    for (qint64 t = minMs - minMs % stepMs + stepMs; t < maxMs; t += stepMs)
        xAxis->append(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(format), double(t));
}

void TimelineChartView::styleAxes(QValueAxis *yAxis, double peak)
{
    QChart *c = chart();
    // Counts are whole numbers: ticks at whole, round steps, so small peaks do not label
    // 0, 1, 1, 2 (applyNiceNumbers picks half steps that "%.0f" rounds).
    // As many labels as the plot's height holds without Qt hiding some of them.
    const int labelRows = int(c->plotArea().height()) / (fontMetrics().height() * 2);
    const IntegerTicks ticks = integerTicks(peak, qBound(2, labelRows + 1, 6));
    yAxis->setRange(0, ticks.top);
    yAxis->setTickCount(ticks.count);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    const QPalette pal = palette();
    for (QAbstractAxis *axis : c->axes()) {
        // Axes are made anew on every rebuild and laid out before their labels are known:
        // truncating would show "…" for labels that fit.
        axis->setTruncateLabels(false);
        axis->setLabelsBrush(pal.text());
        axis->setGridLineColor(pal.color(QPalette::Mid));
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
}

qint64 TimelineChartView::timeAt(const QPoint &pos) const
{
    const QPointF scene = mapToScene(pos);
    const QPointF inChart = chart()->mapFromScene(scene);
    if (chart()->series().isEmpty())
        return 0;
    return qint64(chart()->mapToValue(inChart, chart()->series().first()).x());
}

int TimelineChartView::rowAtTime(qint64 ms) const
{
    const QAbstractItemModel *model = m_model.data();
    if (!model)
        return -1;
    // Buckets are equally wide, so the row is found by arithmetic rather than a search.
    const int rows = model->rowCount();
    if (rows == 0)
        return -1;
    const qint64 first = model->index(0, 0).data(TimelineModel::BucketStartRole).toLongLong();
    const qint64 end0 = model->index(0, 0).data(TimelineModel::BucketEndRole).toLongLong();
    const qint64 width = qMax<qint64>(1, end0 - first);
    if (ms < first)
        return -1;
    const qint64 row = (ms - first) / width;
    return row < rows ? int(row) : -1;
}

QString TimelineChartView::bucketToolTip(int row) const
{
    const QAbstractItemModel *model = m_model.data();
    if (!model || row < 0 || row >= model->rowCount())
        return {};
    const QModelIndex first = model->index(row, 0);
    const auto start = QDateTime::fromMSecsSinceEpoch(
        first.data(TimelineModel::BucketStartRole).toLongLong(), Qt::UTC);
    const auto end = QDateTime::fromMSecsSinceEpoch(
        first.data(TimelineModel::BucketEndRole).toLongLong(), Qt::UTC);
    const QLocale locale;
    QStringList lines{tr("%1 – %2 UTC")
                          .arg(start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                               end.toString(QStringLiteral("HH:mm:ss")))};
    quint64 total = 0;
    for (int col = model->columnCount() - 1; col >= 0; --col) {
        const quint64 n = model->index(row, col).data().toULongLong();
        total += n;
        if (n > 0)
            lines << style::severityLabel(Severity(col)) + QStringLiteral(": ") +
                         locale.toString(n);
    }
    lines << tr("Total: %1").arg(locale.toString(total));
    return lines.join(QLatin1Char('\n'));
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && chart()->plotArea().contains(event->position())) {
        m_pressPos = event->position().toPoint();
        m_dragging = true;
        const QRectF plot = chart()->plotArea();
        m_band->setGeometry(QRect(m_pressPos.x(), int(plot.top()), 0, int(plot.height())));
        m_band->show();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QRectF plot = chart()->plotArea();
    if (m_dragging) {
        const int x = qBound(int(plot.left()), pos.x(), int(plot.right()));
        m_band->setGeometry(QRect(QPoint(qMin(x, m_pressPos.x()), int(plot.top())),
                                  QSize(qAbs(x - m_pressPos.x()), int(plot.height()))));
    } else if (plot.contains(pos)) {
        const QString tip = bucketToolTip(rowAtTime(timeAt(pos)));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), tip, this);
    }
    QChartView::mouseMoveEvent(event);
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    m_band->hide();
    const QRectF plot = chart()->plotArea();
    const int x = qBound(int(plot.left()), event->position().toPoint().x(), int(plot.right()));
    if (qAbs(x - m_pressPos.x()) < QApplication::startDragDistance()) {
        setSelectedRange(0, 0);
        Q_EMIT timeRangeSelected(0, 0);
    } else {
        qint64 a = timeAt(QPoint(m_pressPos.x(), int(plot.center().y())));
        qint64 b = timeAt(QPoint(x, int(plot.center().y())));
        if (a > b)
            std::swap(a, b);
        setSelectedRange(a, b);
        Q_EMIT timeRangeSelected(a, b);
    }
    event->accept();
}

void TimelineChartView::keyPressEvent(QKeyEvent *event)
{
    // The keyboard's way to the time filter that dragging gives the mouse.
    const QAbstractItemModel *model = m_model.data();
    const int rows = model ? model->rowCount() : 0;
    const bool left = event->key() == Qt::Key_Left;
    if (rows > 0 && (left || event->key() == Qt::Key_Right)) {
        const int step = left ? -1 : 1;
        const bool selected = m_toMs > m_fromMs;
        int from = selected ? rowAtTime(m_fromMs) : -1;
        int to = selected ? rowAtTime(m_toMs - 1) : -1;
        if (from < 0 || to < 0)
            from = to = left ? rows - 1 : 0;
        else if (event->modifiers() & Qt::ShiftModifier)
            to = qBound(from, to + step, rows - 1);
        else
            from = to = qBound(0, (left ? from : to) + step, rows - 1);
        const qint64 a = model->index(from, 0).data(TimelineModel::BucketStartRole).toLongLong();
        const qint64 b = model->index(to, 0).data(TimelineModel::BucketEndRole).toLongLong();
        setSelectedRange(a, b);
        setAccessibleDescription(bucketToolTip(to));
        Q_EMIT timeRangeSelected(a, b);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_toMs > m_fromMs) {
        setSelectedRange(0, 0);
        Q_EMIT timeRangeSelected(0, 0);
        event->accept();
        return;
    }
    QChartView::keyPressEvent(event);
}

void TimelineChartView::setSelectedRange(qint64 fromMs, qint64 toMs)
{
    const bool changed = fromMs != m_fromMs || toMs != m_toMs;
    m_fromMs = toMs > fromMs ? fromMs : 0;
    m_toMs = toMs > fromMs ? toMs : 0;
    m_resetZoom->setVisible(isZoomed());
    placeResetButton();
    if (changed)
        m_rezoom->start(); // zoom in or out, after the event that changed the range
    else
        updateSelectionItem();
}

void TimelineChartView::placeResetButton()
{
    const QSize size = m_resetZoom->sizeHint();
    const int m = fontMetrics().height() / 3;
    m_resetZoom->setGeometry(QRect(QPoint(m, m), size));
}

void TimelineChartView::updateSelectionItem()
{
    // Zoomed, the whole plot is the selected range: a shade over all of it says nothing.
    if (m_toMs <= m_fromMs || chart()->series().isEmpty() || isZoomed()) {
        m_selection->hide();
        return;
    }
    QAbstractSeries *series = chart()->series().first();
    const QRectF plot = chart()->plotArea();
    const qreal x1 =
        qMax(plot.left(), chart()->mapToPosition(QPointF(double(m_fromMs), 0), series).x());
    const qreal x2 =
        qMin(plot.right(), chart()->mapToPosition(QPointF(double(m_toMs), 0), series).x());
    m_selection->setRect(QRectF(x1, plot.top(), qMax<qreal>(1, x2 - x1), plot.height()));
    m_selection->show();
}

void TimelineChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeResetButton();
    updateSelectionItem();
}

} // namespace gardener
