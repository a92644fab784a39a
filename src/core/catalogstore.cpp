// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogstore.h"

#include "catalogfile.h"
#include "catalogmerge.h"
#include "xfupagereader.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

QString CatalogStore::embeddedCatalogPath()
{
    return QStringLiteral(":/catalog/xfu.fwbcat");
}

QString CatalogStore::defaultImportsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/imports.fwbcat");
}

CatalogStore::CatalogStore(QString basePath, QString importsPath)
    : m_basePath(std::move(basePath))
    , m_importsPath(std::move(importsPath))
{
}

QList<XfuPage> CatalogStore::importedPages(QString *error) const
{
    if (!QFileInfo::exists(m_importsPath))
        return {};
    const CatalogFile::Result imports = CatalogFile::readFile(m_importsPath);
    if (!imports.ok()) {
        if (error)
            *error = tr("Your imported pages (%1) could not be read: %2").arg(m_importsPath, imports.error);
        return {};
    }
    return imports.catalog->toPages();
}

CatalogStore::Loaded CatalogStore::load() const
{
    Loaded loaded;
    const CatalogFile::Result base = CatalogFile::readFile(m_basePath);
    if (!base.ok()) {
        loaded.error = tr("The catalog %1 could not be read: %2").arg(m_basePath, base.error);
        return loaded;
    }
    const QList<XfuPage> imports = importedPages(&loaded.warning);
    loaded.importedPages = int(imports.size());
    if (imports.isEmpty()) {
        loaded.catalog = base.catalog;
        return loaded;
    }
    loaded.catalog = Catalog::build(mergePages(base.catalog->toPages(), imports), base.catalog->marketingNames(),
                                    base.catalog->info());
    return loaded;
}

CatalogStore::ImportResult CatalogStore::importPage(const QString &pagePath) const
{
    ImportResult result;
    const XfuPageReader::Result read = XfuPageReader::readFile(pagePath);
    if (!read.ok()) {
        result.error = tr("%1: %2").arg(QDir::toNativeSeparators(pagePath), read.error);
        return result;
    }
    result.page = read.page;

    QString error;
    QList<XfuPage> imports = importedPages(&error);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    imports.removeIf([&read](const XfuPage &p) {
        return p.os == read.page.os && p.folder == read.page.folder && p.version == read.page.version;
    });
    imports.append(read.page);

    const CatalogPtr catalog = Catalog::build(imports, {}, {tr("Imported pages"), QDateTime::currentDateTimeUtc()});
    QDir().mkpath(QFileInfo(m_importsPath).absolutePath());
    QSaveFile file(m_importsPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(CatalogFile::write(*catalog)) < 0 || !file.commit()) {
        result.error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(m_importsPath), file.errorString());
        return result;
    }
    return result;
}
