#pragma once

#include <QByteArray>
#include <QString>

namespace carillon::DemoFiles {

// Real, valid files made deterministically (same bytes on every machine and every reset), so
// that downloads can be checked by hash and opened by ordinary programs.
QByteArray png(int width, int height, quint32 seed);
QByteArray pdf(const QString &title, const QStringList &lines);
QByteArray text(const QStringList &lines);
QByteArray csv(int rows, quint32 seed);
QByteArray binary(qint64 size, quint32 seed);

} // namespace carillon::DemoFiles
