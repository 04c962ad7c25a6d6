// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include "brand.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {

// Every glyph is drawn on a 24×24 grid with a 2-unit round pen.
QPainterPath glyph(Icon which)
{
    QPainterPath p;
    const auto poly = [&p](std::initializer_list<QPointF> points, bool close = false) {
        auto it = points.begin();
        p.moveTo(*it);
        for (++it; it != points.end(); ++it)
            p.lineTo(*it);
        if (close)
            p.closeSubpath();
    };
    switch (which) {
    case Icon::Today: // a house
        poly({{3, 11}, {12, 3}, {21, 11}});
        poly({{6, 9}, {6, 21}, {18, 21}, {18, 9}});
        poly({{10, 21}, {10, 15}, {14, 15}, {14, 21}});
        break;
    case Icon::Session: // a new sheet
        poly({{6, 3}, {14, 3}, {18, 7}, {18, 21}, {6, 21}}, true);
        poly({{12, 10}, {12, 18}});
        poly({{8, 14}, {16, 14}});
        break;
    case Icon::FollowUps: // a clock
        p.addEllipse(QPointF(12, 12), 9, 9);
        poly({{12, 7}, {12, 12}, {16, 14}});
        break;
    case Icon::Referrals: // sent on
        poly({{3, 5}, {3, 19}});
        poly({{7, 12}, {20, 12}});
        poly({{14, 6}, {20, 12}, {14, 18}});
        break;
    case Icon::Received: // into the tray
        poly({{3, 14}, {3, 20}, {21, 20}, {21, 14}});
        poly({{12, 3}, {12, 14}});
        poly({{7, 9}, {12, 14}, {17, 9}});
        break;
    case Icon::Board: // a board with notes and a pin
        p.addRect(QRectF(3, 5, 18, 14));
        poly({{6, 9}, {11, 9}});
        poly({{6, 13}, {10, 13}});
        p.addEllipse(QPointF(16, 11), 2, 2);
        break;
    case Icon::People: // two people
        p.addEllipse(QPointF(9, 8), 3.5, 3.5);
        p.moveTo(3, 20);
        p.cubicTo(3, 13, 15, 13, 15, 20);
        p.addEllipse(QPointF(17, 9), 2.5, 2.5);
        p.moveTo(17, 14);
        p.cubicTo(19, 14, 21, 16, 21, 19);
        break;
    case Icon::Catalogue: // a book
        p.addRect(QRectF(5, 3, 14, 18));
        poly({{8, 3}, {8, 21}});
        poly({{11, 8}, {16, 8}});
        poly({{11, 12}, {16, 12}});
        break;
    case Icon::Reports: // a bar chart
        poly({{4, 4}, {4, 20}, {20, 20}});
        poly({{8, 17}, {8, 13}});
        poly({{12, 17}, {12, 8}});
        poly({{16, 17}, {16, 11}});
        break;
    case Icon::Audit: // a shield with a check
        p.moveTo(12, 3);
        p.lineTo(19, 6);
        p.lineTo(19, 11);
        p.cubicTo(19, 16, 16, 19, 12, 21);
        p.cubicTo(8, 19, 5, 16, 5, 11);
        p.lineTo(5, 6);
        p.closeSubpath();
        poly({{9, 12}, {11, 14}, {15, 10}});
        break;
    case Icon::Accounts: // a person and a lock
        p.addEllipse(QPointF(9, 8), 3.5, 3.5);
        p.moveTo(3, 20);
        p.cubicTo(3, 14, 11, 13, 13, 15);
        p.addRect(QRectF(15, 14, 6, 6));
        p.moveTo(16.5, 14);
        p.lineTo(16.5, 12.5);
        p.cubicTo(16.5, 10.5, 19.5, 10.5, 19.5, 12.5);
        p.lineTo(19.5, 14);
        break;
    case Icon::Backup: // down into a drive
        p.addRoundedRect(QRectF(3, 14, 18, 6), 1.5, 1.5);
        p.addEllipse(QPointF(17, 17), 0.5, 0.5);
        poly({{12, 3}, {12, 11}});
        poly({{8, 7}, {12, 11}, {16, 7}});
        break;
    case Icon::Sync: // two arrows round
        p.arcMoveTo(QRectF(4, 4, 16, 16), 30);
        p.arcTo(QRectF(4, 4, 16, 16), 30, 140);
        poly({{3, 7}, {5.1, 10.1}, {8.5, 8.5}});
        p.arcMoveTo(QRectF(4, 4, 16, 16), 210);
        p.arcTo(QRectF(4, 4, 16, 16), 210, 140);
        poly({{21, 17}, {18.9, 13.9}, {15.5, 15.5}});
        break;
    }
    return p;
}

