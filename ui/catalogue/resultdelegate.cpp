// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultdelegate.h"

#include "catalogue/eligibility.h"
#include "resultmodel.h"

#include <QApplication>
#include <QPainter>

namespace sportello::ui {

namespace {
constexpr int kMargin = 8;

QColor badgeColor(int kind)
{
    switch (kind) {
    case ResultModel::BadgeWarning:
        return QColor(0xF5, 0xC2, 0x42);
    case ResultModel::BadgeClosed:
        return QColor(0xE0, 0x6C, 0x6C);
    case ResultModel::BadgeGood:
        return QColor(0x6B, 0xBF, 0x7A);
    default:
        return QColor(0x9A, 0xB8, 0xD9);
    }
}

QColor verdictColor(int verdict)
{
    switch (static_cast<catalogue::Verdict>(verdict)) {
    case catalogue::Verdict::LikelyEligible:
        return QColor(0x1E, 0x7B, 0x34);
    case catalogue::Verdict::NotEligible:
        return QColor(0xA8, 0x23, 0x23);
    case catalogue::Verdict::Unknown:
        break;
    }
    return QColor(0x8A, 0x5A, 0x00);
}

QFont nameFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 1.1);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}
} // namespace

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(option.palette.color(textRole));
    QRect rect = option.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);

    const QFont name = nameFont(option.font);
    painter->setFont(name);
    const QFontMetrics nameMetrics(name);
    painter->drawText(
        rect.topLeft() + QPoint(0, nameMetrics.ascent()),
        nameMetrics.elidedText(index.data().toString(), Qt::ElideRight, rect.width()));
    int y = rect.top() + nameMetrics.height();

    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->drawText(QPoint(rect.left(), y + smallMetrics.ascent()),
                      smallMetrics.elidedText(index.data(ResultModel::OrganizationRole).toString(),
                                              Qt::ElideRight, rect.width()));
    y += smallMetrics.height() + 2;

    const QStringList badges = index.data(ResultModel::BadgesRole).toStringList();
    const auto kinds = index.data(ResultModel::BadgeKindsRole).value<QList<int>>();
    int x = rect.left();
    for (qsizetype i = 0; i < badges.size(); ++i) {
        const int width = smallMetrics.horizontalAdvance(badges.at(i)) + 12;
        const QRect pill(x, y, width, smallMetrics.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColor(kinds.value(i)));
        painter->drawRoundedRect(pill, 6, 6);
        painter->setPen(Qt::black);
        painter->drawText(pill, Qt::AlignCenter, badges.at(i));
        x += width + 4;
    }
    if (!badges.isEmpty())
        y += smallMetrics.height() + 4;

    const int verdict = index.data(ResultModel::VerdictRole).toInt();
    if (verdict >= 0) {
        painter->setPen(selected ? option.palette.color(textRole) : verdictColor(verdict));
        painter->drawText(
            QPoint(rect.left(), y + smallMetrics.ascent()),
            smallMetrics.elidedText(index.data(ResultModel::ExplanationRole).toString(),
                                    Qt::ElideRight, rect.width()));
    }
    painter->restore();
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics nameMetrics(nameFont(option.font));
    const QFontMetrics smallMetrics(smallFont(option.font));
    int height = kMargin + nameMetrics.height() + smallMetrics.height() + 2;
    if (!index.data(ResultModel::BadgesRole).toStringList().isEmpty())
        height += smallMetrics.height() + 4;
    if (index.data(ResultModel::VerdictRole).toInt() >= 0)
        height += smallMetrics.height();
    return QSize(200, height + kMargin / 2);
}

} // namespace sportello::ui
