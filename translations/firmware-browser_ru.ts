<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="+29"/>
        <source>About Firmware Browser</source>
        <translation>О программе Firmware Browser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Catalog: %1&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Каталог: %1&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Firmware Browser %1&lt;/h3&gt;&lt;p&gt;Find, inspect and download official Xiaomi ROMs.&lt;/p&gt;&lt;p&gt;The ROM catalog comes from %2 (XFU). Firmware Browser is not affiliated with Xiaomi.&lt;/p&gt;%3&lt;p&gt;License: %4 (GPL-3.0-or-later). This program comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Firmware Browser %1&lt;/h3&gt;&lt;p&gt;Поиск, просмотр и загрузка официальных ROM Xiaomi.&lt;/p&gt;&lt;p&gt;Каталог ROM взят с сайта %2 (XFU). Firmware Browser не связан с Xiaomi.&lt;/p&gt;%3&lt;p&gt;Лицензия: %4 (GPL-3.0-or-later). Программа поставляется без каких-либо гарантий.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xiaomi Firmware Updater</source>
        <translation>Xiaomi Firmware Updater</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License версии 3 или более поздней</translation>
    </message>
</context>
<context>
    <name>ArchivePath</name>
    <message>
        <location filename="../src/core/flash/archivepath.cpp" line="+20"/>
        <source>an entry has no name</source>
        <translation>у записи нет имени</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry name &apos;%1&apos; is not valid UTF-8</source>
        <translation>имя записи «%1» — не корректный UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry &apos;%1&apos; has an absolute path</source>
        <translation>у записи «%1» абсолютный путь</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry &apos;%1&apos; contains a backslash, a folder separator on Windows</source>
        <translation>запись «%1» содержит обратную косую черту — разделитель папок в Windows</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry &apos;%1&apos; climbs out of its folder with &apos;..&apos;</source>
        <translation>запись «%1» выходит из своей папки через «..»</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/flash/romextractor.cpp" line="+92"/>
        <source>the entry &apos;%1&apos; cannot be a file on every system: %2</source>
        <translation>запись «%1» не может быть файлом во всех системах: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the entry &apos;%1&apos; names no file</source>
        <translation>запись «%1» не называет файла</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>the link &apos;%1&apos; points outside the folder (to &apos;%2&apos;)</source>
        <translation>ссылка «%1» указывает за пределы папки (на «%2»)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the link &apos;%1&apos; points at the folder itself</source>
        <translation>ссылка «%1» указывает на саму папку</translation>
    </message>
    <message>
        <location filename="../src/core/flash/romextractor.cpp" line="+16"/>
        <location line="+24"/>
        <location filename="../src/core/flash/rominspector.cpp" line="+69"/>
        <source>the archive holds &apos;%1&apos; twice (letter case aside)</source>
        <translation>в архиве дважды есть «%1» (без учёта регистра букв)</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../src/core/flash/rominspector.cpp" line="+9"/>
        <source>the entry &apos;%1&apos; is a device, pipe or socket, not a file</source>
        <translation>запись «%1» — устройство, канал или сокет, а не файл</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../src/core/flash/archivereader.cpp" line="+87"/>
        <source>the archive is damaged</source>
        <translation>архив повреждён</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is neither a Fastboot ROM (.tgz) nor a Recovery ROM (.zip)</source>
        <translation>%1 — не Fastboot ROM (.tgz) и не Recovery ROM (.zip)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the archive is not open</source>
        <translation>архив не открыт</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the archive holds more than %1 entries; a ROM holds a few hundred at most</source>
        <translation>в архиве больше %1 записей, а в ROM их не больше нескольких сотен</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the archive unpacks to over %1 times its size (%2 bytes from %3): a decompression bomb, not a ROM</source>
        <translation>архив распаковывается в объём, больший его размера более чем в %1 раз (%2 байт из %3): это «бомба» распаковки, а не ROM</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 больше %2 байт</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>CaptionLabel</name>
    <message>
        <location filename="../src/gui/fieldlabel.cpp" line="+195"/>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value in a form (&quot;Device:&quot;); Chinese writes the full-width colon (%1：)</extracomment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <location filename="../src/gui/catalogbrowser.cpp" line="+54"/>
        <source>Show only this section of the website</source>
        <extracomment>Section: a part of the website, MIUI, HyperOS, Firmware or Vendor</extracomment>
        <translation>Показывать только этот раздел сайта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section filter</source>
        <extracomment>Section: a part of the website, MIUI, HyperOS, Firmware or Vendor</extracomment>
        <translation>Фильтр по разделу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only versions of this branch</source>
        <extracomment>Branch: a ROM&apos;s release channel (Stable, Weekly…)</extracomment>
        <translation>Показывать только версии этой ветки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch filter</source>
        <extracomment>Branch: a ROM&apos;s release channel (Stable, Weekly…)</extracomment>
        <translation>Фильтр по ветке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only versions with a file of this type</source>
        <extracomment>Type: how a ROM is installed, Recovery or Fastboot</extracomment>
        <translation>Показывать только версии с файлом этого типа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type filter</source>
        <extracomment>Type: how a ROM is installed, Recovery or Fastboot</extracomment>
        <translation>Фильтр по типу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only versions for this region</source>
        <translation>Показывать только версии для этого региона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region filter</source>
        <translation>Фильтр по региону</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search device, codename, version, file name or MD5</source>
        <translation>Поиск по устройству, кодовому имени, версии, имени файла или MD5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Copy &amp;Link</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open on &amp;Website</source>
        <translation>Открыть на &amp;сайте</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Collapse</source>
        <translation>&amp;Свернуть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Expand</source>
        <translation>&amp;Развернуть</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unpin from My Devices</source>
        <translation>&amp;Открепить от «Моих устройств»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pin to My Devices</source>
        <translation>&amp;Закрепить в «Моих устройствах»</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Any branch</source>
        <extracomment>Filter choice: versions of every branch (release channel: Stable, Weekly…)</extracomment>
        <translation>Любая ветка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any type</source>
        <extracomment>Filter choice: files of every type (Recovery, Fastboot)</extracomment>
        <translation>Любой тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any region</source>
        <translation>Любой регион</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Any section</source>
        <extracomment>Filter choice: every section of the website (MIUI, HyperOS, Firmware, Vendor)</extracomment>
        <translation>Любой раздел</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing matches the search and filters.</source>
        <translation>Ничего не соответствует поиску и фильтрам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches in %1.</source>
        <translation>Совпадения: %1.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>“%1” is not in the catalog.</source>
        <translation>«%1» нет в каталоге.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Copied the link to %1.</source>
        <translation>Скопирована ссылка на %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied “%1”.</source>
        <translation>Скопировано «%1».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pinned %1 to My devices.</source>
        <translation>%1 закреплено в «Моих устройствах».</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpinned %1.</source>
        <translation>%1 откреплено.</translation>
    </message>
