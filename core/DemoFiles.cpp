#include "core/DemoFiles.h"

#include <QBuffer>
#include <QImage>
#include <QStringList>

namespace carillon::DemoFiles {

namespace {
// xorshift32: tiny, deterministic, good enough for filler bytes.
quint32 next(quint32 &state)
{
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}
} // namespace

QByteArray png(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 state = seed | 1;
    const int r0 = int(next(state) % 200), g0 = int(next(state) % 200), b0 = int(next(state) % 200);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const bool stripe = ((x / 16) + (y / 16)) % 2 == 0;
            image.setPixel(x, y,
                           qRgb((r0 + x * 55 / width) % 256, (g0 + y * 55 / height) % 256,
                                stripe ? b0 : (b0 + 55) % 256));
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

QByteArray pdf(const QString &title, const QStringList &lines)
{
    // A one-page PDF 1.4 with Helvetica text; offsets in the xref table are computed, so any
    // reader opens it.
    QByteArray content = "BT /F1 18 Tf 72 760 Td (" + title.toLatin1() + ") Tj ET\n";
    int y = 720;
    for (const QString &line : lines) {
        QByteArray escaped = line.toLatin1();
        escaped.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        content += "BT /F1 12 Tf 72 " + QByteArray::number(y) + " Td (" + escaped + ") Tj ET\n";
        y -= 18;
    }
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray text(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QByteArray csv(int rows, quint32 seed)
{
    quint32 state = seed | 1;
    QByteArray out = "sample,temperature_c,pressure_kpa,ok\n";
    for (int i = 1; i <= rows; ++i) {
        out += QByteArray::number(i) + ',' +
               QByteArray::number(15 + int(next(state) % 200) / 10.0) + ',' +
               QByteArray::number(95 + int(next(state) % 100) / 10.0) + ',' +
               (next(state) % 5 ? "yes" : "no") + '\n';
    }
    return out;
}

QByteArray binary(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 state = seed | 1;
    for (qint64 i = 0; i + 4 <= size; i += 4) {
        const quint32 v = next(state);
        memcpy(out.data() + i, &v, 4);
    }
    for (qint64 i = size - size % 4; i < size; ++i)
        out[i] = char(next(state));
    return out;
}

} // namespace carillon::DemoFiles
