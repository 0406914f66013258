<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Prøv igjen no</translation>
    </message>
    <message>
        <source>Try to reconnect at once</source>
        <translation>Prøv å kople til igjen med ein gong</translation>
    </message>
    <message>
        <source>The live connection stopped unexpectedly. Reconnecting…</source>
        <translation>Sambandet stoppa uventa. Koplar til igjen …</translation>
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
        <translation>Skriv eit svar (rein tekst)</translation>
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
        <translation>Merk høg risiko</translation>
    </message>
    <message>
        <source>Ask supervisor</source>
        <translation>Be vaktleiar om hjelp</translation>
    </message>
    <message>
        <source>Risk support</source>
        <translation>Risikostøtte</translation>
    </message>
    <message>
        <source>Wrap-up: choose an outcome</source>
        <translation>Etterarbeid: vel utfall</translation>
    </message>
    <message>
        <source>Short note (optional, no names)</source>
        <translation>Kort notat (valfritt, ingen namn)</translation>
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
        <translation>Set på vent</translation>
    </message>
    <message>
        <source>High risk flagged</source>
        <translation>Høg risiko er merkt</translation>
    </message>
    <message>
        <source>Supervisor is coming</source>
        <translation>Vaktleiar kjem</translation>
    </message>
    <message>
        <source>Help requested</source>
        <translation>Har bede om hjelp</translation>
    </message>
    <message>
        <source>The caller has left</source>
        <translation>Innringjaren har lagt på</translation>
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
        <translation>IKKJE SENDT: prøver igjen</translation>
    </message>
