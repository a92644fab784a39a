// SPDX-License-Identifier: GPL-3.0-or-later
// firmware-cli inspect / extract: a downloaded ROM file, read without unpacking it, and unpacked
#include "cliapp.h"

#include "interruptwatcher.h"
#include "terminal.h"
#include "flash/flashtask.h"
#include "flash/phoneromcheck.h"
#include "flash/romextractor.h"
#include "flash/rominspector.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

QString stageText(TaskProgress::Stage stage, const QString &fileName)
{
    switch (stage) {
    case TaskProgress::Stage::Reading:
        return QCoreApplication::translate("CliApp", "reading %1").arg(fileName);
    case TaskProgress::Stage::Checking:
        return QCoreApplication::translate("CliApp", "checking %1").arg(fileName);
    case TaskProgress::Stage::Extracting:
        return QCoreApplication::translate("CliApp", "extracting %1").arg(fileName);
    case TaskProgress::Stage::Verifying:
        return QCoreApplication::translate("CliApp", "verifying %1").arg(fileName);
    }
    return QString();
}

QJsonObject checkToJson(const PhoneInfo &phone, const PhoneRomCheck &check)
{
    return QJsonObject{
        {QStringLiteral("serial"), phone.serial},
        {QStringLiteral("name"), phone.displayName()},
        {QStringLiteral("mode"), phone.connectionName()},
        {QStringLiteral("product"), phone.device.isEmpty() ? QJsonValue() : QJsonValue(phone.device)},
        {QStringLiteral("anti"), phone.anti ? QJsonValue(*phone.anti) : QJsonValue()},
        {QStringLiteral("refused"), check.refused()},
        {QStringLiteral("otherProduct"), check.isOtherProduct()},
        {QStringLiteral("antiRollbackTooLow"), check.isAntiRollbackTooLow()},
        {QStringLiteral("errors"), QJsonArray::fromStringList(check.errors())},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(check.warnings())},
        {QStringLiteral("advice"), QJsonArray::fromStringList(check.advice())},
    };
}

const CliOption phoneOption{{QStringLiteral("phone")},
                            QT_TRANSLATE_NOOP("CliApp", "Check the ROM against the phone connected by USB (adb or fastboot mode).")};
const CliOption extractOutputOption{{QStringLiteral("o"), QStringLiteral("output")},
                                    QT_TRANSLATE_NOOP("CliApp", "Folder to unpack into (default: the ROM file's folder)."),
                                    QStringLiteral("DIR"), CliValue::Folder};
const CliArgument romFileArgument{QStringLiteral("FILE"), QT_TRANSLATE_NOOP("CliApp", "A ROM file: a Fastboot .tgz or a Recovery .zip."),
                                  CliValue::File};
const CliArgument fastbootFileArgument{QStringLiteral("FILE"), QT_TRANSLATE_NOOP("CliApp", "A Fastboot ROM (.tgz)."),
                                       CliValue::File};

} // namespace

void CliApp::declareInspect(CliSyntax &syntax)
{
    syntax.add(romFileArgument).add(CliOptions::json).add(phoneOption);
    CliPhoneOptions::addTo(syntax);
}

void CliApp::declareExtract(CliSyntax &syntax)
{
    syntax.add(fastbootFileArgument).add(extractOutputOption);
}

