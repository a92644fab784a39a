// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// What one of a Fastboot ROM's flash scripts (flash_all.sh, flash_all_lock.bat, ...) checks and
// does, read from its text as Xiaomi writes them:
//   fastboot $* getvar product 2>&1 | grep "^product: *whyred"          (.bat: findstr /r /c:"^product: *whyred")
//   CURRENT_ANTI_VER=4                                                  (.bat: set CURRENT_ANTI_VER=4)
//   CURRENT_ANTI_VER=`cat $(dirname $0)/images/anti_version.txt`       (the index kept in a file)
//   ver=`fastboot $* getvar anti ...`  or  getvar rollback_ver          (what the phone is asked)
//   #CURRENT_ANTI_VER=1 / ::set CURRENT_ANTI_VER=1                      (a check commented out)
//   fastboot $* flash userdata ... / fastboot $* oem lock
struct FlashScriptText
{
    QStringList products;                  // the products the script accepts
    std::optional<int> antiIndex;          // a literal index on an active line
    std::optional<int> commentedAntiIndex; // the same, on a commented-out line only
    bool readsAntiVersionFile = false;     // the index comes from images/anti_version.txt
    QString phoneVariable;                 // "anti" or "rollback_ver"; empty when not asked
    bool touchesUserData = false;          // flashes, erases or formats userdata (or fastboot -w)
    bool locksBootloader = false;          // fastboot oem lock / flashing lock

    // batch: a Windows .bat (comments are "::" and "rem"), else a shell script ("#").
    static FlashScriptText read(const QByteArray &text, bool batch);
};

// One of the scripts a Fastboot ROM ships, with its .sh and .bat forms together.
struct FlashScript
{
    Q_DECLARE_TR_FUNCTIONS(FlashScript)

public:
    enum class Kind { FlashAll, KeepData, Lock };

    QString name;       // "flash_all", "flash_all_except_storage", "flash_all_except_data_storage", "flash_all_lock"
    Kind kind = Kind::FlashAll;
    QStringList files;  // "flash_all.sh", "flash_all.bat"
    bool wipesData = true;
    bool locksBootloader = false;

    // The kind a script name says, or nothing when it is not a flash script's name.
    static std::optional<Kind> kindOfName(const QString &name);
    // What running it does, for the user.
    QString explanation() const;
};
