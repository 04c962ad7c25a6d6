// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QLineEdit;
class QListWidget;

namespace sportello::ui {

class TypeAhead;

// The needs of a session, picked by typing part of a label, of the Italian label, of a code or
// an everyday word ("bollet", "POV.UT", "casa"): Enter adds the highlighted need to the list
// below, Backspace in the empty field removes the last one, Delete removes the selected one.
// Special-category needs are marked; a gate decides whether a need may be added.
class NeedPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NeedPicker)

public:
    // Called before a need is added; false keeps it out (the gate tells the operator why).
    using Gate = std::function<bool(const QString &code)>;

    explicit NeedPicker(QWidget *parent = nullptr);

    void setGate(Gate gate);
    [[nodiscard]] QStringList needs() const;
    // Adds a need through the gate; false when refused or already there.
    bool add(const QString &code);
    void remove(const QString &code);
    void clear();
    // Extra text shown next to a chosen need (the label of "other").
    void setDetail(const QString &code, const QString &detail);

    // Codes of the needs matching what was typed, best first, leaving out `except`.
    [[nodiscard]] static QStringList matches(const QString &text, const QStringList &except = {});

    [[nodiscard]] QLineEdit *field() const;
    [[nodiscard]] TypeAhead *typeAhead() const { return m_typeAhead; }
    [[nodiscard]] QListWidget *chosenList() const { return m_chosen; }
    [[nodiscard]] QList<QWidget *> tabOrder() const;

Q_SIGNALS:
    void needsChanged();
    void needAdded(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] static QString displayText(const QString &code);
    void updateChosenFocus();

    TypeAhead *m_typeAhead = nullptr;
    QListWidget *m_chosen = nullptr;
    Gate m_gate;
};

} // namespace sportello::ui
