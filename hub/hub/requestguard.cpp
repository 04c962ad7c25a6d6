// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/requestguard.h"

#include <QList>

namespace sportello::hub {

RequestGuard::Verdict RequestGuard::feed(const QByteArray &bytes)
{
    QByteArray pending = bytes;
    qsizetype at = 0;
    while (at < pending.size()) {
        if (!m_inHeader) {
            const qsizetype take = std::min(m_bodyLeft, pending.size() - at);
            m_bodyLeft -= take;
            at += take;
            m_inHeader = m_bodyLeft == 0;
            continue;
        }
        // Blank lines between requests are allowed before a request line.
        while (m_header.isEmpty() && at < pending.size()
               && (pending.at(at) == '\r' || pending.at(at) == '\n'))
            ++at;
        if (at == pending.size())
            break;
        // The blank line ending the header may straddle two reads: search the kept bytes too.
        const qsizetype before = m_header.size();
        m_header.append(pending.constData() + at, pending.size() - at);
        const qsizetype split = m_header.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        if (split < 0)
            return m_header.size() > m_maxHeader ? Verdict::HeaderTooLarge : Verdict::Continue;
        pending = m_header.mid(split + 4);
        at = 0;
        m_header.truncate(split + 4);
        if (m_header.size() > m_maxHeader)
            return Verdict::HeaderTooLarge;
        if (const Verdict verdict = headerComplete(); verdict != Verdict::Continue)
            return verdict;
    }
    return Verdict::Continue;
}

RequestGuard::Verdict RequestGuard::headerComplete()
{
    qsizetype length = 0;
    const QList<QByteArray> lines = m_header.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding")
            return Verdict::LengthRequired;
        if (name == "content-length") {
            bool ok = false;
            const qlonglong declared = value.toLongLong(&ok);
            if (!ok || declared < 0 || value.size() > 18)
                return Verdict::BadRequest;
            if (declared > m_maxBody)
                return Verdict::BodyTooLarge;
            length = qsizetype(declared);
        }
    }
    m_header.clear();
    m_bodyLeft = length;
    m_inHeader = length == 0;
    return Verdict::Continue;
}

} // namespace sportello::hub
