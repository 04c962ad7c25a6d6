// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSet>
#include <QString>

namespace sportello::demo {

// The codice fiscale of a person without omocodia: three letters of the family name, three of
// the given name (1st, 3rd and 4th consonant when it has more than three), two-digit year,
// month letter, day (+40 for women), Belfiore code and check character. Names are folded to
// A–Z first ("Niccolò" → NICCOLO, "D'Amico" → DAMICO). Empty when a name has no letter, the
// date is invalid, the gender is not 'F' or 'M' or the birthplace is not a letter and three
// digits.
[[nodiscard]] QString codiceFiscaleFor(const QString &familyName, const QString &givenName,
                                       QDate birthDate, char gender, const QString &birthplaceCode);

// A made-up adult living in or near the district, with every field of a person's record filled
// with a code of people::Vocabulary. The names are common ones, so a synthetic person may share
// a name with a real one; phone numbers are random and fictitious (a prefix believed unassigned)
// and e-mail addresses are at the example.* domains reserved by RFC 2606.
struct SyntheticPerson
{
    QString givenName;
    QString familyName;
    QString codiceFiscale; // valid, unique within one SyntheticPeople
    QString phone; // "+39 3xx xxx xxxx"
    QString email; // empty for some people, mostly the elderly
    QString address; // "Via Roma 12, Pioltello"
    QDate birthDate;
    char gender = 'F'; // 'F' or 'M'
    QString residence; // ISTAT code of a district comune, or "ALTRO"
    QString citizenship; // IT, UE, EXTRA_UE
    QString householdType; // SOLO, COPPIA_SENZA_FIGLI, COPPIA_CON_FIGLI, MONOGENITORE, ALTRO
    int householdSize = 1; // the person included
    int minors = 0;
    QString employment; // DIPENDENTE, AUTONOMO, DISOCCUPATO, PENSIONATO, STUDENTE, CASALINGA, ALTRO
    QString education; // NESSUNO, ELEMENTARE, MEDIA, DIPLOMA, LAUREA
    QString language; // handout language: "it", or en, fr, ar, ro, uk, es for some foreigners
};

// Generates synthetic people for demos, training, tests and benchmarks. The sequence depends only
// on the seed and the dates passed to next(), the same on every platform (own PRNG, no
// QRandomGenerator), so a seed names a reproducible population.
class SyntheticPeople final
{
public:
    explicit SyntheticPeople(quint64 seed);

    // The next person: 18 to 95 years old on `today` (a valid date), with a codice fiscale no
    // earlier person of this generator has.
    [[nodiscard]] SyntheticPerson next(QDate today);

private:
    quint64 m_state; // splitmix64
    QSet<QString> m_codes;
};

} // namespace sportello::demo
