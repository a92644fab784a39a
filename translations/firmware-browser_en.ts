<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n download(s) are running. Quit and pause them? They resume next time.</source>
        <translation>
            <numerusform>%n download is running. Quit and pause it? It resumes next time.</numerusform>
            <numerusform>%n downloads are running. Quit and pause them? They resume next time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished download(s) restored.</source>
        <translation>
            <numerusform>%n unfinished download restored.</numerusform>
            <numerusform>%n unfinished downloads restored.</numerusform>
        </translation>
    </message>
</context>
</TS>
