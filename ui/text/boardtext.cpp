// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/boardtext.h"

using namespace Qt::StringLiterals;

namespace sportello::text {

namespace {

// "10" on the hour, "10:30" otherwise; the end of the day is 24.
QString hourText(const QTime &time)
{
    if (!time.isValid())
        return u"24"_s;
    return time.minute() == 0 ? QString::number(time.hour()) : time.toString(u"H:mm"_s);
}

} // namespace

QString BoardText::categoryLabel(board::Category category)
{
    using board::Category;
    switch (category) {
    case Category::Trasporto:
        return tr("Transport");
    case Category::Pedibus:
        return tr("Walking bus to school");
    case Category::AttivitaSportive:
        return tr("Sports activities");
    case Category::Doposcuola:
        return tr("After-school activities");
    case Category::FornituraAlimenti:
        return tr("Food supplies");
    case Category::MensaSociale:
        return tr("Community meals");
    case Category::RitiroRicette:
        return tr("Collecting prescriptions");
    case Category::ConsegnaFarmaci:
        return tr("Medicines delivered at home");
    case Category::AccompagnamentoCommissioni:
        return tr("Company for small errands");
    case Category::AccompagnamentoFunzioniReligiose:
        return tr("Company to religious services");
    case Category::Compagnia:
        return tr("Company");
    case Category::TeleConforto:
        return tr("Comfort calls");
    case Category::Altro:
        return tr("Other");
    }
    return board::categoryCode(category);
}

QString BoardText::postKindLabel(board::PostKind kind)
{
    return kind == board::PostKind::Offer ? tr("Offer") : tr("Request");
}

QString BoardText::forWhomLabel(board::ForWhom who)
{
    switch (who) {
    case board::ForWhom::Self:
        return tr("For themselves");
    case board::ForWhom::FamilyMember:
        return tr("For a family member");
    case board::ForWhom::FollowedPerson:
        return tr("For a person the organization follows");
    }
    return board::forWhomCode(who);
}

QString BoardText::postStateLabel(board::PostState state)
{
    switch (state) {
    case board::PostState::Open:
        return tr("Open");
    case board::PostState::Paused:
        return tr("Paused");
    case board::PostState::Closed:
        return tr("Closed");
    }
    return board::postStateCode(state);
}

QString BoardText::matchStateLabel(board::MatchState state)
{
    switch (state) {
    case board::MatchState::Proposta:
        return tr("Proposed");
    case board::MatchState::Accettata:
        return tr("Accepted by both");
    case board::MatchState::InCorso:
        return tr("Under way");
    case board::MatchState::Conclusa:
        return tr("Concluded");
    case board::MatchState::Annullata:
        return tr("Cancelled");
    }
    return board::matchStateCode(state);
}

QString BoardText::cancelReasonLabel(const QString &code)
{
    if (code == u"RIFIUTATA")
        return tr("Declined");
    if (code == u"NON_PIU_NECESSARIO")
        return tr("No longer needed");
    if (code == u"NON_DISPONIBILE")
        return tr("No longer available");
    if (code == u"IMPREVISTO")
        return tr("Something came up");
    if (code == u"ALTRO")
        return tr("Another reason");
    return code;
}

QString BoardText::feedbackOutcomeLabel(const QString &code)
{
    if (code == u"SVOLTO")
        return tr("Done");
    if (code == u"PARZIALE")
        return tr("Partly done");
    if (code == u"NON_SVOLTO")
        return tr("Not done");
    return code;
}

QString BoardText::nearnessLabel(board::Nearness nearness)
{
    switch (nearness) {
    case board::Nearness::SameNeighbourhood:
        return tr("same neighbourhood");
    case board::Nearness::SameComune:
        return tr("same comune");
    case board::Nearness::NeighbouringComune:
        return tr("neighbouring comune");
    }
    return {};
}

QString BoardText::weekdayName(int weekday)
{
    switch (weekday) {
    case 1:
        return tr("Monday");
    case 2:
        return tr("Tuesday");
    case 3:
        return tr("Wednesday");
    case 4:
        return tr("Thursday");
    case 5:
        return tr("Friday");
    case 6:
        return tr("Saturday");
    case 7:
        return tr("Sunday");
    default:
        return {};
    }
}

QString BoardText::explanation(const board::Suggestion &suggestion)
{
    const board::Overlap &when = suggestion.when;
    const QString where = nearnessLabel(suggestion.nearness);
    const QString day = when.date.isValid()
        ? tr("%1 %2", "weekday, day/month")
              .arg(weekdayName(when.weekday), when.date.toString(u"d/M"_s))
        : weekdayName(when.weekday);
    if (when.anyTime)
        return tr("%1, %2, any time", "nearness, day").arg(where, day);
    return tr("%1, %2 %3–%4", "nearness, day, from, to")
        .arg(where, day, hourText(when.from), hourText(when.to));
}

} // namespace sportello::text
