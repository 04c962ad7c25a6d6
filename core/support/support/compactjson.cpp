// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sportello::json {

namespace {

// Printable ASCII that JSON writes as itself.
bool isPlain(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\')
            return false;
    }
    return true;
}

// A value as Qt writes it, taken out of a one-element array.
void appendByQt(QByteArray &out, const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    out.append(QByteArrayView(wrapped).sliced(1, wrapped.size() - 2));
}

} // namespace

void appendString(QByteArray &out, QStringView text)
{
    if (!isPlain(text)) {
        appendByQt(out, QJsonValue(text.toString()));
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + text.size() + 2);
    char *at = out.data() + start;
    *at++ = '"';
    for (const QChar c : text)
        *at++ = char(c.unicode());
    *at = '"';
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out.append("null");
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.append('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendValue(out, array.at(i));
        }
        out.append(']');
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out.append('{');
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!std::exchange(first, false))
                out.append(',');
            appendString(out, it.key());
            out.append(':');
            appendValue(out, it.value());
        }
        out.append('}');
        return;
    }
    case QJsonValue::Double:
    case QJsonValue::Undefined:
        break;
    }
    appendByQt(out, value);
}

QByteArray compact(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(512);
    appendValue(out, object);
    return out;
}

} // namespace sportello::json
