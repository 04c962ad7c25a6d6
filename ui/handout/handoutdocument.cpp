// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoutdocument.h"

#include "brand.h"
#include "print/a4print.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>
#include <QTextOption>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::ui {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Italian content keeps its own direction inside a right-to-left handout.
QString content(const QString &text, bool rtl, const QString &tag = u"p"_s)
{
    const QString dir = rtl ? u" dir=\"ltr\" align=\"left\""_s : QString();
    return u'<' + tag + dir + u'>' + esc(text) + u"</"_s + tag + u'>';
}
} // namespace

QString HandoutDocument::html(const HandoutContent &c)
{
    const HandoutLabels &l = c.labels;
    const bool rtl = l.isRightToLeft();
    const QString align = rtl ? u"right"_s : u"left"_s;
    const QString dir = rtl ? u"rtl"_s : u"ltr"_s;
    const QLocale locale(l.code());
    QString html = u"<html dir=\"%1\"><body style=\"font-size:13pt;\">"_s.arg(dir);
    auto heading = [&](const QString &text, int level) -> QString {
        return u"<h%1 dir=\"%2\" align=\"%3\">"_s.arg(level).arg(dir, align) + esc(text)
            + u"</h%1>"_s.arg(level);
    };
    auto label = [&](const QString &text) -> QString {
        return u"<p dir=\"%1\" align=\"%2\" style=\"margin-top:10px;\"><b>"_s.arg(dir, align)
            + esc(text) + u"</b></p>"_s;
    };

    html += heading(l.text(u"title"), 1);
    html += u"<p dir=\"%1\" align=\"%2\">"_s.arg(dir, align) + u"<b>"_s + esc(c.desk.name)
        + u"</b> — "_s + esc(l.text(u"printedOn", {locale.toString(c.date, QLocale::LongFormat)}))
        + u"</p>"_s;
    if (!c.referralCode.isEmpty())
        html += u"<p dir=\"%1\" align=\"%2\" style=\"font-size:15pt;\"><b>"_s.arg(dir, align)
            + esc(l.text(u"referralCode", {c.referralCode})) + u"</b></p>"_s;

    for (const HandoutService &s : c.services) {
        html += u"<hr/>"_s;
        html += u"<h2 dir=\"ltr\" align=\"%1\">"_s.arg(align) + esc(s.name) + u"</h2>"_s;
        if (!s.organization.isEmpty())
            html += content(s.organization, rtl);
        if (!s.statusNote.isEmpty())
            html += u"<p style=\"color:#a82323;\"><b>"_s + esc(s.statusNote) + u"</b></p>"_s;
        html += label(l.text(u"whatItIs")) + content(s.description, rtl);

        if (!s.places.isEmpty()) {
            html += label(l.text(u"where"));
            for (const HandoutService::Place &p : s.places) {
                QString lines = esc(p.name);
                if (p.confidential)
                    lines += u"<br>"_s + esc(l.text(u"confidentialAddress"));
                else if (!p.address.isEmpty())
                    lines += u"<br>"_s + esc(p.address);
                for (const QString &phone : p.phones)
                    lines += u"<br>☎ "_s + esc(phone);
                if (!p.weekly.isEmpty() || !p.today.isEmpty()) {
                    lines += u"<br><b>"_s + esc(l.text(u"today")) + u":</b> "_s
                        + esc(p.today.isEmpty() ? l.text(u"closedToday") : p.today);
                }
                if (!p.weekly.isEmpty())
                    lines += u"<br>"_s + esc(l.text(u"hours")) + u": "_s
                        + esc(p.weekly.join(u" · "_s));
                html += u"<p dir=\"%1\" align=\"%2\">"_s.arg(rtl ? u"ltr"_s : dir, align) + lines
                    + u"</p>"_s;
            }
        }
        if (!s.documents.isEmpty()) {
            html += label(l.text(u"documents"));
            for (const QString &document : s.documents)
                html += u"<p dir=\"ltr\" align=\"%1\" style=\"margin:2px;\">☐&nbsp;&nbsp;"_s.arg(
                            align)
                    + esc(document) + u"</p>"_s;
        }
        if (!s.prerequisites.isEmpty()) {
            html += label(l.text(u"prerequisites"));
            for (const QString &item : s.prerequisites)
                html += u"<p dir=\"ltr\" align=\"%1\" style=\"margin:2px;\">☐&nbsp;&nbsp;"_s.arg(
                            align)
                    + esc(item) + u"</p>"_s;
        }
        html += label(l.text(u"howToApply"));
        if (s.automatic)
            html += u"<p dir=\"%1\" align=\"%2\">"_s.arg(dir, align) + esc(l.text(u"automatic"))
                + u"</p>"_s;
        if (!s.callWindow.isEmpty())
            html += u"<p dir=\"%1\" align=\"%2\"><b>"_s.arg(dir, align) + esc(s.callWindow)
                + u"</b></p>"_s;
        int step = 0;
        for (const QString &line : s.steps)
            html += u"<p dir=\"ltr\" align=\"%1\" style=\"margin:2px;\">%2.&nbsp;"_s.arg(align).arg(
                        ++step)
                + esc(line) + u"</p>"_s;
        if (!s.channels.isEmpty()) {
            html += label(l.text(u"channels"));
            for (const QString &channel : s.channels)
                html += u"<p dir=\"%1\" align=\"%2\" style=\"margin:2px;\">• "_s.arg(dir, align)
                    + esc(channel) + u"</p>"_s;
        }
        if (!s.cost.isEmpty())
            html += label(l.text(u"cost")) + content(s.cost, rtl);
        if (!s.contacts.isEmpty()) {
            html += label(l.text(u"contacts"));
            for (const QString &contact : s.contacts)
                html += content(contact, rtl);
        }
    }

    html += u"<hr/><p dir=\"%1\" align=\"%2\"><b>"_s.arg(dir, align) + esc(l.text(u"deskFooter"))
        + u"</b><br>"_s + esc(c.desk.name);
    for (const QString &line : c.desk.contacts)
        html += u"<br>"_s + esc(line);
    html += u"</p>"_s;
    if (c.demo)
        html += u"<p dir=\"%1\" align=\"%2\" style=\"font-size:10pt; color:#555;\">"_s.arg(dir,
                                                                                           align)
            + esc(l.text(u"demoNotice")) + u"</p>"_s;
    html += u"</body></html>"_s;
    return html;
}

std::unique_ptr<QTextDocument> HandoutDocument::build(const HandoutContent &content)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(13);
    document->setDefaultFont(font);
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(content.labels.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    document->setDefaultTextOption(option);
    document->setDocumentMargin(0);
    document->setHtml(html(content));
    return document;
}

void HandoutDocument::print(const HandoutContent &content, QPrinter &printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
    printer.setDocName(content.labels.text(u"title"));
    printer.setCreator(QString::fromLatin1(brand::kName));
    build(content)->print(&printer);
}

bool HandoutDocument::writePdf(const HandoutContent &content, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    if (!canWriteFile(path))
        return false;
    printer.setOutputFileName(path);
    print(content, printer);
    QFile file(path);
    return file.exists() && file.size() > 0;
}

} // namespace sportello::ui
