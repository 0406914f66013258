<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="smj_NO">
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to reconnect at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live connection stopped unexpectedly. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the contact and start wrap-up (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up: choose an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short note (optional, no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor is coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SENT: will retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTabs</name>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndUndo</name>
    <message>
        <source>The contact goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: the contact goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the contact in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No connection to the routing service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing service is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have access to this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact or offer is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not possible right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing service did not accept this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in the routing service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routing service address is not secure (https is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing service&apos;s certificate is not trusted (expired, self-signed or for another address). The console will not connect: tell your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no safe place to remember your sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service is not set up the way the routing service says. Tell your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routing service uses a sign-in service your organisation has not approved. Tell your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be verified. Check that this computer&apos;s date and time are right, then try again; if it happens again, tell your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer did not match this sign-in and was refused. Close other sign-in pages and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The console locked itself after a while without use. Contacts are hidden and no new ones come to you. A call in progress is not dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else signed in. The console stays locked: the volunteer on this shift must sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <source>Routing service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Giella</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size (percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring volume (percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in service (issuer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in requests sent directly to the sign-in service (PAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in bound to this computer (DPoP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready replies folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where calls are heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number rung for calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker or headset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring plays on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by IT (policy file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by IT (registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (commit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings set by your organisation&apos;s IT are locked and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrapping up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not responding: you missed an offer, so no new contacts come to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child/youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Sámi</source>
        <translation>Nuorttasámegiella</translation>
    </message>
    <message>
        <source>Lule Sámi</source>
        <translation>Julevsámegiella</translation>
    </message>
    <message>
        <source>South Sámi</source>
        <translation>Oarjjelsámegiella</translation>
    </message>
    <message>
        <source>Norwegian (bokmål)</source>
        <translation>Girjjedárogiella</translation>
    </message>
    <message>
        <source>Norwegian (nynorsk)</source>
        <translation>Ådådárogiella</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ieŋŋilsgiella</translation>
    </message>
    <message>
        <source>Talked and supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended before talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misuse of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: consulting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: caller is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line was busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer did not go through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: please sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available while the connection is down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Partly translated: what is missing is shown in Norwegian bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly translated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ring sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System beep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo ending the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the transfer: back to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpline Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise in training mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Giella</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Viehkke</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation and settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: set by your organisation&apos;s IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your organisation to start your shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Become available again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active contacts. Offers appear on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You missed an offer. It has gone to a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact is waiting for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volunteer needs you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot sign out while a contact is open. End it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new contacts come to you until you are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the selected offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold or resume the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the current contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <source>Caller&apos;s municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the caller? Type a municipality name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example Tromsø or 5501</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call legevakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: call 116 117 anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a municipality, 116 117 reaches the legevakt near the helpline, not near the caller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferNotice</name>
    <message>
        <source>The chatter left before you answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hung up before you answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer went back to the queue when your status changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer was withdrawn. It has gone back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>Routed to %1 · waiting %2 · answer within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected contact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline: it goes to a colleague (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To decline, press %1 or click Decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>Connection lost. Reconnecting in %n seconds…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n volunteers on duty (now %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[message shortened: %n more characters not shown]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offers left your list before you answered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long to send: %n characters over the limit. Shorten it, or send it in parts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n chats</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueTiles</name>
    <message>
        <source>Waiting: %1 (re-routed here: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available to answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadyReplies</name>
    <message>
        <source>your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type / and a word to find a ready reply (for example /silent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ready reply matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in %1 before sending (text in curly braces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready replies could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reroute</name>
    <message>
        <source>%1 queue (shared number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller waits on hold while you talk to a volunteer at %1 first; then you complete or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat moves to %1 with its transcript and your note when a volunteer there accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a volunteer at %1. Stay with the contact until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volunteer at %1 is talking to you: complete to hand the caller over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-routed to %1: the chat, its transcript and your note are with a volunteer there now. Finish the wrap-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-routed to %1: the caller is with a volunteer there now. Finish the wrap-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-route to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-route to another queue or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the receiving volunteer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-routed to you from %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from the first volunteer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first volunteer is still with the caller and talks to you first; the caller joins you when they complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcePanel</name>
    <message>
        <source>&amp;Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search services (name, need, number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s age, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the contact&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the service into the reply box in the contact&apos;s language; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource directory is loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden by an age limit: %1. Enter the contact&apos;s age to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copy: the routing service could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample directory: the coordinator maintains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you only, never shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed %1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life in danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person cannot answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample form: your organisation replaces it with its own approved wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 113 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the level again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to pass on anything that identifies the person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without consent, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: %1, recorded at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level did not reach the supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Safety plan, filled in together; it is sent in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the plan into the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in at least one step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is too long for one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent into the chat. Nothing is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Press %1 to do this, or click it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a transfer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the transfer: back to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-route to the chosen queue or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the current contact (it can be undone for a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo ending the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a ready reply (in the reply box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the menus: the Contact menu answers offers, transfers and ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger or smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declining, transferring and ending never happen from Space or Enter alone: use the keys below, the Contact menu, or a click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Helpline Console is already open for you on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Helpline Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpline Console cannot start: a settings file has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell your IT department. What they need to correct is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered and answered by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered and answered by hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median waiting time by day (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic shares per target group (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period and press Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered %1 · answered %2 · silent %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts under %1 are hidden so that no one can be singled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period of at most %1 days that ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>Filter by name, state, language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge: I am on my way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would like a debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flagged a contact as high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone has waited %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamTable</name>
    <message>
        <source>HELP REQUESTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIGH RISK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIGH RISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING: practice only. No real callers, no real services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was offered to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You flagged high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You recorded consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started a transfer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to %1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ended the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You finished the wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a first reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the transfer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late (%1 s, expected by %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as expected (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpline Console: training debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected actions done: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to accept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to flag high risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to start a transfer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scenario expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are now Available, so the practice contact can reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready: the contact arrives in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress. Handle the contact as on a real shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished. The debrief shows how it went.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingLaunch</name>
    <message>
        <source>Practise now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a live contact open. Practice opens a separate training window; the live contact stays here and still needs you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferBar</name>
    <message>
        <source>The caller waits on hold while you talk to %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joins this chat with your note; then you hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone rings and connects you to %1. The chatter is not connected: you relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible on this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the receiving service (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: back to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hung up. If they may be in danger, call yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMK will ask where the caller is: address, place, landmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipality: this reaches the legevakt near the helpline, not near the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chatter is not connected to %1: you relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial by hand:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show the console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceControls</name>
    <message>
        <source>No microphone or speaker: choose where to hear calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you hear calls: devices, microphone test, volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are marked as not responding: check your phone, then choose Available when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s audio connection failed, so calls cannot be heard. Open the voice settings in the status bar to try again, or switch to your phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <source>Where you hear calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the console (headset or speakers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On my own phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls, chat only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number to ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone test (speak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker or headset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring plays on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone or speaker was found on this computer. Plug in a headset and open this again, or choose your own phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you hear or say is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole number with the country code, for example +47 912 34 567.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceLine</name>
    <message>
        <source>On your phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat only: no calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone is ringing: answer it to talk to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone did not answer. The call went back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio connection failed. Try again, or switch to your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone or speaker found. Plug in a headset, or switch to your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headset disconnected: the call goes on through this computer&apos;s speakers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the microphone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <source>On shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been on shift for %1 without a break. A short pause helps you stay present for the next caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was a heavy contact. Take a moment before the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor has been asked to talk it through with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor will talk it through with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new contacts come to you while this note is open: your status is Busy. Choose Later when you are ready for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <source>Wrap-up: what was this contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the record now, with nothing more to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file the record now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in before finishing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
