// SPDX-License-Identifier: GPL-3.0-or-later
// The Bacheca's words (issue 16): every code has a label of its own, and a suggestion is
// explained in a line — in Italian as a desk reads it.
#include "italianinterface.h"
#include "testhelpers.h"
#include "text/boardtext.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using sportello::text::BoardText;

TEST_CASE("every code of the board has a label of its own", "[board][text]")
{
    QSet<QString> categories;
    for (const board::Category c : board::allCategories()) {
        const QString label = BoardText::categoryLabel(c);
        CHECK(label != board::categoryCode(c));
        categories.insert(label);
    }
    CHECK(categories.size() == 13);
    for (const QStringList &codes : {board::cancelReasons(), board::feedbackOutcomes()}) {
        QSet<QString> seen;
        for (const QString &code : codes) {
            const QString label = code == u"RIFIUTATA" || code == u"NON_PIU_NECESSARIO"
                    || code == u"NON_DISPONIBILE" || code == u"IMPREVISTO" || code == u"ALTRO"
                ? BoardText::cancelReasonLabel(code)
                : BoardText::feedbackOutcomeLabel(code);
            INFO(code.toStdString());
            CHECK(label != code);
            seen.insert(label);
        }
        CHECK(seen.size() == codes.size());
    }
    QSet<QString> states;
    for (const auto s :
         {board::MatchState::Proposta, board::MatchState::Accettata, board::MatchState::InCorso,
          board::MatchState::Conclusa, board::MatchState::Annullata})
        states.insert(BoardText::matchStateLabel(s));
    CHECK(states.size() == 5);
}

TEST_CASE("a suggestion is explained by where and when, in Italian", "[board][text]")
{
    test::ItalianInterface italian;
    board::Suggestion s;
    s.nearness = board::Nearness::SameNeighbourhood;
    s.when.weekday = 2;
    s.when.from = QTime(10, 0);
    s.when.to = QTime(12, 0);
    CHECK(BoardText::explanation(s) == u"stesso quartiere, martedì 10–12");
    s.nearness = board::Nearness::NeighbouringComune;
    s.when.date = QDate(2026, 12, 10);
    s.when.weekday = 4;
    s.when.from = QTime(15, 30);
    s.when.to = QTime();
    CHECK(BoardText::explanation(s) == u"comune confinante, giovedì 10/12 15:30–24");
    s.when.anyTime = true;
    CHECK(BoardText::explanation(s) == u"comune confinante, giovedì 10/12, a qualsiasi ora");
    CHECK(BoardText::categoryLabel(board::Category::ConsegnaFarmaci)
          == u"Consegna farmaci a domicilio");
}
