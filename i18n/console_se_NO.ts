<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="se_NO">
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Geahččal ođđasit dál</translation>
    </message>
    <message>
        <source>Try to reconnect at once</source>
        <translation>Geahččal čatnat oktavuođa dalán</translation>
    </message>
    <message>
        <source>The live connection stopped unexpectedly. Reconnecting…</source>
        <translation>Oktavuohta bisánii vuorddekeahttá. Čatnamin ođđasit…</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Send</source>
        <translation>Sádde</translation>
    </message>
    <message>
        <source>Chat transcript</source>
        <translation>Chat-ságastallan</translation>
    </message>
    <message>
        <source>Write a reply (plain text)</source>
        <translation>Čále vástádusa (dušše teaksta)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Loahpa</translation>
    </message>
    <message>
        <source>End the contact and start wrap-up (%1)</source>
        <translation>Loahpa oktavuođa ja álgge loahpahanbargui (%1)</translation>
    </message>
    <message>
        <source>Flag high risk</source>
        <translation>Merke alla riskka</translation>
    </message>
    <message>
        <source>Ask supervisor</source>
        <translation>Jeara bagadeaddjis</translation>
    </message>
    <message>
        <source>Risk support</source>
        <translation>Riskadoarja</translation>
    </message>
    <message>
        <source>Wrap-up: choose an outcome</source>
        <translation>Loahpahanbargu: vállje boađusa</translation>
    </message>
    <message>
        <source>Short note (optional, no names)</source>
        <translation>Oanehis mearkkašupmi (válljenláhkái, namaid haga)</translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation>Loahpahanbargu gárvvis</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Joatkke</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Bija vuordit</translation>
    </message>
    <message>
        <source>High risk flagged</source>
        <translation>Alla riska merkejuvvon</translation>
    </message>
    <message>
        <source>Supervisor is coming</source>
        <translation>Bagadeaddji boahtá</translation>
    </message>
    <message>
        <source>Help requested</source>
        <translation>Veahkki bivdojuvvon</translation>
    </message>
    <message>
        <source>The caller has left</source>
        <translation>Riŋgejeaddji lea vuolgán</translation>
    </message>
    <message>
        <source>Wrap-up %1</source>
        <translation>Loahpahanbargu %1</translation>
    </message>
    <message>
        <source>Call time %1</source>
        <translation>Ságastallanáigi %1</translation>
    </message>
    <message>
        <source>On hold %1</source>
        <translation>Vuordimin %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Don</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Oktavuođaváldi</translation>
    </message>
    <message>
        <source>First volunteer</source>
        <translation>Vuosttaš eaktodáhtolaš</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>ollen</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>sáddemin…</translation>
    </message>
    <message>
        <source>NOT SENT: will retry</source>
        <translation>II SÁDDEJUVVON: geahččala ođđasit</translation>
    </message>
</context>
<context>
    <name>ContactTabs</name>
    <message>
        <source>High risk</source>
        <translation>Alla riska</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Loahpahanbargu</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Vuordimin</translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation>Chat %1</translation>
    </message>
