<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="smj_NO">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Save</source>
            <translation>Vuorkki</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Boarkki</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>Delete</source>
            <translation>Sihko</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>Delete</source>
            <translation>Sihko</translation>
        </message>
    </context>
</TS>
