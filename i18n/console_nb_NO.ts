<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Prøv igjen nå</translation>
    </message>
    <message>
        <source>Try to reconnect at once</source>
        <translation>Prøv å koble til igjen med en gang</translation>
    </message>
    <message>
        <source>The live connection stopped unexpectedly. Reconnecting…</source>
        <translation>Forbindelsen stoppet uventet. Kobler til igjen …</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Chat transcript</source>
        <translation>Chatlogg</translation>
    </message>
    <message>
        <source>Write a reply (plain text)</source>
        <translation>Skriv et svar (ren tekst)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>End the contact and start wrap-up (%1)</source>
        <translation>Avslutt kontakten og start etterarbeid (%1)</translation>
    </message>
    <message>
        <source>Flag high risk</source>
        <translation>Marker høy risiko</translation>
    </message>
    <message>
        <source>Ask supervisor</source>
        <translation>Be om hjelp fra vaktleder</translation>
    </message>
    <message>
        <source>Risk support</source>
        <translation>Risikostøtte</translation>
    </message>
    <message>
        <source>Wrap-up: choose an outcome</source>
        <translation>Etterarbeid: velg utfall</translation>
    </message>
    <message>
        <source>Short note (optional, no names)</source>
        <translation>Kort notat (valgfritt, ingen navn)</translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation>Fullfør etterarbeid</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hent tilbake</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sett på vent</translation>
    </message>
    <message>
        <source>High risk flagged</source>
        <translation>Høy risiko er markert</translation>
    </message>
    <message>
        <source>Supervisor is coming</source>
        <translation>Vaktleder kommer</translation>
    </message>
    <message>
        <source>Help requested</source>
        <translation>Har bedt om hjelp</translation>
    </message>
    <message>
        <source>The caller has left</source>
        <translation>Innringeren har lagt på</translation>
    </message>
    <message>
        <source>Wrap-up %1</source>
        <translation>Etterarbeid %1</translation>
    </message>
    <message>
        <source>Call time %1</source>
        <translation>Samtaletid %1</translation>
    </message>
    <message>
        <source>On hold %1</source>
        <translation>På vent %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>First volunteer</source>
        <translation>Første frivillige</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>levert</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>sender …</translation>
    </message>
    <message>
        <source>NOT SENT: will retry</source>
        <translation>IKKE SENDT: prøver igjen</translation>
    </message>