void CliApp::runFlashTask(const std::function<void(TaskProgress &)> &job, const QString &fileName)
{
    FlashTask task;
    InterruptWatcher interrupts;
    const bool live = stderrIsTerminal();
    QEventLoop loop;
    int width = 0;
    TaskProgress::Stage lastStage = TaskProgress::Stage::Reading;
    bool printedStage = false;
    QObject::connect(&task, &FlashTask::progress, &loop, [&](TaskProgress::Stage stage, qint64 done, qint64 total) {
        const QString text = stageText(stage, fileName);
        if (live) {
            const QString line = total > 0 ? QStringLiteral("%1  %2 %").arg(text).arg(done * 100 / total) : text;
            m_err << '\r' << line.leftJustified(width);
            width = std::max(width, int(line.size()));
        } else if (!printedStage || stage != lastStage) {
            m_err << text << '\n'; // one line per stage in a log
        }
        printedStage = true;
        lastStage = stage;
        m_err.flush();
    });
    QObject::connect(&task, &FlashTask::finished, &loop, &QEventLoop::quit);
    QObject::connect(&interrupts, &InterruptWatcher::interrupt, &task, &FlashTask::cancel);
    task.start(job);
    loop.exec();
    if (live && width > 0)
        m_err << '\n';
    m_err.flush();
}

void CliApp::printInspection(const RomInspection &rom)
{
    const QString none = tr("none");
    m_out << tr("File: %1").arg(QDir::toNativeSeparators(rom.path)) << '\n';
    if (rom.isFastboot()) {
        m_out << tr("Kind: Fastboot ROM") << '\n';
        if (!rom.folder.isEmpty())
            m_out << tr("Folder: %1").arg(rom.folder) << '\n';
    } else {
        m_out << (rom.hasPayload ? tr("Kind: Recovery ROM (payload.bin: an A/B update)") : tr("Kind: Recovery ROM")) << '\n';
    }
    m_out << tr("Product: %1").arg(rom.products.isEmpty() ? tr("not stated") : rom.products.join(QLatin1String(", "))) << '\n';
    if (rom.isFastboot()) {
        const AntiRollback &anti = rom.antiRollback;
        const QString variable = anti.phoneVariable.isEmpty() ? QStringLiteral("anti") : anti.phoneVariable;
        if (anti.index) {
            m_out << tr("Anti-rollback index: %1 (from %2; the scripts compare it with fastboot getvar %3)")
                         .arg(*anti.index)
                         .arg(anti.sourceFile, variable)
                  << '\n';
        } else if (anti.commentedOut) {
            m_out << tr("Anti-rollback index: %1 (the check is commented out in the scripts: they do not check)").arg(none) << '\n';
        } else {
            m_out << tr("Anti-rollback index: %1 (the scripts do not check it)").arg(none) << '\n';
        }
        m_out << tr("Scripts:") << '\n';
        const FlashScript *recommended = rom.recommendedScript();
        for (const FlashScript &script : rom.scripts) {
            m_out << "  " << script.name << " (" << script.files.join(QLatin1String(", ")) << ")";
            if (&script == recommended)
                m_out << "  " << tr("[recommended]");
            m_out << "\n      " << script.explanation() << '\n';
        }
    } else {
        m_out << tr("Metadata:") << '\n';
        for (auto it = rom.metadata.cbegin(); it != rom.metadata.cend(); ++it) {
            m_out << "  " << it.key() << ": " << it.value();
            bool ok = false;
            const qint64 seconds = it.value().toLongLong(&ok);
            if (it.key() == QLatin1String("post-timestamp") && ok)
                m_out << "  (" << QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate) << ')';
            m_out << '\n';
        }
    }
    m_out << (rom.isFastboot() ? tr("Images (%1, %2 unpacked):") : tr("Files (%1, %2 unpacked):"))
                 .arg(rom.images.size())
                 .arg(sizeText(rom.unpackedSize))
          << '\n';
    for (const RomImage &image : rom.images)
        m_out << "  " << image.name.leftJustified(28) << ' ' << sizeText(image.size).rightJustified(10) << '\n';
    if (!rom.unsafeEntry.isEmpty())
        m_out << "! " << tr("Extraction would refuse this archive: %1").arg(rom.unsafeEntry) << '\n';
    m_out.flush();
}

