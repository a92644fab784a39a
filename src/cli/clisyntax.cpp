// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisyntax.h"

#include "catalog/catalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name;
}

} // namespace

QStringList cliChoices(CliValue value, const Catalog &catalog)
{
    QStringList values;
    switch (value) {
    case CliValue::Branch:
        values = catalog.search().branchNames();
        break;
    case CliValue::Type:
        values = catalog.search().typeNames();
        break;
    case CliValue::Region:
        values = catalog.search().regionNames();
        break;
    case CliValue::Section: {
        // In the site's order, not sorted.
        QList<bool> present(RomOsCount, false);
        for (const CatalogDevice &device : catalog.devices())
            present[int(device.os)] = true;
        for (int os = 0; os < RomOsCount; ++os) {
            if (present[os])
                values.append(osSlug(RomOs(os)));
        }
        return values;
    }
    default:
        return {};
    }
    values.removeAll(QString()); // a device name without a region word
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return values;
}

CliOption::CliOption(QStringList names_, const char *description_, QString valueName_, CliValue value_,
                     QString defaultValue_, Synopsis synopsis)
    : names(std::move(names_))
    , description(description_)
    , valueName(std::move(valueName_))
    , value(value_)
    , defaultValue(std::move(defaultValue_))
    , inSynopsis(synopsis == Synopsis::Shown)
{
}

CliArgument::CliArgument(QString name_, const char *description_, CliValue value_, Count count)
    : name(std::move(name_))
    , description(description_)
    , value(value_)
    , optional(count == Count::AnyNumber)
    , repeats(count == Count::AnyNumber)
{
}

QCommandLineOption CliOption::toQt() const
{
    QCommandLineOption option(names, QCoreApplication::translate("CliApp", description), valueName);
    if (!defaultValue.isEmpty())
        option.setDefaultValue(defaultValue);
    return option;
}

QString CliOption::spelled() const
{
    QStringList dashedNames;
    for (const QString &name : names)
        dashedNames.append(dashed(name));
    QString text = dashedNames.join(QLatin1String(", "));
    if (!valueName.isEmpty())
        text += QLatin1Char(' ') + valueName;
    return text;
}

QString CliOption::shortest() const
{
    return dashed(names.constFirst());
}

QString CliArgument::synopsis() const
{
    const QString text = repeats ? name + QLatin1String("...") : name;
    return optional ? QLatin1Char('[') + text + QLatin1Char(']') : text;
}

QString CliSyntax::synopsis() const
{
    QStringList words;
    for (const CliArgument &argument : m_arguments)
        words.append(argument.synopsis());
    for (const CliOption &option : m_options) {
        if (!option.inSynopsis)
            continue;
        words.append(QLatin1Char('[') + option.shortest()
                     + (option.valueName.isEmpty() ? QString() : QLatin1Char(' ') + option.valueName) + QLatin1Char(']'));
    }
    return words.join(QLatin1Char(' '));
}

void CliSyntax::addTo(QCommandLineParser &parser) const
{
    for (const CliOption &option : m_options)
        parser.addOption(option.toQt());
    for (const CliArgument &argument : m_arguments)
        parser.addPositionalArgument(argument.name, QCoreApplication::translate("CliApp", argument.description),
                                     argument.synopsis());
}
