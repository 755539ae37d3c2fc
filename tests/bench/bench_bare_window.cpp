// The reference for start-up: a bare QMainWindow started the same way as Carillon (same
// platform, shown, painted once, says "ready" on standard output as Carillon does with
// CARILLON_QUIT_WHEN_READY, then quits).

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720);
    window.show();
    QTimer::singleShot(0, &app, [&window] {
        window.repaint();
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return QApplication::exec();
}
