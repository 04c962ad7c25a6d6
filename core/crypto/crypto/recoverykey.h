// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sportello::crypto {

class SecureBuffer;

// The recovery key as people read and type it: 32 random bytes in Crockford base32, uppercase,
// in dash-separated groups of four ("7K3M-Q9ZD-…", 13 groups). Reading ignores case, spaces and
// dashes and takes O for 0 and I or L for 1.
class RecoveryKey final
{
public:
    static constexpr int kBytes = 32;
    static constexpr int kGroupLength = 4;

    [[nodiscard]] static QString encode(const SecureBuffer &secret);
    // The secret, or a null buffer when the text is not a well-formed recovery key.
    [[nodiscard]] static SecureBuffer decode(const QString &text);
};

} // namespace sportello::crypto
