// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentformdocument.h"

#include "catalogue/taxonomy.h"
#include "people/model.h"
#include "print/a4print.h"

#include <QLocale>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
const QString kShortBlank = u"________________________"_s;
const QString kSignatureBlank = u"______________________________"_s;
// A tick box large enough to mark with a pen.
const QString kBox = u"<span style=\"font-size:20pt;\">☐</span>&nbsp;"_s;
const QString kLongBlank = u"________________________________________"_s;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

bool isListItem(const QString &line)
{
    return line.startsWith(u"- "_s) || line.startsWith(u"• "_s) || line.startsWith(u"* "_s);
}

// A paragraph of one short line without closing punctuation reads as a section heading.
bool isHeading(const QStringList &lines)
{
    if (lines.size() != 1 || lines.first().size() > 90 || isListItem(lines.first()))
        return false;
    static const QString closing = u".:;,"_s;
    return !closing.contains(lines.first().back());
}

// The notice's plain text as HTML: the first paragraph is the title (its lines kept), blank
// lines separate paragraphs, lines starting with "- " are list items, other line breaks are
// only wrapping and joined.
QString noticeHtml(const QString &text)
{
    QList<QStringList> paragraphs(1);
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            if (!paragraphs.last().isEmpty())
                paragraphs.append(QStringList());
            continue;
        }
        // An indented line continues the list item above it.
        if (!paragraphs.last().isEmpty() && raw.front().isSpace() && !isListItem(line)
            && isListItem(paragraphs.last().last()))
            paragraphs.last().last() += u' ' + line;
        else
            paragraphs.last().append(line);
    }
    if (paragraphs.last().isEmpty())
        paragraphs.removeLast();

    QString html;
    bool first = true;
    for (const QStringList &lines : std::as_const(paragraphs)) {
        if (first) {
            first = false;
            html += u"<p align=\"center\" style=\"font-size:15pt; margin-bottom:12px;\"><b>"_s
                + esc(lines.first()) + u"</b>"_s;
            for (qsizetype i = 1; i < lines.size(); ++i)
                html += u"<br><span style=\"font-size:11pt;\">"_s + esc(lines[i]) + u"</span>"_s;
            html += u"</p>"_s;
            continue;
        }
        if (isHeading(lines)) {
            html += u"<p style=\"font-size:13pt; margin-top:10px; margin-bottom:2px;\"><b>"_s
                + esc(lines.first()) + u"</b></p>"_s;
            continue;
        }
        QString running;
        bool inList = false;
        auto flush = [&] {
            if (!running.isEmpty())
                html += u"<p style=\"margin-top:4px; margin-bottom:4px;\">"_s + esc(running)
                    + u"</p>"_s;
            running.clear();
        };
        for (const QString &line : lines) {
            if (isListItem(line)) {
                flush();
                if (!inList)
                    html += u"<ul style=\"margin-top:2px; margin-bottom:2px;\">"_s;
                inList = true;
                html += u"<li style=\"margin-bottom:3px;\">"_s + esc(line.sliced(2).trimmed())
                    + u"</li>"_s;
                continue;
            }
            if (inList) {
                html += u"</ul>"_s;
                inList = false;
            }
            running += (running.isEmpty() ? QString() : u" "_s) + line;
        }
        if (inList)
            html += u"</ul>"_s;
        flush();
    }
    return html;
}

struct PurposeText
{
    QString title;
    QString explanation;
};

// The purposes in the order of people::ConsentPurpose.
PurposeText purposeText(people::ConsentPurpose purpose)
{
    using P = people::ConsentPurpose;
    switch (purpose) {
    case P::PersonalData:
        return {ConsentFormDocument::tr("Recording my personal data"),
                ConsentFormDocument::tr("The desk records my personal details, contacts and the "
                                        "needs I talk about, to listen to me, guide me to "
                                        "services and accompany me.")};
    case P::SpecialCategories:
        return {ConsentFormDocument::tr("Information on health, disability, addiction or "
                                        "judicial matters"),
                ConsentFormDocument::tr("The desk records this information only when the help "
                                        "I ask for needs it (GDPR articles 9 and 10).")};
    case P::IdentifiedReferral:
        return {ConsentFormDocument::tr("Referral to the Social Services of the Comune"),
                ConsentFormDocument::tr("The desk sends my name and my situation to the Social "
                                        "Services of the Comune, so that they can take charge "
                                        "of my case.")};
    case P::PhoneContact:
        return {ConsentFormDocument::tr("Contact by phone"),
                ConsentFormDocument::tr("The desk may call me back by phone.")};
    case P::Board:
        return {ConsentFormDocument::tr("The neighbourhood board"),
                ConsentFormDocument::tr("The desk puts my request or offer of help on the "
                                        "district's neighbourhood board, with the desk as the "
                                        "contact unless I ask for my own name and phone to be "
                                        "shown, and only to whoever accepts to help or be "
                                        "helped.")};
    }
    return {};
}

constexpr people::ConsentPurpose kPurposes[] = {
    people::ConsentPurpose::PersonalData,
    people::ConsentPurpose::SpecialCategories,
    people::ConsentPurpose::IdentifiedReferral,
    people::ConsentPurpose::PhoneContact,
    people::ConsentPurpose::Board,
};

QString orBlank(const QString &value, const QString &blank)
{
    return value.trimmed().isEmpty() ? blank : value.trimmed();
}
} // namespace

