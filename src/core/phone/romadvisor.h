// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/romfile.h"
#include "phone/phoneinfo.h"

#include <QCoreApplication>
#include <QStringList>

// What to tell the user before they download a ROM for the connected phone: another device's ROM,
// a different region, an older version than installed (anti-rollback), a Recovery ROM of another
// branch. Without a phone (default-constructed) there is nothing to say.
class RomAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(RomAdvisor)

public:
    RomAdvisor() = default;
    // installedBranch and installedDate come from the installed version's page when the catalog
    // has it; otherwise the branch is guessed from the version's shape and the date is empty.
    RomAdvisor(const PhoneInfo &phone, const QString &installedBranch, const QString &installedDate);

    bool hasPhone() const { return m_hasPhone; }
    const QString &region() const { return m_region; }
    const QString &installedBranch() const { return m_installedBranch; }

    // The card names another codename than the phone's ("angelica" for a Redmi 9C NFC, angelican).
    bool isOtherDevice(const RomFile &file) const;
    bool isOtherRegion(const RomFile &file) const;
    bool isOlderThanInstalled(const RomFile &file) const;
    bool isNewerThanInstalled(const RomFile &file) const;
    bool isRecoveryForOtherBranch(const RomFile &file) const;
    // User-visible sentences, most serious first; empty when nothing speaks against the file.
    QStringList warnings(const RomFile &file) const;

    // "Stable" for "V14.0.7.0.TKHMIXM" and "OS1.0.3.0.TKHCNXM", "Public Beta" for "….DEV",
    // "Weekly" for "9.3.28".
    static QString guessBranch(const QString &version);
    // Stable and Stable Beta are one line of updates; Weekly and Public Beta the other.
    static bool sameBranchLine(const QString &a, const QString &b);

private:
    // <0, 0, >0 like strcmp: the file's version against the installed one (release dates decide
    // between a weekly and a stable version when the installed page's date is known).
    int compareWithInstalled(const RomFile &file) const;

    bool m_hasPhone = false;
    QString m_codename;
    QString m_phoneName;
    QString m_region;
    QString m_installedVersion;
    QString m_installedBranch;
    QString m_installedDate;
    std::optional<int> m_anti;
};
