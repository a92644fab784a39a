// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "phone/phonematcher.h"

#include <QWidget>

class FieldLabel;
class QAction;
class QBoxLayout;
class QComboBox;
class QFormLayout;
class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

// The connected phone, as the "Phone" dock shows it: a Detect button, a picker when several
// phones are connected, what the phone is and runs (name, codename, variant, region, installed
// version, Android, anti-rollback index when known), what the user should know about it, and the
// ROMs recommended for it (activating one opens its version). Shows what it is given; the
// PhoneController detects and matches.
class DevicePanel : public QWidget
{
    Q_OBJECT

public:
    enum Field { Name, Codename, Variant, Region, Installed, Android, Anti, Connection, FieldCount };
    Q_ENUM(Field)

    explicit DevicePanel(QWidget *parent = nullptr);

    // The button runs this action (Tools > Detect Phone).
    void setDetectAction(QAction *action);

    void showDetecting();
    // A finished detection: fills the picker (shown with two phones or more) and says why nothing
    // usable was found, if so. The chosen phone is shown by showMatch() / showPhoneProblem().
    void showScan(const PhoneScan &scan, int chosen);
    // catalog may be null (not loaded yet): the phone is shown without ROMs.
    void showMatch(const PhoneMatch &match, const Catalog *catalog);
    void showPhoneProblem(const PhoneInfo &phone);

    QComboBox *phonePicker() const { return m_picker; }
    QTreeWidget *recommendedView() const { return m_recommended; }
    QToolButton *detectButton() const { return m_detectButton; }
    FieldLabel *value(Field field) const { return m_values[field]; }
    bool isFieldShown(Field field) const;
    QString statusText() const;
    QString notesText() const;
    QSize sizeHint() const override;
    // Details and the ROM list side by side (a dock at the top or bottom) or stacked.
    void setWide(bool wide);
    bool isWide() const;

Q_SIGNALS:
    void phoneChosen(int index); // index into the last scan's phones
    void versionActivated(const QString &folder, const QString &version, const QString &section);

private:
    void clearPhone();
    void fitColumns();
    void setField(Field field, const QString &value);
    void setNotes(const QStringList &notes, bool warning);
    static QString fieldName(Field field);

    QBoxLayout *m_columns;
    QToolButton *m_detectButton;
    QLabel *m_status;
    QWidget *m_pickerRow;
    QComboBox *m_picker;
    QWidget *m_details;
    QFormLayout *m_form;
    QLabel *m_names[FieldCount] = {};
    FieldLabel *m_values[FieldCount] = {};
    QLabel *m_notes;
    QLabel *m_recommendedTitle;
    QTreeWidget *m_recommended;
};
