// SPDX-License-Identifier: GPL-3.0-or-later
#include "districtpdf.h"

#include "text/districttext.h"

#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace sportello::hub {

namespace {

QString html(const reports::DistrictReport &report, const QDate &producedOn)
{
    const QList<text::ReportCsv::Section> sections = text::DistrictText::sections(report);
    QString body;
    body += u"<h1>%1</h1>"_s.arg(text::DistrictText::tr("District report").toHtmlEscaped());
    body += u"<p>%1</p>"_s.arg(
        text::DistrictText::tr("Produced on %1.").arg(producedOn.toString(u"dd/MM/yyyy"_s)));
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const auto &rows = sections.at(s).rows;
        if (rows.isEmpty())
            continue;
        const bool table = !sections.at(s).id.isEmpty();
        if (!table) {
            for (const auto &row : rows) {
                QStringList cells;
                for (const auto &cell : row)
                    cells.append(cell.text().toHtmlEscaped());
                body += u"<p>%1</p>"_s.arg(cells.join(u": "_s));
            }
            continue;
        }
        body += u"<h2>%1</h2>"_s.arg(rows.first().value(0).text().toHtmlEscaped());
        body += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const bool head = r == 0;
            body += u"<tr>"_s;
            for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
                const QString text = head && c == 0 ? QString() : rows.at(r).at(c).text();
                const QString tag = head || c == 0 ? u"th"_s : u"td"_s;
                const QString align = c == 0 ? u"left"_s : u"right"_s;
                body += u"<%1 align=\"%2\">%3</%1>"_s.arg(tag, align, text.toHtmlEscaped());
            }
            body += u"</tr>"_s;
        }
        body += u"</table>"_s;
    }
    return u"<html><body>%1</body></html>"_s.arg(body);
}

} // namespace

bool writeDistrictPdf(const reports::DistrictReport &report, const QString &path,
                      const QDate &producedOn)
{
    {
        // A missing or read-only folder is found before any painting (which would only warn).
        if (QFile probe(path); !probe.open(QIODevice::WriteOnly))
            return false;
        QPdfWriter writer(path);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(text::DistrictText::tr("District report %1")
                            .arg(text::DistrictText::months(report.months)));
        writer.setCreator(u"sportello-hub"_s);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
        QTextDocument document;
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(9);
        font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures in extracted text
        document.setDefaultFont(font);
        document.setHtml(html(report, producedOn));
        document.print(&writer);
    }
    QFile file(path);
    return file.exists() && file.size() > 0;
}

} // namespace sportello::hub
