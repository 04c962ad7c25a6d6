// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/syntheticpeople.h"

#include "demo/syntheticnames.h"
#include "demo/syntheticrandom.h"

#include <array>
#include <initializer_list>
#include <limits>
#include <span>

using namespace Qt::StringLiterals;

namespace sportello::demo {

namespace {

using detail::NameOrigin;

// ---- Codice fiscale ----

constexpr QStringView kMonthLetters = u"ABCDEHLMPRST";

// Values of 0–9 then A–Z in odd (1-based) positions of the check computation.
constexpr std::array<int, 36> kOddValues = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // 0–9
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
};

bool isUpperLetter(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// The text's letters as A–Z: accents are stripped by decomposition; spaces, apostrophes and
// letters with no Latin base are dropped.
QString foldedLetters(const QString &text)
{
    QString result;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t upper = c.toUpper().unicode();
        if (isUpperLetter(upper))
            result.append(QChar(upper));
    }
    return result;
}

bool isVowel(QChar c)
{
    return QStringView(u"AEIOU").contains(c);
}

// Three letters of a folded name: consonants, then vowels, then X. A given name with more than
// three consonants gives its 1st, 3rd and 4th.
QString nameLetters(const QString &letters, bool givenName)
{
    QString consonants;
    QString vowels;
    for (const QChar c : letters)
        (isVowel(c) ? vowels : consonants).append(c);
    if (givenName && consonants.size() > 3)
        return QString(consonants.at(0)) + consonants.at(2) + consonants.at(3);
    return QString(consonants + vowels + u"XXX"_s).left(3);
}

QChar checkCharacter(QStringView first15)
{
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const char16_t c = first15.at(i).unicode();
        const int index = isDigit(c) ? c - u'0' : 10 + (c - u'A');
        if (i % 2 == 0)
            sum += kOddValues[index];
        else
            sum += isDigit(c) ? c - u'0' : c - u'A';
    }
    return QChar(u'A' + sum % 26);
}

bool isBelfioreCode(const QString &code)
{
    if (code.size() != 4 || !isUpperLetter(code.at(0).unicode()))
        return false;
    for (int i = 1; i < 4; ++i) {
        if (!isDigit(code.at(i).unicode()))
            return false;
    }
    return true;
}

// ---- Random numbers ----

// The generator's own state, drawn through the shared splitmix64 of syntheticrandom.h.
class Rng
{
public:
    explicit Rng(quint64 &state)
        : m_state(state)
    { }

    int below(int bound) { return detail::uniformBelow(m_state, bound); }

    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

    // An index drawn with the given relative weights (at least one positive).
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (const int w : weights)
            total += w;
        int r = below(total);
        int index = 0;
        for (const int w : weights) {
            if (r < w)
                return index;
            r -= w;
            ++index;
        }
        return index - 1;
    }

    template<typename T, std::size_t N>
    const T &weightedItem(const T (&items)[N])
    {
        int total = 0;
        for (const T &item : items)
            total += item.weight;
        int r = below(total);
        for (const T &item : items) {
            if (r < item.weight)
                return item;
            r -= item.weight;
        }
        return items[N - 1];
    }

    QString any(std::span<const QStringView> items)
    {
        return items[below(static_cast<int>(items.size()))].toString();
    }

private:
    quint64 &m_state;
};

// ---- Places ----

struct Birthplace
{
    QStringView belfiore;
    int weight;
};

// Comuni of birth of Italian-born people: Milan and its east, and the south of the
// internal migrations. Belfiore codes from memory of the Agenzia delle Entrate list (Pioltello
// G686 and Segrate I577 from the project brief); the generated codes stay valid either way,
// since only the shape of the code enters the check character.
constexpr Birthplace kItalianBirthplaces[] = {
    {u"F205", 22}, // Milano
    {u"G686", 8}, // Pioltello
    {u"I577", 5}, // Segrate
    {u"F704", 3}, // Monza
    {u"A794", 3}, // Bergamo
    {u"B157", 2}, // Brescia
    {u"L219", 3}, // Torino
    {u"D969", 2}, // Genova
    {u"L736", 1}, // Venezia
    {u"A944", 2}, // Bologna
    {u"D612", 2}, // Firenze
    {u"H501", 5}, // Roma
    {u"F839", 7}, // Napoli
    {u"H703", 2}, // Salerno
    {u"A662", 5}, // Bari
    {u"D643", 3}, // Foggia
    {u"E506", 2}, // Lecce
    {u"L049", 2}, // Taranto
    {u"D086", 2}, // Cosenza
    {u"H224", 3}, // Reggio Calabria
    {u"G273", 5}, // Palermo
    {u"C351", 4}, // Catania
    {u"F158", 3}, // Messina
    {u"B354", 2}, // Cagliari
};

