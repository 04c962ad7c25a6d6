// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/taxonomy.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace sportello::catalogue {

const QList<Term> &Taxonomy::categories()
{
    static const QList<Term> terms = {
        {"ACC.SEGR", "Segretariato sociale e punti di accesso",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Access points"), 1},
        {"ACC.PROF", "Servizio sociale professionale",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Professional social work"), 1},
        {"ACC.PIS", "Pronto intervento sociale",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Social emergency"), 1},
        {"ACC.RESID", "Residenza anagrafica e fermo posta",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Registered residence"), 1},
        {"DOM.SAD", "Assistenza domiciliare sociale",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Home social care"), 2},
        {"DOM.SAN", "Assistenza domiciliare sanitaria",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Home health care"), 2},
        {"DOM.PROS", "Servizi di prossimità e vicinato",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Neighbourhood services"), 2},
        {"DOM.NONAUT", "Misure per la non autosufficienza",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Long-term care support"), 2},
        {"COM.INFAN", "Servizi per l'infanzia e la famiglia",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Children and family"), 3},
        {"COM.DIURNI", "Centri diurni e aggregazione",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Day centres"), 3},
        {"RES.ACCOGL", "Accoglienza residenziale e abitativa temporanea",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Temporary accommodation"), 4},
        {"INC.REDD", "Misure nazionali di sostegno al reddito",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "National income support"), 5},
        {"INC.CONTR", "Contributi economici locali",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Local grants"), 5},
        {"INC.CASA", "Sostegno all'abitare",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Housing support"), 5},
        {"INC.UTENZE", "Bonus utenze",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Utility bonuses"), 5},
        {"INC.ALIM", "Aiuti alimentari e beni di prima necessità",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Food and basic goods"), 5},
        {"INC.LAVORO", "Lavoro e formazione",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Employment and training"), 5},
        {"INC.DOC", "Pratiche, certificazioni e documenti",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Paperwork and certificates"), 5},
        {"INC.DIGIT", "Facilitazione digitale",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Digital facilitation"), 5},
        {"INC.LEGALE", "Consulenza legale e tutela",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Legal advice and protection"), 5},
        {"INC.SALUTE", "Orientamento sanitario",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Health orientation"), 5},
    };
    return terms;
}

const QList<Term> &Taxonomy::userAreas()
{
    static const QList<Term> terms = {
        {"AREA.FAMIGLIA", "Famiglia e minori",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Family and children")},
        {"AREA.DISABILI", "Disabili",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "People with disabilities")},
        {"AREA.DIPENDENZE", "Dipendenze",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Addictions")},
        {"AREA.ANZIANI", "Anziani",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Older people")},
        {"AREA.IMMIGRATI", "Immigrati, Rom, Sinti e Caminanti",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Migrants, Roma and Sinti")},
        {"AREA.POVERTA", "Povertà, disagio adulti e senza dimora",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy",
                           "Poverty, adults in hardship, homelessness")},
        {"AREA.MULTIUTENZA", "Multiutenza",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Everyone")},
    };
    return terms;
}

const QList<Term> &Taxonomy::channels()
{
    static const QList<Term> terms = {
        {"in_person", "Di persona allo sportello",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "In person")},
        {"online", "Online con SPID, CIE o CNS",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Online with SPID or CIE")},
        {"caf", "Tramite un CAF",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Through a CAF")},
        {"patronato", "Tramite un patronato",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Through a patronato")},
        {"phone", "Per telefono", QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "By phone")},
        {"pec", "Via PEC",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "By certified e-mail (PEC)")},
    };
    return terms;
}

const QList<Term> &Taxonomy::organizationKinds()
{
    static const QList<Term> terms = {
        {"comune", "Comune", QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Municipality")},
        {"ambito", "Ambito / Ufficio di Piano",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Social district")},
        {"asst", "ASST",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Health authority (ASST)")},
        {"inps", "INPS", QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "INPS")},
        {"regione", "Regione", QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Region")},
        {"caf", "CAF",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Tax assistance centre (CAF)")},
        {"patronato", "Patronato",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Welfare rights office (patronato)")},
        {"caritas", "Caritas", QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Caritas")},
        {"union", "Sindacato", QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Trade union")},
        {"association", "Associazione",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Association")},
        {"cooperative", "Cooperativa sociale",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Social cooperative")},
        {"poste", "Poste Italiane",
         QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Post office")},
        {"other", "Altro ente", QT_TRANSLATE_NOOP("sportello::catalogue::Taxonomy", "Other body")},
    };
    return terms;
}

const QList<Term> &Taxonomy::comuni()
{
    // ISTAT codes of the Città metropolitana di Milano (province 015).
    static const QList<Term> terms = {
        {"015175", "Pioltello", "Pioltello"}, {"015205", "Segrate", "Segrate"},
        {"015242", "Vimodrone", "Vimodrone"}, {"015185", "Rodano", "Rodano"},
        {"015140", "Melzo", "Melzo"},         {"015146", "Milano", "Milano"},
    };
    return terms;
}

const Term *Taxonomy::find(const QList<Term> &terms, const QString &code)
{
    for (const Term &term : terms) {
        if (QLatin1StringView(term.code) == code)
            return &term;
    }
    return nullptr;
}

QString Taxonomy::italianLabel(const QList<Term> &terms, const QString &code)
{
    const Term *term = find(terms, code);
    return term ? QString::fromUtf8(term->italian) : code;
}

namespace {
template<typename Enum, size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template<typename Enum, size_t N>
bool valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &code,
             Enum *value)
{
    for (const auto &[e, c] : table) {
        if (QLatin1StringView(c) == code) {
            *value = e;
            return true;
        }
    }
    return false;
}

constexpr std::array<std::pair<ChannelType, const char *>, 6> kChannels {{
    {ChannelType::InPerson, "in_person"},
    {ChannelType::Online, "online"},
    {ChannelType::Caf, "caf"},
    {ChannelType::Patronato, "patronato"},
    {ChannelType::Phone, "phone"},
    {ChannelType::Pec, "pec"},
}};

constexpr std::array<std::pair<OrganizationKind, const char *>, 13> kKinds {{
    {OrganizationKind::Comune, "comune"},
    {OrganizationKind::Ambito, "ambito"},
    {OrganizationKind::Asst, "asst"},
    {OrganizationKind::Inps, "inps"},
    {OrganizationKind::Regione, "regione"},
    {OrganizationKind::Caf, "caf"},
    {OrganizationKind::Patronato, "patronato"},
    {OrganizationKind::Caritas, "caritas"},
    {OrganizationKind::Union, "union"},
    {OrganizationKind::Association, "association"},
    {OrganizationKind::Cooperative, "cooperative"},
    {OrganizationKind::Poste, "poste"},
    {OrganizationKind::Other, "other"},
}};

constexpr std::array<std::pair<ServiceStatus, const char *>, 3> kStatuses {{
    {ServiceStatus::Active, "active"},
    {ServiceStatus::TemporarilyClosed, "temporarily_closed"},
    {ServiceStatus::Ended, "ended"},
}};

constexpr std::array<std::pair<IseeType, const char *>, 3> kIseeTypes {{
    {IseeType::Ordinario, "ordinario"},
    {IseeType::Sociosanitario, "sociosanitario"},
    {IseeType::Minorenni, "minorenni"},
}};

constexpr std::array<std::pair<HouseholdFlag, const char *>, 5> kHousehold {{
    {HouseholdMinors, "minors"},
    {HouseholdMember60, "member60"},
    {HouseholdMember65, "member65"},
    {HouseholdDisability, "disability"},
    {HouseholdLoneParent, "lone_parent"},
}};
} // namespace

QString Taxonomy::channelCode(ChannelType type)
{
    return codeOf(kChannels, type);
}

bool Taxonomy::channelFromCode(const QString &code, ChannelType *type)
{
    return valueOf(kChannels, code, type);
}

QString Taxonomy::kindCode(OrganizationKind kind)
{
    return codeOf(kKinds, kind);
}

bool Taxonomy::kindFromCode(const QString &code, OrganizationKind *kind)
{
    return valueOf(kKinds, code, kind);
}

QString Taxonomy::statusCode(ServiceStatus status)
{
    return codeOf(kStatuses, status);
}

bool Taxonomy::statusFromCode(const QString &code, ServiceStatus *status)
{
    return valueOf(kStatuses, code, status);
}

QString Taxonomy::iseeTypeCode(IseeType type)
{
    return codeOf(kIseeTypes, type);
}

bool Taxonomy::iseeTypeFromCode(const QString &code, IseeType *type)
{
    return valueOf(kIseeTypes, code, type);
}

QString Taxonomy::householdFlagCode(HouseholdFlag flag)
{
    return codeOf(kHousehold, flag);
}

int Taxonomy::householdFlagFromCode(const QString &code)
{
    HouseholdFlag flag {};
    return valueOf(kHousehold, code, &flag) ? flag : 0;
}

} // namespace sportello::catalogue
