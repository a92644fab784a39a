// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifyoutcome.h"

#include "catalogterms.h"
#include "download/downloadtypes.h"

namespace {

QString describeEntry(const RomFile &file)
{
    QString text = CatalogTerms::device(file) + QLatin1Char(' ') + file.version;
    if (!file.branch.isEmpty())
        text += QLatin1Char(' ') + CatalogTerms::branch(file.branch);
    if (!file.type.isEmpty())
        text += QStringLiteral(" (%1)").arg(CatalogTerms::type(file.type));
    return text;
}

VerifyOutcome withEntry(VerifyOutcome outcome, const Catalog &catalog, int file)
{
    outcome.file = file;
    const RomFile &rom = catalog.files().at(file);
    outcome.entry = describeEntry(rom);
    outcome.catalogName = rom.fileName;
    outcome.catalogSize = rom.size;
    return outcome;
}

} // namespace

VerifyOutcome VerifyOutcome::decide(const QString &fileName, const QString &md5, const Catalog *catalog, qint64 size)
{
    VerifyOutcome outcome;
    outcome.fileName = fileName;
    outcome.md5 = md5.toLower();
    outcome.size = size;

    const QList<int> named = catalog ? catalog->filesNamed(fileName) : QList<int>();
    if (catalog) {
        // The same name may be listed more than once (several pages); any equal MD5 is a match.
        int withMd5 = -1;
        for (int f : named) {
            const QString &expected = catalog->files().at(f).md5;
            if (expected.isEmpty())
                continue;
            if (expected.compare(outcome.md5, Qt::CaseInsensitive) == 0) {
                outcome.kind = Match;
                outcome.expected = expected.toLower();
                return withEntry(outcome, *catalog, f);
            }
            if (withMd5 < 0)
                withMd5 = f;
        }
        if (withMd5 >= 0) {
            outcome.kind = Mismatch;
            outcome.expected = catalog->files().at(withMd5).md5.toLower();
            return withEntry(outcome, *catalog, withMd5);
        }
        // Renamed, but the bytes are a file of the catalog.
        const QList<int> byMd5 = catalog->filesWithMd5(outcome.md5);
        if (!byMd5.isEmpty()) {
            outcome.kind = Match;
            outcome.expected = outcome.md5;
            return withEntry(outcome, *catalog, byMd5.first());
        }
    }

    // No MD5 to compare with: Xiaomi's file names carry the first 10 hex digits of it.
    RomFile local;
    local.fileName = fileName;
    const QString prefix = local.md5PrefixFromFileName();
    if (!named.isEmpty())
        outcome = withEntry(outcome, *catalog, named.first());
    if (!prefix.isEmpty()) {
        outcome.expected = prefix;
        outcome.kind = outcome.md5.startsWith(prefix) ? PrefixMatch : Mismatch;
        return outcome;
    }
    outcome.kind = NoChecksum;
    return outcome;
}

bool VerifyOutcome::isIncomplete() const
{
    const SizeRange range = SizeRange::fromText(catalogSize);
    return kind == Mismatch && file >= 0 && size >= 0 && range.isValid() && size < range.min;
}

QString VerifyOutcome::headline() const
{
    switch (kind) {
    case Match:
        if (file >= 0)
            return tr("Match — this is %1 of %2 (MD5 %3)").arg(catalogName, entry, md5);
        return tr("Match (MD5 %1)").arg(md5);
    case Mismatch:
        if (expected.size() < 32)
            return tr("Mismatch — expected an MD5 starting with %1, got %2: do not flash this file").arg(expected, md5);
        return tr("Mismatch — expected %1, got %2: do not flash this file").arg(expected, md5);
    case PrefixMatch:
        return tr("Prefix match — the MD5 %1 starts with %2, the digits in the file name").arg(md5, expected);
    case NoChecksum:
        return tr("No checksum known — the MD5 of this file is %1").arg(md5);
    }
    return {};
}

QString VerifyOutcome::details() const
{
    switch (kind) {
    case Match:
        if (file >= 0 && catalogName != fileName)
            return tr("The file was renamed; its bytes are exactly the catalog's %1.").arg(catalogName);
        return tr("The file is complete and unchanged.");
    case Mismatch:
        if (isIncomplete())
            return tr("Incomplete: the file is %1, %2 of %3 is %4. Download it again.")
                .arg(DownloadText::bytes(size), catalogName, entry, catalogSize);
        if (file >= 0)
            return tr("The file differs from %1 of %2 in the catalog: it is damaged, incomplete or another build. "
                      "Download it again.").arg(catalogName, entry);
        return tr("The MD5 digits in the file name do not match its bytes: it is damaged or incomplete. "
                  "Download it again.");
    case PrefixMatch:
        if (file >= 0)
            return tr("The catalog lists %1 of %2 without an MD5, so only the first 10 hex digits could be "
                      "checked.").arg(catalogName, entry);
        return tr("The file is not in the catalog, so only the first 10 hex digits could be checked.");
    case NoChecksum:
        if (file >= 0)
            return tr("%1 of %2 is in the catalog without an MD5. Compare the MD5 above with a trusted "
                      "source before flashing.").arg(catalogName, entry);
        return tr("The file is not in the catalog. Compare the MD5 above with a trusted source before flashing.");
    }
    return {};
}