// Where foreign-born people come from: the country's Z code, naming tradition and the handout
// language they may prefer. The Z codes were checked against a public list of the ISTAT/ANPR
// foreign-country codes.
struct Origin
{
    QStringView belfiore;
    NameOrigin names;
    QStringView language;
    int weight;
};

constexpr Origin kEuOrigins[] = {
    {u"Z129", NameOrigin::Romanian, u"ro", 85}, // Romania
    {u"Z131", NameOrigin::Hispanic, u"es", 7}, // Spagna
    {u"Z110", NameOrigin::French, u"fr", 8}, // Francia
};

constexpr Origin kNonEuOrigins[] = {
    {u"Z138", NameOrigin::Ukrainian, u"uk", 16}, // Ucraina
    {u"Z140", NameOrigin::Romanian, u"ro", 6}, // Moldova
    {u"Z100", NameOrigin::Albanian, u"it", 14}, // Albania: no Albanian handouts; most read Italian
    {u"Z330", NameOrigin::Arabic, u"ar", 16}, // Marocco
    {u"Z336", NameOrigin::Arabic, u"ar", 12}, // Egitto
    {u"Z352", NameOrigin::Arabic, u"ar", 4}, // Tunisia
    {u"Z343", NameOrigin::Senegalese, u"fr", 8}, // Senegal
    {u"Z611", NameOrigin::Hispanic, u"es", 12}, // Perù
    {u"Z605", NameOrigin::Hispanic, u"es", 8}, // Ecuador
};

// Comuni where the children of immigrants were born.
constexpr Birthplace kSecondGenerationBirthplaces[] = {
    {u"F205", 6}, // Milano
    {u"G686", 3}, // Pioltello
    {u"I577", 1}, // Segrate
};

struct Residence
{
    QStringView istat; // the residence code
    QStringView comune; // for the address
    int weight;
};

constexpr Residence kResidences[] = {
    {u"015175", u"Pioltello", 45}, {u"015205", u"Segrate", 25}, {u"015242", u"Vimodrone", 12},
    {u"015185", u"Rodano", 8},     {u"ALTRO", u"", 10},
};

// Neighbouring comuni for residence ALTRO; none of them has its own residence code.
constexpr QStringView kOtherComuni[] = {
    u"Cernusco sul Naviglio",
    u"Cassina de' Pecchi",
    u"Cologno Monzese",
    u"Peschiera Borromeo",
    u"Brugherio",
    u"Vignate",
    u"Liscate",
    u"Gorgonzola",
};

// ---- Person details ----

int drawAge(Rng &rng)
{
    struct Band
    {
        int low;
        int high;
    };
    static constexpr std::array<Band, 5> bands
        = {{{18, 29}, {30, 49}, {50, 69}, {70, 84}, {85, 95}}};
    const Band band = bands[rng.weighted({14, 33, 33, 15, 5})];
    return rng.between(band.low, band.high);
}

