// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "printabletext.h"

#include "coretr.h"

#include <algorithm>

namespace Jfp {

using namespace Qt::StringLiterals;

QString printableText(const QString &text, qsizetype maxCharacters)
{
    QString shown;
    const qsizetype kept = std::min<qsizetype>(text.size(), maxCharacters);
    shown.reserve(kept + 40);
    for (qsizetype i = 0; i < kept; ++i) {
        const QChar c = text.at(i);
        if (c.category() == QChar::Other_Control && c != u'\n')
            shown += u"\\x"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0');
        else
            shown += c;
    }
    if (text.size() > kept)
        shown += Tr::tr("… (%1 characters in all)").arg(text.size());
    return shown;
}

} // namespace Jfp
