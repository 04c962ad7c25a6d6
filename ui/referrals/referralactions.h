// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"
#include "security/account.h"
#include "security/permissions.h"
#include "support/result.h"

#include <QDate>
#include <QString>

class QWidget;

namespace sportello::services {
class CatalogueService;
class PersonFiles;
class ReferralService;
} // namespace sportello::services

namespace sportello::ui {

class Prompter;

// What the referral letter needs besides the referral itself.
struct LetterContext
{
    security::Actor actor; // who asks for the letter; signs it
    security::DeskIdentity desk; // the letterhead
    QDate date; // printed on the letter: today
    // Names the concrete destination (Referral::destinationUid); may be null.
    const services::CatalogueService *catalogue = nullptr;
    // Records a letter saved to disk, so that erasing the person lists it; may be null.
    services::PersonFiles *files = nullptr;
};

// Writes the identified referral letter of `referralId` as a PDF. Asks the service for the
// letter's facts (audited as an export); without the consent to send in force it explains
// that the consent must be recorded on the person's page first, and writes nothing. Any other
// refusal is shown through ErrorText. Asks where to save in a file dialog (the suggested name
// carries the referral code and the date, never the person's name; see savePdfAs). Returns the
// path written, empty when nothing was written.
QString saveReferralLetter(QWidget *parent, services::ReferralService &service, Prompter &prompter,
                           qint64 referralId, const LetterContext &context);
// The letter as the desk hands it over: printed by default, saved as a PDF only when the
// operator chooses to (deliverIdentified); a saved file is recorded through context.files.
// Returns the path saved, empty when printed or nothing was done.
QString deliverReferralLetter(QWidget *parent, services::ReferralService &service,
                              Prompter &prompter, qint64 referralId, const LetterContext &context);

// How lists and the letter name a catalogue entry: "Service — Organization" for a service.
[[nodiscard]] QString referralTargetName(const catalogue::ReferralTarget &target);

} // namespace sportello::ui