</context>
<context>
    <name>EndUndo</name>
    <message>
        <source>The contact goes on.</source>
        <translation>Oktavuohta joatkašuvvá.</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Máhcat (%1)</translation>
    </message>
    <message>
        <source>Undo: the contact goes on</source>
        <translation>Máhcat: oktavuohta joatkašuvvá</translation>
    </message>
    <message>
        <source>Ending the contact in %1 s.</source>
        <translation>Oktavuohta loahpahuvvo %1 s geažes.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No connection to the routing service.</source>
        <translation>Ii oktavuohta juohkinbálvalussii.</translation>
    </message>
    <message>
        <source>The routing service did not answer in time.</source>
        <translation>Juohkinbálvalus ii vástidan áiggis.</translation>
    </message>
    <message>
        <source>The routing service is busy. Try again in a moment.</source>
        <translation>Juohkinbálvalusas lea ollu barggu. Geahččal ođđasit veaháš maŋŋil.</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation>Du sisačáliheapmi lea nohkan. Čálit sisa ođđasit.</translation>
    </message>
    <message>
        <source>You do not have access to this.</source>
        <translation>Dus ii leat lohpi dása.</translation>
    </message>
    <message>
        <source>This contact or offer is no longer there.</source>
        <translation>Dát oktavuohta dahje fálaldat ii leat šat doppe.</translation>
    </message>
    <message>
        <source>That is not possible right now.</source>
        <translation>Dat ii leat vejolaš dál.</translation>
    </message>
    <message>
        <source>The routing service did not accept this.</source>
        <translation>Juohkinbálvalus ii dohkkehan dán.</translation>
    </message>
    <message>
        <source>Something went wrong in the routing service.</source>
        <translation>Juohkinbálvalusas manai juoga boastut.</translation>
    </message>
    <message>
        <source>This routing service address is not secure (https is required).</source>
        <translation>Dát juohkinbálvalusa čujuhus ii leat sihkkar (https gáibiduvvo).</translation>
    </message>
    <message>
        <source>The routing service&apos;s certificate is not trusted (expired, self-signed or for another address). The console will not connect: tell your IT department.</source>
        <translation>Juohkinbálvalusa sertifikáhtta ii leat luohtehahtti (boaresmuvvan, iešvuolláičállojuvvon dahje eará čujuhussii). Konsolla ii čatnas: muital IT-ossodahkii.</translation>
    </message>
    <message>
        <source>This computer has no safe place to remember your sign-in.</source>
        <translation>Dán dihtoris ii leat sihkkar sadji gos vurket du sisačáliheami.</translation>
    </message>
    <message>
        <source>Sign-in did not complete.</source>
        <translation>Sisačáliheapmi ii lihkostuvvan.</translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached. Check the connection and try again.</source>
        <translation>Ii sáhte čatnasuvvot sisačálihanbálvalussii. Dárkkis oktavuođa ja geahččal ođđasit.</translation>
    </message>
    <message>
        <source>The sign-in service is not set up the way the routing service says. Tell your IT department.</source>
        <translation>Sisačálihanbálvalus ii leat ásahuvvon nu go juohkinbálvalus dadjá. Muital IT-ossodahkii.</translation>
    </message>
    <message>
        <source>This routing service uses a sign-in service your organisation has not approved. Tell your IT department.</source>
        <translation>Dát juohkinbálvalus geavaha sisačálihanbálvalusa maid du organisašuvdna ii leat dohkkehan. Muital IT-ossodahkii.</translation>
    </message>
    <message>
        <source>The sign-in could not be verified. Check that this computer&apos;s date and time are right, then try again; if it happens again, tell your IT department.</source>
        <translation>Sisačáliheapmi ii sáhttán duođaštuvvot. Dárkkis ahte dán dihtora beaivi ja áigi leat riekta, ja geahččal ođđasit. Jus dát dáhpáhuvvá fas, muital IT-ossodahkii.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this sign-in and was refused. Close other sign-in pages and try again.</source>
        <translation>Sisačáliheami vástádus ii heiven dán sisačáliheapmái, ja dat hilgojuvvui. Gidde eará sisačálihansiidduid ja geahččal ođđasit.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The console locked itself after a while without use. Contacts are hidden and no new ones come to you. A call in progress is not dropped.</source>
        <translation>Konsolla lohkkadii iežas go ii lean geavahuvvon muhtin áigge. Oktavuođat leat čihkkon, ja it oaččo ođđasiid. Jođus ságastallan ii botke.</translation>
    </message>
    <message>
        <source>Sign in to continue</source>
        <translation>Čálit sisa joatkit</translation>
    </message>
    <message>
        <source>Someone else signed in. The console stays locked: the volunteer on this shift must sign in.</source>
        <translation>Muhtun eará čálii sisa. Konsolla bissu lohkkaduvvon: eaktodáhtolaš gii lea dán vuorus, galgá čálit sisa.</translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <source>Routing service</source>
        <translation>Juohkinbálvalus</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisašuvdna</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Giella</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Fállojuvvon gielat</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Loka go lea leamaš jaskat nu ollu minuhta</translation>
    </message>
    <message>
        <source>Remember sign-in</source>
        <translation>Muitte sisačáliheami</translation>
    </message>
    <message>
        <source>Automatic updates</source>
        <translation>Automáhtalaš ođasmahttimat</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Ivnnit</translation>
    </message>
    <message>
        <source>Text size (percent)</source>
        <translation>Teakstasturrodat (proseanta)</translation>
    </message>
    <message>
        <source>Ring sound</source>
        <translation>Riŋgenjietna</translation>
    </message>
    <message>
        <source>Ring volume (percent)</source>
        <translation>Riŋgenjiena jietnadássi (proseanta)</translation>
    </message>
    <message>
        <source>Changed keyboard shortcuts</source>
        <translation>Rievdaduvvon boallobeavdeoanehusat</translation>
    </message>
    <message>
        <source>Sign-in service (issuer)</source>
        <translation>Sisačálihanbálvalus (issuer)</translation>
    </message>
    <message>
        <source>Sign-in client id</source>
        <translation>Sisačáliheami klienta-ID</translation>
    </message>
    <message>
        <source>Sign-in requests sent directly to the sign-in service (PAR)</source>
        <translation>Sisačálihanbivdagat sáddejuvvojit njuolga sisačálihanbálvalussii (PAR)</translation>
    </message>
    <message>
        <source>Sign-in bound to this computer (DPoP)</source>
        <translation>Sisačáliheapmi čatnon dán dihtorii (DPoP)</translation>
    </message>
    <message>
        <source>Ready replies folder</source>
        <translation>Gárvves vástádusaid máhppa</translation>
    </message>
    <message>
        <source>Where calls are heard</source>
        <translation>Gos ságastallamat gullojit</translation>
    </message>
    <message>
        <source>Phone number rung for calls</source>
        <translation>Telefovdnanummir masa riŋgejuvvo</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofovdna</translation>
    </message>
    <message>
        <source>Speaker or headset</source>
        <translation>Jietnaboksa dahje oaivetelefovdna</translation>
    </message>
    <message>
        <source>Ring plays on</source>
        <translation>Riŋgenjietna čuodjá dás</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standárda</translation>
    </message>
    <message>
        <source>Set by IT (policy file)</source>
        <translation>IT lea bidjan (njuolggadusfiila)</translation>
    </message>
    <message>
        <source>Set by IT (registry)</source>
        <translation>IT lea bidjan (registtar)</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Du heivehusat</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Biras</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Álggahanbagadus</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Juo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ii</translation>
    </message>
    <message>
        <source>Installation and settings</source>
        <translation>Sajáiduhttin ja heivehusat</translation>
    </message>
    <message>
        <source>Version %1 (commit %2)</source>
        <translation>Veršuvdna %1 (commit %2)</translation>
    </message>
    <message>
        <source>Settings set by your organisation&apos;s IT are locked and cannot be changed here.</source>
        <translation>Heivehusat maid du organisašuvnna IT lea bidjan, leat lohkkaduvvon, ja daid ii sáhte rievdadit dás.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Heivehus</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Árvu</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Gos dat boahtá</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Dilli</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Lohkkaduvvon</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Available</source>
        <translation>Olámuttos</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Várrejuvvon</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>Boddus</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Neahta haga</translation>
    </message>
    <message>
        <source>Waiting for contacts</source>
        <translation>Vuordime oktavuođaid</translation>
    </message>
    <message>
        <source>Contact offered</source>
        <translation>Oktavuohta fállojuvvo</translation>
    </message>
    <message>
        <source>In a contact</source>
        <translation>Ságastallamin</translation>
    </message>
    <message>
        <source>Wrapping up</source>
        <translation>Loahpahanbargu</translation>
    </message>
    <message>
        <source>Not responding: you missed an offer, so no new contacts come to you</source>
        <translation>Ii vástit: it vástidan fálaldahkii, nu ahte it oaččo ođđa oktavuođaid</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Friddja</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Fállojuvvon</translation>
    </message>
    <message>
        <source>In contact</source>
        <translation>Ságastallamin</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Loahpahanbargu</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Ii vástit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefovdna</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Child/youth</source>
        <translation>Mánná/nuorra</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Rávesolmmoš</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Dovdameahttun ahki</translation>
    </message>
    <message>
        <source>Northern Sámi</source>
        <translation>Davvisámegiella</translation>
    </message>
    <message>
        <source>Lule Sámi</source>
        <translation>Julevsámegiella</translation>
    </message>
    <message>
        <source>South Sámi</source>
        <translation>Lullisámegiella</translation>
    </message>
    <message>
        <source>Norwegian (bokmål)</source>
        <translation>Girjedárogiella</translation>
    </message>
    <message>
        <source>Norwegian (nynorsk)</source>
        <translation>Ođđadárogiella</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Eŋgelasgiella</translation>
    </message>
    <message>
        <source>Talked and supported</source>
        <translation>Ságastallan ja doarjja</translation>
    </message>
    <message>
        <source>Referred to another service</source>
        <translation>Čujuhuvvon eará bálvalussii</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Sirdojuvvon</translation>
    </message>
    <message>
        <source>Silent contact</source>
        <translation>Jaskes oktavuohta</translation>
    </message>
    <message>
        <source>Ended before talking</source>
        <translation>Nogai ovdal ságastallama</translation>
    </message>
    <message>
        <source>Misuse of the line</source>
        <translation>Linjá boasttuatnu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Eará</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Riŋgemin…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Čuodjá…</translation>
    </message>
    <message>
        <source>Connected: consulting</source>
        <translation>Čatnon: ráđđádallamin</translation>
    </message>
    <message>
        <source>Cancelled: caller is back</source>
        <translation>Gaskkalduhttojuvvon: riŋgejeaddji lea fas du luhtte</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Sirdin ii lihkostuvvan</translation>
    </message>
    <message>
        <source>The caller hung up</source>
        <translation>Riŋgejeaddji loahpahii</translation>
    </message>
    <message>
        <source>The line was busy.</source>
        <translation>Linjá lei várrejuvvon.</translation>
    </message>
    <message>
        <source>Nobody answered.</source>
        <translation>Ii oktage vástidan.</translation>
    </message>
    <message>
        <source>The call could not be set up.</source>
        <translation>Riŋgen ii lihkostuvvan.</translation>
    </message>
    <message>
        <source>The service declined.</source>
        <translation>Bálvalus hilggui.</translation>
    </message>
    <message>
        <source>The transfer did not go through.</source>
        <translation>Sirdin ii mannan čađa.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Čatnamin…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Čatnon</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Oktavuohta manai. Čatnamin ođđasit…</translation>
    </message>
    <message>
        <source>Offline: please sign in again</source>
        <translation>Neahta haga: čálit sisa ođđasit</translation>
    </message>
    <message>
        <source>Not available while the connection is down.</source>
        <translation>Ii leat olámuttos go oktavuohta ii doaimma.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Partly translated: what is missing is shown in Norwegian bokmål</source>
        <translation>Oassái jorgaluvvon: dat mii váilu, čájehuvvo girjedárogillii</translation>
    </message>
    <message>
        <source>partly translated</source>
        <translation>oassái jorgaluvvon</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ring sound</source>
        <translation>Riŋgenjietna</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Biellu</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Skilláraš</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Linis</translation>
    </message>
    <message>
        <source>System beep</source>
        <translation>Vuogádaga piipa</translation>
    </message>
    <message>
        <source>Test the ring</source>
        <translation>Geahččal riŋgenjiena</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Čájeheapmi</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Čuovvu vuogádaga (čuvges dahje sevdnjes)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Čuvges</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sevdnjes</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alla kontrásta</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Stuorát teaksta</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Unnit teaksta</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Dábálaš teakstasturrodat</translation>
    </message>
    <message>
        <source>Undo ending the contact</source>
        <translation>Máhcat oktavuođa loahpaheami</translation>
    </message>
    <message>
        <source>Complete the transfer</source>
        <translation>Sirdde loahpalaččat</translation>
    </message>
    <message>
        <source>Cancel the transfer: back to the caller</source>
        <translation>Gaskkalduhte sirdima: ruovttoluotta riŋgejeaddji lusa</translation>
    </message>
    <message>
        <source>Helpline Console</source>
        <translation>Helpline Console</translation>
    </message>
    <message>
        <source>TRAINING: %1</source>
        <translation>HARJEHALLAN: %1</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Oktavuohta</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistihkka</translation>
    </message>
    <message>
        <source>Practise in training mode…</source>
        <translation>Hárjehala hárjehallanmodusis…</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Hárjehallan</translation>
    </message>
    <message>
        <source>Training scenario</source>
        <translation>Hárjehallandilli</translation>
    </message>
    <message>
        <source>Choose a scenario…</source>
        <translation>Vállje dili…</translation>
    </message>
    <message>
        <source>Show debrief</source>
        <translation>Čájet čoahkkáigeasu</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Vuorru</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Čálit olggos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Heaittit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Giella</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Veahkki</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Boallobeavdeoanehusat</translation>
    </message>
    <message>
        <source>Installation and settings…</source>
        <translation>Sajáiduhttin ja heivehusat…</translation>
    </message>
    <message>
        <source>Locked: set by your organisation&apos;s IT</source>
        <translation>Lohkkaduvvon: du organisašuvnna IT lea bidjan</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Dilli:</translation>
    </message>
    <message>
        <source>Your presence</source>
        <translation>Du leahkin</translation>
    </message>
    <message>
        <source>Open contacts</source>
        <translation>Rabas oktavuođat</translation>
    </message>
    <message>
        <source>Sign in with your organisation to start your shift.</source>
        <translation>Čálit sisa iežat organisašuvnnain, de sáhtát álgit vuoru.</translation>
    </message>
    <message>
        <source>Sign in with your organisation</source>
        <translation>Čálit sisa iežat organisašuvnnain</translation>
    </message>
    <message>
        <source>Become available again</source>
        <translation>Leat fas olámuttos</translation>
    </message>
    <message>
        <source>No active contacts. Offers appear on the left.</source>
        <translation>Eai leat doaimmalaš oktavuođat. Fálaldagat bohtet oidnosii gurut bealde.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ii čatnon</translation>
    </message>
    <message>
        <source>My shift</source>
        <translation>Mu vuorru</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Bargojoavku</translation>
    </message>
    <message>
        <source>You missed an offer. It has gone to a colleague.</source>
        <translation>It vástidan fálaldahkii. Dat lea mannan bargoguoibmái.</translation>
    </message>
    <message>
        <source>A contact is waiting for you.</source>
        <translation>Okta oktavuohta vuordá du.</translation>
    </message>
    <message>
        <source>A volunteer needs you.</source>
        <translation>Eaktodáhtolaš dárbbaša du.</translation>
    </message>
    <message>
        <source>You cannot sign out while a contact is open. End it first.</source>
        <translation>It sáhte čálit olggos go oktavuohta lea rabas. Loahpa dan vuos.</translation>
    </message>
    <message>
        <source>No new contacts come to you until you are available.</source>
        <translation>It oaččo ođđa oktavuođaid ovdal go leat olámuttos.</translation>
    </message>
    <message>
        <source>Accept the selected offer</source>
        <translation>Dohkket válljejuvvon fálaldaga</translation>
    </message>
    <message>
        <source>Decline the selected offer</source>
        <translation>Hilggo válljejuvvon fálaldaga</translation>
    </message>
    <message>
        <source>Hold or resume the call</source>
        <translation>Bija ságastallama vuordit dahje joatkke dan</translation>
    </message>
    <message>
        <source>End the current contact</source>
        <translation>Loahpa dálá oktavuođa</translation>
    </message>
    <message>
        <source>Send the chat message</source>
        <translation>Sádde chat-dieđáhusa</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Dát listu</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <source>Caller&apos;s municipality</source>
        <translation>Riŋgejeaddji gielda</translation>
    </message>
    <message>
        <source>Where is the caller? Type a municipality name or number.</source>
        <translation>Gos riŋgejeaddji lea? Čále gielddanama dahje gielddanummira.</translation>
    </message>
    <message>
        <source>For example Tromsø or 5501</source>
        <translation>Ovdamearkka dihte Romsa dahje 5501</translation>
    </message>
    <message>
        <source>Call legevakt</source>
        <translation>Riŋge legevaktii</translation>
    </message>
    <message>
        <source>Unknown: call 116 117 anyway</source>
        <translation>Amas: riŋge 116 117 goitge</translation>
    </message>
    <message>
        <source>Without a municipality, 116 117 reaches the legevakt near the helpline, not near the caller.</source>
        <translation>Gieldda haga 116 117 ollá legevaktii veahkkelinjá lahka, ii riŋgejeaddji lahka.</translation>
    </message>
