<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sma_NO">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Save</source>
            <translation>Vöörhkh</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Orrijidh</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>Delete</source>
            <translation>Sliejhth</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>Delete</source>
            <translation>Sliejhth</translation>
        </message>
    </context>
</TS>
