// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>

namespace sportello::crypto {

// Owns secret bytes in sodium_malloc'd memory: guard pages around it, locked against swapping
// where the platform allows, zeroed and released on destruction. Movable, never copied; has no
// QDebug operator on purpose.
class SecureBuffer final
{
public:
    SecureBuffer() = default;
    // Allocates `size` bytes (contents unspecified); isNull() when the allocation failed.
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    [[nodiscard]] bool isNull() const { return m_data == nullptr; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    // Writable until makeReadOnly().
    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *data() const { return m_data; }

    // Turns the pages read-only, so a stray write crashes instead of corrupting the key.
    void makeReadOnly();
    // Zeroes and releases the memory now; the buffer becomes null.
    void reset();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace sportello::crypto
