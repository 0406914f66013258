<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="se_NO">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Vurke</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Gaskkalduhte</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Gidde</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Veahkki</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Juo</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Ii</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Geahččal ođđasit</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Čuohpa</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Máŋge</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sihko</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Vállje buot</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Čuohpa</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Máŋge</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sihko</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Vállje buot</translation>
        </message>
    </context>
</TS>
