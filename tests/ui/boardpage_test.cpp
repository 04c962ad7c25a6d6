// SPDX-License-Identifier: GPL-3.0-or-later
// The "Bacheca" page (issue 16, point 7): the operator enters a request for the person open at
// the counter, sees what the hub shows this desk — the posts, what fits each and why, the
// matches and, once accepted, the other side's contact — and acts on them; each act is queued
// and listed with where it stands. The hub is a fake one answering GET /v1/board.
#include "board/boardpage.h"
#include "board/boardpostform.h"
#include "network/boardfetch.h"
#include "services/boardservice.h"
#include "syncuifixture.h"
#include "text/boardtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// What the fake hub shows: one pending account, one post with a suggestion and two matches.
board::DeskView boardView(QString *postId, QString *suggestedId, QString *acceptedMatch)
{
    board::DeskView view;
    view.pending.append({uuid(), u"anna"_s, u"Anna Rossi"_s, u"CITTADINO"_s, u"015175"_s,
                         QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)});
    board::DeskPost entry;
    entry.post.id = *postId = uuid();
    entry.post.kind = board::PostKind::Request;
    entry.post.category = board::Category::ConsegnaFarmaci;
    entry.post.zone.comune = u"015175"_s;
    entry.post.when.windows = {{2, QTime(9, 0), QTime(12, 0)}};
    board::Suggestion s;
    s.postId = *suggestedId = uuid();
    s.nearness = board::Nearness::SameComune;
    s.when.weekday = 2;
    s.when.from = QTime(10, 0);
    s.when.to = QTime(12, 0);
    entry.suggestions.append(s);
    board::DeskMatch proposed;
    proposed.match.id = uuid();
    proposed.match.offerId = uuid();
    proposed.match.requestId = entry.post.id;
    proposed.match.requestAccepted = true;
    board::DeskMatch accepted;
    accepted.match.id = *acceptedMatch = uuid();
    accepted.match.offerId = uuid();
    accepted.match.requestId = entry.post.id;
    accepted.match.state = board::MatchState::Accettata;
    accepted.otherName = u"Luca Volontario"_s;
    accepted.otherContact = u"+39 347 000 1111"_s;
    entry.matches = {proposed, accepted};
    view.posts.append(entry);
    return view;
}

QTreeWidgetItem *find(QTreeWidget *tree, const QString &text)
{
    const auto items = tree->findItems(text, Qt::MatchContains | Qt::MatchRecursive, 1);
    return items.isEmpty() ? nullptr : items.first();
}

} // namespace

