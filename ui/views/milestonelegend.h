// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QWidget>

namespace Jfp {

/** The key to the milestone timeline's shapes, lines and shading; wraps to the width it has. */
class MilestoneLegend : public QWidget
{
    Q_OBJECT

public:
    explicit MilestoneLegend(QWidget *parent = nullptr);

    /** The entries' words in order (also the widget's accessible description). */
    QStringList entries() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    enum class Key { Baseline, Forecast, Slip, Completed, Overdue, Today, Horizon };
    struct Entry
    {
        Key key;
        QString text;
    };

    /** Lays the entries out in rows across `width`; returns each entry's box. */
    QList<QRect> layout(int width) const;
    void paintKey(class QPainter &painter, const QRect &box, Key key) const;

    QList<Entry> m_entries;
};

} // namespace Jfp
