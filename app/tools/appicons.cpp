// SPDX-License-Identifier: GPL-3.0-or-later
// sportello-appicons DIR [ICO]: writes the application icon as the hicolor theme's PNGs,
// DIR/SIZExSIZE/apps/it.sportello.Sportello.png, and, when asked, as a Windows icon file ICO
// (the installer's), from the drawing the window uses (ui::paintAppIcon). Run by the build;
// never installed.
#include "icons.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>

#include <cstdio>

namespace {

QImage draw(int side)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    sportello::ui::paintAppIcon(painter, QRectF(0, 0, side, side));
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2 && argc != 3) {
        std::fputs("usage: sportello-appicons DIR [ICO]\n", stderr);
        return 2;
    }
    const QDir root(QString::fromLocal8Bit(argv[1]));
    for (const int side : {16, 24, 32, 48, 64, 128, 256, 512}) {
        const QString folder = QStringLiteral("%1x%1/apps").arg(side);
        if (!root.mkpath(folder)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(root.filePath(folder)));
            return 1;
        }
        const QImage image = draw(side);
        const QString file = root.filePath(folder + QStringLiteral("/it.sportello.Sportello.png"));
        if (!image.save(file, "PNG")) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    if (argc == 3 && !draw(256).save(QString::fromLocal8Bit(argv[2]), "ICO")) {
        std::fprintf(stderr, "cannot write %s (no ICO image writer?)\n", argv[2]);
        return 1;
    }
    return 0;
}
