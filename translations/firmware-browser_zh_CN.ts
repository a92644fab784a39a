<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="+29"/>
        <source>About Firmware Browser</source>
        <translation>关于 Firmware Browser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Catalog: %1&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;目录：%1&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Firmware Browser %1&lt;/h3&gt;&lt;p&gt;Find, inspect and download official Xiaomi ROMs.&lt;/p&gt;&lt;p&gt;The ROM catalog comes from %2 (XFU). Firmware Browser is not affiliated with Xiaomi.&lt;/p&gt;%3&lt;p&gt;License: %4 (GPL-3.0-or-later). This program comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Firmware Browser %1&lt;/h3&gt;&lt;p&gt;查找、查看并下载小米官方 ROM。&lt;/p&gt;&lt;p&gt;ROM 目录来自 %2（XFU）。Firmware Browser 与小米没有任何关联。&lt;/p&gt;%3&lt;p&gt;许可证：%4（GPL-3.0-or-later）。本程序不提供任何担保。&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xiaomi Firmware Updater</source>
        <translation>Xiaomi Firmware Updater</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU 通用公共许可证第 3 版或更高版本</translation>
    </message>
</context>
<context>
    <name>ArchivePath</name>
    <message>
        <location filename="../src/core/flash/archivepath.cpp" line="+20"/>
        <source>an entry has no name</source>
        <translation>某个条目没有名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry name &apos;%1&apos; is not valid UTF-8</source>
        <translation>条目名称“%1”不是有效的 UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry &apos;%1&apos; has an absolute path</source>
        <translation>条目“%1”使用了绝对路径</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry &apos;%1&apos; contains a backslash, a folder separator on Windows</source>
        <translation>条目“%1”含有反斜杠（Windows 上的文件夹分隔符）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry &apos;%1&apos; climbs out of its folder with &apos;..&apos;</source>
        <translation>条目“%1”通过“..”跳出了所在文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/flash/romextractor.cpp" line="+92"/>
        <source>the entry &apos;%1&apos; cannot be a file on every system: %2</source>
        <translation>条目“%1”无法在所有系统上成为文件：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the entry &apos;%1&apos; names no file</source>
        <translation>条目“%1”没有指明任何文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>the link &apos;%1&apos; points outside the folder (to &apos;%2&apos;)</source>
        <translation>链接“%1”指向文件夹之外（指向“%2”）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the link &apos;%1&apos; points at the folder itself</source>
        <translation>链接“%1”指向文件夹本身</translation>
    </message>
    <message>
        <location filename="../src/core/flash/romextractor.cpp" line="+16"/>
        <location line="+24"/>
        <location filename="../src/core/flash/rominspector.cpp" line="+69"/>
        <source>the archive holds &apos;%1&apos; twice (letter case aside)</source>
        <translation>压缩包中“%1”出现了两次（不计大小写）</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../src/core/flash/rominspector.cpp" line="+9"/>
        <source>the entry &apos;%1&apos; is a device, pipe or socket, not a file</source>
        <translation>条目“%1”是设备、管道或套接字，而不是文件</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../src/core/flash/archivereader.cpp" line="+87"/>
        <source>the archive is damaged</source>
        <translation>压缩包已损坏</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is neither a Fastboot ROM (.tgz) nor a Recovery ROM (.zip)</source>
        <translation>%1 既不是 Fastboot ROM（.tgz），也不是 Recovery ROM（.zip）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the archive is not open</source>
        <translation>压缩包未打开</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the archive holds more than %1 entries; a ROM holds a few hundred at most</source>
        <translation>压缩包中的条目超过 %1 个；ROM 最多只有几百个</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the archive unpacks to over %1 times its size (%2 bytes from %3): a decompression bomb, not a ROM</source>
        <translation>压缩包解压后超过自身大小的 %1 倍（由 %3 字节解出 %2 字节）：这是解压炸弹，不是 ROM</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 大于 %2 字节</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>CaptionLabel</name>
    <message>
        <location filename="../src/gui/fieldlabel.cpp" line="+195"/>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value in a form (&quot;Device:&quot;); Chinese writes the full-width colon (%1：)</extracomment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <location filename="../src/gui/catalogbrowser.cpp" line="+54"/>
        <source>Show only this section of the website</source>
        <extracomment>Section: a part of the website, MIUI, HyperOS, Firmware or Vendor</extracomment>
        <translation>仅显示网站的此版块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section filter</source>
        <extracomment>Section: a part of the website, MIUI, HyperOS, Firmware or Vendor</extracomment>
        <translation>版块筛选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only versions of this branch</source>
        <extracomment>Branch: a ROM&apos;s release channel (Stable, Weekly…)</extracomment>
        <translation>仅显示此分支的版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch filter</source>
        <extracomment>Branch: a ROM&apos;s release channel (Stable, Weekly…)</extracomment>
        <translation>分支筛选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only versions with a file of this type</source>
        <extracomment>Type: how a ROM is installed, Recovery or Fastboot</extracomment>
        <translation>仅显示含此类型文件的版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type filter</source>
        <extracomment>Type: how a ROM is installed, Recovery or Fastboot</extracomment>
        <translation>类型筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only versions for this region</source>
        <translation>仅显示此地区的版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region filter</source>
        <translation>地区筛选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search device, codename, version, file name or MD5</source>
        <translation>搜索设备、代号、版本、文件名或 MD5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Copy &amp;Link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open on &amp;Website</source>
        <translation>在网站上打开(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Collapse</source>
        <translation>折叠(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Expand</source>
        <translation>展开(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unpin from My Devices</source>
        <translation>从“我的设备”中取消固定(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pin to My Devices</source>
        <translation>固定到“我的设备”(&amp;P)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Any branch</source>
        <extracomment>Filter choice: versions of every branch (release channel: Stable, Weekly…)</extracomment>
        <translation>所有分支</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any type</source>
        <extracomment>Filter choice: files of every type (Recovery, Fastboot)</extracomment>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any region</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Any section</source>
        <extracomment>Filter choice: every section of the website (MIUI, HyperOS, Firmware, Vendor)</extracomment>
        <translation>所有版块</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing matches the search and filters.</source>
        <translation>没有与搜索和筛选条件匹配的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches in %1.</source>
        <translation>匹配结果：%1。</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>“%1” is not in the catalog.</source>
        <translation>目录中没有“%1”。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Copied the link to %1.</source>
        <translation>已复制指向 %1 的链接。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied “%1”.</source>
        <translation>已复制“%1”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pinned %1 to My devices.</source>
        <translation>已将 %1 固定到“我的设备”。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpinned %1.</source>
        <translation>已取消固定 %1。</translation>
    </message>
</context>
<context>
    <name>CatalogFile</name>
    <message>
        <location filename="../src/core/catalog/catalogfile.cpp" line="+196"/>
        <source>it is not a Firmware Browser catalog file</source>
        <translation>这不是 Firmware Browser 目录文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has catalog format %1; this version of the app reads format %2</source>
        <translation>其目录格式为 %1，而此版本的程序读取格式 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>its compressed data is damaged</source>
        <translation>其压缩数据已损坏</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it uses an unknown compression (%1)</source>
        <translation>其使用了未知的压缩方式（%1）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its string table is damaged or truncated</source>
        <translation>其字符串表已损坏或被截断</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>its records are damaged or truncated</source>
        <translation>其记录已损坏或被截断</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the embedded catalog %1 is missing from this build</source>
        <translation>此构建中缺少内置目录 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open it: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is %1 bytes long, too large for a catalog</source>
        <translation>其大小为 %1 字节，对目录而言过大</translation>
    </message>
</context>
<context>
    <name>CatalogFilterModel</name>
    <message numerus="yes">
        <location filename="../src/core/catalog/catalogfiltermodel.cpp" line="+217"/>
        <source>%1 of %Ln device(s)</source>
        <extracomment>The devices a search or filter leaves of a group&apos;s devices: &quot;2 of 243 devices&quot;</extracomment>
        <translation>
            <numerusform>%1/%Ln 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln version(s)</source>
        <extracomment>The versions a search or filter leaves of a device&apos;s versions: &quot;3 of 184 versions&quot;</extracomment>
        <translation>
            <numerusform>%1/%Ln 个版本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogRefresher</name>
    <message>
        <location filename="../src/gui/catalogrefresher.cpp" line="+215"/>
        <source>The catalog is up to date.</source>
        <translation>目录已是最新。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog refresh was refused, catalog from %1 kept: %2</source>
        <translation>目录更新被拒绝，保留 %1 的目录：%2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Offline — catalog from %1</source>
        <translation>离线 — 目录日期 %1</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The catalog is still loading.</source>
        <translation>目录仍在加载中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refreshing the catalog…</source>
        <translation>正在更新目录…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This firmware came from the catalog refresh; fetching its page for its MD5 and size…</source>
        <translation>此固件来自目录刷新；正在获取其页面以取得 MD5 和大小…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version came from the catalog refresh; fetching its page for the changelog and the other mirrors…</source>
        <translation>此版本来自目录更新；正在获取其页面以取得更新日志和其他镜像…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This firmware came from the catalog refresh: its MD5 and size are not known yet, and its page could not be fetched (%1). A download cannot be verified until it is.</source>
        <translation>此固件来自目录刷新：其 MD5 和大小尚不清楚，且无法获取其页面（%1）。在获取之前，下载无法校验。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version came from the catalog refresh: its changelog and other mirrors are not known yet, and its page could not be fetched (%1). Downloads use the one known link.</source>
        <translation>此版本来自目录更新：其更新日志和其他镜像暂时未知，且无法获取其页面（%1）。下载将使用唯一已知的链接。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>另有 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ROMs for your devices</source>
        <translation>您的设备有新的 ROM</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Catalog refreshed: no new files.</source>
        <translation>目录已更新：没有新文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog refreshed: %1 (View → What&apos;s New).</source>
        <extracomment>%1: the new files by kind, &quot;2 new ROM files, 1 new firmware file&quot;</extracomment>
        <translation>目录已更新：%1（查看 → 新增内容）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The catalog refresh looks cut short and was refused, catalog from %1 kept: %2</source>
        <translation>目录更新数据似乎不完整，已被拒绝，保留 %1 的目录：%2</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <location filename="../src/core/catalog/catalogstore.cpp" line="+48"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The saved catalog refresh (%1) could not be read: %2</source>
        <translation>无法读取已保存的目录更新（%1）：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Catalog refresh</source>
        <translation>目录更新</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your imported pages (%1) could not be read: %2</source>
        <translation>无法读取您导入的页面（%1）：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The catalog %1 could not be read: %2</source>
        <translation>无法读取目录 %1：%2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported pages</source>
        <translation>已导入的页面</translation>
    </message>
</context>
<context>
    <name>CatalogSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/catalogsummary.cpp" line="+10"/>
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln 个版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln 台设备</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>data of %1</source>
        <translation>数据日期 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln new ROM file(s)</source>
        <translation>
            <numerusform>%Ln 个新 ROM 文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new firmware file(s)</source>
        <extracomment>Firmware-only zips that a catalog refresh brought</extracomment>
        <translation>
            <numerusform>%Ln 个新固件文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new vendor package(s)</source>
        <extracomment>Vendor packages that a catalog refresh brought</extracomment>
        <translation>
            <numerusform>%Ln 个新 Vendor 包</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTerms</name>
    <message>
        <location filename="../src/gui/catalogterms.cpp" line="+10"/>
        <source>Stable</source>
        <extracomment>ROM branch: the stable release (Xiaomi China: 稳定版)</extracomment>
        <translation>稳定版</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stable Beta</source>
        <extracomment>ROM branch: a stable build tested before its release (Xiaomi China: 稳定内测版)</extracomment>
        <translation>稳定内测版</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly</source>
        <extracomment>ROM branch: the weekly developer build (Xiaomi China: 开发版)</extracomment>
        <translation>开发版</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public Beta</source>
        <extracomment>ROM branch: the public beta (Xiaomi China: 公测版)</extracomment>
        <translation>公测版</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery</source>
        <extracomment>ROM file type: a package installed by the phone&apos;s recovery (Xiaomi China: 卡刷包)</extracomment>
        <translation>卡刷包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastboot</source>
        <extracomment>ROM file type: images flashed over USB in fastboot mode (Xiaomi China: 线刷包)</extracomment>
        <translation>线刷包</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Firmware</source>
        <extracomment>One page or file of the Firmware section, in the singular: &quot;MI 5 Global · Firmware V10.2.2.0.OAAMIXM Stable&quot;</extracomment>
        <translation>固件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vendor</source>
        <extracomment>One page or file of the Vendor section, in the singular: &quot;Mi 5s Global · Vendor 9.6.27 Weekly&quot;</extracomment>
        <translation>Vendor 包</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>China</source>
        <extracomment>ROM region (the market a ROM is built for)</extracomment>
        <translation>中国版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global</source>
        <translation>国际版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EEA</source>
        <translation>欧洲版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>俄罗斯版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>印度版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>印尼版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>台湾版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>土耳其版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>日本版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korea</source>
        <translation>韩国版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>新加坡版</translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message numerus="yes">
        <location filename="../src/core/catalog/catalogtreemodel.cpp" line="+79"/>
        <source>%Ln vendor package(s)</source>
        <extracomment>Contents of a vendor version in the catalog tree</extracomment>
        <translation>
            <numerusform>%Ln 个 Vendor 包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln firmware zip(s)</source>
        <extracomment>Contents of a firmware version in the catalog tree: its firmware-only zips</extracomment>
        <translation>
            <numerusform>%Ln 个固件 zip</numerusform>
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
        <translation>上次目录更新后新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed on the connected phone</source>
        <translation>已安装在所连接的手机上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newer than the version on the connected phone</source>
        <translation>比所连接手机上的版本更新</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>My devices</source>
        <translation>我的设备</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+9"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln 个版本</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Device / Version</source>
        <translation>设备 / 版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Released</source>
        <extracomment>Column header: the release date</extracomment>
        <translation>发布日期</translation>
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
        <translation>内容</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>, </source>
        <extracomment>Between the items of a short list in a cell: &quot;Recovery, Fastboot&quot; (Chinese: 、)</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CatalogUpdater</name>
    <message>
        <location filename="../src/core/feed/catalogupdater.cpp" line="+316"/>
        <source>Refresh cancelled.</source>
        <translation>已取消更新。</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>The catalog is up to date (not modified since %1).</source>
        <translation>目录已是最新（自 %1 起未修改）。</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>it lists %1 firmware records, under half of the %2 of the last good feed: it looks cut short</source>
        <translation>其中只有 %1 条固件记录，不到上一次正常更新源 %2 条的一半：似乎被截断了</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>The firmware list is up to date (not modified since %1).</source>
        <translation>固件列表已是最新（自 %1 起未修改）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Catalog refreshed from %1: %Ln new file(s)</source>
        <translation>
            <numerusform>已从 %1 更新目录：新增 %Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Firmware list refreshed from %1: %Ln new file(s)</source>
        <translation>
            <numerusform>已从 %1 更新固件列表：新增 %Ln 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+12"/>
        <source>firmware list: %1</source>
        <translation>固件列表：%1</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>it lists %1 ROM records, under half of the %2 of the last good feed: it looks cut short</source>
        <translation>其中只有 %1 条 ROM 记录，不到上一次正常更新源 %2 条的一半：似乎被截断了</translation>
    </message>
</context>
<context>
    <name>ChangelogView</name>
    <message>
        <location filename="../src/gui/changelogview.cpp" line="+32"/>
        <source>Changelog</source>
        <translation>更新日志</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide changelog</source>
        <translation>隐藏更新日志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show changelog</source>
        <translation>显示更新日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the changelog of this file</source>
        <translation>隐藏此文件的更新日志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the changelog of this file</source>
        <translation>显示此文件的更新日志</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="+22"/>
        <source>Branch (Stable, Weekly, ...).</source>
        <extracomment>Stable, Weekly: branch names (a ROM&apos;s release channel), which stay in English</extracomment>
        <translation>分支（Stable、Weekly 等）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type (Recovery or Fastboot).</source>
        <extracomment>Recovery, Fastboot: how a ROM is installed; the names stay in English</extracomment>
        <translation>类型（Recovery 或 Fastboot）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region (Global, China, EEA, ...).</source>
        <translation>地区（Global、China、EEA 等）。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>list takes no arguments, only options</source>
        <translation>list 不接受参数，只接受选项</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no ROM file matches</source>
        <translation>没有匹配的 ROM 文件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show needs CODENAME and VERSION, e.g. &apos;firmware-cli show gemini 7.6.8&apos;</source>
        <translation>show 需要 CODENAME 和 VERSION，例如 &apos;firmware-cli show gemini 7.6.8&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/cli/refreshcommands.cpp" line="+237"/>
        <source>no device with the codename &apos;%1&apos; (the site&apos;s device folder, as in its links)</source>
        <translation>没有代号为 &apos;%1&apos; 的设备（即网站上的设备文件夹名，与其链接中的一致）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no version &apos;%2&apos;</source>
        <translation>%1 没有版本 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>import needs one FILE, a saved XFU version page</source>
        <translation>import 需要一个 FILE，即已保存的 XFU 版本页面</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %1 %2 (%Ln file(s)) into %3</source>
        <translation>
            <numerusform>已将 %1 %2（%Ln 个文件）导入到 %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+198"/>
        <source>Run &apos;firmware-cli --help&apos; for usage.</source>
        <translation>运行 &apos;firmware-cli --help&apos; 查看用法。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Catalog file to use.</source>
        <translation>要使用的目录文件。</translation>
    </message>
    <message>
        <location filename="../src/cli/devicecommands.cpp" line="+59"/>
        <source>The adb program (default: Preferences, else PATH).</source>
        <translation>adb 程序（默认：首选项中的设置，否则从 PATH 查找）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fastboot program (default: Preferences, else PATH).</source>
        <translation>fastboot 程序（默认：首选项中的设置，否则从 PATH 查找）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone to use when several are connected.</source>
        <translation>连接了多台手机时要使用的那一台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds each adb / fastboot command may take (20).</source>
        <translation>每条 adb / fastboot 命令允许的秒数（20）。</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+2"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <location filename="../src/cli/devicecommands.cpp" line="+91"/>
        <source>device takes no arguments, only options</source>
        <translation>device 不接受参数，只接受选项</translation>
    </message>
    <message>
        <location line="-72"/>
        <location filename="../src/cli/downloadcommands.cpp" line="+89"/>
        <location filename="../src/cli/refreshcommands.cpp" line="-87"/>
        <source>--timeout wants a number of seconds, not &apos;%1&apos;</source>
        <translation>--timeout 需要秒数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>phone %1 (%2, %3): %4</source>
        <translation>手机 %1（%2，%3）：%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without serial</source>
        <translation>无序列号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no readable phone with the serial &apos;%1&apos;</source>
        <translation>没有序列号为 &apos;%1&apos; 的可读取手机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no phone found. Connect it by USB with USB debugging on (Settings → Additional settings → Developer options), or start it in fastboot mode.</source>
        <translation>未找到手机。请通过 USB 连接并打开 USB 调试（设置 → 更多设置 → 开发者选项），或将手机启动到 fastboot 模式。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>several phones are connected; choose one with --serial SERIAL:</source>
        <translation>连接了多台手机；请用 --serial SERIAL 选择一台：</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../src/cli/flashcommands.cpp" line="+226"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1 (%2, serial %3)</source>
        <translation>手机：%1（%2，序列号 %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codename: %1</source>
        <translation>代号：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant: %1</source>
        <translation>变体：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware region: %1 (ro.boot.hwc = %2)</source>
        <translation>硬件地区：%1（ro.boot.hwc = %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed version: %1</source>
        <translation>已安装版本：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android: %1</source>
        <translation>Android：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anti-rollback index: %1</source>
        <translation>防回滚（anti-rollback）索引：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog device: %1</source>
        <translation>目录中的设备：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(also listed under %1)</source>
        <translation>（也列在 %1 下）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installed version&apos;s page: %1</source>
        <translation>已安装版本的页面：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newer versions for its region and branch: %1</source>
        <translation>其地区和分支的更新版本：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended ROMs (best first):</source>
        <translation>推荐的 ROM（最佳的在前）：</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-61"/>
        <source>Download folder (default: the current folder).</source>
        <translation>下载文件夹（默认：当前文件夹）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed attempts in a row without new bytes before giving up (10).</source>
        <translation>连续多少次失败且无新数据后放弃（10）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds without a byte that count as a stall (30).</source>
        <translation>多少秒收不到数据视为停滞（30）。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--retries wants a number of attempts, not &apos;%1&apos;</source>
        <translation>--retries 需要尝试次数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>trying mirror %1/%2: %3</source>
        <translation>正在尝试镜像 %1/%2：%3</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>interrupted; run the same command again to resume %1</source>
        <translation>已中断；再次运行相同命令即可继续 %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>verified (MD5 matches)</source>
        <translation>已校验（MD5 一致）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prefix verified (no MD5 known; the MD5 starts with the %1 digits in the file name)</source>
        <translation>前缀已校验（MD5 未知；MD5 以文件名中的数字 %1 开头）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>completed, not verified (no checksum known)</source>
        <translation>已完成，未校验（校验和未知）</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+191"/>
        <source>already downloaded, %1</source>
        <translation>已下载过，%1</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>stopped: %1; the partial file stays for a resume: %2</source>
        <translation>已停止：%1；保留未完成的文件以便继续：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>failed: %1; the partial file stays: %2</source>
        <translation>失败：%1；未完成的文件已保留：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed: %1; nothing was kept</source>
        <translation>失败：%1；未保留任何文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed: %1; the partial file stays for a resume: %2</source>
        <translation>失败：%1；保留未完成的文件以便继续：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery or Fastboot.</source>
        <translation>Recovery 或 Fastboot。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mirror host to try first (bn.d.miui.com).</source>
        <translation>首先尝试的镜像主机（bn.d.miui.com）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>download wants CODENAME VERSION</source>
        <translation>download 需要 CODENAME VERSION</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no version %1 for the device folder %2 in the catalog</source>
        <translation>目录中设备文件夹 %2 没有版本 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no %1 file on this page</source>
        <translation>此页面上没有 %1 文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this version has several files; choose one with --type:</source>
        <translation>此版本有多个文件；请用 --type 选择一个：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refused the catalog&apos;s file name: %1</source>
        <translation>已拒绝目录中的文件名：%1</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>Expected MD5 (32 hex digits).</source>
        <translation>预期的 MD5（32 位十六进制数字）。</translation>
    </message>
    <message>
        <location line="+362"/>
        <source>Expected size in bytes.</source>
        <translation>预期的大小（字节）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local file name (default: the URL&apos;s last segment).</source>
        <translation>本地文件名（默认：URL 的最后一段）。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>fetch wants a URL (and maybe other URLs of the same file, as mirrors)</source>
        <translation>fetch 需要一个 URL（也可附上同一文件的其他 URL 作为镜像）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; 不是 http 或 https 地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>&apos;%1&apos; is not an MD5 (32 hex digits)</source>
        <translation>&apos;%1&apos; 不是 MD5（32 位十六进制数字）</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>--size wants a number of bytes, not &apos;%1&apos;</source>
        <translation>--size 需要字节数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refused the file name: %1 (choose one with --name)</source>
        <translation>已拒绝文件名：%1（请用 --name 指定）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>verify wants one FILE</source>
        <translation>verify 需要一个 FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/flashcommands.cpp" line="-49"/>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no checksum known for %1 (not in the catalog, or its MD5 is Unknown); use --md5</source>
        <translation>%1 没有已知的校验和（不在目录中，或其 MD5 为 Unknown）；请使用 --md5</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>match (prefix): the MD5 %1 starts with the file name&apos;s %2; no full MD5 is known: %3</source>
        <translation>匹配（前缀）：MD5 %1 以文件名中的 %2 开头；完整 MD5 未知：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>match: MD5 %1: %2</source>
        <translation>匹配：MD5 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mismatch: MD5 %1, expected %2: %3</source>
        <translation>不匹配：MD5 为 %1，预期 %2：%3</translation>
    </message>
    <message>
        <location filename="../src/cli/refreshcommands.cpp" line="-131"/>
        <source>Fetch the feed from URL instead of upstream.</source>
        <translation>从 URL 获取更新源，而不是上游。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch the firmware feed from URL instead of upstream. With only one of --source and --firmware-source, only that feed is refreshed.</source>
        <translation>从 URL 获取固件更新源，而不是上游。只给出 --source 和 --firmware-source 之一时，只刷新该更新源。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for the feed (30).</source>
        <translation>等待更新源的秒数（30）。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>refresh takes no arguments, only options</source>
        <translation>refresh 不接受参数，只接受选项</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--source wants an http(s) URL, not &apos;%1&apos;</source>
        <translation>--source 需要 http(s) 地址，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--firmware-source wants an http(s) URL, not &apos;%1&apos;</source>
        <translation>--firmware-source 需要 http(s) 地址，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the firmware feed looks cut short, refused: %1</source>
        <translation>固件更新源似乎被截断，已拒绝：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the feed was refused: %1</source>
        <translation>更新源被拒绝：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the firmware feed was refused: %1</source>
        <translation>固件更新源被拒绝：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>catalog unchanged (data from %1)</source>
        <translation>目录未变（数据日期 %1）</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>not modified</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added %1, updated %2 (from %3)</source>
        <translation>新增 %1，更新 %2（来自 %3）</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Only this region (Global, China, EEA, ...).</source>
        <translation>仅此地区（Global、China、EEA 等）。</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>latest needs a CODENAME, e.g. &apos;firmware-cli latest gemini&apos;</source>
        <translation>latest 需要 CODENAME，例如 &apos;firmware-cli latest gemini&apos;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has no ROM for the region &apos;%2&apos;</source>
        <translation>%1 没有地区 &apos;%2&apos; 的 ROM</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="-16"/>
        <source>A version page saved from the site (HTML).</source>
        <translation>从网站保存的版本页面（HTML）。</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+7"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the ROM files of the catalog, one per card per version page</source>
        <translation>目录中的 ROM 文件，每个版本页面的每张卡片一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cards of a version page</source>
        <translation>版本页面的卡片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a saved XFU version page to your catalog</source>
        <translation>将已保存的 XFU 版本页面加入您的目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the newest file of a device per branch, type and region</source>
        <translation>设备在每个分支、类型和地区下的最新文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the ROMs published since the catalog was made (upstream latest.yml)</source>
        <translation>添加目录生成后发布的 ROM（上游 latest.yml）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>download a catalog file from its mirrors, check its size and MD5</source>
        <translation>从镜像下载目录中的文件，并校验其大小和 MD5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>download any URL, the other URLs as mirrors of the same file</source>
        <translation>下载任意 URL，其他 URL 作为同一文件的镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hash FILE; without --md5 the catalog&apos;s MD5 for its name</source>
        <translation>计算 FILE 的哈希；不带 --md5 时与目录中同名文件的 MD5 比对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the phone connected by USB (adb or fastboot mode) and the ROMs for it</source>
        <translation>通过 USB 连接的手机（adb 或 fastboot 模式）及适合它的 ROM</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Usage: firmware-cli COMMAND [OPTIONS]
Find and inspect official Xiaomi MIUI / HyperOS ROMs (data: Xiaomi Firmware Updater).
</source>
        <translation>用法：firmware-cli COMMAND [OPTIONS]
查找并查看小米官方 MIUI / HyperOS ROM（数据来源：Xiaomi Firmware Updater）。
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>命令：</translation>
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
        <translation>&apos;firmware-cli COMMAND --help&apos; 说明某个命令的选项和参数。
  -h, --help           显示此帮助；  -v, --version  显示版本

退出码：
  0  完成（download/fetch：已校验、前缀已校验或校验和未知：
     最后一行会说明是哪一种）
  1  用法错误或输入被拒绝（stderr 中有明确说明）
  2  网络或磁盘故障（已重试；.part 保留以便继续），
     或所有镜像都表示文件已不存在
  3  校验和或大小不一致（不保留最终文件和 .part）
  4  未找到任何内容（verify：校验和未知）
  130 已中断（Ctrl+C；.part 保留以便继续）
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-179"/>
        <source>The http(s) URL of the file.</source>
        <translation>文件的 http(s) URL。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other URLs of the same file, tried when the first fails.</source>
        <translation>同一文件的其他 URL，第一个失败时使用。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The file to check.</source>
        <translation>要校验的文件。</translation>
    </message>
    <message>
        <location filename="../src/cli/refreshcommands.cpp" line="-62"/>
        <source>the feed looks cut short, refused: %1</source>
        <translation>更新源似乎被截断，已拒绝：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-129"/>
        <source>what a ROM file holds (product, anti-rollback index, flash scripts, images), and with --phone whether it fits the connected phone</source>
        <translation>ROM 文件的内容（产品、防回滚索引、刷机脚本、镜像），加 --phone 时还检查它是否适合已连接的手机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unpack a Fastboot ROM safely, ready for its flash scripts</source>
        <translation>安全地解压 Fastboot ROM，以便运行其刷机脚本</translation>
    </message>
    <message>
        <location filename="../src/cli/flashcommands.cpp" line="-145"/>
        <source>reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extracting %1</source>
        <translation>正在解压 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifying %1</source>
        <translation>正在校验 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check the ROM against the phone connected by USB (adb or fastboot mode).</source>
        <translation>检查 ROM 是否适合通过 USB 连接的手机（adb 或 fastboot 模式）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to unpack into (default: the ROM file&apos;s folder).</source>
        <translation>解压到的文件夹（默认：ROM 文件所在的文件夹）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ROM file: a Fastboot .tgz or a Recovery .zip.</source>
        <translation>ROM 文件：Fastboot .tgz 或 Recovery .zip。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Fastboot ROM (.tgz).</source>
        <translation>Fastboot ROM（.tgz）。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: Fastboot ROM</source>
        <translation>类型：Fastboot ROM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: Recovery ROM (payload.bin: an A/B update)</source>
        <translation>类型：Recovery ROM（payload.bin：A/B 更新）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind: Recovery ROM</source>
        <translation>类型：Recovery ROM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anti-rollback index: %1 (from %2; the scripts compare it with fastboot getvar %3)</source>
        <translation>防回滚索引：%1（来自 %2；脚本会将其与 fastboot getvar %3 比较）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anti-rollback index: %1 (the check is commented out in the scripts: they do not check)</source>
        <translation>防回滚索引：%1（脚本中的检查已被注释掉：脚本不做检查）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback index: %1 (the scripts do not check it)</source>
        <translation>防回滚索引：%1（脚本不检查它）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scripts:</source>
        <translation>脚本：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[recommended]</source>
        <translation>[推荐]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metadata:</source>
        <translation>元数据：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Images (%1, %2 unpacked):</source>
        <translation>镜像（%1 个，解压后 %2）：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files (%1, %2 unpacked):</source>
        <translation>文件（%1 个，解压后 %2）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extraction would refuse this archive: %1</source>
        <translation>解压会拒绝此压缩包：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>inspect wants one FILE</source>
        <translation>inspect 需要一个 FILE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot inspect %1: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phone: %1 (%2, serial %3), anti-rollback index %4</source>
        <translation>手机：%1（%2，序列号 %3），防回滚索引 %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>extract wants one FILE</source>
        <translation>extract 需要一个 FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interrupted; nothing was kept</source>
        <translation>已中断；未保留任何内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot extract %1: %2</source>
        <translation>无法解压 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>extracted: %1</source>
        <translation>已解压：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="-186"/>
        <source>The device named TEXT (marketing name, device name or codename); when no device has that name, every one whose name or codename contains TEXT.</source>
        <translation>名为 TEXT 的设备（市场名称、设备名称或代号）；若没有设备叫这个名字，则列出名称或代号包含 TEXT 的所有设备。</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-43"/>
        <source>The site&apos;s device folder, as in its links (gemini, angelicain), in any letter case; a phone&apos;s variant (gemini_global) finds its base folder.</source>
        <translation>网站上的设备文件夹名，与其链接中一致（gemini、angelicain），不区分大小写；手机的变体名（gemini_global）会找到其基础文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The version as the site writes it (7.6.8, V14.0.3.0.TKHMIXM), with or without the leading V.</source>
        <translation>网站上写法的版本号（7.6.8、V14.0.3.0.TKHMIXM），开头的 V 可有可无。</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 wants one of %2 (in any letter case), not &apos;%3&apos;</source>
        <translation>%1 的取值应为 %2 之一（不区分大小写），而不是“%3”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; could mean any of %2 of %3; write the version as the site does</source>
        <translation>“%1”可能指 %3 的 %2 中任一版本；请按网站上的写法输入版本号</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-450"/>
        <source>-o wants a folder, not an empty name</source>
        <translation>-o 需要一个文件夹，而不是空名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a folder; -o wants a folder</source>
        <translation>%1 是文件而不是文件夹；-o 需要一个文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot make the folder %1: %2 is not a folder</source>
        <translation>无法创建文件夹 %1：%2 不是文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write into the folder %1: %2</source>
        <translation>无法写入文件夹 %1：%2</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>no such file: %1</source>
        <translation>没有这个文件：%1</translation>
    </message>
    <message>
        <location line="-482"/>
        <source>At most M connections at once, over every mirror of the file (8; 1: one mirror at a time).</source>
        <translation>同时最多 M 个连接，分布在文件的所有镜像上（8；1：一次只用一个镜像）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N connections to one host (4).</source>
        <translation>每个主机最多 N 个连接（4）。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>--connections wants a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--connections 需要 1 到 %1 之间的数字，而不是“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--per-host wants a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--per-host 需要 1 到 %1 之间的数字，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="+30"/>
        <source>no download link published</source>
        <translation>未发布下载链接</translation>
    </message>
    <message>
        <location line="+127"/>
        <location filename="../src/cli/downloadcommands.cpp" line="+257"/>
        <source>%1 %2 has no %3 page</source>
        <translation>%1 %2 没有 %3 页面</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-264"/>
        <source>The site&apos;s section: miui, hyperos, firmware (firmware-only zips) or vendor (vendor packages).</source>
        <extracomment>miui, hyperos, firmware, vendor: the site&apos;s sections, typed as they are</extracomment>
        <translation>网站的分区：miui、hyperos、firmware（仅固件 zip）或 vendor（vendor 包）。</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="+19"/>
        <source>this version has several files:</source>
        <translation>此版本有多个文件：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no download link published for %1</source>
        <translation>%1 未发布下载链接</translation>
    </message>
</context>
<context>
    <name>ConditionalFetch</name>
    <message>
        <location filename="../src/core/feed/conditionalfetch.cpp" line="+71"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server announced %1, more than the %2 allowed</source>
        <translation>服务器声明大小为 %1，超过了允许的 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the answer is larger than the %1 allowed</source>
        <translation>响应超过了允许的 %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no answer from %1 in time</source>
        <translation>%1 未及时响应</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 返回 HTTP %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered HTTP %2, not the document</source>
        <translation>%1 返回 HTTP %2，而不是文档</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../src/gui/copyablefield.cpp" line="+24"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy the %1</source>
        <translation>复制%1</translation>
    </message>
</context>
<context>
    <name>CounterpartLinks</name>
    <message>
        <location filename="../src/gui/counterpartlinks.cpp" line="+70"/>
        <source>Firmware only</source>
        <extracomment>Link of a ROM page to the firmware-only zip of the same version, as the website calls it</extracomment>
        <translation>仅固件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the firmware-only zip of this version: its firmware partitions without the system, for those who run a custom ROM</source>
        <translation>显示此版本的仅固件 zip：只含固件分区、不含系统，供使用第三方 ROM 的用户</translation>
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
        <translation>显示此版本的 ROM 页面</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../src/gui/detailspane.cpp" line="+44"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2 %3 %4</source>
        <translation>%1 · %2 %3 %4</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No catalog loaded.</source>
        <translation>未加载目录。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open on &amp;Website</source>
        <translation>在网站上打开(&amp;W)</translation>
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
        <translation>%1 设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>代号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>版本数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest</source>
        <extracomment>The newest version of the device</extracomment>
        <translation>最新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a version in the list to see its files.</source>
        <translation>在列表中选择一个版本以查看其文件。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a device, then one of its versions.</source>
        <translation>先选择设备，再选择它的一个版本。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page notice</source>
        <translation>页面提示</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Search for your phone above — its name, codename or a version — or connect it by USB and press Detect Phone. Then pick a version to see its files.</source>
        <translation>在上方搜索您的手机（名称、代号或版本），或用 USB 连接手机后点击“检测手机”。然后选择一个版本查看其文件。</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Hidden by the search</source>
        <translation>被搜索隐藏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search and filters hide this version: select one of the results, or clear the search (Esc) to download this one.</source>
        <translation>搜索和筛选条件隐藏了此版本：请选择一个结果，或清除搜索（Esc）后再下载此版本。</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="+27"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown phone</source>
        <translation>未知手机</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+69"/>
        <source>Recommended ROMs</source>
        <translation>推荐的 ROM</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Connect the phone by USB with USB debugging on, or in fastboot mode, then detect it.</source>
        <translation>请通过 USB 连接手机并打开 USB 调试，或进入 fastboot 模式，然后进行检测。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phone:</source>
        <translation>手机(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected phones</source>
        <translation>已连接的手机</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Notes about the phone</source>
        <translation>关于此手机的说明</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Column header. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest ROM per branch and type for the phone&apos;s region first; Enter or a double click opens the version</source>
        <translation>手机所在地区每个分支和类型的最新 ROM 排在前面；按 Enter 或双击打开该版本</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>代号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variant</source>
        <extracomment>The phone&apos;s build variant, e.g. alioth_global</extracomment>
        <translation>变体</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed</source>
        <extracomment>The ROM version installed on the phone</extracomment>
        <translation>已安装</translation>
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
        <translation>防回滚</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <extracomment>How the phone is connected: adb or fastboot</extracomment>
        <translation>连接方式</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Looking for a phone…</source>
        <translation>正在查找手机…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No phone found. Connect it by USB with USB debugging on (Settings → Additional settings → Developer options), or start it in fastboot mode, then detect again.</source>
        <translation>未找到手机。请通过 USB 连接并打开 USB 调试（设置 → 更多设置 → 开发者选项），或将手机启动到 fastboot 模式，然后重新检测。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 hardware</source>
        <translation>%1 硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (hardware: %2)</source>
        <translation>%1（硬件：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>%1 · serial %2</source>
        <translation>%1 · 序列号 %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The installed version is the newest for its region and branch.</source>
        <translation>已安装的版本是其地区和分支的最新版本。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The firmware of the installed version without its system, for those who run a custom ROM.</source>
        <translation>已安装版本的固件，不含系统，供使用第三方 ROM 的用户。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Phones connected: %1. Pick one.</source>
        <translation>已连接手机：%1 台。请选择一台。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Newer versions for its region and branch: %1, marked “Newer” in the tree.</source>
        <translation>其地区和分支的更新版本：%1，已在树中标为“更新”。</translation>
    </message>
</context>
<context>
    <name>DeviceProbe</name>
    <message>
        <location filename="../src/core/phone/deviceprobe.cpp" line="+29"/>
        <source>This user may not open the phone&apos;s USB device. On Linux, install udev rules for Android phones (Debian/Ubuntu: sudo apt install android-sdk-platform-tools-common), make sure you are in the plugdev group, then unplug the phone and plug it in again.</source>
        <translation>当前用户无权打开手机的 USB 设备。在 Linux 上，请安装 Android 手机的 udev 规则（Debian/Ubuntu：sudo apt install android-sdk-platform-tools-common），确认您在 plugdev 组中，然后拔下手机再重新插上。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The phone has not allowed USB debugging from this computer. Unlock it, tap “Allow” in the “Allow USB debugging?” prompt, then detect again.</source>
        <translation>手机尚未允许此电脑进行 USB 调试。请解锁手机，在“允许 USB 调试吗？”提示中点击“允许”，然后重新检测。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The phone is connected but does not answer. Unplug it and plug it in again; if that does not help, run “adb kill-server” and detect again.</source>
        <translation>手机已连接但没有响应。请拔下后重新插上；如果仍不行，请运行“adb kill-server”后重新检测。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone is still connecting. Wait a moment, then detect again.</source>
        <translation>手机仍在连接中。请稍候，然后重新检测。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone is in “%1” mode. Start Android with USB debugging on, or fastboot mode, then detect again.</source>
        <translation>手机处于“%1”模式。请启动 Android 并打开 USB 调试，或进入 fastboot 模式，然后重新检测。</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>“%1” did not answer within %2 s and was stopped.</source>
        <translation>“%1”在 %2 秒内没有响应，已被终止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” could not be started: %2</source>
        <translation>无法启动“%1”：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” crashed.</source>
        <translation>“%1”崩溃了。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” failed (exit code %2).</source>
        <translation>“%1”失败（退出码 %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” failed: %2</source>
        <translation>“%1”失败：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not installed. On Debian or Ubuntu: sudo apt install adb fastboot. On Windows or macOS, install Android&apos;s platform-tools and set the path to %1 in Preferences → Phone (firmware-cli: %2 PATH).</source>
        <translation>未安装 %1。Debian 或 Ubuntu：sudo apt install adb fastboot。Windows 或 macOS：请安装 Android 的 platform-tools，并在 首选项 → 手机 中设置 %1 的路径（firmware-cli：%2 PATH）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not found at %2. Correct the path in Preferences → Phone (firmware-cli: %3 PATH).</source>
        <translation>在 %2 未找到 %1。请在 首选项 → 手机 中更正路径（firmware-cli：%3 PATH）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a program (%2). Correct the path in Preferences → Phone (firmware-cli: %3 PATH).</source>
        <translation>%1 不是程序（%2）。请在 首选项 → 手机 中更正路径（firmware-cli：%3 PATH）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unplug the phone and plug it in again, or run “adb kill-server”, then detect again.</source>
        <translation>请拔下手机再重新插上，或运行“adb kill-server”，然后重新检测。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unplug the phone and plug it in again, then detect again.</source>
        <translation>请拔下手机再重新插上，然后重新检测。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phone answered “%1” without any property.</source>
        <translation>手机返回了“%1”，但没有任何属性。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restart the phone into fastboot mode (hold Volume Down while powering on), then detect again.</source>
        <translation>请将手机重启到 fastboot 模式（开机时按住音量减键），然后重新检测。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The phone did not say which product it is.</source>
        <translation>手机未报告其产品型号。</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <location filename="../src/core/download/downloadtypes.cpp" line="+96"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying</source>
        <translation>正在重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prefix verified</source>
        <translation>前缀已校验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retrying in %1 s: %2</source>
        <translation>%1 秒后重试：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already downloaded, %1</source>
        <translation>已下载过，%1</translation>
    </message>
    <message>
        <location filename="../src/core/download/httpchecks.cpp" line="+115"/>
        <source>server unreachable (connection refused)</source>
        <translation>无法访问服务器（连接被拒绝）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection closed by the server</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>network unavailable</source>
        <translation>网络不可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused an insecure redirect (https to http)</source>
        <translation>已拒绝不安全的重定向（https 到 http）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS error: %1</source>
        <translation>TLS 错误：%1</translation>
    </message>
    <message>
        <location filename="../src/core/download/targetlock.cpp" line="+33"/>
        <source>already being downloaded by another process (pid %1)</source>
        <translation>另一个进程正在下载此文件（pid %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already being downloaded by another process</source>
        <translation>另一个进程正在下载此文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the lock file %1: permission denied</source>
        <translation>无法创建锁文件 %1：权限不足</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the lock file %1</source>
        <translation>无法创建锁文件 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/download/downloadtypes.cpp" line="+42"/>
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln 个连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln mirror(s)</source>
        <translation>
            <numerusform>%Ln 个镜像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %Ln connection(s), %2/s</source>
        <translation>
            <numerusform>%1：%Ln 个连接，%2/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadListModel</name>
    <message>
        <location filename="../src/core/download/downloadlistmodel.cpp" line="+52"/>
        <source>/s</source>
        <extracomment>Per second, after a size: &quot;2.5 MB/s&quot;</extracomment>
        <translation>/秒</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
%2
from mirror %3 of %4: %5</source>
        <translation>%1
%2
来自第 %3 个镜像（共 %4 个）：%5</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <extracomment>Column header: the download&apos;s state and how far it got</extracomment>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mirror</source>
        <extracomment>Column header: the server (one of several copies of the file) a download comes from</extracomment>
        <translation>镜像</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../src/core/download/downloadmanager.cpp" line="+118"/>
        <source>%1 is already in the download queue</source>
        <translation>%1 已在下载队列中</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DownloadNotifier</name>
    <message>
        <location filename="../src/gui/downloadnotifier.cpp" line="+66"/>
        <source>No downloads running</source>
        <translation>没有正在进行的下载</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln download(s)</source>
        <translation>
            <numerusform>%Ln 个下载</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 % (%3 of %4)</source>
        <translation>%1：%2%（%3 / %4）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download complete</source>
        <translation>下载完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Show Firmware Browser</source>
        <translation>显示 Firmware Browser(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause All Downloads</source>
        <translation>暂停全部下载(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume All Downloads</source>
        <translation>继续全部下载(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DownloadTransfer</name>
    <message>
        <location filename="../src/core/download/downloadtransfer.cpp" line="+142"/>
        <location filename="../src/core/download/downloadtransferlead.cpp" line="+109"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write the file (%1); free some space and resume</source>
        <translation>无法写入文件（%1）；请释放空间后继续</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>removed by Xiaomi from all mirrors</source>
        <translation>小米已从所有镜像中删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file is gone from every mirror</source>
        <translation>所有镜像上都已没有该文件</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadtransferlead.cpp" line="-14"/>
        <source>not enough space: %1 needed, %2 free; free some space and resume</source>
        <translation>空间不足：需要 %1，可用 %2；请释放空间后继续</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the connection ended after %1 of %2 bytes</source>
        <translation>连接在 %1 / %2 字节后中断</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection ended after %1 bytes</source>
        <translation>连接在 %1 字节后中断</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1; the server answered every resume with the whole file from byte 0 (HTTP 200), and no attempt got past byte %2 of %3</source>
        <translation>%1；服务器对每次续传都从第 0 字节返回整个文件（HTTP 200），没有一次尝试超过第 %2 字节（共 %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; the server answered every resume with the whole file from byte 0 (HTTP 200), and no attempt got past byte %2</source>
        <translation>%1；服务器对每次续传都从第 0 字节返回整个文件（HTTP 200），没有一次尝试超过第 %2 字节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (gave up; failed attempts in a row: %2)</source>
        <translation>%1（已放弃；连续失败次数：%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; the server asks to wait %2, longer than allowed</source>
        <translation>%1；服务器要求等待 %2，超过了允许的时间</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="+142"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No network connection — retry when online</source>
        <translation>没有网络连接——联网后请重试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no mirror could deliver the file; the last one, %1: %2</source>
        <translation>没有镜像能提供此文件；最后一个镜像 %1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 too slow (%2/s)</source>
        <translation>%1 速度过慢（%2/秒）</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="+69"/>
        <source>too slow (%1 B/s); reconnecting</source>
        <translation>速度过慢（%1 B/s）；正在重新连接</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="-21"/>
        <source>no mirror could deliver the file; the last one, %1</source>
        <translation>没有镜像能提供该文件；最后一个，%1</translation>
    </message>
</context>
<context>
    <name>DownloadWorker</name>
    <message>
        <location filename="../src/core/download/requestcheck.cpp" line="+18"/>
        <source>refused the file name: %1</source>
        <translation>已拒绝文件名：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no download URL</source>
        <translation>没有下载地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the URL &apos;%1&apos;: only http and https are supported</source>
        <translation>已拒绝地址 &apos;%1&apos;：仅支持 http 和 https</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not an MD5 (32 hex digits)</source>
        <translation>&apos;%1&apos; 不是 MD5（32 位十六进制数字）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused to write through the symbolic link %1</source>
        <translation>拒绝通过符号链接 %1 写入</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadworkerresume.cpp" line="+21"/>
        <source>%1 already exists and there is no checksum to compare it with; it was left alone</source>
        <translation>%1 已存在，且没有可供比较的校验和；已保持原样</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checking the existing file</source>
        <translation>正在检查已有文件</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>checking the partial file</source>
        <translation>正在检查未完成的文件</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadworker.cpp" line="+224"/>
        <source>size mismatch: got %1 bytes, expected %2</source>
        <translation>大小不一致：收到 %1 字节，预期 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size mismatch: got %1, the catalog says %2</source>
        <translation>大小不一致：收到 %1，目录中为 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checking the MD5</source>
        <translation>正在校验 MD5</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a different file named %1 already exists (MD5 %2); it was not overwritten</source>
        <translation>已存在另一个名为 %1 的文件（MD5 %2）；未覆盖它</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checksum mismatch: expected %1, got %2</source>
        <translation>校验和不一致：预期 %1，实际 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; downloading once more from the start</source>
        <translation>%1；从头重新下载</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 appeared while downloading; it was not overwritten</source>
        <translation>下载期间出现了 %1；未覆盖它</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot rename %1 to its final name</source>
        <translation>无法将 %1 重命名为最终文件名</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>size mismatch: got %1 bytes, the server declared %2</source>
        <translation>大小不一致：收到 %1 字节，服务器声明为 %2</translation>
    </message>
</context>
<context>
    <name>DownloadsDock</name>
    <message>
        <location filename="../src/gui/downloadsdock.cpp" line="+30"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Downloads</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download of %1 failed: %2</source>
        <translation>%1 下载失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded %1.</source>
        <translation>已下载 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The download queue could not be read: %1</source>
        <translation>无法读取下载队列：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln unfinished download(s) restored.</source>
        <translation>
            <numerusform>已恢复 %Ln 个未完成的下载。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The catalog&apos;s file name “%1” is not safe to save: %2</source>
        <translation>目录中的文件名“%1”不能安全保存：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not queued: %1</source>
        <translation>未加入队列：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download Not Queued</source>
        <translation>下载未加入队列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queued %1 from %2 into %3.</source>
        <translation>已将 %1 加入队列，从 %2 下载到 %3。</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../src/gui/downloadspanel.cpp" line="+46"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Pat&amp;h</source>
        <translation>复制路径(&amp;H)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pause &amp;All</source>
        <translation>全部暂停(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume A&amp;ll</source>
        <translation>全部继续(&amp;L)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Inspect ROM</source>
        <translation>检查 ROM(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xtract</source>
        <translation>解压(&amp;X)</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Download actions</source>
        <translation>下载操作</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Download details</source>
        <translation>下载详情</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open in &amp;Browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Fi&amp;nished</source>
        <translation>清除已完成(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the download from the list (a finished file stays on disk)</source>
        <translation>从列表中移除此下载（已完成的文件保留在磁盘上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the completed and cancelled downloads from the list</source>
        <translation>从列表中移除已完成和已取消的下载</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No downloads yet: the Download button of a ROM card adds one here.</source>
        <translation>还没有下载：ROM 卡片上的“下载”按钮会在这里添加下载。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The folder %1 does not exist (yet).</source>
        <translation>文件夹 %1 （还）不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file manager could open %1.</source>
        <translation>没有文件管理器能打开 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied the path of %1.</source>
        <translation>已复制 %1 的路径。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opened %1 in your browser.</source>
        <translation>已在浏览器中打开 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open %1 in a browser.</source>
        <translation>无法在浏览器中打开 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the link to %1.</source>
        <translation>已复制指向 %1 的链接。</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <location filename="../src/gui/fieldlabel.cpp" line="-22"/>
        <source>&amp;Copy Selection</source>
        <translation>复制所选内容(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>FirmwareFeed</name>
    <message>
        <location filename="../src/core/feed/firmwarefeed.cpp" line="+44"/>
        <source>the feed is empty</source>
        <translation>更新源为空</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>none of its %Ln record(s) could be read</source>
        <translation>
            <numerusform>其 %Ln 条记录均无法读取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirmwareList</name>
    <message>
        <location filename="../src/core/feed/firmwarelist.cpp" line="+51"/>
        <source>it is not a list of package records</source>
        <translation>它不是软件包记录的列表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>record</source>
        <extracomment>Fills %2 of &quot;record %1: missing or malformed %2&quot; when the whole entry is malformed</extracomment>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../src/core/feed/firmwarefeed.cpp" line="-7"/>
        <location filename="../src/core/feed/firmwarelist.cpp" line="+34"/>
        <source>record %1: missing or malformed %2</source>
        <extracomment>%1: the entry&apos;s number in the list; %2: one of its fields (filename, downloads.github…: stay in English) or &quot;record&quot;</extracomment>
        <translation>记录 %1：%2 缺失或格式错误</translation>
    </message>
</context>
<context>
    <name>FlashController</name>
    <message>
        <location filename="../src/gui/flashcontroller.cpp" line="+122"/>
        <source>Its script that keeps your data: %1.</source>
        <translation>其保留数据的脚本：%1。</translation>
    </message>
</context>
<context>
    <name>FlashScript</name>
    <message>
        <location filename="../src/core/flash/flashscript.cpp" line="+89"/>
        <source>Flashes every partition, erases all data and relocks the bootloader. Only for the official ROM of this exact phone and region: a wrong ROM on a relocked phone may never start again.</source>
        <translation>刷写所有分区，清除全部数据并重新锁定 Bootloader。仅用于与这台手机及其地区完全对应的官方 ROM：重新锁定后刷入错误的 ROM，手机可能再也无法启动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flashes every partition and keeps your apps, settings and files: the usual way to update.</source>
        <translation>刷写所有分区并保留你的应用、设置和文件：常规的更新方式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flashes every partition and erases all data: apps, settings and the files on the phone.</source>
        <translation>刷写所有分区并清除全部数据：应用、设置和手机上的文件。</translation>
    </message>
</context>
<context>
    <name>FolderListEdit</name>
    <message>
        <location filename="../src/gui/folderlistedit.cpp" line="+14"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder with Downloaded ROMs</source>
        <translation>存放已下载 ROM 的文件夹</translation>
    </message>
</context>
<context>
    <name>InspectRomDialog</name>
    <message>
        <location filename="../src/gui/inspectromdialog.cpp" line="+43"/>
        <source>Inspect ROM</source>
        <translation>检查 ROM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Extract</source>
        <translation>解压(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack this Fastboot ROM into a folder next to it, ready for its flash scripts</source>
        <translation>将此 Fastboot ROM 解压到旁边的文件夹，以便运行其刷机脚本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+59"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot read this ROM: %1</source>
        <translation>无法读取此 ROM：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 fits the connected phone, %2.</source>
        <translation>%1 适用于已连接的手机 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extracting %1…</source>
        <translation>正在解压 %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Already extracted: %1 is there. Open it with Open Folder, or remove it to extract again.</source>
        <translation>已经解压过：%1 已存在。可用“打开文件夹”打开它，或将其删除后重新解压。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extraction cancelled; nothing was kept.</source>
        <translation>解压已取消；未保留任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot extract: %1</source>
        <translation>无法解压：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extracted to %1</source>
        <translation>已解压到 %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Do not flash %1 on %2: %3.</source>
        <translation>请勿将 %1 刷入 %2：%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: check the notes below before flashing it on %2.</source>
        <translation>%1：刷入 %2 之前，请先查看下面的提示。</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <location filename="../src/gui/languagesetting.cpp" line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>LatestFeed</name>
    <message numerus="yes">
        <location filename="../src/core/feed/catalogupdater.cpp" line="+11"/>
        <source>%Ln record(s) of the feed skipped</source>
        <translation>
            <numerusform>已跳过更新源中的 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/feed/latestfeed.cpp" line="+90"/>
        <location line="+103"/>
        <source>the feed is empty</source>
        <translation>更新源为空</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the feed is not a list of ROM records</source>
        <translation>更新源不是 ROM 记录列表</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>record</source>
        <extracomment>Fills %2 of &quot;record %1: missing or malformed %2&quot; when the whole entry is malformed</extracomment>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>record %1: missing or malformed %2</source>
        <extracomment>%1: the entry&apos;s number in the feed; %2: one of its fields (md5, size…: stay in English) or &quot;record&quot;</extracomment>
        <translation>记录 %1：%2 缺失或格式错误</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>none of its %Ln record(s) could be read</source>
        <translation>
            <numerusform>其 %Ln 条记录均无法读取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalCopy</name>
    <message>
        <location filename="../src/core/flash/localcopy.cpp" line="+16"/>
        <source>Found in %1; checking it…</source>
        <translation>在 %1 中找到；正在检查…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (verified) in %1</source>
        <translation>已下载（已校验），位于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (MD5 matches the file name) in %1</source>
        <translation>已下载（MD5 与文件名相符），位于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (not verified: no checksum known) in %1</source>
        <translation>已下载（未校验：没有已知的校验和），位于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different file with this name is in %1 (MD5 %2, the catalog says %3): it is not this ROM</source>
        <translation>%1 中有一个同名的其他文件（MD5 %2，目录记录为 %3）：它不是这个 ROM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name is in %1 but cannot be read: %2</source>
        <translation>%1 中有同名文件，但无法读取：%2</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Import Page…</source>
        <translation>导入页面(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a version page saved from xmfirmwareupdater.com to the catalog</source>
        <translation>将从 xmfirmwareupdater.com 保存的版本页面添加到目录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Verify File…</source>
        <translation>校验文件(&amp;V)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a downloaded ROM file&apos;s MD5 against the catalog</source>
        <translation>对照目录检查已下载 ROM 文件的 MD5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/gui/mainwindow.cpp" line="+312"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the catalog</source>
        <translation>搜索目录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Expand All</source>
        <translation>全部展开(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Collapse All</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Firmware Browser</source>
        <translation>关于 Firmware Browser(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="-229"/>
        <source>Copied the %1.</source>
        <translation>已复制%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No catalog loaded.</source>
        <translation>未加载目录。</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+2"/>
        <source>Loading catalog…</source>
        <translation>正在加载目录…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>No catalog</source>
        <translation>无目录</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The catalog could not be loaded.</source>
        <translation>无法加载目录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog Not Loaded</source>
        <translation>目录未加载</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+200"/>
        <source>Imported Pages Not Loaded</source>
        <translation>导入的页面未加载</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Downloads Running</source>
        <translation>下载正在进行</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln download(s) are running. Quit and pause them? They resume next time.</source>
        <translation>
            <numerusform>有 %Ln 个下载正在进行。要退出并暂停它们吗？下次启动时会继续。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Import Version Page</source>
        <translation>导入版本页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved version pages (*.html *.htm *.md);;All files (*)</source>
        <translation>已保存的版本页面 (*.html *.htm *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+293"/>
        <location line="+4"/>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The page was not imported; the catalog is unchanged.

%1</source>
        <translation>页面未导入；目录保持不变。

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalog Not Reloaded</source>
        <translation>目录未重新加载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page was imported, but the catalog could not be reloaded.

%1</source>
        <translation>页面已导入，但无法重新加载目录。

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
        <translation>已导入 %1（%2）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not open %1 in a browser.</source>
        <translation>无法在浏览器中打开 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1 in your browser.</source>
        <translation>已在浏览器中打开 %1。</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The new language applies the next time Firmware Browser starts.</source>
        <translation>新语言将在下次启动 Firmware Browser 时生效。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify File</source>
        <translation>校验文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROM files (*.zip *.tgz);;All files (*)</source>
        <translation>ROM 文件 (*.zip *.tgz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="-153"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Refresh Catalog</source>
        <translation>更新目录(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the ROMs published since the catalog was made (from Xiaomi Firmware Updater&apos;s feed)</source>
        <translation>添加目录生成后发布的 ROM（来自 Xiaomi Firmware Updater 的更新源）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;What&apos;s New…</source>
        <translation>新增内容(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ROM files the last catalog refresh brought</source>
        <translation>上次目录更新带来的 ROM 文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Detect Phone</source>
        <translation>检测手机(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the phone connected by USB (adb or fastboot mode), select its device and mark its installed and newer versions</source>
        <translation>查找通过 USB 连接的手机（adb 或 fastboot 模式），选中其设备，并标出已安装版本和更新版本</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowflash.cpp" line="+28"/>
        <source>I&amp;nspect ROM…</source>
        <translation>检查 ROM(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a ROM file holds: product, anti-rollback index, flash scripts, images; and whether it fits the connected phone</source>
        <translation>ROM 文件的内容：产品、防回滚索引、刷机脚本、镜像；以及它是否适合已连接的手机</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Inspect ROM</source>
        <translation>检查 ROM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROM files (*.tgz *.tar.gz *.tar *.zip);;All files (*)</source>
        <translation>ROM 文件 (*.tgz *.tar.gz *.tar *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Do Not Flash on the Connected Phone</source>
        <translation>请勿刷入已连接的手机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was downloaded and verified: %2.</source>
        <translation>%1 已下载并校验：%2。</translation>
    </message>
</context>
<context>
    <name>Md5Hasher</name>
    <message>
        <location filename="../src/core/download/md5hasher.cpp" line="+166"/>
        <source>the file is shorter than expected</source>
        <translation>文件比预期的短</translation>
    </message>
</context>
<context>
    <name>PageCompleter</name>
    <message>
        <location filename="../src/core/feed/pagecompleter.cpp" line="+40"/>
        <source>the page could not be read: %1</source>
        <translation>无法读取页面：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server sent the page of %1 %2 instead</source>
        <translation>服务器返回的却是 %1 %2 的页面</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not write the page cache in %1</source>
        <translation>无法在 %1 中写入页面缓存</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <location filename="../src/core/download/partfile.cpp" line="+74"/>
        <source>cannot open %1 for writing</source>
        <translation>无法打开 %1 进行写入</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot shorten %1: %2</source>
        <translation>无法截短 %1：%2</translation>
    </message>
</context>
<context>
    <name>PhoneCheckView</name>
    <message>
        <location filename="../src/gui/phonecheckview.cpp" line="+30"/>
        <source>Why not to flash this ROM on the connected phone</source>
        <translation>为什么不要把此 ROM 刷入已连接的手机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to check before flashing</source>
        <translation>刷机前要检查的事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which script to run</source>
        <translation>应运行哪个脚本</translation>
    </message>
</context>
<context>
    <name>PhoneController</name>
    <message>
        <location filename="../src/gui/phonecontroller.cpp" line="+19"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking for a phone…</source>
        <translation>正在查找手机…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phone detection needs adb or fastboot.</source>
        <translation>检测手机需要 adb 或 fastboot。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone found.</source>
        <translation>未找到手机。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detected %1.</source>
        <translation>已检测到 %1。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Phones connected: %1. Pick one in the Phone panel.</source>
        <translation>已连接手机：%1 台。请在“手机”面板中选择一台。</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&amp;Phone</source>
        <translation>手机(&amp;P)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Check Before Downloading</source>
        <translation>下载前请确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may not suit the connected phone, %2.</source>
        <translation>%1 可能不适合所连接的手机 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Download Anyway</source>
        <translation>仍然下载(&amp;D)</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <location filename="../src/core/phone/phoneinfo.cpp" line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PhoneMatcher</name>
    <message>
        <location filename="../src/core/phone/phonematcher.cpp" line="+67"/>
        <source>The phone did not say which device it is.</source>
        <translation>手机未报告其设备型号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog has no ROMs for “%1”.</source>
        <translation>目录中没有“%1”的 ROM。</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>This phone runs a %1 ROM, but its hardware is a %2 model (ro.boot.hwc = %3): a seller probably flashed it. Going back to a %2 ROM is a region change: it needs an unlocked bootloader and a Fastboot ROM.</source>
        <translation>这台手机运行的是 %1 ROM，但硬件是 %2 机型（ro.boot.hwc = %3）：很可能是卖家刷过机。改回 %2 ROM 属于跨地区刷机：需要解锁 Bootloader 并使用 Fastboot ROM。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In fastboot mode the phone does not say which ROM or region it runs: start Android with USB debugging on for a full match. Showing the newest Fastboot ROMs of every region.</source>
        <translation>在 fastboot 模式下，手机不会报告其运行的 ROM 或地区：如需完整匹配，请启动 Android 并打开 USB 调试。现显示所有地区最新的 Fastboot ROM。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installed version %1 is not in the catalog.</source>
        <translation>目录中没有已安装的版本 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anti-rollback index: %1. Flashing a ROM older than the installed one can be refused or brick the phone.</source>
        <translation>防回滚索引：%1。刷入比已安装版本更旧的 ROM 可能被拒绝，甚至导致手机变砖。</translation>
    </message>
</context>
<context>
    <name>PhoneRomCheck</name>
    <message>
        <location filename="../src/core/flash/phoneromcheck.cpp" line="+16"/>
        <source>The phone did not tell its product; this ROM is for %1.</source>
        <translation>手机没有报告其产品；此 ROM 适用于 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This ROM is for %1, the connected phone is %2 (%3): do not flash it, its own scripts refuse it.</source>
        <translation>此 ROM 适用于 %1，而已连接的手机是 %2（%3）：请勿刷入，它自己的脚本也会拒绝。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anti-rollback: this ROM&apos;s index is %1, the phone&apos;s is %2: flashing would be refused or brick the phone.</source>
        <translation>防回滚：此 ROM 的索引为 %1，手机的为 %2：刷机会被拒绝，或导致手机变砖。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anti-rollback: this ROM&apos;s index is %1; the phone tells its own only in fastboot mode (%2). Detect the phone in fastboot mode before flashing.</source>
        <translation>防回滚：此 ROM 的索引为 %1；手机只在 fastboot 模式下报告自己的索引（%2）。刷机前请在 fastboot 模式下检测手机。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anti-rollback: this ROM&apos;s scripts have the check commented out and the phone&apos;s index is %1: make sure this ROM is not older than the installed one.</source>
        <translation>防回滚：此 ROM 的脚本注释掉了检查，而手机的索引为 %1：请确认此 ROM 不比已安装的旧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback: this ROM&apos;s scripts do not check it and the phone&apos;s index is %1: make sure this ROM is not older than the installed one.</source>
        <translation>防回滚：此 ROM 的脚本不检查它，而手机的索引为 %1：请确认此 ROM 不比已安装的旧。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recommended: %1 keeps your data.</source>
        <translation>推荐：%1 会保留你的数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended: %1 (this ROM has no script that keeps your data; it erases the phone).</source>
        <translation>推荐：%1（此 ROM 没有保留数据的脚本；它会清空手机）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 relocks the bootloader: only for the official ROM of this exact phone and region.</source>
        <translation>%1 会重新锁定 Bootloader：仅用于与这台手机及其地区完全对应的官方 ROM。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 erases all data.</source>
        <translation>%1 会清除全部数据。</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>for another product (%1), not for the phone&apos;s %2</source>
        <extracomment>a headline&apos;s reason not to flash a ROM: %1 the ROM&apos;s product(s), %2 the phone&apos;s (codenames such as whyred)</extracomment>
        <translation>适用于其他产品（%1），而非手机的 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>anti-rollback index %1, lower than the phone&apos;s %2</source>
        <extracomment>a headline&apos;s reason not to flash a ROM whose product is right but older than the phone allows</extracomment>
        <translation>防回滚索引 %1，低于手机的 %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This ROM is for %1, the connected phone is %2: do not flash it, its own scripts refuse it.</source>
        <translation>此 ROM 适用于 %1，而已连接的手机是 %2：请勿刷入，它自己的脚本也会拒绝。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language of menus and messages; it changes the next time Firmware Browser starts</source>
        <translation>菜单和消息的语言；下次启动 Firmware Browser 时生效</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download &amp;folder:</source>
        <translation>下载文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where ROM files are saved</source>
        <translation>ROM 文件的保存位置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Parallel downloads:</source>
        <translation>同时下载数(&amp;P)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How many files download at the same time; the others wait in the queue</source>
        <translation>同时下载的文件数；其余文件在队列中等待</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Preferred &amp;mirror:</source>
        <translation>首选镜像(&amp;M)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mirror a download tries first; when it fails, is missing the file or is far too slow, the file&apos;s other mirrors follow in page order</source>
        <translation>下载时首先尝试的镜像；当它失败、缺少文件或速度过慢时，按页面顺序改用该文件的其他镜像</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify the MD5 after downloading</source>
        <translation>下载后校验 MD5(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When off, files are kept even if they differ from the catalog&apos;s MD5, and are marked “not verified”</source>
        <translation>关闭时，即使文件与目录中的 MD5 不一致也会保留，并标记为“未校验”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changes apply to files queued from now on; the parallel limit applies at once.</source>
        <translation>更改仅对此后加入队列的文件生效；同时下载数立即生效。</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="+36"/>
        <source>Automatic (page order)</source>
        <translation>自动（按页面顺序）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Download Folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="-237"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Check for new ROMs at start, at most every</source>
        <translation>启动时检查新 ROM(&amp;C)，最多每隔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch Xiaomi Firmware Updater&apos;s feed of new ROMs when Firmware Browser starts (View → Refresh Catalog, F5, does it any time)</source>
        <translation>启动 Firmware Browser 时获取 Xiaomi Firmware Updater 的新 ROM 更新源（随时可用 查看 → 更新目录，即 F5）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours between automatic checks</source>
        <translation>两次自动检查之间的小时数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <extracomment>After the refresh interval: hours (&quot;24 h&quot;)</extracomment>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Feed:</source>
        <extracomment>The list of new ROMs (latest.yml) the catalog refresh reads</extracomment>
        <translation>更新源(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the feed of new ROMs (latest.yml) is fetched first</source>
        <translation>首先从何处获取新 ROM 更新源（latest.yml）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fa&amp;llback:</source>
        <extracomment>A second address of the feed, tried when the first fails</extracomment>
        <translation>备用地址(&amp;L)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the feed is fetched when the first address fails</source>
        <translation>第一个地址失败时从何处获取更新源</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;adb:</source>
        <translation>&amp;adb：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Android&apos;s adb program; empty finds it on PATH (Debian/Ubuntu: the adb package). On Windows and macOS, the adb of Android&apos;s platform-tools</source>
        <translation>Android 的 adb 程序；留空则在 PATH 中查找（Debian/Ubuntu：adb 软件包）。Windows 和 macOS 上为 Android platform-tools 中的 adb</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;fastboot:</source>
        <translation>&amp;fastboot：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Android&apos;s fastboot program; empty finds it on PATH (Debian/Ubuntu: the fastboot package)</source>
        <translation>Android 的 fastboot 程序；留空则在 PATH 中查找（Debian/Ubuntu：fastboot 软件包）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detect the &amp;phone when Firmware Browser starts</source>
        <translation>启动 Firmware Browser 时检测手机(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="-117"/>
        <location line="+1"/>
        <source>Found on PATH</source>
        <translation>在 PATH 中找到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adb Program</source>
        <translation>adb 程序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fastboot Program</source>
        <translation>fastboot 程序</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Downloaded ROMs found here (and in the download folder) are verified and not downloaded again</source>
        <translation>在这里（以及下载文件夹中）找到的已下载 ROM 会被校验，不会再次下载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other folders with downloaded ROMs</source>
        <translation>其他存放已下载 ROM 的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also look for &amp;ROMs in:</source>
        <translation>也在以下位置查找 ROM(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="-160"/>
        <source>Co&amp;nnections per file:</source>
        <translation>每个文件的连接数(&amp;N)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most this many connections for one file, spread over all of its mirrors; 1 downloads from one mirror at a time</source>
        <translation>一个文件最多使用这么多连接，分布在它的所有镜像上；设为 1 时一次只从一个镜像下载</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connections per &amp;host:</source>
        <translation>每个主机的连接数(&amp;H)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most this many connections to one mirror host; a host that refuses one more is kept at what it accepts</source>
        <translation>与一个镜像主机最多建立这么多连接；拒绝额外连接的主机保持在它接受的数量</translation>
    </message>
</context>
<context>
    <name>RangeConnection</name>
    <message>
        <location filename="../src/core/download/rangeconnection.cpp" line="+125"/>
        <source>the mirror no longer has the file (NoSuchKey)</source>
        <translation>镜像上已没有此文件（NoSuchKey）</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>redirect (HTTP %1) without a usable Location</source>
        <translation>重定向（HTTP %1）缺少可用的 Location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected answer from the server (HTTP %1)</source>
        <translation>服务器返回了意外的响应（HTTP %1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no data for %1 s</source>
        <translation>%1 秒内没有数据</translation>
    </message>
</context>
<context>
    <name>ReplyChecks</name>
    <message>
        <location filename="../src/core/download/replychecks.cpp" line="+51"/>
        <location line="+1"/>
        <source>the server refused the range (HTTP 416)</source>
        <translation>服务器拒绝了该范围（HTTP 416）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the server&apos;s file has %1 bytes, expected %2</source>
        <translation>服务器上的文件为 %1 字节，预期 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s file (%1) differs from the catalog (%2)</source>
        <translation>服务器上的文件（%1）与目录（%2）不一致</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unexpected HTTP status %1</source>
        <translation>意外的 HTTP 状态 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>the server sent the wrong range</source>
        <translation>服务器返回了错误的范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this mirror&apos;s file has another size</source>
        <translation>此镜像上的文件大小不同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this mirror&apos;s file has another size; starting over</source>
        <translation>此镜像上的文件大小不同；重新开始下载</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>the file on the server changed</source>
        <translation>服务器上的文件已更改</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>this mirror has another file (ETag %1)</source>
        <translation>此镜像上是另一个文件（ETag %1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server does not send parts of the file</source>
        <translation>服务器不提供文件的部分内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the mirror sent a web page instead of the file</source>
        <translation>镜像返回的是网页而不是文件</translation>
    </message>
</context>
<context>
    <name>RomAdvisor</name>
    <message>
        <location filename="../src/core/phone/romadvisor.cpp" line="+91"/>
        <source>This ROM is for %1 (%2), not for the connected phone, %3: flashing it can brick the phone.</source>
        <translation>此 ROM 适用于 %1（%2），而不是所连接的手机 %3：刷入可能导致手机变砖。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ROM is for %1, the phone runs a %2 ROM: a region change needs an unlocked bootloader and a Fastboot ROM.</source>
        <translation>此 ROM 适用于 %1 地区，而手机运行的是 %2 ROM：跨地区刷机需要解锁 Bootloader 并使用 Fastboot ROM。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Older than the installed %1: downgrades can be blocked or brick the phone when the anti-rollback index is higher; this phone reports anti = %2.</source>
        <translation>比已安装的 %1 更旧：当防回滚索引更高时，降级可能被阻止或导致手机变砖；这台手机报告 anti = %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older than the installed %1: downgrades can be blocked or brick the phone when the anti-rollback index is higher; check it first in fastboot mode (fastboot getvar anti).</source>
        <translation>比已安装的 %1 更旧：当防回滚索引更高时，降级可能被阻止或导致手机变砖；请先在 fastboot 模式下检查（fastboot getvar anti）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Recovery ROM of the %1 branch, the phone runs %2: a Recovery ROM for a different branch may refuse to install or need a data wipe; a Fastboot ROM switches branches.</source>
        <extracomment>%1 and %2 are branch names (Stable, Weekly, Stable Beta…), which stay in English</extracomment>
        <translation>这是 %1 分支的 Recovery ROM，而手机运行的是 %2：其他分支的 Recovery ROM 可能无法安装或需要清除数据；用 Fastboot ROM 可以切换分支。</translation>
    </message>
</context>
<context>
    <name>RomCardWidget</name>
    <message>
        <location filename="../src/gui/romcardwidget.cpp" line="+32"/>
        <source>%1 file %2</source>
        <translation>%1 文件 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not published</source>
        <extracomment>Size of a firmware zip that only the site&apos;s download list names (it gives no size)</extracomment>
        <translation>未公布</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>package name</source>
        <translation>包名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>firmware package name</source>
        <translation>固件包名</translation>
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
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The website publishes no MD5 for vendor packages: a download of this file is not verified unless you give its MD5.</source>
        <translation>网站不公布 vendor 包的 MD5：除非你提供其 MD5，否则此文件的下载不会被校验。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The website does not publish an MD5 for this file, so there is none to copy.</source>
        <translation>网站未公布此文件的 MD5，因此没有可复制的内容。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>代号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <extracomment>Field of a ROM card. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Field of a ROM card. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release Date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package Name</source>
        <translation>包名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download</source>
        <extracomment>Field of a ROM card: its download links (a noun)</extracomment>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changelog</source>
        <translation>更新日志</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Firmware Package Name</source>
        <extracomment>Field of a firmware-only zip&apos;s card, as the website labels it</extracomment>
        <translation>固件包名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated</source>
        <extracomment>Field of a vendor package&apos;s card: its date, as the website&apos;s vendor list labels it</extracomment>
        <translation>更新日期</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mirror %1 — %2</source>
        <translation>镜像 %1 — %2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download %1</source>
        <translation>下载 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>download link</source>
        <translation>下载链接</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The website lists no download link for this file.</source>
        <translation>网站未列出此文件的下载链接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no download link to copy.</source>
        <translation>没有可复制的下载链接。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No download link published</source>
        <translation>未公布下载链接</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open in &amp;Browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download from the preferred mirror (Preferences), the others as fallbacks; the arrow picks a mirror</source>
        <translation>从首选镜像（首选项中设置）下载，其他镜像作为备用；点击箭头可选择镜像</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Warnings for the connected phone</source>
        <translation>针对所连接手机的警告</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of %1</source>
        <translation>打开 %1 所在的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inspect</source>
        <translation>检查(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ROM holds: product, anti-rollback index, flash scripts, images</source>
        <translation>ROM 的内容：产品、防回滚索引、刷机脚本、镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtract</source>
        <translation>解压(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack this Fastboot ROM next to it, ready for its flash scripts</source>
        <translation>将此 Fastboot ROM 解压到旁边，以便运行其刷机脚本</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the ROM…</source>
        <translation>正在读取 ROM…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anti-rollback index: %1</source>
        <translation>防回滚（anti-rollback）索引：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 to keep your data.</source>
        <translation>运行 %1 以保留你的数据。</translation>
    </message>
</context>
<context>
    <name>RomExtractor</name>
    <message>
        <location filename="../src/core/flash/romextractor.cpp" line="-54"/>
        <location line="+77"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+77"/>
        <source>the archive is damaged or incomplete: %1</source>
        <translation>压缩包已损坏或不完整：%1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>reserved name</source>
        <translation>保留名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <location line="+70"/>
        <location line="+24"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>the link &apos;%1&apos; points at &apos;%2&apos;, which is not a file unpacked before it</source>
        <translation>链接“%1”指向“%2”，而它不是在此之前解压出的文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is a Recovery ROM: it is installed as it is, not unpacked</source>
        <translation>%1 是 Recovery ROM：它按原样安装，无需解压</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused to unpack %1: %2; nothing was written</source>
        <translation>拒绝解压 %1：%2；未写入任何内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>%1 already exists; remove it or choose another folder</source>
        <translation>%1 已存在；请删除它或选择其他文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not enough free space in %1: the ROM needs %2, %3 are free</source>
        <translation>%1 的可用空间不足：ROM 需要 %2，可用 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot rename the unpacked folder to %1</source>
        <translation>无法将解压出的文件夹重命名为 %1</translation>
    </message>
</context>
<context>
    <name>RomInspectionView</name>
    <message>
        <location filename="../src/gui/rominspectionview.cpp" line="+61"/>
        <location line="+96"/>
        <source>Image</source>
        <extracomment>Column header: a partition image file inside a Fastboot ROM (boot.img, super.img)</extracomment>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Size</source>
        <extracomment>Column header: the size of a file in bytes</extracomment>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images in the ROM</source>
        <translation>ROM 中的镜像</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (from %2)</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: the check is commented out in the scripts</source>
        <translation>无：脚本中的检查已被注释掉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the scripts do not check it</source>
        <translation>无：脚本不检查它</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+44"/>
        <source>File</source>
        <extracomment>Label: the ROM file on disk that was read
----------
Column header: a file inside a Recovery ROM (payload.bin)</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+6"/>
        <source>Kind</source>
        <extracomment>Label: which kind of ROM a file is (Fastboot or Recovery)</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Fastboot ROM (unpack it, then run one of its scripts in fastboot mode)</source>
        <translation>Fastboot ROM（先解压，再在 fastboot 模式下运行其中一个脚本）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <extracomment>Label: the folder a Fastboot ROM unpacks into</extracomment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery ROM with payload.bin (an A/B update; installed as it is)</source>
        <translation>含 payload.bin 的 Recovery ROM（A/B 更新；按原样安装）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery ROM (installed as it is)</source>
        <translation>Recovery ROM（按原样安装）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <extracomment>Label: the phone model code a ROM is built for (its &quot;product&quot;, as fastboot getvar product says)</extracomment>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback index</source>
        <translation>防回滚索引</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (recommended)</source>
        <translation>%1（推荐）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scripts</source>
        <extracomment>Label: the flash scripts a Fastboot ROM ships (flash_all.sh, flash_all.bat, ...)</extracomment>
        <translation>脚本</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unpacked size</source>
        <translation>解压后大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This archive cannot be unpacked safely: %1</source>
        <translation>此压缩包无法安全解压：%1</translation>
    </message>
</context>
<context>
    <name>RomInspector</name>
    <message>
        <location filename="../src/core/flash/rominspector.cpp" line="+108"/>
        <location line="+35"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+17"/>
        <location line="+8"/>
        <source>the archive is damaged or incomplete: %1</source>
        <translation>压缩包已损坏或不完整：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is a tar archive without Xiaomi&apos;s flash_all scripts: not a Fastboot ROM</source>
        <translation>%1 是不含小米 flash_all 脚本的 tar 压缩包：不是 Fastboot ROM</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the archive claims to unpack to over %1 times its size: a zip bomb, not a ROM</source>
        <translation>压缩包声称解压后超过自身大小的 %1 倍：这是 zip 炸弹，不是 ROM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a zip archive without OTA metadata, payload.bin or updater-script: not a Recovery ROM</source>
        <translation>%1 是不含 OTA 元数据、payload.bin 或 updater-script 的 zip 压缩包：不是 Recovery ROM</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
</context>
<context>
    <name>RomOs</name>
    <message>
        <location filename="../src/core/catalog/xfupage.cpp" line="+45"/>
        <source>Firmware</source>
        <extracomment>The site&apos;s section of firmware-only zips (the phone&apos;s firmware partitions without the system)</extracomment>
        <translation>固件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vendor</source>
        <extracomment>The site&apos;s section of vendor packages (a phone&apos;s vendor partition, flashed under a custom ROM)</extracomment>
        <translation>Vendor 包</translation>
    </message>
</context>
<context>
    <name>RowMarksDelegate</name>
    <message>
        <location filename="../src/gui/rowmarksdelegate.cpp" line="+26"/>
        <location line="+30"/>
        <source>Installed</source>
        <extracomment>Badge of a version row: installed on the connected phone</extracomment>
        <translation>已安装</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <source>Newer</source>
        <extracomment>Badge of a version row: newer than the version on the connected phone</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <extracomment>Badge of a row: new since the previous catalog refresh</extracomment>
        <translation>新</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Connected</source>
        <extracomment>Badge of a device row: this device is connected now</extracomment>
        <translation>已连接</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <location filename="../src/core/util/safefilename.cpp" line="+11"/>
        <source>the file name is empty</source>
        <translation>文件名为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a file name</source>
        <translation>&apos;%1&apos; 不是文件名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name &apos;%1&apos; contains &apos;..&apos;</source>
        <translation>文件名 &apos;%1&apos; 包含 &apos;..&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name is longer than 255 bytes</source>
        <translation>文件名超过 255 字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name contains a control character</source>
        <translation>文件名包含控制字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name &apos;%1&apos; contains &apos;%2&apos;, which is not allowed in file names</source>
        <translation>文件名 &apos;%1&apos; 包含文件名中不允许的 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name &apos;%1&apos; starts with a space or ends with a dot or space</source>
        <translation>文件名 &apos;%1&apos; 以空格开头，或以句点或空格结尾</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is a reserved device name on Windows</source>
        <translation>&apos;%1&apos; 是 Windows 保留的设备名</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file name &apos;%1&apos; leaves the download folder</source>
        <translation>文件名 &apos;%1&apos; 会超出下载文件夹</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/gui/singleinstance.cpp" line="+93"/>
        <source>The running Firmware Browser did not answer: %1</source>
        <translation>正在运行的 Firmware Browser 没有响应：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Another Firmware Browser is running.</source>
        <translation>另一个 Firmware Browser 正在运行。</translation>
    </message>
</context>
<context>
    <name>VerifyFileDialog</name>
    <message>
        <location filename="../src/gui/verifyfiledialog.cpp" line="+32"/>
        <source>Verify File</source>
        <translation>校验文件</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Computing the MD5 of %1 (%2)…</source>
        <translation>正在计算 %1 的 MD5（%2）…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the file</source>
        <translation>无法读取文件</translation>
    </message>
</context>
<context>
    <name>VerifyOutcome</name>
    <message>
        <location filename="../src/gui/verifyoutcome.cpp" line="+94"/>
        <source>Match — this is %1 of %2 (MD5 %3)</source>
        <translation>匹配 — 这是 %2 的 %1（MD5 %3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match (MD5 %1)</source>
        <translation>匹配（MD5 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mismatch — expected an MD5 starting with %1, got %2: do not flash this file</source>
        <translation>不匹配 — 预期 MD5 以 %1 开头，实际为 %2：请勿刷入此文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mismatch — expected %1, got %2: do not flash this file</source>
        <translation>不匹配 — 预期 %1，实际 %2：请勿刷入此文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix match — the MD5 %1 starts with %2, the digits in the file name</source>
        <translation>前缀匹配 — MD5 %1 以文件名中的数字 %2 开头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No checksum known — the MD5 of this file is %1</source>
        <translation>校验和未知 — 此文件的 MD5 为 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file was renamed; its bytes are exactly the catalog&apos;s %1.</source>
        <translation>文件已被重命名；其内容与目录中的 %1 完全一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is complete and unchanged.</source>
        <translation>文件完整且未被修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file differs from %1 of %2 in the catalog: it is damaged, incomplete or another build. Download it again.</source>
        <translation>文件与目录中 %2 的 %1 不一致：文件已损坏、不完整或属于其他版本。请重新下载。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MD5 digits in the file name do not match its bytes: it is damaged or incomplete. Download it again.</source>
        <translation>文件名中的 MD5 数字与文件内容不符：文件已损坏或不完整。请重新下载。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog lists %1 of %2 without an MD5, so only the first 10 hex digits could be checked.</source>
        <translation>目录中 %2 的 %1 没有 MD5，因此只能校验前 10 位十六进制数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not in the catalog, so only the first 10 hex digits could be checked.</source>
        <translation>此文件不在目录中，因此只能校验前 10 位十六进制数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 is in the catalog without an MD5. Compare the MD5 above with a trusted source before flashing.</source>
        <translation>%2 的 %1 在目录中没有 MD5。刷机前请将上方的 MD5 与可信来源进行比对。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not in the catalog. Compare the MD5 above with a trusted source before flashing.</source>
        <translation>此文件不在目录中。刷机前请将上方的 MD5 与可信来源进行比对。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Incomplete: the file is %1, %2 of %3 is %4. Download it again.</source>
        <translation>不完整：此文件为 %1，而 %3 的 %2 为 %4。请重新下载。</translation>
    </message>
</context>
<context>
    <name>VersionRequest</name>
    <message>
        <location filename="../src/gui/versionrequest.cpp" line="+75"/>
        <source>“%1” is not a link to xmfirmwareupdater.com.</source>
        <translation>“%1”不是指向 xmfirmwareupdater.com 的链接。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a link to a device or version page of the website.</source>
        <translation>“%1”不是指向网站设备页或版本页的链接。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>Expected a codename and a version, or a link to a version page.</source>
        <translation>应为代号和版本，或指向版本页面的链接。</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <location filename="../src/gui/whatsnewdialog.cpp" line="+28"/>
        <source>What&apos;s New</source>
        <translation>新增内容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Column header. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released</source>
        <extracomment>Column header: the release date</extracomment>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ROM files</source>
        <translation>新的 ROM 文件</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No catalog refresh has brought a new file yet. Use View → Refresh Catalog (F5).</source>
        <translation>目录更新尚未带来新文件。请使用 查看 → 更新目录（F5）。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>, %Ln for your devices (in bold)</source>
        <translation>
            <numerusform>，其中 %Ln 个适用于您的设备（粗体显示）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — first seen by the refresh of %2. Double-click a row to show it.</source>
        <translation>%1 — 首次出现于 %2 的更新。双击某一行可显示该版本。</translation>
    </message>
</context>
<context>
    <name>XfuPageReader</name>
    <message>
        <location filename="../src/core/catalog/xfupagereader.cpp" line="+64"/>
        <source>the &quot;%1&quot; item is not closed (truncated page?)</source>
        <translation>“%1”项未闭合（页面被截断？）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the &quot;%1&quot; item appears twice</source>
        <translation>“%1”项出现了两次</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the download link &quot;%1&quot; is not an http(s) URL</source>
        <translation>下载链接“%1”不是 http(s) 地址</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the &quot;%1&quot; field is missing</source>
        <translation>缺少“%1”字段</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the &quot;%1&quot; field is empty</source>
        <translation>“%1”字段为空</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the package name &quot;%1&quot; is not a plain file name</source>
        <translation>包名“%1”不是普通文件名</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the MD5 &quot;%1&quot; is neither 32 hex digits nor &quot;Unknown&quot;</source>
        <translation>MD5“%1”既不是 32 位十六进制数字，也不是“Unknown”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no Full ROM download link</source>
        <translation>没有 Full ROM 下载链接</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the changelog is missing or not closed (truncated page?)</source>
        <translation>更新日志缺失或未闭合（页面被截断？）</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+74"/>
        <source>it is %1 bytes long; a version page is under %2 bytes</source>
        <translation>其大小为 %1 字节；版本页面应小于 %2 字节</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>it is binary data, not a version page</source>
        <translation>这是二进制数据，不是版本页面</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid UTF-8 text</source>
        <translation>这不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has no front matter (the &quot;---&quot; block with title, codename and permalink)</source>
        <translation>缺少 front matter（包含 title、codename 和 permalink 的“---”块）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its permalink names &quot;%1&quot;, which is not a plain codename or version</source>
        <translation>其 permalink 中的“%1”不是普通的代号或版本</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>card %1: %2</source>
        <translation>卡片 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it has no ROM cards</source>
        <translation>没有 ROM 卡片</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot open it: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>a firmware card has a &quot;%1&quot; field</source>
        <translation>固件卡片含有“%1”字段</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the MD5 &quot;%1&quot; is not 32 hex digits</source>
        <translation>MD5“%1”不是 32 位十六进制数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no firmware download button</source>
        <translation>没有固件下载按钮</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the download button asks for &quot;%1&quot;, not the package &quot;%2&quot;</source>
        <translation>下载按钮请求的是“%1”，而不是软件包“%2”</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>its permalink &quot;%1&quot; is not /&lt;miui|hyperos|firmware&gt;/&lt;codename&gt;/&lt;branch&gt;/&lt;version&gt;/</source>
        <translation>其永久链接“%1”不是 /&lt;miui|hyperos|firmware&gt;/&lt;codename&gt;/&lt;branch&gt;/&lt;version&gt;/</translation>
    </message>
</context>
<context>
    <name>YamlRecords</name>
    <message>
        <location filename="../src/core/feed/yamlrecords.cpp" line="+224"/>
        <source>not valid YAML (line %1, column %2): %3</source>
        <translation>不是有效的 YAML（第 %1 行，第 %2 列）：%3</translation>
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
        <translation>浏览 Xiaomi Firmware Updater 的 ROM 目录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device codename (gemini), or a link to a version page on xmfirmwareupdater.com.</source>
        <translation>设备代号（gemini），或 xmfirmwareupdater.com 上版本页面的链接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version to open (7.6.8).</source>
        <translation>要打开的版本（7.6.8）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ROM file (.zip, .tgz) to verify against the catalog, or a saved version page (.html, .md) to import.</source>
        <translation>要对照目录校验的 ROM 文件（.zip、.tgz），或要导入的已保存版本页面（.html、.md）。</translation>
    </message>
</context>
<context>
    <name>md5OfFile</name>
    <message>
        <location filename="../src/core/util/filedigest.cpp" line="+30"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
</TS>
