// SPDX-License-Identifier: GPL-3.0-or-later
#include "subjectaccessdocument.h"

#include "people/personfile.h"
#include "print/a4print.h"
#include "print/savepdf.h"
#include "prompter.h"
#include "services/personfiles.h"
#include "services/subjectaccessservice.h"
#include "text/audittext.h"
#include "text/errortext.h"
#include "text/peopletext.h"
#include "text/referraltext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {

using people::Vocabulary;
using text::PeopleText;
using text::ReferralText;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Escaped, with the line breaks the operator typed kept.
QString escLines(const QString &text)
{
    return esc(text.trimmed()).replace(u'\n', u"<br>"_s);
}

QString day(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, u"d MMMM yyyy"_s) : QString();
}

QString moment(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), u"d MMMM yyyy, HH:mm"_s) : QString();
}

QString heading(const QString &text)
{
    return u"<h2 style=\"font-size:14pt; margin-top:16px; margin-bottom:4px;\">"_s + esc(text)
        + u"</h2>"_s;
}

QString subheading(const QString &text)
{
    return u"<p style=\"font-size:12pt; margin-top:10px; margin-bottom:2px;\"><b>"_s + esc(text)
        + u"</b></p>"_s;
}

QString paragraph(const QString &text)
{
    return u"<p style=\"margin-top:2px; margin-bottom:4px;\">"_s + esc(text) + u"</p>"_s;
}

// Rows of label and value; an empty value is left out, so the table shows what is held.
class Table
{
public:
    void add(const QString &label, const QString &value, bool multiline = false)
    {
        if (value.trimmed().isEmpty())
            return;
        m_rows += u"<tr><td width=\"30%\" style=\"color:#444;\">"_s + esc(label)
            + u"</td><td width=\"70%\">"_s + (multiline ? escLines(value) : esc(value))
            + u"</td></tr>"_s;
    }
    [[nodiscard]] QString html() const
    {
        return m_rows.isEmpty() ? QString()
                                : u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s
                + m_rows + u"</table>"_s;
    }

private:
    QString m_rows;
};

QString terms(const QList<people::Term> &list, const QStringList &codes)
{
    QStringList labels;
    for (const QString &code : codes)
        labels.append(PeopleText::term(list, code));
    return labels.join(u"; "_s);
}

QString needs(const QStringList &codes)
{
    QStringList labels;
    for (const QString &code : codes)
        labels.append(PeopleText::need(code));
    return labels.join(u"; "_s);
}

QString personSection(const people::Person &p)
{
    Table t;
    t.add(SubjectAccessDocument::tr("Name"), p.displayName());
    t.add(SubjectAccessDocument::tr("Codice fiscale"), p.codiceFiscale);
    t.add(SubjectAccessDocument::tr("Date of birth"), day(p.birthDate));
    if (!p.birthDate.isValid() && p.birthYear > 0)
        t.add(SubjectAccessDocument::tr("Year of birth"), QString::number(p.birthYear));
    t.add(SubjectAccessDocument::tr("Gender"), PeopleText::term(Vocabulary::genders(), p.gender));
    t.add(SubjectAccessDocument::tr("Comune of residence"),
          PeopleText::term(Vocabulary::residences(), p.residence));
    t.add(SubjectAccessDocument::tr("Citizenship"),
          PeopleText::term(Vocabulary::citizenships(), p.citizenship));
    t.add(SubjectAccessDocument::tr("Household"),
          PeopleText::term(Vocabulary::householdTypes(), p.householdType));
    t.add(SubjectAccessDocument::tr("People in the household"),
          PeopleText::householdCount(p.householdSize));
    t.add(SubjectAccessDocument::tr("Minors in the household"),
          PeopleText::householdCount(p.minors));
    t.add(SubjectAccessDocument::tr("Employment"),
          PeopleText::term(Vocabulary::employment(), p.employment));
    t.add(SubjectAccessDocument::tr("Education"),
          PeopleText::term(Vocabulary::education(), p.education));
    t.add(SubjectAccessDocument::tr("Language of the handouts"),
          p.language.isEmpty() ? QString() : QLocale(p.language).nativeLanguageName());
    t.add(SubjectAccessDocument::tr("Phone"), p.phone);
    t.add(SubjectAccessDocument::tr("E-mail"), p.email);
    t.add(SubjectAccessDocument::tr("Address"), p.address);
    t.add(SubjectAccessDocument::tr("How to contact"),
          PeopleText::term(Vocabulary::contactPreferences(), p.contactPreference));
    t.add(SubjectAccessDocument::tr("Recorded on"), moment(p.createdAt));
    t.add(SubjectAccessDocument::tr("Last changed on"), moment(p.updatedAt));
    return heading(SubjectAccessDocument::tr("The record")) + t.html();
}