void drawHousehold(Rng &rng, int age, SyntheticPerson &p)
{
    static const QString types[] = {u"SOLO"_s, u"COPPIA_SENZA_FIGLI"_s, u"COPPIA_CON_FIGLI"_s,
                                    u"MONOGENITORE"_s, u"ALTRO"_s};
    int type;
    if (age < 30)
        type = rng.weighted({15, 10, 15, 8, 52}); // ALTRO: mostly still with their parents
    else if (age < 50)
        type = rng.weighted({20, 12, 42, 14, 12});
    else if (age < 65)
        type = rng.weighted({25, 25, 30, age < 60 ? 8 : 0, 12});
    else
        type = rng.weighted({45, 40, 5, 0, 10});
    p.householdType = types[type];

    // Whether the person's children can still be minors.
    const int minorWeight = age < 55 ? 100 : age < 65 ? 30 : 0;
    switch (type) {
    case 0:
        p.householdSize = 1;
        p.minors = 0;
        break;
    case 1:
        p.householdSize = 2;
        p.minors = 0;
        break;
    case 2: {
        const int children = rng.weighted({0, 45, 40, 12, 3});
        p.householdSize = 2 + children;
        p.minors = rng.chance(minorWeight) ? rng.between(1, children) : 0;
        break;
    }
    case 3: {
        // Only drawn below 60: at least one child is a minor.
        const int children = rng.weighted({0, 60, 32, 8});
        p.householdSize = 1 + children;
        p.minors = rng.between(1, children);
        break;
    }
    default:
        p.householdSize = rng.between(2, 6);
        p.minors = rng.chance(35) ? rng.between(1, p.householdSize - 1) : 0;
        break;
    }
}

QString drawEmployment(Rng &rng, int age, char gender)
{
    static const QString codes[]
        = {u"DIPENDENTE"_s, u"AUTONOMO"_s,  u"DISOCCUPATO"_s, u"PENSIONATO"_s,
           u"STUDENTE"_s,   u"CASALINGA"_s, u"ALTRO"_s};
    const int homemaker = gender == 'F' ? 12 : 1;
    if (age < 25)
        return codes[rng.weighted({30, 3, 25, 0, 35, homemaker / 2, 2})];
    if (age < 65)
        return codes[rng.weighted({45, 10, 20, age >= 55 ? 8 : 0, age < 30 ? 6 : 0, homemaker, 5})];
    return codes[rng.weighted({age < 70 ? 4 : 0, age < 75 ? 2 : 0, 0, 84, 0, homemaker, 5})];
}

QString drawEducation(Rng &rng, int age)
{
    static const QString codes[]
        = {u"NESSUNO"_s, u"ELEMENTARE"_s, u"MEDIA"_s, u"DIPLOMA"_s, u"LAUREA"_s};
    if (age >= 75)
        return codes[rng.weighted({8, 45, 30, 12, 5})];
    if (age >= 55)
        return codes[rng.weighted({2, 15, 40, 33, 10})];
    return codes[rng.weighted({2, 4, 30, 44, age < 23 ? 0 : 20})];
}

// Lowercase a–z of a name, for e-mail addresses.
QString mailPart(const QString &name)
{
    return foldedLetters(name).toLower();
}

QString drawEmail(Rng &rng, const SyntheticPerson &p, int age)
{
    const int without = age >= 75 ? 55 : age >= 65 ? 30 : 10;
    if (rng.chance(without))
        return {};
    const QString given = mailPart(p.givenName);
    const QString family = mailPart(p.familyName);
    QString local;
    switch (rng.below(5)) {
    case 0:
        local = given + u'.' + family;
        break;
    case 1:
        local = given + u'.' + family + QString::number(p.birthDate.year() % 100);
        break;
    case 2:
        local = given.left(1) + u'.' + family;
        break;
    case 3:
        local = family + u'.' + given;
        break;
    default:
        local = given + family + QString::number(rng.between(1, 99));
        break;
    }
    // RFC 2606 reserves these domains for examples: mail to them never reaches anyone.
    static const QString domains[] = {u"example.org"_s, u"example.com"_s, u"example.net"_s};
    return local + u'@' + domains[rng.below(3)];
}

// The numbers are random and fictitious: the 30x prefixes are, as far as we know, not assigned
// to any Italian mobile operator (Italy has no officially reserved range for fiction, so this
// is a best effort, not a guarantee).
QString drawPhone(Rng &rng)
{
    return u"+39 30%1 %2 %3"_s.arg(rng.below(10))
        .arg(rng.below(1000), 3, 10, QLatin1Char('0'))
        .arg(rng.below(10000), 4, 10, QLatin1Char('0'));
}

