// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/eligibility.h"
#include "catalogue/fieldproblem.h"
#include "catalogue/model.h"

#include <QCoreApplication>
#include <QString>

namespace sportello::catalogue {
struct Term;
}

namespace sportello::text {

// Translated words and sentences for the catalogue's codes: vocabulary labels, validation
// problems, eligibility verdicts and their reasons, money. Qt Core only.
class CatalogueText final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueText)

public:
    // A vocabulary term in the interface language (Taxonomy's English gloss, translated).
    [[nodiscard]] static QString label(const catalogue::Term &term);
    [[nodiscard]] static QString label(const QList<catalogue::Term> &terms, const QString &code);

    [[nodiscard]] static QString problem(catalogue::FieldProblem::Code code, const QString &value);
    [[nodiscard]] static QString verdict(catalogue::Verdict verdict);
    [[nodiscard]] static QString reason(const catalogue::EligibilityReason &reason);
    // "Not eligible: ISEE 12.400 € > 10.140 €" — the verdict with its deciding reasons.
    [[nodiscard]] static QString explanation(const catalogue::EligibilityResult &result);
    [[nodiscard]] static QString status(catalogue::ServiceStatus status);
    [[nodiscard]] static QString iseeType(catalogue::IseeType type);
    [[nodiscard]] static QString household(int flags);
    // "12.400 €" in the current locale; cents shown only when there are any.
    [[nodiscard]] static QString money(qint64 cents);
    [[nodiscard]] static QString comuneName(const QString &istat);
};

} // namespace sportello::text