</context>
<context>
    <name>CatalogFile</name>
    <message>
        <location filename="../src/core/catalog/catalogfile.cpp" line="+196"/>
        <source>it is not a Firmware Browser catalog file</source>
        <translation>это не файл каталога Firmware Browser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has catalog format %1; this version of the app reads format %2</source>
        <translation>у него формат каталога %1, а эта версия программы читает формат %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>its compressed data is damaged</source>
        <translation>его сжатые данные повреждены</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it uses an unknown compression (%1)</source>
        <translation>в нём используется неизвестное сжатие (%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its string table is damaged or truncated</source>
        <translation>его таблица строк повреждена или обрезана</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>its records are damaged or truncated</source>
        <translation>его записи повреждены или обрезаны</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the embedded catalog %1 is missing from this build</source>
        <translation>встроенный каталог %1 отсутствует в этой сборке</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open it: %1</source>
        <translation>не удаётся открыть: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is %1 bytes long, too large for a catalog</source>
        <translation>его размер %1 байт — слишком много для каталога</translation>
    </message>
</context>
<context>
    <name>CatalogFilterModel</name>
    <message numerus="yes">
        <location filename="../src/core/catalog/catalogfiltermodel.cpp" line="+217"/>
        <source>%1 of %Ln device(s)</source>
        <extracomment>The devices a search or filter leaves of a group&apos;s devices: &quot;2 of 243 devices&quot;</extracomment>
        <translation>
            <numerusform>%1 из %Ln устройства</numerusform>
            <numerusform>%1 из %Ln устройств</numerusform>
            <numerusform>%1 из %Ln устройств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln version(s)</source>
        <extracomment>The versions a search or filter leaves of a device&apos;s versions: &quot;3 of 184 versions&quot;</extracomment>
        <translation>
            <numerusform>%1 из %Ln версии</numerusform>
            <numerusform>%1 из %Ln версий</numerusform>
            <numerusform>%1 из %Ln версий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogRefresher</name>
    <message>
        <location filename="../src/gui/catalogrefresher.cpp" line="+215"/>
        <source>The catalog is up to date.</source>
        <translation>Каталог актуален.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog refresh was refused, catalog from %1 kept: %2</source>
        <translation>Обновление каталога отклонено, сохранён каталог от %1: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Offline — catalog from %1</source>
        <translation>Нет связи — каталог от %1</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The catalog is still loading.</source>
        <translation>Каталог ещё загружается.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refreshing the catalog…</source>
        <translation>Обновление каталога…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This firmware came from the catalog refresh; fetching its page for its MD5 and size…</source>
        <translation>Эта прошивка получена при обновлении каталога; загружается её страница ради MD5 и размера…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version came from the catalog refresh; fetching its page for the changelog and the other mirrors…</source>
        <translation>Эта версия пришла с обновлением каталога; загружаем её страницу ради списка изменений и других зеркал…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This firmware came from the catalog refresh: its MD5 and size are not known yet, and its page could not be fetched (%1). A download cannot be verified until it is.</source>
        <translation>Эта прошивка получена при обновлении каталога: её MD5 и размер пока неизвестны, а страницу загрузить не удалось (%1). Пока её нет, загрузку нельзя проверить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version came from the catalog refresh: its changelog and other mirrors are not known yet, and its page could not be fetched (%1). Downloads use the one known link.</source>
        <translation>Эта версия пришла с обновлением каталога: её список изменений и другие зеркала пока неизвестны, а её страницу загрузить не удалось (%1). Для загрузки используется единственная известная ссылка.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ROMs for your devices</source>
        <translation>Новые ROM для ваших устройств</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Catalog refreshed: no new files.</source>
        <translation>Каталог обновлён: новых файлов нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog refreshed: %1 (View → What&apos;s New).</source>
        <extracomment>%1: the new files by kind, &quot;2 new ROM files, 1 new firmware file&quot;</extracomment>
        <translation>Каталог обновлён: %1 (Вид → Что нового).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The catalog refresh looks cut short and was refused, catalog from %1 kept: %2</source>
        <translation>Обновление каталога выглядит обрезанным и отклонено, сохранён каталог от %1: %2</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <location filename="../src/core/catalog/catalogstore.cpp" line="+48"/>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The saved catalog refresh (%1) could not be read: %2</source>
        <translation>Не удалось прочитать сохранённое обновление каталога (%1): %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Catalog refresh</source>
        <translation>Обновление каталога</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your imported pages (%1) could not be read: %2</source>
        <translation>Не удалось прочитать импортированные страницы (%1): %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The catalog %1 could not be read: %2</source>
        <translation>Не удалось прочитать каталог %1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported pages</source>
        <translation>Импортированные страницы</translation>
    </message>
</context>
<context>
    <name>CatalogSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/catalogsummary.cpp" line="+10"/>
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln версия</numerusform>
            <numerusform>%Ln версии</numerusform>
            <numerusform>%Ln версий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln файл</numerusform>
            <numerusform>%Ln файла</numerusform>
            <numerusform>%Ln файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln устройство</numerusform>
            <numerusform>%Ln устройства</numerusform>
            <numerusform>%Ln устройств</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>data of %1</source>
        <translation>данные от %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln new ROM file(s)</source>
        <translation>
            <numerusform>%Ln новый файл ROM</numerusform>
            <numerusform>%Ln новых файла ROM</numerusform>
            <numerusform>%Ln новых файлов ROM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new firmware file(s)</source>
        <extracomment>Firmware-only zips that a catalog refresh brought</extracomment>
        <translation>
            <numerusform>%Ln новый файл прошивки</numerusform>
            <numerusform>%Ln новых файла прошивки</numerusform>
            <numerusform>%Ln новых файлов прошивки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new vendor package(s)</source>
        <extracomment>Vendor packages that a catalog refresh brought</extracomment>
        <translation>
            <numerusform>%Ln новый пакет vendor</numerusform>
            <numerusform>%Ln новых пакета vendor</numerusform>
            <numerusform>%Ln новых пакетов vendor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTerms</name>
    <message>
        <location filename="../src/gui/catalogterms.cpp" line="+10"/>
        <source>Stable</source>
        <extracomment>ROM branch: the stable release (Xiaomi China: 稳定版)</extracomment>
        <translation>Стабильная</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stable Beta</source>
        <extracomment>ROM branch: a stable build tested before its release (Xiaomi China: 稳定内测版)</extracomment>
        <translation>Стабильная бета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly</source>
        <extracomment>ROM branch: the weekly developer build (Xiaomi China: 开发版)</extracomment>
        <translation>Еженедельная</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public Beta</source>
        <extracomment>ROM branch: the public beta (Xiaomi China: 公测版)</extracomment>
        <translation>Публичная бета</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery</source>
        <extracomment>ROM file type: a package installed by the phone&apos;s recovery (Xiaomi China: 卡刷包)</extracomment>
        <translation>Recovery</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastboot</source>
        <extracomment>ROM file type: images flashed over USB in fastboot mode (Xiaomi China: 线刷包)</extracomment>
        <translation>Fastboot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Firmware</source>
        <extracomment>One page or file of the Firmware section, in the singular: &quot;MI 5 Global · Firmware V10.2.2.0.OAAMIXM Stable&quot;</extracomment>
        <translation>Прошивка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vendor</source>
        <extracomment>One page or file of the Vendor section, in the singular: &quot;Mi 5s Global · Vendor 9.6.27 Weekly&quot;</extracomment>
        <translation>Vendor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>China</source>
        <extracomment>ROM region (the market a ROM is built for)</extracomment>
        <translation>Китайская</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global</source>
        <translation>Глобальная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EEA</source>
        <translation>Европейская (EEA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Российская</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Индийская</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Индонезийская</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Тайваньская</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Турецкая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Японская</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korea</source>
        <translation>Корейская</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Сингапурская</translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message numerus="yes">
        <location filename="../src/core/catalog/catalogtreemodel.cpp" line="+79"/>
        <source>%Ln vendor package(s)</source>
        <extracomment>Contents of a vendor version in the catalog tree</extracomment>
        <translation>
            <numerusform>%Ln пакет vendor</numerusform>
            <numerusform>%Ln пакета vendor</numerusform>
            <numerusform>%Ln пакетов vendor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln firmware zip(s)</source>
        <extracomment>Contents of a firmware version in the catalog tree: its firmware-only zips</extracomment>
        <translation>
            <numerusform>%Ln архив прошивки</numerusform>
            <numerusform>%Ln архива прошивки</numerusform>
            <numerusform>%Ln архивов прошивки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+340"/>
        <location line="+61"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>New since the previous catalog refresh</source>
        <translation>Новое с прошлого обновления каталога</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed on the connected phone</source>
        <translation>Установлено на подключённом телефоне</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newer than the version on the connected phone</source>
        <translation>Новее версии на подключённом телефоне</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>My devices</source>
        <translation>Мои устройства</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+9"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln устройство</numerusform>
            <numerusform>%Ln устройства</numerusform>
            <numerusform>%Ln устройств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln версия</numerusform>
            <numerusform>%Ln версии</numerusform>
            <numerusform>%Ln версий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Device / Version</source>
        <translation>Устройство / версия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Ветка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Released</source>
        <extracomment>Column header: the release date</extracomment>
        <translation>Выпущено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <extracomment>Column header: how many devices, versions or files a row holds</extracomment>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>, </source>
        <extracomment>Between the items of a short list in a cell: &quot;Recovery, Fastboot&quot; (Chinese: 、)</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CatalogUpdater</name>
    <message>
        <location filename="../src/core/feed/catalogupdater.cpp" line="+316"/>
        <source>Refresh cancelled.</source>
        <translation>Обновление отменено.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>The catalog is up to date (not modified since %1).</source>
        <translation>Каталог актуален (не изменялся с %1).</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>it lists %1 firmware records, under half of the %2 of the last good feed: it looks cut short</source>
        <translation>в ней %1 записей прошивок — меньше половины из %2 в последней исправной ленте: похоже, она обрезана</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>The firmware list is up to date (not modified since %1).</source>
        <translation>Список прошивок актуален (не изменялся с %1).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Catalog refreshed from %1: %Ln new file(s)</source>
        <translation>
            <numerusform>Каталог обновлён из %1: %Ln новый файл</numerusform>
            <numerusform>Каталог обновлён из %1: %Ln новых файла</numerusform>
            <numerusform>Каталог обновлён из %1: %Ln новых файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Firmware list refreshed from %1: %Ln new file(s)</source>
        <translation>
            <numerusform>Список прошивок обновлён из %1: %Ln новый файл</numerusform>
            <numerusform>Список прошивок обновлён из %1: %Ln новых файла</numerusform>
            <numerusform>Список прошивок обновлён из %1: %Ln новых файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+12"/>
        <source>firmware list: %1</source>
        <translation>список прошивок: %1</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>it lists %1 ROM records, under half of the %2 of the last good feed: it looks cut short</source>
        <translation>в ней %1 записей ROM — меньше половины из %2 в последней исправной ленте: похоже, она обрезана</translation>
    </message>
</context>
<context>
    <name>ChangelogView</name>
    <message>
        <location filename="../src/gui/changelogview.cpp" line="+32"/>
        <source>Changelog</source>
        <translation>Список изменений</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide changelog</source>
        <translation>Скрыть список изменений</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show changelog</source>
        <translation>Показать список изменений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the changelog of this file</source>
        <translation>Скрыть список изменений этого файла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the changelog of this file</source>
        <translation>Показать список изменений этого файла</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="+22"/>
        <source>Branch (Stable, Weekly, ...).</source>
        <extracomment>Stable, Weekly: branch names (a ROM&apos;s release channel), which stay in English</extracomment>
        <translation>Ветка (Stable, Weekly, ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type (Recovery or Fastboot).</source>
        <extracomment>Recovery, Fastboot: how a ROM is installed; the names stay in English</extracomment>
        <translation>Тип (Recovery или Fastboot).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region (Global, China, EEA, ...).</source>
        <translation>Регион (Global, China, EEA, ...).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>list takes no arguments, only options</source>
        <translation>list не принимает аргументов, только параметры</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no ROM file matches</source>
        <translation>нет подходящих файлов ROM</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show needs CODENAME and VERSION, e.g. &apos;firmware-cli show gemini 7.6.8&apos;</source>
        <translation>show требует CODENAME и VERSION, например &apos;firmware-cli show gemini 7.6.8&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/cli/refreshcommands.cpp" line="+237"/>
        <source>no device with the codename &apos;%1&apos; (the site&apos;s device folder, as in its links)</source>
        <translation>нет устройства с кодовым именем &apos;%1&apos; (папка устройства на сайте, как в его ссылках)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no version &apos;%2&apos;</source>
        <translation>у %1 нет версии &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>import needs one FILE, a saved XFU version page</source>
        <translation>import требует один FILE — сохранённую страницу версии XFU</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %1 %2 (%Ln file(s)) into %3</source>
        <translation>
            <numerusform>Импортировано %1 %2 (%Ln файл) в %3</numerusform>
            <numerusform>Импортировано %1 %2 (%Ln файла) в %3</numerusform>
            <numerusform>Импортировано %1 %2 (%Ln файлов) в %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+198"/>
        <source>Run &apos;firmware-cli --help&apos; for usage.</source>
        <translation>Справка по использованию: &apos;firmware-cli --help&apos;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no command given</source>
        <translation>команда не указана</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Catalog file to use.</source>
        <translation>Используемый файл каталога.</translation>
    </message>
    <message>
        <location filename="../src/cli/devicecommands.cpp" line="+59"/>
        <source>The adb program (default: Preferences, else PATH).</source>
        <translation>Программа adb (по умолчанию: из настроек, иначе из PATH).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fastboot program (default: Preferences, else PATH).</source>
        <translation>Программа fastboot (по умолчанию: из настроек, иначе из PATH).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone to use when several are connected.</source>
        <translation>Телефон, который использовать, если подключено несколько.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds each adb / fastboot command may take (20).</source>
        <translation>Сколько секунд может выполняться каждая команда adb / fastboot (20).</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+2"/>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <location filename="../src/cli/devicecommands.cpp" line="+91"/>
        <source>device takes no arguments, only options</source>
        <translation>device не принимает аргументов, только параметры</translation>
    </message>
    <message>
        <location line="-72"/>
        <location filename="../src/cli/downloadcommands.cpp" line="+89"/>
        <location filename="../src/cli/refreshcommands.cpp" line="-87"/>
        <source>--timeout wants a number of seconds, not &apos;%1&apos;</source>
        <translation>--timeout ожидает число секунд, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>phone %1 (%2, %3): %4</source>
        <translation>телефон %1 (%2, %3): %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without serial</source>
        <translation>без серийного номера</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no readable phone with the serial &apos;%1&apos;</source>
        <translation>нет доступного телефона с серийным номером &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no phone found. Connect it by USB with USB debugging on (Settings → Additional settings → Developer options), or start it in fastboot mode.</source>
        <translation>телефон не найден. Подключите его по USB с включённой отладкой по USB (Настройки → Расширенные настройки → Для разработчиков) или загрузите его в режиме fastboot.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>several phones are connected; choose one with --serial SERIAL:</source>
        <translation>подключено несколько телефонов; выберите один с помощью --serial SERIAL:</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../src/cli/flashcommands.cpp" line="+226"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1 (%2, serial %3)</source>
        <translation>Телефон: %1 (%2, серийный номер %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codename: %1</source>
        <translation>Кодовое имя: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant: %1</source>
        <translation>Вариант: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: %1</source>
        <translation>Регион: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware region: %1 (ro.boot.hwc = %2)</source>
        <translation>Аппаратный регион: %1 (ro.boot.hwc = %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed version: %1</source>
        <translation>Установленная версия: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android: %1</source>
        <translation>Android: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anti-rollback index: %1</source>
        <translation>Индекс anti-rollback: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog device: %1</source>
        <translation>Устройство в каталоге: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(also listed under %1)</source>
        <translation>(также указано как %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installed version&apos;s page: %1</source>
        <translation>Страница установленной версии: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newer versions for its region and branch: %1</source>
        <translation>Более новые версии для его региона и ветки: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended ROMs (best first):</source>
        <translation>Рекомендуемые ROM (лучшие сначала):</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-61"/>
        <source>Download folder (default: the current folder).</source>
        <translation>Папка загрузки (по умолчанию: текущая папка).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed attempts in a row without new bytes before giving up (10).</source>
        <translation>Число неудачных попыток подряд без новых данных, после которого загрузка прекращается (10).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds without a byte that count as a stall (30).</source>
        <translation>Сколько секунд без данных считается зависанием (30).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--retries wants a number of attempts, not &apos;%1&apos;</source>
        <translation>--retries ожидает число попыток, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>trying mirror %1/%2: %3</source>
        <translation>пробуем зеркало %1/%2: %3</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>interrupted; run the same command again to resume %1</source>
        <translation>прервано; запустите ту же команду снова, чтобы продолжить %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>verified (MD5 matches)</source>
        <translation>проверено (MD5 совпадает)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prefix verified (no MD5 known; the MD5 starts with the %1 digits in the file name)</source>
        <translation>проверено по префиксу (MD5 неизвестен; MD5 начинается с цифр %1 из имени файла)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>completed, not verified (no checksum known)</source>
        <translation>завершено, не проверено (контрольная сумма неизвестна)</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+191"/>
        <source>already downloaded, %1</source>
        <translation>уже скачано, %1</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>stopped: %1; the partial file stays for a resume: %2</source>
        <translation>остановлено: %1; частичный файл сохранён для продолжения: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refused: %1</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>failed: %1; the partial file stays: %2</source>
        <translation>ошибка: %1; частичный файл сохранён: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed: %1; nothing was kept</source>
        <translation>ошибка: %1; ничего не сохранено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed: %1; the partial file stays for a resume: %2</source>
        <translation>ошибка: %1; частичный файл сохранён для продолжения: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery or Fastboot.</source>
        <translation>Recovery или Fastboot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mirror host to try first (bn.d.miui.com).</source>
        <translation>Зеркало, которое пробовать первым (bn.d.miui.com).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>download wants CODENAME VERSION</source>
        <translation>download ожидает CODENAME VERSION</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no version %1 for the device folder %2 in the catalog</source>
        <translation>в каталоге нет версии %1 для папки устройства %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no %1 file on this page</source>
        <translation>на этой странице нет файла %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this version has several files; choose one with --type:</source>
        <translation>у этой версии несколько файлов; выберите один с помощью --type:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refused the catalog&apos;s file name: %1</source>
        <translation>имя файла из каталога отклонено: %1</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>Expected MD5 (32 hex digits).</source>
        <translation>Ожидаемый MD5 (32 шестнадцатеричные цифры).</translation>
    </message>
    <message>
        <location line="+362"/>
        <source>Expected size in bytes.</source>
        <translation>Ожидаемый размер в байтах.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local file name (default: the URL&apos;s last segment).</source>
        <translation>Локальное имя файла (по умолчанию: последняя часть URL).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>fetch wants a URL (and maybe other URLs of the same file, as mirrors)</source>
        <translation>fetch ожидает URL (и, возможно, другие URL того же файла в качестве зеркал)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; — не URL http или https</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>&apos;%1&apos; is not an MD5 (32 hex digits)</source>
        <translation>&apos;%1&apos; — не MD5 (32 шестнадцатеричные цифры)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>--size wants a number of bytes, not &apos;%1&apos;</source>
        <translation>--size ожидает число байт, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refused the file name: %1 (choose one with --name)</source>
        <translation>имя файла отклонено: %1 (задайте его с помощью --name)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>verify wants one FILE</source>
        <translation>verify ожидает один FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/flashcommands.cpp" line="-49"/>
        <source>%1 is not a file</source>
        <translation>%1 — не файл</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no checksum known for %1 (not in the catalog, or its MD5 is Unknown); use --md5</source>
        <translation>контрольная сумма для %1 неизвестна (файла нет в каталоге или его MD5 — Unknown); используйте --md5</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>match (prefix): the MD5 %1 starts with the file name&apos;s %2; no full MD5 is known: %3</source>
        <translation>совпадение (префикс): MD5 %1 начинается с %2 из имени файла; полный MD5 неизвестен: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>match: MD5 %1: %2</source>
        <translation>совпадение: MD5 %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mismatch: MD5 %1, expected %2: %3</source>
        <translation>несовпадение: MD5 %1, ожидался %2: %3</translation>
    </message>
    <message>
        <location filename="../src/cli/refreshcommands.cpp" line="-131"/>
        <source>Fetch the feed from URL instead of upstream.</source>
        <translation>Загрузить ленту с URL вместо исходного источника.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch the firmware feed from URL instead of upstream. With only one of --source and --firmware-source, only that feed is refreshed.</source>
        <translation>Загрузить ленту прошивок с URL вместо исходного источника. Если указан только один из --source и --firmware-source, обновляется только эта лента.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for the feed (30).</source>
        <translation>Сколько секунд ждать ленту (30).</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>refresh takes no arguments, only options</source>
        <translation>refresh не принимает аргументов, только параметры</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--source wants an http(s) URL, not &apos;%1&apos;</source>
        <translation>--source ожидает URL http(s), а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--firmware-source wants an http(s) URL, not &apos;%1&apos;</source>
        <translation>--firmware-source ожидает URL http(s), а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the firmware feed looks cut short, refused: %1</source>
        <translation>лента прошивок выглядит обрезанной, отклонена: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the feed was refused: %1</source>
        <translation>лента отклонена: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the firmware feed was refused: %1</source>
        <translation>лента прошивок отклонена: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offline: %1</source>
        <translation>нет связи: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>catalog unchanged (data from %1)</source>
        <translation>каталог не изменился (данные от %1)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>not modified</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added %1, updated %2 (from %3)</source>
        <translation>добавлено %1, обновлено %2 (из %3)</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Only this region (Global, China, EEA, ...).</source>
        <translation>Только этот регион (Global, China, EEA, ...).</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>latest needs a CODENAME, e.g. &apos;firmware-cli latest gemini&apos;</source>
        <translation>latest требует CODENAME, например &apos;firmware-cli latest gemini&apos;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has no ROM for the region &apos;%2&apos;</source>
        <translation>у %1 нет ROM для региона &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="-16"/>
        <source>A version page saved from the site (HTML).</source>
        <translation>Страница версии, сохранённая с сайта (HTML).</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+7"/>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the ROM files of the catalog, one per card per version page</source>
        <translation>файлы ROM каталога, по одному на карточку каждой страницы версии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cards of a version page</source>
        <translation>карточки страницы версии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a saved XFU version page to your catalog</source>
        <translation>добавить сохранённую страницу версии XFU в ваш каталог</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the newest file of a device per branch, type and region</source>
        <translation>новейший файл устройства для каждой ветки, типа и региона</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the ROMs published since the catalog was made (upstream latest.yml)</source>
        <translation>добавить ROM, опубликованные после создания каталога (исходный latest.yml)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>download a catalog file from its mirrors, check its size and MD5</source>
        <translation>скачать файл каталога с его зеркал, проверить его размер и MD5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>download any URL, the other URLs as mirrors of the same file</source>
        <translation>скачать любой URL, остальные URL — зеркала того же файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hash FILE; without --md5 the catalog&apos;s MD5 for its name</source>
        <translation>вычислить хеш FILE; без --md5 — сверить с MD5 из каталога по имени</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the phone connected by USB (adb or fastboot mode) and the ROMs for it</source>
        <translation>телефон, подключённый по USB (adb или режим fastboot), и ROM для него</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Usage: firmware-cli COMMAND [OPTIONS]
Find and inspect official Xiaomi MIUI / HyperOS ROMs (data: Xiaomi Firmware Updater).
</source>
        <translation>Использование: firmware-cli COMMAND [OPTIONS]
Поиск и просмотр официальных ROM Xiaomi MIUI / HyperOS (данные: Xiaomi Firmware Updater).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;firmware-cli COMMAND --help&apos; describes the options and arguments of a command.
  -h, --help           show this help;  -v, --version  show the version

Exit codes:
  0  done (download/fetch: verified, prefix verified, or no checksum known: the
     last line says which)
  1  bad usage or refused input (a clear message on stderr)
  2  network or disk failure (after the retries; the .part stays for a resume),
     or every mirror says the file is gone
  3  checksum or size mismatch (no final file and no .part are kept)
  4  nothing found (verify: no checksum known)
  130 interrupted (Ctrl+C; the .part stays for a resume)
</source>
        <translation>&apos;firmware-cli COMMAND --help&apos; описывает параметры и аргументы команды.
  -h, --help           показать эту справку;  -v, --version  показать версию

Коды выхода:
  0  готово (download/fetch: проверено, проверено по префиксу или контрольная
     сумма неизвестна — последняя строка уточняет)
  1  неверное использование или отклонённые данные (понятное сообщение в stderr)
  2  сбой сети или диска (после повторов; .part остаётся для продолжения),
     или все зеркала сообщают, что файла больше нет
  3  не совпала контрольная сумма или размер (ни итоговый файл, ни .part не остаются)
  4  ничего не найдено (verify: контрольная сумма неизвестна)
  130 прервано (Ctrl+C; .part остаётся для продолжения)
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arguments:</source>
        <translation>Аргументы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-179"/>
        <source>The http(s) URL of the file.</source>
        <translation>URL файла (http или https).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other URLs of the same file, tried when the first fails.</source>
        <translation>Другие URL того же файла; используются, если первый не сработал.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The file to check.</source>
        <translation>Проверяемый файл.</translation>
    </message>
    <message>
        <location filename="../src/cli/refreshcommands.cpp" line="-62"/>
        <source>the feed looks cut short, refused: %1</source>
        <translation>лента выглядит обрезанной, отклонена: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-129"/>
        <source>what a ROM file holds (product, anti-rollback index, flash scripts, images), and with --phone whether it fits the connected phone</source>
        <translation>что содержит файл ROM (продукт, индекс anti-rollback, скрипты прошивки, образы), а с --phone — подходит ли он подключённому телефону</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unpack a Fastboot ROM safely, ready for its flash scripts</source>
        <translation>безопасно распаковать Fastboot ROM, готовый для его скриптов прошивки</translation>
    </message>
    <message>
        <location filename="../src/cli/flashcommands.cpp" line="-145"/>
        <source>reading %1</source>
        <translation>чтение %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking %1</source>
        <translation>проверка %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extracting %1</source>
        <translation>распаковка %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifying %1</source>
        <translation>сверка %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check the ROM against the phone connected by USB (adb or fastboot mode).</source>
        <translation>Проверить ROM на соответствие телефону, подключённому по USB (режим adb или fastboot).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to unpack into (default: the ROM file&apos;s folder).</source>
        <translation>Папка для распаковки (по умолчанию — папка файла ROM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ROM file: a Fastboot .tgz or a Recovery .zip.</source>
        <translation>Файл ROM: Fastboot .tgz или Recovery .zip.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Fastboot ROM (.tgz).</source>
        <translation>Fastboot ROM (.tgz).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: Fastboot ROM</source>
        <translation>Тип: Fastboot ROM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: Recovery ROM (payload.bin: an A/B update)</source>
        <translation>Тип: Recovery ROM (payload.bin: обновление A/B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind: Recovery ROM</source>
        <translation>Тип: Recovery ROM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product: %1</source>
        <translation>Продукт: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anti-rollback index: %1 (from %2; the scripts compare it with fastboot getvar %3)</source>
        <translation>Индекс anti-rollback: %1 (из %2; скрипты сравнивают его с fastboot getvar %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anti-rollback index: %1 (the check is commented out in the scripts: they do not check)</source>
        <translation>Индекс anti-rollback: %1 (проверка в скриптах закомментирована: они не проверяют)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback index: %1 (the scripts do not check it)</source>
        <translation>Индекс anti-rollback: %1 (скрипты его не проверяют)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scripts:</source>
        <translation>Скрипты:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[recommended]</source>
        <translation>[рекомендуется]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metadata:</source>
        <translation>Метаданные:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Images (%1, %2 unpacked):</source>
        <translation>Образы (%1, %2 в распакованном виде):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files (%1, %2 unpacked):</source>
        <translation>Файлы (%1, %2 в распакованном виде):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extraction would refuse this archive: %1</source>
        <translation>Распаковка отклонит этот архив: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>inspect wants one FILE</source>
        <translation>inspect ожидает один ФАЙЛ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot inspect %1: %2</source>
        <translation>не удаётся изучить %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phone: %1 (%2, serial %3), anti-rollback index %4</source>
        <translation>Телефон: %1 (%2, серийный номер %3), индекс anti-rollback %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>extract wants one FILE</source>
        <translation>extract ожидает один ФАЙЛ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interrupted; nothing was kept</source>
        <translation>прервано; ничего не сохранено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot extract %1: %2</source>
        <translation>не удаётся распаковать %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>extracted: %1</source>
        <translation>распаковано: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="-186"/>
        <source>The device named TEXT (marketing name, device name or codename); when no device has that name, every one whose name or codename contains TEXT.</source>
        <translation>Устройство с именем TEXT (маркетинговое имя, имя устройства или кодовое имя); если такого имени нет ни у одного устройства — все, чьё имя или кодовое имя содержит TEXT.</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-43"/>
        <source>The site&apos;s device folder, as in its links (gemini, angelicain), in any letter case; a phone&apos;s variant (gemini_global) finds its base folder.</source>
        <translation>Папка устройства на сайте, как в его ссылках (gemini, angelicain), в любом регистре; вариант телефона (gemini_global) находит свою основную папку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The version as the site writes it (7.6.8, V14.0.3.0.TKHMIXM), with or without the leading V.</source>
        <translation>Версия так, как её пишет сайт (7.6.8, V14.0.3.0.TKHMIXM), с ведущей V или без неё.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>cannot write the output: %1</source>
        <translation>не удаётся записать вывод: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 wants one of %2 (in any letter case), not &apos;%3&apos;</source>
        <translation>%1 принимает одно из значений %2 (в любом регистре), а не «%3»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; could mean any of %2 of %3; write the version as the site does</source>
        <translation>«%1» может означать любую из версий %2 устройства %3; напишите версию так, как её пишет сайт</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-450"/>
        <source>-o wants a folder, not an empty name</source>
        <translation>-o ожидает папку, а не пустое имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a folder; -o wants a folder</source>
        <translation>%1 — это файл, а не папка; -o ожидает папку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot make the folder %1: %2 is not a folder</source>
        <translation>не удаётся создать папку %1: %2 — не папка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write into the folder %1: %2</source>
        <translation>не удаётся записать в папку %1: %2</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>stopped: %1</source>
        <translation>остановлено: %1</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>no such file: %1</source>
        <translation>нет такого файла: %1</translation>
    </message>
    <message>
        <location line="-482"/>
        <source>At most M connections at once, over every mirror of the file (8; 1: one mirror at a time).</source>
        <translation>Не больше M соединений одновременно, по всем зеркалам файла (8; 1 — по одному зеркалу за раз).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N connections to one host (4).</source>
        <translation>Не больше N соединений с одним хостом (4).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>--connections wants a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>для --connections нужно число от 1 до %1, а не «%2»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--per-host wants a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>для --per-host нужно число от 1 до %1, а не «%2»</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="+30"/>
        <source>no download link published</source>
        <translation>ссылка для загрузки не опубликована</translation>
    </message>
    <message>
        <location line="+127"/>
        <location filename="../src/cli/downloadcommands.cpp" line="+257"/>
        <source>%1 %2 has no %3 page</source>
        <translation>у %1 %2 нет страницы раздела %3</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-264"/>
        <source>The site&apos;s section: miui, hyperos, firmware (firmware-only zips) or vendor (vendor packages).</source>
        <extracomment>miui, hyperos, firmware, vendor: the site&apos;s sections, typed as they are</extracomment>
        <translation>Раздел сайта: miui, hyperos, firmware (zip только с прошивкой) или vendor (пакеты vendor).</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="+19"/>
        <source>this version has several files:</source>
        <translation>у этой версии несколько файлов:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no download link published for %1</source>
        <translation>для %1 ссылка для загрузки не опубликована</translation>
    </message>
</context>
<context>
    <name>ConditionalFetch</name>
    <message>
        <location filename="../src/core/feed/conditionalfetch.cpp" line="+71"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server announced %1, more than the %2 allowed</source>
        <translation>сервер сообщил о %1 — больше допустимых %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the answer is larger than the %1 allowed</source>
        <translation>ответ больше допустимых %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no answer from %1 in time</source>
        <translation>%1 не ответил вовремя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 ответил HTTP %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered HTTP %2, not the document</source>
        <translation>%1 ответил HTTP %2 вместо документа</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../src/gui/copyablefield.cpp" line="+24"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy %1</source>
        <translation>Копировать %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy the %1</source>
        <translation>Копировать %1</translation>
    </message>
</context>
<context>
    <name>CounterpartLinks</name>
    <message>
        <location filename="../src/gui/counterpartlinks.cpp" line="+70"/>
        <source>Firmware only</source>
        <extracomment>Link of a ROM page to the firmware-only zip of the same version, as the website calls it</extracomment>
        <translation>Только прошивка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the firmware-only zip of this version: its firmware partitions without the system, for those who run a custom ROM</source>
        <translation>Показать zip только с прошивкой этой версии: её разделы прошивки без системы, для тех, кто пользуется кастомной ROM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ROM</source>
        <extracomment>Link of a firmware page to the ROM page of the same version (&quot;ROM: MIUI V10.2.2.0.OAAMIXM&quot;)</extracomment>
        <translation>ROM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the ROM page of this version</source>
        <translation>Показать страницу ROM этой версии</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../src/gui/detailspane.cpp" line="+44"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2 %3 %4</source>
        <translation>%1 · %2 %3 %4</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No catalog loaded.</source>
        <translation>Каталог не загружен.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open on &amp;Website</source>
        <translation>Открыть на &amp;сайте</translation>
    </message>
    <message>
        <location line="+76"/>
        <source> · Android %1</source>
        <translation> · Android %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 device</source>
        <extracomment>Subtitle of a device: %1 is its system, MIUI or HyperOS (&quot;a MIUI device&quot;)</extracomment>
        <translation>Устройство %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>Кодовое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest</source>
        <extracomment>The newest version of the device</extracomment>
        <translation>Новейшая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a version in the list to see its files.</source>
        <translation>Выберите версию в списке, чтобы увидеть её файлы.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a device, then one of its versions.</source>
        <translation>Выберите устройство, затем одну из его версий.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page notice</source>
        <translation>Примечание к странице</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Search for your phone above — its name, codename or a version — or connect it by USB and press Detect Phone. Then pick a version to see its files.</source>
        <translation>Найдите свой телефон выше — по названию, кодовому имени или версии — или подключите его по USB и нажмите «Определить телефон». Затем выберите версию, чтобы увидеть её файлы.</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Hidden by the search</source>
        <translation>Скрыто поиском</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search and filters hide this version: select one of the results, or clear the search (Esc) to download this one.</source>
        <translation>Поиск и фильтры скрывают эту версию: выберите один из результатов или очистите поиск (Esc), чтобы скачать её.</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="+27"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown phone</source>
        <translation>Неизвестный телефон</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+69"/>
        <source>Recommended ROMs</source>
        <translation>Рекомендуемые ROM</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Connect the phone by USB with USB debugging on, or in fastboot mode, then detect it.</source>
        <translation>Подключите телефон по USB с включённой отладкой по USB или в режиме fastboot, затем выполните поиск.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected phones</source>
        <translation>Подключённые телефоны</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Notes about the phone</source>
        <translation>Заметки о телефоне</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Ветка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Column header. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest ROM per branch and type for the phone&apos;s region first; Enter or a double click opens the version</source>
        <translation>Сначала новейшие ROM каждой ветки и типа для региона телефона; Enter или двойной щелчок открывает версию</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>Кодовое имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variant</source>
        <extracomment>The phone&apos;s build variant, e.g. alioth_global</extracomment>
        <translation>Вариант</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed</source>
        <extracomment>The ROM version installed on the phone</extracomment>
        <translation>Установлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback</source>
        <extracomment>Xiaomi&apos;s anti-rollback index of the phone (a number; a lower one cannot be flashed)</extracomment>
        <translation>Anti-rollback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <extracomment>How the phone is connected: adb or fastboot</extracomment>
        <translation>Подключение</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Looking for a phone…</source>
        <translation>Поиск телефона…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No phone found. Connect it by USB with USB debugging on (Settings → Additional settings → Developer options), or start it in fastboot mode, then detect again.</source>
        <translation>Телефон не найден. Подключите его по USB с включённой отладкой по USB (Настройки → Расширенные настройки → Для разработчиков) или загрузите в режиме fastboot, затем повторите поиск.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 hardware</source>
        <translation>оборудование %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (hardware: %2)</source>
        <translation>%1 (оборудование: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>%1 · serial %2</source>
        <translation>%1 · серийный номер %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The installed version is the newest for its region and branch.</source>
        <translation>Установленная версия — новейшая для своего региона и ветки.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The firmware of the installed version without its system, for those who run a custom ROM.</source>
        <translation>Прошивка установленной версии без системы — для тех, кто пользуется кастомной ROM.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Phones connected: %1. Pick one.</source>
        <translation>Подключено телефонов: %1. Выберите один.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Newer versions for its region and branch: %1, marked “Newer” in the tree.</source>
        <translation>Более новые версии для его региона и ветки: %1, отмечены в дереве как «Новее».</translation>
    </message>
</context>
<context>
    <name>DeviceProbe</name>
    <message>
        <location filename="../src/core/phone/deviceprobe.cpp" line="+29"/>
        <source>This user may not open the phone&apos;s USB device. On Linux, install udev rules for Android phones (Debian/Ubuntu: sudo apt install android-sdk-platform-tools-common), make sure you are in the plugdev group, then unplug the phone and plug it in again.</source>
        <translation>У этого пользователя нет доступа к USB-устройству телефона. В Linux установите правила udev для телефонов Android (Debian/Ubuntu: sudo apt install android-sdk-platform-tools-common), убедитесь, что вы состоите в группе plugdev, затем отключите телефон и подключите снова.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The phone has not allowed USB debugging from this computer. Unlock it, tap “Allow” in the “Allow USB debugging?” prompt, then detect again.</source>
        <translation>Телефон не разрешил отладку по USB с этого компьютера. Разблокируйте его, нажмите «Разрешить» в запросе «Разрешить отладку по USB?», затем повторите поиск.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The phone is connected but does not answer. Unplug it and plug it in again; if that does not help, run “adb kill-server” and detect again.</source>
        <translation>Телефон подключён, но не отвечает. Отключите его и подключите снова; если не поможет, выполните «adb kill-server» и повторите поиск.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone is still connecting. Wait a moment, then detect again.</source>
        <translation>Телефон ещё подключается. Подождите немного и повторите поиск.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone is in “%1” mode. Start Android with USB debugging on, or fastboot mode, then detect again.</source>
        <translation>Телефон в режиме «%1». Запустите Android с включённой отладкой по USB или режим fastboot, затем повторите поиск.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>“%1” did not answer within %2 s and was stopped.</source>
        <translation>«%1» не ответил за %2 с и был остановлен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” could not be started: %2</source>
        <translation>Не удалось запустить «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” crashed.</source>
        <translation>«%1» завершился аварийно.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” failed (exit code %2).</source>
        <translation>«%1» завершился с ошибкой (код выхода %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” failed: %2</source>
        <translation>Ошибка «%1»: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not installed. On Debian or Ubuntu: sudo apt install adb fastboot. On Windows or macOS, install Android&apos;s platform-tools and set the path to %1 in Preferences → Phone (firmware-cli: %2 PATH).</source>
        <translation>%1 не установлен. В Debian или Ubuntu: sudo apt install adb fastboot. В Windows или macOS установите platform-tools для Android и укажите путь к %1 в Настройки → Телефон (firmware-cli: %2 PATH).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not found at %2. Correct the path in Preferences → Phone (firmware-cli: %3 PATH).</source>
        <translation>%1 не найден по пути %2. Исправьте путь в Настройки → Телефон (firmware-cli: %3 PATH).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a program (%2). Correct the path in Preferences → Phone (firmware-cli: %3 PATH).</source>
        <translation>%1 — не программа (%2). Исправьте путь в Настройки → Телефон (firmware-cli: %3 PATH).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unplug the phone and plug it in again, or run “adb kill-server”, then detect again.</source>
        <translation>Отключите телефон и подключите снова или выполните «adb kill-server», затем повторите поиск.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unplug the phone and plug it in again, then detect again.</source>
        <translation>Отключите телефон и подключите снова, затем повторите поиск.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phone answered “%1” without any property.</source>
        <translation>Телефон ответил «%1» без единого свойства.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restart the phone into fastboot mode (hold Volume Down while powering on), then detect again.</source>
        <translation>Перезагрузите телефон в режим fastboot (удерживайте «Громкость вниз» при включении), затем повторите поиск.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The phone did not say which product it is.</source>
        <translation>Телефон не сообщил, какая это модель.</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <location filename="../src/core/download/downloadtypes.cpp" line="+96"/>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prefix verified</source>
        <translation>проверено по префиксу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retrying in %1 s: %2</source>
        <translation>Повтор через %1 с: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already downloaded, %1</source>
        <translation>уже скачано, %1</translation>
    </message>
    <message>
        <location filename="../src/core/download/httpchecks.cpp" line="+115"/>
        <source>server unreachable (connection refused)</source>
        <translation>сервер недоступен (в соединении отказано)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection closed by the server</source>
        <translation>сервер закрыл соединение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host not found</source>
        <translation>узел не найден</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection timed out</source>
        <translation>время ожидания соединения истекло</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>network unavailable</source>
        <translation>сеть недоступна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused an insecure redirect (https to http)</source>
        <translation>небезопасное перенаправление (с https на http) отклонено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many redirects</source>
        <translation>слишком много перенаправлений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS error: %1</source>
        <translation>ошибка TLS: %1</translation>
    </message>
    <message>
        <location filename="../src/core/download/targetlock.cpp" line="+33"/>
        <source>already being downloaded by another process (pid %1)</source>
        <translation>уже загружается другим процессом (pid %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already being downloaded by another process</source>
        <translation>уже загружается другим процессом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the lock file %1: permission denied</source>
        <translation>не удаётся создать файл блокировки %1: доступ запрещён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the lock file %1</source>
        <translation>не удаётся создать файл блокировки %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/download/downloadtypes.cpp" line="+42"/>
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln соединение</numerusform>
            <numerusform>%Ln соединения</numerusform>
            <numerusform>%Ln соединений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln mirror(s)</source>
        <translation>
            <numerusform>%Ln зеркало</numerusform>
            <numerusform>%Ln зеркала</numerusform>
            <numerusform>%Ln зеркал</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %Ln connection(s), %2/s</source>
        <translation>
            <numerusform>%1: %Ln соединение, %2/с</numerusform>
            <numerusform>%1: %Ln соединения, %2/с</numerusform>
            <numerusform>%1: %Ln соединений, %2/с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadListModel</name>
    <message>
        <location filename="../src/core/download/downloadlistmodel.cpp" line="+52"/>
        <source>/s</source>
        <extracomment>Per second, after a size: &quot;2.5 MB/s&quot;</extracomment>
        <translation>/с</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
%2
from mirror %3 of %4: %5</source>
        <translation>%1
%2
с зеркала %3 из %4: %5</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <extracomment>Column header: the download&apos;s state and how far it got</extracomment>
        <translation>Ход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mirror</source>
        <extracomment>Column header: the server (one of several copies of the file) a download comes from</extracomment>
        <translation>Зеркало</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../src/core/download/downloadmanager.cpp" line="+118"/>
        <source>%1 is already in the download queue</source>
        <translation>%1 уже в очереди загрузок</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DownloadNotifier</name>
    <message>
        <location filename="../src/gui/downloadnotifier.cpp" line="+66"/>
        <source>No downloads running</source>
        <translation>Нет активных загрузок</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln download(s)</source>
        <translation>
            <numerusform>%Ln загрузка</numerusform>
            <numerusform>%Ln загрузки</numerusform>
            <numerusform>%Ln загрузок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 % (%3 of %4)</source>
        <translation>%1: %2 % (%3 из %4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Download failed</source>
        <translation>Ошибка загрузки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download complete</source>
        <translation>Загрузка завершена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Show Firmware Browser</source>
        <translation>&amp;Показать Firmware Browser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause All Downloads</source>
        <translation>П&amp;риостановить все загрузки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume All Downloads</source>
        <translation>П&amp;родолжить все загрузки</translation>
    </message>
</context>
<context>
    <name>DownloadTransfer</name>
    <message>
        <location filename="../src/core/download/downloadtransfer.cpp" line="+142"/>
        <location filename="../src/core/download/downloadtransferlead.cpp" line="+109"/>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write the file (%1); free some space and resume</source>
        <translation>не удаётся записать файл (%1); освободите место и продолжите</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>removed by Xiaomi from all mirrors</source>
        <translation>удалён Xiaomi со всех зеркал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file is gone from every mirror</source>
        <translation>файла больше нет ни на одном зеркале</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadtransferlead.cpp" line="-14"/>
        <source>not enough space: %1 needed, %2 free; free some space and resume</source>
        <translation>недостаточно места: нужно %1, свободно %2; освободите место и продолжите</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the connection ended after %1 of %2 bytes</source>
        <translation>соединение прервалось после %1 из %2 байт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection ended after %1 bytes</source>
        <translation>соединение прервалось после %1 байт</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1; the server answered every resume with the whole file from byte 0 (HTTP 200), and no attempt got past byte %2 of %3</source>
        <translation>%1; сервер на каждое продолжение отвечал всем файлом с байта 0 (HTTP 200), и ни одна попытка не прошла дальше байта %2 из %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; the server answered every resume with the whole file from byte 0 (HTTP 200), and no attempt got past byte %2</source>
        <translation>%1; сервер на каждое продолжение отвечал всем файлом с байта 0 (HTTP 200), и ни одна попытка не прошла дальше байта %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (gave up; failed attempts in a row: %2)</source>
        <translation>%1 (прекращено; неудачных попыток подряд: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; the server asks to wait %2, longer than allowed</source>
        <translation>%1; сервер просит подождать %2 — дольше допустимого</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="+142"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No network connection — retry when online</source>
        <translation>Нет подключения к сети — повторите, когда оно появится</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no mirror could deliver the file; the last one, %1: %2</source>
        <translation>ни одно зеркало не смогло отдать файл; последнее, %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 too slow (%2/s)</source>
        <translation>%1 слишком медленное (%2/с)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="+69"/>
        <source>too slow (%1 B/s); reconnecting</source>
        <translation>слишком медленно (%1 Б/с); переподключение</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="-21"/>
        <source>no mirror could deliver the file; the last one, %1</source>
        <translation>ни одно зеркало не смогло отдать файл; последнее, %1</translation>
    </message>
</context>
<context>
    <name>DownloadWorker</name>
    <message>
        <location filename="../src/core/download/requestcheck.cpp" line="+18"/>
        <source>refused the file name: %1</source>
        <translation>имя файла отклонено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no download URL</source>
        <translation>нет ссылки для загрузки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the URL &apos;%1&apos;: only http and https are supported</source>
        <translation>URL &apos;%1&apos; отклонён: поддерживаются только http и https</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not an MD5 (32 hex digits)</source>
        <translation>&apos;%1&apos; — не MD5 (32 шестнадцатеричные цифры)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused to write through the symbolic link %1</source>
        <translation>запись через символическую ссылку %1 запрещена</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadworkerresume.cpp" line="+21"/>
        <source>%1 already exists and there is no checksum to compare it with; it was left alone</source>
        <translation>%1 уже существует, а контрольной суммы для сравнения нет; файл не тронут</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checking the existing file</source>
        <translation>проверка существующего файла</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>checking the partial file</source>
        <translation>проверка частичного файла</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadworker.cpp" line="+224"/>
        <source>size mismatch: got %1 bytes, expected %2</source>
        <translation>размер не совпадает: получено %1 байт, ожидалось %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size mismatch: got %1, the catalog says %2</source>
        <translation>размер не совпадает: получено %1, в каталоге указано %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checking the MD5</source>
        <translation>проверка MD5</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a different file named %1 already exists (MD5 %2); it was not overwritten</source>
        <translation>уже существует другой файл с именем %1 (MD5 %2); он не перезаписан</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checksum mismatch: expected %1, got %2</source>
        <translation>контрольная сумма не совпадает: ожидалась %1, получена %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; downloading once more from the start</source>
        <translation>%1; скачиваем ещё раз с начала</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 appeared while downloading; it was not overwritten</source>
        <translation>%1 появился во время загрузки; он не перезаписан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot rename %1 to its final name</source>
        <translation>не удаётся переименовать %1 в окончательное имя</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>size mismatch: got %1 bytes, the server declared %2</source>
        <translation>размер не совпадает: получено %1 байт, сервер заявил %2</translation>
    </message>
</context>
<context>
    <name>DownloadsDock</name>
    <message>
        <location filename="../src/gui/downloadsdock.cpp" line="+30"/>
        <source>Downloads</source>
        <translation>Загрузки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Downloads</source>
        <translation>&amp;Загрузки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download of %1 failed: %2</source>
        <translation>Ошибка загрузки %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded %1.</source>
        <translation>%1 скачан.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The download queue could not be read: %1</source>
        <translation>Не удалось прочитать очередь загрузок: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln unfinished download(s) restored.</source>
        <translation>
            <numerusform>Восстановлена %Ln незавершённая загрузка.</numerusform>
            <numerusform>Восстановлены %Ln незавершённые загрузки.</numerusform>
            <numerusform>Восстановлено %Ln незавершённых загрузок.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The catalog&apos;s file name “%1” is not safe to save: %2</source>
        <translation>Имя файла из каталога «%1» небезопасно для сохранения: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not queued: %1</source>
        <translation>Не добавлено в очередь: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download Not Queued</source>
        <translation>Загрузка не добавлена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queued %1 from %2 into %3.</source>
        <translation>%1 добавлен в очередь: с %2 в %3.</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../src/gui/downloadspanel.cpp" line="+46"/>
        <source>Downloads</source>
        <translation>Загрузки</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Pause</source>
        <translation>&amp;Приостановить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resume</source>
        <translation>П&amp;родолжить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;try</source>
        <translation>По&amp;вторить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Pat&amp;h</source>
        <translation>&amp;Копировать путь</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pause &amp;All</source>
        <translation>Приостановить &amp;все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume A&amp;ll</source>
        <translation>Продолжить в&amp;се</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Inspect ROM</source>
        <translation>&amp;Изучить ROM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xtract</source>
        <translation>Р&amp;аспаковать</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Download actions</source>
        <translation>Действия с загрузками</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Download details</source>
        <translation>Сведения о загрузке</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open in &amp;Browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Fi&amp;nished</source>
        <translation>Убрать &amp;завершённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the download from the list (a finished file stays on disk)</source>
        <translation>Убрать загрузку из списка (готовый файл остаётся на диске)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the completed and cancelled downloads from the list</source>
        <translation>Убрать из списка завершённые и отменённые загрузки</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No downloads yet: the Download button of a ROM card adds one here.</source>
        <translation>Загрузок пока нет: кнопка «Скачать» на карточке ROM добавляет загрузку сюда.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The folder %1 does not exist (yet).</source>
        <translation>Папки %1 (пока) нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file manager could open %1.</source>
        <translation>Ни один файловый менеджер не смог открыть %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>Открыто: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied the path of %1.</source>
        <translation>Путь к %1 скопирован.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opened %1 in your browser.</source>
        <translation>%1 открыт в браузере.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open %1 in a browser.</source>
        <translation>Не удалось открыть %1 в браузере.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the link to %1.</source>
        <translation>Скопирована ссылка на %1.</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <location filename="../src/gui/fieldlabel.cpp" line="-22"/>
        <source>&amp;Copy Selection</source>
        <translation>&amp;Копировать выделенное</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
</context>
<context>
    <name>FirmwareFeed</name>
    <message>
        <location filename="../src/core/feed/firmwarefeed.cpp" line="+44"/>
        <source>the feed is empty</source>
        <translation>лента пуста</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>none of its %Ln record(s) could be read</source>
        <translation>
            <numerusform>не удалось прочитать ни одной из её %Ln записи</numerusform>
            <numerusform>не удалось прочитать ни одной из её %Ln записей</numerusform>
            <numerusform>не удалось прочитать ни одной из её %Ln записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirmwareList</name>
    <message>
        <location filename="../src/core/feed/firmwarelist.cpp" line="+51"/>
        <source>it is not a list of package records</source>
        <translation>это не список записей о пакетах</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>record</source>
        <extracomment>Fills %2 of &quot;record %1: missing or malformed %2&quot; when the whole entry is malformed</extracomment>
        <translation>запись</translation>
    </message>
    <message>
        <location filename="../src/core/feed/firmwarefeed.cpp" line="-7"/>
        <location filename="../src/core/feed/firmwarelist.cpp" line="+34"/>
        <source>record %1: missing or malformed %2</source>
        <extracomment>%1: the entry&apos;s number in the list; %2: one of its fields (filename, downloads.github…: stay in English) or &quot;record&quot;</extracomment>
        <translation>запись %1: отсутствует или повреждено поле %2</translation>
    </message>
</context>
<context>
    <name>FlashController</name>
    <message>
        <location filename="../src/gui/flashcontroller.cpp" line="+122"/>
        <source>Its script that keeps your data: %1.</source>
        <translation>Его скрипт, сохраняющий ваши данные: %1.</translation>
    </message>
</context>
<context>
    <name>FlashScript</name>
    <message>
        <location filename="../src/core/flash/flashscript.cpp" line="+89"/>
        <source>Flashes every partition, erases all data and relocks the bootloader. Only for the official ROM of this exact phone and region: a wrong ROM on a relocked phone may never start again.</source>
        <translation>Прошивает все разделы, стирает все данные и снова блокирует загрузчик. Только для официального ROM именно этого телефона и региона: с неподходящим ROM заблокированный телефон может больше не запуститься.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flashes every partition and keeps your apps, settings and files: the usual way to update.</source>
        <translation>Прошивает все разделы и сохраняет приложения, настройки и файлы: обычный способ обновления.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flashes every partition and erases all data: apps, settings and the files on the phone.</source>
        <translation>Прошивает все разделы и стирает все данные: приложения, настройки и файлы на телефоне.</translation>
    </message>
</context>
<context>
    <name>FolderListEdit</name>
    <message>
        <location filename="../src/gui/folderlistedit.cpp" line="+14"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder with Downloaded ROMs</source>
        <translation>Папка со скачанными ROM</translation>
    </message>
</context>
<context>
    <name>InspectRomDialog</name>
    <message>
        <location filename="../src/gui/inspectromdialog.cpp" line="+43"/>
        <source>Inspect ROM</source>
        <translation>Изучить ROM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Extract</source>
        <translation>&amp;Распаковать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack this Fastboot ROM into a folder next to it, ready for its flash scripts</source>
        <translation>Распаковать этот Fastboot ROM в папку рядом с ним, готовую для его скриптов прошивки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+59"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot read this ROM: %1</source>
        <translation>Не удаётся прочитать этот ROM: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 fits the connected phone, %2.</source>
        <translation>%1 подходит подключённому телефону %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extracting %1…</source>
        <translation>Распаковка %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Already extracted: %1 is there. Open it with Open Folder, or remove it to extract again.</source>
        <translation>Уже распакована: %1 уже существует. Откройте её кнопкой «Открыть папку» или удалите, чтобы распаковать заново.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extraction cancelled; nothing was kept.</source>
        <translation>Распаковка отменена; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot extract: %1</source>
        <translation>Не удаётся распаковать: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extracted to %1</source>
        <translation>Распаковано в %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Do not flash %1 on %2: %3.</source>
        <translation>Не прошивайте %1 на %2: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: check the notes below before flashing it on %2.</source>
        <translation>%1: прежде чем прошивать его на %2, прочтите примечания ниже.</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <location filename="../src/gui/languagesetting.cpp" line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LatestFeed</name>
    <message numerus="yes">
        <location filename="../src/core/feed/catalogupdater.cpp" line="+11"/>
        <source>%Ln record(s) of the feed skipped</source>
        <translation>
            <numerusform>Пропущена %Ln запись ленты</numerusform>
            <numerusform>Пропущены %Ln записи ленты</numerusform>
            <numerusform>Пропущено %Ln записей ленты</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/feed/latestfeed.cpp" line="+90"/>
        <location line="+103"/>
        <source>the feed is empty</source>
        <translation>лента пуста</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the feed is not a list of ROM records</source>
        <translation>лента не является списком записей ROM</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>record</source>
        <extracomment>Fills %2 of &quot;record %1: missing or malformed %2&quot; when the whole entry is malformed</extracomment>
        <translation>запись</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>record %1: missing or malformed %2</source>
        <extracomment>%1: the entry&apos;s number in the feed; %2: one of its fields (md5, size…: stay in English) or &quot;record&quot;</extracomment>
        <translation>запись %1: отсутствует или повреждено поле %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>none of its %Ln record(s) could be read</source>
        <translation>
            <numerusform>не удалось прочитать ни одной из её %Ln записи</numerusform>
            <numerusform>не удалось прочитать ни одной из её %Ln записей</numerusform>
            <numerusform>не удалось прочитать ни одной из её %Ln записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalCopy</name>
    <message>
        <location filename="../src/core/flash/localcopy.cpp" line="+16"/>
        <source>Found in %1; checking it…</source>
        <translation>Найден в %1; проверяется…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (verified) in %1</source>
        <translation>Скачан (проверен) в %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (MD5 matches the file name) in %1</source>
        <translation>Скачан (MD5 совпадает с именем файла) в %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (not verified: no checksum known) in %1</source>
        <translation>Скачан (не проверен: контрольная сумма неизвестна) в %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different file with this name is in %1 (MD5 %2, the catalog says %3): it is not this ROM</source>
        <translation>В %1 лежит другой файл с таким именем (MD5 %2, а в каталоге %3): это не этот ROM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name is in %1 but cannot be read: %2</source>
        <translation>В %1 есть файл с таким именем, но его не удаётся прочитать: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+14"/>
        <source>Firmware Browser</source>
        <translation>Firmware Browser</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Import Page…</source>
        <translation>&amp;Импортировать страницу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a version page saved from xmfirmwareupdater.com to the catalog</source>
        <translation>Добавить в каталог страницу версии, сохранённую с xmfirmwareupdater.com</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Verify File…</source>
        <translation>П&amp;роверить файл…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a downloaded ROM file&apos;s MD5 against the catalog</source>
        <translation>Сверить MD5 скачанного файла ROM с каталогом</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/gui/mainwindow.cpp" line="+312"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the catalog</source>
        <translation>Искать в каталоге</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Expand All</source>
        <translation>&amp;Развернуть всё</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Collapse All</source>
        <translation>&amp;Свернуть всё</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Firmware Browser</source>
        <translation>&amp;О программе Firmware Browser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="-229"/>
        <source>Copied the %1.</source>
        <translation>Скопировано: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No catalog loaded.</source>
        <translation>Каталог не загружен.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+2"/>
        <source>Loading catalog…</source>
        <translation>Загрузка каталога…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>No catalog</source>
        <translation>Нет каталога</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The catalog could not be loaded.</source>
        <translation>Не удалось загрузить каталог.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog Not Loaded</source>
        <translation>Каталог не загружен</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+200"/>
        <source>Imported Pages Not Loaded</source>
        <translation>Импортированные страницы не загружены</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Downloads Running</source>
        <translation>Идут загрузки</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln download(s) are running. Quit and pause them? They resume next time.</source>
        <translation>
            <numerusform>Идёт %Ln загрузка. Выйти и приостановить её? Она продолжится при следующем запуске.</numerusform>
            <numerusform>Идут %Ln загрузки. Выйти и приостановить их? Они продолжатся при следующем запуске.</numerusform>
            <numerusform>Идут %Ln загрузок. Выйти и приостановить их? Они продолжатся при следующем запуске.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Import Version Page</source>
        <translation>Импорт страницы версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved version pages (*.html *.htm *.md);;All files (*)</source>
        <translation>Сохранённые страницы версий (*.html *.htm *.md);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location line="+293"/>
        <location line="+4"/>
        <source>Import failed: %1</source>
        <translation>Ошибка импорта: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import Failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The page was not imported; the catalog is unchanged.

%1</source>
        <translation>Страница не импортирована; каталог не изменён.

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalog Not Reloaded</source>
        <translation>Каталог не перезагружен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page was imported, but the catalog could not be reloaded.

%1</source>
        <translation>Страница импортирована, но каталог не удалось перезагрузить.

%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 (%2).</source>
        <translation>Импортировано: %1 (%2).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not open %1 in a browser.</source>
        <translation>Не удалось открыть %1 в браузере.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1 in your browser.</source>
        <translation>%1 открыт в браузере.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The new language applies the next time Firmware Browser starts.</source>
        <translation>Новый язык будет применён при следующем запуске Firmware Browser.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify File</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROM files (*.zip *.tgz);;All files (*)</source>
        <translation>Файлы ROM (*.zip *.tgz);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="-153"/>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Refresh Catalog</source>
        <translation>&amp;Обновить каталог</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the ROMs published since the catalog was made (from Xiaomi Firmware Updater&apos;s feed)</source>
        <translation>Добавить ROM, опубликованные после создания каталога (из ленты Xiaomi Firmware Updater)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;What&apos;s New…</source>
        <translation>&amp;Что нового…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ROM files the last catalog refresh brought</source>
        <translation>Файлы ROM, добавленные последним обновлением каталога</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Detect Phone</source>
        <translation>&amp;Определить телефон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the phone connected by USB (adb or fastboot mode), select its device and mark its installed and newer versions</source>
        <translation>Найти телефон, подключённый по USB (adb или режим fastboot), выбрать его устройство и отметить установленную и более новые версии</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowflash.cpp" line="+28"/>
        <source>I&amp;nspect ROM…</source>
        <translation>Изу&amp;чить ROM…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a ROM file holds: product, anti-rollback index, flash scripts, images; and whether it fits the connected phone</source>
        <translation>Что содержит файл ROM: продукт, индекс anti-rollback, скрипты прошивки, образы; и подходит ли он подключённому телефону</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Inspect ROM</source>
        <translation>Изучить ROM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROM files (*.tgz *.tar.gz *.tar *.zip);;All files (*)</source>
        <translation>Файлы ROM (*.tgz *.tar.gz *.tar *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Do Not Flash on the Connected Phone</source>
        <translation>Не прошивайте на подключённый телефон</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was downloaded and verified: %2.</source>
        <translation>%1 скачан и проверен: %2.</translation>
    </message>
</context>
<context>
    <name>Md5Hasher</name>
    <message>
        <location filename="../src/core/download/md5hasher.cpp" line="+166"/>
        <source>the file is shorter than expected</source>
        <translation>файл короче, чем ожидалось</translation>
    </message>
</context>
<context>
    <name>PageCompleter</name>
    <message>
        <location filename="../src/core/feed/pagecompleter.cpp" line="+40"/>
        <source>the page could not be read: %1</source>
        <translation>не удалось прочитать страницу: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server sent the page of %1 %2 instead</source>
        <translation>сервер прислал вместо неё страницу %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not write the page cache in %1</source>
        <translation>не удалось записать кэш страниц в %1</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <location filename="../src/core/download/partfile.cpp" line="+74"/>
        <source>cannot open %1 for writing</source>
        <translation>не удаётся открыть %1 для записи</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot shorten %1: %2</source>
        <translation>не удаётся укоротить %1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneCheckView</name>
    <message>
        <location filename="../src/gui/phonecheckview.cpp" line="+30"/>
        <source>Why not to flash this ROM on the connected phone</source>
        <translation>Почему не стоит прошивать этот ROM на подключённый телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to check before flashing</source>
        <translation>Что проверить перед прошивкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which script to run</source>
        <translation>Какой скрипт запускать</translation>
    </message>
</context>
<context>
    <name>PhoneController</name>
    <message>
        <location filename="../src/gui/phonecontroller.cpp" line="+19"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking for a phone…</source>
        <translation>Поиск телефона…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phone detection needs adb or fastboot.</source>
        <translation>Для определения телефона нужен adb или fastboot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone found.</source>
        <translation>Телефон не найден.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detected %1.</source>
        <translation>Обнаружен %1.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Phones connected: %1. Pick one in the Phone panel.</source>
        <translation>Подключено телефонов: %1. Выберите один на панели «Телефон».</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Check Before Downloading</source>
        <translation>Проверьте перед загрузкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may not suit the connected phone, %2.</source>
        <translation>%1 может не подойти подключённому телефону %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Download Anyway</source>
        <translation>&amp;Всё равно скачать</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <location filename="../src/core/phone/phoneinfo.cpp" line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PhoneMatcher</name>
    <message>
        <location filename="../src/core/phone/phonematcher.cpp" line="+67"/>
        <source>The phone did not say which device it is.</source>
        <translation>Телефон не сообщил, какое это устройство.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog has no ROMs for “%1”.</source>
        <translation>В каталоге нет ROM для «%1».</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>This phone runs a %1 ROM, but its hardware is a %2 model (ro.boot.hwc = %3): a seller probably flashed it. Going back to a %2 ROM is a region change: it needs an unlocked bootloader and a Fastboot ROM.</source>
        <translation>На телефоне стоит ROM %1, но аппаратно это модель %2 (ro.boot.hwc = %3): вероятно, его перепрошил продавец. Возврат на ROM %2 — это смена региона: нужны разблокированный загрузчик и Fastboot ROM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In fastboot mode the phone does not say which ROM or region it runs: start Android with USB debugging on for a full match. Showing the newest Fastboot ROMs of every region.</source>
        <translation>В режиме fastboot телефон не сообщает, какой ROM и регион на нём стоят: для точного подбора запустите Android с включённой отладкой по USB. Показаны новейшие Fastboot ROM всех регионов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installed version %1 is not in the catalog.</source>
        <translation>Установленной версии %1 нет в каталоге.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anti-rollback index: %1. Flashing a ROM older than the installed one can be refused or brick the phone.</source>
        <translation>Индекс anti-rollback: %1. Прошивка ROM старше установленной может быть отклонена или превратить телефон в «кирпич».</translation>
    </message>
</context>
<context>
    <name>PhoneRomCheck</name>
    <message>
        <location filename="../src/core/flash/phoneromcheck.cpp" line="+16"/>
        <source>The phone did not tell its product; this ROM is for %1.</source>
        <translation>Телефон не сообщил свой продукт; этот ROM для %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This ROM is for %1, the connected phone is %2 (%3): do not flash it, its own scripts refuse it.</source>
        <translation>Этот ROM для %1, а подключён телефон %2 (%3): не прошивайте его, его собственные скрипты откажутся.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anti-rollback: this ROM&apos;s index is %1, the phone&apos;s is %2: flashing would be refused or brick the phone.</source>
        <translation>Anti-rollback: индекс этого ROM — %1, у телефона — %2: прошивка будет отклонена или превратит телефон в «кирпич».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anti-rollback: this ROM&apos;s index is %1; the phone tells its own only in fastboot mode (%2). Detect the phone in fastboot mode before flashing.</source>
        <translation>Anti-rollback: индекс этого ROM — %1; свой индекс телефон сообщает только в режиме fastboot (%2). Перед прошивкой определите телефон в режиме fastboot.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anti-rollback: this ROM&apos;s scripts have the check commented out and the phone&apos;s index is %1: make sure this ROM is not older than the installed one.</source>
        <translation>Anti-rollback: в скриптах этого ROM проверка закомментирована, а индекс телефона — %1: убедитесь, что этот ROM не старше установленного.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback: this ROM&apos;s scripts do not check it and the phone&apos;s index is %1: make sure this ROM is not older than the installed one.</source>
        <translation>Anti-rollback: скрипты этого ROM его не проверяют, а индекс телефона — %1: убедитесь, что этот ROM не старше установленного.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recommended: %1 keeps your data.</source>
        <translation>Рекомендуется: %1 сохраняет ваши данные.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended: %1 (this ROM has no script that keeps your data; it erases the phone).</source>
        <translation>Рекомендуется: %1 (в этом ROM нет скрипта, сохраняющего данные; он очищает телефон).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 relocks the bootloader: only for the official ROM of this exact phone and region.</source>
        <translation>%1 снова блокирует загрузчик: только для официального ROM именно этого телефона и региона.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 erases all data.</source>
        <translation>%1 стирает все данные.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>for another product (%1), not for the phone&apos;s %2</source>
        <extracomment>a headline&apos;s reason not to flash a ROM: %1 the ROM&apos;s product(s), %2 the phone&apos;s (codenames such as whyred)</extracomment>
        <translation>для другого продукта (%1), а не для телефона %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>anti-rollback index %1, lower than the phone&apos;s %2</source>
        <extracomment>a headline&apos;s reason not to flash a ROM whose product is right but older than the phone allows</extracomment>
        <translation>индекс anti-rollback %1 ниже, чем у телефона (%2)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This ROM is for %1, the connected phone is %2: do not flash it, its own scripts refuse it.</source>
        <translation>Этот ROM для %1, а подключён телефон %2: не прошивайте его, его собственные скрипты откажутся.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language of menus and messages; it changes the next time Firmware Browser starts</source>
        <translation>Язык меню и сообщений; меняется при следующем запуске Firmware Browser</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Downloads</source>
        <translation>Загрузки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download &amp;folder:</source>
        <translation>&amp;Папка загрузки:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where ROM files are saved</source>
        <translation>Куда сохраняются файлы ROM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Parallel downloads:</source>
        <translation>&amp;Одновременных загрузок:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How many files download at the same time; the others wait in the queue</source>
        <translation>Сколько файлов скачивается одновременно; остальные ждут в очереди</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Preferred &amp;mirror:</source>
        <translation>Предпочитаемое &amp;зеркало:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mirror a download tries first; when it fails, is missing the file or is far too slow, the file&apos;s other mirrors follow in page order</source>
        <translation>Зеркало, которое загрузка пробует первым; если оно не работает, не содержит файла или слишком медленное, используются другие зеркала файла в порядке страницы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify the MD5 after downloading</source>
        <translation>П&amp;роверять MD5 после загрузки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When off, files are kept even if they differ from the catalog&apos;s MD5, and are marked “not verified”</source>
        <translation>Если выключено, файлы сохраняются, даже если их MD5 отличается от каталога, и помечаются как «не проверено»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changes apply to files queued from now on; the parallel limit applies at once.</source>
        <translation>Изменения применяются к файлам, добавленным в очередь с этого момента; число одновременных загрузок меняется сразу.</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="+36"/>
        <source>Automatic (page order)</source>
        <translation>Автоматически (в порядке страницы)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Download Folder</source>
        <translation>Папка загрузки</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="-237"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Check for new ROMs at start, at most every</source>
        <translation>&amp;Проверять новые ROM при запуске, не чаще чем раз в</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch Xiaomi Firmware Updater&apos;s feed of new ROMs when Firmware Browser starts (View → Refresh Catalog, F5, does it any time)</source>
        <translation>Загружать ленту новых ROM Xiaomi Firmware Updater при запуске Firmware Browser (Вид → Обновить каталог, F5, — в любое время)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours between automatic checks</source>
        <translation>Часов между автоматическими проверками</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <extracomment>After the refresh interval: hours (&quot;24 h&quot;)</extracomment>
        <translation> ч</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Feed:</source>
        <extracomment>The list of new ROMs (latest.yml) the catalog refresh reads</extracomment>
        <translation>&amp;Лента:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the feed of new ROMs (latest.yml) is fetched first</source>
        <translation>Откуда сначала загружается лента новых ROM (latest.yml)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fa&amp;llback:</source>
        <extracomment>A second address of the feed, tried when the first fails</extracomment>
        <translation>&amp;Запасной адрес:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the feed is fetched when the first address fails</source>
        <translation>Откуда загружается лента, если первый адрес не работает</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;adb:</source>
        <translation>&amp;adb:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Android&apos;s adb program; empty finds it on PATH (Debian/Ubuntu: the adb package). On Windows and macOS, the adb of Android&apos;s platform-tools</source>
        <translation>Программа adb для Android; если пусто, ищется в PATH (Debian/Ubuntu: пакет adb). В Windows и macOS — adb из platform-tools для Android</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B&amp;rowse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;fastboot:</source>
        <translation>&amp;fastboot:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Android&apos;s fastboot program; empty finds it on PATH (Debian/Ubuntu: the fastboot package)</source>
        <translation>Программа fastboot для Android; если пусто, ищется в PATH (Debian/Ubuntu: пакет fastboot)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bro&amp;wse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detect the &amp;phone when Firmware Browser starts</source>
        <translation>Определять &amp;телефон при запуске Firmware Browser</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="-117"/>
        <location line="+1"/>
        <source>Found on PATH</source>
        <translation>Найдено в PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adb Program</source>
        <translation>Программа adb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fastboot Program</source>
        <translation>Программа fastboot</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Downloaded ROMs found here (and in the download folder) are verified and not downloaded again</source>
        <translation>Скачанные ROM, найденные здесь (и в папке загрузок), проверяются и не скачиваются заново</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other folders with downloaded ROMs</source>
        <translation>Другие папки со скачанными ROM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also look for &amp;ROMs in:</source>
        <translation>Искать &amp;ROM также в:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="-160"/>
        <source>Co&amp;nnections per file:</source>
        <translation>&amp;Соединений на файл:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most this many connections for one file, spread over all of its mirrors; 1 downloads from one mirror at a time</source>
        <translation>Не больше стольких соединений для одного файла, по всем его зеркалам; при 1 файл скачивается с одного зеркала за раз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connections per &amp;host:</source>
        <translation>Соединений на &amp;хост:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most this many connections to one mirror host; a host that refuses one more is kept at what it accepts</source>
        <translation>Не больше стольких соединений с одним хостом зеркала; хост, отказавший в ещё одном, остаётся на принятом числе</translation>
    </message>
</context>
<context>
    <name>RangeConnection</name>
    <message>
        <location filename="../src/core/download/rangeconnection.cpp" line="+125"/>
        <source>the mirror no longer has the file (NoSuchKey)</source>
        <translation>на зеркале больше нет этого файла (NoSuchKey)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>redirect (HTTP %1) without a usable Location</source>
        <translation>перенаправление (HTTP %1) без пригодного Location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected answer from the server (HTTP %1)</source>
        <translation>неожиданный ответ сервера (HTTP %1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no data for %1 s</source>
        <translation>нет данных %1 с</translation>
    </message>
</context>
<context>
    <name>ReplyChecks</name>
    <message>
        <location filename="../src/core/download/replychecks.cpp" line="+51"/>
        <location line="+1"/>
        <source>the server refused the range (HTTP 416)</source>
        <translation>сервер отклонил диапазон (HTTP 416)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the server&apos;s file has %1 bytes, expected %2</source>
        <translation>файл на сервере имеет размер %1 байт, ожидалось %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s file (%1) differs from the catalog (%2)</source>
        <translation>файл на сервере (%1) отличается от каталога (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unexpected HTTP status %1</source>
        <translation>неожиданный код HTTP %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>the server sent the wrong range</source>
        <translation>сервер прислал неверный диапазон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this mirror&apos;s file has another size</source>
        <translation>у файла на этом зеркале другой размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this mirror&apos;s file has another size; starting over</source>
        <translation>у файла на этом зеркале другой размер; начинаем заново</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>the file on the server changed</source>
        <translation>файл на сервере изменился</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>this mirror has another file (ETag %1)</source>
        <translation>на этом зеркале другой файл (ETag %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server does not send parts of the file</source>
        <translation>сервер не отдаёт части файла</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the mirror sent a web page instead of the file</source>
        <translation>зеркало прислало веб-страницу вместо файла</translation>
    </message>
</context>
<context>
    <name>RomAdvisor</name>
    <message>
        <location filename="../src/core/phone/romadvisor.cpp" line="+91"/>
        <source>This ROM is for %1 (%2), not for the connected phone, %3: flashing it can brick the phone.</source>
        <translation>Этот ROM для %1 (%2), а не для подключённого телефона %3: его прошивка может превратить телефон в «кирпич».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ROM is for %1, the phone runs a %2 ROM: a region change needs an unlocked bootloader and a Fastboot ROM.</source>
        <translation>Этот ROM для региона %1, а на телефоне ROM %2: для смены региона нужны разблокированный загрузчик и Fastboot ROM.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Older than the installed %1: downgrades can be blocked or brick the phone when the anti-rollback index is higher; this phone reports anti = %2.</source>
        <translation>Старше установленной %1: откат может быть заблокирован или превратить телефон в «кирпич», если индекс anti-rollback выше; этот телефон сообщает anti = %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older than the installed %1: downgrades can be blocked or brick the phone when the anti-rollback index is higher; check it first in fastboot mode (fastboot getvar anti).</source>
        <translation>Старше установленной %1: откат может быть заблокирован или превратить телефон в «кирпич», если индекс anti-rollback выше; сначала проверьте его в режиме fastboot (fastboot getvar anti).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Recovery ROM of the %1 branch, the phone runs %2: a Recovery ROM for a different branch may refuse to install or need a data wipe; a Fastboot ROM switches branches.</source>
        <extracomment>%1 and %2 are branch names (Stable, Weekly, Stable Beta…), which stay in English</extracomment>
        <translation>Recovery ROM ветки %1, а на телефоне %2: Recovery ROM другой ветки может не установиться или потребовать сброса данных; сменить ветку позволяет Fastboot ROM.</translation>
    </message>
</context>
<context>
    <name>RomCardWidget</name>
    <message>
        <location filename="../src/gui/romcardwidget.cpp" line="+32"/>
        <source>%1 file %2</source>
        <translation>Файл %1 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not published</source>
        <extracomment>Size of a firmware zip that only the site&apos;s download list names (it gives no size)</extracomment>
        <translation>Не опубликован</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>package name</source>
        <translation>имя пакета</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>firmware package name</source>
        <translation>имя пакета прошивки</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The website publishes no MD5 for vendor packages: a download of this file is not verified unless you give its MD5.</source>
        <translation>Сайт не публикует MD5 для пакетов vendor: загрузка этого файла не проверяется, если вы не укажете его MD5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The website does not publish an MD5 for this file, so there is none to copy.</source>
        <translation>Сайт не публикует MD5 этого файла, поэтому копировать нечего.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>Кодовое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <extracomment>Field of a ROM card. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Ветка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Field of a ROM card. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release Date</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package Name</source>
        <translation>Имя пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download</source>
        <extracomment>Field of a ROM card: its download links (a noun)</extracomment>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changelog</source>
        <translation>Список изменений</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Firmware Package Name</source>
        <extracomment>Field of a firmware-only zip&apos;s card, as the website labels it</extracomment>
        <translation>Имя пакета прошивки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated</source>
        <extracomment>Field of a vendor package&apos;s card: its date, as the website&apos;s vendor list labels it</extracomment>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mirror %1 — %2</source>
        <translation>Зеркало %1 — %2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>&amp;Download</source>
        <translation>&amp;Скачать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download %1</source>
        <translation>Скачать %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>download link</source>
        <translation>адрес загрузки</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The website lists no download link for this file.</source>
        <translation>На сайте нет ссылки для загрузки этого файла.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no download link to copy.</source>
        <translation>Нет ссылки для загрузки, которую можно скопировать.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No download link published</source>
        <translation>Ссылка для загрузки не опубликована</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open in &amp;Browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download from the preferred mirror (Preferences), the others as fallbacks; the arrow picks a mirror</source>
        <translation>Скачать с предпочитаемого зеркала (Настройки), остальные — запасные; стрелка позволяет выбрать зеркало</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Warnings for the connected phone</source>
        <translation>Предупреждения для подключённого телефона</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Open &amp;Folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of %1</source>
        <translation>Открыть папку с %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inspect</source>
        <translation>&amp;Изучить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ROM holds: product, anti-rollback index, flash scripts, images</source>
        <translation>Что содержит ROM: продукт, индекс anti-rollback, скрипты прошивки, образы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtract</source>
        <translation>Р&amp;аспаковать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack this Fastboot ROM next to it, ready for its flash scripts</source>
        <translation>Распаковать этот Fastboot ROM рядом с ним, готовым для его скриптов прошивки</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the ROM…</source>
        <translation>Чтение ROM…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anti-rollback index: %1</source>
        <translation>Индекс anti-rollback: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 to keep your data.</source>
        <translation>Запустите %1, чтобы сохранить данные.</translation>
    </message>
</context>
<context>
    <name>RomExtractor</name>
    <message>
        <location filename="../src/core/flash/romextractor.cpp" line="-54"/>
        <location line="+77"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+77"/>
        <source>the archive is damaged or incomplete: %1</source>
        <translation>архив повреждён или неполон: %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>reserved name</source>
        <translation>зарезервированное имя</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <location line="+70"/>
        <location line="+24"/>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>the link &apos;%1&apos; points at &apos;%2&apos;, which is not a file unpacked before it</source>
        <translation>ссылка «%1» указывает на «%2», а это не файл, распакованный до неё</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is a Recovery ROM: it is installed as it is, not unpacked</source>
        <translation>%1 — Recovery ROM: он устанавливается как есть, без распаковки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused to unpack %1: %2; nothing was written</source>
        <translation>распаковка %1 отклонена: %2; ничего не записано</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>%1 already exists; remove it or choose another folder</source>
        <translation>%1 уже существует; удалите её или выберите другую папку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not enough free space in %1: the ROM needs %2, %3 are free</source>
        <translation>недостаточно места в %1: ROM нужно %2, свободно %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write in %1: %2</source>
        <translation>не удаётся записать в %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot rename the unpacked folder to %1</source>
        <translation>не удаётся переименовать распакованную папку в %1</translation>
    </message>
</context>
<context>
    <name>RomInspectionView</name>
    <message>
        <location filename="../src/gui/rominspectionview.cpp" line="+61"/>
        <location line="+96"/>
        <source>Image</source>
        <extracomment>Column header: a partition image file inside a Fastboot ROM (boot.img, super.img)</extracomment>
        <translation>Образ</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Size</source>
        <extracomment>Column header: the size of a file in bytes</extracomment>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images in the ROM</source>
        <translation>Образы в ROM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (from %2)</source>
        <translation>%1 (из %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: the check is commented out in the scripts</source>
        <translation>нет: проверка в скриптах закомментирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the scripts do not check it</source>
        <translation>нет: скрипты его не проверяют</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+44"/>
        <source>File</source>
        <extracomment>Label: the ROM file on disk that was read
----------
Column header: a file inside a Recovery ROM (payload.bin)</extracomment>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+6"/>
        <source>Kind</source>
        <extracomment>Label: which kind of ROM a file is (Fastboot or Recovery)</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Fastboot ROM (unpack it, then run one of its scripts in fastboot mode)</source>
        <translation>Fastboot ROM (распакуйте его, затем запустите один из его скриптов в режиме fastboot)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <extracomment>Label: the folder a Fastboot ROM unpacks into</extracomment>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery ROM with payload.bin (an A/B update; installed as it is)</source>
        <translation>Recovery ROM с payload.bin (обновление A/B; устанавливается как есть)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery ROM (installed as it is)</source>
        <translation>Recovery ROM (устанавливается как есть)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <extracomment>Label: the phone model code a ROM is built for (its &quot;product&quot;, as fastboot getvar product says)</extracomment>
        <translation>Продукт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback index</source>
        <translation>Индекс anti-rollback</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (recommended)</source>
        <translation>%1 (рекомендуется)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scripts</source>
        <extracomment>Label: the flash scripts a Fastboot ROM ships (flash_all.sh, flash_all.bat, ...)</extracomment>
        <translation>Скрипты</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unpacked size</source>
        <translation>Размер в распакованном виде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This archive cannot be unpacked safely: %1</source>
        <translation>Этот архив нельзя безопасно распаковать: %1</translation>
    </message>
</context>
<context>
    <name>RomInspector</name>
    <message>
        <location filename="../src/core/flash/rominspector.cpp" line="+108"/>
        <location line="+35"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+17"/>
        <location line="+8"/>
        <source>the archive is damaged or incomplete: %1</source>
        <translation>архив повреждён или неполон: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is a tar archive without Xiaomi&apos;s flash_all scripts: not a Fastboot ROM</source>
        <translation>%1 — архив tar без скриптов flash_all от Xiaomi: это не Fastboot ROM</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the archive claims to unpack to over %1 times its size: a zip bomb, not a ROM</source>
        <translation>по словам архива, он распаковывается в объём, больший его размера более чем в %1 раз: это zip-бомба, а не ROM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a zip archive without OTA metadata, payload.bin or updater-script: not a Recovery ROM</source>
        <translation>%1 — архив zip без метаданных OTA, payload.bin и updater-script: это не Recovery ROM</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a file</source>
        <translation>%1 — не файл</translation>
    </message>
</context>
<context>
    <name>RomOs</name>
    <message>
        <location filename="../src/core/catalog/xfupage.cpp" line="+45"/>
        <source>Firmware</source>
        <extracomment>The site&apos;s section of firmware-only zips (the phone&apos;s firmware partitions without the system)</extracomment>
        <translation>Прошивки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vendor</source>
        <extracomment>The site&apos;s section of vendor packages (a phone&apos;s vendor partition, flashed under a custom ROM)</extracomment>
        <translation>Vendor</translation>
    </message>
</context>
<context>
    <name>RowMarksDelegate</name>
    <message>
        <location filename="../src/gui/rowmarksdelegate.cpp" line="+26"/>
        <location line="+30"/>
        <source>Installed</source>
        <extracomment>Badge of a version row: installed on the connected phone</extracomment>
        <translation>Установлено</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <source>Newer</source>
        <extracomment>Badge of a version row: newer than the version on the connected phone</extracomment>
        <translation>Новее</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <extracomment>Badge of a row: new since the previous catalog refresh</extracomment>
        <translation>Новое</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Connected</source>
        <extracomment>Badge of a device row: this device is connected now</extracomment>
        <translation>Подключён</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <location filename="../src/core/util/safefilename.cpp" line="+11"/>
        <source>the file name is empty</source>
        <translation>имя файла пустое</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a file name</source>
        <translation>&apos;%1&apos; — не имя файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name &apos;%1&apos; contains &apos;..&apos;</source>
        <translation>имя файла &apos;%1&apos; содержит &apos;..&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name is longer than 255 bytes</source>
        <translation>имя файла длиннее 255 байт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name contains a control character</source>
        <translation>имя файла содержит управляющий символ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name &apos;%1&apos; contains &apos;%2&apos;, which is not allowed in file names</source>
        <translation>имя файла &apos;%1&apos; содержит &apos;%2&apos;, что недопустимо в именах файлов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name &apos;%1&apos; starts with a space or ends with a dot or space</source>
        <translation>имя файла &apos;%1&apos; начинается с пробела или заканчивается точкой или пробелом</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is a reserved device name on Windows</source>
        <translation>&apos;%1&apos; — зарезервированное имя устройства в Windows</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file name &apos;%1&apos; leaves the download folder</source>
        <translation>имя файла &apos;%1&apos; выходит за пределы папки загрузки</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/gui/singleinstance.cpp" line="+93"/>
        <source>The running Firmware Browser did not answer: %1</source>
        <translation>Запущенный Firmware Browser не ответил: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Another Firmware Browser is running.</source>
        <translation>Уже запущен другой Firmware Browser.</translation>
    </message>
</context>
<context>
    <name>VerifyFileDialog</name>
    <message>
        <location filename="../src/gui/verifyfiledialog.cpp" line="+32"/>
        <source>Verify File</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Computing the MD5 of %1 (%2)…</source>
        <translation>Вычисление MD5 для %1 (%2)…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the file</source>
        <translation>Не удалось прочитать файл</translation>
    </message>
</context>
<context>
    <name>VerifyOutcome</name>
    <message>
        <location filename="../src/gui/verifyoutcome.cpp" line="+94"/>
        <source>Match — this is %1 of %2 (MD5 %3)</source>
        <translation>Совпадение — это %1 из %2 (MD5 %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match (MD5 %1)</source>
        <translation>Совпадение (MD5 %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mismatch — expected an MD5 starting with %1, got %2: do not flash this file</source>
        <translation>Несовпадение — ожидался MD5, начинающийся с %1, получен %2: не прошивайте этот файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mismatch — expected %1, got %2: do not flash this file</source>
        <translation>Несовпадение — ожидался %1, получен %2: не прошивайте этот файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix match — the MD5 %1 starts with %2, the digits in the file name</source>
        <translation>Совпадение по префиксу — MD5 %1 начинается с %2, цифр из имени файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No checksum known — the MD5 of this file is %1</source>
        <translation>Контрольная сумма неизвестна — MD5 этого файла: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file was renamed; its bytes are exactly the catalog&apos;s %1.</source>
        <translation>Файл переименован; его содержимое в точности совпадает с %1 из каталога.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is complete and unchanged.</source>
        <translation>Файл полный и не изменён.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file differs from %1 of %2 in the catalog: it is damaged, incomplete or another build. Download it again.</source>
        <translation>Файл отличается от %1 из %2 в каталоге: он повреждён, неполон или это другая сборка. Скачайте его заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MD5 digits in the file name do not match its bytes: it is damaged or incomplete. Download it again.</source>
        <translation>Цифры MD5 в имени файла не совпадают с его содержимым: файл повреждён или неполон. Скачайте его заново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog lists %1 of %2 without an MD5, so only the first 10 hex digits could be checked.</source>
        <translation>В каталоге %1 из %2 указан без MD5, поэтому удалось проверить только первые 10 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not in the catalog, so only the first 10 hex digits could be checked.</source>
        <translation>Файла нет в каталоге, поэтому удалось проверить только первые 10 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 is in the catalog without an MD5. Compare the MD5 above with a trusted source before flashing.</source>
        <translation>%1 из %2 есть в каталоге без MD5. Перед прошивкой сверьте MD5 выше с надёжным источником.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not in the catalog. Compare the MD5 above with a trusted source before flashing.</source>
        <translation>Файла нет в каталоге. Перед прошивкой сверьте MD5 выше с надёжным источником.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Incomplete: the file is %1, %2 of %3 is %4. Download it again.</source>
        <translation>Файл неполный: его размер %1, а %2 из %3 занимает %4. Скачайте его заново.</translation>
    </message>
</context>
<context>
    <name>VersionRequest</name>
    <message>
        <location filename="../src/gui/versionrequest.cpp" line="+75"/>
        <source>“%1” is not a link to xmfirmwareupdater.com.</source>
        <translation>«%1» — не ссылка на xmfirmwareupdater.com.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a link to a device or version page of the website.</source>
        <translation>«%1» — не ссылка на страницу устройства или версии на сайте.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>Expected a codename and a version, or a link to a version page.</source>
        <translation>Ожидались кодовое имя и версия или ссылка на страницу версии.</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <location filename="../src/gui/whatsnewdialog.cpp" line="+28"/>
        <source>What&apos;s New</source>
        <translation>Что нового</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Ветка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Column header. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released</source>
        <extracomment>Column header: the release date</extracomment>
        <translation>Выпущено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ROM files</source>
        <translation>Новые файлы ROM</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No catalog refresh has brought a new file yet. Use View → Refresh Catalog (F5).</source>
        <translation>Обновления каталога ещё не принесли новых файлов. Используйте Вид → Обновить каталог (F5).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>, %Ln for your devices (in bold)</source>
        <translation>
            <numerusform>, %Ln — для ваших устройств (выделен жирным)</numerusform>
            <numerusform>, %Ln — для ваших устройств (выделены жирным)</numerusform>
            <numerusform>, %Ln — для ваших устройств (выделены жирным)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — first seen by the refresh of %2. Double-click a row to show it.</source>
        <translation>%1 — впервые появились при обновлении %2. Дважды щёлкните строку, чтобы показать её.</translation>
    </message>
</context>
<context>
    <name>XfuPageReader</name>
    <message>
        <location filename="../src/core/catalog/xfupagereader.cpp" line="+64"/>
        <source>the &quot;%1&quot; item is not closed (truncated page?)</source>
        <translation>элемент «%1» не закрыт (страница обрезана?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the &quot;%1&quot; item appears twice</source>
        <translation>элемент «%1» встречается дважды</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the download link &quot;%1&quot; is not an http(s) URL</source>
        <translation>ссылка для загрузки «%1» — не URL http(s)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the &quot;%1&quot; field is missing</source>
        <translation>поле «%1» отсутствует</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the &quot;%1&quot; field is empty</source>
        <translation>поле «%1» пустое</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the package name &quot;%1&quot; is not a plain file name</source>
        <translation>имя пакета «%1» — не простое имя файла</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the MD5 &quot;%1&quot; is neither 32 hex digits nor &quot;Unknown&quot;</source>
        <translation>MD5 «%1» — не 32 шестнадцатеричные цифры и не «Unknown»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no Full ROM download link</source>
        <translation>нет ссылки для загрузки Full ROM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the changelog is missing or not closed (truncated page?)</source>
        <translation>список изменений отсутствует или не закрыт (страница обрезана?)</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+74"/>
        <source>it is %1 bytes long; a version page is under %2 bytes</source>
        <translation>его размер %1 байт, а страница версии меньше %2 байт</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>it is binary data, not a version page</source>
        <translation>это двоичные данные, а не страница версии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid UTF-8 text</source>
        <translation>это некорректный текст UTF-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has no front matter (the &quot;---&quot; block with title, codename and permalink)</source>
        <translation>в нём нет front matter (блока «---» с title, codename и permalink)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its permalink names &quot;%1&quot;, which is not a plain codename or version</source>
        <translation>его permalink содержит «%1» — это не простое кодовое имя или версия</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>card %1: %2</source>
        <translation>карточка %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it has no ROM cards</source>
        <translation>в нём нет карточек ROM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot open it: %1</source>
        <translation>не удаётся открыть: %1</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>a firmware card has a &quot;%1&quot; field</source>
        <translation>в карточке прошивки есть поле «%1»</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the MD5 &quot;%1&quot; is not 32 hex digits</source>
        <translation>MD5 «%1» — не 32 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no firmware download button</source>
        <translation>нет кнопки загрузки прошивки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the download button asks for &quot;%1&quot;, not the package &quot;%2&quot;</source>
        <translation>кнопка загрузки запрашивает «%1», а не пакет «%2»</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>its permalink &quot;%1&quot; is not /&lt;miui|hyperos|firmware&gt;/&lt;codename&gt;/&lt;branch&gt;/&lt;version&gt;/</source>
        <translation>его постоянная ссылка «%1» не вида /&lt;miui|hyperos|firmware&gt;/&lt;codename&gt;/&lt;branch&gt;/&lt;version&gt;/</translation>
    </message>
</context>
<context>
    <name>YamlRecords</name>
    <message>
        <location filename="../src/core/feed/yamlrecords.cpp" line="+224"/>
        <source>not valid YAML (line %1, column %2): %3</source>
        <translation>некорректный YAML (строка %1, столбец %2): %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+24"/>
        <source>Firmware Browser</source>
        <translation>Firmware Browser</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Browse the Xiaomi Firmware Updater ROM catalog.</source>
        <translation>Просмотр каталога ROM Xiaomi Firmware Updater.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device codename (gemini), or a link to a version page on xmfirmwareupdater.com.</source>
        <translation>Кодовое имя устройства (gemini) или ссылка на страницу версии на xmfirmwareupdater.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version to open (7.6.8).</source>
        <translation>Открываемая версия (7.6.8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ROM file (.zip, .tgz) to verify against the catalog, or a saved version page (.html, .md) to import.</source>
        <translation>Файл ROM (.zip, .tgz) для проверки по каталогу или сохранённая страница версии (.html, .md) для импорта.</translation>
    </message>
</context>
<context>
    <name>md5OfFile</name>
    <message>
        <location filename="../src/core/util/filedigest.cpp" line="+30"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
</TS>