// An icon drawn by paint() at whatever size and scale is asked: the pixmaps come from it.
class DrawnEngine : public QIconEngine
{
public:
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }
};

class GlyphEngine final : public DrawnEngine
{
public:
    explicit GlyphEngine(Icon which)
        : m_which(which)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor colour
            = brand::isDark(palette) ? palette.color(QPalette::WindowText) : brand::primary();
        if (mode == QIcon::Selected)
            colour = palette.color(QPalette::HighlightedText);
        else if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        const qreal side = std::min(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        QPen pen(colour, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(glyph(m_which));
        painter->restore();
    }

    [[nodiscard]] QIconEngine *clone() const override { return new GlyphEngine(m_which); }
    [[nodiscard]] QString key() const override { return u"sportello-glyph"_s; }

private:
    Icon m_which;
};

class AppIconEngine final : public DrawnEngine
{
public:
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height());
        paintAppIcon(*painter,
                     QRectF(rect.x() + (rect.width() - side) / 2.0,
                            rect.y() + (rect.height() - side) / 2.0, side, side));
    }

    [[nodiscard]] QIconEngine *clone() const override { return new AppIconEngine; }
    [[nodiscard]] QString key() const override { return u"sportello-app"_s; }
};

} // namespace

void paintAppIcon(QPainter &painter, const QRectF &square)
{
    // Drawn on a 48×48 grid.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(square.topLeft());
    painter.scale(square.width() / 48.0, square.height() / 48.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(brand::primary());
    painter.drawRoundedRect(QRectF(2, 2, 44, 44), 9, 9);
    // The bubble, its tail at the bottom left: someone listened to.
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(9, 10, 30, 21), 5, 5);
    QPainterPath tail;
    tail.moveTo(14, 29);
    tail.lineTo(13, 38);
    tail.lineTo(22, 30);
    tail.closeSubpath();
    painter.setBrush(Qt::white);
    painter.drawPath(bubble.united(tail));
    // Two lines of what was said, in the blue.
    painter.setPen(QPen(brand::primary(), 2.5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(15, 18), QPointF(33, 18));
    painter.drawLine(QPointF(15, 24), QPointF(27, 24));
    painter.restore();
}

QIcon appIcon()
{
    return QIcon(new AppIconEngine);
}

QIcon icon(Icon which)
{
    return QIcon(new GlyphEngine(which));
}

QIcon pageIcon(const QString &pageId)
{
    static const QHash<QString, Icon> icons {{u"today"_s, Icon::Today},
                                             {u"session"_s, Icon::Session},
                                             {u"followups"_s, Icon::FollowUps},
                                             {u"referrals"_s, Icon::Referrals},
                                             {u"received"_s, Icon::Received},
                                             {u"board"_s, Icon::Board},
                                             {u"people"_s, Icon::People},
                                             {u"catalogue"_s, Icon::Catalogue},
                                             {u"reports"_s, Icon::Reports},
                                             {u"audit"_s, Icon::Audit},
                                             {u"accounts"_s, Icon::Accounts},
                                             {u"backup"_s, Icon::Backup},
                                             {u"sync"_s, Icon::Sync}};
    const auto found = icons.constFind(pageId);
    return found == icons.constEnd() ? QIcon() : icon(*found);
}
} // namespace sportello::ui
