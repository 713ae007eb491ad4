// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "rag.h"

#include "coretr.h"

#include <array>

namespace Jfp::Rags {

namespace {

struct Entry
{
    Rag rag;
    const char *key;
    const char *symbol; // UTF-8
};

constexpr std::array entries = {Entry{Rag::Red, "red", "\u25B2"},
                                Entry{Rag::Amber, "amber", "\u25C6"},
                                Entry{Rag::Green, "green", "\u25CF"}};

} // namespace

QString key(Rag rag)
{
    for (const Entry &e : entries) {
        if (e.rag == rag)
            return QLatin1String(e.key);
    }
    return {};
}

std::optional<Rag> fromKey(QStringView key)
{
    for (const Entry &e : entries) {
        if (key == QLatin1String(e.key))
            return e.rag;
    }
    return std::nullopt;
}

QStringList keys()
{
    QStringList all;
    for (const Entry &e : entries)
        all << QLatin1String(e.key);
    return all;
}

QString label(QStringView key)
{
    const std::optional<Rag> rag = fromKey(key);
    if (!rag)
        return Tr::tr("Not given");
    switch (*rag) {
    case Rag::Red:
        return Tr::tr("Red");
    case Rag::Amber:
        return Tr::tr("Amber");
    case Rag::Green:
        return Tr::tr("Green");
    }
    return Tr::tr("Not given");
}

QString symbol(QStringView key)
{
    for (const Entry &e : entries) {
        if (key == QLatin1String(e.key))
            return QString::fromUtf8(e.symbol);
    }
    return QStringLiteral("\u2013");
}

int rank(QStringView key)
{
    if (const std::optional<Rag> rag = fromKey(key))
        return int(*rag);
    return key.isEmpty() ? 4 : 3;
}

} // namespace Jfp::Rags
