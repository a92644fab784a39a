// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flash/rominspection.h"
#include "phone/phoneinfo.h"

#include <QCoreApplication>
#include <QStringList>

// A ROM file's inspection held against the connected phone, before anything is flashed (nothing
// ever is): a ROM for another product is refused; an anti-rollback index below the phone's gets
// a warning naming both numbers; the script that keeps the data is recommended and
// flash_all_lock is marked as relocking the bootloader.
class PhoneRomCheck
{
    Q_DECLARE_TR_FUNCTIONS(PhoneRomCheck)

public:
    PhoneRomCheck(const RomInspection &rom, const PhoneInfo &phone);

    // Flashing this ROM on this phone must not be tried (another product, a lower index).
    bool refused() const { return m_otherProduct || m_antiTooLow; }
    bool isOtherProduct() const { return m_otherProduct; }
    bool isAntiRollbackTooLow() const { return m_antiTooLow; }
    // Why it is refused, most serious first: shown in red.
    QStringList errors() const { return m_errors; }
    // The same in a few words for a headline: "for another product (gemini), not for the phone's
    // whyred" and/or "anti-rollback index 3, lower than the phone's 4"; empty when not refused.
    QString refusal() const { return m_refusals.join(QLatin1String("; ")); }
    // What to know or check before flashing (an index the phone has not told, a check the
    // ROM's scripts leave out); shown as warnings.
    QStringList warnings() const { return m_warnings; }
    // The script to run and what the others do; empty when refused.
    QStringList advice() const { return m_advice; }

private:
    void checkProduct(const RomInspection &rom, const PhoneInfo &phone);
    void checkAntiRollback(const RomInspection &rom, const PhoneInfo &phone);
    void adviseScripts(const RomInspection &rom);

    bool m_otherProduct = false;
    bool m_antiTooLow = false;
    QStringList m_errors, m_refusals, m_warnings, m_advice;
};
