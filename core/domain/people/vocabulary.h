// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/taxonomy.h"

#include <QList>
#include <QString>

namespace sportello::people {

using catalogue::Term;

// How delicate a need is under the GDPR: art. 9 (health, disability, addiction, violence) and
// art. 10 (criminal records) data need the special-category consent.
enum class Sensitivity { Ordinary, Article9, Article10 };

// The answers every coded question of a person's record offers besides its own values.
namespace answer {
inline constexpr char kNotAsked[] = "NON_CHIESTO";
inline constexpr char kDontKnow[] = "NON_SA";
inline constexpr char kNoAnswer[] = "NON_RISPONDE"; // prefers not to say
} // namespace answer

// Numbers of a person's record (household size, minors) use negative values for the answers
// above; 0 and more are the counts.
namespace count {
inline constexpr int kNotAsked = -1;
inline constexpr int kDontKnow = -2;
inline constexpr int kNoAnswer = -3;
} // namespace count

// The fixed vocabularies of people and sessions (shared/reference/taxonomy.md a and c). Codes
// are stable ASCII identifiers stored in the database and exported; `italian` is the label of
// coded exports; `english` is the source text of the translated display label
// (QT_TRANSLATE_NOOP("sportello::people::Vocabulary", …)).
class Vocabulary final
{
public:
    // Needs: each macro-voce (group 0, code "POV") followed by its micro-voci (group 1,
    // "POV.NORED"), in the order of the taxonomy.
    [[nodiscard]] static const QList<Term> &needs();
    [[nodiscard]] static bool isNeed(const QString &code);
    [[nodiscard]] static bool isMacroNeed(const QString &code);
    // "POV.NORED" → "POV"; a macro code is its own macro.
    [[nodiscard]] static QString needMacro(const QString &code);
    // Needs marked art. 9/10 in the taxonomy: the SAL, DIS, DIP and GIU groups (macro-voce
    // and micro-voci) and FAM.VIOL.
    [[nodiscard]] static Sensitivity needSensitivity(const QString &code);
    // Whether recording the need needs the special-category consent: every art. 9/10 need of
    // an identified person; for an anonymous walk-in (who cannot give it) the micro-voci,
    // while the macro-voci stay allowed.
    [[nodiscard]] static bool needRequiresConsent(const QString &code, bool identified);
    // ALT.ALTRO needs a short label of the operator's (kept locally, never synced).
    [[nodiscard]] static bool needRequiresLabel(const QString &code);

    [[nodiscard]] static const QList<Term> &sessionTypes(); // ACCOGL … FOLLOWUP
    [[nodiscard]] static const QList<Term> &sessionChannels(); // PRES, TEL, DOMIC, ONLINE, ESTERNO
    [[nodiscard]] static const QList<Term> &arrivals(); // SPONT … ALTRO
    [[nodiscard]] static const QList<Term> &outcomes(); // INFO … INTERROTTO
    [[nodiscard]] static const QList<Term> &facilitationKinds(); // IND, GRP, ONL
    [[nodiscard]] static const QList<Term> &digitalAmbiti(); // SPID … ALTRO
    // Why a digital-facilitation goal was not reached.
    [[nodiscard]] static const QList<Term> &facilitationFailures();
    [[nodiscard]] static const QList<Term> &followUpOutcomes();

    // Coded fields of a person. Each list ends with the three answers of `answer`.
    [[nodiscard]] static const QList<Term> &genders(); // F, M, ALTRO
    [[nodiscard]] static const QList<Term> &citizenships(); // IT, UE, EXTRA_UE
    [[nodiscard]] static const QList<Term> &householdTypes(); // SOLO … ALTRO
    [[nodiscard]] static const QList<Term> &employment();
    [[nodiscard]] static const QList<Term> &education();
    [[nodiscard]] static const QList<Term> &contactPreferences(); // TEL, EMAIL, SMS, NESSUNO
    // The district's comuni (ISTAT codes), then ALTRO ("other comune"), then the three answers.
    [[nodiscard]] static const QList<Term> &residences();
    // The three answers alone, in order.
    [[nodiscard]] static const QList<Term> &answers();

    [[nodiscard]] static bool contains(const QList<Term> &terms, const QString &code);
};

// Contact preference code that silences every outbound contact.
inline constexpr char kDoNotContact[] = "NESSUNO";
// Residence code for a comune outside the district.
inline constexpr char kOtherComune[] = "ALTRO";

} // namespace sportello::people
