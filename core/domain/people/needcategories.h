// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::people {

// The catalogue categories (level 2 codes of catalogue::Taxonomy::categories()) whose services
// usually answer a need (a macro or micro code of Vocabulary::needs()), most relevant first.
// A micro-voce without a mapping of its own takes its macro-voce's; unknown codes map to none.
[[nodiscard]] QStringList catalogueCategoriesFor(const QString &needCode);

// Everyday Italian words people use for a need that its labels do not contain ("bollette" for
// POV.UTENZE, "casa" for the housing needs), lowercase and without accents, so that the need
// picker finds a need by the word the operator hears at the counter.
[[nodiscard]] QStringList needKeywords(const QString &needCode);

} // namespace sportello::people
