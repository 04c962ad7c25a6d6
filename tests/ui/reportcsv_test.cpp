// SPDX-License-Identifier: GPL-3.0-or-later
// The desk report's CSV in Italian: labels from the vocabularies, the grouped figures and every
// table suppressed, the median withheld when it describes too few referrals, the unmet needs.
#include "italianinterface.h"
#include "reports/codedexports.h"
#include "reports/deskreport.h"
#include "text/reportcsv.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

TEST_CASE("the report's CSV reads in Italian and shows no count from 1 to 4", "[reports][text]")
{
    const test::ItalianInterface italian;
    reports::DeskReport report;
    report.period = reports::Period::month(2026, 3);
    report.previousPeriod = report.period.previous();
    report.sessions = {40, 31};
    report.anonymousSessions = {3, 0};
    report.people = {25, 20};
    report.newPeople = {9, 20};
    report.returningPeople = {16, 0};
    report.takenOver = {2, 6};
    report.medianDaysToTakeOver = 4.0;
    report.previousMedianDaysToTakeOver = 6.5;
    reports::Breakdown types;
    types.id = u"sessions.type"_s;
    types.add(u"ORIENT"_s, {30, 25});
    types.add(u"ASCOLTO"_s, {8, 6});
    types.add(u"FACDIG"_s, {2, 0});
    report.breakdowns.append(types);
    report.unmetNeeds.append({u"DIP.GIOCO"_s, u"015242"_s, 2, true, false});
    report.unmetNeeds.append({u"CAS.SFRATTO"_s, u"015205"_s, 7, false, true});

    const QByteArray bytes = text::ReportCsv::write(report, u"Centro di Ascolto"_s);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = csv.split(u"\r\n"_s);
    CHECK(lines.at(0) == u"Rapporto dello sportello;Centro di Ascolto");
    CHECK(lines.at(1) == u"Periodo;01/03/2026;31/03/2026");
    CHECK(lines.at(2) == u"Periodo precedente;01/02/2026;28/02/2026");
    // 3 anonymous walk-ins are hidden, and so is what would give them away.
    CHECK(csv.contains(u"Accessi anonimi;*;0\r\n"_s));
    CHECK(csv.contains(u"Con una persona registrata;*;31\r\n"_s));
    CHECK(csv.contains(u"Colloqui;40;31\r\n"_s));
    // The median of two referrals is withheld; of six, shown with a decimal comma.
    CHECK(csv.contains(u"Giorni mediani dall'invio alla presa in carico;n.d.;6,5\r\n"_s));
    // A table: labels, codes, the small count hidden with a complement, the totals.
    CHECK(csv.contains(u"Colloqui per tipo;Codice;Periodo;Periodo precedente\r\n"_s));
    CHECK(csv.contains(u"Facilitazione digitale;FACDIG;*;0\r\n"_s));
    CHECK(csv.contains(u"Ascolto;ASCOLTO;*;6\r\n"_s));
    CHECK(csv.contains(u"Totale;;40;31\r\n"_s));
    // The unmet needs, their people suppressed like any count.
    // A need in a comune with fewer than 5 people is not named: it goes into "other", which,
    // small, is hidden with its complement; the total stays.
    CHECK_FALSE(csv.contains(u"DIP.GIOCO"_s));
    CHECK(csv.contains(u"Sfratto / morosità;CAS.SFRATTO;Segrate;*;nessuna risposta disponibile al "
                       "colloquio\r\n"_s));
    CHECK(csv.contains(u"Altri bisogni e comuni, ciascuno con meno di 5 persone;;;*\r\n"_s));
    // One mark for every hidden count: a small one and its complement look the same.
    CHECK_FALSE(csv.contains(u"<5"_s));
}

TEST_CASE("the Caritas and facilitation CSVs are suppressed both ways and coded as asked",
          "[reports][text]")
{
    const test::ItalianInterface italian;
    reports::CaritasReport caritas;
    caritas.period = reports::Period::month(2026, 3);
    caritas.byGender.rows = reports::caritasMacros();
    caritas.byGender.columns = {u"Femmine"_s, u"Maschi"_s, u"Altro o non rilevato"_s};
    for (qsizetype r = 0; r < caritas.byGender.rows.size(); ++r)
        caritas.byGender.cells.append({r == 0 ? 12 : 0, r == 0 ? 9 : (r == 1 ? 2 : 0), 0});
    caritas.byCitizenship = caritas.byGender;
    caritas.byCitizenship.columns = {u"Italiani"_s, u"Stranieri"_s, u"Non rilevata"_s};
    const QString csv = QString::fromUtf8(text::ReportCsv::caritas(caritas, u"Caritas"_s).mid(3));
    CHECK(csv.contains(u"Macro-voce Caritas;Femmine;Maschi;Altro o non rilevato;Persone\r\n"_s));
    // Two men with a work problem: hidden, and so is what would give them away.
    INFO(csv.toStdString());
    CHECK(csv.contains(u"Problemi di occupazione;*;*;0;*\r\n"_s));
    CHECK_FALSE(csv.contains(u";2;"_s));
    CHECK_FALSE(csv.contains(u";2\r\n"_s));

    reports::FacilitaReport facilita;
    facilita.period = caritas.period;
    reports::Breakdown service;
    service.id = u"facilita.service"_s;
    service.add(u"Facilitazione individuale"_s, {14, 0});
    service.add(u"Formazione in presenza"_s, {3, 0});
    service.add(u"Formazione online"_s, {6, 0});
    facilita.breakdowns.append(service);
    const QString fac = QString::fromUtf8(text::ReportCsv::facilita(facilita, u"PDF"_s).mid(3));
    CHECK(fac.contains(u"Colloqui per tipo di servizio;Colloqui\r\n"_s));
    CHECK(fac.contains(u"Formazione in presenza;*\r\n"_s));
    CHECK(fac.contains(u"Formazione online;*\r\n"_s));
    CHECK(fac.contains(u"Totale;23\r\n"_s));
}