</context>
<context>
    <name>ContactTabs</name>
    <message>
        <source>High risk</source>
        <translation>Høg risiko</translation>
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
        <translation>Samtalen held fram.</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Angre (%1)</translation>
    </message>
    <message>
        <source>Undo: the contact goes on</source>
        <translation>Angre: samtalen held fram</translation>
    </message>
    <message>
        <source>Ending the contact in %1 s.</source>
        <translation>Avsluttar samtalen om %1 s.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No connection to the routing service.</source>
        <translation>Ikkje samband med rutingtenesta.</translation>
    </message>
    <message>
        <source>The routing service did not answer in time.</source>
        <translation>Rutingtenesta svarte ikkje i tide.</translation>
    </message>
    <message>
        <source>The routing service is busy. Try again in a moment.</source>
        <translation>Rutingtenesta er oppteken. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation>Innlogginga di er ute. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>You do not have access to this.</source>
        <translation>Du har ikkje tilgang til dette.</translation>
    </message>
    <message>
        <source>This contact or offer is no longer there.</source>
        <translation>Denne kontakten eller førespurnaden finst ikkje lenger.</translation>
    </message>
    <message>
        <source>That is not possible right now.</source>
        <translation>Det går ikkje akkurat no.</translation>
    </message>
    <message>
        <source>The routing service did not accept this.</source>
        <translation>Rutingtenesta godtok ikkje dette.</translation>
    </message>
    <message>
        <source>Something went wrong in the routing service.</source>
        <translation>Noko gjekk gale i rutingtenesta.</translation>
    </message>
    <message>
        <source>This routing service address is not secure (https is required).</source>
        <translation>Adressa til rutingtenesta er ikkje sikker (https er kravd).</translation>
    </message>
    <message>
        <source>The routing service&apos;s certificate is not trusted (expired, self-signed or for another address). The console will not connect: tell your IT department.</source>
        <translation>Sertifikatet til rutingtenesta er ikkje til å stole på (utgått, sjølvsignert eller for ei anna adresse). Konsollen koplar seg ikkje til: sei frå til IT-avdelinga.</translation>
    </message>
    <message>
        <source>This computer has no safe place to remember your sign-in.</source>
        <translation>Denne datamaskina har ikkje ein trygg stad å hugse innlogginga di.</translation>
    </message>
    <message>
        <source>Sign-in did not complete.</source>
        <translation>Innlogginga vart ikkje fullført.</translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached. Check the connection and try again.</source>
        <translation>Får ikkje kontakt med innloggingstenesta. Sjekk sambandet og prøv igjen.</translation>
    </message>
    <message>
        <source>The sign-in service is not set up the way the routing service says. Tell your IT department.</source>
        <translation>Innloggingstenesta er ikkje sett opp slik rutingtenesta oppgjev. Sei frå til IT-avdelinga.</translation>
    </message>
    <message>
        <source>This routing service uses a sign-in service your organisation has not approved. Tell your IT department.</source>
        <translation>Denne rutingtenesta brukar ei innloggingsteneste som organisasjonen din ikkje har godkjent. Sei frå til IT-avdelinga.</translation>
    </message>
    <message>
        <source>The sign-in could not be verified. Check that this computer&apos;s date and time are right, then try again; if it happens again, tell your IT department.</source>
        <translation>Innlogginga kunne ikkje stadfestast. Sjekk at dato og klokkeslett på denne datamaskina er rette, og prøv igjen. Skjer det igjen, sei frå til IT-avdelinga.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this sign-in and was refused. Close other sign-in pages and try again.</source>
        <translation>Svaret frå innlogginga passa ikkje til denne innlogginga og vart avvist. Lukk andre innloggingssider og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The console locked itself after a while without use. Contacts are hidden and no new ones come to you. A call in progress is not dropped.</source>
        <translation>Konsollen låste seg etter ei stund utan bruk. Førespurnader er skjulte, og du får ingen nye. Ein pågåande samtale blir ikkje broten.</translation>
    </message>
    <message>
        <source>Sign in to continue</source>
        <translation>Logg inn for å halde fram</translation>
    </message>
    <message>
        <source>Someone else signed in. The console stays locked: the volunteer on this shift must sign in.</source>
        <translation>Nokon andre logga inn. Konsollen blir verande låst: den frivillige på denne vakta må logge inn.</translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <source>Routing service</source>
        <translation>Rutingteneste</translation>
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
        <translation>Tilbodne språk</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Lås etter minutt utan aktivitet</translation>
    </message>
    <message>
        <source>Remember sign-in</source>
        <translation>Hugs innlogginga</translation>
    </message>
    <message>
        <source>Automatic updates</source>
        <translation>Automatiske oppdateringar</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Fargetema</translation>
    </message>
    <message>
        <source>Text size (percent)</source>
        <translation>Tekststorleik (prosent)</translation>
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
        <translation>Endra snøggtastar</translation>
    </message>
    <message>
        <source>Sign-in service (issuer)</source>
        <translation>Innloggingsteneste (issuer)</translation>
    </message>
    <message>
        <source>Sign-in client id</source>
        <translation>Klient-ID for innlogging</translation>
    </message>
    <message>
        <source>Sign-in requests sent directly to the sign-in service (PAR)</source>
        <translation>Innloggingsførespurnader blir sende direkte til innloggingstenesta (PAR)</translation>
    </message>
    <message>
        <source>Sign-in bound to this computer (DPoP)</source>
        <translation>Innlogging bunden til denne datamaskina (DPoP)</translation>
    </message>
    <message>
        <source>Ready replies folder</source>
        <translation>Mappe for ferdige svar</translation>
    </message>
    <message>
        <source>Where calls are heard</source>
        <translation>Kvar samtalar blir høyrde</translation>
    </message>
    <message>
        <source>Phone number rung for calls</source>
        <translation>Telefonnummer som blir ringt ved samtalar</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker or headset</source>
        <translation>Høgtalar eller hovudsett</translation>
    </message>
    <message>
        <source>Ring plays on</source>
        <translation>Ringelyden blir spela på</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Set by IT (policy file)</source>
        <translation>Sett av IT (policyfil)</translation>
    </message>
    <message>
        <source>Set by IT (registry)</source>
        <translation>Sett av IT (registeret)</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Innstillingane dine</translation>
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
        <translation>Installasjon og innstillingar</translation>
    </message>
    <message>
        <source>Version %1 (commit %2)</source>
        <translation>Versjon %1 (commit %2)</translation>
    </message>
    <message>
        <source>Settings set by your organisation&apos;s IT are locked and cannot be changed here.</source>
        <translation>Innstillingar som er sette av IT i organisasjonen din, er låste og kan ikkje endrast her.</translation>
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
        <translation>Kvar ho kjem frå</translation>
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
        <translation>Tilgjengeleg</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Oppteken</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Fråkopla</translation>
    </message>
    <message>
        <source>Waiting for contacts</source>
        <translation>Ventar på førespurnader</translation>
    </message>
    <message>
        <source>Contact offered</source>
        <translation>Førespurnad blir tilboden</translation>
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
        <translation>Svarar ikkje: du gjekk glipp av ein førespurnad, så du får ingen nye</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilboden</translation>
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
        <translation>Svarar ikkje</translation>
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
        <translation>Vaksen</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Ukjend alder</translation>
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
        <translation>Vist vidare til ei anna teneste</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Overført</translation>
    </message>
    <message>
        <source>Silent contact</source>
        <translation>Stille førespurnad</translation>
    </message>
    <message>
        <source>Ended before talking</source>
        <translation>Avslutta før samtale</translation>
    </message>
    <message>
        <source>Misuse of the line</source>
        <translation>Misbruk av linja</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Ringjer …</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Det ringjer …</translation>
    </message>
    <message>
        <source>Connected: consulting</source>
        <translation>Tilkopla: konsultasjon</translation>
    </message>
    <message>
        <source>Cancelled: caller is back</source>
        <translation>Avbrote: innringjaren er tilbake hos deg</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Overføringa mislukkast</translation>
    </message>
    <message>
        <source>The caller hung up</source>
        <translation>Innringjaren la på</translation>
    </message>
    <message>
        <source>The line was busy.</source>
        <translation>Linja var oppteken.</translation>
    </message>
    <message>
        <source>Nobody answered.</source>
        <translation>Ingen svarte.</translation>
    </message>
    <message>
        <source>The call could not be set up.</source>
        <translation>Samtalen kunne ikkje setjast opp.</translation>
    </message>
    <message>
        <source>The service declined.</source>
        <translation>Tenesta avslo.</translation>
    </message>
    <message>
        <source>The transfer did not go through.</source>
        <translation>Overføringa gjekk ikkje gjennom.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Koplar til …</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Tilkopla</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Sambandet er borte. Koplar til igjen …</translation>
    </message>
    <message>
        <source>Offline: please sign in again</source>
        <translation>Fråkopla: logg inn på nytt</translation>
    </message>
    <message>
        <source>Not available while the connection is down.</source>
        <translation>Ikkje tilgjengeleg medan sambandet er nede.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Partly translated: what is missing is shown in Norwegian bokmål</source>
        <translation>Delvis omsett: det som manglar, blir vist på norsk bokmål</translation>
    </message>
    <message>
        <source>partly translated</source>
        <translation>delvis omsett</translation>
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
        <translation>Klokkespel</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Bjølle</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Dempa</translation>
    </message>
    <message>
        <source>System beep</source>
        <translation>Systemet sitt pip</translation>
    </message>
    <message>
        <source>Test the ring</source>
        <translation>Test ringelyden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vising</translation>
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
        <translation>Høg kontrast</translation>
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
        <translation>Normal tekststorleik</translation>
    </message>
    <message>
        <source>Undo ending the contact</source>
        <translation>Angre avsluttinga av samtalen</translation>
    </message>
    <message>
        <source>Complete the transfer</source>
        <translation>Fullfør overføringa</translation>
    </message>
    <message>
        <source>Cancel the transfer: back to the caller</source>
        <translation>Avbryt overføringa: tilbake til innringjaren</translation>
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
        <translation>Vel eit scenario …</translation>
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
        <translation>Snøggtastar</translation>
    </message>
    <message>
        <source>Installation and settings…</source>
        <translation>Installasjon og innstillingar …</translation>
    </message>
    <message>
        <source>Locked: set by your organisation&apos;s IT</source>
        <translation>Låst: sett av IT i organisasjonen din</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Your presence</source>
        <translation>Tilstadeveret ditt</translation>
    </message>
    <message>
        <source>Open contacts</source>
        <translation>Opne samtalar</translation>
    </message>
    <message>
        <source>Sign in with your organisation to start your shift.</source>
        <translation>Logg inn med organisasjonen din for å starte vakta.</translation>
    </message>
    <message>
        <source>Sign in with your organisation</source>
        <translation>Logg inn med organisasjonen din</translation>
    </message>
    <message>
        <source>Become available again</source>
        <translation>Ver tilgjengeleg igjen</translation>
    </message>
    <message>
        <source>No active contacts. Offers appear on the left.</source>
        <translation>Ingen aktive samtalar. Førespurnader kjem til venstre.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikkje tilkopla</translation>
    </message>
    <message>
        <source>My shift</source>
        <translation>Vakta mi</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Teamet</translation>
    </message>
    <message>
        <source>You missed an offer. It has gone to a colleague.</source>
        <translation>Du gjekk glipp av ein førespurnad. Han er send til ein kollega.</translation>
    </message>
    <message>
        <source>A contact is waiting for you.</source>
        <translation>Ein førespurnad ventar på deg.</translation>
    </message>
    <message>
        <source>A volunteer needs you.</source>
        <translation>Ein frivillig treng deg.</translation>
    </message>
    <message>
        <source>You cannot sign out while a contact is open. End it first.</source>
        <translation>Du kan ikkje logge ut medan ein samtale er open. Avslutt han først.</translation>
    </message>
    <message>
        <source>No new contacts come to you until you are available.</source>
        <translation>Du får ingen nye førespurnader før du er tilgjengeleg.</translation>
    </message>
    <message>
        <source>Accept the selected offer</source>
        <translation>Ta imot vald førespurnad</translation>
    </message>
    <message>
        <source>Decline the selected offer</source>
        <translation>Avvis vald førespurnad</translation>
    </message>
    <message>
        <source>Hold or resume the call</source>
        <translation>Set samtalen på vent eller hent han tilbake</translation>
    </message>
    <message>
        <source>End the current contact</source>
        <translation>Avslutt gjeldande samtale</translation>
    </message>
    <message>
        <source>Send the chat message</source>
        <translation>Send chatmeldinga</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Denne lista</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <source>Caller&apos;s municipality</source>
        <translation>Kommunen til innringjaren</translation>
    </message>
    <message>
        <source>Where is the caller? Type a municipality name or number.</source>
        <translation>Kvar er innringjaren? Skriv kommunenamn eller kommunenummer.</translation>
    </message>
    <message>
        <source>For example Tromsø or 5501</source>
        <translation>Til dømes Tromsø eller 5501</translation>
    </message>
    <message>
        <source>Call legevakt</source>
        <translation>Ring legevakt</translation>
    </message>
    <message>
        <source>Unknown: call 116 117 anyway</source>
        <translation>Ukjend: ring 116 117 likevel</translation>
    </message>
    <message>
        <source>Without a municipality, 116 117 reaches the legevakt near the helpline, not near the caller.</source>
        <translation>Utan kommune når 116 117 legevakta nær hjelpetelefonen, ikkje nær innringjaren.</translation>
    </message>
