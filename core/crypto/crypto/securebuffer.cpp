// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/securebuffer.h"

#include "crypto/sodiuminit.h"

#include <sodium.h>
#include <utility>

namespace sportello::crypto {

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (size == 0 || !ensureSodium())
        return;
    // sodium_malloc places the block between guard pages and mlock()s it where permitted
    // (an over-quota mlock is not fatal: the memory is still usable, only swappable).
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (m_data)
        m_size = size;
}

SecureBuffer::~SecureBuffer()
{
    reset();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        reset();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBuffer::makeReadOnly()
{
    if (m_data)
        sodium_mprotect_readonly(m_data);
}

void SecureBuffer::reset()
{
    if (!m_data)
        return;
    // sodium_free makes the pages writable again, zeroes them, munlock()s and unmaps.
    sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

} // namespace sportello::crypto
