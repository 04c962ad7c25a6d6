// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpdf.h"

#include "print/a4print.h"
#include "text/reportcsv.h"
#include "text/reporttext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {

class Words final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    static QString title() { return tr("Desk report"); }
    static QString produced(const QDate &on)
    {
        return tr("Produced on %1 by Sportello.").arg(on.toString(u"dd/MM/yyyy"_s));
    }
    static QString compared(const QString &period, const QString &previous)
    {
        return tr("Period %1, compared with %2.").arg(period, previous);
    }
    static QString page(int page, int pages) { return tr("Page %1 of %2").arg(page).arg(pages); }
    static QString total() { return tr("Total"); }
};

// A chart of the counts a table shows (hidden ones are not drawn), as an image for the page.
QImage chartImage(const QList<std::pair<QString, qint64>> &bars)
{
    auto *set = new QBarSet(QString());
    set->setBrush(QBrush(Qt::black));
    set->setPen(QPen(Qt::black));
    QStringList categories;
    qint64 top = 1;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        *set << double(it->second);
        categories << (it->first.size() > 34 ? it->first.left(33) + u'…' : it->first);
        top = std::max(top, it->second);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    // Drawn on a 1000-pixel canvas shown half a page wide: large letters, to read on paper.
    QFont labels(u"DejaVu Sans"_s);
    labels.setPixelSize(24);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsFont(labels);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(u"%d"_s);
    axisX->setRange(0, double(top));
    axisX->applyNiceNumbers();
    axisX->setLabelsFont(labels);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(Qt::white);
    const QSize size(1000, int(bars.size()) * 56 + 110);
    chart->resize(size);
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart
    // Opaque white, no alpha: PDF/A-1 allows no transparency.
    QImage image(size * 2, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size * 2)), QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

// The counts of a table's rows that are shown (a number, not "<5" or "*") and at least 1.
QList<std::pair<QString, qint64>> shownBars(const text::ReportCsv::Section &section)
{
    QList<std::pair<QString, qint64>> bars;
    for (qsizetype r = 1; r + 1 < section.rows.size(); ++r) { // not the heading, not the total
        const QList<reports::CsvValue> &row = section.rows.at(r);
        if (row.size() < 3)
            continue;
        bool ok = false;
        const qint64 value = row.at(2).text().toLongLong(&ok);
        if (ok && value > 0)
            bars.append({row.at(0).text(), value});
        if (bars.size() == 15)
            break;
    }
    return bars;
}

QString tableHtml(const text::ReportCsv::Section &section, const QString &totalLabel)
{
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
    for (qsizetype r = 0; r < section.rows.size(); ++r) {
        const bool head = r == 0;
        // The totals row: "Totale", or a group's total named like the group.
        const QString first = section.rows.at(r).value(0).text();
        const bool total = r > 0 && r + 1 == section.rows.size()
            && (first == totalLabel || first == section.rows.first().value(0).text());
        html += u"<tr>"_s;
        const QList<reports::CsvValue> &row = section.rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            // A numeric-looking cell goes right; the labels left.
            const QString text = row.at(c).text();
            const bool number = c > 0 && !text.isEmpty()
                && (text.front().isDigit() || text.front() == u'<' || text == u"*");
            const QString tag = head ? u"th"_s : u"td"_s;
            html += u"<%1 align=\"%2\">%3%4%5</%1>"_s.arg(
                tag, number ? u"right"_s : u"left"_s, total ? u"<b>"_s : QString(),
                text.toHtmlEscaped(), total ? u"</b>"_s : QString());
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

} // namespace

bool writeReportPdf(const reports::DeskReport &report, const QString &desk, const QString &path,
                    const QDate &producedOn, int threshold)
{
    const QList<text::ReportCsv::Section> sections
        = text::ReportCsv::sections(report, desk, threshold);
    QTextDocument document;
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(9.5);
    // No ligatures: "ff" stays two letters, so the text copied or extracted from the PDF is
    // the text written (pdftotext returns "Diffuso", not "Diﬀuso").
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    QString html = u"<html><body>"_s;
    // The title page.
    html += u"<h1>%1</h1><h2>%2</h2><p>%3</p><p>%4</p>"_s.arg(
        Words::title().toHtmlEscaped(), desk.toHtmlEscaped(),
        Words::compared(text::ReportText::period(report.period),
                        text::ReportText::period(report.previousPeriod))
            .toHtmlEscaped(),
        Words::produced(producedOn).toHtmlEscaped());
    if (!sections.isEmpty() && !sections.constLast().rows.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(
            sections.constLast().rows.first().first().text().toHtmlEscaped());
    html += u"<p style=\"page-break-after: always\">&nbsp;</p>"_s;
    // The sections between the heading and the note.
    for (qsizetype i = 1; i + 1 < sections.size(); ++i) {
        const text::ReportCsv::Section &section = sections.at(i);
        if (section.rows.isEmpty())
            continue;
        html += u"<h3>%1</h3>"_s.arg(section.rows.first().first().text().toHtmlEscaped());
        const auto bars = section.id.isEmpty() || section.id == u"needs.unmet"
            ? QList<std::pair<QString, qint64>>()
            : shownBars(section);
        if (!bars.isEmpty()) {
            const QUrl name(u"chart:"_s + section.id);
            const QImage image = chartImage(bars);
            document.addResource(QTextDocument::ImageResource, name, image);
            html += u"<p><img src=\"%1\" width=\"%2\"></p>"_s.arg(name.toString()).arg(500);
        }
        html += tableHtml(section, Words::total());
    }
    html += u"</body></html>"_s;
    document.setHtml(html);

    A4Layout layout;
    layout.title = Words::title() + u" – "_s + desk;
    layout.footerLeft = desk + u" · "_s + text::ReportText::period(report.period);
    layout.footerRight = [](int page, int pages) {
        return Words::page(page, pages);
    };
    return writeA4Pdf(document, path, layout, true);
}

} // namespace sportello::ui
