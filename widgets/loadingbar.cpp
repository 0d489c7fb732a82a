#include "widgets/loadingbar.h"

#include "widgets/appstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <limits>

namespace gardener {

LoadingBar::LoadingBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("loadingBar"));
    setAccessibleName(tr("Loading"));
    auto *layout = new QHBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(style::charWidth(this, 40));
    m_bar->setAccessibleName(tr("Loading progress"));
    m_cancel = new QPushButton(style::icon("cancel"), tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop opening the export"));
    connect(m_cancel, &QPushButton::clicked, this, &LoadingBar::cancelRequested);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
}

void LoadingBar::start(const QString &name)
{
    m_name = name;
    m_clock.start();
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_label->setText(tr("Opening %1…").arg(name));
}

void LoadingBar::setPhase(const QString &text)
{
    m_label->setText(text);
}

QString LoadingBar::text() const
{
    return m_label->text();
}

void LoadingBar::setProgress(quint64 entries, quint64 bytesRead, quint64 bytesTotal, int clusters)
{
    const QLocale locale;
    // %Ln takes an int; a count past its range is still "many" in every language we ship.
    const int shownEntries = int(qMin<quint64>(entries, quint64(std::numeric_limits<int>::max())));
    QString text = tr("Reading %1: %2, %3")
                       .arg(m_name, tr("%Ln entry(s)", nullptr, shownEntries),
                            tr("%Ln cluster(s)", nullptr, clusters));
    if (bytesTotal > 0) {
        const double fraction = qBound(0.0, double(bytesRead) / double(bytesTotal), 1.0);
        if (m_bar->maximum() == 0)
            m_bar->setRange(0, 1000);
        m_bar->setValue(int(fraction * 1000));
        text += QStringLiteral(" · ") + tr("%1 of %2")
                                            .arg(locale.formattedDataSize(qint64(bytesRead)),
                                                 locale.formattedDataSize(qint64(bytesTotal)));
        const qint64 elapsed = m_clock.elapsed();
        // Only estimate once there is enough history for the rate to mean something.
        if (fraction > 0.02 && elapsed > 500) {
            const qint64 leftMs = qint64(double(elapsed) * (1.0 - fraction) / fraction);
            text += QStringLiteral(" · ") +
                    (leftMs < 60'000
                         ? tr("about %n second(s) left", nullptr, int(leftMs / 1000) + 1)
                         : tr("about %n minute(s) left", nullptr, int(leftMs / 60'000) + 1));
        }
    } else {
        m_bar->setRange(0, 0); // busy indicator
        if (bytesRead > 0)
            text += QStringLiteral(" · ") + locale.formattedDataSize(qint64(bytesRead));
    }
    m_label->setText(text);
}

} // namespace gardener
