// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/boardjobs.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sportello::sync {

BoardViewJob::BoardViewJob(const HubClient &client, QObject *parent)
    : HubJob(client, parent)
{ }

QString BoardViewJob::path() const
{
    return u"/v1/board"_s;
}

std::optional<Failure> BoardViewJob::readAnswer()
{
    const auto view = board::deskViewFromJson(QJsonDocument::fromJson(body()).object());
    if (!view)
        return badAnswer(u"board: not a view of the board"_s);
    m_view = *view;
    return std::nullopt;
}

BoardActionsJob::BoardActionsJob(const HubClient &client, QList<board::DeskAction> actions,
                                 QObject *parent)
    : HubJob(client, parent)
    , m_actions(std::move(actions))
{ }

QString BoardActionsJob::path() const
{
    return u"/v1/board/actions"_s;
}

QByteArray BoardActionsJob::payload() const
{
    QJsonArray list;
    for (const board::DeskAction &action : m_actions)
        list.append(board::toJson(action));
    return QJsonDocument(QJsonObject {{u"actions"_s, list}}).toJson(QJsonDocument::Compact);
}

std::optional<Failure> BoardActionsJob::readAnswer()
{
    const QJsonArray results
        = QJsonDocument::fromJson(body()).object().value(u"results"_s).toArray();
    if (results.size() != m_actions.size())
        return badAnswer(
            u"board: %1 results for %2 actions"_s.arg(results.size()).arg(m_actions.size()));
    QList<Result> read;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const QString status = result.value(u"status"_s).toString();
        if (result.value(u"id"_s).toString() != m_actions.at(i).id)
            return badAnswer(u"board: result %1 is about another action"_s.arg(i));
        if (status == u"applied" || status == u"duplicate") {
            read.append({m_actions.at(i).id, true, {}});
        } else if (status == u"invalid") {
            read.append({m_actions.at(i).id, false,
                         (result.value(u"field"_s).toString().left(64) + u": "_s
                          + result.value(u"detail"_s).toString().left(64))});
        } else {
            return badAnswer(u"board: result %1 has no known status"_s.arg(i));
        }
    }
    m_results = read;
    return std::nullopt;
}

} // namespace sportello::sync
