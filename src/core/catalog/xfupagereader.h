// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/xfupage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reads a saved XFU version page (Jekyll front matter + the card HTML of the site, in the older
// one-button or the current five-mirror rendering). Ads and Liquid tags are ignored; the incremental
// update button is skipped because upstream matches it on version only and it often names another
// device's file.
class XfuPageReader
{
    Q_DECLARE_TR_FUNCTIONS(XfuPageReader)

public:
    // Anything larger is not a version page (the largest real one is under 40 kB).
    static constexpr qint64 MaxPageBytes = 2 * 1024 * 1024;

    struct Result
    {
        XfuPage page;
        QString error; // empty on success; otherwise what is wrong and where
        bool ok() const { return error.isEmpty(); }
    };

    static Result read(const QByteArray &bytes);
    static Result readFile(const QString &path);

    static QString decodeEntities(QStringView text);
    // What a browser shows of an HTML fragment: tags dropped (a '<' starts one only before a letter,
    // '/', '!' or '?'), a bare '<', '>' or '&' kept, entities decoded; whitespace as written.
    static QString visibleText(QStringView html);
};
