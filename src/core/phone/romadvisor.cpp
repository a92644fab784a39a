// SPDX-License-Identifier: GPL-3.0-or-later
#include "romadvisor.h"

#include "catalog/versionorder.h"

namespace {

// The version families compareVersions() orders: HyperOS "OS…", MIUI "V…", weeklies "9.3.28".
int family(const QString &version)
{
    if (version.startsWith(QLatin1String("OS")))
        return 2;
    return version.startsWith(QLatin1Char('V')) ? 1 : 0;
}

bool isStableLine(const QString &branch)
{
    return branch.startsWith(QLatin1String("Stable"));
}

} // namespace

RomAdvisor::RomAdvisor(const PhoneInfo &phone, const QString &installedBranch, const QString &installedDate)
    : m_hasPhone(true)
    , m_codename(phone.codename())
    , m_phoneName(phone.displayName())
    , m_region(phone.romRegion())
    , m_installedVersion(phone.installedVersion)
    , m_installedBranch(installedBranch.isEmpty() ? guessBranch(phone.installedVersion) : installedBranch)
    , m_installedDate(installedDate)
    , m_anti(phone.anti)
{
}

QString RomAdvisor::guessBranch(const QString &version)
{
    if (version.isEmpty())
        return {};
    if (version.endsWith(QLatin1String(".DEV")))
        return QStringLiteral("Public Beta");
    return family(version) == 0 ? QStringLiteral("Weekly") : QStringLiteral("Stable");
}

bool RomAdvisor::sameBranchLine(const QString &a, const QString &b)
{
    return isStableLine(a) == isStableLine(b);
}

int RomAdvisor::compareWithInstalled(const RomFile &file) const
{
    if (family(file.version) != family(m_installedVersion) && !m_installedDate.isEmpty()) {
        // A weekly "22.3.9" against a stable "V13.0.4.0": their numbers do not compare; their dates do.
        const int byDate = file.releaseDate.compare(m_installedDate);
        if (byDate != 0 && file.releaseDate.size() == m_installedDate.size())
            return byDate;
    }
    return compareVersions(file.version, m_installedVersion);
}

bool RomAdvisor::isOtherDevice(const RomFile &file) const
{
    return m_hasPhone && !m_codename.isEmpty() && !file.codename.isEmpty() && file.codename != m_codename;
}

bool RomAdvisor::isOtherRegion(const RomFile &file) const
{
    return m_hasPhone && !m_region.isEmpty() && !file.isForRegion(m_region);
}

bool RomAdvisor::isOlderThanInstalled(const RomFile &file) const
{
    return m_hasPhone && !m_installedVersion.isEmpty() && compareWithInstalled(file) < 0;
}

bool RomAdvisor::isNewerThanInstalled(const RomFile &file) const
{
    return m_hasPhone && !m_installedVersion.isEmpty() && compareWithInstalled(file) > 0;
}

bool RomAdvisor::isRecoveryForOtherBranch(const RomFile &file) const
{
    return m_hasPhone && !m_installedBranch.isEmpty() && file.type == QLatin1String("Recovery")
        && !sameBranchLine(file.branch, m_installedBranch);
}

QStringList RomAdvisor::warnings(const RomFile &file) const
{
    QStringList warnings;
    if (isOtherDevice(file)) {
        // Region, version and branch compare nothing for another device's ROM.
        return {tr("This ROM is for %1 (%2), not for the connected phone, %3: flashing it can brick the phone.")
                    .arg(file.device, file.codename, m_phoneName)};
    }
    if (isOtherRegion(file)) {
        warnings << tr("This ROM is for %1, the phone runs a %2 ROM: a region change needs an unlocked "
                       "bootloader and a Fastboot ROM.")
                        .arg(file.region(), m_region);
    }
    if (isOlderThanInstalled(file)) {
        warnings << (m_anti ? tr("Older than the installed %1: downgrades can be blocked or brick the phone when "
                                 "the anti-rollback index is higher; this phone reports anti = %2.")
                                  .arg(m_installedVersion)
                                  .arg(*m_anti)
                            : tr("Older than the installed %1: downgrades can be blocked or brick the phone when "
                                 "the anti-rollback index is higher; check it first in fastboot mode "
                                 "(fastboot getvar anti).")
                                  .arg(m_installedVersion));
    }
    if (isRecoveryForOtherBranch(file)) {
        //: %1 and %2 are branch names (Stable, Weekly, Stable Beta…), which stay in English
        warnings << tr("A Recovery ROM of the %1 branch, the phone runs %2: a Recovery ROM for a different "
                       "branch may refuse to install or need a data wipe; a Fastboot ROM switches branches.")
                        .arg(file.branch, m_installedBranch);
    }
    return warnings;
}
