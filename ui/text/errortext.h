// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace sportello {
struct Error;
}

namespace sportello::text {

// Turns core's stable error codes into translated sentences for people; shared by the desktop
// app and the command line, so it depends on Qt Core only.
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    [[nodiscard]] static QString message(const Error &error);
};

} // namespace sportello::text