QString CliApp::oneFile(const CliCommandLine &commandLine, const QString &wantsOneFile, int *exitCode)
{
    const QStringList args = commandLine.arguments();
    if (args.size() != 1) {
        *exitCode = usageError(wantsOneFile);
        return QString();
    }
    if (!QFileInfo(args.first()).isFile()) {
        *exitCode = usageError(tr("%1 is not a file").arg(args.first()));
        return QString();
    }
    return args.first();
}

int CliApp::inspect(const CliCommandLine &commandLine)
{
    int exitCode = ExitOk;
    const QString path = oneFile(commandLine, tr("inspect wants one FILE"), &exitCode);
    if (path.isEmpty())
        return exitCode;
    // The phone first: without one there is no need to read a ROM of several gigabytes.
    std::optional<PhoneInfo> phone;
    if (commandLine.isSet(phoneOption)) {
        phone = detectPhone(commandLine, &exitCode);
        if (!phone)
            return exitCode;
    }

    auto result = std::make_shared<RomInspector::Result>();
    runFlashTask([path, result](TaskProgress &progress) { *result = RomInspector::inspect(path, &progress); },
                 QFileInfo(path).fileName());
    if (result->cancelled)
        return ExitInterrupted;
    if (!result->ok()) {
        m_err << "firmware-cli: " << tr("cannot inspect %1: %2").arg(QDir::toNativeSeparators(path), result->error) << '\n';
        m_err.flush();
        return ExitUsage;
    }
    const RomInspection &rom = *result->inspection;
    std::optional<PhoneRomCheck> check;
    if (phone)
        check.emplace(rom, *phone);
    // A ROM that must not be flashed on this phone: exit 1, as for any refused input.
    exitCode = check && check->refused() ? ExitUsage : ExitOk;
    if (commandLine.isSet(CliOptions::json)) {
        QJsonObject json = rom.toJson();
        if (check)
            json.insert(QStringLiteral("phone"), checkToJson(*phone, *check));
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        m_out.flush();
        return exitCode;
    }
    printInspection(rom);
    if (check) {
        m_out << '\n'
              << tr("Phone: %1 (%2, serial %3), anti-rollback index %4")
                     .arg(phone->displayName(), phone->connectionName(), phone->serial,
                          phone->anti ? QString::number(*phone->anti) : tr("unknown"))
              << '\n';
        for (const QString &error : check->errors())
            m_out << "!! " << error << '\n';
        for (const QString &warning : check->warnings())
            m_out << "! " << warning << '\n';
        for (const QString &advice : check->advice())
            m_out << "  " << advice << '\n';
        m_out.flush();
        for (const QString &error : check->errors())
            m_err << "firmware-cli: " << error << '\n';
        m_err.flush();
    }
    return exitCode;
}

int CliApp::extract(const CliCommandLine &commandLine)
{
    int exitCode = ExitOk;
    const QString path = oneFile(commandLine, tr("extract wants one FILE"), &exitCode);
    if (path.isEmpty())
        return exitCode;
    const QString directory = commandLine.isSet(extractOutputOption) ? commandLine.value(extractOutputOption)
                                                                     : QFileInfo(path).absolutePath();

    auto result = std::make_shared<RomExtractor::Result>();
    runFlashTask([path, directory, result](TaskProgress &progress) { *result = RomExtractor::extract(path, directory, &progress); },
                 QFileInfo(path).fileName());
    if (result->cancelled()) { // Ctrl+C
        m_out << tr("interrupted; nothing was kept") << '\n';
        m_out.flush();
        return ExitInterrupted;
    }
    if (!result->ok()) {
        m_err << "firmware-cli: " << tr("cannot extract %1: %2").arg(QDir::toNativeSeparators(path), result->error) << '\n';
        m_err.flush();
        return result->failure == RomExtractor::Failure::Disk ? ExitNetwork : ExitUsage;
    }
    m_out << tr("extracted: %1").arg(QDir::toNativeSeparators(result->folder)) << '\n';
    m_out.flush();
    return ExitOk;
}