QString ConsentFormDocument::html(const Input &input)
{
    const security::DeskIdentity &desk = input.desk;
    QString html = u"<html><body style=\"font-size:11.5pt;\">"_s;
    html += noticeHtml(input.notice.text);

    // The form starts on a page of its own, so it can be signed and kept apart.
    html += u"<h1 align=\"center\" style=\"font-size:18pt; page-break-before:always;\">"_s
        + esc(tr("Consent form")) + u"</h1>"_s;
    QString deskLine = desk.name.trimmed();
    if (!desk.organization.trimmed().isEmpty())
        deskLine += (deskLine.isEmpty() ? QString() : u" — "_s) + desk.organization.trimmed();
    if (!deskLine.isEmpty())
        html += u"<p align=\"center\" style=\"font-size:13pt;\">"_s + esc(deskLine) + u"</p>"_s;

    html += u"<p style=\"font-size:13pt; margin-top:16px; line-height:150%;\">"_s
        + esc(tr("I, the undersigned %1, declare that I have received the privacy notice "
                 "(version %2) and that it was explained to me. For each purpose I state:")
                  .arg(orBlank(input.personName, kLongBlank), input.notice.version))
        + u"</p>"_s;

    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
            "style=\"margin-top:8px; border-collapse:collapse;\">"_s;
    int number = 0;
    for (const people::ConsentPurpose purpose : kPurposes) {
        const PurposeText text = purposeText(purpose);
        html += u"<tr><td style=\"border-top:1px solid #888; padding-top:8px;\">"_s;
        html += u"<p style=\"font-size:13pt; margin:0;\"><b>%1.&nbsp;"_s.arg(++number)
            + esc(text.title) + u"</b></p>"_s;
        html += u"<p style=\"font-size:12pt; margin-top:2px; margin-bottom:6px;\">"_s
            + esc(text.explanation) + u"</p>"_s;
        html += u"<p style=\"font-size:14pt; margin-top:0; margin-bottom:6px;\">"_s + kBox
            + esc(tr("I consent")) + u"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"_s + kBox
            + esc(tr("I do not consent")) + u"</p>"_s;
        html += u"</td></tr>"_s;
    }
    html += u"</table>"_s;

    html += u"<p style=\"font-size:11pt; margin-top:10px;\">"_s
        + esc(tr("I can revoke each consent at any time, also in part, by telling the desk. "
                 "Refusing or revoking a consent does not affect the help I receive."))
        + u"</p>"_s;

    QString place;
    if (!desk.comuneIstat.isEmpty())
        place = catalogue::Taxonomy::italianLabel(catalogue::Taxonomy::comuni(), desk.comuneIstat);
    const QString date
        = input.date.isValid() ? QLocale().toString(input.date, u"d MMMM yyyy"_s) : kShortBlank;
    html += u"<p style=\"font-size:13pt; margin-top:18px;\">"_s
        + esc(tr("Place and date: %1, %2").arg(orBlank(place, kShortBlank), date)) + u"</p>"_s;

    // Two signature columns, with room above the line for a real signature.
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top:18px;\">"
            "<tr>"_s;
    const QString person = input.personName.trimmed();
    const QString signatures[][2] = {
        {tr("Signature of the person"), person},
        {tr("Signature of the operator"), QString()},
    };
    for (const auto &[label, name] : signatures) {
        // The same number of lines in both columns keeps the two signature lines level.
        html += u"<td width=\"50%\" style=\"font-size:12pt;\">"_s + esc(label)
            + u"<br><span style=\"font-size:10pt;\">"_s
            + (name.isEmpty() ? u"&nbsp;"_s : u"("_s + esc(name) + u")"_s) + u"</span>"_s
            + u"<br><br><br><br>"_s + kSignatureBlank + u"</td>"_s;
    }
    html += u"</tr></table>"_s;

    html += u"<p style=\"font-size:9pt; color:#555; margin-top:24px;\">"_s
        + esc(tr("Privacy notice version %1").arg(input.notice.version)) + u"</p>"_s;
    html += u"</body></html>"_s;
    return html;
}

std::unique_ptr<QTextDocument> ConsentFormDocument::build(const Input &input)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(11.5);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(html(input));
    return document;
}

void ConsentFormDocument::print(const Input &input, QPrinter &printer)
{
    (void)printPages(input, printer);
}

bool ConsentFormDocument::printPages(const Input &input, QPrinter &printer)
{
    // Every page's footer carries the notice's version, so a signed paper can always be
    // matched to its text.
    std::unique_ptr<QTextDocument> document = build(input);
    return printA4(*document, printer, layout(input));
}

A4Layout ConsentFormDocument::layout(const Input &input)
{
    A4Layout layout;
    layout.title = tr("Privacy notice and consent form");
    layout.margins = QMarginsF(17, 12, 17, 10);
    layout.footerLeft = input.desk.name.trimmed();
    layout.footerRight = [version = input.notice.version](int page, int pages) {
        return tr("Privacy notice version %1 · page %2 of %3").arg(version).arg(page).arg(pages);
    };
    return layout;
}

bool ConsentFormDocument::writePdf(const Input &input, const QString &path)
{
    std::unique_ptr<QTextDocument> document = build(input);
    return writeA4Pdf(*document, path, layout(input));
}

} // namespace sportello::ui
