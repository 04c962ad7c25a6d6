// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"

#include <QGroupBox>

class QComboBox;
class QListWidget;

namespace sportello::ui {

// The digital-facilitation fields of a FACDIG session: sub-type, ambiti, whether the goal was
// reached and, when not, why.
class FacilitationBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacilitationBox)

public:
    explicit FacilitationBox(QWidget *parent = nullptr);

    [[nodiscard]] people::Facilitation facilitation() const;
    void clear();
    [[nodiscard]] QList<QWidget *> tabOrder() const;

private:
    QComboBox *m_kind = nullptr;
    QListWidget *m_ambiti = nullptr;
    QComboBox *m_goal = nullptr;
    QComboBox *m_reason = nullptr;
};

} // namespace sportello::ui
