<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>Connection lost. Reconnecting in %n seconds…</source>
        <translation>
            <numerusform>Connection lost. Reconnecting in %n second…</numerusform>
            <numerusform>Connection lost. Reconnecting in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n volunteers on duty (now %1).</source>
        <translation>
            <numerusform>Fewer than %n volunteer on duty (now %1).</numerusform>
            <numerusform>Fewer than %n volunteers on duty (now %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[message shortened: %n more characters not shown]</source>
        <translation>
            <numerusform>[message shortened: %n more character not shown]</numerusform>
            <numerusform>[message shortened: %n more characters not shown]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offers left your list before you answered.</source>
        <translation>
            <numerusform>%n offer left your list before you answered.</numerusform>
            <numerusform>%n offers left your list before you answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long to send: %n characters over the limit. Shorten it, or send it in parts.</source>
        <translation>
            <numerusform>Too long to send: %n character over the limit. Shorten it, or send it in parts.</numerusform>
            <numerusform>Too long to send: %n characters over the limit. Shorten it, or send it in parts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters left</source>
        <translation>
            <numerusform>%n character left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n chats</source>
        <translation>
            <numerusform>%1 of %n chat</numerusform>
            <numerusform>%1 of %n chats</numerusform>
        </translation>
    </message>
</context>
</TS>
