// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/syntheticnames.h"

namespace sportello::demo::detail {

namespace {

// Common Italian given names across generations, including two-part names and accented ones.
constexpr QStringView kItalianWomen[] = {
    u"Maria",        u"Anna",      u"Giulia",     u"Francesca", u"Chiara",   u"Sara",
    u"Laura",        u"Valentina", u"Alessandra", u"Elena",     u"Silvia",   u"Federica",
    u"Martina",      u"Giorgia",   u"Paola",      u"Roberta",   u"Elisa",    u"Simona",
    u"Cristina",     u"Barbara",   u"Monica",     u"Claudia",   u"Daniela",  u"Manuela",
    u"Stefania",     u"Veronica",  u"Serena",     u"Ilaria",    u"Alessia",  u"Michela",
    u"Lucia",        u"Rosa",      u"Giuseppina", u"Angela",    u"Carmela",  u"Teresa",
    u"Antonietta",   u"Giovanna",  u"Rita",       u"Patrizia",  u"Marina",   u"Luisa",
    u"Franca",       u"Carla",     u"Gabriella",  u"Donatella", u"Emanuela", u"Beatrice",
    u"Aurora",       u"Sofia",     u"Noemi",      u"Gaia",      u"Camilla",  u"Arianna",
    u"Irene",        u"Marta",     u"Benedetta",  u"Caterina",  u"Lorenza",  u"Anna Maria",
    u"Maria Grazia", u"Concetta",  u"Nicoletta",  u"Ornella",   u"Zoe",      u"Ada",
};

constexpr QStringView kItalianMen[] = {
    u"Giuseppe",     u"Giovanni",   u"Antonio",    u"Mario",     u"Luigi",    u"Francesco",
    u"Angelo",       u"Vincenzo",   u"Pietro",     u"Salvatore", u"Carlo",    u"Franco",
    u"Domenico",     u"Bruno",      u"Paolo",      u"Michele",   u"Giorgio",  u"Giancarlo",
    u"Roberto",      u"Sergio",     u"Luciano",    u"Stefano",   u"Andrea",   u"Marco",
    u"Alessandro",   u"Luca",       u"Matteo",     u"Davide",    u"Simone",   u"Federico",
    u"Lorenzo",      u"Riccardo",   u"Fabio",      u"Massimo",   u"Maurizio", u"Claudio",
    u"Alberto",      u"Enrico",     u"Daniele",    u"Emanuele",  u"Gabriele", u"Tommaso",
    u"Leonardo",     u"Mattia",     u"Edoardo",    u"Filippo",   u"Niccolò",  u"Nicolò",
    u"Cristian",     u"Gianluca",   u"Gianfranco", u"Raffaele",  u"Nicola",   u"Fabrizio",
    u"Massimiliano", u"Pasquale",   u"Rocco",      u"Carmelo",   u"Gaetano",  u"Ugo",
    u"Dario",        u"Gian Marco", u"Pier Paolo", u"Elia",
};

// The most common Italian family names, plus some with apostrophes, particles and accents.
constexpr QStringView kItalianFamilies[] = {
    u"Rossi",      u"Russo",      u"Ferrari",    u"Esposito",  u"Bianchi",    u"Romano",
    u"Colombo",    u"Ricci",      u"Marino",     u"Greco",     u"Bruno",      u"Gallo",
    u"Conti",      u"De Luca",    u"Mancini",    u"Costa",     u"Giordano",   u"Rizzo",
    u"Lombardi",   u"Moretti",    u"Barbieri",   u"Fontana",   u"Santoro",    u"Mariani",
    u"Rinaldi",    u"Caruso",     u"Ferrara",    u"Galli",     u"Martini",    u"Leone",
    u"Longo",      u"Gentile",    u"Martinelli", u"Vitale",    u"Lombardo",   u"Serra",
    u"Coppola",    u"De Santis",  u"D'Angelo",   u"Marchetti", u"Parisi",     u"Villa",
    u"Conte",      u"Ferraro",    u"Ferri",      u"Fabbri",    u"Bianco",     u"Marini",
    u"Grasso",     u"Valentini",  u"Messina",    u"Sala",      u"De Angelis", u"Gatti",
    u"Pellegrini", u"Palumbo",    u"Sanna",      u"Farina",    u"Rizzi",      u"Monti",
    u"Cattaneo",   u"Morelli",    u"Amato",      u"Silvestri", u"Mazza",      u"Testa",
    u"Grassi",     u"Pellegrino", u"Carbone",    u"Giuliani",  u"Benedetti",  u"Barone",
    u"Rossetti",   u"Caputo",     u"Montanari",  u"Guerra",    u"Palmieri",   u"Bernardi",
    u"Martino",    u"Fiore",      u"De Rosa",    u"Ferretti",  u"Bellini",    u"Basile",
    u"Riva",       u"Donati",     u"Piras",      u"Vitali",    u"Battaglia",  u"Sartori",
    u"Neri",       u"Costantini", u"Milani",     u"Pagano",    u"Ruggiero",   u"Sorrentino",
    u"D'Amico",    u"Orlando",    u"Bassi",      u"Valente",   u"Negri",      u"D'Alessandro",
    u"Fumagalli",  u"Brambilla",  u"Mazzola",    u"Bonetti",   u"Zanetti",    u"Pozzi",
    u"Radaelli",   u"Longoni",    u"Galbiati",   u"Crippa",    u"Arrigoni",   u"Cazzaniga",
    u"Corbetta",   u"Meroni",     u"Sironi",     u"Ferrario",  u"Dell'Acqua", u"Dell'Orto",
    u"Lo Presti",  u"La Rosa",    u"Di Stefano", u"Di Marco",  u"Lucà",       u"Cantù",
    u"Nicolò",     u"Pirrò",      u"Gullì",      u"Lo Russo",  u"Di Pietro",  u"Cirillo",
    u"Napolitano", u"Iannone",    u"Schiavone",  u"Marchese",  u"Cuomo",      u"D'Onofrio",
    u"De Simone",  u"Pace",       u"Bellomo",    u"Cannata",   u"Musumeci",   u"Li Causi",
    u"Fiorentino", u"Marra",      u"Catalano",   u"Fo",        u"Re",         u"Bo",
};

constexpr QStringView kRomanianWomen[] = {
    u"Elena", u"Maria",    u"Ioana",   u"Andreea", u"Mihaela",    u"Gabriela",
    u"Alina", u"Cristina", u"Daniela", u"Simona",  u"Florentina", u"Ștefania",
};
constexpr QStringView kRomanianMen[] = {
    u"Ion",    u"Andrei",     u"Mihai", u"Alexandru", u"Gheorghe", u"Vasile",
    u"Florin", u"Constantin", u"Ionuț", u"Adrian",    u"Cătălin",  u"Bogdan",
};
constexpr QStringView kRomanianFamilies[] = {
    u"Popescu", u"Ionescu", u"Popa",     u"Pop",      u"Radu",       u"Dumitru",
    u"Stan",    u"Stoica",  u"Gheorghe", u"Munteanu", u"Constantin", u"Lungu",
    u"Rusu",    u"Ciobanu", u"Moldovan", u"Răducanu", u"Țurcanu",    u"Sârbu",
};

// Ukrainian names in the Latin transliteration found on Ukrainian passports.
constexpr QStringView kUkrainianWomen[] = {
    u"Olena",  u"Oksana", u"Nataliia", u"Iryna",    u"Svitlana", u"Tetiana",
    u"Yuliia", u"Halyna", u"Larysa",   u"Kateryna", u"Olha",     u"Liudmyla",
};
constexpr QStringView kUkrainianMen[] = {
    u"Oleksandr", u"Andrii", u"Serhii", u"Volodymyr", u"Dmytro", u"Mykola",
    u"Ivan",      u"Yurii",  u"Vasyl",  u"Taras",     u"Petro",  u"Bohdan",
};
constexpr QStringView kUkrainianFamilies[] = {
    u"Shevchenko", u"Kovalenko", u"Bondarenko", u"Tkachenko",  u"Kravchenko", u"Melnyk",
    u"Boiko",      u"Koval",     u"Shevchuk",   u"Polishchuk", u"Lysenko",    u"Savchenko",
};

// Moroccan, Egyptian and Tunisian names in their usual French or English transliteration.
constexpr QStringView kArabicWomen[] = {
    u"Fatima", u"Khadija", u"Aicha", u"Meryem", u"Salma", u"Nadia", u"Samira", u"Zineb",
    u"Hanane", u"Latifa",  u"Fatma", u"Mona",   u"Amira", u"Nour",  u"Heba",   u"Yasmine",
};
constexpr QStringView kArabicMen[] = {
    u"Mohamed",  u"Ahmed", u"Youssef", u"Rachid",  u"Abdelaziz", u"Hassan", u"Karim",  u"Said",
    u"Mustapha", u"Omar",  u"Mahmoud", u"Mostafa", u"Amr",       u"Tarek",  u"Khaled", u"Walid",
};
constexpr QStringView kArabicFamilies[] = {
    u"El Amrani", u"Benali", u"Bennani", u"Alaoui",    u"Chakir",   u"El Idrissi",
    u"Tazi",      u"Ouali",  u"Berrada", u"Haddad",    u"Ibrahim",  u"Abdelrahman",
    u"Sayed",     u"Farouk", u"Salem",   u"Ben Salah", u"Trabelsi", u"Gharbi",
};

// Peruvian, Ecuadorian and Spanish names.
constexpr QStringView kHispanicWomen[] = {
    u"María",    u"Rosa",  u"Carmen",  u"Lucía", u"Ana",      u"Gabriela",
    u"Milagros", u"Rocío", u"Jessica", u"Sofía", u"Patricia", u"Yolanda",
};
constexpr QStringView kHispanicMen[] = {
    u"José",   u"Luis",  u"Carlos", u"Jorge", u"Juan",  u"Miguel",
    u"Víctor", u"César", u"Manuel", u"Jhon",  u"Edwin", u"Raúl",
};
constexpr QStringView kHispanicFamilies[] = {
    u"Quispe", u"Flores", u"Sánchez", u"Rodríguez", u"García",  u"Huamán",    u"Mamani",
    u"Chávez", u"Rojas",  u"Vásquez", u"Torres",    u"Mendoza", u"Gutiérrez", u"Ramírez",
};

constexpr QStringView kAlbanianWomen[] = {
    u"Ana",      u"Elira",  u"Blerta",  u"Arta",   u"Jonida",  u"Mirela",
    u"Klodiana", u"Ermira", u"Valbona", u"Entela", u"Rezarta", u"Anila",
};
constexpr QStringView kAlbanianMen[] = {
    u"Arben", u"Ilir",  u"Gentian", u"Edmond", u"Fatos", u"Besnik",
    u"Artan", u"Erion", u"Klodian", u"Dritan", u"Gëzim", u"Altin",
};
constexpr QStringView kAlbanianFamilies[] = {
    u"Hoxha", u"Shehu",  u"Dervishi", u"Leka",  u"Kola", u"Gjoka",
    u"Marku", u"Prifti", u"Çela",     u"Basha", u"Muça", u"Brahimi",
};

constexpr QStringView kSenegaleseWomen[] = {
    u"Aminata", u"Fatou", u"Awa",      u"Mariama", u"Khady",   u"Ndeye",
    u"Coumba",  u"Astou", u"Aïssatou", u"Binta",   u"Rokhaya", u"Sokhna",
};
constexpr QStringView kSenegaleseMen[] = {
    u"Mamadou", u"Moussa",  u"Ibrahima", u"Cheikh",  u"Abdoulaye", u"Ousmane",
    u"Modou",   u"Babacar", u"Pape",     u"Alioune", u"Serigne",   u"Lamine",
};
constexpr QStringView kSenegaleseFamilies[] = {
    u"Diop",  u"Ndiaye", u"Fall", u"Sow",   u"Diallo", u"Faye",
    u"Gueye", u"Sarr",   u"Ba",   u"Mbaye", u"Seck",   u"Cissé",
};

constexpr QStringView kFrenchWomen[] = {
    u"Marie",  u"Camille", u"Julie", u"Sophie", u"Claire",
    u"Hélène", u"Léa",     u"Chloé", u"Amélie", u"Élodie",
};
constexpr QStringView kFrenchMen[] = {
    u"Pierre", u"Nicolas",  u"Julien",  u"Thomas",    u"Antoine",
    u"Jérôme", u"François", u"Mathieu", u"Sébastien", u"Olivier",
};
constexpr QStringView kFrenchFamilies[] = {
    u"Martin",  u"Bernard", u"Dubois", u"Lefèvre",  u"Moreau",
    u"Laurent", u"Girard",  u"Roux",   u"Fournier", u"Mercier",
};

constexpr QStringView kStreets[] = {
    u"Via Roma",
    u"Via Garibaldi",
    u"Via Mazzini",
    u"Via Cavour",
    u"Via Dante",
    u"Via Matteotti",
    u"Via Gramsci",
    u"Via XX Settembre",
    u"Via IV Novembre",
    u"Via XXV Aprile",
    u"Via Vittorio Veneto",
    u"Corso Italia",
    u"Via Manzoni",
    u"Via Verdi",
    u"Via Milano",
    u"Via Monza",
    u"Via Cesare Battisti",
    u"Via Europa",
    u"Via della Repubblica",
    u"Piazza della Libertà",
    u"Via San Francesco",
    u"Via Leonardo da Vinci",
    u"Via Galilei",
    u"Via Trieste",
    u"Via Trento",
    u"Via Volta",
    u"Via Aldo Moro",
    u"Via dei Mille",
    u"Viale Lombardia",
    u"Via Marconi",
    u"Via Don Sturzo",
    u"Via Cristoforo Colombo",
};

template<typename T>
std::span<const QStringView> spanOf(const T &array)
{
    return std::span<const QStringView>(array);
}

} // namespace

const NamePool &namePool(NameOrigin origin)
{
    static const NamePool italian {spanOf(kItalianWomen), spanOf(kItalianMen),
                                   spanOf(kItalianFamilies)};
    static const NamePool romanian {spanOf(kRomanianWomen), spanOf(kRomanianMen),
                                    spanOf(kRomanianFamilies)};
    static const NamePool ukrainian {spanOf(kUkrainianWomen), spanOf(kUkrainianMen),
                                     spanOf(kUkrainianFamilies)};
    static const NamePool arabic {spanOf(kArabicWomen), spanOf(kArabicMen),
                                  spanOf(kArabicFamilies)};
    static const NamePool hispanic {spanOf(kHispanicWomen), spanOf(kHispanicMen),
                                    spanOf(kHispanicFamilies)};
    static const NamePool albanian {spanOf(kAlbanianWomen), spanOf(kAlbanianMen),
                                    spanOf(kAlbanianFamilies)};
    static const NamePool senegalese {spanOf(kSenegaleseWomen), spanOf(kSenegaleseMen),
                                      spanOf(kSenegaleseFamilies)};
    static const NamePool french {spanOf(kFrenchWomen), spanOf(kFrenchMen),
                                  spanOf(kFrenchFamilies)};
    switch (origin) {
    case NameOrigin::Italian:
        return italian;
    case NameOrigin::Romanian:
        return romanian;
    case NameOrigin::Ukrainian:
        return ukrainian;
    case NameOrigin::Arabic:
        return arabic;
    case NameOrigin::Hispanic:
        return hispanic;
    case NameOrigin::Albanian:
        return albanian;
    case NameOrigin::Senegalese:
        return senegalese;
    case NameOrigin::French:
        return french;
    }
    return italian;
}

std::span<const QStringView> streetNames()
{
    return spanOf(kStreets);
}

} // namespace sportello::demo::detail