</context>
<context>
    <name>OfferNotice</name>
    <message>
        <source>The chatter left before you answered.</source>
        <translation>Chattejeaddji vulggii ovdal go don vástidit.</translation>
    </message>
    <message>
        <source>The caller hung up before you answered.</source>
        <translation>Riŋgejeaddji loahpahii ovdal go don vástidit.</translation>
    </message>
    <message>
        <source>An offer went back to the queue when your status changed.</source>
        <translation>Fálaldat manai ruovttoluotta ráidui go du dilli rievddai.</translation>
    </message>
    <message>
        <source>An offer was withdrawn. It has gone back to the queue.</source>
        <translation>Fálaldat gessojuvvui ruovttoluotta. Dat lea mannan ruovttoluotta ráidui.</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>Routed to %1 · waiting %2 · answer within %3 s</source>
        <translation>Sáddejuvvon: %1 · vuordán %2 · vástit %3 s siste</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Vuordá du</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Dohkket</translation>
    </message>
    <message>
        <source>Accept the selected contact (%1)</source>
        <translation>Dohkket válljejuvvon oktavuođa (%1)</translation>
    </message>
    <message>
        <source>Decline: it goes to a colleague (%1)</source>
        <translation>Hilggo: dat manná bargoguoibmái (%1)</translation>
    </message>
    <message>
        <source>To decline, press %1 or click Decline.</source>
        <translation>Hilgut: deaddil %1 dahje coahkkal Hilggo.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Hilggo</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>Connection lost. Reconnecting in %n seconds…</source>
        <translation>
            <numerusform>Oktavuohta manai. Čatnamin ođđasit %n sekundda geažes…</numerusform>
            <numerusform>Oktavuohta manai. Čatnamin ođđasit %n sekundda geažes…</numerusform>
            <numerusform>Oktavuohta manai. Čatnamin ođđasit %n sekundda geažes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n volunteers on duty (now %1).</source>
        <translation>
            <numerusform>Unnit go %n eaktodáhtolaš vuorus (dál %1).</numerusform>
            <numerusform>Unnit go %n eaktodáhtolačča vuorus (dál %1).</numerusform>
            <numerusform>Unnit go %n eaktodáhtolačča vuorus (dál %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[message shortened: %n more characters not shown]</source>
        <translation>
            <numerusform>[dieđáhus oanehuvvon: %n mearka ii čájehuvvo]</numerusform>
            <numerusform>[dieđáhus oanehuvvon: %n mearkka eaba čájehuvvo]</numerusform>
            <numerusform>[dieđáhus oanehuvvon: %n mearkka eai čájehuvvo]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offers left your list before you answered.</source>
        <translation>
            <numerusform>Fálaldagat mat manne du listtus ovdal go don vástidit: %n.</numerusform>
            <numerusform>Fálaldagat mat manne du listtus ovdal go don vástidit: %n.</numerusform>
            <numerusform>Fálaldagat mat manne du listtus ovdal go don vástidit: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long to send: %n characters over the limit. Shorten it, or send it in parts.</source>
        <translation>
            <numerusform>Menddo guhkki sáddet: %n mearka badjel ráji. Oanit dan, dahje sádde osiid mielde.</numerusform>
            <numerusform>Menddo guhkki sáddet: %n mearkka badjel ráji. Oanit dan, dahje sádde osiid mielde.</numerusform>
            <numerusform>Menddo guhkki sáddet: %n mearkka badjel ráji. Oanit dan, dahje sádde osiid mielde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters left</source>
        <translation>
            <numerusform>%n mearka báhcá</numerusform>
            <numerusform>%n mearkka báhciba</numerusform>
            <numerusform>%n mearkka báhcet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n chats</source>
        <translation>
            <numerusform>%1 / %n chat</numerusform>
            <numerusform>%1 / %n chat</numerusform>
            <numerusform>%1 / %n chat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueTiles</name>
    <message>
        <source>Waiting: %1 (re-routed here: %2)</source>
        <translation>Vuordimin: %1 (sáddejuvvon dákko: %2)</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Vuordimin: %1</translation>
    </message>
    <message>
        <source>Longest wait: %1</source>
        <translation>Guhkimus vuordin: %1</translation>
    </message>
    <message>
        <source>Available to answer: %1</source>
        <translation>Olámuttos vástidit: %1</translation>
    </message>
</context>
<context>
    <name>ReadyReplies</name>
    <message>
        <source>your first name</source>
        <translation>du ovdanamma</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisašuvdna</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>rabasáiggit</translation>
    </message>
    <message>
        <source>Ready replies</source>
        <translation>Gárvves vástádusat</translation>
    </message>
    <message>
        <source>Type / and a word to find a ready reply (for example /silent).</source>
        <translation>Čále / ja sáni, de gávnnat gárvves vástádusa (ovdamearkka dihte /silent).</translation>
    </message>
    <message>
        <source>No ready reply matches.</source>
        <translation>Ii oktage gárvves vástádus heive.</translation>
    </message>
    <message>
        <source>Fill in %1 before sending (text in curly braces).</source>
        <translation>Deavdde ovdal go sáddet: %1 (teaksta { } siste).</translation>
    </message>
    <message>
        <source>Ready replies could not be read: %1</source>
        <translation>Gárvves vástádusaid ii sáhttán lohkat: %1</translation>
    </message>
</context>
<context>
    <name>Reroute</name>
    <message>
        <source>%1 queue (shared number)</source>
        <translation>Ráidu: %1 (oktasaš nummir)</translation>
    </message>
    <message>
        <source>The caller waits on hold while you talk to a volunteer at %1 first; then you complete or cancel.</source>
        <translation>Riŋgejeaddji vuordá dan botta go don vuos ságastalat eaktodáhtolaččain dás: %1. De don loahpahat dahje gaskkalduhtát.</translation>
    </message>
    <message>
        <source>The chat moves to %1 with its transcript and your note when a volunteer there accepts.</source>
        <translation>Chat sirdojuvvo dása: %1, ságastallamiin ja du mearkkašumiin, go eaktodáhtolaš doppe dohkkeha.</translation>
    </message>
    <message>
        <source>Waiting for a volunteer at %1. Stay with the contact until then.</source>
        <translation>Vuordime eaktodáhtolačča dás: %1. Bisut oktavuođas dassážii.</translation>
    </message>
    <message>
        <source>A volunteer at %1 is talking to you: complete to hand the caller over.</source>
        <translation>Eaktodáhtolaš (%1) ságastallá duinna: loahpat sirdima, de riŋgejeaddji manná sutnje.</translation>
    </message>
    <message>
        <source>Re-routed to %1: the chat, its transcript and your note are with a volunteer there now. Finish the wrap-up.</source>
        <translation>Sáddejuvvon viidáset: %1. Chat, ságastallan ja du mearkkašupmi leat dál eaktodáhtolačča luhtte doppe. Gárvvis loahpahanbargguin.</translation>
    </message>
    <message>
        <source>Re-routed to %1: the caller is with a volunteer there now. Finish the wrap-up.</source>
        <translation>Sáddejuvvon viidáset: %1. Riŋgejeaddji lea dál eaktodáhtolačča luhtte doppe. Gárvvis loahpahanbargguin.</translation>
    </message>
    <message>
        <source>Re-route to:</source>
        <translation>Sádde viidáset:</translation>
    </message>
    <message>
        <source>Re-route to another queue or organisation</source>
        <translation>Sádde viidáset eará ráidui dahje organisašuvdnii</translation>
    </message>
    <message>
        <source>Note for the receiving volunteer (optional)</source>
        <translation>Mearkkašupmi eaktodáhtolaččii gii váldá badjelasas (válljenláhkái)</translation>
    </message>
    <message>
        <source>Re-route</source>
        <translation>Sádde viidáset</translation>
    </message>
    <message>
        <source>Re-routed to you from %1 (%2).</source>
        <translation>Sáddejuvvon dutnje: %1 (%2).</translation>
    </message>
    <message>
        <source>Note from the first volunteer: %1</source>
        <translation>Vuosttaš eaktodáhtolačča mearkkašupmi: %1</translation>
    </message>
    <message>
        <source>The first volunteer is still with the caller and talks to you first; the caller joins you when they complete.</source>
        <translation>Vuosttaš eaktodáhtolaš lea ain riŋgejeaddjiin ja ságastallá duinna vuos; riŋgejeaddji boahtá du lusa go son loahpaha sirdima.</translation>
    </message>
</context>
<context>
    <name>ResourcePanel</name>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Resurssat</translation>
    </message>
    <message>
        <source>Search services (name, need, number)</source>
        <translation>Oza bálvalusaid (namma, dárbu, nummir)</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>Oza resurssaid</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Dovdameahttun ahki</translation>
    </message>
    <message>
        <source>Age: </source>
        <translation>Ahki: </translation>
    </message>
    <message>
        <source>The contact&apos;s age, if known</source>
        <translation>Oktavuođaválddi ahki, jus dat lea dovddus</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Buot ulbmiljoavkkut</translation>
    </message>
    <message>
        <source>Only in the contact&apos;s language</source>
        <translation>Dušše oktavuođaválddi gillii</translation>
    </message>
    <message>
        <source>Matching resources</source>
        <translation>Heivvolaš resurssat</translation>
    </message>
    <message>
        <source>Put in reply</source>
        <translation>Bija vástádussii</translation>
    </message>
    <message>
        <source>Puts the service into the reply box in the contact&apos;s language; nothing is sent.</source>
        <translation>Bidjá bálvalusa vástádusboksii oktavuođaválddi gillii; mihkkege ii sáddejuvvo.</translation>
    </message>
    <message>
        <source>The resource directory is loading…</source>
        <translation>Viežžamin resursalisttu…</translation>
    </message>
    <message>
        <source>Hidden by an age limit: %1. Enter the contact&apos;s age to see them.</source>
        <translation>Čihkkon ahkeráji geažil: %1. Čále oktavuođaválddi agi, de oainnát daid.</translation>
    </message>
    <message>
        <source>Offline copy: the routing service could not be reached.</source>
        <translation>Báikkálaš kopiija: juohkinbálvalussii ii olahan.</translation>
    </message>
    <message>
        <source>Sample directory: the coordinator maintains it.</source>
        <translation>Ovdamearkalistu: koordináhtor fuolaha dan.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefovdna: %1</translation>
    </message>
    <message>
        <source>From age %1</source>
        <translation>%1 jagi rájes</translation>
    </message>
    <message>
        <source>Not yet verified.</source>
        <translation>Ii leat vel dárkkistuvvon.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Gáldu: %1</translation>
    </message>
    <message>
        <source>For you only, never shared: %1</source>
        <translation>Dušše dutnje, ii goassege juogaduvvo: %1</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>not assessed yet</source>
        <translation>ii leat vel árvvoštallojuvvon</translation>
    </message>
    <message>
        <source>low</source>
        <translation>vuollegaš</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>gaskamearálaš</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>acute</source>
        <translation>akuhtta</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>dássi %1</translation>
    </message>
    <message>
        <source>assessed %1 min ago</source>
        <translation>árvvoštallojuvvon %1 min áigi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Juo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ii</translation>
    </message>
    <message>
        <source>Not possible to ask</source>
        <translation>Ii vejolaš jearrat</translation>
    </message>
    <message>
        <source>Life in danger</source>
        <translation>Eallin lea váras</translation>
    </message>
    <message>
        <source>The person cannot answer</source>
        <translation>Olmmoš ii sáhte vástidit</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Eará sivva</translation>
    </message>
    <message>
        <source>Risk support: %1</source>
        <translation>Riskadoarja: %1</translation>
    </message>
    <message>
        <source>Sample form: your organisation replaces it with its own approved wording.</source>
        <translation>Ovdamearkaskovvi: du organisašuvdna lonuha dan iežas dohkkehuvvon teakstain.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Gidde</translation>
    </message>
    <message>
        <source>Call 113 now</source>
        <translation>Riŋge 113 dál</translation>
    </message>
    <message>
        <source>Send the level again</source>
        <translation>Sádde dási ođđasit</translation>
    </message>
    <message>
        <source>Consent to pass on anything that identifies the person:</source>
        <translation>Mieđáhus juohkit dieđuid mat identifiserejit olbmo:</translation>
    </message>
    <message>
        <source>Without consent, because:</source>
        <translation>Mieđáhusa haga, dasgo:</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Dássi: %1</translation>
    </message>
    <message>
        <source>assessed %1 ago</source>
        <translation>árvvoštallojuvvon %1 áigi</translation>
    </message>
    <message>
        <source>Consent not recorded yet.</source>
        <translation>Mieđáhus ii leat vel registrerejuvvon.</translation>
    </message>
    <message>
        <source>Consent: %1, recorded at %2</source>
        <translation>Mieđáhus: %1, registrerejuvvon %2</translation>
    </message>
    <message>
        <source>The level did not reach the supervisor: %1</source>
        <translation>Dássi ii olahan bagadeaddji: %1</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Safety plan, filled in together; it is sent in %1</source>
        <translation>Sihkkarvuođaplána, dievdojuvvon ovttas; dat sáddejuvvo dán gillii: %1</translation>
    </message>
    <message>
        <source>Send the plan into the chat</source>
        <translation>Sádde plána chattii</translation>
    </message>
    <message>
        <source>Fill in at least one step first.</source>
        <translation>Deavdde unnimusat ovtta lávkki vuos.</translation>
    </message>
    <message>
        <source>The plan is too long for one message.</source>
        <translation>Plána lea menddo guhkki ovtta dieđáhussii.</translation>
    </message>
    <message>
        <source>Sent into the chat. Nothing is kept here.</source>
        <translation>Sáddejuvvon chattii. Mihkkege ii vurkejuvvo dása.</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Press %1 to do this, or click it.</source>
        <translation>Deaddil %1 dahje coahkkal dása.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Jaskkodahte mikrofovnna dahje rahpa dan fas</translation>
    </message>
    <message>
        <source>Start a transfer to %1</source>
        <translation>Álggat sirdima: %1</translation>
    </message>
    <message>
        <source>Complete the transfer</source>
        <translation>Sirdde loahpalaččat</translation>
    </message>
    <message>
        <source>Cancel the transfer: back to the caller</source>
        <translation>Gaskkalduhte sirdima: ruovttoluotta riŋgejeaddji lusa</translation>
    </message>
    <message>
        <source>Re-route to the chosen queue or organisation</source>
        <translation>Sádde viidáset válljejuvvon ráidui dahje organisašuvdnii</translation>
    </message>
    <message>
        <source>End the current contact (it can be undone for a few seconds)</source>
        <translation>Loahpa dálá oktavuođa (dan sáhttá máhcat moatti sekundda siste)</translation>
    </message>
    <message>
        <source>Undo ending the contact</source>
        <translation>Máhcat oktavuođa loahpaheami</translation>
    </message>
    <message>
        <source>Find a ready reply (in the reply box)</source>
        <translation>Oza gárvves vástádusa (vástádusboksas)</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Mana boahtte dahje ovddit stivrenelementii</translation>
    </message>
    <message>
        <source>Open the menus: the Contact menu answers offers, transfers and ends</source>
        <translation>Raba menuid: Oktavuohta-menus vástidat fálaldagaide, sirdet ja loahpahat</translation>
    </message>
    <message>
        <source>Larger or smaller text</source>
        <translation>Stuorit dahje unnit teaksta</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Dábálaš teakstasturrodat</translation>
    </message>
    <message>
        <source>Declining, transferring and ending never happen from Space or Enter alone: use the keys below, the Contact menu, or a click.</source>
        <translation>Hilgun, sirdin ja loahpaheapmi eai goassege dáhpáhuva dušše Space- dahje Enter-boaluin: geavat vuolábeali boaluid, Oktavuohta-menu dahje coahkkal.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Boalut</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Maid dat dahká</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Gidde</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Helpline Console is already open for you on this computer.</source>
        <translation>Helpline Console lea juo rabas dutnje dán dihtoris.</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Helpline Console</source>
        <translation>Helpline Console</translation>
    </message>
    <message>
        <source>Helpline Console cannot start: a settings file has a problem.</source>
        <translation>Helpline Console ii sáhte álgit: heivehusfiilas lea meattáhus.</translation>
    </message>
    <message>
        <source>Please tell your IT department. What they need to correct is shown below.</source>
        <translation>Muital IT-ossodahkii. Dat maid sii galget divvut, čájehuvvo vuolábealde.</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Export statistics</source>
        <translation>Olggosfievrrit statistihka</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Álgu</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Loahppa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanála</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Ulbmiljoavku</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Čájet</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Olggosfievrrit CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Olggosfievrrit XLSX…</translation>
    </message>
    <message>
        <source>Loading statistics</source>
        <translation>Viežžamin statistihka</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Buot kanálat</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Buot ulbmiljoavkkut</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Fállojuvvon</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Vástiduvvon</translation>
    </message>
    <message>
        <source>Offered and answered by day</source>
        <translation>Fállojuvvon ja vástiduvvon beaivvi mielde</translation>
    </message>
    <message>
        <source>Offered and answered by hour of day</source>
        <translation>Fállojuvvon ja vástiduvvon diimmu mielde</translation>
    </message>
    <message>
        <source>Median waiting time by day (minutes)</source>
        <translation>Vuordináiggi mediána beaivvi mielde (minuhtat)</translation>
    </message>
    <message>
        <source>Topic shares per target group (%)</source>
        <translation>Fáddáoasit ulbmiljoavkku mielde (%)</translation>
    </message>
    <message>
        <source>Loading statistics…</source>
        <translation>Viežžamin statistihka…</translation>
    </message>
    <message>
        <source>Choose a period and press Show.</source>
        <translation>Vállje áigodaga ja deaddil Čájet.</translation>
    </message>
    <message>
        <source>Offered %1 · answered %2 · silent %3</source>
        <translation>Fállojuvvon %1 · vástiduvvon %2 · jaskes %3</translation>
    </message>
    <message>
        <source>Counts under %1 are hidden so that no one can be singled out</source>
        <translation>Logut vuollel %1 eai čájehuvvo, vai ii oktage dovdojuvvo</translation>
    </message>
    <message>
        <source>Choose a period of at most %1 days that ends after it starts.</source>
        <translation>Vállje áigodaga mii lea eanemusat %1 beaivvi ja mii loahppá maŋŋel go álgá.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisašuvdna</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Beaivi</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Diibmu</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Guđđojuvvon</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Jaskes</translation>
    </message>
    <message>
        <source>Median wait (s)</source>
        <translation>Vuordináiggi mediána (s)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fiila (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-bargogirji (*.xlsx)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistihkka</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Ii sáhttán vurket: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Vurkejuvvon: %1</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>Filter by name, state, language…</source>
        <translation>Oza nama, dili dahje giela mielde…</translation>
    </message>
    <message>
        <source>Needs you now</source>
        <translation>Dárbbaša du dál</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Bargojoavkku miellahtut</translation>
    </message>
    <message>
        <source>Acknowledge: I am on my way</source>
        <translation>Dovddas: lean boahtimin</translation>
    </message>
    <message>
        <source>%1 asks for help</source>
        <translation>%1 bivdá veahki</translation>
    </message>
    <message>
        <source>%1 would like a debrief</source>
        <translation>%1 háliidivččii ságastallat maŋŋel</translation>
    </message>
    <message>
        <source>%1 flagged a contact as high risk</source>
        <translation>%1 merkii oktavuođa alla riskan</translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation>vuordán %1 min</translation>
    </message>
    <message>
        <source>Someone has waited %1.</source>
        <translation>Muhtun lea vuordán %1.</translation>
    </message>
</context>
<context>
    <name>TeamTable</name>
    <message>
        <source>HELP REQUESTED</source>
        <translation>VEAHKKI BIVDOJUVVON</translation>
    </message>
    <message>
        <source>Help on the way</source>
        <translation>Veahkki boahtimin</translation>
    </message>
    <message>
        <source>HIGH RISK: %1</source>
        <translation>ALLA RISKA: %1</translation>
    </message>
    <message>
        <source>HIGH RISK</source>
        <translation>ALLA RISKA</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Eaktodáhtolaš</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Leahkin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Dilli</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Áigi dilis</translation>
    </message>
    <message>
        <source>Current contact</source>
        <translation>Dálá oktavuohta</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Gielat</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkkat</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING: practice only. No real callers, no real services.</source>
        <translation>HARJEHALLAN: dušše hárjehallan. Eai duohta riŋgejeaddjit, eai duohta bálvalusat.</translation>
    </message>
    <message>
        <source>You marked: %1</source>
        <translation>Don merket: %1</translation>
    </message>
    <message>
        <source>Scenario started</source>
        <translation>Dilli álggii</translation>
    </message>
    <message>
        <source>The contact was offered to you</source>
        <translation>Oktavuohta fállojuvvui dutnje</translation>
    </message>
    <message>
        <source>You accepted</source>
        <translation>Don dohkkehit</translation>
    </message>
    <message>
        <source>You wrote</source>
        <translation>Don čállet</translation>
    </message>
    <message>
        <source>You flagged high risk</source>
        <translation>Don merket alla riskka</translation>
    </message>
    <message>
        <source>You asked the supervisor</source>
        <translation>Don jerret bagadeaddjis</translation>
    </message>
    <message>
        <source>Risk assessed: %1</source>
        <translation>Riska árvvoštallojuvvon: %1</translation>
    </message>
    <message>
        <source>You recorded consent</source>
        <translation>Don registrerejit mieđáhusa</translation>
    </message>
    <message>
        <source>You started a transfer to %1</source>
        <translation>Don álggahit sirdima: %1</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 vástidii</translation>
    </message>
    <message>
        <source>Transfer to %1 completed</source>
        <translation>Sirdin válmmas: %1</translation>
    </message>
    <message>
        <source>Transfer to %1 failed</source>
        <translation>Sirdin ii lihkostuvvan: %1</translation>
    </message>
    <message>
        <source>Transfer to %1 cancelled</source>
        <translation>Sirdin gaskkalduhttojuvvui: %1</translation>
    </message>
    <message>
        <source>The caller left</source>
        <translation>Riŋgejeaddji vulggii</translation>
    </message>
    <message>
        <source>You ended the contact</source>
        <translation>Don loahpahit oktavuođa</translation>
    </message>
    <message>
        <source>You finished the wrap-up</source>
        <translation>Don gárvvistit loahpahanbarggu</translation>
    </message>
    <message>
        <source>Accept the contact</source>
        <translation>Dohkket oktavuođa</translation>
    </message>
    <message>
        <source>Write a first reply</source>
        <translation>Čále vuosttaš vástádusa</translation>
    </message>
    <message>
        <source>Flag high risk</source>
        <translation>Merke alla riskka</translation>
    </message>
    <message>
        <source>Ask the supervisor</source>
        <translation>Jeara bagadeaddjis</translation>
    </message>
    <message>
        <source>Assess the risk</source>
        <translation>Árvvoštala riskka</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrere mieđáhusa</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Sirdde: %1</translation>
    </message>
    <message>
        <source>Complete the transfer to %1</source>
        <translation>Loahpat sirdima: %1</translation>
    </message>
    <message>
        <source>Finish the wrap-up</source>
        <translation>Gárvvis loahpahanbargguin</translation>
    </message>
    <message>
        <source>Done (%1 s)</source>
        <translation>Dahkkon (%1 s)</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ii dahkkon</translation>
    </message>
    <message>
        <source>Too late (%1 s, expected by %2 s)</source>
        <translation>Menddo maŋŋit (%1 s, vurdojuvvui %2 s siste)</translation>
    </message>
    <message>
        <source>Not as expected (%1 s)</source>
        <translation>Ii nu go vurdojuvvui (%1 s)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Helpline Console: training debrief</source>
        <translation>Helpline Console: hárjehallama čoahkkáigeassu</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Dilli: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Beaivi: %1</translation>
    </message>
    <message>
        <source>Expected actions done: %1 of %2</source>
        <translation>Vurdojuvvon dagut dahkkon: %1 / %2</translation>
    </message>
    <message>
        <source>Time to accept: %1</source>
        <translation>Áigi dohkkeheapmái: %1</translation>
    </message>
    <message>
        <source>Time to flag high risk: %1</source>
        <translation>Áigi alla riska merkemii: %1</translation>
    </message>
    <message>
        <source>Time to start a transfer: %1</source>
        <translation>Áigi sirdima álggaheapmái: %1</translation>
    </message>
    <message>
        <source>What the scenario expected</source>
        <translation>Maid dilli vurddii</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Maid don dahket</translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation>Vállje dili</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Álgge</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Čoahkkáigeassu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mii dáhpáhuvai</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Áigi</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Olggosfievrrit raportta…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Olggosfievrrit raportta</translation>
    </message>
    <message>
        <source>Choose a scenario…</source>
        <translation>Vállje dili…</translation>
    </message>
    <message>
        <source>Show debrief</source>
        <translation>Čájet čoahkkáigeasu</translation>
    </message>
    <message>
        <source>What the caller says:</source>
        <translation>Maid riŋgejeaddji dadjá:</translation>
    </message>
    <message>
        <source>You are now Available, so the practice contact can reach you.</source>
        <translation>Du dilli lea dál Olámuttos, nu ahte hárjehallanoktavuohta sáhttá boahtit dutnje.</translation>
    </message>
    <message>
        <source>Choose a scenario to start.</source>
        <translation>Vállje dili álgit.</translation>
    </message>
    <message>
        <source>Get ready: the contact arrives in a moment.</source>
        <translation>Ráhkkan: oktavuohta boahtá dakkaviđe.</translation>
    </message>
    <message>
        <source>In progress. Handle the contact as on a real shift.</source>
        <translation>Jođus. Gieđahala oktavuođa nugo duohta vuorus.</translation>
    </message>
    <message>
        <source>Finished. The debrief shows how it went.</source>
        <translation>Gárvvis. Čoahkkáigeassu čájeha mo manai.</translation>
    </message>
</context>
<context>
    <name>TrainingLaunch</name>
    <message>
        <source>Practise now?</source>
        <translation>Hárjehallat dál?</translation>
    </message>
    <message>
        <source>You have a live contact open. Practice opens a separate training window; the live contact stays here and still needs you.</source>
        <translation>Dus lea duohta oktavuohta rabas. Hárjehallan rahpasa sierra lásis; duohta oktavuohta bissu dás ja dárbbaša du ain.</translation>
    </message>
    <message>
        <source>Practise anyway</source>
        <translation>Hárjehala goitge</translation>
    </message>
</context>
<context>
    <name>TransferBar</name>
    <message>
        <source>The caller waits on hold while you talk to %1 first.</source>
        <translation>Riŋgejeaddji vuordá dan botta go don vuos ságastalat dáinna: %1.</translation>
    </message>
    <message>
        <source>%1 joins this chat with your note; then you hand over.</source>
        <translation>%1 searvá dán chattii du mearkkašumiin; de don addát ovddasvástádusa.</translation>
    </message>
    <message>
        <source>Your phone rings and connects you to %1. The chatter is not connected: you relay.</source>
        <translation>Du telefovdna čuodjá ja čatná du dása: %1. Chattejeaddji ii leat čatnon: don gaskkustat.</translation>
    </message>
    <message>
        <source>Not possible on this channel.</source>
        <translation>Ii vejolaš dán kanálas.</translation>
    </message>
    <message>
        <source>Transfer:</source>
        <translation>Sirdde:</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Rabas: %1</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Giddejuvvon dál.</translation>
    </message>
    <message>
        <source>Note for the receiving service (optional)</source>
        <translation>Mearkkašupmi bálvalussii mii váldá badjelasas (válljenláhkái)</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Sirdde loahpalaččat</translation>
    </message>
    <message>
        <source>Cancel: back to the caller</source>
        <translation>Gaskkalduhte: ruovttoluotta riŋgejeaddji lusa</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Máŋge nummira</translation>
    </message>
    <message>
        <source>The caller hung up. If they may be in danger, call yourself:</source>
        <translation>Riŋgejeaddji loahpahii. Jus son sáhttá leat váras, riŋge ieš:</translation>
    </message>
    <message>
        <source>AMK will ask where the caller is: address, place, landmarks.</source>
        <translation>AMK jearrá gos riŋgejeaddji lea: čujuhus, báiki, dovdomearkkat.</translation>
    </message>
    <message>
        <source>No municipality: this reaches the legevakt near the helpline, not near the caller.</source>
        <translation>Ii gielda: dát ollá legevaktii veahkkelinjá lahka, ii riŋgejeaddji lahka.</translation>
    </message>
    <message>
        <source>The chatter is not connected to %1: you relay.</source>
        <translation>Chattejeaddji ii leat čatnon dása: %1. Don gaskkustat.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Álggaheamen…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Čatnon: %1</translation>
    </message>
    <message>
        <source>Ringing %1…</source>
        <translation>Čuodjá: %1…</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Riŋgemin: %1…</translation>
    </message>
    <message>
        <source>Dial by hand:</source>
        <translation>Riŋge ieš:</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show the console</source>
        <translation>Čájet konsolla</translation>
    </message>
</context>
<context>
    <name>VoiceControls</name>
    <message>
        <source>No microphone or speaker: choose where to hear calls</source>
        <translation>Ii mikrofovdna iige jietnaboksa: vállje gos gulat ságastallamiid</translation>
    </message>
    <message>
        <source>Where you hear calls: devices, microphone test, volume</source>
        <translation>Gos gulat ságastallamiid: ovttadagat, mikrofovdnageahččaleapmi, jietnadássi</translation>
    </message>
    <message>
        <source>Microphone muted</source>
        <translation>Mikrofovdna lea jaskkodahtton</translation>
    </message>
    <message>
        <source>You are marked as not responding: check your phone, then choose Available when you are ready.</source>
        <translation>Du dilli lea Ii vástit: dárkkis telefovnna, ja vállje Olámuttos go leat gearggus.</translation>
    </message>
    <message>
        <source>The console&apos;s audio connection failed, so calls cannot be heard. Open the voice settings in the status bar to try again, or switch to your phone.</source>
        <translation>Konsolla jietnaoktavuohta ii doaibman, nu ahte ságastallamiid ii sáhte gullat. Raba jietnaheivehusaid stáhtussárgás ja geahččal ođđasit, dahje molsso iežat telefovdnii.</translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <source>Where you hear calls</source>
        <translation>Gos gulat ságastallamiid</translation>
    </message>
    <message>
        <source>In the console (headset or speakers)</source>
        <translation>Konsollas (oaivetelefovdna dahje jietnaboksat)</translation>
    </message>
    <message>
        <source>On my own phone</source>
        <translation>Iežan telefovnnas</translation>
    </message>
    <message>
        <source>No calls, chat only</source>
        <translation>Eai ságastallamat, dušše chat</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofovnna dássi</translation>
    </message>
    <message>
        <source>Call volume</source>
        <translation>Ságastallama jietnadássi</translation>
    </message>
    <message>
        <source>Phone number to ring</source>
        <translation>Telefovdnanummir masa riŋgejuvvo</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofovdna</translation>
    </message>
    <message>
        <source>Microphone test (speak)</source>
        <translation>Mikrofovdnageahččaleapmi (hála)</translation>
    </message>
    <message>
        <source>Speaker or headset</source>
        <translation>Jietnaboksa dahje oaivetelefovdna</translation>
    </message>
    <message>
        <source>Ring plays on</source>
        <translation>Riŋgenjietna čuodjá dás</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Vuogádaga standárda</translation>
    </message>
    <message>
        <source>No microphone or speaker was found on this computer. Plug in a headset and open this again, or choose your own phone.</source>
        <translation>Dán dihtoris ii gávdnon mikrofovdna iige jietnaboksa. Čatna oaivetelefovnna ja raba dán ođđasit, dahje vállje iežat telefovnna.</translation>
    </message>
    <message>
        <source>Nothing you hear or say is recorded.</source>
        <translation>Maidege maid gulat dahje dadjat ii báddejuvvo.</translation>
    </message>
    <message>
        <source>Write the whole number with the country code, for example +47 912 34 567.</source>
        <translation>Čále olles nummira riikakodain, omd. +47 912 34 567.</translation>
    </message>
</context>
<context>
    <name>VoiceLine</name>
    <message>
        <source>On your phone %1</source>
        <translation>Du telefovnnas %1</translation>
    </message>
    <message>
        <source>Chat only: no calls</source>
        <translation>Dušše chat: eai ságastallamat</translation>
    </message>
    <message>
        <source>In the console</source>
        <translation>Konsollas</translation>
    </message>
    <message>
        <source>Your phone is ringing: answer it to talk to the caller</source>
        <translation>Du telefovdna čuodjá: vástit dan, de sáhtát ságastallat riŋgejeaddjiin</translation>
    </message>
    <message>
        <source>Your phone did not answer. The call went back to the queue.</source>
        <translation>Du telefovdna ii vástidan. Ságastallan manai ruovttoluotta ráidui.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Čatnon</translation>
    </message>
    <message>
        <source>The audio connection failed. Try again, or switch to your phone.</source>
        <translation>Jietnaoktavuohta ii doaibman. Geahččal ođđasit, dahje molsso iežat telefovdnii.</translation>
    </message>
    <message>
        <source>No microphone or speaker found. Plug in a headset, or switch to your phone.</source>
        <translation>Ii gávdnon mikrofovdna iige jietnaboksa. Čatna oaivetelefovnna, dahje molsso iežat telefovdnii.</translation>
    </message>
    <message>
        <source>Headset disconnected: the call goes on through this computer&apos;s speakers.</source>
        <translation>Oaivetelefovdna čuldojuvvui: ságastallan joatkašuvvá dán dihtora jietnabovssaid bokte.</translation>
    </message>
    <message>
        <source>Connecting audio…</source>
        <translation>Čatnamin jiena…</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Jaskkodahtton</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Jaskkodahte</translation>
    </message>
    <message>
        <source>Mute the microphone (%1)</source>
        <translation>Jaskkodahte mikrofovnna (%1)</translation>
    </message>
    <message>
        <source>Microphone muted</source>
        <translation>Mikrofovdna lea jaskkodahtton</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Jaskkodahte mikrofovnna</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <source>On shift %1</source>
        <translation>Vuorus %1</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Váldde boddu</translation>
    </message>
    <message>
        <source>Ask for a debrief</source>
        <translation>Bivdde ságastallama maŋŋel</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Maŋŋelaš</translation>
    </message>
    <message>
        <source>You have been on shift for %1 without a break. A short pause helps you stay present for the next caller.</source>
        <translation>Don leat leamaš vuorus %1 boddu haga. Oanehis boddu veahkeha du leat dás boahtte riŋgejeaddji várás.</translation>
    </message>
    <message>
        <source>That was a heavy contact. Take a moment before the next one.</source>
        <translation>Dat lei lossa oktavuohta. Váldde bottaža ovdal boahtte oktavuođa.</translation>
    </message>
    <message>
        <source>A supervisor has been asked to talk it through with you.</source>
        <translation>Bagadeaddjis lea jerron ságastallat dan birra duinna.</translation>
    </message>
    <message>
        <source>A supervisor will talk it through with you.</source>
        <translation>Bagadeaddji ságastallá dan birra duinna.</translation>
    </message>
    <message>
        <source>No new contacts come to you while this note is open: your status is Busy. Choose Later when you are ready for the next one.</source>
        <translation>It oaččo ođđa oktavuođaid dan botta go dát dieđáhus lea rabas: du dilli lea Várrejuvvon. Vállje Maŋŋelaš go leat gearggus boahtte oktavuhtii.</translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <source>Wrap-up: what was this contact?</source>
        <translation>Loahpahanbargu: mii lei dát oktavuohta?</translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation>Loahpahanbargu gárvvis</translation>
    </message>
    <message>
        <source>Files the record now, with nothing more to fill in</source>
        <translation>Vurke dieđuid dál, eará ii dárbbaš deavdit</translation>
    </message>
    <message>
        <source>%1: file the record now</source>
        <translation>%1: vurke dieđuid dál</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vállje…</translation>
    </message>
    <message>
        <source>Fill in before finishing: %1</source>
        <translation>Deavdde ovdal go gárvvistat: %1</translation>
    </message>
</context>
</TS>
