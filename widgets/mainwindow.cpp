#include "mainwindow.h"

#include <QLabel>

namespace gardener {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Log Gardener"));
    setCentralWidget(new QLabel(tr("Log Gardener"), this));
}

} // namespace gardener