QString consentsSection(const QList<people::Consent> &consents)
{
    QString html = heading(SubjectAccessDocument::tr("Consents"));
    if (consents.isEmpty())
        return html + paragraph(SubjectAccessDocument::tr("No consent is recorded."));
    for (const people::Consent &c : consents) {
        Table t;
        t.add(SubjectAccessDocument::tr("Given on"), moment(c.givenAt));
        t.add(SubjectAccessDocument::tr("How"), PeopleText::consentMethod(c.method));
        t.add(SubjectAccessDocument::tr("Privacy notice version"), c.textVersion);
        t.add(SubjectAccessDocument::tr("State"),
              c.inForce() ? SubjectAccessDocument::tr("in force")
                          : SubjectAccessDocument::tr("revoked on %1").arg(moment(c.revokedAt)));
        html += subheading(PeopleText::consentPurpose(c.purpose)) + t.html();
    }
    return html;
}

QString sessionsSection(const QList<people::Session> &sessions)
{
    QString html = heading(SubjectAccessDocument::tr("Meetings at the desk"));
    if (sessions.isEmpty())
        return html + paragraph(SubjectAccessDocument::tr("No meeting is recorded."));
    for (const people::Session &s : sessions) {
        Table t;
        t.add(SubjectAccessDocument::tr("How"),
              PeopleText::term(Vocabulary::sessionChannels(), s.channel));
        t.add(SubjectAccessDocument::tr("Came through"),
              PeopleText::term(Vocabulary::arrivals(), s.arrival));
        if (s.durationMinutes > 0)
            t.add(SubjectAccessDocument::tr("Duration"),
                  SubjectAccessDocument::tr("%n minute(s)", nullptr, s.durationMinutes));
        t.add(SubjectAccessDocument::tr("Needs"), needs(s.needs));
        t.add(SubjectAccessDocument::tr("Other need"), s.otherNeedLabel);
        QStringList services;
        for (const people::DiscussedService &service : s.services)
            services.append(service.serviceName);
        t.add(SubjectAccessDocument::tr("Services suggested"), services.join(u"; "_s));
        t.add(SubjectAccessDocument::tr("Outcomes"), terms(Vocabulary::outcomes(), s.outcomes));
        if (!s.facilitation.kind.isEmpty()) {
            t.add(SubjectAccessDocument::tr("Digital facilitation"),
                  PeopleText::term(Vocabulary::facilitationKinds(), s.facilitation.kind));
            t.add(SubjectAccessDocument::tr("Services used"),
                  terms(Vocabulary::digitalAmbiti(), s.facilitation.ambiti));
        }
        t.add(SubjectAccessDocument::tr("Notes"), s.notes, true);
        t.add(SubjectAccessDocument::tr("Next step"), s.nextStep, true);
        html += subheading(moment(s.startedAt) + u" — "_s
                           + PeopleText::term(Vocabulary::sessionTypes(), s.type))
            + t.html();
    }
    return html;
}

QString followUpsSection(const QList<people::FollowUp> &followUps)
{
    if (followUps.isEmpty())
        return {};
    QString html = heading(SubjectAccessDocument::tr("Calls back"));
    for (const people::FollowUp &f : followUps) {
        Table t;
        t.add(SubjectAccessDocument::tr("Note"), f.note, true);
        t.add(SubjectAccessDocument::tr("Done on"), moment(f.doneAt));
        if (!f.outcome.isEmpty())
            t.add(SubjectAccessDocument::tr("Outcome"),
                  PeopleText::term(Vocabulary::followUpOutcomes(), f.outcome));
        t.add(SubjectAccessDocument::tr("Note on the outcome"), f.outcomeNote, true);
        html += subheading(SubjectAccessDocument::tr("Due on %1").arg(day(f.due))) + t.html();
    }
    return html;
}

