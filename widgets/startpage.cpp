#include "widgets/startpage.h"

#include "widgets/appstyle.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace gardener {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto *outer = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    addWelcome(column);
    addActions(column);
    buildRecentBox();
    column->addWidget(m_recentBox);
    column->addStretch(2);
    m_recentBox->hide();
}

// The logo, the name and what the app does.
void StartPage::addWelcome(QVBoxLayout *column)
{
    auto *logo = new QLabel(this);
    const int logoSize = fontMetrics().height() * 4;
    logo->setPixmap(style::icon("loggardener").pixmap(logoSize, logoSize));
    logo->setAlignment(Qt::AlignHCenter);
    logo->setAccessibleName(tr("Log Gardener logo"));

    auto *title = new QLabel(tr("Log Gardener"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    auto *subtitle = new QLabel(
        tr("Open a Google Cloud Logging export (JSON or JSON lines, optionally gzip-compressed) "
           "to group its entries into issue clusters. You can also drop files onto this window."),
        this);
    subtitle->setWordWrap(true);
    subtitle->setAlignment(Qt::AlignHCenter);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    column->addStretch(1);
    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(fontMetrics().height());
}

// Open, collect and demo, side by side.
void StartPage::addActions(QVBoxLayout *column)
{
    m_actions = new QHBoxLayout;
    m_actions->addStretch(1);
    auto *open = new QPushButton(style::icon("open"), tr("&Open export…"), this);
    open->setObjectName(QStringLiteral("openButton"));
    open->setDefault(true);
    auto *demo = new QPushButton(style::icon("demo"), tr("Open &demo data"), this);
    demo->setObjectName(QStringLiteral("demoButton"));
    open->setToolTip(tr("Choose a Cloud Logging export file (%1)")
                         .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    demo->setToolTip(tr("Explore the app with the bundled sample export"));
    auto *collect = new QPushButton(style::icon("cloud"), tr("Collec&t from Google Cloud…"), this);
    collect->setObjectName(QStringLiteral("collectGcpButton"));
    collect->setToolTip(tr("Downloads a service's recent log entries with the Cloud Logging API."));
    for (auto *button : {open, collect, demo}) {
        const int pad = fontMetrics().height();
        button->setMinimumHeight(fontMetrics().height() * 2 + pad / 2);
        button->setIconSize(QSize(pad * 3 / 2, pad * 3 / 2));
        m_actions->addWidget(button);
    }
    m_actions->addStretch(1);
    column->addLayout(m_actions);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(collect, &QPushButton::clicked, this, &StartPage::collectRequested);
}

// The recent files, hidden while there are none.
void StartPage::buildRecentBox()
{
    m_recentBox = new QWidget(this);
    auto *recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, fontMetrics().height(), 0, 0);
    auto *recentHeader = new QHBoxLayout;
    auto *recentTitle = new QLabel(tr("Recent files"), m_recentBox);
    QFont bold = recentTitle->font();
    bold.setWeight(QFont::DemiBold);
    recentTitle->setFont(bold);
    auto *clear = new QPushButton(tr("C&lear"), m_recentBox);
    clear->setFlat(true);
    clear->setObjectName(QStringLiteral("clearRecentButton"));
    clear->setAccessibleName(tr("Clear recent files"));
    clear->setToolTip(tr("Forget the recent files (the files stay where they are)"));
    connect(clear, &QPushButton::clicked, this, &StartPage::clearRecentRequested);
    recentHeader->addWidget(recentTitle);
    recentHeader->addStretch(1);
    recentHeader->addWidget(clear);
    recentLayout->addLayout(recentHeader);
    m_recent = new QListWidget(m_recentBox);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMaximumHeight(fontMetrics().height() * 12);
    m_recent->setAccessibleName(tr("Recent files"));
    recentTitle->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::activateRecent);
    connect(m_recent, &QListWidget::itemClicked, this, &StartPage::activateRecent);
    recentLayout->addWidget(m_recent);
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(style::icon("recent"),
                                         info.fileName() + QStringLiteral("  —  ") +
                                             QDir::toNativeSeparators(info.absolutePath()),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentBox->setVisible(!paths.isEmpty());
}

void StartPage::activateRecent(QListWidgetItem *item)
{
    if (item)
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
}

} // namespace gardener
