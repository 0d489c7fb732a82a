#pragma once

#include <QChartView>
#include <QPointer>

class QAbstractAxis;
class QAbstractItemModel;
class QCategoryAxis;
class QValueAxis;
class QGraphicsRectItem;
class QPushButton;
class QTimer;
class QRubberBand;

namespace gardener {

// Entries over time, stacked by severity, drawn from a TimelineModel (rows = time buckets with
// TimelineModel::BucketStartRole / BucketEndRole, columns = severities). The only class that
// uses Qt Charts, so the chart library can be swapped here alone.
//
// Hovering shows the bucket's counts; dragging selects a time range (timeRangeSelected), a
// click without dragging clears it. From the keyboard, Left/Right select one interval, with
// Shift they widen or narrow the selection, Esc clears it.
class TimelineChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChartView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setTitle(const QString &title);
    // Shows a selected range (ms since the epoch) without emitting; 0, 0 clears it. The chart
    // zooms to a selected range; Reset zoom (or Esc, or a click) shows all times again.
    void setSelectedRange(qint64 fromMs, qint64 toMs);
    bool isZoomed() const { return m_toMs > m_fromMs; }
    QPushButton *resetZoomButton() const { return m_resetZoom; }
    // The time span the x axis shows (ms), for tests.
    QPair<qint64, qint64> visibleRange() const
    {
        return isZoomed() ? qMakePair(m_fromMs, m_toMs) : qMakePair(m_axisFromMs, m_axisToMs);
    }
    qint64 selectedFromMs() const { return m_fromMs; }
    qint64 selectedToMs() const { return m_toMs; }
    // Text of the tooltip for a bucket row (also used by tests).
    QString bucketToolTip(int row) const;
    int seriesCount() const;

Q_SIGNALS:
    // A range picked by dragging, in ms since the epoch; 0, 0 when cleared.
    void timeRangeSelected(qint64 fromMs, qint64 toMs);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    // What the stacked areas span: their first and last time, the highest stack in view.
    struct Extent
    {
        qint64 minMs = 0, maxMs = 0;
        double peak = 0;
    };
    Extent addSeverityAreas(QAbstractItemModel *model, QAbstractAxis *xAxis, QAbstractAxis *yAxis);
    void labelTimeAxis(QCategoryAxis *xAxis, qint64 minMs, qint64 maxMs);
    void styleAxes(QValueAxis *yAxis, double peak);
    void applyPalette();
    void updateSelectionItem();
    void placeResetButton();
    qint64 timeAt(const QPoint &pos) const;
    int rowAtTime(qint64 ms) const;

    QPointer<QAbstractItemModel> m_model;
    QRubberBand *m_band = nullptr;
    QGraphicsRectItem *m_selection = nullptr;
    QPoint m_pressPos;
    bool m_dragging = false;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    qint64 m_axisFromMs = 0;
    qint64 m_axisToMs = 0;
    QPushButton *m_resetZoom = nullptr;
    QTimer *m_rezoom = nullptr; // one rebuild for a burst of range changes
};

} // namespace gardener
