// SPDX-License-Identifier: GPL-3.0-or-later
// The session page's service picker: its search line by name, answered from names folded in
// the background once per catalogue.
#include "search/cataloguesearch.h"
#include "sessions/servicepicker.h"
#include "sessions/typeahead.h"

#include <QAbstractItemModel>
#include <QLineEdit>
#include <QListView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {
catalogue::ServiceSummary summary(qint64 id, const QString &name, const QString &organization,
                                  catalogue::ServiceStatus status
                                  = catalogue::ServiceStatus::Active)
{
    catalogue::ServiceSummary s;
    s.id = id;
    s.uid = u"svc-%1"_s.arg(id);
    s.name = name;
    s.organizationName = organization;
    s.status = status;
    return s;
}

std::shared_ptr<const search::CatalogueIndex> catalogueOf(int extra)
{
    QList<catalogue::ServiceSummary> summaries {
        summary(1, u"Sportello bollette"_s, u"Caritas Pioltello"_s),
        summary(2, u"Bonus sociale luce e gas"_s, u"Comune di Pioltello"_s),
        summary(3, u"Pacchi alimentari (chiuso)"_s, u"Caritas Pioltello"_s,
                catalogue::ServiceStatus::Ended),
        summary(4, u"Città solidale: bollette"_s, u"Croce Rossa"_s),
    };
    for (int i = 0; i < extra; ++i)
        summaries.append(summary(100 + i, u"Servizio numero %1"_s.arg(i), u"Ente di prova"_s));
    return search::CatalogueIndex::build(summaries, {});
}

} // namespace

TEST_CASE("the service search line answers by name, accents and case aside, once the names are "
          "folded",
          "[ui][sessions]")
{
    ui::ServicePicker picker;
    picker.resize(500, 400);
    picker.show();
    auto *line = picker.findChild<ui::TypeAhead *>();
    REQUIRE(line);

    // A large catalogue: the names are folded on their own thread; the line waits for them
    // and then answers what was typed meanwhile.
    picker.setCatalogue(catalogueOf(20000));
    line->field()->setFocus();
    line->field()->setText(u"CITTA BOLL"_s);
    line->refresh();
    if (!picker.canSearchNames()) {
        CHECK(line->matchList()->model()->rowCount() == 0);
        REQUIRE(QTest::qWaitFor([&picker] { return picker.canSearchNames(); }, 20000));
    }
    REQUIRE(QTest::qWaitFor([line] { return line->matchList()->model()->rowCount() > 0; }, 5000));
    CHECK(line->matchList()->model()->rowCount() == 1);
    CHECK(line->currentId() == u"svc-4"_s);

    // A new catalogue: folded again; an ended service is never offered.
    picker.setCatalogue(catalogueOf(0));
    REQUIRE(QTest::qWaitFor([&picker] { return picker.canSearchNames(); }, 20000));
    line->field()->setText(u"pacchi"_s);
    line->refresh();
    CHECK(line->matchList()->model()->rowCount() == 0);
    line->field()->setText(u"pioltello"_s);
    line->refresh();
    CHECK(line->matchList()->model()->rowCount() == 2);

    // Replaced while folding, and destroyed while folding: nothing waits long, nothing leaks.
    picker.setCatalogue(catalogueOf(50000));
    picker.setCatalogue(catalogueOf(10));
    REQUIRE(QTest::qWaitFor([&picker] { return picker.canSearchNames(); }, 20000));
    auto second = std::make_unique<ui::ServicePicker>();
    second->setCatalogue(catalogueOf(50000));
    second.reset();
}
