// SPDX-License-Identifier: GPL-3.0-or-later
#include "referralactions.h"

#include "print/savepdf.h"
#include "prompter.h"
#include "referralletter.h"
#include "services/catalogueservice.h"
#include "services/referralservice.h"
#include "text/errortext.h"
#include "text/referraltext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sportello::ui {

// The translated sentences of the referral actions.
class ReferralActions final
{
    Q_DECLARE_TR_FUNCTIONS(ReferralActions)

public:
    [[nodiscard]] static QString title() { return tr("Referral letter"); }
    [[nodiscard]] static QString noConsent()
    {
        return tr("The person's consent to send an identified referral is not recorded. Record "
                  "it on the person's page first; no letter was written.");
    }
};

QString referralTargetName(const catalogue::ReferralTarget &target)
{
    return target.organizationName.isEmpty()
        ? target.name
        : QString(target.name + u" — "_s + target.organizationName);
}

QString saveReferralLetter(QWidget *parent, services::ReferralService &service, Prompter &prompter,
                           qint64 referralId, const LetterContext &context)
{
    auto facts = service.letter(context.actor, referralId);
    if (!facts) {
        prompter.warn(parent, ReferralActions::title(),
                      facts.code() == ErrorCode::ConsentMissing
                          ? ReferralActions::noConsent()
                          : text::ErrorText::message(facts.error()));
        return {};
    }
    ReferralLetter::Input input;
    input.facts = std::move(*facts);
    input.desk = context.desk;
    input.operatorName = context.actor.displayName;
    input.destination = text::ReferralText::destinationLabel(input.facts.referral.destinationType);
    input.date = context.date;
    if (context.catalogue) {
        // A catalogue that cannot be read only loses the concrete name, not the letter.
        const auto target = context.catalogue->referralTarget(input.facts.referral.destinationUid);
        if (target && *target)
            input.destinationName = referralTargetName(**target);
    }
    // No name in the file name: the file may be left in a shared folder.
    const QString suggested = documentsPath(
        u"segnalazione-"_s + text::ReferralText::referralCode(input.facts.referral.uid) + u'-'
        + context.date.toString(Qt::ISODate) + u".pdf"_s);
    return savePdfAs(
        prompter, parent, ReferralActions::title(), suggested,
        [&input](const QString &path) { return ReferralLetter::writePdf(input, path); });
}

} // namespace sportello::ui