TEST_CASE("the board page enters a request for the person at the counter and follows the board",
          "[ui][board]")
{
    test::SyncDesk desk;
    test::WidgetHub hub;
    QString postId;
    QString suggestedId;
    QString acceptedMatch;
    const board::DeskView shown = boardView(&postId, &suggestedId, &acceptedMatch);
    const QByteArray view = QJsonDocument(board::toJson(shown)).toJson(QJsonDocument::Compact);
    hub.answer = [view](const test::FakeRequest &request) {
        return test::jsonAnswer(request.url.path() == u"/v1/board" ? 200 : 404, view);
    };
    test::ScriptedPrompter prompter;
    sync::BoardFetch fetch(*desk.network, hub.factory(), desk.clock);
    ui::BoardPage page({desk.services->board(),
                        fetch,
                        *desk.changes,
                        prompter,
                        desk.volunteer,
                        {{u"015175"_s, u"Pioltello"_s}, {u"015205"_s, u"Segrate"_s}}});
    page.resize(1100, 700);
    page.show();
    ui::BoardPostForm *form = page.form();

    // No person open: nothing can be entered.
    CHECK_FALSE(form->submitButton()->isEnabled());
    page.setPerson(desk.personId, u"Rita Marchetti"_s);
    REQUIRE(form->submitButton()->isEnabled());
    CHECK(page.findChild<QLabel *>(u"boardPerson"_s)->text().contains(u"Rita Marchetti"_s));

    // Without her consent, then without a day: each said on the form, nothing queued.
    form->categoryBox()->setCurrentIndex(form->categoryBox()->findData(u"CONSEGNA_FARMACI"_s));
    form->dayBox(2)->setChecked(true);
    QTest::mouseClick(form->submitButton(), Qt::LeftButton);
    CHECK(form->problemLabel()->isVisible());
    CHECK(form->problemLabel()->text().contains(u"Neighbourhood board"_s));
    desk.consent(desk.personId, people::ConsentPurpose::Board);
    form->dayBox(2)->setChecked(false);
    QTest::mouseClick(form->submitButton(), Qt::LeftButton);
    CHECK(form->problemLabel()->text() == u"Choose at least one day of the week."_s);
    CHECK(page.queueTable()->rowCount() == 0);

    form->dayBox(2)->setChecked(true);
    QTest::mouseClick(form->submitButton(), Qt::LeftButton);
    CHECK_FALSE(form->problemLabel()->isVisible());
    REQUIRE(page.queueTable()->rowCount() == 1);
    CHECK(page.queueTable()->item(0, 1)->text() == u"New post"_s);
    CHECK(page.queueTable()->item(0, 2)->text() == u"Waiting for the next synchronization"_s);
    const board::QueuedAction queued = desk.services->board().queued(10)->first();
    const board::Post sent = std::get<board::Post>(board::postFromJson(queued.action.data));
    CHECK(sent.when.windows.first().weekdays == 2);
    CHECK(sent.zone.comune == u"015175");
    CHECK(sent.contactName == u"Centro di Ascolto");

    // The board as the hub shows it: the suggestion and why, the accepted match's contact.
    QSignalSpy read(&fetch, &sync::BoardFetch::finished);
    QTest::mouseClick(page.button(u"refresh"_s), Qt::LeftButton);
    REQUIRE(read.wait(10000));
    QTreeWidget *tree = page.boardTree();
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem *suggestion = tree->topLevelItem(0)->child(0); // suggestions come first
    REQUIRE(suggestion);
    CHECK(suggestion->text(0) == u"Suggested"_s);
    CHECK(suggestion->text(1)
          == text::BoardText::explanation(shown.posts.first().suggestions.first()));
    QTreeWidgetItem *contact = find(tree, u"Luca Volontario, +39 347 000 1111"_s);
    REQUIRE(contact);
    CHECK(find(tree, u"Contacts once both accept"_s));
    REQUIRE(page.pendingTable()->rowCount() == 1);
    CHECK(page.pendingTable()->item(0, 0)->text() == u"Anna Rossi"_s);

    // Each act is queued: a proposal, the start of the accepted match, the credentials.
    tree->setCurrentItem(suggestion);
    CHECK(page.button(u"propose"_s)->isEnabled());
    CHECK_FALSE(page.button(u"accept"_s)->isEnabled());
    QTest::mouseClick(page.button(u"propose"_s), Qt::LeftButton);
    desk.clock.advanceSecs(1);
    tree->setCurrentItem(contact);
    CHECK(page.button(u"start"_s)->isEnabled());
    CHECK_FALSE(page.button(u"conclude"_s)->isEnabled());
    QTest::mouseClick(page.button(u"start"_s), Qt::LeftButton);
    desk.clock.advanceSecs(1);
    page.pendingTable()->setCurrentCell(0, 0);
    REQUIRE(page.button(u"issue"_s)->isEnabled());
    prompter.confirmations = {false, true};
    QTest::mouseClick(page.button(u"issue"_s), Qt::LeftButton); // not checked yet: nothing
    QTest::mouseClick(page.button(u"issue"_s), Qt::LeftButton);
    const QList<board::QueuedAction> all = desk.services->board().queued(10).value();
    REQUIRE(all.size() == 4);
    CHECK(all.at(1).action.type == u"match.propose");
    CHECK(all.at(1).action.data.value(u"other_id"_s) == suggestedId);
    CHECK(all.at(1).action.data.value(u"post_id"_s) == postId);
    CHECK(all.at(2).action.type == u"match.start");
    CHECK(all.at(2).action.data.value(u"match_id"_s) == acceptedMatch);
    CHECK(all.at(3).action.type == u"account.activate");
    CHECK(page.queueTable()->rowCount() == 4);
}

TEST_CASE("the board page says when the board cannot be read", "[ui][board]")
{
    test::SyncDesk desk;
    test::WidgetHub hub;
    hub.answer = [](const test::FakeRequest &) {
        return test::jsonAnswer(503, R"({"type":"urn:sportello:problem:unavailable"})");
    };
    test::ScriptedPrompter prompter;
    sync::BoardFetch fetch(*desk.network, hub.factory(), desk.clock);
    ui::BoardPage page({desk.services->board(),
                        fetch,
                        *desk.changes,
                        prompter,
                        desk.volunteer,
                        {{u"015175"_s, u"Pioltello"_s}}});
    QSignalSpy read(&fetch, &sync::BoardFetch::finished);
    page.refreshBoard();
    CHECK_FALSE(page.button(u"refresh"_s)->isEnabled());
    REQUIRE(read.wait(10000));
    CHECK(page.button(u"refresh"_s)->isEnabled());
    CHECK(page.findChild<QLabel *>(u"boardViewStatus"_s)
              ->text()
              .startsWith(u"The board cannot be read now"_s));
    CHECK(page.boardTree()->topLevelItemCount() == 0);
}