QString referralsSection(const QList<rights::ReferralRecord> &records)
{
    if (records.isEmpty())
        return {};
    QString html = heading(SubjectAccessDocument::tr("Referrals"));
    for (const rights::ReferralRecord &record : records) {
        const referrals::Referral &r = record.referral;
        Table t;
        t.add(SubjectAccessDocument::tr("Kind"), ReferralText::kindLabel(r.kind));
        t.add(SubjectAccessDocument::tr("State"), ReferralText::stateLabel(r.state));
        t.add(SubjectAccessDocument::tr("Needs"), needs(r.needs));
        t.add(SubjectAccessDocument::tr("Urgency"), ReferralText::urgencyLabel(r.urgency));
        t.add(SubjectAccessDocument::tr("Note for the destination"), r.note, true);
        if (!r.finalOutcome.isEmpty())
            t.add(SubjectAccessDocument::tr("Final outcome"),
                  ReferralText::finalOutcomeLabel(r.finalOutcome));
        t.add(SubjectAccessDocument::tr("Created on"), moment(r.createdAt));
        QStringList moves;
        for (const referrals::TransitionRecord &move : record.history) {
            QString line = moment(move.at) + u": "_s + ReferralText::stateLabel(move.to);
            if (!move.reason.isEmpty())
                line += u" ("_s + ReferralText::reasonLabel(move.reason) + u')';
            moves.append(line);
        }
        t.add(SubjectAccessDocument::tr("History"), moves.join(u'\n'), true);
        html += subheading(
                    ReferralText::destinationLabel(r.destinationType) + u" — "_s
                    + SubjectAccessDocument::tr("code %1").arg(ReferralText::referralCode(r.uid)))
            + t.html();
    }
    return html;
}

// Which of the person's records an audit row is about, in words.
QString auditEntity(const QString &type)
{
    if (type == u"person")
        return SubjectAccessDocument::tr("the record");
    if (type == u"consent")
        return SubjectAccessDocument::tr("a consent");
    if (type == u"consent_form")
        return SubjectAccessDocument::tr("the consent form");
    if (type == u"session")
        return SubjectAccessDocument::tr("a meeting");
    if (type == u"follow_up")
        return SubjectAccessDocument::tr("a call back");
    if (type == u"referral")
        return SubjectAccessDocument::tr("a referral");
    if (type == u"subject_access")
        return SubjectAccessDocument::tr("a copy of these data");
    return {};
}

QString auditSection(const QList<audit::AuditEntry> &rows)
{
    QString html = heading(SubjectAccessDocument::tr("Who consulted or changed these data"))
        + paragraph(SubjectAccessDocument::tr(
            "Every opening, change and export of these data is recorded in the "
            "desk's audit log, by a member of the desk's staff."));
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (const audit::AuditEntry &row : rows) {
        QString what = text::AuditText::action(row.action);
        if (const QString entity = auditEntity(row.entityType); !entity.isEmpty())
            what = SubjectAccessDocument::tr("%1: %2").arg(what, entity);
        if (row.outcome != u"ok")
            what += u" — "_s + text::AuditText::outcome(row.outcome);
        html += u"<tr><td width=\"30%\" style=\"color:#444;\">"_s + esc(moment(row.at))
            + u"</td><td width=\"70%\">"_s + esc(what) + u"</td></tr>"_s;
    }
    return html + u"</table>"_s;
}

} // namespace

QString SubjectAccessDocument::html(const rights::SubjectAccessReport &report)
{
    const security::DeskIdentity &desk = report.desk;
    QString html = u"<html><body style=\"font-size:10.5pt;\">"_s;
    html += u"<h1 style=\"font-size:18pt; margin-bottom:2px;\">"_s
        + esc(tr("Personal data held by %1").arg(desk.name.trimmed())) + u"</h1>"_s;
    QStringList deskLines;
    if (!desk.organization.trimmed().isEmpty())
        deskLines.append(desk.organization.trimmed());
    for (const QString &contact : desk.contacts) {
        if (!contact.trimmed().isEmpty())
            deskLines.append(contact.trimmed());
    }
    if (!deskLines.isEmpty())
        html += paragraph(deskLines.join(u" · "_s));
    html += paragraph(tr("Prepared on %1 for %2, who asked for a copy of their data (articles 15 "
                         "and 20 of the GDPR). A file with the same content in JSON format, for "
                         "use with other programs, comes with this document.")
                          .arg(moment(report.generatedAt), report.person.displayName()));

    html += personSection(report.person);
    html += consentsSection(report.consents);
    html += sessionsSection(report.sessions);
    html += followUpsSection(report.followUps);
    html += referralsSection(report.referrals);
    html += auditSection(report.audit);

    html += heading(tr("How long these data are kept"));
    html += paragraph(tr("The desk keeps a person's data for %n month(s) after the last contact. "
                         "The last contact was on %1: unless there is a new one, these data "
                         "will be removed on %2. Meetings and referrals then stay in the "
                         "statistics without the person.",
                         nullptr, report.retentionMonths)
                          .arg(day(report.lastContact.date()), day(report.expiresAt.date())));
    html += heading(tr("Your rights"));
    html += paragraph(tr("You can ask the desk to correct these data, to erase them, to limit "
                         "their use or to withdraw any consent at any time. Data sent to the "
                         "district hub contain no name, no codice fiscale, no contact and no "
                         "notes. You can also lodge a complaint with the Garante per la "
                         "protezione dei dati personali (www.garanteprivacy.it)."));
    html += u"</body></html>"_s;
    return html;
}

