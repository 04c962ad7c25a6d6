// SPDX-License-Identifier: GPL-3.0-or-later
#include "needpicker.h"

#include "people/needcategories.h"
#include "people/vocabulary.h"
#include "sessionwidgets.h"
#include "text/peopletext.h"
#include "typeahead.h"

#include <QHash>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using sportello::people::Vocabulary;

namespace sportello::ui {

namespace {

constexpr int kMaximumMatches = 8;
constexpr int kVisibleMatches = 6;

// What a need can be found by, folded once.
struct NeedWords
{
    QString code;
    QString folded; // label, Italian label, code and everyday words
    QStringList starts; // words a match may start with, for ranking
};

QList<NeedWords> needWords()
{
    QList<NeedWords> list;
    for (const people::Term &term : Vocabulary::needs()) {
        const QString code = QString::fromLatin1(term.code);
        QString all = text::PeopleText::need(code) + u' ' + QString::fromUtf8(term.italian) + u' '
            + code + u' ' + people::needKeywords(code).join(u' ');
        NeedWords words {code, TypeAhead::fold(all), {}};
        words.starts = words.folded.split(QRegularExpression(u"[^\\w.]+"_s), Qt::SkipEmptyParts);
        list.append(words);
    }
    return list;
}

bool isSensitive(const QString &code)
{
    return Vocabulary::needSensitivity(code) != people::Sensitivity::Ordinary;
}

} // namespace

NeedPicker::NeedPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_typeAhead = new TypeAhead(this);
    m_typeAhead->setObjectName(u"needPicker"_s);
    m_typeAhead->setVisibleRows(kVisibleMatches);
    QLineEdit *edit = m_typeAhead->field();
    edit->setObjectName(u"needField"_s);
    edit->setPlaceholderText(tr("Type a word or a code: bollette, affitto, POV.UT…"));
    edit->setAccessibleName(tr("Add a need"));
    edit->setToolTip(tr("Type part of a need or its code, choose with ↓/↑ and add it with Enter. "
                        "Backspace in the empty field removes the last need."));
    QFont big = edit->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    edit->setFont(big);
    m_typeAhead->setProvider([this](const QString &text) -> QList<TypeAheadItem> {
        QList<TypeAheadItem> items;
        if (text.trimmed().isEmpty())
            return items;
        for (const QString &code : matches(text, needs()))
            items.append({code, displayText(code), QString()});
        if (items.isEmpty())
            items.append({QString(), tr("No need matches \"%1\"").arg(text.simplified()), {}});
        return items;
    });
    layout->addWidget(m_typeAhead);

    m_chosen = new QListWidget(this);
    m_chosen->setObjectName(u"chosenNeeds"_s);
    m_chosen->setAccessibleName(tr("Needs of this session"));
    m_chosen->setToolTip(tr("Delete removes the selected need."));
    // As tall as the column allows, no taller than the window: the form then fits without
    // scrolling.
    m_chosen->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_chosen->setMinimumHeight(fontMetrics().height() * 3);
    m_chosen->installEventFilter(this);
    layout->addWidget(m_chosen, 1);
    updateChosenFocus();

    connect(m_typeAhead, &TypeAhead::chosen, this, [this](const QString &code) {
        if (code.isEmpty())
            return;
        if (add(code))
            m_typeAhead->field()->clear();
    });
    connect(m_typeAhead, &TypeAhead::backspaceOnEmpty, this, [this] {
        if (m_chosen->count() > 0)
            remove(m_chosen->item(m_chosen->count() - 1)->data(kCodeRole).toString());
    });
}

void NeedPicker::setGate(Gate gate)
{
    m_gate = std::move(gate);
}

QLineEdit *NeedPicker::field() const
{
    return m_typeAhead->field();
}

QStringList NeedPicker::needs() const
{
    QStringList codes;
    for (int row = 0; row < m_chosen->count(); ++row)
        codes.append(m_chosen->item(row)->data(kCodeRole).toString());
    return codes;
}

QString NeedPicker::displayText(const QString &code)
{
    QString text = text::PeopleText::needWithCode(code);
    if (!Vocabulary::isMacroNeed(code))
        text.prepend(u"   "_s); // micro-voci under their macro-voce
    if (isSensitive(code))
        text += u"   ⚠ "_s + tr("needs consent");
    return text;
}

bool NeedPicker::add(const QString &code)
{
    if (!Vocabulary::isNeed(code) || needs().contains(code))
        return false;
    if (m_gate && !m_gate(code))
        return false;
    auto *item = new QListWidgetItem(displayText(code).trimmed(), m_chosen);
    item->setData(kCodeRole, code);
    item->setToolTip(
        QString::fromUtf8(catalogue::Taxonomy::find(Vocabulary::needs(), code)->italian));
    updateChosenFocus();
    Q_EMIT needAdded(code);
    Q_EMIT needsChanged();
    return true;
}

void NeedPicker::remove(const QString &code)
{
    for (int row = 0; row < m_chosen->count(); ++row) {
        if (m_chosen->item(row)->data(kCodeRole).toString() == code) {
            delete m_chosen->takeItem(row);
            updateChosenFocus();
            Q_EMIT needsChanged();
            return;
        }
    }
}

void NeedPicker::clear()
{
    m_typeAhead->field()->clear();
    m_typeAhead->hideMatches();
    m_chosen->clear();
    updateChosenFocus();
    Q_EMIT needsChanged();
}

void NeedPicker::setDetail(const QString &code, const QString &detail)
{
    for (int row = 0; row < m_chosen->count(); ++row) {
        QListWidgetItem *item = m_chosen->item(row);
        if (item->data(kCodeRole).toString() == code)
            item->setText(displayText(code).trimmed() + u": "_s + detail);
    }
}

void NeedPicker::updateChosenFocus()
{
    // An empty list is no stop for Tab.
    if (m_chosen->count() == 0 && m_chosen->hasFocus())
        m_typeAhead->field()->setFocus(Qt::OtherFocusReason);
    m_chosen->setFocusPolicy(m_chosen->count() > 0 ? Qt::StrongFocus : Qt::NoFocus);
}

bool NeedPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chosen && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && m_chosen->currentItem()) {
            remove(m_chosen->currentItem()->data(kCodeRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QStringList NeedPicker::matches(const QString &text, const QStringList &except)
{
    static const QList<NeedWords> all = needWords();
    const QStringList words = TypeAhead::fold(text).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QList<std::pair<int, QString>> ranked; // (rank, code); lower is better
    for (const NeedWords &need : all) {
        if (except.contains(need.code) || !TypeAhead::containsWords(need.folded, words))
            continue;
        const bool starts = std::all_of(words.cbegin(), words.cend(), [&need](const auto &word) {
            return std::any_of(need.starts.cbegin(), need.starts.cend(),
                               [&word](const QString &start) { return start.startsWith(word); });
        });
        ranked.append({starts ? 0 : 1, need.code});
    }
    // Stable: within a rank, the order of the taxonomy (macro-voce before its micro-voci).
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList codes;
    for (qsizetype i = 0; i < ranked.size() && codes.size() < kMaximumMatches; ++i)
        codes.append(ranked.at(i).second);
    return codes;
}

QList<QWidget *> NeedPicker::tabOrder() const
{
    return {m_typeAhead->field(), m_chosen};
}

} // namespace sportello::ui
