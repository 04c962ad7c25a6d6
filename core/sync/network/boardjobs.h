// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/deskboard.h"
#include "network/hubjob.h"

namespace sportello::sync {

// GET /v1/board: the board as the hub shows it to this desk (board::DeskView).
class BoardViewJob final : public HubJob
{
    Q_OBJECT

public:
    explicit BoardViewJob(const HubClient &client, QObject *parent = nullptr);
    [[nodiscard]] const board::DeskView &view() const { return m_view; }

protected:
    [[nodiscard]] QByteArray verb() const override { return "GET"; }
    [[nodiscard]] QString path() const override;
    [[nodiscard]] std::optional<Failure> readAnswer() override;

private:
    board::DeskView m_view;
};

// POST /v1/board/actions: the actions the desk queued, a result per action in order.
class BoardActionsJob final : public HubJob
{
    Q_OBJECT

public:
    struct Result
    {
        QString id;
        bool settled = false; // applied, or applied before: delivered
        QString reason; // a refusal's "field: problem"
    };

    BoardActionsJob(const HubClient &client, QList<board::DeskAction> actions,
                    QObject *parent = nullptr);
    [[nodiscard]] const QList<Result> &results() const { return m_results; }

protected:
    [[nodiscard]] QByteArray verb() const override { return "POST"; }
    [[nodiscard]] QString path() const override;
    [[nodiscard]] QByteArray payload() const override;
    [[nodiscard]] std::optional<Failure> readAnswer() override;

private:
    QList<board::DeskAction> m_actions;
    QList<Result> m_results;
};

} // namespace sportello::sync
