<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="+29"/>
        <source>About Firmware Browser</source>
        <translation>Tentang Firmware Browser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Catalog: %1&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Katalog: %1&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Firmware Browser %1&lt;/h3&gt;&lt;p&gt;Find, inspect and download official Xiaomi ROMs.&lt;/p&gt;&lt;p&gt;The ROM catalog comes from %2 (XFU). Firmware Browser is not affiliated with Xiaomi.&lt;/p&gt;%3&lt;p&gt;License: %4 (GPL-3.0-or-later). This program comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Firmware Browser %1&lt;/h3&gt;&lt;p&gt;Cari, periksa, dan unduh ROM resmi Xiaomi.&lt;/p&gt;&lt;p&gt;Katalog ROM berasal dari %2 (XFU). Firmware Browser tidak berafiliasi dengan Xiaomi.&lt;/p&gt;%3&lt;p&gt;Lisensi: %4 (GPL-3.0-or-later). Program ini diberikan tanpa jaminan apa pun.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xiaomi Firmware Updater</source>
        <translation>Xiaomi Firmware Updater</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License versi 3 atau yang lebih baru</translation>
    </message>
</context>
<context>
    <name>ArchivePath</name>
    <message>
        <location filename="../src/core/flash/archivepath.cpp" line="+20"/>
        <source>an entry has no name</source>
        <translation>sebuah entri tidak bernama</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry name &apos;%1&apos; is not valid UTF-8</source>
        <translation>nama entri &apos;%1&apos; bukan UTF-8 yang sah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry &apos;%1&apos; has an absolute path</source>
        <translation>entri &apos;%1&apos; memakai path absolut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry &apos;%1&apos; contains a backslash, a folder separator on Windows</source>
        <translation>entri &apos;%1&apos; berisi garis miring terbalik, pemisah folder di Windows</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry &apos;%1&apos; climbs out of its folder with &apos;..&apos;</source>
        <translation>entri &apos;%1&apos; keluar dari foldernya dengan &apos;..&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/flash/romextractor.cpp" line="+92"/>
        <source>the entry &apos;%1&apos; cannot be a file on every system: %2</source>
        <translation>entri &apos;%1&apos; tidak bisa menjadi berkas di semua sistem: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the entry &apos;%1&apos; names no file</source>
        <translation>entri &apos;%1&apos; tidak menyebut berkas apa pun</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>the link &apos;%1&apos; points outside the folder (to &apos;%2&apos;)</source>
        <translation>tautan &apos;%1&apos; menunjuk ke luar folder (ke &apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the link &apos;%1&apos; points at the folder itself</source>
        <translation>tautan &apos;%1&apos; menunjuk ke folder itu sendiri</translation>
    </message>
    <message>
        <location filename="../src/core/flash/romextractor.cpp" line="+16"/>
        <location line="+24"/>
        <location filename="../src/core/flash/rominspector.cpp" line="+69"/>
        <source>the archive holds &apos;%1&apos; twice (letter case aside)</source>
        <translation>arsip memuat &apos;%1&apos; dua kali (tanpa membedakan huruf besar/kecil)</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../src/core/flash/rominspector.cpp" line="+9"/>
        <source>the entry &apos;%1&apos; is a device, pipe or socket, not a file</source>
        <translation>entri &apos;%1&apos; adalah perangkat, pipe, atau socket, bukan berkas</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../src/core/flash/archivereader.cpp" line="+87"/>
        <source>the archive is damaged</source>
        <translation>arsip rusak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open %1: %2</source>
        <translation>tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is neither a Fastboot ROM (.tgz) nor a Recovery ROM (.zip)</source>
        <translation>%1 bukan ROM Fastboot (.tgz) dan bukan ROM Recovery (.zip)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the archive is not open</source>
        <translation>arsip tidak terbuka</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the archive holds more than %1 entries; a ROM holds a few hundred at most</source>
        <translation>arsip memuat lebih dari %1 entri; ROM paling banyak berisi beberapa ratus</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the archive unpacks to over %1 times its size (%2 bytes from %3): a decompression bomb, not a ROM</source>
        <translation>arsip terurai menjadi lebih dari %1 kali ukurannya (%2 byte dari %3): bom dekompresi, bukan ROM</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 lebih besar dari %2 byte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
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
        <translation>Tampilkan hanya bagian situs web ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section filter</source>
        <extracomment>Section: a part of the website, MIUI, HyperOS, Firmware or Vendor</extracomment>
        <translation>Filter bagian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only versions of this branch</source>
        <extracomment>Branch: a ROM&apos;s release channel (Stable, Weekly…)</extracomment>
        <translation>Tampilkan hanya versi dari cabang ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch filter</source>
        <extracomment>Branch: a ROM&apos;s release channel (Stable, Weekly…)</extracomment>
        <translation>Filter cabang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only versions with a file of this type</source>
        <extracomment>Type: how a ROM is installed, Recovery or Fastboot</extracomment>
        <translation>Tampilkan hanya versi yang memiliki berkas jenis ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type filter</source>
        <extracomment>Type: how a ROM is installed, Recovery or Fastboot</extracomment>
        <translation>Filter jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only versions for this region</source>
        <translation>Tampilkan hanya versi untuk wilayah ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region filter</source>
        <translation>Filter wilayah</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search device, codename, version, file name or MD5</source>
        <translation>Cari perangkat, nama kode, versi, nama berkas, atau MD5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Copy &amp;Link</source>
        <translation>Salin &amp;tautan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open on &amp;Website</source>
        <translation>Buka di &amp;situs web</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Collapse</source>
        <translation>&amp;Ciutkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Expand</source>
        <translation>&amp;Bentangkan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unpin from My Devices</source>
        <translation>&amp;Lepas dari Perangkat saya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pin to My Devices</source>
        <translation>&amp;Sematkan ke Perangkat saya</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Any branch</source>
        <extracomment>Filter choice: versions of every branch (release channel: Stable, Weekly…)</extracomment>
        <translation>Semua cabang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any type</source>
        <extracomment>Filter choice: files of every type (Recovery, Fastboot)</extracomment>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any region</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Any section</source>
        <extracomment>Filter choice: every section of the website (MIUI, HyperOS, Firmware, Vendor)</extracomment>
        <translation>Semua bagian</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing matches the search and filters.</source>
        <translation>Tidak ada yang cocok dengan pencarian dan filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches in %1.</source>
        <translation>Cocok di %1.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>“%1” is not in the catalog.</source>
        <translation>“%1” tidak ada di katalog.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Copied the link to %1.</source>
        <translation>Tautan ke %1 disalin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied “%1”.</source>
        <translation>“%1” disalin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pinned %1 to My devices.</source>
        <translation>%1 disematkan ke Perangkat saya.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpinned %1.</source>
        <translation>%1 dilepas.</translation>
    </message>
</context>
<context>
    <name>CatalogFile</name>
    <message>
        <location filename="../src/core/catalog/catalogfile.cpp" line="+196"/>
        <source>it is not a Firmware Browser catalog file</source>
        <translation>ini bukan berkas katalog Firmware Browser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has catalog format %1; this version of the app reads format %2</source>
        <translation>format katalognya %1; versi aplikasi ini membaca format %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>its compressed data is damaged</source>
        <translation>data terkompresinya rusak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it uses an unknown compression (%1)</source>
        <translation>menggunakan kompresi yang tidak dikenal (%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its string table is damaged or truncated</source>
        <translation>tabel stringnya rusak atau terpotong</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>its records are damaged or truncated</source>
        <translation>datanya rusak atau terpotong</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the embedded catalog %1 is missing from this build</source>
        <translation>katalog bawaan %1 tidak ada dalam build ini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open it: %1</source>
        <translation>tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is %1 bytes long, too large for a catalog</source>
        <translation>ukurannya %1 byte, terlalu besar untuk katalog</translation>
    </message>
</context>
<context>
    <name>CatalogFilterModel</name>
    <message numerus="yes">
        <location filename="../src/core/catalog/catalogfiltermodel.cpp" line="+217"/>
        <source>%1 of %Ln device(s)</source>
        <extracomment>The devices a search or filter leaves of a group&apos;s devices: &quot;2 of 243 devices&quot;</extracomment>
        <translation>
            <numerusform>%1 dari %Ln perangkat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln version(s)</source>
        <extracomment>The versions a search or filter leaves of a device&apos;s versions: &quot;3 of 184 versions&quot;</extracomment>
        <translation>
            <numerusform>%1 dari %Ln versi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogRefresher</name>
    <message>
        <location filename="../src/gui/catalogrefresher.cpp" line="+215"/>
        <source>The catalog is up to date.</source>
        <translation>Katalog sudah terbaru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog refresh was refused, catalog from %1 kept: %2</source>
        <translation>Pembaruan katalog ditolak, katalog per %1 dipertahankan: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Offline — catalog from %1</source>
        <translation>Luring — katalog per %1</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The catalog is still loading.</source>
        <translation>Katalog masih dimuat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refreshing the catalog…</source>
        <translation>Memperbarui katalog…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This firmware came from the catalog refresh; fetching its page for its MD5 and size…</source>
        <translation>Firmware ini datang dari penyegaran katalog; mengambil halamannya untuk MD5 dan ukurannya…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version came from the catalog refresh; fetching its page for the changelog and the other mirrors…</source>
        <translation>Versi ini berasal dari pembaruan katalog; mengambil halamannya untuk log perubahan dan mirror lainnya…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This firmware came from the catalog refresh: its MD5 and size are not known yet, and its page could not be fetched (%1). A download cannot be verified until it is.</source>
        <translation>Firmware ini datang dari penyegaran katalog: MD5 dan ukurannya belum diketahui, dan halamannya tidak dapat diambil (%1). Unduhan tidak dapat diverifikasi sampai halaman itu didapat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version came from the catalog refresh: its changelog and other mirrors are not known yet, and its page could not be fetched (%1). Downloads use the one known link.</source>
        <translation>Versi ini berasal dari pembaruan katalog: log perubahan dan mirror lainnya belum diketahui, dan halamannya tidak dapat diambil (%1). Unduhan memakai satu-satunya tautan yang diketahui.</translation>
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
            <numerusform>dan %Ln lainnya</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ROMs for your devices</source>
        <translation>ROM baru untuk perangkat Anda</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Catalog refreshed: no new files.</source>
        <translation>Katalog diperbarui: tidak ada berkas baru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog refreshed: %1 (View → What&apos;s New).</source>
        <extracomment>%1: the new files by kind, &quot;2 new ROM files, 1 new firmware file&quot;</extracomment>
        <translation>Katalog diperbarui: %1 (Tampilan → Yang baru).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The catalog refresh looks cut short and was refused, catalog from %1 kept: %2</source>
        <translation>Pembaruan katalog tampak terpotong dan ditolak, katalog per %1 dipertahankan: %2</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <location filename="../src/core/catalog/catalogstore.cpp" line="+48"/>
        <source>Could not save %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The saved catalog refresh (%1) could not be read: %2</source>
        <translation>Pembaruan katalog yang tersimpan (%1) tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Catalog refresh</source>
        <translation>Pembaruan katalog</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your imported pages (%1) could not be read: %2</source>
        <translation>Halaman yang Anda impor (%1) tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The catalog %1 could not be read: %2</source>
        <translation>Katalog %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported pages</source>
        <translation>Halaman yang diimpor</translation>
    </message>
</context>
<context>
    <name>CatalogSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/catalogsummary.cpp" line="+10"/>
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln versi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln berkas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln perangkat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>data of %1</source>
        <translation>data per %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln new ROM file(s)</source>
        <translation>
            <numerusform>%Ln berkas ROM baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new firmware file(s)</source>
        <extracomment>Firmware-only zips that a catalog refresh brought</extracomment>
        <translation>
            <numerusform>%Ln berkas firmware baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new vendor package(s)</source>
        <extracomment>Vendor packages that a catalog refresh brought</extracomment>
        <translation>
            <numerusform>%Ln paket vendor baru</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTerms</name>
    <message>
        <location filename="../src/gui/catalogterms.cpp" line="+10"/>
        <source>Stable</source>
        <extracomment>ROM branch: the stable release (Xiaomi China: 稳定版)</extracomment>
        <translation>Stabil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stable Beta</source>
        <extracomment>ROM branch: a stable build tested before its release (Xiaomi China: 稳定内测版)</extracomment>
        <translation>Beta Stabil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly</source>
        <extracomment>ROM branch: the weekly developer build (Xiaomi China: 开发版)</extracomment>
        <translation>Mingguan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public Beta</source>
        <extracomment>ROM branch: the public beta (Xiaomi China: 公测版)</extracomment>
        <translation>Beta Publik</translation>
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
        <translation>Firmware</translation>
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
        <translation>Tiongkok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EEA</source>
        <translation>Eropa (EEA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Turki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Jepang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korea</source>
        <translation>Korea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapura</translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message numerus="yes">
        <location filename="../src/core/catalog/catalogtreemodel.cpp" line="+79"/>
        <source>%Ln vendor package(s)</source>
        <extracomment>Contents of a vendor version in the catalog tree</extracomment>
        <translation>
            <numerusform>%Ln paket vendor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln firmware zip(s)</source>
        <extracomment>Contents of a firmware version in the catalog tree: its firmware-only zips</extracomment>
        <translation>
            <numerusform>%Ln zip firmware</numerusform>
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
        <translation>Baru sejak pembaruan katalog sebelumnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed on the connected phone</source>
        <translation>Terpasang di ponsel yang terhubung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newer than the version on the connected phone</source>
        <translation>Lebih baru daripada versi di ponsel yang terhubung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>My devices</source>
        <translation>Perangkat saya</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+9"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln perangkat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln versi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Device / Version</source>
        <translation>Perangkat / Versi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Cabang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Released</source>
        <extracomment>Column header: the release date</extracomment>
        <translation>Dirilis</translation>
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
        <translation>Isi</translation>
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
        <translation>Pembaruan dibatalkan.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>The catalog is up to date (not modified since %1).</source>
        <translation>Katalog sudah terbaru (tidak berubah sejak %1).</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>it lists %1 firmware records, under half of the %2 of the last good feed: it looks cut short</source>
        <translation>isinya %1 catatan firmware, kurang dari separuh %2 catatan feed baik terakhir: tampaknya terpotong</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>The firmware list is up to date (not modified since %1).</source>
        <translation>Daftar firmware sudah terbaru (tidak berubah sejak %1).</translation>
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
            <numerusform>Katalog diperbarui dari %1: %Ln berkas baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Firmware list refreshed from %1: %Ln new file(s)</source>
        <translation>
            <numerusform>Daftar firmware diperbarui dari %1: %Ln berkas baru</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+12"/>
        <source>firmware list: %1</source>
        <translation>daftar firmware: %1</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>it lists %1 ROM records, under half of the %2 of the last good feed: it looks cut short</source>
        <translation>isinya %1 catatan ROM, kurang dari separuh %2 catatan feed baik terakhir: tampaknya terpotong</translation>
    </message>
</context>
<context>
    <name>ChangelogView</name>
    <message>
        <location filename="../src/gui/changelogview.cpp" line="+32"/>
        <source>Changelog</source>
        <translation>Log perubahan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide changelog</source>
        <translation>Sembunyikan log perubahan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show changelog</source>
        <translation>Tampilkan log perubahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the changelog of this file</source>
        <translation>Sembunyikan log perubahan berkas ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the changelog of this file</source>
        <translation>Tampilkan log perubahan berkas ini</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="+22"/>
        <source>Branch (Stable, Weekly, ...).</source>
        <extracomment>Stable, Weekly: branch names (a ROM&apos;s release channel), which stay in English</extracomment>
        <translation>Cabang (Stable, Weekly, ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type (Recovery or Fastboot).</source>
        <extracomment>Recovery, Fastboot: how a ROM is installed; the names stay in English</extracomment>
        <translation>Jenis (Recovery atau Fastboot).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region (Global, China, EEA, ...).</source>
        <translation>Wilayah (Global, China, EEA, ...).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>list takes no arguments, only options</source>
        <translation>list tidak menerima argumen, hanya opsi</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no ROM file matches</source>
        <translation>tidak ada berkas ROM yang cocok</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show needs CODENAME and VERSION, e.g. &apos;firmware-cli show gemini 7.6.8&apos;</source>
        <translation>show memerlukan CODENAME dan VERSION, misalnya &apos;firmware-cli show gemini 7.6.8&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/cli/refreshcommands.cpp" line="+237"/>
        <source>no device with the codename &apos;%1&apos; (the site&apos;s device folder, as in its links)</source>
        <translation>tidak ada perangkat dengan nama kode &apos;%1&apos; (folder perangkat di situs, seperti pada tautannya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no version &apos;%2&apos;</source>
        <translation>%1 tidak memiliki versi &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>import needs one FILE, a saved XFU version page</source>
        <translation>import memerlukan satu FILE, yaitu halaman versi XFU yang disimpan</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %1 %2 (%Ln file(s)) into %3</source>
        <translation>
            <numerusform>%1 %2 (%Ln berkas) diimpor ke %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+198"/>
        <source>Run &apos;firmware-cli --help&apos; for usage.</source>
        <translation>Jalankan &apos;firmware-cli --help&apos; untuk cara pemakaian.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no command given</source>
        <translation>tidak ada perintah</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>perintah tidak dikenal &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Catalog file to use.</source>
        <translation>Berkas katalog yang digunakan.</translation>
    </message>
    <message>
        <location filename="../src/cli/devicecommands.cpp" line="+59"/>
        <source>The adb program (default: Preferences, else PATH).</source>
        <translation>Program adb (bawaan: Preferensi, jika tidak ada dari PATH).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fastboot program (default: Preferences, else PATH).</source>
        <translation>Program fastboot (bawaan: Preferensi, jika tidak ada dari PATH).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone to use when several are connected.</source>
        <translation>Ponsel yang digunakan jika beberapa ponsel terhubung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds each adb / fastboot command may take (20).</source>
        <translation>Batas detik untuk setiap perintah adb / fastboot (20).</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+2"/>
        <source>Print JSON.</source>
        <translation>Cetak JSON.</translation>
    </message>
    <message>
        <location filename="../src/cli/devicecommands.cpp" line="+91"/>
        <source>device takes no arguments, only options</source>
        <translation>device tidak menerima argumen, hanya opsi</translation>
    </message>
    <message>
        <location line="-72"/>
        <location filename="../src/cli/downloadcommands.cpp" line="+89"/>
        <location filename="../src/cli/refreshcommands.cpp" line="-87"/>
        <source>--timeout wants a number of seconds, not &apos;%1&apos;</source>
        <translation>--timeout memerlukan jumlah detik, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>phone %1 (%2, %3): %4</source>
        <translation>ponsel %1 (%2, %3): %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without serial</source>
        <translation>tanpa nomor seri</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no readable phone with the serial &apos;%1&apos;</source>
        <translation>tidak ada ponsel terbaca dengan nomor seri &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no phone found. Connect it by USB with USB debugging on (Settings → Additional settings → Developer options), or start it in fastboot mode.</source>
        <translation>ponsel tidak ditemukan. Hubungkan lewat USB dengan USB debugging aktif (Setelan → Setelan tambahan → Opsi pengembang), atau nyalakan dalam mode fastboot.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>several phones are connected; choose one with --serial SERIAL:</source>
        <translation>beberapa ponsel terhubung; pilih salah satu dengan --serial SERIAL:</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../src/cli/flashcommands.cpp" line="+226"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1 (%2, serial %3)</source>
        <translation>Ponsel: %1 (%2, nomor seri %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codename: %1</source>
        <translation>Nama kode: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant: %1</source>
        <translation>Varian: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: %1</source>
        <translation>Wilayah: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware region: %1 (ro.boot.hwc = %2)</source>
        <translation>Wilayah perangkat keras: %1 (ro.boot.hwc = %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed version: %1</source>
        <translation>Versi terpasang: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android: %1</source>
        <translation>Android: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anti-rollback index: %1</source>
        <translation>Indeks anti-rollback: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog device: %1</source>
        <translation>Perangkat di katalog: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(also listed under %1)</source>
        <translation>(juga tercantum sebagai %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installed version&apos;s page: %1</source>
        <translation>Halaman versi terpasang: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newer versions for its region and branch: %1</source>
        <translation>Versi lebih baru untuk wilayah dan cabangnya: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended ROMs (best first):</source>
        <translation>ROM yang disarankan (terbaik lebih dulu):</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-61"/>
        <source>Download folder (default: the current folder).</source>
        <translation>Folder unduhan (bawaan: folder saat ini).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed attempts in a row without new bytes before giving up (10).</source>
        <translation>Jumlah percobaan gagal berturut-turut tanpa byte baru sebelum menyerah (10).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds without a byte that count as a stall (30).</source>
        <translation>Detik tanpa byte yang dianggap macet (30).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--retries wants a number of attempts, not &apos;%1&apos;</source>
        <translation>--retries memerlukan jumlah percobaan, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>trying mirror %1/%2: %3</source>
        <translation>mencoba mirror %1/%2: %3</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>interrupted; run the same command again to resume %1</source>
        <translation>terputus; jalankan lagi perintah yang sama untuk melanjutkan %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>verified (MD5 matches)</source>
        <translation>terverifikasi (MD5 cocok)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prefix verified (no MD5 known; the MD5 starts with the %1 digits in the file name)</source>
        <translation>awalan terverifikasi (MD5 tidak diketahui; MD5 diawali digit %1 dari nama berkas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>completed, not verified (no checksum known)</source>
        <translation>selesai, tidak terverifikasi (checksum tidak diketahui)</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+191"/>
        <source>already downloaded, %1</source>
        <translation>sudah diunduh, %1</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>stopped: %1; the partial file stays for a resume: %2</source>
        <translation>dihentikan: %1; berkas parsial disimpan untuk dilanjutkan: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refused: %1</source>
        <translation>ditolak: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>failed: %1</source>
        <translation>gagal: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>failed: %1; the partial file stays: %2</source>
        <translation>gagal: %1; berkas parsial disimpan: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed: %1; nothing was kept</source>
        <translation>gagal: %1; tidak ada yang disimpan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed: %1; the partial file stays for a resume: %2</source>
        <translation>gagal: %1; berkas parsial disimpan untuk dilanjutkan: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery or Fastboot.</source>
        <translation>Recovery atau Fastboot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mirror host to try first (bn.d.miui.com).</source>
        <translation>Host mirror yang dicoba lebih dulu (bn.d.miui.com).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>download wants CODENAME VERSION</source>
        <translation>download memerlukan CODENAME VERSION</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no version %1 for the device folder %2 in the catalog</source>
        <translation>tidak ada versi %1 untuk folder perangkat %2 di katalog</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no %1 file on this page</source>
        <translation>tidak ada berkas %1 di halaman ini</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this version has several files; choose one with --type:</source>
        <translation>versi ini memiliki beberapa berkas; pilih salah satu dengan --type:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refused the catalog&apos;s file name: %1</source>
        <translation>nama berkas dari katalog ditolak: %1</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>Expected MD5 (32 hex digits).</source>
        <translation>MD5 yang diharapkan (32 digit heksadesimal).</translation>
    </message>
    <message>
        <location line="+362"/>
        <source>Expected size in bytes.</source>
        <translation>Ukuran yang diharapkan dalam byte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local file name (default: the URL&apos;s last segment).</source>
        <translation>Nama berkas lokal (bawaan: segmen terakhir URL).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>fetch wants a URL (and maybe other URLs of the same file, as mirrors)</source>
        <translation>fetch memerlukan URL (dan mungkin URL lain dari berkas yang sama sebagai mirror)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; bukan URL http atau https</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>&apos;%1&apos; is not an MD5 (32 hex digits)</source>
        <translation>&apos;%1&apos; bukan MD5 (32 digit heksadesimal)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>--size wants a number of bytes, not &apos;%1&apos;</source>
        <translation>--size memerlukan jumlah byte, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refused the file name: %1 (choose one with --name)</source>
        <translation>nama berkas ditolak: %1 (tentukan dengan --name)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>verify wants one FILE</source>
        <translation>verify memerlukan satu FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/flashcommands.cpp" line="-49"/>
        <source>%1 is not a file</source>
        <translation>%1 bukan berkas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no checksum known for %1 (not in the catalog, or its MD5 is Unknown); use --md5</source>
        <translation>checksum untuk %1 tidak diketahui (tidak ada di katalog, atau MD5-nya Unknown); gunakan --md5</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>match (prefix): the MD5 %1 starts with the file name&apos;s %2; no full MD5 is known: %3</source>
        <translation>cocok (awalan): MD5 %1 diawali %2 dari nama berkas; MD5 lengkap tidak diketahui: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>match: MD5 %1: %2</source>
        <translation>cocok: MD5 %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mismatch: MD5 %1, expected %2: %3</source>
        <translation>tidak cocok: MD5 %1, seharusnya %2: %3</translation>
    </message>
    <message>
        <location filename="../src/cli/refreshcommands.cpp" line="-131"/>
        <source>Fetch the feed from URL instead of upstream.</source>
        <translation>Ambil feed dari URL, bukan dari sumber asal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch the firmware feed from URL instead of upstream. With only one of --source and --firmware-source, only that feed is refreshed.</source>
        <translation>Ambil feed firmware dari URL, bukan dari sumber asal. Jika hanya salah satu dari --source dan --firmware-source diberikan, hanya feed itu yang diperbarui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for the feed (30).</source>
        <translation>Detik menunggu feed (30).</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>refresh takes no arguments, only options</source>
        <translation>refresh tidak menerima argumen, hanya opsi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--source wants an http(s) URL, not &apos;%1&apos;</source>
        <translation>--source memerlukan URL http(s), bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--firmware-source wants an http(s) URL, not &apos;%1&apos;</source>
        <translation>--firmware-source memerlukan URL http(s), bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the firmware feed looks cut short, refused: %1</source>
        <translation>feed firmware tampak terpotong, ditolak: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the feed was refused: %1</source>
        <translation>feed ditolak: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the firmware feed was refused: %1</source>
        <translation>feed firmware ditolak: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offline: %1</source>
        <translation>luring: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>catalog unchanged (data from %1)</source>
        <translation>katalog tidak berubah (data per %1)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>not modified</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added %1, updated %2 (from %3)</source>
        <translation>ditambahkan %1, diperbarui %2 (dari %3)</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Only this region (Global, China, EEA, ...).</source>
        <translation>Hanya wilayah ini (Global, China, EEA, ...).</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>latest needs a CODENAME, e.g. &apos;firmware-cli latest gemini&apos;</source>
        <translation>latest memerlukan CODENAME, misalnya &apos;firmware-cli latest gemini&apos;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has no ROM for the region &apos;%2&apos;</source>
        <translation>%1 tidak memiliki ROM untuk wilayah &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="-16"/>
        <source>A version page saved from the site (HTML).</source>
        <translation>Halaman versi yang disimpan dari situs (HTML).</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+7"/>
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the ROM files of the catalog, one per card per version page</source>
        <translation>berkas ROM di katalog, satu per kartu di setiap halaman versi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cards of a version page</source>
        <translation>kartu-kartu sebuah halaman versi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a saved XFU version page to your catalog</source>
        <translation>tambahkan halaman versi XFU yang disimpan ke katalog Anda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the newest file of a device per branch, type and region</source>
        <translation>berkas terbaru sebuah perangkat per cabang, jenis, dan wilayah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the ROMs published since the catalog was made (upstream latest.yml)</source>
        <translation>tambahkan ROM yang terbit sejak katalog dibuat (latest.yml dari sumber)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>download a catalog file from its mirrors, check its size and MD5</source>
        <translation>unduh berkas katalog dari mirror-nya, periksa ukuran dan MD5-nya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>download any URL, the other URLs as mirrors of the same file</source>
        <translation>unduh URL apa saja, URL lain sebagai mirror dari berkas yang sama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hash FILE; without --md5 the catalog&apos;s MD5 for its name</source>
        <translation>hitung hash FILE; tanpa --md5, MD5 katalog untuk namanya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the phone connected by USB (adb or fastboot mode) and the ROMs for it</source>
        <translation>ponsel yang terhubung lewat USB (adb atau mode fastboot) dan ROM untuknya</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Usage: firmware-cli COMMAND [OPTIONS]
Find and inspect official Xiaomi MIUI / HyperOS ROMs (data: Xiaomi Firmware Updater).
</source>
        <translation>Pemakaian: firmware-cli COMMAND [OPTIONS]
Cari dan periksa ROM resmi Xiaomi MIUI / HyperOS (data: Xiaomi Firmware Updater).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Perintah:</translation>
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
        <translation>&apos;firmware-cli COMMAND --help&apos; menjelaskan opsi dan argumen sebuah perintah.
  -h, --help           tampilkan bantuan ini;  -v, --version  tampilkan versi

Kode keluar:
  0  selesai (download/fetch: terverifikasi, awalan terverifikasi, atau checksum tidak
     diketahui: baris terakhir menyebutkan yang mana)
  1  pemakaian salah atau masukan ditolak (pesan jelas di stderr)
  2  gangguan jaringan atau disk (setelah percobaan ulang; .part disimpan untuk dilanjutkan),
     atau semua mirror menyatakan berkas sudah tidak ada
  3  checksum atau ukuran tidak cocok (berkas akhir dan .part tidak disimpan)
  4  tidak ada yang ditemukan (verify: checksum tidak diketahui)
  130 terputus (Ctrl+C; .part disimpan untuk dilanjutkan)
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: %1</source>
        <translation>Pemakaian: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arguments:</source>
        <translation>Argumen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-179"/>
        <source>The http(s) URL of the file.</source>
        <translation>URL http(s) berkas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other URLs of the same file, tried when the first fails.</source>
        <translation>URL lain dari berkas yang sama, dicoba bila yang pertama gagal.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The file to check.</source>
        <translation>Berkas yang diperiksa.</translation>
    </message>
    <message>
        <location filename="../src/cli/refreshcommands.cpp" line="-62"/>
        <source>the feed looks cut short, refused: %1</source>
        <translation>feed tampak terpotong, ditolak: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-129"/>
        <source>what a ROM file holds (product, anti-rollback index, flash scripts, images), and with --phone whether it fits the connected phone</source>
        <translation>isi berkas ROM (produk, indeks anti-rollback, skrip flash, image), dan dengan --phone apakah cocok untuk ponsel yang terhubung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unpack a Fastboot ROM safely, ready for its flash scripts</source>
        <translation>mengekstrak ROM Fastboot dengan aman, siap untuk skrip flash-nya</translation>
    </message>
    <message>
        <location filename="../src/cli/flashcommands.cpp" line="-145"/>
        <source>reading %1</source>
        <translation>membaca %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking %1</source>
        <translation>memeriksa %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extracting %1</source>
        <translation>mengekstrak %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifying %1</source>
        <translation>memverifikasi %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check the ROM against the phone connected by USB (adb or fastboot mode).</source>
        <translation>Periksa ROM terhadap ponsel yang terhubung lewat USB (mode adb atau fastboot).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to unpack into (default: the ROM file&apos;s folder).</source>
        <translation>Folder tujuan ekstraksi (bawaan: folder berkas ROM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ROM file: a Fastboot .tgz or a Recovery .zip.</source>
        <translation>Berkas ROM: .tgz Fastboot atau .zip Recovery.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Fastboot ROM (.tgz).</source>
        <translation>ROM Fastboot (.tgz).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: Fastboot ROM</source>
        <translation>Jenis: ROM Fastboot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: Recovery ROM (payload.bin: an A/B update)</source>
        <translation>Jenis: ROM Recovery (payload.bin: pembaruan A/B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind: Recovery ROM</source>
        <translation>Jenis: ROM Recovery</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product: %1</source>
        <translation>Produk: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not stated</source>
        <translation>tidak disebutkan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anti-rollback index: %1 (from %2; the scripts compare it with fastboot getvar %3)</source>
        <translation>Indeks anti-rollback: %1 (dari %2; skrip membandingkannya dengan fastboot getvar %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anti-rollback index: %1 (the check is commented out in the scripts: they do not check)</source>
        <translation>Indeks anti-rollback: %1 (pemeriksaan di skrip dijadikan komentar: skrip tidak memeriksa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback index: %1 (the scripts do not check it)</source>
        <translation>Indeks anti-rollback: %1 (skrip tidak memeriksanya)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scripts:</source>
        <translation>Skrip:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[recommended]</source>
        <translation>[disarankan]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metadata:</source>
        <translation>Metadata:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Images (%1, %2 unpacked):</source>
        <translation>Image (%1, %2 setelah diekstrak):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files (%1, %2 unpacked):</source>
        <translation>Berkas (%1, %2 setelah diekstrak):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extraction would refuse this archive: %1</source>
        <translation>Ekstraksi akan menolak arsip ini: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>inspect wants one FILE</source>
        <translation>inspect memerlukan satu FILE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot inspect %1: %2</source>
        <translation>tidak dapat memeriksa %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phone: %1 (%2, serial %3), anti-rollback index %4</source>
        <translation>Ponsel: %1 (%2, serial %3), indeks anti-rollback %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>extract wants one FILE</source>
        <translation>extract memerlukan satu FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interrupted; nothing was kept</source>
        <translation>dihentikan; tidak ada yang disimpan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot extract %1: %2</source>
        <translation>tidak dapat mengekstrak %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>extracted: %1</source>
        <translation>diekstrak: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="-186"/>
        <source>The device named TEXT (marketing name, device name or codename); when no device has that name, every one whose name or codename contains TEXT.</source>
        <translation>Perangkat bernama TEXT (nama pasar, nama perangkat, atau nama kode); bila tidak ada perangkat dengan nama itu, semua perangkat yang nama atau nama kodenya memuat TEXT.</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-43"/>
        <source>The site&apos;s device folder, as in its links (gemini, angelicain), in any letter case; a phone&apos;s variant (gemini_global) finds its base folder.</source>
        <translation>Folder perangkat di situs, seperti di tautannya (gemini, angelicain), huruf besar atau kecil; varian ponsel (gemini_global) menemukan folder dasarnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The version as the site writes it (7.6.8, V14.0.3.0.TKHMIXM), with or without the leading V.</source>
        <translation>Versi seperti yang ditulis situs (7.6.8, V14.0.3.0.TKHMIXM), dengan atau tanpa awalan V.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>cannot write the output: %1</source>
        <translation>tidak dapat menulis keluaran: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 wants one of %2 (in any letter case), not &apos;%3&apos;</source>
        <translation>%1 menerima salah satu dari %2 (huruf besar atau kecil), bukan &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; could mean any of %2 of %3; write the version as the site does</source>
        <translation>&apos;%1&apos; bisa berarti salah satu dari versi %2 milik %3; tulis versinya seperti yang ditulis situs</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-450"/>
        <source>-o wants a folder, not an empty name</source>
        <translation>-o memerlukan folder, bukan nama kosong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a folder; -o wants a folder</source>
        <translation>%1 adalah berkas, bukan folder; -o memerlukan folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot make the folder %1: %2 is not a folder</source>
        <translation>tidak dapat membuat folder %1: %2 bukan folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write into the folder %1: %2</source>
        <translation>tidak dapat menulis ke folder %1: %2</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>stopped: %1</source>
        <translation>dihentikan: %1</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>no such file: %1</source>
        <translation>berkas tidak ada: %1</translation>
    </message>
    <message>
        <location line="-482"/>
        <source>At most M connections at once, over every mirror of the file (8; 1: one mirror at a time).</source>
        <translation>Paling banyak M koneksi sekaligus, di semua mirror berkas (8; 1: satu mirror setiap kali).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N connections to one host (4).</source>
        <translation>Paling banyak N koneksi ke satu host (4).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>--connections wants a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--connections memerlukan angka 1 sampai %1, bukan &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--per-host wants a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--per-host memerlukan angka 1 sampai %1, bukan &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="+30"/>
        <source>no download link published</source>
        <translation>tidak ada tautan unduhan yang diterbitkan</translation>
    </message>
    <message>
        <location line="+127"/>
        <location filename="../src/cli/downloadcommands.cpp" line="+257"/>
        <source>%1 %2 has no %3 page</source>
        <translation>%1 %2 tidak memiliki halaman %3</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-264"/>
        <source>The site&apos;s section: miui, hyperos, firmware (firmware-only zips) or vendor (vendor packages).</source>
        <extracomment>miui, hyperos, firmware, vendor: the site&apos;s sections, typed as they are</extracomment>
        <translation>Bagian situs: miui, hyperos, firmware (zip khusus firmware) atau vendor (paket vendor).</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="+19"/>
        <source>this version has several files:</source>
        <translation>versi ini memiliki beberapa berkas:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no download link published for %1</source>
        <translation>tidak ada tautan unduhan yang diterbitkan untuk %1</translation>
    </message>
</context>
<context>
    <name>ConditionalFetch</name>
    <message>
        <location filename="../src/core/feed/conditionalfetch.cpp" line="+71"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server announced %1, more than the %2 allowed</source>
        <translation>server menyebutkan %1, melebihi batas %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the answer is larger than the %1 allowed</source>
        <translation>jawaban melebihi batas %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no answer from %1 in time</source>
        <translation>%1 tidak menjawab tepat waktu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 menjawab HTTP %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered HTTP %2, not the document</source>
        <translation>%1 menjawab HTTP %2, bukan dokumennya</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../src/gui/copyablefield.cpp" line="+24"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy %1</source>
        <translation>Salin %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy the %1</source>
        <translation>Salin %1</translation>
    </message>
</context>
<context>
    <name>CounterpartLinks</name>
    <message>
        <location filename="../src/gui/counterpartlinks.cpp" line="+70"/>
        <source>Firmware only</source>
        <extracomment>Link of a ROM page to the firmware-only zip of the same version, as the website calls it</extracomment>
        <translation>Hanya firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the firmware-only zip of this version: its firmware partitions without the system, for those who run a custom ROM</source>
        <translation>Tampilkan zip khusus firmware versi ini: partisi firmware-nya tanpa sistem, untuk pengguna ROM kustom</translation>
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
        <translation>Tampilkan halaman ROM versi ini</translation>
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
        <translation>Rincian</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2 %3 %4</source>
        <translation>%1 · %2 %3 %4</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No catalog loaded.</source>
        <translation>Belum ada katalog yang dimuat.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open on &amp;Website</source>
        <translation>Buka di &amp;situs web</translation>
    </message>
    <message>
        <location line="+76"/>
        <source> · Android %1</source>
        <translation> · Android %1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Page notice</source>
        <translation>Pemberitahuan halaman</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1 device</source>
        <extracomment>Subtitle of a device: %1 is its system, MIUI or HyperOS (&quot;a MIUI device&quot;)</extracomment>
        <translation>Perangkat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>Nama kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest</source>
        <extracomment>The newest version of the device</extracomment>
        <translation>Terbaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a version in the list to see its files.</source>
        <translation>Pilih versi di daftar untuk melihat berkasnya.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a device, then one of its versions.</source>
        <translation>Pilih perangkat, lalu salah satu versinya.</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Search for your phone above — its name, codename or a version — or connect it by USB and press Detect Phone. Then pick a version to see its files.</source>
        <translation>Cari ponsel Anda di atas — nama, nama kode, atau versinya — atau sambungkan lewat USB lalu tekan Deteksi ponsel. Lalu pilih versi untuk melihat berkasnya.</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Hidden by the search</source>
        <translation>Tersembunyi oleh pencarian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search and filters hide this version: select one of the results, or clear the search (Esc) to download this one.</source>
        <translation>Pencarian dan filter menyembunyikan versi ini: pilih salah satu hasil, atau hapus pencarian (Esc) untuk mengunduh versi ini.</translation>
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
        <translation>Ponsel tidak dikenal</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+69"/>
        <source>Recommended ROMs</source>
        <translation>ROM yang disarankan</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Connect the phone by USB with USB debugging on, or in fastboot mode, then detect it.</source>
        <translation>Hubungkan ponsel lewat USB dengan USB debugging aktif, atau dalam mode fastboot, lalu deteksi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Ponsel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected phones</source>
        <translation>Ponsel yang terhubung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Notes about the phone</source>
        <translation>Catatan tentang ponsel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Cabang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Column header. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest ROM per branch and type for the phone&apos;s region first; Enter or a double click opens the version</source>
        <translation>ROM terbaru per cabang dan jenis untuk wilayah ponsel ditampilkan lebih dulu; Enter atau klik ganda membuka versinya</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>Nama kode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variant</source>
        <extracomment>The phone&apos;s build variant, e.g. alioth_global</extracomment>
        <translation>Varian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed</source>
        <extracomment>The ROM version installed on the phone</extracomment>
        <translation>Terpasang</translation>
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
        <translation>Koneksi</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Looking for a phone…</source>
        <translation>Mencari ponsel…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No phone found. Connect it by USB with USB debugging on (Settings → Additional settings → Developer options), or start it in fastboot mode, then detect again.</source>
        <translation>Ponsel tidak ditemukan. Hubungkan lewat USB dengan USB debugging aktif (Setelan → Setelan tambahan → Opsi pengembang), atau nyalakan dalam mode fastboot, lalu deteksi lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phones connected: %1. Pick one.</source>
        <translation>Ponsel terhubung: %1. Pilih salah satu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 hardware</source>
        <translation>perangkat keras %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (hardware: %2)</source>
        <translation>%1 (perangkat keras: %2)</translation>
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
        <translation>%1 · nomor seri %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The installed version is the newest for its region and branch.</source>
        <translation>Versi terpasang adalah yang terbaru untuk wilayah dan cabangnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer versions for its region and branch: %1, marked “Newer” in the tree.</source>
        <translation>Versi lebih baru untuk wilayah dan cabangnya: %1, ditandai “Lebih baru” di pohon.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The firmware of the installed version without its system, for those who run a custom ROM.</source>
        <translation>Firmware versi yang terpasang tanpa sistemnya, untuk pengguna ROM kustom.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
</context>
<context>
    <name>DeviceProbe</name>
    <message>
        <location filename="../src/core/phone/deviceprobe.cpp" line="+29"/>
        <source>This user may not open the phone&apos;s USB device. On Linux, install udev rules for Android phones (Debian/Ubuntu: sudo apt install android-sdk-platform-tools-common), make sure you are in the plugdev group, then unplug the phone and plug it in again.</source>
        <translation>Pengguna ini tidak boleh membuka perangkat USB ponsel. Di Linux, pasang aturan udev untuk ponsel Android (Debian/Ubuntu: sudo apt install android-sdk-platform-tools-common), pastikan Anda anggota grup plugdev, lalu cabut ponsel dan colokkan lagi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The phone has not allowed USB debugging from this computer. Unlock it, tap “Allow” in the “Allow USB debugging?” prompt, then detect again.</source>
        <translation>Ponsel belum mengizinkan USB debugging dari komputer ini. Buka kunci ponsel, ketuk “Izinkan” pada pertanyaan “Izinkan USB debugging?”, lalu deteksi lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The phone is connected but does not answer. Unplug it and plug it in again; if that does not help, run “adb kill-server” and detect again.</source>
        <translation>Ponsel terhubung tetapi tidak menjawab. Cabut dan colokkan lagi; jika tidak membantu, jalankan “adb kill-server” lalu deteksi lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone is still connecting. Wait a moment, then detect again.</source>
        <translation>Ponsel masih menyambung. Tunggu sebentar, lalu deteksi lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone is in “%1” mode. Start Android with USB debugging on, or fastboot mode, then detect again.</source>
        <translation>Ponsel dalam mode “%1”. Nyalakan Android dengan USB debugging aktif, atau mode fastboot, lalu deteksi lagi.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>“%1” did not answer within %2 s and was stopped.</source>
        <translation>“%1” tidak menjawab dalam %2 detik dan dihentikan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” could not be started: %2</source>
        <translation>“%1” tidak dapat dijalankan: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” crashed.</source>
        <translation>“%1” mogok.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” failed (exit code %2).</source>
        <translation>“%1” gagal (kode keluar %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” failed: %2</source>
        <translation>“%1” gagal: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not installed. On Debian or Ubuntu: sudo apt install adb fastboot. On Windows or macOS, install Android&apos;s platform-tools and set the path to %1 in Preferences → Phone (firmware-cli: %2 PATH).</source>
        <translation>%1 belum terpasang. Di Debian atau Ubuntu: sudo apt install adb fastboot. Di Windows atau macOS, pasang platform-tools Android dan atur lokasi %1 di Preferensi → Ponsel (firmware-cli: %2 PATH).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not found at %2. Correct the path in Preferences → Phone (firmware-cli: %3 PATH).</source>
        <translation>%1 tidak ditemukan di %2. Perbaiki lokasinya di Preferensi → Ponsel (firmware-cli: %3 PATH).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a program (%2). Correct the path in Preferences → Phone (firmware-cli: %3 PATH).</source>
        <translation>%1 bukan program (%2). Perbaiki lokasinya di Preferensi → Ponsel (firmware-cli: %3 PATH).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unplug the phone and plug it in again, or run “adb kill-server”, then detect again.</source>
        <translation>Cabut ponsel dan colokkan lagi, atau jalankan “adb kill-server”, lalu deteksi lagi.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unplug the phone and plug it in again, then detect again.</source>
        <translation>Cabut ponsel dan colokkan lagi, lalu deteksi lagi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phone answered “%1” without any property.</source>
        <translation>Ponsel menjawab “%1” tanpa properti apa pun.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restart the phone into fastboot mode (hold Volume Down while powering on), then detect again.</source>
        <translation>Mulai ulang ponsel ke mode fastboot (tahan Volume Turun saat menyalakan), lalu deteksi lagi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The phone did not say which product it is.</source>
        <translation>Ponsel tidak menyebutkan produknya.</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <location filename="../src/core/download/downloadtypes.cpp" line="+96"/>
        <source>Queued</source>
        <translation>Dalam antrean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>Menyambung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Mengunduh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying</source>
        <translation>Mencoba lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>Memverifikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>verified</source>
        <translation>terverifikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prefix verified</source>
        <translation>awalan terverifikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified</source>
        <translation>tidak terverifikasi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retrying in %1 s: %2</source>
        <translation>Mencoba lagi dalam %1 detik: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already downloaded, %1</source>
        <translation>sudah diunduh, %1</translation>
    </message>
    <message>
        <location filename="../src/core/download/httpchecks.cpp" line="+115"/>
        <source>server unreachable (connection refused)</source>
        <translation>server tidak dapat dijangkau (koneksi ditolak)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection closed by the server</source>
        <translation>koneksi ditutup oleh server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host not found</source>
        <translation>host tidak ditemukan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection timed out</source>
        <translation>waktu koneksi habis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>network unavailable</source>
        <translation>jaringan tidak tersedia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused an insecure redirect (https to http)</source>
        <translation>pengalihan tidak aman ditolak (https ke http)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many redirects</source>
        <translation>terlalu banyak pengalihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS error: %1</source>
        <translation>galat TLS: %1</translation>
    </message>
    <message>
        <location filename="../src/core/download/targetlock.cpp" line="+33"/>
        <source>already being downloaded by another process (pid %1)</source>
        <translation>sedang diunduh oleh proses lain (pid %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already being downloaded by another process</source>
        <translation>sedang diunduh oleh proses lain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the lock file %1: permission denied</source>
        <translation>tidak dapat membuat berkas kunci %1: izin ditolak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the lock file %1</source>
        <translation>tidak dapat membuat berkas kunci %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/download/downloadtypes.cpp" line="+42"/>
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln koneksi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln mirror(s)</source>
        <translation>
            <numerusform>%Ln mirror</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %Ln connection(s), %2/s</source>
        <translation>
            <numerusform>%1: %Ln koneksi, %2/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadListModel</name>
    <message>
        <location filename="../src/core/download/downloadlistmodel.cpp" line="+52"/>
        <source>/s</source>
        <extracomment>Per second, after a size: &quot;2.5 MB/s&quot;</extracomment>
        <translation>/dtk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
%2
from mirror %3 of %4: %5</source>
        <translation>%1
%2
dari mirror %3 dari %4: %5</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <extracomment>Column header: the download&apos;s state and how far it got</extracomment>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Kecepatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mirror</source>
        <extracomment>Column header: the server (one of several copies of the file) a download comes from</extracomment>
        <translation>Mirror</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../src/core/download/downloadmanager.cpp" line="+118"/>
        <source>%1 is already in the download queue</source>
        <translation>%1 sudah ada di antrean unduhan</translation>
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
        <location filename="../src/gui/downloadnotifier.cpp" line="+30"/>
        <source>&amp;Show Firmware Browser</source>
        <translation>&amp;Tampilkan Firmware Browser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause All Downloads</source>
        <translation>&amp;Jeda semua unduhan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume All Downloads</source>
        <translation>&amp;Lanjutkan semua unduhan</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No downloads running</source>
        <translation>Tidak ada unduhan yang berjalan</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln download(s)</source>
        <translation>
            <numerusform>%Ln unduhan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 % (%3 of %4)</source>
        <translation>%1: %2 % (%3 dari %4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Download failed</source>
        <translation>Unduhan gagal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download complete</source>
        <translation>Unduhan selesai</translation>
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
</context>
<context>
    <name>DownloadTransfer</name>
    <message>
        <location filename="../src/core/download/downloadtransfer.cpp" line="+142"/>
        <location filename="../src/core/download/downloadtransferlead.cpp" line="+109"/>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write the file (%1); free some space and resume</source>
        <translation>tidak dapat menulis berkas (%1); kosongkan ruang lalu lanjutkan</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>removed by Xiaomi from all mirrors</source>
        <translation>dihapus Xiaomi dari semua mirror</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file is gone from every mirror</source>
        <translation>berkas sudah tidak ada di mirror mana pun</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadtransferlead.cpp" line="-14"/>
        <source>not enough space: %1 needed, %2 free; free some space and resume</source>
        <translation>ruang tidak cukup: perlu %1, tersedia %2; kosongkan ruang lalu lanjutkan</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the connection ended after %1 of %2 bytes</source>
        <translation>koneksi berakhir setelah %1 dari %2 byte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection ended after %1 bytes</source>
        <translation>koneksi berakhir setelah %1 byte</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1; the server answered every resume with the whole file from byte 0 (HTTP 200), and no attempt got past byte %2 of %3</source>
        <translation>%1; server menjawab setiap lanjutan dengan seluruh berkas dari byte 0 (HTTP 200), dan tidak ada percobaan yang melewati byte %2 dari %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; the server answered every resume with the whole file from byte 0 (HTTP 200), and no attempt got past byte %2</source>
        <translation>%1; server menjawab setiap lanjutan dengan seluruh berkas dari byte 0 (HTTP 200), dan tidak ada percobaan yang melewati byte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (gave up; failed attempts in a row: %2)</source>
        <translation>%1 (menyerah; percobaan gagal berturut-turut: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; the server asks to wait %2, longer than allowed</source>
        <translation>%1; server meminta menunggu %2, lebih lama dari yang diizinkan</translation>
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
        <translation>Tidak ada koneksi jaringan — coba lagi saat tersambung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no mirror could deliver the file; the last one, %1: %2</source>
        <translation>tidak ada mirror yang dapat memberikan berkas; yang terakhir, %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 too slow (%2/s)</source>
        <translation>%1 terlalu lambat (%2/dtk)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="+69"/>
        <source>too slow (%1 B/s); reconnecting</source>
        <translation>terlalu lambat (%1 B/dtk); menyambung ulang</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="-21"/>
        <source>no mirror could deliver the file; the last one, %1</source>
        <translation>tidak ada mirror yang bisa mengirim berkas; yang terakhir, %1</translation>
    </message>
</context>
<context>
    <name>DownloadWorker</name>
    <message>
        <location filename="../src/core/download/requestcheck.cpp" line="+18"/>
        <source>refused the file name: %1</source>
        <translation>nama berkas ditolak: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no download URL</source>
        <translation>tidak ada URL unduhan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the URL &apos;%1&apos;: only http and https are supported</source>
        <translation>URL &apos;%1&apos; ditolak: hanya http dan https yang didukung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not an MD5 (32 hex digits)</source>
        <translation>&apos;%1&apos; bukan MD5 (32 digit heksadesimal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused to write through the symbolic link %1</source>
        <translation>menolak menulis melalui tautan simbolik %1</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadworkerresume.cpp" line="+21"/>
        <source>%1 already exists and there is no checksum to compare it with; it was left alone</source>
        <translation>%1 sudah ada dan tidak ada checksum untuk membandingkannya; berkas dibiarkan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checking the existing file</source>
        <translation>memeriksa berkas yang sudah ada</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>checking the partial file</source>
        <translation>memeriksa berkas parsial</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadworker.cpp" line="+224"/>
        <source>size mismatch: got %1 bytes, expected %2</source>
        <translation>ukuran tidak cocok: diterima %1 byte, seharusnya %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size mismatch: got %1, the catalog says %2</source>
        <translation>ukuran tidak cocok: diterima %1, menurut katalog %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checking the MD5</source>
        <translation>memeriksa MD5</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot read the file: %1</source>
        <translation>tidak dapat membaca berkas: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a different file named %1 already exists (MD5 %2); it was not overwritten</source>
        <translation>sudah ada berkas lain bernama %1 (MD5 %2); berkas itu tidak ditimpa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checksum mismatch: expected %1, got %2</source>
        <translation>checksum tidak cocok: seharusnya %1, didapat %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; downloading once more from the start</source>
        <translation>%1; mengunduh sekali lagi dari awal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 appeared while downloading; it was not overwritten</source>
        <translation>%1 muncul saat mengunduh; berkas itu tidak ditimpa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot rename %1 to its final name</source>
        <translation>tidak dapat mengganti nama %1 ke nama akhirnya</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>size mismatch: got %1 bytes, the server declared %2</source>
        <translation>ukuran tidak cocok: diterima %1 byte, server menyatakan %2</translation>
    </message>
</context>
<context>
    <name>DownloadsDock</name>
    <message>
        <location filename="../src/gui/downloadsdock.cpp" line="+30"/>
        <source>Downloads</source>
        <translation>Unduhan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Downloads</source>
        <translation>&amp;Unduhan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download of %1 failed: %2</source>
        <translation>Unduhan %1 gagal: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded %1.</source>
        <translation>%1 sudah diunduh.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The download queue could not be read: %1</source>
        <translation>Antrean unduhan tidak dapat dibaca: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln unfinished download(s) restored.</source>
        <translation>
            <numerusform>%Ln unduhan yang belum selesai dipulihkan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The catalog&apos;s file name “%1” is not safe to save: %2</source>
        <translation>Nama berkas dari katalog “%1” tidak aman untuk disimpan: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not queued: %1</source>
        <translation>Tidak masuk antrean: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download Not Queued</source>
        <translation>Unduhan tidak masuk antrean</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queued %1 from %2 into %3.</source>
        <translation>%1 masuk antrean dari %2 ke %3.</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../src/gui/downloadspanel.cpp" line="+46"/>
        <source>Downloads</source>
        <translation>Unduhan</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Pause</source>
        <translation>&amp;Jeda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resume</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;try</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Pat&amp;h</source>
        <translation>Salin l&amp;okasi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pause &amp;All</source>
        <translation>Jeda &amp;semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume A&amp;ll</source>
        <translation>Lanjutkan s&amp;emua</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Inspect ROM</source>
        <translation>&amp;Periksa ROM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xtract</source>
        <translation>E&amp;kstrak</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Download actions</source>
        <translation>Tindakan unduhan</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Download details</source>
        <translation>Rincian unduhan</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open in &amp;Browser</source>
        <translation>Buka di &amp;peramban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link</source>
        <translation>Salin &amp;tautan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Fi&amp;nished</source>
        <translation>Bersihkan yang selesa&amp;i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the download from the list (a finished file stays on disk)</source>
        <translation>Hapus unduhan dari daftar (berkas yang sudah selesai tetap di disk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the completed and cancelled downloads from the list</source>
        <translation>Hapus unduhan yang selesai dan dibatalkan dari daftar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No downloads yet: the Download button of a ROM card adds one here.</source>
        <translation>Belum ada unduhan: tombol Unduh pada kartu ROM menambahkannya di sini.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The folder %1 does not exist (yet).</source>
        <translation>Folder %1 belum ada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file manager could open %1.</source>
        <translation>Tidak ada pengelola berkas yang dapat membuka %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>%1 dibuka.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied the path of %1.</source>
        <translation>Lokasi %1 disalin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opened %1 in your browser.</source>
        <translation>%1 dibuka di peramban Anda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open %1 in a browser.</source>
        <translation>Tidak dapat membuka %1 di peramban.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the link to %1.</source>
        <translation>Tautan ke %1 disalin.</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <location filename="../src/gui/fieldlabel.cpp" line="-22"/>
        <source>&amp;Copy Selection</source>
        <translation>&amp;Salin pilihan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>Pilih &amp;semua</translation>
    </message>
</context>
<context>
    <name>FirmwareFeed</name>
    <message>
        <location filename="../src/core/feed/firmwarefeed.cpp" line="+44"/>
        <source>the feed is empty</source>
        <translation>feed kosong</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>none of its %Ln record(s) could be read</source>
        <translation>
            <numerusform>tidak satu pun dari %Ln entrinya dapat dibaca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirmwareList</name>
    <message>
        <location filename="../src/core/feed/firmwarelist.cpp" line="+51"/>
        <source>it is not a list of package records</source>
        <translation>ini bukan daftar catatan paket</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>record</source>
        <extracomment>Fills %2 of &quot;record %1: missing or malformed %2&quot; when the whole entry is malformed</extracomment>
        <translation>catatan</translation>
    </message>
    <message>
        <location filename="../src/core/feed/firmwarefeed.cpp" line="-7"/>
        <location filename="../src/core/feed/firmwarelist.cpp" line="+34"/>
        <source>record %1: missing or malformed %2</source>
        <extracomment>%1: the entry&apos;s number in the list; %2: one of its fields (filename, downloads.github…: stay in English) or &quot;record&quot;</extracomment>
        <translation>catatan %1: %2 tidak ada atau salah format</translation>
    </message>
</context>
<context>
    <name>FlashController</name>
    <message>
        <location filename="../src/gui/flashcontroller.cpp" line="+122"/>
        <source>Its script that keeps your data: %1.</source>
        <translation>Skripnya yang mempertahankan data Anda: %1.</translation>
    </message>
</context>
<context>
    <name>FlashScript</name>
    <message>
        <location filename="../src/core/flash/flashscript.cpp" line="+89"/>
        <source>Flashes every partition, erases all data and relocks the bootloader. Only for the official ROM of this exact phone and region: a wrong ROM on a relocked phone may never start again.</source>
        <translation>Mem-flash semua partisi, menghapus semua data, dan mengunci kembali bootloader. Hanya untuk ROM resmi ponsel dan wilayah yang persis sama: dengan ROM yang salah, ponsel yang terkunci kembali mungkin tidak akan menyala lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flashes every partition and keeps your apps, settings and files: the usual way to update.</source>
        <translation>Mem-flash semua partisi dan mempertahankan aplikasi, pengaturan, dan berkas Anda: cara biasa untuk memperbarui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flashes every partition and erases all data: apps, settings and the files on the phone.</source>
        <translation>Mem-flash semua partisi dan menghapus semua data: aplikasi, pengaturan, dan berkas di ponsel.</translation>
    </message>
</context>
<context>
    <name>FolderListEdit</name>
    <message>
        <location filename="../src/gui/folderlistedit.cpp" line="+14"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder with Downloaded ROMs</source>
        <translation>Folder berisi ROM yang sudah diunduh</translation>
    </message>
</context>
<context>
    <name>InspectRomDialog</name>
    <message>
        <location filename="../src/gui/inspectromdialog.cpp" line="+43"/>
        <source>Inspect ROM</source>
        <translation>Periksa ROM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Extract</source>
        <translation>&amp;Ekstrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack this Fastboot ROM into a folder next to it, ready for its flash scripts</source>
        <translation>Ekstrak ROM Fastboot ini ke folder di sebelahnya, siap untuk skrip flash-nya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Buka folder</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+59"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot read this ROM: %1</source>
        <translation>Tidak dapat membaca ROM ini: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 fits the connected phone, %2.</source>
        <translation>%1 cocok untuk ponsel yang terhubung, %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extracting %1…</source>
        <translation>Mengekstrak %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Already extracted: %1 is there. Open it with Open Folder, or remove it to extract again.</source>
        <translation>Sudah diekstrak: %1 sudah ada. Buka dengan Buka folder, atau hapus untuk mengekstrak ulang.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extraction cancelled; nothing was kept.</source>
        <translation>Ekstraksi dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot extract: %1</source>
        <translation>Tidak dapat mengekstrak: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extracted to %1</source>
        <translation>Diekstrak ke %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Do not flash %1 on %2: %3.</source>
        <translation>Jangan flash %1 ke %2: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: check the notes below before flashing it on %2.</source>
        <translation>%1: periksa catatan di bawah sebelum mem-flash-nya ke %2.</translation>
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
            <numerusform>%Ln entri feed dilewati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/feed/latestfeed.cpp" line="+90"/>
        <location line="+103"/>
        <source>the feed is empty</source>
        <translation>feed kosong</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the feed is not a list of ROM records</source>
        <translation>feed bukan daftar entri ROM</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>record</source>
        <extracomment>Fills %2 of &quot;record %1: missing or malformed %2&quot; when the whole entry is malformed</extracomment>
        <translation>entri</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>record %1: missing or malformed %2</source>
        <extracomment>%1: the entry&apos;s number in the feed; %2: one of its fields (md5, size…: stay in English) or &quot;record&quot;</extracomment>
        <translation>entri %1: %2 tidak ada atau salah bentuk</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>none of its %Ln record(s) could be read</source>
        <translation>
            <numerusform>tidak satu pun dari %Ln entrinya dapat dibaca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalCopy</name>
    <message>
        <location filename="../src/core/flash/localcopy.cpp" line="+16"/>
        <source>Found in %1; checking it…</source>
        <translation>Ditemukan di %1; sedang diperiksa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (verified) in %1</source>
        <translation>Sudah diunduh (terverifikasi) di %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (MD5 matches the file name) in %1</source>
        <translation>Sudah diunduh (MD5 cocok dengan nama berkas) di %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (not verified: no checksum known) in %1</source>
        <translation>Sudah diunduh (tidak terverifikasi: checksum tidak diketahui) di %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different file with this name is in %1 (MD5 %2, the catalog says %3): it is not this ROM</source>
        <translation>Ada berkas lain dengan nama ini di %1 (MD5 %2, katalog menyebut %3): itu bukan ROM ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name is in %1 but cannot be read: %2</source>
        <translation>Ada berkas dengan nama ini di %1, tetapi tidak dapat dibaca: %2</translation>
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
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Toolbar</source>
        <translation>Bilah alat</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Refresh Catalog</source>
        <translation>&amp;Perbarui katalog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Perbarui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the ROMs published since the catalog was made (from Xiaomi Firmware Updater&apos;s feed)</source>
        <translation>Tambahkan ROM yang terbit sejak katalog dibuat (dari feed Xiaomi Firmware Updater)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;What&apos;s New…</source>
        <translation>&amp;Yang baru…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ROM files the last catalog refresh brought</source>
        <translation>Berkas ROM yang dibawa pembaruan katalog terakhir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Detect Phone</source>
        <translation>&amp;Deteksi ponsel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the phone connected by USB (adb or fastboot mode), select its device and mark its installed and newer versions</source>
        <translation>Temukan ponsel yang terhubung lewat USB (adb atau mode fastboot), pilih perangkatnya, dan tandai versi terpasang serta versi yang lebih baru</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import Page…</source>
        <translation>&amp;Impor halaman…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a version page saved from xmfirmwareupdater.com to the catalog</source>
        <translation>Tambahkan halaman versi yang disimpan dari xmfirmwareupdater.com ke katalog</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Verify File…</source>
        <translation>&amp;Verifikasi berkas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a downloaded ROM file&apos;s MD5 against the catalog</source>
        <translation>Periksa MD5 berkas ROM yang diunduh terhadap katalog</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/gui/mainwindow.cpp" line="+312"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the catalog</source>
        <translation>Cari di katalog</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Expand All</source>
        <translation>&amp;Bentangkan semua</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Collapse All</source>
        <translation>&amp;Ciutkan semua</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Firmware Browser</source>
        <translation>&amp;Tentang Firmware Browser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="-229"/>
        <source>Copied the %1.</source>
        <translation>%1 disalin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No catalog loaded.</source>
        <translation>Belum ada katalog yang dimuat.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+2"/>
        <source>Loading catalog…</source>
        <translation>Memuat katalog…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>No catalog</source>
        <translation>Tidak ada katalog</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The catalog could not be loaded.</source>
        <translation>Katalog tidak dapat dimuat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog Not Loaded</source>
        <translation>Katalog tidak dimuat</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+200"/>
        <source>Imported Pages Not Loaded</source>
        <translation>Halaman yang diimpor tidak dimuat</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Downloads Running</source>
        <translation>Unduhan sedang berjalan</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln download(s) are running. Quit and pause them? They resume next time.</source>
        <translation>
            <numerusform>%Ln unduhan sedang berjalan. Keluar dan jeda unduhan? Unduhan akan dilanjutkan lain kali.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Import Version Page</source>
        <translation>Impor halaman versi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved version pages (*.html *.htm *.md);;All files (*)</source>
        <translation>Halaman versi tersimpan (*.html *.htm *.md);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <location line="+293"/>
        <location line="+4"/>
        <source>Import failed: %1</source>
        <translation>Impor gagal: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import Failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The page was not imported; the catalog is unchanged.

%1</source>
        <translation>Halaman tidak diimpor; katalog tidak berubah.

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalog Not Reloaded</source>
        <translation>Katalog tidak dimuat ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page was imported, but the catalog could not be reloaded.

%1</source>
        <translation>Halaman sudah diimpor, tetapi katalog tidak dapat dimuat ulang.

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
        <translation>%1 diimpor (%2).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not open %1 in a browser.</source>
        <translation>Tidak dapat membuka %1 di peramban.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1 in your browser.</source>
        <translation>%1 dibuka di peramban Anda.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The new language applies the next time Firmware Browser starts.</source>
        <translation>Bahasa baru berlaku saat Firmware Browser dijalankan berikutnya.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify File</source>
        <translation>Verifikasi berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROM files (*.zip *.tgz);;All files (*)</source>
        <translation>Berkas ROM (*.zip *.tgz);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowflash.cpp" line="+28"/>
        <source>I&amp;nspect ROM…</source>
        <translation>&amp;Periksa ROM…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a ROM file holds: product, anti-rollback index, flash scripts, images; and whether it fits the connected phone</source>
        <translation>Isi berkas ROM: produk, indeks anti-rollback, skrip flash, image; dan apakah cocok untuk ponsel yang terhubung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Inspect ROM</source>
        <translation>Periksa ROM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROM files (*.tgz *.tar.gz *.tar *.zip);;All files (*)</source>
        <translation>Berkas ROM (*.tgz *.tar.gz *.tar *.zip);;Semua berkas (*)</translation>
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
        <translation>Jangan di-flash ke ponsel yang terhubung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was downloaded and verified: %2.</source>
        <translation>%1 sudah diunduh dan diverifikasi: %2.</translation>
    </message>
</context>
<context>
    <name>Md5Hasher</name>
    <message>
        <location filename="../src/core/download/md5hasher.cpp" line="+166"/>
        <source>the file is shorter than expected</source>
        <translation>berkas lebih pendek dari yang diharapkan</translation>
    </message>
</context>
<context>
    <name>PageCompleter</name>
    <message>
        <location filename="../src/core/feed/pagecompleter.cpp" line="+40"/>
        <source>the page could not be read: %1</source>
        <translation>halaman tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server sent the page of %1 %2 instead</source>
        <translation>server justru mengirim halaman %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not write the page cache in %1</source>
        <translation>tidak dapat menulis cache halaman di %1</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <location filename="../src/core/download/partfile.cpp" line="+74"/>
        <source>cannot open %1 for writing</source>
        <translation>tidak dapat membuka %1 untuk ditulis</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot shorten %1: %2</source>
        <translation>tidak dapat memendekkan %1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneCheckView</name>
    <message>
        <location filename="../src/gui/phonecheckview.cpp" line="+30"/>
        <source>Why not to flash this ROM on the connected phone</source>
        <translation>Mengapa ROM ini jangan di-flash ke ponsel yang terhubung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to check before flashing</source>
        <translation>Yang perlu diperiksa sebelum flash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which script to run</source>
        <translation>Skrip yang perlu dijalankan</translation>
    </message>
</context>
<context>
    <name>PhoneController</name>
    <message>
        <location filename="../src/gui/phonecontroller.cpp" line="+19"/>
        <source>Phone</source>
        <translation>Ponsel</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking for a phone…</source>
        <translation>Mencari ponsel…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phone detection needs adb or fastboot.</source>
        <translation>Deteksi ponsel memerlukan adb atau fastboot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone found.</source>
        <translation>Ponsel tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phones connected: %1. Pick one in the Phone panel.</source>
        <translation>Ponsel terhubung: %1. Pilih salah satu di panel Ponsel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected %1.</source>
        <translation>%1 terdeteksi.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Phone</source>
        <translation>P&amp;onsel</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Check Before Downloading</source>
        <translation>Periksa sebelum mengunduh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may not suit the connected phone, %2.</source>
        <translation>%1 mungkin tidak cocok untuk ponsel yang terhubung, %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Download Anyway</source>
        <translation>&amp;Tetap unduh</translation>
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
        <translation>Ponsel tidak menyebutkan perangkatnya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog has no ROMs for “%1”.</source>
        <translation>Katalog tidak memiliki ROM untuk “%1”.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>This phone runs a %1 ROM, but its hardware is a %2 model (ro.boot.hwc = %3): a seller probably flashed it. Going back to a %2 ROM is a region change: it needs an unlocked bootloader and a Fastboot ROM.</source>
        <translation>Ponsel ini menjalankan ROM %1, tetapi perangkat kerasnya model %2 (ro.boot.hwc = %3): kemungkinan penjual telah mem-flash-nya. Kembali ke ROM %2 berarti ganti wilayah: perlu bootloader yang sudah dibuka dan ROM Fastboot.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In fastboot mode the phone does not say which ROM or region it runs: start Android with USB debugging on for a full match. Showing the newest Fastboot ROMs of every region.</source>
        <translation>Dalam mode fastboot, ponsel tidak menyebutkan ROM atau wilayah yang dijalankan: nyalakan Android dengan USB debugging aktif agar cocok sepenuhnya. Menampilkan ROM Fastboot terbaru dari semua wilayah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installed version %1 is not in the catalog.</source>
        <translation>Versi terpasang %1 tidak ada di katalog.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anti-rollback index: %1. Flashing a ROM older than the installed one can be refused or brick the phone.</source>
        <translation>Indeks anti-rollback: %1. Mem-flash ROM yang lebih lama dari yang terpasang bisa ditolak atau membuat ponsel mati total (brick).</translation>
    </message>
</context>
<context>
    <name>PhoneRomCheck</name>
    <message>
        <location filename="../src/core/flash/phoneromcheck.cpp" line="+16"/>
        <source>The phone did not tell its product; this ROM is for %1.</source>
        <translation>Ponsel tidak memberi tahu produknya; ROM ini untuk %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This ROM is for %1, the connected phone is %2 (%3): do not flash it, its own scripts refuse it.</source>
        <translation>ROM ini untuk %1, sedangkan ponsel yang terhubung adalah %2 (%3): jangan di-flash; skripnya sendiri menolaknya.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anti-rollback: this ROM&apos;s index is %1, the phone&apos;s is %2: flashing would be refused or brick the phone.</source>
        <translation>Anti-rollback: indeks ROM ini %1, indeks ponsel %2: flash akan ditolak atau membuat ponsel mati total.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anti-rollback: this ROM&apos;s index is %1; the phone tells its own only in fastboot mode (%2). Detect the phone in fastboot mode before flashing.</source>
        <translation>Anti-rollback: indeks ROM ini %1; ponsel hanya memberi tahu indeksnya dalam mode fastboot (%2). Deteksi ponsel dalam mode fastboot sebelum flash.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anti-rollback: this ROM&apos;s scripts have the check commented out and the phone&apos;s index is %1: make sure this ROM is not older than the installed one.</source>
        <translation>Anti-rollback: skrip ROM ini menjadikan pemeriksaannya komentar dan indeks ponsel %1: pastikan ROM ini tidak lebih lama dari yang terpasang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback: this ROM&apos;s scripts do not check it and the phone&apos;s index is %1: make sure this ROM is not older than the installed one.</source>
        <translation>Anti-rollback: skrip ROM ini tidak memeriksanya dan indeks ponsel %1: pastikan ROM ini tidak lebih lama dari yang terpasang.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recommended: %1 keeps your data.</source>
        <translation>Disarankan: %1 mempertahankan data Anda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended: %1 (this ROM has no script that keeps your data; it erases the phone).</source>
        <translation>Disarankan: %1 (ROM ini tidak punya skrip yang mempertahankan data Anda; skrip ini menghapus isi ponsel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 relocks the bootloader: only for the official ROM of this exact phone and region.</source>
        <translation>%1 mengunci kembali bootloader: hanya untuk ROM resmi ponsel dan wilayah yang persis sama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 erases all data.</source>
        <translation>%1 menghapus semua data.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>for another product (%1), not for the phone&apos;s %2</source>
        <extracomment>a headline&apos;s reason not to flash a ROM: %1 the ROM&apos;s product(s), %2 the phone&apos;s (codenames such as whyred)</extracomment>
        <translation>untuk produk lain (%1), bukan untuk produk ponsel, %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>anti-rollback index %1, lower than the phone&apos;s %2</source>
        <extracomment>a headline&apos;s reason not to flash a ROM whose product is right but older than the phone allows</extracomment>
        <translation>indeks anti-rollback %1, lebih rendah dari indeks ponsel (%2)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This ROM is for %1, the connected phone is %2: do not flash it, its own scripts refuse it.</source>
        <translation>ROM ini untuk %1, sedangkan ponsel yang terhubung adalah %2: jangan di-flash; skripnya sendiri menolaknya.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface</source>
        <translation>Antarmuka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language of menus and messages; it changes the next time Firmware Browser starts</source>
        <translation>Bahasa menu dan pesan; berubah saat Firmware Browser dijalankan berikutnya</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Check for new ROMs at start, at most every</source>
        <translation>&amp;Periksa ROM baru saat mulai, paling sering setiap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch Xiaomi Firmware Updater&apos;s feed of new ROMs when Firmware Browser starts (View → Refresh Catalog, F5, does it any time)</source>
        <translation>Ambil feed ROM baru dari Xiaomi Firmware Updater saat Firmware Browser dimulai (Tampilan → Perbarui katalog, F5, bisa kapan saja)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours between automatic checks</source>
        <translation>Jam di antara pemeriksaan otomatis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <extracomment>After the refresh interval: hours (&quot;24 h&quot;)</extracomment>
        <translation> jam</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Feed:</source>
        <extracomment>The list of new ROMs (latest.yml) the catalog refresh reads</extracomment>
        <translation>&amp;Feed:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the feed of new ROMs (latest.yml) is fetched first</source>
        <translation>Tempat feed ROM baru (latest.yml) diambil lebih dulu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fa&amp;llback:</source>
        <extracomment>A second address of the feed, tried when the first fails</extracomment>
        <translation>&amp;Cadangan:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the feed is fetched when the first address fails</source>
        <translation>Tempat feed diambil jika alamat pertama gagal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloads</source>
        <translation>Unduhan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download &amp;folder:</source>
        <translation>&amp;Folder unduhan:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where ROM files are saved</source>
        <translation>Tempat berkas ROM disimpan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Parallel downloads:</source>
        <translation>Unduhan &amp;paralel:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How many files download at the same time; the others wait in the queue</source>
        <translation>Berapa berkas yang diunduh bersamaan; sisanya menunggu di antrean</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Preferred &amp;mirror:</source>
        <translation>&amp;Mirror pilihan:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mirror a download tries first; when it fails, is missing the file or is far too slow, the file&apos;s other mirrors follow in page order</source>
        <translation>Mirror yang dicoba lebih dulu saat mengunduh; jika gagal, tidak memiliki berkasnya, atau terlalu lambat, mirror lain dari berkas itu dipakai sesuai urutan halaman</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify the MD5 after downloading</source>
        <translation>&amp;Verifikasi MD5 setelah mengunduh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When off, files are kept even if they differ from the catalog&apos;s MD5, and are marked “not verified”</source>
        <translation>Jika dimatikan, berkas tetap disimpan meski MD5-nya berbeda dari katalog, dan ditandai “tidak terverifikasi”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changes apply to files queued from now on; the parallel limit applies at once.</source>
        <translation>Perubahan berlaku untuk berkas yang masuk antrean mulai sekarang; batas unduhan paralel langsung berlaku.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>Ponsel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;adb:</source>
        <translation>&amp;adb:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Android&apos;s adb program; empty finds it on PATH (Debian/Ubuntu: the adb package). On Windows and macOS, the adb of Android&apos;s platform-tools</source>
        <translation>Program adb Android; jika kosong dicari di PATH (Debian/Ubuntu: paket adb). Di Windows dan macOS, adb dari platform-tools Android</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B&amp;rowse…</source>
        <translation>T&amp;elusuri…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;fastboot:</source>
        <translation>&amp;fastboot:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Android&apos;s fastboot program; empty finds it on PATH (Debian/Ubuntu: the fastboot package)</source>
        <translation>Program fastboot Android; jika kosong dicari di PATH (Debian/Ubuntu: paket fastboot)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bro&amp;wse…</source>
        <translation>Tel&amp;usuri…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detect the &amp;phone when Firmware Browser starts</source>
        <translation>Deteksi &amp;ponsel saat Firmware Browser dimulai</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="+36"/>
        <source>Automatic (page order)</source>
        <translation>Otomatis (urutan halaman)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Found on PATH</source>
        <translation>Ditemukan di PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adb Program</source>
        <translation>Program adb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fastboot Program</source>
        <translation>Program fastboot</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Download Folder</source>
        <translation>Folder unduhan</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Downloaded ROMs found here (and in the download folder) are verified and not downloaded again</source>
        <translation>ROM yang sudah diunduh dan ditemukan di sini (dan di folder unduhan) diverifikasi dan tidak diunduh lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other folders with downloaded ROMs</source>
        <translation>Folder lain berisi ROM yang sudah diunduh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also look for &amp;ROMs in:</source>
        <translation>Cari &amp;ROM juga di:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="-160"/>
        <source>Co&amp;nnections per file:</source>
        <translation>Ko&amp;neksi per berkas:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most this many connections for one file, spread over all of its mirrors; 1 downloads from one mirror at a time</source>
        <translation>Paling banyak sejumlah ini koneksi untuk satu berkas, tersebar di semua mirrornya; 1 mengunduh dari satu mirror setiap kali</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connections per &amp;host:</source>
        <translation>Koneksi per &amp;host:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most this many connections to one mirror host; a host that refuses one more is kept at what it accepts</source>
        <translation>Paling banyak sejumlah ini koneksi ke satu host mirror; host yang menolak satu lagi ditahan pada jumlah yang diterimanya</translation>
    </message>
</context>
<context>
    <name>RangeConnection</name>
    <message>
        <location filename="../src/core/download/rangeconnection.cpp" line="+125"/>
        <source>the mirror no longer has the file (NoSuchKey)</source>
        <translation>mirror tidak lagi memiliki berkas ini (NoSuchKey)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>redirect (HTTP %1) without a usable Location</source>
        <translation>pengalihan (HTTP %1) tanpa Location yang dapat dipakai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected answer from the server (HTTP %1)</source>
        <translation>jawaban tak terduga dari server (HTTP %1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no data for %1 s</source>
        <translation>tidak ada data selama %1 detik</translation>
    </message>
</context>
<context>
    <name>ReplyChecks</name>
    <message>
        <location filename="../src/core/download/replychecks.cpp" line="+51"/>
        <location line="+1"/>
        <source>the server refused the range (HTTP 416)</source>
        <translation>server menolak rentang (HTTP 416)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the server&apos;s file has %1 bytes, expected %2</source>
        <translation>berkas di server berukuran %1 byte, seharusnya %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s file (%1) differs from the catalog (%2)</source>
        <translation>berkas di server (%1) berbeda dari katalog (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unexpected HTTP status %1</source>
        <translation>status HTTP tak terduga %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>the server sent the wrong range</source>
        <translation>server mengirim rentang yang salah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this mirror&apos;s file has another size</source>
        <translation>berkas di mirror ini berukuran lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this mirror&apos;s file has another size; starting over</source>
        <translation>berkas di mirror ini ukurannya berbeda; mulai dari awal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>the file on the server changed</source>
        <translation>berkas di server berubah</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>this mirror has another file (ETag %1)</source>
        <translation>mirror ini memiliki berkas lain (ETag %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server does not send parts of the file</source>
        <translation>server tidak mengirim bagian berkas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the mirror sent a web page instead of the file</source>
        <translation>mirror mengirim halaman web, bukan berkasnya</translation>
    </message>
</context>
<context>
    <name>RomAdvisor</name>
    <message>
        <location filename="../src/core/phone/romadvisor.cpp" line="+91"/>
        <source>This ROM is for %1 (%2), not for the connected phone, %3: flashing it can brick the phone.</source>
        <translation>ROM ini untuk %1 (%2), bukan untuk ponsel yang terhubung, %3: mem-flash-nya bisa membuat ponsel mati total.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ROM is for %1, the phone runs a %2 ROM: a region change needs an unlocked bootloader and a Fastboot ROM.</source>
        <translation>ROM ini untuk %1, sedangkan ponsel menjalankan ROM %2: ganti wilayah memerlukan bootloader yang sudah dibuka dan ROM Fastboot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Older than the installed %1: downgrades can be blocked or brick the phone when the anti-rollback index is higher; this phone reports anti = %2.</source>
        <translation>Lebih lama dari %1 yang terpasang: downgrade bisa diblokir atau membuat ponsel mati total jika indeks anti-rollback lebih tinggi; ponsel ini melaporkan anti = %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older than the installed %1: downgrades can be blocked or brick the phone when the anti-rollback index is higher; check it first in fastboot mode (fastboot getvar anti).</source>
        <translation>Lebih lama dari %1 yang terpasang: downgrade bisa diblokir atau membuat ponsel mati total jika indeks anti-rollback lebih tinggi; periksa dulu dalam mode fastboot (fastboot getvar anti).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Recovery ROM of the %1 branch, the phone runs %2: a Recovery ROM for a different branch may refuse to install or need a data wipe; a Fastboot ROM switches branches.</source>
        <extracomment>%1 and %2 are branch names (Stable, Weekly, Stable Beta…), which stay in English</extracomment>
        <translation>ROM Recovery cabang %1, sedangkan ponsel menjalankan %2: ROM Recovery untuk cabang lain mungkin menolak dipasang atau perlu menghapus data; ROM Fastboot dapat berpindah cabang.</translation>
    </message>
</context>
<context>
    <name>RomCardWidget</name>
    <message>
        <location filename="../src/gui/romcardwidget.cpp" line="+32"/>
        <source>%1 file %2</source>
        <translation>Berkas %1 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not published</source>
        <extracomment>Size of a firmware zip that only the site&apos;s download list names (it gives no size)</extracomment>
        <translation>Tidak diterbitkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>package name</source>
        <translation>nama paket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>firmware package name</source>
        <translation>nama paket firmware</translation>
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
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The website publishes no MD5 for vendor packages: a download of this file is not verified unless you give its MD5.</source>
        <translation>Situs web tidak menerbitkan MD5 untuk paket vendor: unduhan berkas ini tidak diverifikasi kecuali Anda memberikan MD5-nya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The website does not publish an MD5 for this file, so there is none to copy.</source>
        <translation>Situs web tidak menerbitkan MD5 untuk berkas ini, jadi tidak ada yang dapat disalin.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Warnings for the connected phone</source>
        <translation>Peringatan untuk ponsel yang terhubung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>Nama kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <extracomment>Field of a ROM card. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Cabang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Field of a ROM card. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release Date</source>
        <translation>Tanggal rilis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package Name</source>
        <translation>Nama paket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download</source>
        <extracomment>Field of a ROM card: its download links (a noun)</extracomment>
        <translation>Unduhan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changelog</source>
        <translation>Log perubahan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Firmware Package Name</source>
        <extracomment>Field of a firmware-only zip&apos;s card, as the website labels it</extracomment>
        <translation>Nama paket firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated</source>
        <extracomment>Field of a vendor package&apos;s card: its date, as the website&apos;s vendor list labels it</extracomment>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mirror %1 — %2</source>
        <translation>Mirror %1 — %2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>&amp;Download</source>
        <translation>&amp;Unduh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download %1</source>
        <translation>Unduh %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>download link</source>
        <translation>tautan unduhan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The website lists no download link for this file.</source>
        <translation>Situs web tidak mencantumkan tautan unduhan untuk berkas ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no download link to copy.</source>
        <translation>Tidak ada tautan unduhan untuk disalin.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No download link published</source>
        <translation>Tidak ada tautan unduhan yang diterbitkan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open in &amp;Browser</source>
        <translation>Buka di &amp;peramban</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download from the preferred mirror (Preferences), the others as fallbacks; the arrow picks a mirror</source>
        <translation>Unduh dari mirror pilihan (Preferensi), mirror lain sebagai cadangan; panah untuk memilih mirror</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Open &amp;Folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of %1</source>
        <translation>Buka folder %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inspect</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ROM holds: product, anti-rollback index, flash scripts, images</source>
        <translation>Isi ROM: produk, indeks anti-rollback, skrip flash, image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtract</source>
        <translation>E&amp;kstrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack this Fastboot ROM next to it, ready for its flash scripts</source>
        <translation>Ekstrak ROM Fastboot ini di sebelahnya, siap untuk skrip flash-nya</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the ROM…</source>
        <translation>Membaca ROM…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anti-rollback index: %1</source>
        <translation>Indeks anti-rollback: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 to keep your data.</source>
        <translation>Jalankan %1 untuk mempertahankan data Anda.</translation>
    </message>
</context>
<context>
    <name>RomExtractor</name>
    <message>
        <location filename="../src/core/flash/romextractor.cpp" line="-54"/>
        <location line="+77"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+77"/>
        <source>the archive is damaged or incomplete: %1</source>
        <translation>arsip rusak atau tidak lengkap: %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>reserved name</source>
        <translation>nama yang dicadangkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <location line="+70"/>
        <location line="+24"/>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>the link &apos;%1&apos; points at &apos;%2&apos;, which is not a file unpacked before it</source>
        <translation>tautan &apos;%1&apos; menunjuk ke &apos;%2&apos;, yang bukan berkas yang diekstrak sebelumnya</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1</source>
        <translation>tidak dapat menulis %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is a Recovery ROM: it is installed as it is, not unpacked</source>
        <translation>%1 adalah ROM Recovery: dipasang apa adanya, tidak diekstrak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused to unpack %1: %2; nothing was written</source>
        <translation>ekstraksi %1 ditolak: %2; tidak ada yang ditulis</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>%1 already exists; remove it or choose another folder</source>
        <translation>%1 sudah ada; hapus atau pilih folder lain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not enough free space in %1: the ROM needs %2, %3 are free</source>
        <translation>ruang kosong di %1 tidak cukup: ROM memerlukan %2, yang kosong %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write in %1: %2</source>
        <translation>tidak dapat menulis di %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot rename the unpacked folder to %1</source>
        <translation>tidak dapat mengganti nama folder hasil ekstraksi menjadi %1</translation>
    </message>
</context>
<context>
    <name>RomInspectionView</name>
    <message>
        <location filename="../src/gui/rominspectionview.cpp" line="+61"/>
        <location line="+96"/>
        <source>Image</source>
        <extracomment>Column header: a partition image file inside a Fastboot ROM (boot.img, super.img)</extracomment>
        <translation>Image</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Size</source>
        <extracomment>Column header: the size of a file in bytes</extracomment>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images in the ROM</source>
        <translation>Image di dalam ROM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (from %2)</source>
        <translation>%1 (dari %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: the check is commented out in the scripts</source>
        <translation>tidak ada: pemeriksaan di skrip dijadikan komentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the scripts do not check it</source>
        <translation>tidak ada: skrip tidak memeriksanya</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+44"/>
        <source>File</source>
        <extracomment>Label: the ROM file on disk that was read
----------
Column header: a file inside a Recovery ROM (payload.bin)</extracomment>
        <translation>Berkas</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+6"/>
        <source>Kind</source>
        <extracomment>Label: which kind of ROM a file is (Fastboot or Recovery)</extracomment>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Fastboot ROM (unpack it, then run one of its scripts in fastboot mode)</source>
        <translation>ROM Fastboot (ekstrak dulu, lalu jalankan salah satu skripnya dalam mode fastboot)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <extracomment>Label: the folder a Fastboot ROM unpacks into</extracomment>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery ROM with payload.bin (an A/B update; installed as it is)</source>
        <translation>ROM Recovery dengan payload.bin (pembaruan A/B; dipasang apa adanya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery ROM (installed as it is)</source>
        <translation>ROM Recovery (dipasang apa adanya)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <extracomment>Label: the phone model code a ROM is built for (its &quot;product&quot;, as fastboot getvar product says)</extracomment>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not stated</source>
        <translation>tidak disebutkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback index</source>
        <translation>Indeks anti-rollback</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (recommended)</source>
        <translation>%1 (disarankan)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scripts</source>
        <extracomment>Label: the flash scripts a Fastboot ROM ships (flash_all.sh, flash_all.bat, ...)</extracomment>
        <translation>Skrip</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unpacked size</source>
        <translation>Ukuran setelah diekstrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This archive cannot be unpacked safely: %1</source>
        <translation>Arsip ini tidak dapat diekstrak dengan aman: %1</translation>
    </message>
</context>
<context>
    <name>RomInspector</name>
    <message>
        <location filename="../src/core/flash/rominspector.cpp" line="+108"/>
        <location line="+35"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+17"/>
        <location line="+8"/>
        <source>the archive is damaged or incomplete: %1</source>
        <translation>arsip rusak atau tidak lengkap: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is a tar archive without Xiaomi&apos;s flash_all scripts: not a Fastboot ROM</source>
        <translation>%1 adalah arsip tar tanpa skrip flash_all dari Xiaomi: bukan ROM Fastboot</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the archive claims to unpack to over %1 times its size: a zip bomb, not a ROM</source>
        <translation>arsip mengaku terurai menjadi lebih dari %1 kali ukurannya: bom zip, bukan ROM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a zip archive without OTA metadata, payload.bin or updater-script: not a Recovery ROM</source>
        <translation>%1 adalah arsip zip tanpa metadata OTA, payload.bin, atau updater-script: bukan ROM Recovery</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a file</source>
        <translation>%1 bukan berkas</translation>
    </message>
</context>
<context>
    <name>RomOs</name>
    <message>
        <location filename="../src/core/catalog/xfupage.cpp" line="+45"/>
        <source>Firmware</source>
        <extracomment>The site&apos;s section of firmware-only zips (the phone&apos;s firmware partitions without the system)</extracomment>
        <translation>Firmware</translation>
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
        <translation>Terpasang</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <source>Newer</source>
        <extracomment>Badge of a version row: newer than the version on the connected phone</extracomment>
        <translation>Lebih baru</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Connected</source>
        <extracomment>Badge of a device row: this device is connected now</extracomment>
        <translation>Terhubung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New</source>
        <extracomment>Badge of a row: new since the previous catalog refresh</extracomment>
        <translation>Baru</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <location filename="../src/core/util/safefilename.cpp" line="+11"/>
        <source>the file name is empty</source>
        <translation>nama berkas kosong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a file name</source>
        <translation>&apos;%1&apos; bukan nama berkas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name &apos;%1&apos; contains &apos;..&apos;</source>
        <translation>nama berkas &apos;%1&apos; mengandung &apos;..&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name is longer than 255 bytes</source>
        <translation>nama berkas lebih dari 255 byte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name contains a control character</source>
        <translation>nama berkas mengandung karakter kontrol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name &apos;%1&apos; contains &apos;%2&apos;, which is not allowed in file names</source>
        <translation>nama berkas &apos;%1&apos; mengandung &apos;%2&apos;, yang tidak diizinkan dalam nama berkas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name &apos;%1&apos; starts with a space or ends with a dot or space</source>
        <translation>nama berkas &apos;%1&apos; diawali spasi atau diakhiri titik atau spasi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is a reserved device name on Windows</source>
        <translation>&apos;%1&apos; adalah nama perangkat yang dicadangkan di Windows</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file name &apos;%1&apos; leaves the download folder</source>
        <translation>nama berkas &apos;%1&apos; keluar dari folder unduhan</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/gui/singleinstance.cpp" line="+93"/>
        <source>The running Firmware Browser did not answer: %1</source>
        <translation>Firmware Browser yang sedang berjalan tidak menjawab: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Another Firmware Browser is running.</source>
        <translation>Firmware Browser lain sedang berjalan.</translation>
    </message>
</context>
<context>
    <name>VerifyFileDialog</name>
    <message>
        <location filename="../src/gui/verifyfiledialog.cpp" line="+32"/>
        <source>Verify File</source>
        <translation>Verifikasi berkas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Computing the MD5 of %1 (%2)…</source>
        <translation>Menghitung MD5 %1 (%2)…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the file</source>
        <translation>Berkas tidak dapat dibaca</translation>
    </message>
</context>
<context>
    <name>VerifyOutcome</name>
    <message>
        <location filename="../src/gui/verifyoutcome.cpp" line="+94"/>
        <source>Match — this is %1 of %2 (MD5 %3)</source>
        <translation>Cocok — ini %1 dari %2 (MD5 %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match (MD5 %1)</source>
        <translation>Cocok (MD5 %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mismatch — expected an MD5 starting with %1, got %2: do not flash this file</source>
        <translation>Tidak cocok — seharusnya MD5 diawali %1, didapat %2: jangan flash berkas ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mismatch — expected %1, got %2: do not flash this file</source>
        <translation>Tidak cocok — seharusnya %1, didapat %2: jangan flash berkas ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix match — the MD5 %1 starts with %2, the digits in the file name</source>
        <translation>Awalan cocok — MD5 %1 diawali %2, digit dalam nama berkas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No checksum known — the MD5 of this file is %1</source>
        <translation>Checksum tidak diketahui — MD5 berkas ini %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file was renamed; its bytes are exactly the catalog&apos;s %1.</source>
        <translation>Nama berkas telah diganti; isinya persis sama dengan %1 di katalog.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is complete and unchanged.</source>
        <translation>Berkas lengkap dan tidak berubah.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file differs from %1 of %2 in the catalog: it is damaged, incomplete or another build. Download it again.</source>
        <translation>Berkas berbeda dari %1 dari %2 di katalog: berkas rusak, tidak lengkap, atau build lain. Unduh lagi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MD5 digits in the file name do not match its bytes: it is damaged or incomplete. Download it again.</source>
        <translation>Digit MD5 dalam nama berkas tidak cocok dengan isinya: berkas rusak atau tidak lengkap. Unduh lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog lists %1 of %2 without an MD5, so only the first 10 hex digits could be checked.</source>
        <translation>Katalog mencantumkan %1 dari %2 tanpa MD5, jadi hanya 10 digit heksadesimal pertama yang dapat diperiksa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not in the catalog, so only the first 10 hex digits could be checked.</source>
        <translation>Berkas tidak ada di katalog, jadi hanya 10 digit heksadesimal pertama yang dapat diperiksa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 is in the catalog without an MD5. Compare the MD5 above with a trusted source before flashing.</source>
        <translation>%1 dari %2 ada di katalog tanpa MD5. Bandingkan MD5 di atas dengan sumber tepercaya sebelum mem-flash.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not in the catalog. Compare the MD5 above with a trusted source before flashing.</source>
        <translation>Berkas tidak ada di katalog. Bandingkan MD5 di atas dengan sumber tepercaya sebelum mem-flash.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Incomplete: the file is %1, %2 of %3 is %4. Download it again.</source>
        <translation>Tidak lengkap: berkas ini %1, sedangkan %2 dari %3 berukuran %4. Unduh lagi.</translation>
    </message>
</context>
<context>
    <name>VersionRequest</name>
    <message>
        <location filename="../src/gui/versionrequest.cpp" line="+75"/>
        <source>“%1” is not a link to xmfirmwareupdater.com.</source>
        <translation>“%1” bukan tautan ke xmfirmwareupdater.com.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a link to a device or version page of the website.</source>
        <translation>“%1” bukan tautan ke halaman perangkat atau versi di situs web.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>Expected a codename and a version, or a link to a version page.</source>
        <translation>Seharusnya nama kode dan versi, atau tautan ke halaman versi.</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <location filename="../src/gui/whatsnewdialog.cpp" line="+28"/>
        <source>What&apos;s New</source>
        <translation>Yang baru</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Cabang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Column header. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released</source>
        <extracomment>Column header: the release date</extracomment>
        <translation>Dirilis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ROM files</source>
        <translation>Berkas ROM baru</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No catalog refresh has brought a new file yet. Use View → Refresh Catalog (F5).</source>
        <translation>Belum ada pembaruan katalog yang membawa berkas baru. Gunakan Tampilan → Perbarui katalog (F5).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>, %Ln for your devices (in bold)</source>
        <translation>
            <numerusform>, %Ln untuk perangkat Anda (dicetak tebal)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — first seen by the refresh of %2. Double-click a row to show it.</source>
        <translation>%1 — pertama terlihat pada pembaruan %2. Klik ganda baris untuk menampilkannya.</translation>
    </message>
</context>
<context>
    <name>XfuPageReader</name>
    <message>
        <location filename="../src/core/catalog/xfupagereader.cpp" line="+64"/>
        <source>the &quot;%1&quot; item is not closed (truncated page?)</source>
        <translation>item “%1” tidak ditutup (halaman terpotong?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the &quot;%1&quot; item appears twice</source>
        <translation>item “%1” muncul dua kali</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the download link &quot;%1&quot; is not an http(s) URL</source>
        <translation>tautan unduhan “%1” bukan URL http(s)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the &quot;%1&quot; field is missing</source>
        <translation>kolom “%1” tidak ada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the &quot;%1&quot; field is empty</source>
        <translation>kolom “%1” kosong</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the package name &quot;%1&quot; is not a plain file name</source>
        <translation>nama paket “%1” bukan nama berkas biasa</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the MD5 &quot;%1&quot; is neither 32 hex digits nor &quot;Unknown&quot;</source>
        <translation>MD5 “%1” bukan 32 digit heksadesimal dan bukan “Unknown”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no Full ROM download link</source>
        <translation>tidak ada tautan unduhan Full ROM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the changelog is missing or not closed (truncated page?)</source>
        <translation>log perubahan tidak ada atau tidak ditutup (halaman terpotong?)</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+74"/>
        <source>it is %1 bytes long; a version page is under %2 bytes</source>
        <translation>ukurannya %1 byte; halaman versi kurang dari %2 byte</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>it is binary data, not a version page</source>
        <translation>ini data biner, bukan halaman versi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid UTF-8 text</source>
        <translation>ini bukan teks UTF-8 yang valid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has no front matter (the &quot;---&quot; block with title, codename and permalink)</source>
        <translation>tidak ada front matter (blok “---” berisi title, codename, dan permalink)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its permalink names &quot;%1&quot;, which is not a plain codename or version</source>
        <translation>permalink menyebut “%1”, yang bukan nama kode atau versi biasa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>card %1: %2</source>
        <translation>kartu %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it has no ROM cards</source>
        <translation>tidak ada kartu ROM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot open it: %1</source>
        <translation>tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>a firmware card has a &quot;%1&quot; field</source>
        <translation>kartu firmware memiliki kolom &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the MD5 &quot;%1&quot; is not 32 hex digits</source>
        <translation>MD5 &quot;%1&quot; bukan 32 digit heksadesimal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no firmware download button</source>
        <translation>tidak ada tombol unduh firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the download button asks for &quot;%1&quot;, not the package &quot;%2&quot;</source>
        <translation>tombol unduh meminta &quot;%1&quot;, bukan paket &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>its permalink &quot;%1&quot; is not /&lt;miui|hyperos|firmware&gt;/&lt;codename&gt;/&lt;branch&gt;/&lt;version&gt;/</source>
        <translation>permalink-nya &quot;%1&quot; bukan /&lt;miui|hyperos|firmware&gt;/&lt;codename&gt;/&lt;branch&gt;/&lt;version&gt;/</translation>
    </message>
</context>
<context>
    <name>YamlRecords</name>
    <message>
        <location filename="../src/core/feed/yamlrecords.cpp" line="+224"/>
        <source>not valid YAML (line %1, column %2): %3</source>
        <translation>YAML tidak valid (baris %1, kolom %2): %3</translation>
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
        <translation>Jelajahi katalog ROM Xiaomi Firmware Updater.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device codename (gemini), or a link to a version page on xmfirmwareupdater.com.</source>
        <translation>Nama kode perangkat (gemini), atau tautan ke halaman versi di xmfirmwareupdater.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version to open (7.6.8).</source>
        <translation>Versi yang dibuka (7.6.8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ROM file (.zip, .tgz) to verify against the catalog, or a saved version page (.html, .md) to import.</source>
        <translation>Berkas ROM (.zip, .tgz) untuk diverifikasi terhadap katalog, atau halaman versi tersimpan (.html, .md) untuk diimpor.</translation>
    </message>
</context>
<context>
    <name>md5OfFile</name>
    <message>
        <location filename="../src/core/util/filedigest.cpp" line="+30"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
</context>
</TS>
