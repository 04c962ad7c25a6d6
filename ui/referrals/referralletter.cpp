// SPDX-License-Identifier: GPL-3.0-or-later
#include "referralletter.h"

#include "catalogue/taxonomy.h"
#include "people/vocabulary.h"
#include "print/a4print.h"
#include "text/peopletext.h"
#include "text/referraltext.h"

#include <QLocale>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
const QString kSignatureBlank = u"______________________________"_s;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Escaped, with the line breaks the operator typed kept.
QString escLines(const QString &text)
{
    return esc(text.trimmed()).replace(u'\n', u"<br>"_s);
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

QString comune(const QString &istat)
{
    const catalogue::Term *term = catalogue::Taxonomy::find(catalogue::Taxonomy::comuni(), istat);
    return term ? QString::fromUtf8(term->italian) : QString();
}

QString heading(const QString &text)
{
    return u"<p style=\"font-size:12.5pt; margin-top:14px; margin-bottom:4px;\"><b>"_s + esc(text)
        + u"</b></p>"_s;
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><td width=\"32%\" style=\"color:#444;\">"_s + esc(label)
        + u"</td><td width=\"68%\">"_s + valueHtml + u"</td></tr>"_s;
}

QString tableStart()
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_s;
}
} // namespace

QString ReferralLetter::html(const Input &input)
{
    const security::DeskIdentity &desk = input.desk;
    const referrals::Referral &referral = input.facts.referral;
    const people::Person &person = input.facts.person;
    const people::Consent &consent = input.facts.consent;
    const QString code = text::ReferralText::referralCode(referral.uid);

    QString html = u"<html><body style=\"font-size:11pt;\">"_s;

    // Letterhead on the left, addressee on the right.
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s;
    html += u"<td width=\"55%\" valign=\"top\">"_s;
    html += u"<p style=\"font-size:15pt; margin:0;\"><b>"_s + esc(desk.name.trimmed())
        + u"</b></p>"_s;
    QStringList deskLines;
    if (!desk.organization.trimmed().isEmpty())
        deskLines.append(esc(desk.organization.trimmed()));
    for (const QString &contact : desk.contacts) {
        if (!contact.trimmed().isEmpty())
            deskLines.append(esc(contact.trimmed()));
    }
    if (!deskLines.isEmpty())
        html += u"<p style=\"font-size:10pt; color:#333; margin-top:4px;\">"_s
            + deskLines.join(u"<br>"_s) + u"</p>"_s;
    html += u"</td><td width=\"45%\" valign=\"top\">"_s;
    html += u"<p style=\"font-size:10pt; color:#444; margin:0;\">"_s + esc(tr("To:")) + u"</p>"_s;
    html += u"<p style=\"font-size:12pt; margin-top:2px;\">"_s;
    if (!input.destinationName.trimmed().isEmpty())
        html += u"<b>"_s + esc(input.destinationName.trimmed()) + u"</b><br>"_s
            + esc(input.destination);
    else
        html += u"<b>"_s + esc(input.destination) + u"</b>"_s;
    html += u"</p></td></tr></table>"_s;
    html += u"<hr style=\"margin-top:8px;\">"_s;

    // Place and date, subject.
    const QString place = comune(desk.comuneIstat);
    const QString date = longDate(input.date);
    html += u"<p align=\"right\" style=\"margin-top:18px;\">"_s
        + esc(place.isEmpty() ? date : tr("%1, %2", "place, date").arg(place, date)) + u"</p>"_s;
    html += u"<p style=\"font-size:13pt; margin-top:12px;\"><b>"_s + esc(tr("Subject: Referral"))
        + u"</b> &nbsp;"_s + esc(tr("(reference %1)").arg(code)) + u"</p>"_s;
    if (referral.urgency == u"URG")
        html += u"<p style=\"font-size:13pt; color:#b00020; margin-top:6px;\"><b>"_s
            + esc(tr("URGENT: please deal with it today.")) + u"</b></p>"_s;
    html += u"<p style=\"margin-top:10px;\">"_s
        + esc(tr("With the consent of the person concerned, we refer to you the situation "
                 "described below, which came to our desk."))
        + u"</p>"_s;

    // The person.
    html += heading(tr("Person"));
    html += tableStart();
    html += row(tr("Name"), u"<b>"_s + esc(person.displayName()) + u"</b>"_s);
    if (!person.codiceFiscale.isEmpty())
        html += row(tr("Codice fiscale"), esc(person.codiceFiscale));
    if (person.birthDate.isValid())
        html
            += row(tr("Date of birth"), esc(QLocale().toString(person.birthDate, u"dd/MM/yyyy"_s)));
    else if (person.birthYear > 0)
        html += row(tr("Year of birth"), esc(QString::number(person.birthYear)));
    QStringList address;
    if (!person.address.trimmed().isEmpty())
        address.append(person.address.trimmed());
    if (const QString residence = comune(person.residence); !residence.isEmpty())
        address.append(residence);
    if (!address.isEmpty())
        html += row(tr("Address"), esc(address.join(u", "_s)));
    if (person.contactPreference == QLatin1StringView(people::kDoNotContact)) {
        html += row(tr("Contacts"),
                    u"<b>"_s
                        + esc(tr("The person asked not to be contacted directly: please get in "
                                 "touch through our desk."))
                        + u"</b>"_s);
    } else {
        if (!person.phone.trimmed().isEmpty())
            html += row(tr("Phone"), esc(person.phone.trimmed()));
        if (!person.email.trimmed().isEmpty())
            html += row(tr("E-mail"), esc(person.email.trimmed()));
        if (people::Vocabulary::contains(people::Vocabulary::contactPreferences(),
                                         person.contactPreference)
            && !people::Vocabulary::contains(people::Vocabulary::answers(),
                                             person.contactPreference))
            html += row(tr("Prefers to be contacted by"),
                        esc(text::PeopleText::term(people::Vocabulary::contactPreferences(),
                                                   person.contactPreference)));
    }
    html += u"</table>"_s;

    // Why.
    if (!referral.needs.isEmpty()) {
        html += heading(tr("Needs"));
        html += u"<ul style=\"margin-top:0; margin-bottom:0;\">"_s;
        for (const QString &need : referral.needs)
            html += u"<li>"_s + esc(text::PeopleText::need(need)) + u"</li>"_s;
        html += u"</ul>"_s;
    }
    if (!referral.note.trimmed().isEmpty()) {
        html += heading(tr("Reason for the referral"));
        html += u"<p style=\"margin-top:0;\">"_s + escLines(referral.note) + u"</p>"_s;
    }
    html += heading(tr("Urgency and answer"));
    html += tableStart();
    html += row(tr("Urgency"), esc(text::ReferralText::urgencyLabel(referral.urgency)));
    if (referral.feedbackDue.isValid())
        html += row(tr("Answer expected by"), esc(longDate(referral.feedbackDue)));
    html += row(tr("Referral code"), u"<b>"_s + esc(code) + u"</b>"_s);
    html += u"</table>"_s;

    // What the letter rests on.
    html += heading(tr("Consent"));
    html += u"<p style=\"margin-top:0;\">"_s
        + esc(tr("The person gave the consent to: %1, on %2 (%3), on the privacy notice "
                 "version %4.")
                  .arg(text::PeopleText::consentPurpose(consent.purpose),
                       longDate(consent.givenAt.toLocalTime().date()),
                       text::PeopleText::consentMethod(consent.method).toLower(),
                       consent.textVersion))
        + u"</p>"_s;

    html += u"<p style=\"margin-top:14px;\">"_s
        + esc(tr("Please let us know whether the person has been taken on, quoting the "
                 "referral code. Thank you for your cooperation."))
        + u"</p>"_s;

    // Signature.
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:16px;\">"
            "<tr><td width=\"50%\"></td><td width=\"50%\">"_s;
    html += esc(tr("The operator")) + u"<br><b>"_s + esc(input.operatorName.trimmed())
        + u"</b><br><br><br>"_s + kSignatureBlank + u"</td></tr></table>"_s;
    html += u"</body></html>"_s;
    return html;
}

std::unique_ptr<QTextDocument> ReferralLetter::build(const Input &input)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(11);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(html(input));
    return document;
}

A4Layout ReferralLetter::layout(const Input &input)
{
    A4Layout layout;
    layout.title
        = tr("Referral %1").arg(text::ReferralText::referralCode(input.facts.referral.uid));
    layout.margins = QMarginsF(20, 15, 20, 12);
    layout.footerLeft = input.desk.name.trimmed();
    layout.footerRight
        = [code = text::ReferralText::referralCode(input.facts.referral.uid)](int page, int pages) {
              return tr("Referral %1 · page %2 of %3").arg(code).arg(page).arg(pages);
          };
    return layout;
}

void ReferralLetter::print(const Input &input, QPrinter &printer)
{
    std::unique_ptr<QTextDocument> document = build(input);
    [[maybe_unused]] const bool printed = printA4(*document, printer, layout(input));
}

bool ReferralLetter::writePdf(const Input &input, const QString &path)
{
    std::unique_ptr<QTextDocument> document = build(input);
    return writeA4Pdf(*document, path, layout(input));
}

} // namespace sportello::ui
