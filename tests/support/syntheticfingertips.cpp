// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "syntheticfingertips.h"

#include <QFile>
#include <QIODevice>

namespace Jfp::SyntheticFingertips {

namespace {

const char header[]
    = "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,"
      "Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,"
      "Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,"
      "Value note,Recent Trend,Compared to England value or percentiles,"
      "Compared to Region value or percentiles,Time period Sortable,New data,"
      "Compared to goal,Time period range\r\n";

const char *const months[]
    = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QByteArray areaCode(const Shape &shape, int area)
{
    if (!shape.areaCodes.isEmpty())
        return shape.areaCodes.at(area);
    switch (area) {
    case 0:
        return "E92000001";
    case 1:
        return "E12000002";
    case 2:
        return "E08000013";
    default:
        return "E0" + QByteArray::number(6000000 + area);
    }
}

int areaCount(const Shape &shape)
{
    return shape.areaCodes.isEmpty() ? shape.areas : int(shape.areaCodes.size());
}

} // namespace

QByteArray indicatorId(int indicator)
{
    return indicator == 0 ? QByteArray("93356") : QByteArray::number(900000 + indicator);
}

qint64 write(QIODevice *device, const Shape &shape)
{
    qint64 written = device->write(header);
    if (written < 0)
        return -1;
    QByteArray chunk;
    chunk.reserve(1 << 20);
    const int areas = areaCount(shape);
    const qint64 perPeriod = qint64(areas) * shape.indicators;
    for (qint64 i = 0; i < shape.rows; ++i) {
        const int area = int(i % areas);
        const int indicator = int((i / areas) % shape.indicators);
        const int month = int(i / perPeriod);
        const int year = 2005 + month / 12;
        // 50 to 90, limits 5 either side: a valid value of any unit (a percentage too).
        const double value = 50.0 + double(i % 997) / 997.0 * 40.0;
        const QByteArray id = indicatorId(indicator);
        chunk += id + ",\"Campylobacter incidence rate/100,000 (" + id
                 + ")\n\",E12000002,North West region," + areaCode(shape, area) + ",Area "
                 + QByteArray::number(area) + ",County & UA,Persons,All ages,,,"
                 + months[month % 12] + ' ' + QByteArray::number(year) + ','
                 + QByteArray::number(value, 'g', 15) + ',' + QByteArray::number(value - 5, 'g', 15)
                 + ',' + QByteArray::number(value + 5, 'g', 15) + ",,,"
                 + QByteArray::number(100 + i % 50) + ',' + QByteArray::number(180000 + area)
                 + ",,,Similar,Similar," + QByteArray::number(year) + "00"
                 + QByteArray::number(month % 12 + 1).rightJustified(2, '0') + ",,,1m\r\n";
        if (chunk.size() > (1 << 20) - 512 || i + 1 == shape.rows) {
            if (device->write(chunk) != chunk.size())
                return -1;
            written += chunk.size();
            chunk.clear();
        }
    }
    return written;
}

qint64 writeFile(const QString &path, const Shape &shape, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return -1;
    }
    const qint64 bytes = write(&file, shape);
    if (bytes < 0 && error)
        *error = file.errorString();
    return bytes;
}

qint64 rowsOfFirstIndicator(const Shape &shape)
{
    const int areas = areaCount(shape);
    const qint64 perPeriod = qint64(areas) * shape.indicators;
    const qint64 periods = shape.rows / perPeriod;
    const qint64 rest = shape.rows % perPeriod;
    return periods * areas + std::min<qint64>(rest, areas);
}

} // namespace Jfp::SyntheticFingertips
