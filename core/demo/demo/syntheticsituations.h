// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to syntheticdesk.cpp: the situations that bring synthetic people to the desk and the
// generic texts of their sessions.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sportello::demo::detail {

// What brings someone to the desk: needs that go together and catalogue services for them.
struct Situation
{
    QStringList needs;
    QStringList services; // uids in the demo catalogue
    bool digital = false; // mostly met by digital facilitation
    bool sensitive = false; // art. 9/10 needs
};

enum SituationIndex {
    Bills,
    NoIncome,
    Food,
    JobLoss,
    Housing,
    Homeless,
    Children,
    Elderly,
    Immigration,
    Health,
    MentalHealth,
    Justice,
    FamilyConflict,
    Digital,
    SituationCount
};

// The situations in SituationIndex order.
[[nodiscard]] QList<Situation> situations();

// Where a desk refers someone in `situation` (dest_tipo codes of taxonomy.md d), the likeliest
// first.
[[nodiscard]] QStringList referralDestinations(SituationIndex situation);

// Generic remarks (no personal details): sessions' free texts are sealed like any note, so the
// generator writes some too.
[[nodiscard]] const QStringList &sessionNotes();
[[nodiscard]] const QStringList &nextSteps();
[[nodiscard]] const QStringList &followUpNotes();
// Codes for digital-facilitation sessions.
[[nodiscard]] const QStringList &digitalAmbiti();
[[nodiscard]] const QStringList &facilitationFailures();

} // namespace sportello::demo::detail