std::unique_ptr<QTextDocument>
SubjectAccessDocument::build(const rights::SubjectAccessReport &report)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(10.5);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(html(report));
    return document;
}

A4Layout SubjectAccessDocument::layout(const rights::SubjectAccessReport &report)
{
    A4Layout layout;
    layout.title = tr("Personal data held by the desk");
    layout.footerLeft = report.desk.name.trimmed();
    layout.footerRight
        = [date = day(report.generatedAt.toLocalTime().date())](int page, int pages) {
              return tr("Prepared on %1 · page %2 of %3").arg(date).arg(page).arg(pages);
          };
    return layout;
}

bool SubjectAccessDocument::writePdf(const rights::SubjectAccessReport &report, const QString &path)
{
    std::unique_ptr<QTextDocument> document = build(report);
    return writeA4Pdf(*document, path, layout(report));
}

bool SubjectAccessDocument::writeJson(const rights::SubjectAccessReport &report,
                                      const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray json = QJsonDocument(rights::subjectAccessJson(report)).toJson();
    return file.write(json) == json.size() && file.commit();
}

QString SubjectAccessDocument::jsonPathFor(const QString &pdfPath)
{
    const QFileInfo info(pdfPath);
    const QString base = info.suffix().compare(u"pdf"_s, Qt::CaseInsensitive) == 0
        ? info.completeBaseName()
        : info.fileName();
    return info.dir().filePath(base + u".json"_s);
}

QString saveSubjectAccessExport(QWidget *parent, services::SubjectAccessService &service,
                                Prompter &prompter, const security::Actor &actor, qint64 personId,
                                services::PersonFiles *files)
{
    const QString title = SubjectAccessDocument::tr("Export the person's data");
    // The file name carries the record's number, never the name (decision 13).
    const auto pdfPath = askPdfPath(
        prompter, parent, title,
        documentsPath(SubjectAccessDocument::tr("personal-data-%1.pdf").arg(personId)));
    if (!pdfPath)
        return {};
    const QString jsonPath = SubjectAccessDocument::jsonPathFor(*pdfPath);
    if (QFileInfo::exists(jsonPath)
        && !prompter.confirm(parent, title,
                             SubjectAccessDocument::tr("The file %1 already exists. Replace it?")
                                 .arg(QDir::toNativeSeparators(jsonPath))))
        return {};
    // Gathered (and audited) only once there is somewhere to write it.
    auto report = service.report(actor, personId);
    if (!report) {
        prompter.warn(parent, title, text::ErrorText::message(report.error()));
        return {};
    }
    if (!SubjectAccessDocument::writePdf(*report, *pdfPath)) {
        prompter.warn(parent, title, unwritablePdfMessage(*pdfPath));
        return {};
    }
    if (!SubjectAccessDocument::writeJson(*report, jsonPath)) {
        // Half an export is none: the PDF goes too.
        QFile::remove(*pdfPath);
        prompter.warn(parent, title,
                      SubjectAccessDocument::tr("The data file could not be written to %1.")
                          .arg(QDir::toNativeSeparators(jsonPath)));
        return {};
    }
    makeOwnerOnly(*pdfPath);
    makeOwnerOnly(jsonPath);
    if (files) {
        for (const QString &path : {*pdfPath, jsonPath}) {
            if (auto recorded = files->recordWritten(
                    actor, personId, QString::fromLatin1(people::kFileSubjectAccess), path);
                !recorded) {
                prompter.warn(parent, title, text::ErrorText::message(recorded.error()));
                break;
            }
        }
    }
    return *pdfPath;
}

} // namespace sportello::ui
