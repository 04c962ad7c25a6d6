// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicehtml.h"

#include "catalogue/taxonomy.h"
#include "text/cataloguetext.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;
using sportello::text::CatalogueText;

namespace sportello::ui {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString section(const QString &title, const QString &body)
{
    if (body.isEmpty())
        return {};
    return u"<h3>"_s + esc(title) + u"</h3>"_s + body;
}

QString list(const QStringList &items, const QString &tag = u"ul"_s)
{
    if (items.isEmpty())
        return {};
    QString html = u'<' + tag + u'>';
    for (const QString &item : items)
        html += u"<li>"_s + esc(item) + u"</li>"_s;
    return html + u"</"_s + tag + u'>';
}

QString ranges(const QList<TimeRange> &list)
{
    QStringList parts;
    for (const TimeRange &range : list)
        parts.append(range.from.toString(u"HH:mm"_s) + u"–"_s + range.to.toString(u"HH:mm"_s));
    return parts.join(u", "_s);
}

QString badge(const QString &text, const QString &colour)
{
    return u"<span style=\"background:%1; color:#000;\">&nbsp;%2&nbsp;</span> "_s.arg(colour,
                                                                                      esc(text));
}
} // namespace

QString ServiceHtml::render(const ServiceView &view)
{
    const Service &s = view.service;
    const QLocale locale;
    const QDate today = view.now.date();
    auto date = [&](const QDate &d) {
        return locale.toString(d, QLocale::ShortFormat);
    };
    QString html;

    html += u"<h2>"_s + esc(s.name) + u"</h2>"_s;
    if (view.organization)
        html += u"<p><b>"_s + esc(view.organization->name) + u"</b> · "_s
            + esc(CatalogueText::label(Taxonomy::organizationKinds(),
                                       Taxonomy::kindCode(view.organization->kind)))
            + u"</p>"_s;

    QString badges;
    if (s.status == ServiceStatus::TemporarilyClosed)
        badges += badge(tr("Temporarily closed"), u"#e06c6c"_s);
    if (s.status == ServiceStatus::Ended)
        badges += badge(tr("Ended"), u"#e06c6c"_s);
    if (s.callWindow.isSet())
        badges += s.callWindow.isOpenOn(today) ? badge(tr("Call open"), u"#6bbf7a"_s)
                                               : badge(tr("Call closed"), u"#e06c6c"_s);
    if (s.automatic)
        badges += badge(tr("Automatic: no application"), u"#9ab8d9"_s);
    if (isStale(s.verifiedOn, today))
        badges += badge(tr("Not verified for 12+ months"), u"#f5c242"_s);
    if (s.free)
        badges += badge(tr("Free"), u"#9ab8d9"_s);
    if (!badges.isEmpty())
        html += u"<p>"_s + badges + u"</p>"_s;
    if (s.status != ServiceStatus::Active && !s.statusNote.isEmpty())
        html += u"<p style=\"color:#a82323;\"><b>"_s + esc(s.statusNote) + u"</b></p>"_s;
    if (s.fromNetwork)
        html += u"<p style=\"background:#e3eefa;\">"_s
            + esc(tr("From the district's shared catalogue (rete): only the Ufficio di Piano "
                     "changes it."))
            + u"</p>"_s;
    if (s.demoValues || (view.organization && view.organization->demoValues))
        html += u"<p style=\"background:#fff4d6;\">"_s
            + esc(tr("Demo data (dati dimostrativi): addresses, hours and phone numbers of "
                     "this entry are made up."))
            + u"</p>"_s;

    if (view.eligibility) {
        const EligibilityResult &e = *view.eligibility;
        QStringList lines;
        for (const auto *reasons : {&e.failed, &e.missing, &e.passed}) {
            for (const EligibilityReason &reason : *reasons)
                lines.append(CatalogueText::reason(reason));
        }
        const QString colour = e.verdict == Verdict::LikelyEligible ? u"#1e7b34"_s
            : e.verdict == Verdict::NotEligible                     ? u"#a82323"_s
                                                                    : u"#8a5a00"_s;
        html += u"<h3 style=\"color:%1;\">"_s.arg(colour) + esc(CatalogueText::verdict(e.verdict))
            + u"</h3>"_s + list(lines);
    }

    html += section(tr("What it is"), u"<p>"_s + esc(s.description) + u"</p>"_s);

    QStringList rules;
    if (s.rules.minAge || s.rules.maxAge)
        rules.append(s.rules.minAge && s.rules.maxAge
                         ? tr("Age %1 to %2").arg(*s.rules.minAge).arg(*s.rules.maxAge)
                         : s.rules.minAge ? tr("Age %1 or more").arg(*s.rules.minAge)
                                          : tr("Age up to %1").arg(*s.rules.maxAge));
    if (!s.rules.comuni.isEmpty()) {
        QStringList names;
        for (const QString &code : s.rules.comuni)
            names.append(CatalogueText::comuneName(code));
        rules.append(tr("Residents of %1").arg(names.join(u", "_s)));
    }
    if (s.rules.isee) {
        QString line
            = tr("%1 up to %2 (from %3)")
                  .arg(CatalogueText::iseeType(s.rules.isee->type),
                       CatalogueText::money(s.rules.isee->maxCents), date(s.rules.isee->validFrom));
        if (s.rules.isee->altMaxCents > 0)
            line += u"; "_s
                + tr("up to %1 with %2 or more dependent children")
                      .arg(CatalogueText::money(s.rules.isee->altMaxCents))
                      .arg(s.rules.isee->altMinChildren);
        rules.append(line);
    }
    if (s.rules.householdAny)
        rules.append(tr("Household with %1").arg(CatalogueText::household(s.rules.householdAny)));
    if (s.rules.minHouseholdSize > 0)
        rules.append(tr("Household of at least %1 people").arg(s.rules.minHouseholdSize));
    if (s.rules.residencePermit)
        rules.append(tr("Non-EU citizens need a valid residence permit"));
    html += section(
        tr("Who can have it"),
        (s.eligibilityText.isEmpty() ? QString() : u"<p>"_s + esc(s.eligibilityText) + u"</p>"_s)
            + list(rules));

    QStringList documents;
    for (const NamedItem &document : s.documents)
        documents.append(u"☐ "_s + document.name);
    if (!documents.isEmpty())
        html
            += section(tr("Documents to bring"), u"<p>"_s + esc(documents.join(u'\n')) + u"</p>"_s);
    QStringList prerequisites;
    for (const NamedItem &item : s.prerequisites)
        prerequisites.append(item.name);
    html += section(tr("Needed before applying"), list(prerequisites));

    QString apply;
    if (s.automatic)
        apply += u"<p>"_s + esc(tr("No application is needed: it is granted automatically."))
            + u"</p>"_s;
    if (s.callWindow.isSet())
        apply += u"<p>"_s
            + esc(tr("Applications from %1 to %2")
                      .arg(s.callWindow.opens.isValid() ? date(s.callWindow.opens) : u"…"_s,
                           s.callWindow.closes.isValid() ? date(s.callWindow.closes) : u"…"_s))
            + u"</p>"_s;
    apply += list(s.applicationSteps, u"ol"_s);
    if (!s.waitTime.isEmpty())
        apply += u"<p>"_s + esc(tr("Waiting time: %1").arg(s.waitTime)) + u"</p>"_s;
    QStringList channels;
    for (const Channel &channel : s.channels)
        channels.append(
            CatalogueText::label(Taxonomy::channels(), Taxonomy::channelCode(channel.type))
            + (channel.details.isEmpty() ? QString() : u" — "_s + channel.details));
    apply += list(channels);
    html += section(tr("How to apply"), apply);

    QString where;
    for (const ServiceAtLocation &place : s.locations) {
        const auto it = view.locations.constFind(place.locationUid);
        if (it == view.locations.cend())
            continue;
        const Location &l = *it;
        where += u"<p><b>"_s + esc(l.name) + u"</b>"_s;
        if (l.confidential)
            where += u"<br><i>"_s + esc(tr("Confidential address: not shown or printed."))
                + u"</i>"_s;
        else if (!l.isVirtual)
            where += u"<br>"_s + esc(l.street + u", "_s + l.postalCode + u' ' + l.city);
        if (!place.description.isEmpty())
            where += u"<br>"_s + esc(place.description);
        if (!l.accessibility.isEmpty())
            where += u"<br>"_s + esc(tr("Accessibility: %1").arg(l.accessibility));
        if (!l.confidential) {
            for (const Phone &phone : l.phones)
                where += u"<br>"_s + esc(tr("Phone: %1").arg(phone.number));
        }
        if (!place.schedules.isEmpty() || !place.exceptions.isEmpty()) {
            const auto todayHours = hoursOn(place.schedules, place.exceptions, today);
            where += u"<br><b>"_s
                + esc(todayHours.isEmpty() ? tr("Today: closed")
                                           : tr("Today: %1").arg(ranges(todayHours)))
                + u"</b>"_s;
            for (const WeeklySchedule &schedule : place.schedules) {
                QStringList days;
                for (int day = 1; day <= 7; ++day) {
                    if (schedule.weekdays & weekdayBit(day))
                        days.append(locale.dayName(day, QLocale::ShortFormat));
                }
                QString line = days.join(u' ') + u' ' + schedule.opensAt.toString(u"HH:mm"_s)
                    + u"–"_s + schedule.closesAt.toString(u"HH:mm"_s);
                if (schedule.validFrom.isValid() || schedule.validTo.isValid())
                    line += u' '
                        + tr("(valid %1–%2)")
                              .arg(schedule.validFrom.isValid() ? date(schedule.validFrom) : u"…"_s,
                                   schedule.validTo.isValid() ? date(schedule.validTo) : u"…"_s);
                if (!schedule.description.isEmpty())
                    line += u" — "_s + schedule.description;
                where += u"<br>"_s + esc(line);
            }
            for (const ScheduleException &exception : place.exceptions) {
                if (exception.day < today || exception.day > today.addDays(60))
                    continue;
                const QString hours = exception.closed ? tr("closed")
                                                       : exception.opensAt.toString(u"HH:mm"_s)
                        + u"–"_s + exception.closesAt.toString(u"HH:mm"_s);
                where += u"<br>"_s
                    + esc(tr("%1: %2 %3").arg(date(exception.day), hours, exception.note));
            }
        }
        where += u"</p>"_s;
    }
    html += section(tr("Where and when"), where);

    QStringList costs;
    if (!s.feesDescription.isEmpty())
        costs.append(s.feesDescription);
    for (const CostOption &cost : s.costOptions)
        costs.append(cost.option + u": "_s + CatalogueText::money(qRound64(cost.amount * 100))
                     + (cost.description.isEmpty() ? QString() : u" — "_s + cost.description));
    html += section(tr("Cost"), list(costs));

    QStringList languages;
    for (const Language &language : s.languages)
        languages.append(language.name.isEmpty() ? language.code : language.name);
    QString spoken;
    if (!languages.isEmpty())
        spoken += u"<p>"_s + esc(languages.join(u", "_s)) + u"</p>"_s;
    if (!s.interpretationServices.isEmpty())
        spoken += u"<p>"_s + esc(tr("Interpreting: %1").arg(s.interpretationServices)) + u"</p>"_s;
    if (!spoken.isEmpty())
        html += section(tr("Languages spoken"), spoken);

    QStringList contacts;
    for (const Phone &phone : s.phones)
        contacts.append(
            phone.number
            + (phone.description.isEmpty() ? QString() : u" ("_s + phone.description + u')'));
    if (!s.email.isEmpty())
        contacts.append(s.email);
    if (!s.url.isEmpty())
        contacts.append(s.url);
    for (const Contact &contact : s.contacts) {
        QStringList parts {contact.name, contact.title, contact.department, contact.email};
        for (const Phone &phone : contact.phones)
            parts.append(phone.number);
        parts.removeAll(QString());
        contacts.append(parts.join(u" · "_s));
    }
    html += section(tr("Contacts"), list(contacts));

    QString source;
    if (!s.sourceUrl.isEmpty())
        source += u"<p>"_s
            + tr("Source: %1")
                  .arg(
                      u"<a href=\"%1\">%2</a>"_s.arg(s.sourceUrl.toHtmlEscaped(), esc(s.sourceUrl)))
            + u"</p>"_s;
    source += u"<p>"_s
        + esc(s.verifiedOn.isValid()
                  ? tr("Verified on %1 by %2").arg(date(s.verifiedOn), s.verifiedBy)
                  : tr("Never verified"))
        + u"</p>"_s;
    html += section(tr("Source and verification"), source);
    return html;
}

} // namespace sportello::ui
