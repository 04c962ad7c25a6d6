// SPDX-License-Identifier: GPL-3.0-or-later
#include "a4print.h"

#include "brand.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace sportello::ui {

bool printA4(QTextDocument &document, QPrinter &printer, const A4Layout &layout)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(layout.margins, QPageLayout::Millimeter);
    printer.setDocName(layout.title);
    printer.setCreator(QString::fromLatin1(brand::kName));

    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    document.documentLayout()->setPaintDevice(&printer);
    const QRectF page = printer.pageRect(QPrinter::DevicePixel);
    QFont footerFont(u"DejaVu Sans"_s);
    footerFont.setPointSizeF(9);
    footerFont.setStyleStrategy(QFont::PreferNoShaping); // no ligatures in extracted text
    const QFontMetricsF metrics(footerFont, &printer);
    const qreal footerHeight = metrics.height() * 2.5;
    const QSizeF body(page.width(), page.height() - footerHeight);
    document.setPageSize(body);

    const int pages = document.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            printer.newPage();
        painter.save();
        painter.translate(0, -index * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, index * body.height()), body));
        painter.restore();

        const QRectF footer(0, page.height() - metrics.height() * 1.5, page.width(),
                            metrics.height() * 1.5);
        painter.setPen(QPen(Qt::gray, 0));
        painter.drawLine(footer.topLeft(), footer.topRight());
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, layout.footerLeft);
        if (layout.footerRight)
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                             layout.footerRight(index + 1, pages));
    }
    return painter.end();
}

bool canWriteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.close();
    return true;
}

bool writeA4Pdf(QTextDocument &document, const QString &path, const A4Layout &layout, bool archival)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    if (archival)
        printer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    if (!canWriteFile(path))
        return false;
    QFile file(path);
    printer.setOutputFileName(path);
    if (!printA4(document, printer, layout)) {
        file.remove();
        return false;
    }
    return file.exists() && file.size() > 0;
}

} // namespace sportello::ui
