// Renders an icon's SVG to PNGs of the given sizes, for the hicolor icon theme, or to raw
// pixels for the program's own resources (ui/CMakeLists.txt).
// Usage: carillon_render_icons SVG SIZE FILE [SIZE FILE...]
//   FILE ending in .argb: SIZE x SIZE premultiplied ARGB32 pixels in this machine's byte order,
//   row after row, nothing else (QImage::Format_ARGB32_Premultiplied); otherwise a PNG.
//
// A build-time tool: the PNGs come from resources/icons/carillon.svg at every build, so the
// SVG stays the one source of truth. It reads the SVG through Qt's svg image-format plugin
// (libqt6svg6, which the program needs at run time anyway), so it builds without qt6-svg-dev,
// and asks the plugin for each size so that every PNG is drawn at that size, not scaled down.
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSize>
#include <QTextStream>

int main(int argc, char **argv)
{
    // A QCoreApplication is enough to load the image plugin, and needs no display during a build.
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 3 || args.size() % 2 != 1) {
        err << "usage: carillon_render_icons SVG SIZE FILE [SIZE FILE...]\n";
        return 2;
    }
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        bool ok = false;
        const int size = args[i].toInt(&ok);
        if (!ok || size <= 0) {
            err << "carillon_render_icons: \"" << args[i] << "\" is not a size in pixels\n";
            return 2;
        }
        QImageReader reader(args[0], "svg");
        reader.setScaledSize(QSize(size, size));
        QImage image = reader.read();
        if (image.isNull()) {
            err << "carillon_render_icons: cannot render " << args[0] << ": "
                << reader.errorString() << " (the SVG image plugin comes with libqt6svg6)\n";
            return 1;
        }
        const QString &file = args[i + 1];
        const bool raw = file.endsWith(QLatin1String(".argb"));
        image = image.convertToFormat(raw ? QImage::Format_ARGB32_Premultiplied
                                          : QImage::Format_ARGB32);
        bool written = false;
        if (image.size() == QSize(size, size) && raw) {
            QFile out(file);
            written = out.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                      out.write(reinterpret_cast<const char *>(image.constBits()),
                                image.sizeInBytes()) == image.sizeInBytes();
        } else if (image.size() == QSize(size, size)) {
            written = image.save(file, "PNG");
        }
        if (!written) {
            err << "carillon_render_icons: cannot write a " << size << "x" << size << " image to "
                << file << "\n";
            return 1;
        }
    }
    return 0;
}
