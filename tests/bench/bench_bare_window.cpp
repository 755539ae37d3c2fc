// The reference for start-up: a bare QMainWindow started the same way as Carillon (same
// platform, shown, painted once, then quits).

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720);
    window.show();
    QTimer::singleShot(0, &app, [&window] {
        window.repaint();
        QCoreApplication::quit();
    });
    return QApplication::exec();
}
