// SPDX-License-Identifier: GPL-3.0-or-later
#include "referralactions.h"

#include "people/personfile.h"
#include "print/identifieddocument.h"
#include "print/savepdf.h"
#include "prompter.h"
#include "referralletter.h"
#include "services/catalogueservice.h"
#include "services/personfiles.h"
#include "services/referralservice.h"
#include "text/errortext.h"
#include "text/referraltext.h"

#include <QCoreApplication>

#include <optional>

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

namespace {

// The letter's contents, or nothing (the reason shown) when it cannot be written.
std::optional<ReferralLetter::Input> letterInput(QWidget *parent,
                                                 services::ReferralService &service,
                                                 Prompter &prompter, qint64 referralId,
                                                 const LetterContext &context)
{
    auto facts = service.letter(context.actor, referralId);
    if (!facts) {
        prompter.warn(parent, ReferralActions::title(),
                      facts.code() == ErrorCode::ConsentMissing
                          ? ReferralActions::noConsent()
                          : text::ErrorText::message(facts.error()));
        return std::nullopt;
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
    return input;
}

// No name in the file name: the file may be left in a shared folder.
QString letterFileName(const ReferralLetter::Input &input, const QDate &date)
{
    return u"segnalazione-"_s + text::ReferralText::referralCode(input.facts.referral.uid) + u'-'
        + date.toString(Qt::ISODate) + u".pdf"_s;
}

void recordSaved(QWidget *parent, Prompter &prompter, const LetterContext &context,
                 const ReferralLetter::Input &input, const QString &path)
{
    if (path.isEmpty() || !context.files)
        return;
    if (auto recorded
        = context.files->recordWritten(context.actor, input.facts.referral.personId,
                                       QString::fromLatin1(people::kFileLetter), path);
        !recorded)
        prompter.warn(parent, ReferralActions::title(), text::ErrorText::message(recorded.error()));
}

} // namespace

QString saveReferralLetter(QWidget *parent, services::ReferralService &service, Prompter &prompter,
                           qint64 referralId, const LetterContext &context)
{
    const auto input = letterInput(parent, service, prompter, referralId, context);
    if (!input)
        return {};
    const QString path = savePdfAs(
        prompter, parent, ReferralActions::title(),
        documentsPath(letterFileName(*input, context.date)),
        [&input](const QString &path) { return ReferralLetter::writePdf(*input, path); });
    recordSaved(parent, prompter, context, *input, path);
    return path;
}

QString deliverReferralLetter(QWidget *parent, services::ReferralService &service,
                              Prompter &prompter, qint64 referralId, const LetterContext &context)
{
    const auto input = letterInput(parent, service, prompter, referralId, context);
    if (!input)
        return {};
    const Delivery delivery = deliverIdentified(
        prompter, parent,
        {ReferralActions::title(), letterFileName(*input, context.date),
         [&input](QPrinter &printer) { ReferralLetter::print(*input, printer); },
         [&input](const QString &path) {
             return ReferralLetter::writePdf(*input, path);
         }});
    recordSaved(parent, prompter, context, *input, delivery.savedPath);
    return delivery.savedPath;
}

} // namespace sportello::ui
