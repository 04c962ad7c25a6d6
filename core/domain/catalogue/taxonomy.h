// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"

#include <QList>
#include <QString>

namespace sportello::catalogue {

// One term of a fixed vocabulary: a stable code, the Italian label used in the catalogue's own
// texts (search, handouts, exports) and an English gloss, marked for translation, for display.
struct Term
{
    const char *code;
    const char *italian; // UTF-8
    const char *english; // QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", …)
    int group = 0; // level 1 for categories
};

// The fixed vocabularies of the catalogue: service categories (taxonomy.md b), ISTAT user
// areas, application channels, organization kinds, the district's comuni.
class Taxonomy final
{
public:
    [[nodiscard]] static const QList<Term> &categories();
    [[nodiscard]] static const QList<Term> &userAreas();
    [[nodiscard]] static const QList<Term> &channels();
    [[nodiscard]] static const QList<Term> &organizationKinds();
    // ISTAT code, Italian name; the four district comuni first, then Melzo and Milano.
    [[nodiscard]] static const QList<Term> &comuni();

    [[nodiscard]] static const Term *find(const QList<Term> &terms, const QString &code);
    [[nodiscard]] static QString italianLabel(const QList<Term> &terms, const QString &code);

    [[nodiscard]] static QString channelCode(ChannelType type);
    [[nodiscard]] static bool channelFromCode(const QString &code, ChannelType *type);
    [[nodiscard]] static QString kindCode(OrganizationKind kind);
    [[nodiscard]] static bool kindFromCode(const QString &code, OrganizationKind *kind);
    [[nodiscard]] static QString statusCode(ServiceStatus status);
    [[nodiscard]] static bool statusFromCode(const QString &code, ServiceStatus *status);
    [[nodiscard]] static QString iseeTypeCode(IseeType type);
    [[nodiscard]] static bool iseeTypeFromCode(const QString &code, IseeType *type);
    [[nodiscard]] static QString householdFlagCode(HouseholdFlag flag);
    [[nodiscard]] static int householdFlagFromCode(const QString &code); // 0 if unknown
};

} // namespace sportello::catalogue
