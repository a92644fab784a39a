// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempcatalogstore.h"

#include "catalog/catalogfile.h"

#include <QFile>
#include <QSignalSpy>

CatalogStore TempCatalogStore::store() const
{
    return CatalogStore(filePath("base.fwbcat"), filePath("imports.fwbcat"), filePath("feed.fwbcat"), filePath("cache"));
}

bool TempCatalogStore::writeBase(const Catalog &catalog) const
{
    QFile base(filePath("base.fwbcat"));
    const QByteArray data = CatalogFile::write(catalog);
    if (!base.open(QIODevice::WriteOnly) || base.write(data) != data.size()) {
        qWarning("TempCatalogStore: cannot write %s: %s", qPrintable(base.fileName()), qPrintable(base.errorString()));
        return false;
    }
    return true;
}

QByteArray TempCatalogStore::savedFeed(CatalogStore::Feed feed) const
{
    QFile file(store().feedPath(feed));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CatalogUpdater::Result TempCatalogStore::refresh(const CatalogUpdater::Options &options, CatalogPtr current) const
{
    CatalogUpdater updater(store());
    updater.setOptions(options);
    QSignalSpy finished(&updater, &CatalogUpdater::finished);
    updater.refresh(std::move(current));
    if (finished.isEmpty() && !finished.wait(20'000))
        return {};
    return finished.first().first().value<CatalogUpdater::Result>();
}
