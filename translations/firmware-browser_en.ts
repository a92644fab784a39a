<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CatalogFilterModel</name>
    <message numerus="yes">
        <location filename="../src/core/catalog/catalogfiltermodel.cpp" line="+217"/>
        <source>%1 of %Ln device(s)</source>
        <extracomment>The devices a search or filter leaves of a group&apos;s devices: &quot;2 of 243 devices&quot;</extracomment>
        <translation>
            <numerusform>%1 of %Ln device</numerusform>
            <numerusform>%1 of %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln version(s)</source>
        <extracomment>The versions a search or filter leaves of a device&apos;s versions: &quot;3 of 184 versions&quot;</extracomment>
        <translation>
            <numerusform>%1 of %Ln version</numerusform>
            <numerusform>%1 of %Ln versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogRefresher</name>
    <message numerus="yes">
        <location filename="../src/gui/catalogrefresher.cpp" line="+182"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/catalogsummary.cpp" line="+10"/>
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln version</numerusform>
            <numerusform>%Ln versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln new ROM file(s)</source>
        <translation>
            <numerusform>%Ln new ROM file</numerusform>
            <numerusform>%Ln new ROM files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new firmware file(s)</source>
        <extracomment>Firmware-only zips that a catalog refresh brought</extracomment>
        <translation>
            <numerusform>%Ln new firmware file</numerusform>
            <numerusform>%Ln new firmware files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new vendor package(s)</source>
        <extracomment>Vendor packages that a catalog refresh brought</extracomment>
        <translation>
            <numerusform>%Ln new vendor package</numerusform>
            <numerusform>%Ln new vendor packages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message numerus="yes">
        <location filename="../src/core/catalog/catalogtreemodel.cpp" line="+79"/>
        <source>%Ln vendor package(s)</source>
        <extracomment>Contents of a vendor version in the catalog tree</extracomment>
        <translation>
            <numerusform>%Ln vendor package</numerusform>
            <numerusform>%Ln vendor packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln firmware zip(s)</source>
        <extracomment>Contents of a firmware version in the catalog tree: its firmware-only zips</extracomment>
        <translation>
            <numerusform>%Ln firmware zip</numerusform>
            <numerusform>%Ln firmware zips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+384"/>
        <location line="+9"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln version</numerusform>
            <numerusform>%Ln versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogUpdater</name>
    <message numerus="yes">
        <location filename="../src/core/feed/catalogupdater.cpp" line="+291"/>
        <source>Catalog refreshed from %1: %Ln new file(s)</source>
        <translation>
            <numerusform>Catalog refreshed from %1: %Ln new file</numerusform>
            <numerusform>Catalog refreshed from %1: %Ln new files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Firmware list refreshed from %1: %Ln new file(s)</source>
        <translation>
            <numerusform>Firmware list refreshed from %1: %Ln new file</numerusform>
            <numerusform>Firmware list refreshed from %1: %Ln new files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <location filename="../src/cli/catalogcommands.cpp" line="+219"/>
        <source>Imported %1 %2 (%Ln file(s)) into %3</source>
        <translation>
            <numerusform>Imported %1 %2 (%Ln file) into %3</numerusform>
            <numerusform>Imported %1 %2 (%Ln files) into %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message numerus="yes">
        <location filename="../src/core/download/downloadtypes.cpp" line="+173"/>
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln connection</numerusform>
            <numerusform>%Ln connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln mirror(s)</source>
        <translation>
            <numerusform>%Ln mirror</numerusform>
            <numerusform>%Ln mirrors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %Ln connection(s), %2/s</source>
        <translation>
            <numerusform>%1: %Ln connection, %2/s</numerusform>
            <numerusform>%1: %Ln connections, %2/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadNotifier</name>
    <message numerus="yes">
        <location filename="../src/gui/downloadnotifier.cpp" line="+67"/>
        <source>%Ln download(s)</source>
        <translation>
            <numerusform>%Ln download</numerusform>
            <numerusform>%Ln downloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadsDock</name>
    <message numerus="yes">
        <location filename="../src/gui/downloadsdock.cpp" line="+80"/>
        <source>%Ln unfinished download(s) restored.</source>
        <translation>
            <numerusform>%Ln unfinished download restored.</numerusform>
            <numerusform>%Ln unfinished downloads restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirmwareFeed</name>
    <message numerus="yes">
        <location filename="../src/core/feed/firmwarefeed.cpp" line="+62"/>
        <source>none of its %Ln record(s) could be read</source>
        <translation>
            <numerusform>none of its %Ln record could be read</numerusform>
            <numerusform>none of its %Ln records could be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LatestFeed</name>
    <message numerus="yes">
        <location filename="../src/core/feed/catalogupdater.cpp" line="-210"/>
        <source>%Ln record(s) of the feed skipped</source>
        <translation>
            <numerusform>%Ln record of the feed skipped</numerusform>
            <numerusform>%Ln records of the feed skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/feed/latestfeed.cpp" line="+193"/>
        <source>none of its %Ln record(s) could be read</source>
        <translation>
            <numerusform>none of its %Ln record could be read</numerusform>
            <numerusform>none of its %Ln records could be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="+310"/>
        <source>%Ln download(s) are running. Quit and pause them? They resume next time.</source>
        <translation>
            <numerusform>%Ln download is running. Quit and pause it? It resumes next time.</numerusform>
            <numerusform>%Ln downloads are running. Quit and pause them? They resume next time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/whatsnewdialog.cpp" line="+96"/>
        <source>, %Ln for your devices (in bold)</source>
        <translation>
            <numerusform>, %Ln for your devices (in bold)</numerusform>
            <numerusform>, %Ln for your devices (in bold)</numerusform>
        </translation>
    </message>
</context>
</TS>