</context>
<context>
    <name>OfferNotice</name>
    <message>
        <source>The chatter left before you answered.</source>
        <translation>Den som chatta, gjekk før du svarte.</translation>
    </message>
    <message>
        <source>The caller hung up before you answered.</source>
        <translation>Innringjaren la på før du svarte.</translation>
    </message>
    <message>
        <source>An offer went back to the queue when your status changed.</source>
        <translation>Ein førespurnad gjekk tilbake til køen då statusen din vart endra.</translation>
    </message>
    <message>
        <source>An offer was withdrawn. It has gone back to the queue.</source>
        <translation>Ein førespurnad vart trekt tilbake. Han har gått tilbake til køen.</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>Routed to %1 · waiting %2 · answer within %3 s</source>
        <translation>Ruta til %1 · ventar %2 · svar innan %3 s</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Ventar på deg</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Ta imot</translation>
    </message>
    <message>
        <source>Accept the selected contact (%1)</source>
        <translation>Ta imot vald førespurnad (%1)</translation>
    </message>
    <message>
        <source>Decline: it goes to a colleague (%1)</source>
        <translation>Avvis: han går til ein kollega (%1)</translation>
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
            <numerusform>Sambandet er borte. Koplar til igjen om %n sekund …</numerusform>
            <numerusform>Sambandet er borte. Koplar til igjen om %n sekund …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n volunteers on duty (now %1).</source>
        <translation>
            <numerusform>Færre enn %n frivillig på vakt (no %1).</numerusform>
            <numerusform>Færre enn %n frivillige på vakt (no %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[message shortened: %n more characters not shown]</source>
        <translation>
            <numerusform>[meldinga er forkorta: %n teikn til visast ikkje]</numerusform>
            <numerusform>[meldinga er forkorta: %n teikn til visast ikkje]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offers left your list before you answered.</source>
        <translation>
            <numerusform>%n førespurnad forsvann frå lista di før du svarte.</numerusform>
            <numerusform>%n førespurnader forsvann frå lista di før du svarte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long to send: %n characters over the limit. Shorten it, or send it in parts.</source>
        <translation>
            <numerusform>For langt til å sendast: %n teikn over grensa. Kort ho ned, eller send ho i delar.</numerusform>
            <numerusform>For langt til å sendast: %n teikn over grensa. Kort ho ned, eller send ho i delar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters left</source>
        <translation>
            <numerusform>%n teikn att</numerusform>
            <numerusform>%n teikn att</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n chats</source>
        <translation>
            <numerusform>%1 av %n chat</numerusform>
            <numerusform>%1 av %n chattar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueTiles</name>
    <message>
        <source>Waiting: %1 (re-routed here: %2)</source>
        <translation>Ventar: %1 (send hit: %2)</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Ventar: %1</translation>
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
        <translation>førenamnet ditt</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisasjon</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>opningstider</translation>
    </message>
    <message>
        <source>Ready replies</source>
        <translation>Ferdige svar</translation>
    </message>
    <message>
        <source>Type / and a word to find a ready reply (for example /silent).</source>
        <translation>Skriv / og eit ord for å finne eit ferdig svar (til dømes /silent).</translation>
    </message>
    <message>
        <source>No ready reply matches.</source>
        <translation>Ingen ferdige svar passar.</translation>
    </message>
    <message>
        <source>Fill in %1 before sending (text in curly braces).</source>
        <translation>Fyll inn %1 før du sender (tekst i krøllparentes).</translation>
    </message>
    <message>
        <source>Ready replies could not be read: %1</source>
        <translation>Ferdige svar kunne ikkje lesast: %1</translation>
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
        <translation>Innringjaren ventar medan du først snakkar med ein frivillig hos %1; så fullfører eller avbryt du.</translation>
    </message>
    <message>
        <source>The chat moves to %1 with its transcript and your note when a volunteer there accepts.</source>
        <translation>Chatten blir flytt til %1 med chatloggen og notatet ditt når ein frivillig der tek imot.</translation>
    </message>
    <message>
        <source>Waiting for a volunteer at %1. Stay with the contact until then.</source>
        <translation>Ventar på ein frivillig hos %1. Bli verande hos kontakten til då.</translation>
    </message>
    <message>
        <source>A volunteer at %1 is talking to you: complete to hand the caller over.</source>
        <translation>Ein frivillig hos %1 snakkar med deg: fullfør for å overlate innringjaren.</translation>
    </message>
    <message>
        <source>Re-routed to %1: the chat, its transcript and your note are with a volunteer there now. Finish the wrap-up.</source>
        <translation>Send vidare til %1: chatten, chatloggen og notatet ditt er hos ein frivillig der no. Fullfør etterarbeidet.</translation>
    </message>
    <message>
        <source>Re-routed to %1: the caller is with a volunteer there now. Finish the wrap-up.</source>
        <translation>Send vidare til %1: innringjaren er hos ein frivillig der no. Fullfør etterarbeidet.</translation>
    </message>
    <message>
        <source>Re-route to:</source>
        <translation>Send vidare til:</translation>
    </message>
    <message>
        <source>Re-route to another queue or organisation</source>
        <translation>Send vidare til ein annan kø eller organisasjon</translation>
    </message>
    <message>
        <source>Note for the receiving volunteer (optional)</source>
        <translation>Notat til den frivillige som tek over (valfritt)</translation>
    </message>
    <message>
        <source>Re-route</source>
        <translation>Send vidare</translation>
    </message>
    <message>
        <source>Re-routed to you from %1 (%2).</source>
        <translation>Send vidare til deg frå %1 (%2).</translation>
    </message>
    <message>
        <source>Note from the first volunteer: %1</source>
        <translation>Notat frå den første frivillige: %1</translation>
    </message>
    <message>
        <source>The first volunteer is still with the caller and talks to you first; the caller joins you when they complete.</source>
        <translation>Den første frivillige er framleis hos innringjaren og snakkar med deg først; innringjaren kjem til deg når overføringa er fullført.</translation>
    </message>
</context>
<context>
    <name>ResourcePanel</name>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Ressursar</translation>
    </message>
    <message>
        <source>Search services (name, need, number)</source>
        <translation>Søk etter tenester (namn, behov, nummer)</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>Søk i ressursar</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Ukjend alder</translation>
    </message>
    <message>
        <source>Age: </source>
        <translation>Alder: </translation>
    </message>
    <message>
        <source>The contact&apos;s age, if known</source>
        <translation>Alderen til kontakten, om han er kjend</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle målgrupper</translation>
    </message>
    <message>
        <source>Only in the contact&apos;s language</source>
        <translation>Berre på språket til kontakten</translation>
    </message>
    <message>
        <source>Matching resources</source>
        <translation>Ressursar som passar</translation>
    </message>
    <message>
        <source>Put in reply</source>
        <translation>Set inn i svaret</translation>
    </message>
    <message>
        <source>Puts the service into the reply box in the contact&apos;s language; nothing is sent.</source>
        <translation>Set tenesta inn i svarfeltet på språket til kontakten; ingenting blir sendt.</translation>
    </message>
    <message>
        <source>The resource directory is loading…</source>
        <translation>Ressursoversikta blir lasta inn …</translation>
    </message>
    <message>
        <source>Hidden by an age limit: %1. Enter the contact&apos;s age to see them.</source>
        <translation>Skjult av aldersgrense: %1. Skriv inn alderen til kontakten for å sjå dei.</translation>
    </message>
    <message>
        <source>Offline copy: the routing service could not be reached.</source>
        <translation>Lokal kopi: fekk ikkje kontakt med rutingtenesta.</translation>
    </message>
    <message>
        <source>Sample directory: the coordinator maintains it.</source>
        <translation>Dømeoversikt: koordinatoren held ho ved like.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>From age %1</source>
        <translation>Frå %1 år</translation>
    </message>
    <message>
        <source>Not yet verified.</source>
        <translation>Ikkje kontrollert enno.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kjelde: %1</translation>
    </message>
    <message>
        <source>For you only, never shared: %1</source>
        <translation>Berre for deg, blir aldri delt: %1</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>not assessed yet</source>
        <translation>ikkje vurdert enno</translation>
    </message>
    <message>
        <source>low</source>
        <translation>låg</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høg</translation>
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
        <translation>vurdert for %1 min sidan</translation>
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
        <translation>Ikkje mogleg å spørje</translation>
    </message>
    <message>
        <source>Life in danger</source>
        <translation>Liv i fare</translation>
    </message>
    <message>
        <source>The person cannot answer</source>
        <translation>Personen kan ikkje svare</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anna grunn</translation>
    </message>
    <message>
        <source>Risk support: %1</source>
        <translation>Risikostøtte: %1</translation>
    </message>
    <message>
        <source>Sample form: your organisation replaces it with its own approved wording.</source>
        <translation>Dømeskjema: organisasjonen din byter det ut med sin eigen godkjende tekst.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Call 113 now</source>
        <translation>Ring 113 no</translation>
    </message>
    <message>
        <source>Send the level again</source>
        <translation>Send nivået på nytt</translation>
    </message>
    <message>
        <source>Consent to pass on anything that identifies the person:</source>
        <translation>Samtykke til å gje vidare noko som identifiserer personen:</translation>
    </message>
    <message>
        <source>Without consent, because:</source>
        <translation>Utan samtykke, fordi:</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Nivå: %1</translation>
    </message>
    <message>
        <source>assessed %1 ago</source>
        <translation>vurdert for %1 sidan</translation>
    </message>
    <message>
        <source>Consent not recorded yet.</source>
        <translation>Samtykke er ikkje registrert enno.</translation>
    </message>
    <message>
        <source>Consent: %1, recorded at %2</source>
        <translation>Samtykke: %1, registrert %2</translation>
    </message>
    <message>
        <source>The level did not reach the supervisor: %1</source>
        <translation>Nivået nådde ikkje fram til vaktleiar: %1</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Safety plan, filled in together; it is sent in %1</source>
        <translation>Tryggingsplan, fylt ut saman; han blir send på %1</translation>
    </message>
    <message>
        <source>Send the plan into the chat</source>
        <translation>Send planen i chatten</translation>
    </message>
    <message>
        <source>Fill in at least one step first.</source>
        <translation>Fyll ut minst eitt steg først.</translation>
    </message>
    <message>
        <source>The plan is too long for one message.</source>
        <translation>Planen er for lang for éi melding.</translation>
    </message>
    <message>
        <source>Sent into the chat. Nothing is kept here.</source>
        <translation>Send i chatten. Ingenting blir lagra her.</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Press %1 to do this, or click it.</source>
        <translation>Trykk %1 for å gjere dette, eller klikk.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Demp mikrofonen eller slå han på igjen</translation>
    </message>
    <message>
        <source>Start a transfer to %1</source>
        <translation>Start ei overføring til %1</translation>
    </message>
    <message>
        <source>Complete the transfer</source>
        <translation>Fullfør overføringa</translation>
    </message>
    <message>
        <source>Cancel the transfer: back to the caller</source>
        <translation>Avbryt overføringa: tilbake til innringjaren</translation>
    </message>
    <message>
        <source>Re-route to the chosen queue or organisation</source>
        <translation>Send vidare til vald kø eller organisasjon</translation>
    </message>
    <message>
        <source>End the current contact (it can be undone for a few seconds)</source>
        <translation>Avslutt gjeldande samtale (kan angrast i nokre sekund)</translation>
    </message>
    <message>
        <source>Undo ending the contact</source>
        <translation>Angre avsluttinga av samtalen</translation>
    </message>
    <message>
        <source>Find a ready reply (in the reply box)</source>
        <translation>Finn eit ferdig svar (i svarfeltet)</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Gå til neste eller førre kontroll</translation>
    </message>
    <message>
        <source>Open the menus: the Contact menu answers offers, transfers and ends</source>
        <translation>Opne menyane: i Kontakt-menyen svarar, overfører og avsluttar du</translation>
    </message>
    <message>
        <source>Larger or smaller text</source>
        <translation>Større eller mindre tekst</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normal tekststorleik</translation>
    </message>
    <message>
        <source>Declining, transferring and ending never happen from Space or Enter alone: use the keys below, the Contact menu, or a click.</source>
        <translation>Avvising, overføring og avslutting skjer aldri med berre Space eller Enter: bruk tastane nedanfor, Kontakt-menyen eller eit klikk.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tastar</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Kva han gjer</translation>
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
        <translation>Helpline Console er alt open for deg på denne datamaskina.</translation>
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
        <translation>Helpline Console kan ikkje starte: ei innstillingsfil har ein feil.</translation>
    </message>
    <message>
        <source>Please tell your IT department. What they need to correct is shown below.</source>
        <translation>Sei frå til IT-avdelinga. Det dei må rette, står nedanfor.</translation>
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
        <translation>Frå</translation>
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
        <translation>Hentar statistikk</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalar</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle målgrupper</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbodne</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>Offered and answered by day</source>
        <translation>Tilbodne og svara per dag</translation>
    </message>
    <message>
        <source>Offered and answered by hour of day</source>
        <translation>Tilbodne og svara per time på døgeret</translation>
    </message>
    <message>
        <source>Median waiting time by day (minutes)</source>
        <translation>Median ventetid per dag (minutt)</translation>
    </message>
    <message>
        <source>Topic shares per target group (%)</source>
        <translation>Temafordeling per målgruppe (%)</translation>
    </message>
    <message>
        <source>Loading statistics…</source>
        <translation>Hentar statistikk …</translation>
    </message>
    <message>
        <source>Choose a period and press Show.</source>
        <translation>Vel ein periode og trykk Vis.</translation>
    </message>
    <message>
        <source>Offered %1 · answered %2 · silent %3</source>
        <translation>Tilbodne %1 · svara %2 · stille %3</translation>
    </message>
    <message>
        <source>Counts under %1 are hidden so that no one can be singled out</source>
        <translation>Tal under %1 er skjulte, så ingen kan kjennast att</translation>
    </message>
    <message>
        <source>Choose a period of at most %1 days that ends after it starts.</source>
        <translation>Vel ein periode på høgst %1 dagar som sluttar etter at han byrjar.</translation>
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
        <translation>Kunne ikkje lagre %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagra %1</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>Filter by name, state, language…</source>
        <translation>Filtrer på namn, status, språk …</translation>
    </message>
    <message>
        <source>Needs you now</source>
        <translation>Treng deg no</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Medlemmer i teamet</translation>
    </message>
    <message>
        <source>Acknowledge: I am on my way</source>
        <translation>Stadfest: eg kjem</translation>
    </message>
    <message>
        <source>%1 asks for help</source>
        <translation>%1 bed om hjelp</translation>
    </message>
    <message>
        <source>%1 would like a debrief</source>
        <translation>%1 ønskjer ein samtale i etterkant</translation>
    </message>
    <message>
        <source>%1 flagged a contact as high risk</source>
        <translation>%1 har merkt ein samtale med høg risiko</translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation>ventar %1 min</translation>
    </message>
    <message>
        <source>Someone has waited %1.</source>
        <translation>Nokon har venta i %1.</translation>
    </message>
</context>
<context>
    <name>TeamTable</name>
    <message>
        <source>HELP REQUESTED</source>
        <translation>BED OM HJELP</translation>
    </message>
    <message>
        <source>Help on the way</source>
        <translation>Hjelp er på veg</translation>
    </message>
    <message>
        <source>HIGH RISK: %1</source>
        <translation>HØG RISIKO: %1</translation>
    </message>
    <message>
        <source>HIGH RISK</source>
        <translation>HØG RISIKO</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Frivillig</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Tilstadevering</translation>
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
        <translation>Pågåande samtale</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merknader</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING: practice only. No real callers, no real services.</source>
        <translation>ØVING: berre trening. Ingen ekte innringarar, ingen ekte tenester.</translation>
    </message>
    <message>
        <source>You marked: %1</source>
        <translation>Du markerte: %1</translation>
    </message>
    <message>
        <source>Scenario started</source>
        <translation>Scenarioet starta</translation>
    </message>
    <message>
        <source>The contact was offered to you</source>
        <translation>Førespurnaden vart tilboden deg</translation>
    </message>
    <message>
        <source>You accepted</source>
        <translation>Du tok imot</translation>
    </message>
    <message>
        <source>You wrote</source>
        <translation>Du skreiv</translation>
    </message>
    <message>
        <source>You flagged high risk</source>
        <translation>Du markerte høg risiko</translation>
    </message>
    <message>
        <source>You asked the supervisor</source>
        <translation>Du bad vaktleiar om hjelp</translation>
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
        <translation>Du starta ei overføring til %1</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 svarte</translation>
    </message>
    <message>
        <source>Transfer to %1 completed</source>
        <translation>Overføringa til %1 er fullført</translation>
    </message>
    <message>
        <source>Transfer to %1 failed</source>
        <translation>Overføringa til %1 mislukkast</translation>
    </message>
    <message>
        <source>Transfer to %1 cancelled</source>
        <translation>Overføringa til %1 vart avbroten</translation>
    </message>
    <message>
        <source>The caller left</source>
        <translation>Innringaren forsvann</translation>
    </message>
    <message>
        <source>You ended the contact</source>
        <translation>Du avslutta samtalen</translation>
    </message>
    <message>
        <source>You finished the wrap-up</source>
        <translation>Du fullførte etterarbeidet</translation>
    </message>
    <message>
        <source>Accept the contact</source>
        <translation>Ta imot førespurnaden</translation>
    </message>
    <message>
        <source>Write a first reply</source>
        <translation>Skriv eit første svar</translation>
    </message>
    <message>
        <source>Flag high risk</source>
        <translation>Merk høg risiko</translation>
    </message>
    <message>
        <source>Ask the supervisor</source>
        <translation>Be vaktleiar om hjelp</translation>
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
        <translation>Fullfør overføringa til %1</translation>
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
        <translation>Ikkje gjort</translation>
    </message>
    <message>
        <source>Too late (%1 s, expected by %2 s)</source>
        <translation>For seint (%1 s, venta innan %2 s)</translation>
    </message>
    <message>
        <source>Not as expected (%1 s)</source>
        <translation>Ikkje som venta (%1 s)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Helpline Console: training debrief</source>
        <translation>Helpline Console: gjennomgang av øvinga</translation>
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
        <translation>Venta handlingar gjorde: %1 av %2</translation>
    </message>
    <message>
        <source>Time to accept: %1</source>
        <translation>Tid til du tok imot: %1</translation>
    </message>
    <message>
        <source>Time to flag high risk: %1</source>
        <translation>Tid til du markerte høg risiko: %1</translation>
    </message>
    <message>
        <source>Time to start a transfer: %1</source>
        <translation>Tid til du starta ei overføring: %1</translation>
    </message>
    <message>
        <source>What the scenario expected</source>
        <translation>Kva scenarioet venta</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Kva du gjorde</translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation>Vel eit scenario</translation>
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
        <translation>Kva som skjedde</translation>
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
        <translation>Vel eit scenario …</translation>
    </message>
    <message>
        <source>Show debrief</source>
        <translation>Vis gjennomgang</translation>
    </message>
    <message>
        <source>What the caller says:</source>
        <translation>Det innringaren seier:</translation>
    </message>
    <message>
        <source>You are now Available, so the practice contact can reach you.</source>
        <translation>Du er no sett til Tilgjengeleg, så øvingsførespurnaden kan kome til deg.</translation>
    </message>
    <message>
        <source>Choose a scenario to start.</source>
        <translation>Vel eit scenario for å starte.</translation>
    </message>
    <message>
        <source>Get ready: the contact arrives in a moment.</source>
        <translation>Gjer deg klar: førespurnaden kjem om eit augeblink.</translation>
    </message>
    <message>
        <source>In progress. Handle the contact as on a real shift.</source>
        <translation>Pågår. Ta deg av førespurnaden som på ei ekte vakt.</translation>
    </message>
    <message>
        <source>Finished. The debrief shows how it went.</source>
        <translation>Ferdig. Gjennomgangen viser korleis det gjekk.</translation>
    </message>
</context>
<context>
    <name>TrainingLaunch</name>
    <message>
        <source>Practise now?</source>
        <translation>Øve no?</translation>
    </message>
    <message>
        <source>You have a live contact open. Practice opens a separate training window; the live contact stays here and still needs you.</source>
        <translation>Du har ein ekte samtale open. Øvinga blir opna i eit eige vindauge; den ekte samtalen blir verande her og treng deg framleis.</translation>
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
        <translation>Innringjaren ventar medan du først snakkar med %1.</translation>
    </message>
    <message>
        <source>%1 joins this chat with your note; then you hand over.</source>
        <translation>%1 kjem inn i chatten med notatet ditt; så overlèt du han.</translation>
    </message>
    <message>
        <source>Your phone rings and connects you to %1. The chatter is not connected: you relay.</source>
        <translation>Telefonen din ringjer og koplar deg til %1. Den som chattar, er ikkje kopla til: du formidlar.</translation>
    </message>
    <message>
        <source>Not possible on this channel.</source>
        <translation>Ikkje mogleg i denne kanalen.</translation>
    </message>
    <message>
        <source>Transfer:</source>
        <translation>Overfør:</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Ope: %1</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Stengt no.</translation>
    </message>
    <message>
        <source>Note for the receiving service (optional)</source>
        <translation>Notat til tenesta som tek over (valfritt)</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Fullfør overføringa</translation>
    </message>
    <message>
        <source>Cancel: back to the caller</source>
        <translation>Avbryt: tilbake til innringjaren</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopier nummeret</translation>
    </message>
    <message>
        <source>The caller hung up. If they may be in danger, call yourself:</source>
        <translation>Innringjaren la på. Viss personen kan vere i fare, ring sjølv:</translation>
    </message>
    <message>
        <source>AMK will ask where the caller is: address, place, landmarks.</source>
        <translation>AMK vil spørje kvar innringjaren er: adresse, stad, kjenneteikn.</translation>
    </message>
    <message>
        <source>No municipality: this reaches the legevakt near the helpline, not near the caller.</source>
        <translation>Ingen kommune: dette når legevakta nær hjelpetelefonen, ikkje nær innringjaren.</translation>
    </message>
    <message>
        <source>The chatter is not connected to %1: you relay.</source>
        <translation>Den som chattar, er ikkje kopla til %1: du formidlar.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startar …</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Kopla til %1</translation>
    </message>
    <message>
        <source>Ringing %1…</source>
        <translation>Det ringjer hos %1 …</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Ringjer %1 …</translation>
    </message>
    <message>
        <source>Dial by hand:</source>
        <translation>Ring sjølv:</translation>
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
        <translation>Ingen mikrofon eller høgtalar: vel kvar du høyrer samtalar</translation>
    </message>
    <message>
        <source>Where you hear calls: devices, microphone test, volume</source>
        <translation>Kvar du høyrer samtalar: einingar, mikrofontest, volum</translation>
    </message>
    <message>
        <source>Microphone muted</source>
        <translation>Mikrofonen er dempa</translation>
    </message>
    <message>
        <source>You are marked as not responding: check your phone, then choose Available when you are ready.</source>
        <translation>Du er sett til Svarar ikkje: sjekk telefonen din, og vel Tilgjengeleg når du er klar.</translation>
    </message>
    <message>
        <source>The console&apos;s audio connection failed, so calls cannot be heard. Open the voice settings in the status bar to try again, or switch to your phone.</source>
        <translation>Lydsambandet i konsollen feila, så samtalar kan ikkje høyrast. Opne lydinnstillingane i statuslinja for å prøve igjen, eller byt til telefonen din.</translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <source>Where you hear calls</source>
        <translation>Kvar du høyrer samtalar</translation>
    </message>
    <message>
        <source>In the console (headset or speakers)</source>
        <translation>I konsollen (hovudsett eller høgtalarar)</translation>
    </message>
    <message>
        <source>On my own phone</source>
        <translation>På min eigen telefon</translation>
    </message>
    <message>
        <source>No calls, chat only</source>
        <translation>Ingen samtalar, berre chat</translation>
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
        <translation>Telefonnummer det skal ringjast til</translation>
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
        <translation>Høgtalar eller hovudsett</translation>
    </message>
    <message>
        <source>Ring plays on</source>
        <translation>Ringelyden blir spela på</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>No microphone or speaker was found on this computer. Plug in a headset and open this again, or choose your own phone.</source>
        <translation>Fann ingen mikrofon eller høgtalar på denne datamaskina. Kople til eit hovudsett og opne dette på nytt, eller vel din eigen telefon.</translation>
    </message>
    <message>
        <source>Nothing you hear or say is recorded.</source>
        <translation>Ingenting du høyrer eller seier, blir teke opp.</translation>
    </message>
    <message>
        <source>Write the whole number with the country code, for example +47 912 34 567.</source>
        <translation>Skriv heile nummeret med landskode, til dømes +47 912 34 567.</translation>
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
        <translation>Berre chat: ingen samtalar</translation>
    </message>
    <message>
        <source>In the console</source>
        <translation>I konsollen</translation>
    </message>
    <message>
        <source>Your phone is ringing: answer it to talk to the caller</source>
        <translation>Telefonen din ringjer: svar for å snakke med innringjaren</translation>
    </message>
    <message>
        <source>Your phone did not answer. The call went back to the queue.</source>
        <translation>Telefonen din svarte ikkje. Samtalen gjekk tilbake til køen.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Tilkopla</translation>
    </message>
    <message>
        <source>The audio connection failed. Try again, or switch to your phone.</source>
        <translation>Lydsambandet feila. Prøv igjen, eller byt til telefonen din.</translation>
    </message>
    <message>
        <source>No microphone or speaker found. Plug in a headset, or switch to your phone.</source>
        <translation>Fann ingen mikrofon eller høgtalar. Kople til eit hovudsett, eller byt til telefonen din.</translation>
    </message>
    <message>
        <source>Headset disconnected: the call goes on through this computer&apos;s speakers.</source>
        <translation>Hovudsettet vart kopla frå: samtalen held fram gjennom høgtalarane på denne datamaskina.</translation>
    </message>
    <message>
        <source>Connecting audio…</source>
        <translation>Koplar til lyd …</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Dempa</translation>
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
        <translation>Mikrofonen er dempa</translation>
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
        <translation>Ta ein pause</translation>
    </message>
    <message>
        <source>Ask for a debrief</source>
        <translation>Be om ein samtale i etterkant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Seinare</translation>
    </message>
    <message>
        <source>You have been on shift for %1 without a break. A short pause helps you stay present for the next caller.</source>
        <translation>Du har vore på vakt i %1 utan pause. Ein kort pause hjelper deg å vere til stades for neste innringar.</translation>
    </message>
    <message>
        <source>That was a heavy contact. Take a moment before the next one.</source>
        <translation>Det var ein tung samtale. Ta deg eit augeblink før den neste.</translation>
    </message>
    <message>
        <source>A supervisor has been asked to talk it through with you.</source>
        <translation>Ein vaktleiar er beden om å snakke gjennom det med deg.</translation>
    </message>
    <message>
        <source>A supervisor will talk it through with you.</source>
        <translation>Ein vaktleiar vil snakke gjennom det med deg.</translation>
    </message>
    <message>
        <source>No new contacts come to you while this note is open: your status is Busy. Choose Later when you are ready for the next one.</source>
        <translation>Du får ingen nye førespurnader medan denne meldinga er open: statusen din er Oppteken. Vel Seinare når du er klar for den neste.</translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <source>Wrap-up: what was this contact?</source>
        <translation>Etterarbeid: kva galdt førespurnaden?</translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation>Fullfør etterarbeid</translation>
    </message>
    <message>
        <source>Files the record now, with nothing more to fill in</source>
        <translation>Lagrar registreringa no, utan meir å fylle ut</translation>
    </message>
    <message>
        <source>%1: file the record now</source>
        <translation>%1: lagra registreringa no</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vel …</translation>
    </message>
    <message>
        <source>Fill in before finishing: %1</source>
        <translation>Fyll ut før du fullfører: %1</translation>
    </message>
</context>
</TS>
