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
</TS>
