<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CatalogRefresher</name>
    <message numerus="yes">
        <source>Catalog refreshed: %n new ROM file(s) (View → What&apos;s New).</source>
        <translation>
            <numerusform>Catalog refreshed: %n new ROM file (View → What&apos;s New).</numerusform>
            <numerusform>Catalog refreshed: %n new ROM files (View → What&apos;s New).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogSummary</name>
    <message numerus="yes">
        <source>%1 versions</source>
        <translation>
            <numerusform>%1 versions</numerusform>
            <numerusform>%1 versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 files</source>
        <translation>
            <numerusform>%1 files</numerusform>
            <numerusform>%1 files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 devices</source>
        <translation>
            <numerusform>%1 devices</numerusform>
            <numerusform>%1 devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogUpdater</name>
    <message numerus="yes">
        <source>Catalog refreshed from %1: %n new file(s)</source>
        <translation>
            <numerusform>Catalog refreshed from %1: %n new file</numerusform>
            <numerusform>Catalog refreshed from %1: %n new files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>Imported %1 %2 (%n file(s)) into %3</source>
        <translation>
            <numerusform>Imported %1 %2 (%n file) into %3</numerusform>
            <numerusform>Imported %1 %2 (%n files) into %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadNotifier</name>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n download</numerusform>
            <numerusform>%n downloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadsDock</name>
    <message numerus="yes">
        <source>%n unfinished download(s) restored.</source>
        <translation type="unfinished">
            <numerusform>%n unfinished download restored.</numerusform>
            <numerusform>%n unfinished downloads restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LatestFeed</name>
    <message numerus="yes">
        <source>%n record(s) of the feed skipped</source>
        <translation>
            <numerusform>%n record of the feed skipped</numerusform>
            <numerusform>%n records of the feed skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of its %n record(s) could be read</source>
        <translation>
            <numerusform>none of its %n record could be read</numerusform>
            <numerusform>none of its %n records could be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n download(s) are running. Quit and pause them? They resume next time.</source>
        <translation>
            <numerusform>%n download is running. Quit and pause it? It resumes next time.</numerusform>
            <numerusform>%n downloads are running. Quit and pause them? They resume next time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message numerus="yes">
        <source>%n new ROM file(s) since the previous refresh</source>
        <translation>
            <numerusform>%n new ROM file since the previous refresh</numerusform>
            <numerusform>%n new ROM files since the previous refresh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n for your devices (in bold)</source>
        <translation>
            <numerusform>, %n for your devices (in bold)</numerusform>
            <numerusform>, %n for your devices (in bold)</numerusform>
        </translation>
    </message>
</context>
</TS>
