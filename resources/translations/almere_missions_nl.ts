<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/app.py" line="81"/>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="83"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="84"/>
        <source>Choose another database…</source>
        <translation>Een andere database kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="86"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>BoardCanvas</name>
    <message>
        <location filename="../../ui/board.py" line="73"/>
        <source>Host load</source>
        <translation>Belasting gastheren</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="107"/>
        <source>+%1 more</source>
        <translation>+%1 meer</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="134"/>
        <source>%1 h for %2 hosts</source>
        <translation>%1 uur voor %2 gastheren</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="135"/>
        <source>No host bookings</source>
        <translation>Geen gastheren ingepland</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="140"/>
        <source>busiest: %1, %2 h</source>
        <translation>drukst: %1, %2 uur</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="159"/>
        <source>The programme has clashes</source>
        <translation>Het programma heeft conflicten</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../ui/context.py" line="92"/>
        <source>The database cannot be used right now</source>
        <extracomment>missions were written (refs, or None for &quot;anything may have changed&quot;)</extracomment>
        <translation>De database is nu niet te gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="96"/>
        <source>Nothing was changed. Try again when the problem is solved.</source>
        <translation>Er is niets gewijzigd. Probeer het opnieuw als het probleem is opgelost.</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../../ui/editor/costs.py" line="45"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="47"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="49"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="50"/>
        <source>Paid by</source>
        <translation>Betaald door</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="83"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="86"/>
        <source>Add &amp;line</source>
        <translation>&amp;Regel toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="87"/>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="88"/>
        <source>Cost lines</source>
        <translation>Kostenregels</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="99"/>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="110"/>
        <source>Change cost description</source>
        <translation>Omschrijving van kosten wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="125"/>
        <source>“%1” is not an amount</source>
        <translation>„%1” is geen bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="128"/>
        <source>An amount is zero or more, with at most two decimals</source>
        <translation>Een bedrag is nul of meer, met hoogstens twee decimalen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="131"/>
        <source>Change amount</source>
        <translation>Bedrag wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="134"/>
        <source>Change currency</source>
        <translation>Valuta wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="137"/>
        <source>Change payer</source>
        <translation>Betaler wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="141"/>
        <source>New cost</source>
        <translation>Nieuwe kostenpost</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="142"/>
        <source>Add cost line</source>
        <translation>Kostenregel toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="151"/>
        <source>Remove cost line</source>
        <translation>Kostenregel verwijderen</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="20"/>
        <source>(the log could not be written: %1)</source>
        <translation>(het logboek kon niet worden geschreven: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="23"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="24"/>
        <source>Something went wrong that the program did not expect. Your saved work is safe; the last change may not have been saved.</source>
        <translation>Er ging iets mis dat het programma niet verwachtte. Uw opgeslagen werk is veilig; de laatste wijziging is mogelijk niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="26"/>
        <source>A report was written to %1. Please send it to the application manager.</source>
        <translation>Er is een rapport geschreven naar %1. Stuur het naar de applicatiebeheerder.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="60"/>
        <source>The database cannot be used right now</source>
        <translation>De database is nu niet te gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="63"/>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="66"/>
        <source>Cannot do that</source>
        <translation>Dat kan niet</translation>
    </message>
</context>
<context>
    <name>DelegationTab</name>
    <message>
        <location filename="../../ui/editor/delegation.py" line="48"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="49"/>
        <source>Latin form</source>
        <translation>Latijnse schrijfwijze</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="51"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="52"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="54"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="56"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="58"/>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="97"/>
        <source>Delegation and hosts</source>
        <translation>Delegatie en gastheren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="100"/>
        <source>&amp;Add person…</source>
        <translation>Persoon &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="101"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="102"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="103"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="104"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="111"/>
        <source>diet</source>
        <translation>dieet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="113"/>
        <source>access</source>
        <translation>toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="126"/>
        <source>Guests: %1 · Hosts: %2</source>
        <translation>Gasten: %1 · gastheren: %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="139"/>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="151"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="166"/>
        <source>Remove participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="174"/>
        <source>Reorder participants</source>
        <translation>Volgorde deelnemers wijzigen</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="121"/>
        <source>Programme item</source>
        <translation>Programmaonderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="122"/>
        <source>Title (&amp;Dutch)</source>
        <translation>Titel (&amp;Nederlands)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="122"/>
        <source>Title (&amp;English)</source>
        <translation>Titel (&amp;Engels)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="122"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="123"/>
        <source>&amp;When (local time)</source>
        <translation>&amp;Wanneer (lokale tijd)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="123"/>
        <source>Time &amp;zone</source>
        <translation>Tijd&amp;zone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="124"/>
        <source>Arrives in zone</source>
        <translation>Aankomst in zone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="124"/>
        <source>&amp;Venue</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="124"/>
        <source>&amp;To (travel)</source>
        <translation>&amp;Naar (reis)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="125"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="125"/>
        <source>Guests</source>
        <translation>Gasten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="125"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="125"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="126"/>
        <source>Internal &amp;notes</source>
        <translation>Interne &amp;notities</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="130"/>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="131"/>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="132"/>
        <source>all day</source>
        <translation>hele dag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="133"/>
        <source>shown in the guests&apos; programme and calendar</source>
        <translation>zichtbaar in het programma en de agenda van de gasten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="134"/>
        <source>everyone in the mission</source>
        <translation>iedereen in de missie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="213"/>
        <source>An item needs a title.</source>
        <translation>Een onderdeel heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="216"/>
        <source>Choose a time zone from the list.</source>
        <translation>Kies een tijdzone uit de lijst.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="8"/>
        <source>Incoming</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="9"/>
        <source>Outgoing</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="10"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11"/>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Sent back</source>
        <translation>Teruggestuurd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Delegation leader</source>
        <translation>Delegatieleider</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Delegation member</source>
        <translation>Delegatielid</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Host</source>
        <translation>Gastheer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Guide</source>
        <translation>Gids</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Driver</source>
        <translation>Chauffeur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Meal</source>
        <translation>Maaltijd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Reception</source>
        <translation>Ontvangst</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Travel</source>
        <translation>Reis</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Transfer</source>
        <translation>Vervoer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Free time</source>
        <translation>Vrije tijd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Tentative</source>
        <translation>Voorlopig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="168"/>
        <source>Almere Missions</source>
        <extracomment>the settings changed the database or the language; the application reopens</extracomment>
        <translation>Almere Missies</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="170"/>
        <source>&amp;New mission…</source>
        <translation>&amp;Nieuwe missie…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="170"/>
        <source>&amp;Open mission</source>
        <translation>Missie &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="171"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="171"/>
        <source>&amp;Close tab</source>
        <translation>Tabblad &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="172"/>
        <source>&amp;Delete mission…</source>
        <translation>Missie &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="172"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="173"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="173"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="174"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="175"/>
        <source>Mission &amp;register</source>
        <translation>Missie&amp;register</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="176"/>
        <source>Season &amp;board</source>
        <translation>&amp;Seizoensoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="176"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="177"/>
        <source>&amp;Persons…</source>
        <translation>&amp;Personen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="177"/>
        <source>&amp;Venues…</source>
        <translation>&amp;Locaties…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="178"/>
        <source>&amp;About Almere Missions</source>
        <translation>&amp;Over Almere Missies</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="182"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="183"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="184"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="185"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="186"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="187"/>
        <source>&amp;Manage</source>
        <translation>&amp;Beheer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="188"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="189"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="190"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="191"/>
        <source>Season board</source>
        <translation>Seizoensoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="192"/>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="193"/>
        <source>no roles</source>
        <translation>geen rollen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="194"/>
        <source>User: %1 (%2)</source>
        <translation>Gebruiker: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="248"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="273"/>
        <source>%1 saved</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="337"/>
        <source>Delete mission</source>
        <translation>Missie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="338"/>
        <source>Delete %1 with its programme, participants and costs? Only a draft can be deleted; this cannot be undone.</source>
        <translation>%1 verwijderen met programma, deelnemers en kosten? Alleen een concept kan worden verwijderd; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="355"/>
        <source>Import missions</source>
        <translation>Missies importeren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="356"/>
        <location filename="../../ui/mainwindow.py" line="395"/>
        <source>Mission exchange files (*.json)</source>
        <translation>Uitwisselbestanden met missies (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="374"/>
        <source>Import finished</source>
        <translation>Import voltooid</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="379"/>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="390"/>
        <source>Importing %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="394"/>
        <source>Export missions</source>
        <translation>Missies exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="403"/>
        <source>Exported %1 missions to %2</source>
        <translation>%1 missies geëxporteerd naar %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="415"/>
        <source>Exporting to %1</source>
        <translation>Exporteren naar %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="441"/>
        <source>About Almere Missions</source>
        <translation>Over Almere Missies</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="442"/>
        <source>Almere Missions %1
Plans the international missions of the municipality of Almere.</source>
        <translation>Almere Missies %1
Plant de internationale missies van de gemeente Almere.</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <location filename="../../ui/editor/window.py" line="117"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="118"/>
        <source>Save the mission</source>
        <translation>De missie opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="119"/>
        <location filename="../../ui/editor/window.py" line="248"/>
        <location filename="../../ui/editor/window.py" line="259"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="120"/>
        <source>Reload the mission from the database</source>
        <translation>De missie opnieuw uit de database laden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="170"/>
        <source>unsaved changes</source>
        <translation>niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="218"/>
        <source>Saving %1</source>
        <translation>%1 opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="239"/>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="240"/>
        <source>%1 was changed by someone else after you opened it. Nothing of yours was saved, and nothing of theirs was overwritten.</source>
        <translation>%1 is door iemand anders gewijzigd nadat u de missie opende. Van u is niets opgeslagen en van de ander is niets overschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="245"/>
        <source>Reload shows their version; then make your change again. Your unsaved changes will be lost.</source>
        <translation>Opnieuw laden toont hun versie; breng daarna uw wijziging opnieuw aan. Uw niet-opgeslagen wijzigingen gaan verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="249"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="260"/>
        <source>Reloading drops your unsaved changes. Reload anyway?</source>
        <translation>Opnieuw laden gooit uw niet-opgeslagen wijzigingen weg. Toch opnieuw laden?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="271"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="272"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 heeft niet-opgeslagen wijzigingen. Opslaan?</translation>
    </message>
</context>
<context>
    <name>MissionTableModel</name>
    <message>
        <location filename="../../ui/models/register.py" line="60"/>
        <source>Ref</source>
        <extracomment>theme code -&gt; its name in the current language (set by the register view)</extracomment>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="61"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="62"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="64"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="65"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="66"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="67"/>
        <source>Counterpart</source>
        <translation>Tegenpartij</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="68"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="69"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="70"/>
        <source>Items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="71"/>
        <source>Clashes</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="152"/>
        <source>The programme of this mission has clashes</source>
        <translation>Het programma van deze missie heeft conflicten</translation>
    </message>
</context>
<context>
    <name>NewMissionDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="73"/>
        <source>New mission</source>
        <translation>Nieuwe missie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="74"/>
        <source>&amp;Direction</source>
        <translation>&amp;Richting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="74"/>
        <source>Title (&amp;Dutch)</source>
        <translation>Titel (&amp;Nederlands)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="74"/>
        <source>Title (&amp;English)</source>
        <translation>Titel (&amp;Engels)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="75"/>
        <source>&amp;First day</source>
        <translation>&amp;Eerste dag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="75"/>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="75"/>
        <source>&amp;Countries</source>
        <translation>&amp;Landen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="76"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Tijdzone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="76"/>
        <source>Counter&amp;part</source>
        <translation>&amp;Tegenpartij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="80"/>
        <source>Country codes, e.g. TW, NL</source>
        <translation>Landcodes, bijv. TW, NL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="81"/>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/editor/overview.py" line="134"/>
        <source>Change cities</source>
        <translation>Plaatsen wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="137"/>
        <source>Change counterpart</source>
        <translation>Tegenpartij wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="140"/>
        <source>Change lead department</source>
        <translation>Trekkende afdeling wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="148"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="151"/>
        <source>Ref</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="151"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="151"/>
        <source>Title (Dutch)</source>
        <translation>Titel (Nederlands)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="152"/>
        <source>Title (English)</source>
        <translation>Titel (Engels)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="152"/>
        <source>&amp;Dates</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="152"/>
        <source>Time &amp;zone</source>
        <translation>Tijd&amp;zone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="153"/>
        <source>&amp;Countries</source>
        <translation>&amp;Landen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="153"/>
        <source>C&amp;ities</source>
        <translation>&amp;Plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="153"/>
        <source>Counter&amp;part</source>
        <translation>&amp;Tegenpartij</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="154"/>
        <source>&amp;Lead department</source>
        <translation>T&amp;rekkende afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="154"/>
        <source>Themes and goals</source>
        <translation>Thema&apos;s en doelen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="155"/>
        <source>Purpose (Dutch)</source>
        <translation>Doel (Nederlands)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="155"/>
        <source>Purpose (English)</source>
        <translation>Doel (Engels)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="159"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="160"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="161"/>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="162"/>
        <source>Country codes, e.g. TW, NL</source>
        <translation>Landcodes, bijv. TW, NL</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="163"/>
        <source>Separated by commas</source>
        <translation>Gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="164"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="165"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="224"/>
        <source>Change title</source>
        <translation>Titel wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="231"/>
        <source>Change purpose</source>
        <translation>Doel wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="239"/>
        <location filename="../../ui/editor/overview.py" line="240"/>
        <location filename="../../ui/editor/overview.py" line="241"/>
        <location filename="../../ui/editor/overview.py" line="244"/>
        <source>Change dates</source>
        <translation>Data wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="249"/>
        <source>Change time zone</source>
        <translation>Tijdzone wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="257"/>
        <source>Not a country code: %1</source>
        <translation>Geen landcode: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="262"/>
        <source>Change countries</source>
        <translation>Landen wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="267"/>
        <source>Change themes</source>
        <translation>Thema&apos;s wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="268"/>
        <source>Change goals</source>
        <translation>Doelen wijzigen</translation>
    </message>
</context>
<context>
    <name>PersonColumns</name>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="34"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="35"/>
        <source>Latin form</source>
        <translation>Latijnse schrijfwijze</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="36"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="37"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="38"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="87"/>
        <source>&amp;Name (own script)</source>
        <translation>&amp;Naam (eigen schrift)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="87"/>
        <source>&amp;Latin form</source>
        <translation>&amp;Latijnse schrijfwijze</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="88"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="88"/>
        <source>&amp;Function</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="88"/>
        <source>Nationalit&amp;y</source>
        <translation>Nationalitei&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="89"/>
        <source>Lan&amp;guages</source>
        <translation>Ta&amp;len</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="89"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="89"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="90"/>
        <source>&amp;Phone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="90"/>
        <source>&amp;Dietary needs</source>
        <translation>&amp;Dieetwensen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="90"/>
        <source>&amp;Accessibility</source>
        <translation>&amp;Toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="91"/>
        <source>Municipal &amp;staff</source>
        <translation>Gemeentelijk &amp;medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="95"/>
        <source>Country codes, e.g. TW</source>
        <translation>Landcodes, bijv. TW</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="96"/>
        <source>Language tags, e.g. zh-Hant, en</source>
        <translation>Taalcodes, bijv. zh-Hant, en</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="97"/>
        <source>known</source>
        <translation>bekend</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="98"/>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="99"/>
        <source>works for the municipality</source>
        <translation>werkt bij de gemeente</translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="203"/>
        <source>Choose a person</source>
        <translation>Kies een persoon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="203"/>
        <location filename="../../ui/dialogs/persons.py" line="206"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="204"/>
        <source>Find by name, Latin form, organisation…</source>
        <translation>Zoek op naam, Latijnse schrijfwijze, organisatie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="205"/>
        <source>Find persons</source>
        <translation>Personen zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="207"/>
        <source>&amp;New person</source>
        <translation>&amp;Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="208"/>
        <source>Save person</source>
        <translation>Persoon opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="238"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../ui/editor/programme.py" line="158"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="161"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="162"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="62"/>
        <location filename="../../ui/editor/programme.py" line="163"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="63"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="64"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="65"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="67"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="68"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="69"/>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="71"/>
        <source>Guests see it</source>
        <translation>Zichtbaar voor gasten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="71"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="71"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="164"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="165"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="166"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="167"/>
        <source>&amp;Add item…</source>
        <translation>&amp;Nieuw onderdeel…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="168"/>
        <source>Edit item…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="169"/>
        <source>Cancel item</source>
        <translation>Afzeggen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="170"/>
        <source>Delete item</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="171"/>
        <source>Programme timeline</source>
        <translation>Tijdlijn van het programma</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="172"/>
        <source>Programme list</source>
        <translation>Lijst van het programma</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="173"/>
        <source>Clashes</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="212"/>
        <source>The programme is shown read-only: the planning part is not installed.</source>
        <translation>Het programma is alleen-lezen: het planningsdeel is niet geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="222"/>
        <source>The clash checks could not run; a report was written to %1.</source>
        <translation>De conflictcontrole kon niet worden uitgevoerd; er is een rapport geschreven naar %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="225"/>
        <source>Clashes: %1</source>
        <translation>Conflicten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="227"/>
        <source>No clashes found.</source>
        <translation>Geen conflicten gevonden.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="258"/>
        <source>Cannot move there</source>
        <translation>Kan daar niet heen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="268"/>
        <location filename="../../ui/editor/programme.py" line="292"/>
        <source>Move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="282"/>
        <source>Resize %1</source>
        <translation>Duur van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="292"/>
        <source>Change end of %1</source>
        <translation>Einde van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="293"/>
        <source>Cancel %1</source>
        <translation>%1 annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="293"/>
        <source>Restore %1</source>
        <translation>%1 herstellen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="294"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="294"/>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="321"/>
        <location filename="../../ui/editor/programme.py" line="328"/>
        <source>Delete programme item</source>
        <translation>Programmaonderdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="322"/>
        <source>Delete “%1” from the programme? This cannot be undone; cancelling the item keeps it visible as cancelled.</source>
        <translation>„%1” uit het programma verwijderen? Dit kan niet ongedaan worden gemaakt; wie het onderdeel annuleert, houdt het zichtbaar als geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="357"/>
        <source>Add item</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="372"/>
        <source>Change item</source>
        <translation>Onderdeel wijzigen</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../ui/register.py" line="137"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="138"/>
        <source>Ref, title, counterpart, country…</source>
        <translation>Kenmerk, titel, tegenpartij, land…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="139"/>
        <source>Search missions</source>
        <translation>Missies zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="140"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="141"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="142"/>
        <source>Missions ending on or after</source>
        <translation>Missies die eindigen op of na</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="143"/>
        <source>Missions starting on or before</source>
        <translation>Missies die beginnen op of voor</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="144"/>
        <source>Mission register</source>
        <translation>Missieregister</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="145"/>
        <source>All directions</source>
        <translation>Alle richtingen</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="145"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="147"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="147"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="176"/>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="176"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="182"/>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="182"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="232"/>
        <source>%1 missions</source>
        <translation>%1 missies</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="234"/>
        <source>%1 of %2 missions</source>
        <translation>%1 van %2 missies</translation>
    </message>
</context>
<context>
    <name>SeasonBoard</name>
    <message>
        <location filename="../../ui/board.py" line="217"/>
        <source>Month</source>
        <extracomment>the day the person looked for; a switch between month and week keeps it in view</extracomment>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="218"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="219"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="220"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="221"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="222"/>
        <source>Season board</source>
        <translation>Seizoensoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="223"/>
        <source>&lt;span style=&apos;color:#2f6db5&apos;&gt;■&lt;/span&gt; incoming  &lt;span style=&apos;color:#2e8b57&apos;&gt;■&lt;/span&gt; outgoing  &lt;span style=&apos;color:#b3261e&apos;&gt;⚠&lt;/span&gt; clash</source>
        <translation>&lt;span style=&apos;color:#2f6db5&apos;&gt;■&lt;/span&gt; inkomend  &lt;span style=&apos;color:#2e8b57&apos;&gt;■&lt;/span&gt; uitgaand  &lt;span style=&apos;color:#b3261e&apos;&gt;⚠&lt;/span&gt; conflict</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="81"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="82"/>
        <source>A database file on this computer</source>
        <translation>Een databasebestand op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="83"/>
        <source>The team&apos;s PostgreSQL server</source>
        <translation>De PostgreSQL-server van het team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="85"/>
        <source>Server &amp;address</source>
        <translation>Server&amp;adres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="86"/>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="87"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="88"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="90"/>
        <location filename="../../ui/dialogs/settings.py" line="106"/>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="91"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="92"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="93"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="94"/>
        <source>On the team server you act as your database login; the user name applies to a file on this computer.</source>
        <translation>Op de teamserver werkt u onder uw databaselogin; de gebruikersnaam geldt voor een bestand op deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="107"/>
        <source>Almere Missions database (*.sqlite)</source>
        <translation>Database van Almere Missies (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="44"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="45"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="46"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="47"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="48"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="125"/>
        <location filename="../../ui/dialogs/venues.py" line="133"/>
        <source>Venues</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="126"/>
        <source>Name (&amp;Dutch)</source>
        <translation>Naam (&amp;Nederlands)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="126"/>
        <source>Name (&amp;English)</source>
        <translation>Naam (&amp;Engels)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="126"/>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="127"/>
        <source>&amp;City</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="127"/>
        <source>C&amp;ountry code</source>
        <translation>&amp;Landcode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="127"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Tijdzone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="128"/>
        <source>Ca&amp;pacity</source>
        <translation>&amp;Capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="128"/>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="128"/>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="129"/>
        <source>One party at a time</source>
        <translation>Eén gezelschap tegelijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="134"/>
        <source>&amp;New venue</source>
        <translation>&amp;Nieuwe locatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="135"/>
        <source>Save venue</source>
        <translation>Locatie opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="176"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="64"/>
        <source>Welcome to Almere Missions</source>
        <translation>Welkom bij Almere Missies</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="66"/>
        <source>This database holds no missions yet. Plan delegations to Almere and trips abroad: the delegation and its hosts, day programmes in each place&apos;s own time, clash checks and costs.</source>
        <translation>Deze database bevat nog geen missies. Plan delegaties naar Almere en reizen naar het buitenland: de delegatie en haar gastheren, dagprogramma&apos;s in de eigen tijd van elke plaats, conflictcontroles en kosten.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="69"/>
        <source>Load the demo season (Floriade Expo 2022)</source>
        <translation>Het demoseizoen laden (Floriade Expo 2022)</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="70"/>
        <source>Load the demo season</source>
        <translation>Het demoseizoen laden</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="72"/>
        <source>The Floriade Expo 2022 season as an example: seventy delegations and trips to look around in and practise with. Use a separate database for real work.</source>
        <translation>Het seizoen van Floriade Expo 2022 als voorbeeld: zeventig delegaties en reizen om in rond te kijken en mee te oefenen. Gebruik een aparte database voor echt werk.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="74"/>
        <source>The demo season is not installed with this copy of the program.</source>
        <translation>Het demoseizoen is bij deze installatie niet meegeleverd.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="75"/>
        <source>Import missions from a file…</source>
        <translation>Missies uit een bestand importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="76"/>
        <source>Start with an empty register</source>
        <translation>Beginnen met een leeg register</translation>
    </message>
</context>
<context>
    <name>WorkIndicator</name>
    <message>
        <location filename="../../ui/status.py" line="18"/>
        <source>Cancel the running task</source>
        <translation>De lopende taak afbreken</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="26"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="51"/>
        <source>Cancelling…</source>
        <translation>Afbreken…</translation>
    </message>
</context>
</TS>
