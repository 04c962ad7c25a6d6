// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/reporttext.h"

#include "catalogue/taxonomy.h"
#include "people/vocabulary.h"
#include "referrals/referralstate.h"
#include "text/cataloguetext.h"
#include "text/peopletext.h"
#include "text/referraltext.h"
#include "wire/record.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sportello::text {

QString ReportText::title(const QString &id)
{
    if (id == u"sessions.type")
        return tr("Sessions by type");
    if (id == u"sessions.channel")
        return tr("Sessions by channel");
    if (id == u"sessions.month")
        return tr("Sessions by month");
    if (id == u"needs.macro")
        return tr("Needs by area");
    if (id == u"needs.micro")
        return tr("Needs in detail");
    if (id == u"services.top")
        return tr("Services suggested most");
    if (id == u"services.category")
        return tr("Categories of the services suggested");
    if (id == u"referrals.destination")
        return tr("Referrals by destination");
    if (id == u"referrals.state")
        return tr("Referrals sent, by state");
    if (id == u"referrals.outcome")
        return tr("Referrals by final outcome");
    if (id == u"facilitation.ambito")
        return tr("Digital facilitation by area");
    if (id == u"facilitation.kind")
        return tr("Digital facilitation by kind");
    if (id == u"facilitation.goal")
        return tr("Digital facilitation: goal reached");
    if (id == u"people.age")
        return tr("People by age band");
    if (id == u"people.gender")
        return tr("People by gender");
    if (id == u"people.citizenship")
        return tr("People by citizenship");
    if (id == u"people.comune")
        return tr("People by comune of residence");
    if (id == u"facilita.age")
        return tr("People by age band");
    if (id == u"facilita.gender")
        return tr("People by sex");
    if (id == u"facilita.education")
        return tr("People by education");
    if (id == u"facilita.employment")
        return tr("People by employment");
    if (id == u"facilita.service")
        return tr("Sessions by type of service");
    if (id == u"facilita.ambito")
        return tr("Sessions by area");
    return id;
}

QString ReportText::rowLabel(const reports::Breakdown &table, int row)
{
    using people::Vocabulary;
    const QString &id = table.id;
    const QString code = table.codes.value(row);
    if (!table.labels.isEmpty())
        return table.labels.value(row, code);
    if (id == u"sessions.type")
        return PeopleText::term(Vocabulary::sessionTypes(), code);
    if (id == u"sessions.channel")
        return PeopleText::term(Vocabulary::sessionChannels(), code);
    if (id == u"sessions.month") {
        const QDate month = QDate::fromString(code + u"-01"_s, Qt::ISODate);
        return month.isValid() ? QLocale().toString(month, u"MMMM yyyy"_s) : code;
    }
    if (id == u"needs.macro" || id == u"needs.micro")
        return PeopleText::need(code);
    if (id == u"services.category")
        return CatalogueText::label(catalogue::Taxonomy::categories(), code);
    if (id == u"referrals.destination")
        return ReferralText::destinationLabel(code);
    if (id == u"referrals.state") {
        referrals::State state = referrals::State::Bozza;
        return referrals::stateFromCode(code, &state) ? ReferralText::stateLabel(state) : code;
    }
    if (id == u"referrals.outcome")
        return ReferralText::finalOutcomeLabel(code);
    if (id == u"facilitation.ambito")
        return PeopleText::term(Vocabulary::digitalAmbiti(), code);
    if (id == u"facilitation.kind")
        return PeopleText::term(Vocabulary::facilitationKinds(), code);
    if (id == u"facilitation.goal")
        return code == u"RAGGIUNTO" ? tr("Reached")
                                    : (code == u"NON_RAGGIUNTO" ? tr("Not reached") : code);
    if (id == u"people.age")
        return code == QLatin1StringView(wire::kNotStated) ? tr("Not known") : code;
    if (id == u"people.gender")
        return PeopleText::term(Vocabulary::genders(), code);
    if (id == u"people.citizenship")
        return PeopleText::term(Vocabulary::citizenships(), code);
    if (id == u"people.comune")
        return PeopleText::term(Vocabulary::residences(), code);
    return code;
}

QString ReportText::comune(const QString &code)
{
    if (code == QLatin1StringView(wire::kNotStated))
        return tr("Not known (anonymous walk-ins)");
    return PeopleText::term(people::Vocabulary::residences(), code);
}

QString ReportText::unmetReason(const reports::UnmetNeed &need)
{
    if (need.noService && need.noAnswer)
        return tr("no service for it in the catalogue for this comune, and no answer available");
    if (need.noService)
        return tr("no service for it in the catalogue for this comune");
    return tr("no answer available at the session");
}

QString ReportText::period(const reports::Period &period)
{
    return tr("%1 – %2").arg(period.from.toString(u"dd/MM/yyyy"_s),
                             period.to.toString(u"dd/MM/yyyy"_s));
}

} // namespace sportello::text