QString drawAddress(Rng &rng, const Residence &residence)
{
    const QString comune = residence.comune.isEmpty()
        ? kOtherComuni[rng.below(int(std::size(kOtherComuni)))].toString()
        : residence.comune.toString();
    QString number = QString::number(rng.between(1, 180));
    if (rng.chance(8))
        number += rng.chance(70) ? u"/A"_s : u"/B"_s;
    return rng.any(detail::streetNames()) + u' ' + number + u", "_s + comune;
}

SyntheticPerson drawPerson(Rng &rng, QDate today)
{
    SyntheticPerson p;
    p.gender = rng.chance(52) ? 'F' : 'M';
    const int age = drawAge(rng);
    p.birthDate = today.addYears(-age).addDays(-rng.below(365));

    // Citizenship, then where the person was born, which names they carry and what they read.
    const int citizenship = rng.weighted({65, 10, 25});
    static const QString citizenships[] = {u"IT"_s, u"UE"_s, u"EXTRA_UE"_s};
    p.citizenship = citizenships[citizenship];
    NameOrigin names = NameOrigin::Italian;
    QString birthplace;
    p.language = u"it"_s;
    if (citizenship == 0 && !rng.chance(6)) {
        birthplace = rng.weightedItem(kItalianBirthplaces).belfiore.toString();
    } else {
        // Foreign-born, a naturalised Italian, or a foreigner born in Italy.
        const bool eu = citizenship == 1 || (citizenship == 0 && rng.chance(20));
        const Origin &origin = eu ? rng.weightedItem(kEuOrigins) : rng.weightedItem(kNonEuOrigins);
        names = origin.names;
        if (citizenship != 0 && rng.chance(8) && age < 40) {
            birthplace = rng.weightedItem(kSecondGenerationBirthplaces).belfiore.toString();
        } else {
            birthplace = origin.belfiore.toString();
            if (citizenship != 0 && rng.chance(60))
                p.language = origin.language.toString();
        }
    }
    const detail::NamePool &pool = detail::namePool(names);
    p.givenName = rng.any(p.gender == 'F' ? pool.women : pool.men);
    p.familyName = rng.any(pool.families);
    p.codiceFiscale
        = codiceFiscaleFor(p.familyName, p.givenName, p.birthDate, p.gender, birthplace);

    const Residence &residence = rng.weightedItem(kResidences);
    p.residence = residence.istat.toString();
    p.address = drawAddress(rng, residence);
    p.phone = drawPhone(rng);
    p.email = drawEmail(rng, p, age);
    drawHousehold(rng, age, p);
    p.employment = drawEmployment(rng, age, p.gender);
    p.education = drawEducation(rng, age);
    return p;
}

} // namespace

QString codiceFiscaleFor(const QString &familyName, const QString &givenName, QDate birthDate,
                         char gender, const QString &birthplaceCode)
{
    const QString family = foldedLetters(familyName);
    const QString given = foldedLetters(givenName);
    const QString birthplace = birthplaceCode.trimmed().toUpper();
    if (family.isEmpty() || given.isEmpty() || !birthDate.isValid()
        || (gender != 'F' && gender != 'M') || !isBelfioreCode(birthplace))
        return {};

    const int day = birthDate.day() + (gender == 'F' ? 40 : 0);
    QString code = nameLetters(family, false) + nameLetters(given, true)
        + u"%1"_s.arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'))
        + kMonthLetters.at(birthDate.month() - 1) + u"%1"_s.arg(day, 2, 10, QLatin1Char('0'))
        + birthplace;
    code.append(checkCharacter(code));
    return code;
}

SyntheticPeople::SyntheticPeople(quint64 seed)
    : m_state(seed)
{ }

SyntheticPerson SyntheticPeople::next(QDate today)
{
    Q_ASSERT(today.isValid());
    Rng rng(m_state);
    for (;;) {
        SyntheticPerson person = drawPerson(rng, today);
        // An empty code (invalid `today`) would collide forever; hand it back as it is.
        if (person.codiceFiscale.isEmpty() || !m_codes.contains(person.codiceFiscale)) {
            m_codes.insert(person.codiceFiscale);
            return person;
        }
    }
}

} // namespace sportello::demo
