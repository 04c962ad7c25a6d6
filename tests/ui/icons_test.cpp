// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's own icon set (issue 18, point 7): every page has its glyph, drawn at any size, in
// the highlight's text colour when selected and in the palette's text colour on a dark one.
#include "brand.h"
#include "icons.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

// The colours of the drawn (not transparent) pixels, and how many there are.
int drawnPixels(const QImage &image, QColor *strongest = nullptr)
{
    int drawn = 0;
    int alpha = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() == 0)
                continue;
            ++drawn;
            if (strongest && colour.alpha() > alpha) {
                alpha = colour.alpha();
                *strongest = colour;
            }
        }
    }
    return drawn;
}

} // namespace

TEST_CASE("every page has its own glyph, drawn at any size", "[ui][icons]")
{
    const QStringList pages {u"today"_s,    u"session"_s, u"followups"_s, u"referrals"_s,
                             u"received"_s, u"board"_s,   u"people"_s,    u"catalogue"_s,
                             u"reports"_s,  u"audit"_s,   u"accounts"_s,  u"backup"_s,
                             u"sync"_s};
    QList<QImage> seen;
    for (const QString &page : pages) {
        INFO(page.toStdString());
        const QIcon icon = ui::pageIcon(page);
        REQUIRE_FALSE(icon.isNull());
        const QImage small = icon.pixmap(QSize(16, 16)).toImage();
        const QImage large = icon.pixmap(QSize(48, 48)).toImage();
        CHECK(large.size() == QSize(48, 48));
        CHECK(drawnPixels(small) > 10);
        CHECK(drawnPixels(large) > 4 * drawnPixels(small) / 2);
        CHECK_FALSE(seen.contains(large)); // no two pages share a picture
        seen.append(large);
    }
    CHECK(ui::pageIcon(u"nowhere"_s).isNull());
}

TEST_CASE("the glyphs follow the palette: selected, and dark or high-contrast", "[ui][icons]")
{
    const QPalette saved = QApplication::palette();
    const QIcon icon = ui::icon(ui::Icon::Backup);
    QColor normal;
    REQUIRE(drawnPixels(icon.pixmap(QSize(48, 48)).toImage(), &normal) > 0);
    CHECK(normal.rgb() == ui::brand::primary().rgb());
    QColor selected;
    REQUIRE(drawnPixels(icon.pixmap(QSize(48, 48), QIcon::Selected).toImage(), &selected) > 0);
    CHECK(selected.rgb() == saved.color(QPalette::HighlightedText).rgb());

    QPalette dark = saved;
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::yellow);
    QApplication::setPalette(dark);
    QColor onDark;
    REQUIRE(drawnPixels(icon.pixmap(QSize(48, 48)).toImage(), &onDark) > 0);
    CHECK(onDark.rgb() == QColor(Qt::yellow).rgb());
    CHECK_FALSE(ui::brand::errorStyle(dark).contains(u"#"_s));
    CHECK_FALSE(ui::brand::alertForeground().isValid()); // the palette's own text, bold
    CHECK_FALSE(ui::brand::emergencyStyle(dark, u"x"_s).contains(u"background"_s));
    CHECK(ui::brand::emergencyStyle(saved, u"x"_s).contains(u"background"_s));
    CHECK(ui::brand::errorStyle(saved).contains(ui::brand::errorText().name()));
    QApplication::setPalette(saved);
    CHECK(ui::brand::alertForeground().value<QColor>() == ui::brand::errorText());
}

TEST_CASE("the application icon: the blue square with the white bubble, at any size", "[ui][icons]")
{
    const QIcon app = ui::appIcon();
    REQUIRE_FALSE(app.isNull());
    for (const int side : {16, 48, 256}) {
        const QImage image = app.pixmap(QSize(side, side)).toImage();
        REQUIRE(image.width() == side);
        const int c = side / 2;
        // The corners stay transparent (rounded), the border is the brand's blue, the middle
        // of the bubble white.
        CHECK(qAlpha(image.pixel(0, 0)) == 0);
        CHECK(QColor(image.pixel(side / 8, c)).rgb() == ui::brand::primary().rgb());
        CHECK(QColor(image.pixel(c, side * 28 / 48)).rgb() == QColor(Qt::white).rgb());
    }
    // The same drawing onto any painter (the build's hicolor PNGs).
    QImage painted(96, 96, QImage::Format_ARGB32_Premultiplied);
    painted.fill(Qt::transparent);
    {
        QPainter painter(&painted);
        ui::paintAppIcon(painter, QRectF(0, 0, 96, 96));
    }
    CHECK(painted
          == ui::appIcon()
                 .pixmap(QSize(96, 96))
                 .toImage()
                 .convertToFormat(QImage::Format_ARGB32_Premultiplied));
}
