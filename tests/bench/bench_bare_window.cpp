// The reference for start-up: a bare QMainWindow of Carillon's size, started the same way as
// Carillon by "bench_ui startup" (same platform, the same start-up marks preloaded, which
// report its first frame on the X server and its first idle moment, then quit it).

#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720);
    window.show();
    return QApplication::exec();
}
