// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoneromcheck.h"

PhoneRomCheck::PhoneRomCheck(const RomInspection &rom, const PhoneInfo &phone)
{
    checkProduct(rom, phone);
    checkAntiRollback(rom, phone);
    if (!refused())
        adviseScripts(rom);
}

void PhoneRomCheck::checkProduct(const RomInspection &rom, const PhoneInfo &phone)
{
    if (rom.products.isEmpty() || phone.device.isEmpty()) {
        if (!rom.products.isEmpty())
            m_warnings << tr("The phone did not tell its product; this ROM is for %1.").arg(rom.products.join(QLatin1String(", ")));
        return;
    }
    for (const QString &product : rom.products) {
        if (product.compare(phone.device, Qt::CaseInsensitive) == 0)
            return;
    }
    m_otherProduct = true;
    // The phone's name mostly holds its product already ("whyred", "Redmi Note 5 (whyred)"): said once.
    if (phone.displayName().contains(phone.device))
        m_errors << tr("This ROM is for %1, the connected phone is %2: do not flash it, its own scripts refuse it.")
                        .arg(rom.products.join(QLatin1String(", ")), phone.displayName());
    else
        m_errors << tr("This ROM is for %1, the connected phone is %2 (%3): do not flash it, its own scripts refuse it.")
                        .arg(rom.products.join(QLatin1String(", ")), phone.displayName(), phone.device);
    //: a headline's reason not to flash a ROM: %1 the ROM's product(s), %2 the phone's (codenames such as whyred)
    m_refusals << tr("for another product (%1), not for the phone's %2").arg(rom.products.join(QLatin1String(", ")), phone.device);
}

void PhoneRomCheck::checkAntiRollback(const RomInspection &rom, const PhoneInfo &phone)
{
    if (!rom.isFastboot())
        return;
    const AntiRollback &anti = rom.antiRollback;
    const QString ask = QStringLiteral("fastboot getvar %1")
                            .arg(anti.phoneVariable.isEmpty() ? QStringLiteral("anti") : anti.phoneVariable);
    if (anti.index && phone.anti) {
        if (*anti.index < *phone.anti) {
            m_antiTooLow = true;
            m_errors << tr("Anti-rollback: this ROM's index is %1, the phone's is %2: flashing would be refused or "
                           "brick the phone.")
                            .arg(*anti.index)
                            .arg(*phone.anti);
            //: a headline's reason not to flash a ROM whose product is right but older than the phone allows
            m_refusals << tr("anti-rollback index %1, lower than the phone's %2").arg(*anti.index).arg(*phone.anti);
        }
        return;
    }
    if (anti.index) {
        m_warnings << tr("Anti-rollback: this ROM's index is %1; the phone tells its own only in fastboot mode "
                         "(%2). Detect the phone in fastboot mode before flashing.")
                          .arg(*anti.index)
                          .arg(ask);
        return;
    }
    if (phone.anti && *phone.anti > 0) {
        m_warnings << (anti.commentedOut
                           ? tr("Anti-rollback: this ROM's scripts have the check commented out and the phone's index "
                                "is %1: make sure this ROM is not older than the installed one.")
                           : tr("Anti-rollback: this ROM's scripts do not check it and the phone's index is %1: make "
                                "sure this ROM is not older than the installed one."))
                              .arg(*phone.anti);
    }
}

void PhoneRomCheck::adviseScripts(const RomInspection &rom)
{
    const FlashScript *recommended = rom.recommendedScript();
    for (const FlashScript &script : rom.scripts) {
        if (&script == recommended && !script.wipesData)
            m_advice << tr("Recommended: %1 keeps your data.").arg(script.name);
        else if (&script == recommended)
            m_advice << tr("Recommended: %1 (this ROM has no script that keeps your data; it erases the phone).").arg(script.name);
        else if (script.locksBootloader)
            m_advice << tr("%1 relocks the bootloader: only for the official ROM of this exact phone and region.").arg(script.name);
        else if (script.wipesData)
            m_advice << tr("%1 erases all data.").arg(script.name);
    }
}
