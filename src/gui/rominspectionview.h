// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flash/rominspection.h"

#include <QWidget>

class PhoneCheckView;
class PhoneRomCheck;
class QFormLayout;
class QLabel;
class QTreeWidget;

// A ROM file's inspection as the Inspect ROM dialog shows it: the check against the connected
// phone first, then kind, product, anti-rollback index (and where it comes from), the flash
// scripts with what each does, the OTA metadata of a Recovery ROM and the images with sizes.
class RomInspectionView : public QWidget
{
    Q_OBJECT

public:
    explicit RomInspectionView(QWidget *parent = nullptr);

    void setInspection(const RomInspection &rom);
    // The check against the connected phone; without one (no phone) the block hides.
    void setPhoneCheck(const PhoneRomCheck *check);

    PhoneCheckView *phoneCheckView() const { return m_phoneCheck; }
    QTreeWidget *imagesView() const { return m_images; }
    // The value of a row by its label ("Product"), for tests and accessibility.
    QString value(const QString &name) const;

    // "4 (images/anti_version.txt)", "none: the check is commented out in the scripts"
    static QString antiRollbackText(const AntiRollback &anti);

private:
    void addRow(const QString &name, const QString &value);

    PhoneCheckView *m_phoneCheck;
    QLabel *m_unsafe;
    QFormLayout *m_form;
    QTreeWidget *m_images;
    QStringList m_names;
};
