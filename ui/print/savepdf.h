// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace sportello::ui {

class Prompter;

// Asks through the prompter where to save a PDF (offering `suggestedPath`), adds ".pdf" when
// the name has no extension (confirming before replacing a file the dialog did not see), writes
// it with `write` and warns when it cannot be written. Returns the path written, or empty when
// the person cancelled or nothing could be written.
QString savePdfAs(Prompter &prompter, QWidget *parent, const QString &title,
                  const QString &suggestedPath,
                  const std::function<bool(const QString &path)> &write);

// The asking half of savePdfAs: the path chosen for a PDF, with ".pdf" added to a name without
// extension (confirming before replacing a file the dialog did not see); nothing when the
// person cancelled.
[[nodiscard]] std::optional<QString> askPdfPath(Prompter &prompter, QWidget *parent,
                                                const QString &title, const QString &suggestedPath);
// The sentence of a PDF that could not be written to `path`.
[[nodiscard]] QString unwritablePdfMessage(const QString &path);

// `name` in the person's Documents folder (the home folder when there is none).
[[nodiscard]] QString documentsPath(const QString &name);

} // namespace sportello::ui
