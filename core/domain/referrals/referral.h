// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "referrals/referralstate.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sportello::referrals {

// A logged referral records that the person was given the next steps, nothing was sent; a
// sent one follows the state machine.
enum class Kind { Logged, Sent };

struct Referral
{
    qint64 id = 0;
    QString uid; // random UUID
    qint64 personId = 0; // 0 once the person is erased
    qint64 sessionId = 0;
    Kind kind = Kind::Sent;
    QString destinationType; // destinationTypes()
    QString destinationUid; // catalogue organization or service, may be empty
    QStringList needs;
    QString urgency = QStringLiteral("ORD");
    State state = State::Bozza;
    QString finalOutcome;
    QDate feedbackDue;
    QString note; // for the destination; sealed, never synced
    QDateTime sentAt; // UTC, when it became INVIATA
    QDateTime takenOverAt; // UTC, PRESA_IN_CARICO
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 createdBy = 0;
    // The person's anonymized profile (anonymizedProfile()), kept once the person is erased;
    // empty while the person is on record.
    QJsonObject profile;
    // Whether the last move was a destination's answer received through the hub.
    bool lastMoveFromNetwork = false;
};

// One move, as the history shows it.
struct TransitionRecord
{
    State from = State::Bozza;
    State to = State::Bozza;
    QString reason;
    QDateTime at; // UTC
    qint64 by = 0;
    bool fromNetwork = false; // the destination's answer, received through the hub ("dalla rete")
};

// Which referrals a list shows; an empty field matches every referral.
struct ReferralFilter
{
    QList<State> states;
    QString destinationType;
    qint64 personId = 0;
    std::optional<Kind> kind;
    // When valid: only sent referrals awaiting feedback whose expected date is on or before it.
    QDate feedbackDueBy;
    qint64 createdBy = 0; // only this operator's (0: anyone's)
};

[[nodiscard]] QString kindCode(Kind kind); // REGISTRATA, INVIO

// What the identified referral letter prints: only ever built with the consent to send.
struct LetterFacts
{
    Referral referral;
    people::Person person;
    people::Consent consent; // the identified-referral consent in force
};

} // namespace sportello::referrals