</context>
<context>
    <name>ContactTabs</name>
    <message>
        <source>High risk</source>
        <translation>Høy risiko</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Etterarbeid</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På vent</translation>
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
        <translation>Samtalen fortsetter.</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Angre (%1)</translation>
    </message>
    <message>
        <source>Undo: the contact goes on</source>
        <translation>Angre: samtalen fortsetter</translation>
    </message>
    <message>
        <source>Ending the contact in %1 s.</source>
        <translation>Avslutter samtalen om %1 s.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No connection to the routing service.</source>
        <translation>Ingen forbindelse til rutingtjenesten.</translation>
    </message>
    <message>
        <source>The routing service did not answer in time.</source>
        <translation>Rutingtjenesten svarte ikke i tide.</translation>
    </message>
    <message>
        <source>The routing service is busy. Try again in a moment.</source>
        <translation>Rutingtjenesten er opptatt. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation>Innloggingen din er utløpt. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>You do not have access to this.</source>
        <translation>Du har ikke tilgang til dette.</translation>
    </message>
    <message>
        <source>This contact or offer is no longer there.</source>
        <translation>Denne kontakten eller henvendelsen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>That is not possible right now.</source>
        <translation>Det går ikke akkurat nå.</translation>
    </message>
    <message>
        <source>The routing service did not accept this.</source>
        <translation>Rutingtjenesten godtok ikke dette.</translation>
    </message>
    <message>
        <source>Something went wrong in the routing service.</source>
        <translation>Noe gikk galt i rutingtjenesten.</translation>
    </message>
    <message>
        <source>This routing service address is not secure (https is required).</source>
        <translation>Adressen til rutingtjenesten er ikke sikker (https kreves).</translation>
    </message>
    <message>
        <source>The routing service&apos;s certificate is not trusted (expired, self-signed or for another address). The console will not connect: tell your IT department.</source>
        <translation>Sertifikatet til rutingtjenesten er ikke til å stole på (utløpt, selvsignert eller for en annen adresse). Konsollen kobler seg ikke til: si fra til IT-avdelingen.</translation>
    </message>
    <message>
        <source>This computer has no safe place to remember your sign-in.</source>
        <translation>Denne datamaskinen har ikke et trygt sted å huske innloggingen din.</translation>
    </message>
    <message>
        <source>Sign-in did not complete.</source>
        <translation>Innloggingen ble ikke fullført.</translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached. Check the connection and try again.</source>
        <translation>Får ikke kontakt med innloggingstjenesten. Sjekk forbindelsen og prøv igjen.</translation>
    </message>
    <message>
        <source>The sign-in service is not set up the way the routing service says. Tell your IT department.</source>
        <translation>Innloggingstjenesten er ikke satt opp slik rutingtjenesten oppgir. Si fra til IT-avdelingen.</translation>
    </message>
    <message>
        <source>This routing service uses a sign-in service your organisation has not approved. Tell your IT department.</source>
        <translation>Denne rutingtjenesten bruker en innloggingstjeneste som organisasjonen din ikke har godkjent. Si fra til IT-avdelingen.</translation>
    </message>
    <message>
        <source>The sign-in could not be verified. Check that this computer&apos;s date and time are right, then try again; if it happens again, tell your IT department.</source>
        <translation>Innloggingen kunne ikke bekreftes. Sjekk at dato og klokkeslett på denne datamaskinen er riktige, og prøv igjen. Skjer det igjen, si fra til IT-avdelingen.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this sign-in and was refused. Close other sign-in pages and try again.</source>
        <translation>Svaret fra innloggingen passet ikke til denne innloggingen og ble avvist. Lukk andre innloggingssider og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The console locked itself after a while without use. Contacts are hidden and no new ones come to you. A call in progress is not dropped.</source>
        <translation>Konsollen låste seg etter en stund uten bruk. Henvendelser er skjult, og du får ingen nye. En pågående samtale blir ikke brutt.</translation>
    </message>
    <message>
        <source>Sign in to continue</source>
        <translation>Logg inn for å fortsette</translation>
    </message>
    <message>
        <source>Someone else signed in. The console stays locked: the volunteer on this shift must sign in.</source>
        <translation>Noen andre logget inn. Konsollen forblir låst: den frivillige på denne vakten må logge inn.</translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <source>Routing service</source>
        <translation>Rutingtjeneste</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Tilbudte språk</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Lås etter minutter uten aktivitet</translation>
    </message>
    <message>
        <source>Remember sign-in</source>
        <translation>Husk innloggingen</translation>
    </message>
    <message>
        <source>Automatic updates</source>
        <translation>Automatiske oppdateringer</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Fargetema</translation>
    </message>
    <message>
        <source>Text size (percent)</source>
        <translation>Tekststørrelse (prosent)</translation>
    </message>
    <message>
        <source>Ring sound</source>
        <translation>Ringelyd</translation>
    </message>
    <message>
        <source>Ring volume (percent)</source>
        <translation>Ringevolum (prosent)</translation>
    </message>
    <message>
        <source>Changed keyboard shortcuts</source>
        <translation>Endrede hurtigtaster</translation>
    </message>
    <message>
        <source>Sign-in service (issuer)</source>
        <translation>Innloggingstjeneste (issuer)</translation>
    </message>
    <message>
        <source>Sign-in client id</source>
        <translation>Klient-ID for innlogging</translation>
    </message>
    <message>
        <source>Sign-in requests sent directly to the sign-in service (PAR)</source>
        <translation>Innloggingsforespørsler sendes direkte til innloggingstjenesten (PAR)</translation>
    </message>
    <message>
        <source>Sign-in bound to this computer (DPoP)</source>
        <translation>Innlogging bundet til denne datamaskinen (DPoP)</translation>
    </message>
    <message>
        <source>Ready replies folder</source>
        <translation>Mappe for ferdige svar</translation>
    </message>
    <message>
        <source>Where calls are heard</source>
        <translation>Hvor samtaler høres</translation>
    </message>
    <message>
        <source>Phone number rung for calls</source>
        <translation>Telefonnummer som ringes ved samtaler</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker or headset</source>
        <translation>Høyttaler eller hodesett</translation>
    </message>
    <message>
        <source>Ring plays on</source>
        <translation>Ringelyden spilles på</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Set by IT (policy file)</source>
        <translation>Satt av IT (policyfil)</translation>
    </message>
    <message>
        <source>Set by IT (registry)</source>
        <translation>Satt av IT (registeret)</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Dine innstillinger</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Startkommando</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Installation and settings</source>
        <translation>Installasjon og innstillinger</translation>
    </message>
    <message>
        <source>Version %1 (commit %2)</source>
        <translation>Versjon %1 (commit %2)</translation>
    </message>
    <message>
        <source>Settings set by your organisation&apos;s IT are locked and cannot be changed here.</source>
        <translation>Innstillinger som er satt av IT i organisasjonen din, er låst og kan ikke endres her.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Innstilling</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Hvor den kommer fra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Available</source>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Opptatt</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Frakoblet</translation>
    </message>
    <message>
        <source>Waiting for contacts</source>
        <translation>Venter på henvendelser</translation>
    </message>
    <message>
        <source>Contact offered</source>
        <translation>Henvendelse tilbys</translation>
    </message>
    <message>
        <source>In a contact</source>
        <translation>I samtale</translation>
    </message>
    <message>
        <source>Wrapping up</source>
        <translation>Etterarbeid</translation>
    </message>
    <message>
        <source>Not responding: you missed an offer, so no new contacts come to you</source>
        <translation>Svarer ikke: du gikk glipp av en henvendelse, så du får ingen nye</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbudt</translation>
    </message>
    <message>
        <source>In contact</source>
        <translation>I samtale</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Etterarbeid</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Svarer ikke</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Child/youth</source>
        <translation>Barn/unge</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Voksen</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Ukjent alder</translation>
    </message>
    <message>
        <source>Northern Sámi</source>
        <translation>Nordsamisk</translation>
    </message>
    <message>
        <source>Lule Sámi</source>
        <translation>Lulesamisk</translation>
    </message>
    <message>
        <source>South Sámi</source>
        <translation>Sørsamisk</translation>
    </message>
    <message>
        <source>Norwegian (bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <source>Norwegian (nynorsk)</source>
        <translation>Norsk (nynorsk)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Talked and supported</source>
        <translation>Samtale og støtte</translation>
    </message>
    <message>
        <source>Referred to another service</source>
        <translation>Henvist til en annen tjeneste</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Overført</translation>
    </message>
    <message>
        <source>Silent contact</source>
        <translation>Stille henvendelse</translation>
    </message>
    <message>
        <source>Ended before talking</source>
        <translation>Avsluttet før samtale</translation>
    </message>
    <message>
        <source>Misuse of the line</source>
        <translation>Misbruk av linjen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Ringer …</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Det ringer …</translation>
    </message>
    <message>
        <source>Connected: consulting</source>
        <translation>Tilkoblet: konsultasjon</translation>
    </message>
    <message>
        <source>Cancelled: caller is back</source>
        <translation>Avbrutt: innringeren er tilbake hos deg</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Overføringen mislyktes</translation>
    </message>
    <message>
        <source>The caller hung up</source>
        <translation>Innringeren la på</translation>
    </message>
    <message>
        <source>The line was busy.</source>
        <translation>Linjen var opptatt.</translation>
    </message>
    <message>
        <source>Nobody answered.</source>
        <translation>Ingen svarte.</translation>
    </message>
    <message>
        <source>The call could not be set up.</source>
        <translation>Samtalen kunne ikke settes opp.</translation>
    </message>
    <message>
        <source>The service declined.</source>
        <translation>Tjenesten avslo.</translation>
    </message>
    <message>
        <source>The transfer did not go through.</source>
        <translation>Overføringen gikk ikke gjennom.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til …</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Tilkoblet</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Forbindelsen er borte. Kobler til igjen …</translation>
    </message>
    <message>
        <source>Offline: please sign in again</source>
        <translation>Frakoblet: logg inn på nytt</translation>
    </message>
    <message>
        <source>Not available while the connection is down.</source>
        <translation>Ikke tilgjengelig mens forbindelsen er nede.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Partly translated: what is missing is shown in Norwegian bokmål</source>
        <translation>Delvis oversatt: det som mangler, vises på norsk bokmål</translation>
    </message>
    <message>
        <source>partly translated</source>
        <translation>delvis oversatt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ring sound</source>
        <translation>Ringelyd</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Klokkespill</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Bjelle</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Dempet</translation>
    </message>
    <message>
        <source>System beep</source>
        <translation>Systemets pip</translation>
    </message>
    <message>
        <source>Test the ring</source>
        <translation>Test ringelyden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visning</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Følg systemet (lyst eller mørkt)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Høy kontrast</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Mindre tekst</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normal tekststørrelse</translation>
    </message>
    <message>
        <source>Undo ending the contact</source>
        <translation>Angre avslutningen av samtalen</translation>
    </message>
    <message>
        <source>Complete the transfer</source>
        <translation>Fullfør overføringen</translation>
    </message>
    <message>
        <source>Cancel the transfer: back to the caller</source>
        <translation>Avbryt overføringen: tilbake til innringeren</translation>
    </message>
    <message>
        <source>Helpline Console</source>
        <translation>Helpline Console</translation>
    </message>
    <message>
        <source>TRAINING: %1</source>
        <translation>ØVING: %1</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <source>Practise in training mode…</source>
        <translation>Øv i øvingsmodus …</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Øving</translation>
    </message>
    <message>
        <source>Training scenario</source>
        <translation>Øvingsscenario</translation>
    </message>
    <message>
        <source>Choose a scenario…</source>
        <translation>Velg et scenario …</translation>
    </message>
    <message>
        <source>Show debrief</source>
        <translation>Vis gjennomgang</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Vakt</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Installation and settings…</source>
        <translation>Installasjon og innstillinger …</translation>
    </message>
    <message>
        <source>Locked: set by your organisation&apos;s IT</source>
        <translation>Låst: satt av IT i organisasjonen din</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Your presence</source>
        <translation>Din tilstedeværelse</translation>
    </message>
    <message>
        <source>Open contacts</source>
        <translation>Åpne samtaler</translation>
    </message>
    <message>
        <source>Sign in with your organisation to start your shift.</source>
        <translation>Logg inn med organisasjonen din for å starte vakten.</translation>
    </message>
    <message>
        <source>Sign in with your organisation</source>
        <translation>Logg inn med organisasjonen din</translation>
    </message>
    <message>
        <source>Become available again</source>
        <translation>Bli tilgjengelig igjen</translation>
    </message>
    <message>
        <source>No active contacts. Offers appear on the left.</source>
        <translation>Ingen aktive samtaler. Henvendelser vises til venstre.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>My shift</source>
        <translation>Min vakt</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Teamet</translation>
    </message>
    <message>
        <source>You missed an offer. It has gone to a colleague.</source>
        <translation>Du gikk glipp av en henvendelse. Den er sendt til en kollega.</translation>
    </message>
    <message>
        <source>A contact is waiting for you.</source>
        <translation>En henvendelse venter på deg.</translation>
    </message>
    <message>
        <source>A volunteer needs you.</source>
        <translation>En frivillig trenger deg.</translation>
    </message>
    <message>
        <source>You cannot sign out while a contact is open. End it first.</source>
        <translation>Du kan ikke logge ut mens en samtale er åpen. Avslutt den først.</translation>
    </message>
    <message>
        <source>No new contacts come to you until you are available.</source>
        <translation>Du får ingen nye henvendelser før du er tilgjengelig.</translation>
    </message>
    <message>
        <source>Accept the selected offer</source>
        <translation>Ta imot valgt henvendelse</translation>
    </message>
    <message>
        <source>Decline the selected offer</source>
        <translation>Avvis valgt henvendelse</translation>
    </message>
    <message>
        <source>Hold or resume the call</source>
        <translation>Sett samtalen på vent eller hent den tilbake</translation>
    </message>
    <message>
        <source>End the current contact</source>
        <translation>Avslutt gjeldende samtale</translation>
    </message>
    <message>
        <source>Send the chat message</source>
        <translation>Send chatmeldingen</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Denne listen</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <source>Caller&apos;s municipality</source>
        <translation>Innringerens kommune</translation>
    </message>
    <message>
        <source>Where is the caller? Type a municipality name or number.</source>
        <translation>Hvor er innringeren? Skriv kommunenavn eller kommunenummer.</translation>
    </message>
    <message>
        <source>For example Tromsø or 5501</source>
        <translation>For eksempel Tromsø eller 5501</translation>
    </message>
    <message>
        <source>Call legevakt</source>
        <translation>Ring legevakt</translation>
    </message>
    <message>
        <source>Unknown: call 116 117 anyway</source>
        <translation>Ukjent: ring 116 117 likevel</translation>
    </message>
    <message>
        <source>Without a municipality, 116 117 reaches the legevakt near the helpline, not near the caller.</source>
        <translation>Uten kommune når 116 117 legevakten nær hjelpetelefonen, ikke nær innringeren.</translation>
    </message>
</context>
<context>
    <name>OfferNotice</name>
    <message>
        <source>The chatter left before you answered.</source>
        <translation>Den som chattet, gikk før du svarte.</translation>
    </message>
    <message>
        <source>The caller hung up before you answered.</source>
        <translation>Innringeren la på før du svarte.</translation>
    </message>
    <message>
        <source>An offer went back to the queue when your status changed.</source>
        <translation>En henvendelse gikk tilbake til køen da statusen din endret seg.</translation>
    </message>
    <message>
        <source>An offer was withdrawn. It has gone back to the queue.</source>
        <translation>En henvendelse ble trukket tilbake. Den har gått tilbake til køen.</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>Routed to %1 · waiting %2 · answer within %3 s</source>
        <translation>Rutet til %1 · venter %2 · svar innen %3 s</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Venter på deg</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Ta imot</translation>
    </message>
    <message>
        <source>Accept the selected contact (%1)</source>
        <translation>Ta imot valgt henvendelse (%1)</translation>
    </message>
    <message>
        <source>Decline: it goes to a colleague (%1)</source>
        <translation>Avvis: den går til en kollega (%1)</translation>
    </message>
    <message>
        <source>To decline, press %1 or click Decline.</source>
        <translation>For å avvise: trykk %1 eller klikk Avvis.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Avvis</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>Connection lost. Reconnecting in %n seconds…</source>
        <translation>
            <numerusform>Forbindelsen er borte. Kobler til igjen om %n sekund …</numerusform>
            <numerusform>Forbindelsen er borte. Kobler til igjen om %n sekunder …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n volunteers on duty (now %1).</source>
        <translation>
            <numerusform>Færre enn %n frivillig på vakt (nå %1).</numerusform>
            <numerusform>Færre enn %n frivillige på vakt (nå %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[message shortened: %n more characters not shown]</source>
        <translation>
            <numerusform>[meldingen er forkortet: %n tegn til vises ikke]</numerusform>
            <numerusform>[meldingen er forkortet: %n tegn til vises ikke]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offers left your list before you answered.</source>
        <translation>
            <numerusform>%n henvendelse forsvant fra listen din før du svarte.</numerusform>
            <numerusform>%n henvendelser forsvant fra listen din før du svarte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long to send: %n characters over the limit. Shorten it, or send it in parts.</source>
        <translation>
            <numerusform>For langt til å sendes: %n tegn over grensen. Kort den ned, eller send den i deler.</numerusform>
            <numerusform>For langt til å sendes: %n tegn over grensen. Kort den ned, eller send den i deler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters left</source>
        <translation>
            <numerusform>%n tegn igjen</numerusform>
            <numerusform>%n tegn igjen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n chats</source>
        <translation>
            <numerusform>%1 av %n chat</numerusform>
            <numerusform>%1 av %n chatter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueTiles</name>
    <message>
        <source>Waiting: %1 (re-routed here: %2)</source>
        <translation>Venter: %1 (sendt hit: %2)</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Venter: %1</translation>
    </message>
    <message>
        <source>Longest wait: %1</source>
        <translation>Lengste ventetid: %1</translation>
    </message>
    <message>
        <source>Available to answer: %1</source>
        <translation>Ledige til å svare: %1</translation>
    </message>
</context>
<context>
    <name>ReadyReplies</name>
    <message>
        <source>your first name</source>
        <translation>fornavnet ditt</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisasjon</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>åpningstider</translation>
    </message>
    <message>
        <source>Ready replies</source>
        <translation>Ferdige svar</translation>
    </message>
    <message>
        <source>Type / and a word to find a ready reply (for example /silent).</source>
        <translation>Skriv / og et ord for å finne et ferdig svar (for eksempel /silent).</translation>
    </message>
    <message>
        <source>No ready reply matches.</source>
        <translation>Ingen ferdige svar passer.</translation>
    </message>
    <message>
        <source>Fill in %1 before sending (text in curly braces).</source>
        <translation>Fyll inn %1 før du sender (tekst i krøllparentes).</translation>
    </message>
    <message>
        <source>Ready replies could not be read: %1</source>
        <translation>Ferdige svar kunne ikke leses: %1</translation>
    </message>
</context>
<context>
    <name>Reroute</name>
    <message>
        <source>%1 queue (shared number)</source>
        <translation>Kø: %1 (felles nummer)</translation>
    </message>
    <message>
        <source>The caller waits on hold while you talk to a volunteer at %1 first; then you complete or cancel.</source>
        <translation>Innringeren venter mens du først snakker med en frivillig hos %1; så fullfører eller avbryter du.</translation>
    </message>
    <message>
        <source>The chat moves to %1 with its transcript and your note when a volunteer there accepts.</source>
        <translation>Chatten flyttes til %1 med chatloggen og notatet ditt når en frivillig der tar imot.</translation>
    </message>
    <message>
        <source>Waiting for a volunteer at %1. Stay with the contact until then.</source>
        <translation>Venter på en frivillig hos %1. Bli hos kontakten til da.</translation>
    </message>
    <message>
        <source>A volunteer at %1 is talking to you: complete to hand the caller over.</source>
        <translation>En frivillig hos %1 snakker med deg: fullfør for å overlate innringeren.</translation>
    </message>
    <message>
        <source>Re-routed to %1: the chat, its transcript and your note are with a volunteer there now. Finish the wrap-up.</source>
        <translation>Sendt videre til %1: chatten, chatloggen og notatet ditt er hos en frivillig der nå. Fullfør etterarbeidet.</translation>
    </message>
    <message>
        <source>Re-routed to %1: the caller is with a volunteer there now. Finish the wrap-up.</source>
        <translation>Sendt videre til %1: innringeren er hos en frivillig der nå. Fullfør etterarbeidet.</translation>
    </message>
    <message>
        <source>Re-route to:</source>
        <translation>Send videre til:</translation>
    </message>
    <message>
        <source>Re-route to another queue or organisation</source>
        <translation>Send videre til en annen kø eller organisasjon</translation>
    </message>
    <message>
        <source>Note for the receiving volunteer (optional)</source>
        <translation>Notat til den frivillige som tar over (valgfritt)</translation>
    </message>
    <message>
        <source>Re-route</source>
        <translation>Send videre</translation>
    </message>
    <message>
        <source>Re-routed to you from %1 (%2).</source>
        <translation>Sendt videre til deg fra %1 (%2).</translation>
    </message>
    <message>
        <source>Note from the first volunteer: %1</source>
        <translation>Notat fra den første frivillige: %1</translation>
    </message>
    <message>
        <source>The first volunteer is still with the caller and talks to you first; the caller joins you when they complete.</source>
        <translation>Den første frivillige er fortsatt hos innringeren og snakker med deg først; innringeren kommer til deg når overføringen er fullført.</translation>
    </message>
</context>
<context>
    <name>ResourcePanel</name>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Ressurser</translation>
    </message>
    <message>
        <source>Search services (name, need, number)</source>
        <translation>Søk etter tjenester (navn, behov, nummer)</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>Søk i ressurser</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Ukjent alder</translation>
    </message>
    <message>
        <source>Age: </source>
        <translation>Alder: </translation>
    </message>
    <message>
        <source>The contact&apos;s age, if known</source>
        <translation>Alderen til kontakten, hvis kjent</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle målgrupper</translation>
    </message>
    <message>
        <source>Only in the contact&apos;s language</source>
        <translation>Bare på kontaktens språk</translation>
    </message>
    <message>
        <source>Matching resources</source>
        <translation>Ressurser som passer</translation>
    </message>
    <message>
        <source>Put in reply</source>
        <translation>Sett inn i svaret</translation>
    </message>
    <message>
        <source>Puts the service into the reply box in the contact&apos;s language; nothing is sent.</source>
        <translation>Setter tjenesten inn i svarfeltet på kontaktens språk; ingenting blir sendt.</translation>
    </message>
    <message>
        <source>The resource directory is loading…</source>
        <translation>Ressursoversikten lastes inn …</translation>
    </message>
    <message>
        <source>Hidden by an age limit: %1. Enter the contact&apos;s age to see them.</source>
        <translation>Skjult av aldersgrense: %1. Skriv inn alderen til kontakten for å se dem.</translation>
    </message>
    <message>
        <source>Offline copy: the routing service could not be reached.</source>
        <translation>Lokal kopi: fikk ikke kontakt med rutingtjenesten.</translation>
    </message>
    <message>
        <source>Sample directory: the coordinator maintains it.</source>
        <translation>Eksempeloversikt: koordinatoren holder den ved like.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>From age %1</source>
        <translation>Fra %1 år</translation>
    </message>
    <message>
        <source>Not yet verified.</source>
        <translation>Ikke kontrollert ennå.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <source>For you only, never shared: %1</source>
        <translation>Bare for deg, deles aldri: %1</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>not assessed yet</source>
        <translation>ikke vurdert ennå</translation>
    </message>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høy</translation>
    </message>
    <message>
        <source>acute</source>
        <translation>akutt</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivå %1</translation>
    </message>
    <message>
        <source>assessed %1 min ago</source>
        <translation>vurdert for %1 min siden</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Not possible to ask</source>
        <translation>Ikke mulig å spørre</translation>
    </message>
    <message>
        <source>Life in danger</source>
        <translation>Liv i fare</translation>
    </message>
    <message>
        <source>The person cannot answer</source>
        <translation>Personen kan ikke svare</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annen grunn</translation>
    </message>
    <message>
        <source>Risk support: %1</source>
        <translation>Risikostøtte: %1</translation>
    </message>
    <message>
        <source>Sample form: your organisation replaces it with its own approved wording.</source>
        <translation>Eksempelskjema: organisasjonen din bytter det ut med sin egen godkjente tekst.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Call 113 now</source>
        <translation>Ring 113 nå</translation>
    </message>
    <message>
        <source>Send the level again</source>
        <translation>Send nivået på nytt</translation>
    </message>
    <message>
        <source>Consent to pass on anything that identifies the person:</source>
        <translation>Samtykke til å gi videre noe som identifiserer personen:</translation>
    </message>
    <message>
        <source>Without consent, because:</source>
        <translation>Uten samtykke, fordi:</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Nivå: %1</translation>
    </message>
    <message>
        <source>assessed %1 ago</source>
        <translation>vurdert for %1 siden</translation>
    </message>
    <message>
        <source>Consent not recorded yet.</source>
        <translation>Samtykke er ikke registrert ennå.</translation>
    </message>
    <message>
        <source>Consent: %1, recorded at %2</source>
        <translation>Samtykke: %1, registrert %2</translation>
    </message>
    <message>
        <source>The level did not reach the supervisor: %1</source>
        <translation>Nivået nådde ikke fram til vaktleder: %1</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Safety plan, filled in together; it is sent in %1</source>
        <translation>Sikkerhetsplan, fylt ut sammen; den sendes på %1</translation>
    </message>
    <message>
        <source>Send the plan into the chat</source>
        <translation>Send planen i chatten</translation>
    </message>
    <message>
        <source>Fill in at least one step first.</source>
        <translation>Fyll ut minst ett steg først.</translation>
    </message>
    <message>
        <source>The plan is too long for one message.</source>
        <translation>Planen er for lang for én melding.</translation>
    </message>
    <message>
        <source>Sent into the chat. Nothing is kept here.</source>
        <translation>Sendt i chatten. Ingenting lagres her.</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Press %1 to do this, or click it.</source>
        <translation>Trykk %1 for å gjøre dette, eller klikk.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Demp mikrofonen eller slå den på igjen</translation>
    </message>
    <message>
        <source>Start a transfer to %1</source>
        <translation>Start en overføring til %1</translation>
    </message>
    <message>
        <source>Complete the transfer</source>
        <translation>Fullfør overføringen</translation>
    </message>
    <message>
        <source>Cancel the transfer: back to the caller</source>
        <translation>Avbryt overføringen: tilbake til innringeren</translation>
    </message>
    <message>
        <source>Re-route to the chosen queue or organisation</source>
        <translation>Send videre til valgt kø eller organisasjon</translation>
    </message>
    <message>
        <source>End the current contact (it can be undone for a few seconds)</source>
        <translation>Avslutt gjeldende samtale (kan angres i noen sekunder)</translation>
    </message>
    <message>
        <source>Undo ending the contact</source>
        <translation>Angre avslutningen av samtalen</translation>
    </message>
    <message>
        <source>Find a ready reply (in the reply box)</source>
        <translation>Finn et ferdig svar (i svarfeltet)</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Gå til neste eller forrige kontroll</translation>
    </message>
    <message>
        <source>Open the menus: the Contact menu answers offers, transfers and ends</source>
        <translation>Åpne menyene: i Kontakt-menyen svarer, overfører og avslutter du</translation>
    </message>
    <message>
        <source>Larger or smaller text</source>
        <translation>Større eller mindre tekst</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normal tekststørrelse</translation>
    </message>
    <message>
        <source>Declining, transferring and ending never happen from Space or Enter alone: use the keys below, the Contact menu, or a click.</source>
        <translation>Avvisning, overføring og avslutning skjer aldri med bare Space eller Enter: bruk tastene nedenfor, Kontakt-menyen eller et klikk.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Hva den gjør</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Helpline Console is already open for you on this computer.</source>
        <translation>Helpline Console er allerede åpen for deg på denne datamaskinen.</translation>
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
        <translation>Helpline Console kan ikke starte: en innstillingsfil har en feil.</translation>
    </message>
    <message>
        <source>Please tell your IT department. What they need to correct is shown below.</source>
        <translation>Si fra til IT-avdelingen. Det de må rette, står nedenfor.</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Export statistics</source>
        <translation>Eksporter statistikk</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Eksporter XLSX …</translation>
    </message>
    <message>
        <source>Loading statistics</source>
        <translation>Henter statistikk</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle målgrupper</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbudt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Offered and answered by day</source>
        <translation>Tilbudt og besvart per dag</translation>
    </message>
    <message>
        <source>Offered and answered by hour of day</source>
        <translation>Tilbudt og besvart per time på døgnet</translation>
    </message>
    <message>
        <source>Median waiting time by day (minutes)</source>
        <translation>Median ventetid per dag (minutter)</translation>
    </message>
    <message>
        <source>Topic shares per target group (%)</source>
        <translation>Temafordeling per målgruppe (%)</translation>
    </message>
    <message>
        <source>Loading statistics…</source>
        <translation>Henter statistikk …</translation>
    </message>
    <message>
        <source>Choose a period and press Show.</source>
        <translation>Velg en periode og trykk Vis.</translation>
    </message>
    <message>
        <source>Offered %1 · answered %2 · silent %3</source>
        <translation>Tilbudt %1 · besvart %2 · stille %3</translation>
    </message>
    <message>
        <source>Counts under %1 are hidden so that no one can be singled out</source>
        <translation>Tall under %1 er skjult, så ingen kan kjennes igjen</translation>
    </message>
    <message>
        <source>Choose a period of at most %1 days that ends after it starts.</source>
        <translation>Velg en periode på høyst %1 dager som slutter etter at den starter.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Tapt</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Stille</translation>
    </message>
    <message>
        <source>Median wait (s)</source>
        <translation>Median ventetid (s)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Kunne ikke lagre %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>Filter by name, state, language…</source>
        <translation>Filtrer på navn, status, språk …</translation>
    </message>
    <message>
        <source>Needs you now</source>
        <translation>Trenger deg nå</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Medlemmer i teamet</translation>
    </message>
    <message>
        <source>Acknowledge: I am on my way</source>
        <translation>Bekreft: jeg kommer</translation>
    </message>
    <message>
        <source>%1 asks for help</source>
        <translation>%1 ber om hjelp</translation>
    </message>
    <message>
        <source>%1 would like a debrief</source>
        <translation>%1 ønsker en samtale i etterkant</translation>
    </message>
    <message>
        <source>%1 flagged a contact as high risk</source>
        <translation>%1 har markert en samtale med høy risiko</translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation>venter %1 min</translation>
    </message>
    <message>
        <source>Someone has waited %1.</source>
        <translation>Noen har ventet i %1.</translation>
    </message>
</context>
<context>
    <name>TeamTable</name>
    <message>
        <source>HELP REQUESTED</source>
        <translation>BER OM HJELP</translation>
    </message>
    <message>
        <source>Help on the way</source>
        <translation>Hjelp er på vei</translation>
    </message>
    <message>
        <source>HIGH RISK: %1</source>
        <translation>HØY RISIKO: %1</translation>
    </message>
    <message>
        <source>HIGH RISK</source>
        <translation>HØY RISIKO</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Frivillig</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Tilstedeværelse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Tid i status</translation>
    </message>
    <message>
        <source>Current contact</source>
        <translation>Pågående samtale</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markeringer</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING: practice only. No real callers, no real services.</source>
        <translation>ØVING: bare trening. Ingen ekte innringere, ingen ekte tjenester.</translation>
    </message>
    <message>
        <source>You marked: %1</source>
        <translation>Du markerte: %1</translation>
    </message>
    <message>
        <source>Scenario started</source>
        <translation>Scenarioet startet</translation>
    </message>
    <message>
        <source>The contact was offered to you</source>
        <translation>Henvendelsen ble tilbudt deg</translation>
    </message>
    <message>
        <source>You accepted</source>
        <translation>Du tok imot</translation>
    </message>
    <message>
        <source>You wrote</source>
        <translation>Du skrev</translation>
    </message>
    <message>
        <source>You flagged high risk</source>
        <translation>Du markerte høy risiko</translation>
    </message>
    <message>
        <source>You asked the supervisor</source>
        <translation>Du ba vaktleder om hjelp</translation>
    </message>
    <message>
        <source>Risk assessed: %1</source>
        <translation>Risiko vurdert: %1</translation>
    </message>
    <message>
        <source>You recorded consent</source>
        <translation>Du registrerte samtykke</translation>
    </message>
    <message>
        <source>You started a transfer to %1</source>
        <translation>Du startet en overføring til %1</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 svarte</translation>
    </message>
    <message>
        <source>Transfer to %1 completed</source>
        <translation>Overføringen til %1 er fullført</translation>
    </message>
    <message>
        <source>Transfer to %1 failed</source>
        <translation>Overføringen til %1 mislyktes</translation>
    </message>
    <message>
        <source>Transfer to %1 cancelled</source>
        <translation>Overføringen til %1 ble avbrutt</translation>
    </message>
    <message>
        <source>The caller left</source>
        <translation>Innringeren forsvant</translation>
    </message>
    <message>
        <source>You ended the contact</source>
        <translation>Du avsluttet samtalen</translation>
    </message>
    <message>
        <source>You finished the wrap-up</source>
        <translation>Du fullførte etterarbeidet</translation>
    </message>
    <message>
        <source>Accept the contact</source>
        <translation>Ta imot henvendelsen</translation>
    </message>
    <message>
        <source>Write a first reply</source>
        <translation>Skriv et første svar</translation>
    </message>
    <message>
        <source>Flag high risk</source>
        <translation>Marker høy risiko</translation>
    </message>
    <message>
        <source>Ask the supervisor</source>
        <translation>Be vaktleder om hjelp</translation>
    </message>
    <message>
        <source>Assess the risk</source>
        <translation>Vurder risikoen</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrer samtykke</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Overfør til %1</translation>
    </message>
    <message>
        <source>Complete the transfer to %1</source>
        <translation>Fullfør overføringen til %1</translation>
    </message>
    <message>
        <source>Finish the wrap-up</source>
        <translation>Fullfør etterarbeidet</translation>
    </message>
    <message>
        <source>Done (%1 s)</source>
        <translation>Gjort (%1 s)</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke gjort</translation>
    </message>
    <message>
        <source>Too late (%1 s, expected by %2 s)</source>
        <translation>For sent (%1 s, ventet innen %2 s)</translation>
    </message>
    <message>
        <source>Not as expected (%1 s)</source>
        <translation>Ikke som forventet (%1 s)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Helpline Console: training debrief</source>
        <translation>Helpline Console: gjennomgang av øvingen</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Dato: %1</translation>
    </message>
    <message>
        <source>Expected actions done: %1 of %2</source>
        <translation>Forventede handlinger gjort: %1 av %2</translation>
    </message>
    <message>
        <source>Time to accept: %1</source>
        <translation>Tid til du tok imot: %1</translation>
    </message>
    <message>
        <source>Time to flag high risk: %1</source>
        <translation>Tid til du markerte høy risiko: %1</translation>
    </message>
    <message>
        <source>Time to start a transfer: %1</source>
        <translation>Tid til du startet en overføring: %1</translation>
    </message>
    <message>
        <source>What the scenario expected</source>
        <translation>Hva scenarioet forventet</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Hva du gjorde</translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation>Velg et scenario</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Eksporter rapport …</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksporter rapport</translation>
    </message>
    <message>
        <source>Choose a scenario…</source>
        <translation>Velg et scenario …</translation>
    </message>
    <message>
        <source>Show debrief</source>
        <translation>Vis gjennomgang</translation>
    </message>
    <message>
        <source>What the caller says:</source>
        <translation>Det innringeren sier:</translation>
    </message>
    <message>
        <source>You are now Available, so the practice contact can reach you.</source>
        <translation>Du er nå satt til Tilgjengelig, så øvingshenvendelsen kan komme til deg.</translation>
    </message>
    <message>
        <source>Choose a scenario to start.</source>
        <translation>Velg et scenario for å starte.</translation>
    </message>
    <message>
        <source>Get ready: the contact arrives in a moment.</source>
        <translation>Gjør deg klar: henvendelsen kommer om et øyeblikk.</translation>
    </message>
    <message>
        <source>In progress. Handle the contact as on a real shift.</source>
        <translation>Pågår. Ta deg av henvendelsen som på en ekte vakt.</translation>
    </message>
    <message>
        <source>Finished. The debrief shows how it went.</source>
        <translation>Ferdig. Gjennomgangen viser hvordan det gikk.</translation>
    </message>
</context>
<context>
    <name>TrainingLaunch</name>
    <message>
        <source>Practise now?</source>
        <translation>Øve nå?</translation>
    </message>
    <message>
        <source>You have a live contact open. Practice opens a separate training window; the live contact stays here and still needs you.</source>
        <translation>Du har en ekte samtale åpen. Øvingen åpnes i et eget vindu; den ekte samtalen blir værende her og trenger deg fortsatt.</translation>
    </message>
    <message>
        <source>Practise anyway</source>
        <translation>Øv likevel</translation>
    </message>
</context>
<context>
    <name>TransferBar</name>
    <message>
        <source>The caller waits on hold while you talk to %1 first.</source>
        <translation>Innringeren venter på vent mens du først snakker med %1.</translation>
    </message>
    <message>
        <source>%1 joins this chat with your note; then you hand over.</source>
        <translation>%1 kommer inn i chatten med notatet ditt; så overlater du den.</translation>
    </message>
    <message>
        <source>Your phone rings and connects you to %1. The chatter is not connected: you relay.</source>
        <translation>Telefonen din ringer og kobler deg til %1. Den som chatter, er ikke koblet til: du formidler.</translation>
    </message>
    <message>
        <source>Not possible on this channel.</source>
        <translation>Ikke mulig i denne kanalen.</translation>
    </message>
    <message>
        <source>Transfer:</source>
        <translation>Overfør:</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Åpent: %1</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Stengt nå.</translation>
    </message>
    <message>
        <source>Note for the receiving service (optional)</source>
        <translation>Notat til tjenesten som tar over (valgfritt)</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Fullfør overføringen</translation>
    </message>
    <message>
        <source>Cancel: back to the caller</source>
        <translation>Avbryt: tilbake til innringeren</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopier nummeret</translation>
    </message>
    <message>
        <source>The caller hung up. If they may be in danger, call yourself:</source>
        <translation>Innringeren la på. Hvis personen kan være i fare, ring selv:</translation>
    </message>
    <message>
        <source>AMK will ask where the caller is: address, place, landmarks.</source>
        <translation>AMK vil spørre hvor innringeren er: adresse, sted, kjennemerker.</translation>
    </message>
    <message>
        <source>No municipality: this reaches the legevakt near the helpline, not near the caller.</source>
        <translation>Ingen kommune: dette når legevakten nær hjelpetelefonen, ikke nær innringeren.</translation>
    </message>
    <message>
        <source>The chatter is not connected to %1: you relay.</source>
        <translation>Den som chatter, er ikke koblet til %1: du formidler.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starter …</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Koblet til %1</translation>
    </message>
    <message>
        <source>Ringing %1…</source>
        <translation>Det ringer hos %1 …</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Ringer %1 …</translation>
    </message>
    <message>
        <source>Dial by hand:</source>
        <translation>Ring selv:</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show the console</source>
        <translation>Vis konsollen</translation>
    </message>
</context>
<context>
    <name>VoiceControls</name>
    <message>
        <source>No microphone or speaker: choose where to hear calls</source>
        <translation>Ingen mikrofon eller høyttaler: velg hvor du hører samtaler</translation>
    </message>
    <message>
        <source>Where you hear calls: devices, microphone test, volume</source>
        <translation>Hvor du hører samtaler: enheter, mikrofontest, volum</translation>
    </message>
    <message>
        <source>Microphone muted</source>
        <translation>Mikrofonen er dempet</translation>
    </message>
    <message>
        <source>You are marked as not responding: check your phone, then choose Available when you are ready.</source>
        <translation>Du er satt til Svarer ikke: sjekk telefonen din, og velg Tilgjengelig når du er klar.</translation>
    </message>
    <message>
        <source>The console&apos;s audio connection failed, so calls cannot be heard. Open the voice settings in the status bar to try again, or switch to your phone.</source>
        <translation>Lydforbindelsen i konsollen feilet, så samtaler kan ikke høres. Åpne lydinnstillingene i statuslinjen for å prøve igjen, eller bytt til telefonen din.</translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <source>Where you hear calls</source>
        <translation>Hvor du hører samtaler</translation>
    </message>
    <message>
        <source>In the console (headset or speakers)</source>
        <translation>I konsollen (hodesett eller høyttalere)</translation>
    </message>
    <message>
        <source>On my own phone</source>
        <translation>På min egen telefon</translation>
    </message>
    <message>
        <source>No calls, chat only</source>
        <translation>Ingen samtaler, bare chat</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonnivå</translation>
    </message>
    <message>
        <source>Call volume</source>
        <translation>Samtalevolum</translation>
    </message>
    <message>
        <source>Phone number to ring</source>
        <translation>Telefonnummer det skal ringes til</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Microphone test (speak)</source>
        <translation>Mikrofontest (snakk)</translation>
    </message>
    <message>
        <source>Speaker or headset</source>
        <translation>Høyttaler eller hodesett</translation>
    </message>
    <message>
        <source>Ring plays on</source>
        <translation>Ringelyden spilles på</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>No microphone or speaker was found on this computer. Plug in a headset and open this again, or choose your own phone.</source>
        <translation>Fant ingen mikrofon eller høyttaler på denne datamaskinen. Koble til et hodesett og åpne dette på nytt, eller velg din egen telefon.</translation>
    </message>
    <message>
        <source>Nothing you hear or say is recorded.</source>
        <translation>Ingenting du hører eller sier, blir tatt opp.</translation>
    </message>
    <message>
        <source>Write the whole number with the country code, for example +47 912 34 567.</source>
        <translation>Skriv hele nummeret med landskode, for eksempel +47 912 34 567.</translation>
    </message>
</context>
<context>
    <name>VoiceLine</name>
    <message>
        <source>On your phone %1</source>
        <translation>På telefonen din %1</translation>
    </message>
    <message>
        <source>Chat only: no calls</source>
        <translation>Bare chat: ingen samtaler</translation>
    </message>
    <message>
        <source>In the console</source>
        <translation>I konsollen</translation>
    </message>
    <message>
        <source>Your phone is ringing: answer it to talk to the caller</source>
        <translation>Telefonen din ringer: svar for å snakke med innringeren</translation>
    </message>
    <message>
        <source>Your phone did not answer. The call went back to the queue.</source>
        <translation>Telefonen din svarte ikke. Samtalen gikk tilbake til køen.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Tilkoblet</translation>
    </message>
    <message>
        <source>The audio connection failed. Try again, or switch to your phone.</source>
        <translation>Lydforbindelsen feilet. Prøv igjen, eller bytt til telefonen din.</translation>
    </message>
    <message>
        <source>No microphone or speaker found. Plug in a headset, or switch to your phone.</source>
        <translation>Fant ingen mikrofon eller høyttaler. Koble til et hodesett, eller bytt til telefonen din.</translation>
    </message>
    <message>
        <source>Headset disconnected: the call goes on through this computer&apos;s speakers.</source>
        <translation>Hodesettet ble koblet fra: samtalen fortsetter gjennom høyttalerne på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Connecting audio…</source>
        <translation>Kobler til lyd …</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Dempet</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Demp</translation>
    </message>
    <message>
        <source>Mute the microphone (%1)</source>
        <translation>Demp mikrofonen (%1)</translation>
    </message>
    <message>
        <source>Microphone muted</source>
        <translation>Mikrofonen er dempet</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Demp mikrofonen</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <source>On shift %1</source>
        <translation>På vakt %1</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Ta en pause</translation>
    </message>
    <message>
        <source>Ask for a debrief</source>
        <translation>Be om en samtale i etterkant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>You have been on shift for %1 without a break. A short pause helps you stay present for the next caller.</source>
        <translation>Du har vært på vakt i %1 uten pause. En kort pause hjelper deg å være til stede for neste innringer.</translation>
    </message>
    <message>
        <source>That was a heavy contact. Take a moment before the next one.</source>
        <translation>Det var en tung samtale. Ta deg et øyeblikk før den neste.</translation>
    </message>
    <message>
        <source>A supervisor has been asked to talk it through with you.</source>
        <translation>En vaktleder er bedt om å snakke gjennom det med deg.</translation>
    </message>
    <message>
        <source>A supervisor will talk it through with you.</source>
        <translation>En vaktleder vil snakke gjennom det med deg.</translation>
    </message>
    <message>
        <source>No new contacts come to you while this note is open: your status is Busy. Choose Later when you are ready for the next one.</source>
        <translation>Du får ingen nye henvendelser mens denne meldingen er åpen: statusen din er Opptatt. Velg Senere når du er klar for den neste.</translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <source>Wrap-up: what was this contact?</source>
        <translation>Etterarbeid: hva gjaldt henvendelsen?</translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation>Fullfør etterarbeid</translation>
    </message>
    <message>
        <source>Files the record now, with nothing more to fill in</source>
        <translation>Lagrer registreringen nå, uten mer å fylle ut</translation>
    </message>
    <message>
        <source>%1: file the record now</source>
        <translation>%1: lagre registreringen nå</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <source>Fill in before finishing: %1</source>
        <translation>Fyll ut før du fullfører: %1</translation>
    </message>
</context>
</TS>
