// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sportello::people {

// The minimal record of a person received at the desk. The personal fields are sealed by the
// vault at rest; the coded fields are plain codes (see Vocabulary) so reports can count them.
struct Person
{
    qint64 id = 0;
    // Personal (encrypted).
    QString givenName;
    QString familyName;
    QString codiceFiscale; // normalized; empty when not known
    QString phone;
    QString email;
    QString address;
    // Coded.
    int birthYear = 0; // 0: not known
    QDate birthDate; // only when known (e.g. from the codice fiscale)
    QString gender = QString::fromLatin1(answer::kNotAsked);
    QString residence = QString::fromLatin1(answer::kNotAsked); // ISTAT code, ALTRO or answer
    QString citizenship = QString::fromLatin1(answer::kNotAsked);
    QString householdType = QString::fromLatin1(answer::kNotAsked);
    int householdSize = count::kNotAsked;
    int minors = count::kNotAsked;
    QString employment = QString::fromLatin1(answer::kNotAsked);
    QString education = QString::fromLatin1(answer::kNotAsked);
    QString language = QStringLiteral("it"); // handout language
    QString contactPreference = QString::fromLatin1(answer::kNotAsked);
    // Bookkeeping.
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    qint64 createdBy = 0;

    [[nodiscard]] QString displayName() const; // "Given Family"
};

enum class ConsentPurpose {
    PersonalData, // recording the person's data at the desk
    SpecialCategories, // art. 9/10 needs
    IdentifiedReferral, // an identified referral letter to Social Services
    PhoneContact, // being called back by phone
    Board, // a request or offer on the neighbourhood board entered for the person
};
enum class ConsentMethod { SignedForm, VerbalScripted };

[[nodiscard]] QString consentPurposeCode(ConsentPurpose purpose);
[[nodiscard]] bool consentPurposeFromCode(const QString &code, ConsentPurpose *purpose);
[[nodiscard]] QString consentMethodCode(ConsentMethod method);
[[nodiscard]] bool consentMethodFromCode(const QString &code, ConsentMethod *method);
[[nodiscard]] const QList<ConsentPurpose> &allConsentPurposes();

// A consent as data: what for, when, how and on which version of the notice; revocable.
struct Consent
{
    qint64 id = 0;
    qint64 personId = 0;
    ConsentPurpose purpose = ConsentPurpose::PersonalData;
    ConsentMethod method = ConsentMethod::SignedForm;
    QDateTime givenAt; // UTC
    QString textVersion; // version of the privacy notice shown or read
    qint64 recordedBy = 0;
    QDateTime revokedAt; // null while in force
    qint64 revokedBy = 0;

    [[nodiscard]] bool inForce() const { return !revokedAt.isValid(); }
};

// A catalogue service discussed in a session, with the catalogue version the desk had then.
struct DiscussedService
{
    QString serviceUid;
    QString serviceName; // as it was named then
    qint64 catalogueVersion = 0;
};

// Facilitation fields, only for FACDIG sessions.
struct Facilitation
{
    QString kind; // IND, GRP, ONL
    QStringList ambiti;
    enum class Goal { NotSet, Reached, NotReached } goal = Goal::NotSet;
    QString failureReason; // code of Vocabulary::facilitationFailures() when NotReached
};

// A listening session (colloquio), for a person or an anonymous walk-in (personId 0).
struct Session
{
    qint64 id = 0;
    QString uid; // random UUID, stable across exports
    qint64 personId = 0; // 0: anonymous walk-in
    QDateTime startedAt; // UTC
    int durationMinutes = 0;
    QString deskCode;
    qint64 operatorId = 0;
    QString type = QStringLiteral("ORIENT");
    QString channel = QStringLiteral("PRES");
    QString arrival = QStringLiteral("SPONT");
    QStringList needs; // codes of Vocabulary::needs()
    QString otherNeedLabel; // for ALT.ALTRO; encrypted, never synced
    QList<DiscussedService> services;
    QStringList outcomes;
    QString notes; // encrypted
    QString nextStep; // encrypted
    Facilitation facilitation;
    QDateTime createdAt; // UTC
};

// A call-back or check to do by a date.
struct FollowUp
{
    qint64 id = 0;
    qint64 personId = 0; // 0 for an anonymous walk-in's session follow-up
    qint64 sessionId = 0; // 0 when not from a session
    QDate due;
    QString note; // encrypted
    qint64 assigneeId = 0; // operator
    QDateTime createdAt; // UTC
    qint64 createdBy = 0;
    QDateTime doneAt; // null while open
    qint64 doneBy = 0;
    QString outcome; // code of Vocabulary::followUpOutcomes() when done
    QString outcomeNote; // encrypted

    [[nodiscard]] bool isOpen() const { return !doneAt.isValid(); }
};

// One line of a person's timeline.
struct TimelineEntry
{
    enum class Kind { Session, FollowUpDue, FollowUpDone, ConsentGiven, ConsentRevoked, Referral };
    Kind kind = Kind::Session;
    QDateTime at; // UTC; for a due follow-up, the start of its due day
    qint64 recordId = 0;
    qint64 operatorId = 0;
    // Codes describing the entry: session type and need codes; consent purpose; follow-up
    // outcome; referral destination and status.
    QStringList codes;
    QString text; // decrypted note or next step, when the viewer may see it
};

// Follow-ups to do, as the "Da ricontattare" queue shows them.
struct FollowUpQueue
{
    QList<FollowUp> overdue; // due before today, oldest first
    QList<FollowUp> today;
    QList<FollowUp> upcoming; // due after today, soonest first
};

// Someone already recorded who may be the person about to be created.
struct DuplicateCandidate
{
    enum class Reason { SameCodiceFiscale, SameName, SimilarName };
    qint64 personId = 0;
    Reason reason = Reason::SameName;
    QString givenName;
    QString familyName;
    int birthYear = 0;
    bool sameBirthYear = false;
};

} // namespace sportello::people
