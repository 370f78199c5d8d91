<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="70"/>
        <source>About Almere Missions</source>
        <extracomment>(distribution, what it does here, licence): the libraries the program ships with (face, scripts, licence, licence file in resources/fonts): embedded in every PDF</extracomment>
        <translation>Over Almere Missies</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="79"/>
        <source>Plans the international missions of the municipality of Almere.</source>
        <translation>Plant de internationale missies van de gemeente Almere.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="80"/>
        <source>Licence: EUPL-1.2</source>
        <translation>Licentie: EUPL-1.2</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="98"/>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="98"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="98"/>
        <source>Used for</source>
        <translation>Gebruikt voor</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="98"/>
        <location filename="../../ui/about.py" line="100"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="100"/>
        <source>Font</source>
        <translation>Lettertype</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="100"/>
        <source>Scripts</source>
        <translation>Schriften</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="100"/>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
</context>
<context>
    <name>AdviceSection</name>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="30"/>
        <source>Travel advice and state-actor risk</source>
        <translation>Reisadvies en statelijke dreiging</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="31"/>
        <source>Fetch current advice</source>
        <translation>Actueel advies ophalen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="32"/>
        <source>Ask the ministry&apos;s open data service for the current travel advice; offline, the last stored advice stays</source>
        <translation>Het actuele reisadvies opvragen bij de open-datadienst van het ministerie; zonder verbinding blijft het laatst opgeslagen advies staan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="43"/>
        <source>The mission names no destination country.</source>
        <translation>De missie noemt geen land van bestemming.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="49"/>
        <source>No travel advice stored</source>
        <translation>Geen reisadvies opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="57"/>
        <source>State-actor risk: not assessed</source>
        <translation>Statelijke dreiging: niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="73"/>
        <source>and %1 more regions</source>
        <translation>en nog %1 gebieden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="79"/>
        <source>Advice of %1</source>
        <translation>Advies van %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="81"/>
        <source>out of date (%1 days): fetch the current advice</source>
        <translation>verouderd (%1 dagen): haal het actuele advies op</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="108"/>
        <source>Fetching the travel advice…</source>
        <translation>Reisadvies ophalen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="111"/>
        <source>Fetching the travel advice</source>
        <translation>Reisadvies ophalen</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/app.py" line="67"/>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="69"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="70"/>
        <source>Choose another database…</source>
        <translation>Een andere database kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="72"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>ApprovalTab</name>
    <message>
        <location filename="../../ui/editor/approval.py" line="32"/>
        <source>Submit for approval</source>
        <translation>Ter goedkeuring indienen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="33"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="34"/>
        <source>Reject…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="35"/>
        <source>Send back…</source>
        <translation>Terugsturen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="36"/>
        <source>Cancel mission…</source>
        <translation>Missie annuleren…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="37"/>
        <source>Mark completed</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="40"/>
        <location filename="../../ui/editor/approval.py" line="52"/>
        <source>submitted</source>
        <translation>ingediend</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="41"/>
        <location filename="../../ui/editor/approval.py" line="47"/>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="42"/>
        <location filename="../../ui/editor/approval.py" line="48"/>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="43"/>
        <location filename="../../ui/editor/approval.py" line="49"/>
        <source>sent back</source>
        <translation>teruggestuurd</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="44"/>
        <location filename="../../ui/editor/approval.py" line="53"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="45"/>
        <location filename="../../ui/editor/approval.py" line="54"/>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="46"/>
        <source>pending</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="50"/>
        <source>needs approval again</source>
        <translation>opnieuw goed te keuren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="51"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="57"/>
        <source>officer</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="58"/>
        <source>approver</source>
        <translation>goedkeurder</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="59"/>
        <source>mayor</source>
        <translation>burgemeester</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="60"/>
        <source>security advisor</source>
        <translation>veiligheidsadviseur</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="61"/>
        <source>management board</source>
        <translation>concerndirectie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="88"/>
        <source>Step</source>
        <extracomment>actions that need a comment (the core refuses them without)</extracomment>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="89"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="91"/>
        <location filename="../../ui/editor/approval.py" line="124"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="92"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="93"/>
        <source>At</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="94"/>
        <source>Why this step</source>
        <translation>Waarom deze stap</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="121"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="122"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="123"/>
        <source>Did</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="125"/>
        <source>Comment</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="138"/>
        <source>%1 for %2</source>
        <translation>%1 namens %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="148"/>
        <source>Approval</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="151"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="152"/>
        <location filename="../../ui/editor/approval.py" line="161"/>
        <source>Approval chain</source>
        <translation>Goedkeuringsketen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="153"/>
        <source>What you can do</source>
        <translation>Wat u kunt doen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="154"/>
        <source>Approval &amp;file (PDF)…</source>
        <translation>Goedkeurings&amp;dossier (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="160"/>
        <source>Save the approval file as PDF</source>
        <translation>Het goedkeuringsdossier als PDF opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="155"/>
        <source>&amp;Print approval file…</source>
        <translation>Goedkeuringsdossier af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="156"/>
        <source>Changed since approval</source>
        <translation>Gewijzigd sinds goedkeuring</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="157"/>
        <location filename="../../ui/editor/approval.py" line="162"/>
        <source>Decision history</source>
        <translation>Besluitgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="163"/>
        <source>Changes since approval</source>
        <translation>Wijzigingen sinds goedkeuring</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="178"/>
        <source>round %1</source>
        <translation>ronde %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="180"/>
        <source>submitted by %1</source>
        <translation>ingediend door %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="182"/>
        <source>framework %1</source>
        <translation>kader %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="209"/>
        <source>Save your changes first: the approval is bound to what is stored.</source>
        <translation>Sla eerst uw wijzigingen op: de goedkeuring geldt voor wat is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="214"/>
        <source>Comment (required):</source>
        <translation>Toelichting (verplicht):</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="215"/>
        <source>Comment (optional):</source>
        <translation>Toelichting (optioneel):</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="221"/>
        <source>This needs a comment that says why.</source>
        <translation>Geef een toelichting die zegt waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="233"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="237"/>
        <source>Done: the mission is now %1.</source>
        <translation>Gedaan: de missie is nu %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="241"/>
        <source>Save the approval file</source>
        <translation>Goedkeuringsdossier opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="242"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="262"/>
        <location filename="../../ui/editor/approval.py" line="280"/>
        <source>Making the approval file…</source>
        <translation>Goedkeuringsdossier maken…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="287"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="254"/>
        <source>Approval file saved to %1 (%2 pages).</source>
        <translation>Goedkeuringsdossier opgeslagen in %1 (%2 pagina&apos;s).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="275"/>
        <source>Approval file sent to the printer.</source>
        <translation>Goedkeuringsdossier naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../ui/editor/assessment.py" line="29"/>
        <source>Complies</source>
        <translation>Voldoet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="30"/>
        <source>Concern</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="31"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="101"/>
        <source>Mandatory: justification required</source>
        <translation>Verplicht: onderbouwing nodig</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="104"/>
        <source>Concern: justification required</source>
        <translation>Bezwaar: onderbouwing nodig</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="175"/>
        <source>Assessment</source>
        <extracomment>answers typed but not recorded: a background reload must not wipe them</extracomment>
        <translation>Toetsing</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="178"/>
        <source>Principle</source>
        <translation>Uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="178"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="87"/>
        <location filename="../../ui/editor/assessment.py" line="179"/>
        <source>Justification</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="81"/>
        <source>— not answered —</source>
        <translation>— niet beantwoord —</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="83"/>
        <source>Answer to principle %1</source>
        <translation>Antwoord op uitgangspunt %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="85"/>
        <source>Justification of principle %1</source>
        <translation>Onderbouwing van uitgangspunt %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="180"/>
        <source>Themes and goals served</source>
        <translation>Thema&apos;s en doelen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="181"/>
        <source>Themes:</source>
        <translation>Thema&apos;s:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="181"/>
        <source>Goals:</source>
        <translation>Doelen:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="182"/>
        <source>Costs by payer</source>
        <translation>Kosten per betaler</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="183"/>
        <source>Budget (EUR):</source>
        <translation>Budget (EUR):</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="188"/>
        <source>Budget in euros</source>
        <translation>Budget in euro&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="187"/>
        <source>no budget set</source>
        <translation>geen budget</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="184"/>
        <source>CO₂ of the travel</source>
        <translation>CO₂ van de reis</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="185"/>
        <source>The principle</source>
        <translation>Het uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="189"/>
        <source>Text of the principle</source>
        <translation>Tekst van het uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="186"/>
        <source>&amp;Record assessment</source>
        <translation>Toetsing &amp;vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="190"/>
        <source>Record the assessment</source>
        <translation>De toetsing vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="235"/>
        <source>Policy framework %1 — %2</source>
        <translation>Beleidskader %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="239"/>
        <source>Recorded by %1 on %2</source>
        <translation>Vastgelegd door %1 op %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="242"/>
        <source>Not recorded yet</source>
        <translation>Nog niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="243"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="248"/>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="250"/>
        <source>Not converted to euros: %1</source>
        <translation>Niet omgerekend naar euro&apos;s: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="256"/>
        <source>No budget recorded.</source>
        <translation>Geen budget vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="259"/>
        <source>Over budget by %1</source>
        <translation>%1 boven budget</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="263"/>
        <source>Within budget (%1 left)</source>
        <translation>Binnen budget (%1 over)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="267"/>
        <source>%1 kg CO₂ (travel legs counted: %2)</source>
        <translation>%1 kg CO₂ (reistrajecten geteld: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="269"/>
        <source>Not counted: %1</source>
        <translation>Niet meegeteld: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="276"/>
        <source>Your answers are not recorded yet.</source>
        <translation>Uw antwoorden zijn nog niet vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="278"/>
        <source>Still to answer or justify: %1</source>
        <translation>Nog te beantwoorden of te onderbouwen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="281"/>
        <source>Every principle is answered.</source>
        <translation>Elk uitgangspunt is beantwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="292"/>
        <source>“%1” is not an amount</source>
        <translation>“%1” is geen bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="304"/>
        <source>Recording…</source>
        <translation>Vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="310"/>
        <source>Recording the assessment of %1</source>
        <translation>De toetsing van %1 vastleggen</translation>
    </message>
</context>
<context>
    <name>BoardCanvas</name>
    <message>
        <location filename="../../ui/board.py" line="71"/>
        <source>Host load</source>
        <extracomment>missions drawn with the overdue marker in the last paint: their count</extracomment>
        <translation>Belasting gastheren</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="105"/>
        <source>+%1 more</source>
        <translation>+%1 meer</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="139"/>
        <source>%1 h for %2 hosts</source>
        <translation>%1 uur voor %2 gastheren</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="140"/>
        <source>No host bookings</source>
        <translation>Geen gastheren ingepland</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="145"/>
        <source>busiest: %1, %2 h</source>
        <translation>drukst: %1, %2 uur</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="164"/>
        <source>The programme has clashes</source>
        <translation>Het programma heeft conflicten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/board.py" line="167"/>
        <source>%n follow-up action(s) past their due date</source>
        <translation>
            <numerusform>%n vervolgactie over tijd</numerusform>
            <numerusform>%n vervolgacties over tijd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="40"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="41"/>
        <source>Export calendar (.ics)…</source>
        <translation>Agenda exporteren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="42"/>
        <source>CalDAV server:</source>
        <translation>CalDAV-server:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="42"/>
        <source>Calendar:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="43"/>
        <source>User:</source>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="43"/>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="47"/>
        <source>from the system keyring if empty</source>
        <translation>uit de sleutelbos als leeg</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="44"/>
        <source>Remember the password (system keyring)</source>
        <translation>Wachtwoord onthouden (sleutelbos)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="45"/>
        <source>Publish to CalDAV</source>
        <translation>Publiceren naar CalDAV</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="48"/>
        <source>CalDAV server address</source>
        <translation>Adres van de CalDAV-server</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="49"/>
        <source>Calendar name</source>
        <translation>Naam van de agenda</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="50"/>
        <source>CalDAV user name</source>
        <translation>CalDAV-gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="51"/>
        <source>CalDAV password</source>
        <translation>CalDAV-wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="55"/>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="56"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="63"/>
        <source>Calendar written to %1.</source>
        <translation>Agenda geschreven naar %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="70"/>
        <source>Exporting the calendar…</source>
        <translation>Agenda exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="87"/>
        <source>Give the server address and the calendar name.</source>
        <translation>Geef het serveradres en de naam van de agenda.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="100"/>
        <source>Published: %1 new, %2 updated, %3 unchanged, %4 removed.</source>
        <translation>Gepubliceerd: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd, %4 verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="113"/>
        <source>Publishing to %1…</source>
        <translation>Publiceren naar %1…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="115"/>
        <source>Cancelled: the calendar on the server may be partly updated; publish again to complete it.</source>
        <translation>Geannuleerd: de agenda op de server is mogelijk deels bijgewerkt; publiceer opnieuw om hem compleet te maken.</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="52"/>
        <source>Security checklist</source>
        <translation>Veiligheidschecklist</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="53"/>
        <source>Residual risk:</source>
        <translation>Restrisico:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="57"/>
        <source>Residual risk</source>
        <translation>Restrisico</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="54"/>
        <source>Mitigations (one per line):</source>
        <translation>Maatregelen (één per regel):</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="58"/>
        <source>Mitigations</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="55"/>
        <source>Advice for the approval file:</source>
        <translation>Advies voor het goedkeuringsdossier:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="59"/>
        <source>Security advice</source>
        <translation>Veiligheidsadvies</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="56"/>
        <source>&amp;Record security check</source>
        <translation>Veiligheidscheck &amp;vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="70"/>
        <source>Your changes to the check are not recorded yet.</source>
        <translation>Uw wijzigingen in de check zijn nog niet vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="90"/>
        <source>Checked by %1 on %2</source>
        <translation>Gecontroleerd door %1 op %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="92"/>
        <source>No security check recorded yet.</source>
        <translation>Nog geen veiligheidscheck vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="98"/>
        <source>Only a security advisor records the check</source>
        <translation>Alleen een veiligheidsadviseur legt de check vast</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="112"/>
        <source>Security check recorded.</source>
        <translation>Veiligheidscheck vastgelegd.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../ui/context.py" line="96"/>
        <source>This cannot be done</source>
        <extracomment>missions were written (refs, or None for &quot;anything may have changed&quot;) errors the person can act on: a message, not a crash</extracomment>
        <translation>Dit kan niet</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="107"/>
        <source>The database cannot be used right now</source>
        <translation>De database is nu niet te gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="111"/>
        <source>Nothing was changed. Try again when the problem is solved.</source>
        <translation>Er is niets gewijzigd. Probeer het opnieuw als het probleem is opgelost.</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../../ui/editor/costs.py" line="46"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="48"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="50"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="51"/>
        <source>Paid by</source>
        <translation>Betaald door</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="69"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="72"/>
        <source>Add &amp;line</source>
        <translation>&amp;Regel toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="73"/>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="74"/>
        <source>Cost lines</source>
        <translation>Kostenregels</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="85"/>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="96"/>
        <source>Change cost description</source>
        <translation>Omschrijving van kosten wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="105"/>
        <source>“%1” is not an amount</source>
        <translation>„%1” is geen bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="108"/>
        <source>An amount is zero or more, with at most two decimals</source>
        <translation>Een bedrag is nul of meer, met hoogstens twee decimalen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="111"/>
        <source>Change amount</source>
        <translation>Bedrag wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="114"/>
        <source>Change currency</source>
        <translation>Valuta wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="117"/>
        <source>Change payer</source>
        <translation>Betaler wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="121"/>
        <source>New cost</source>
        <translation>Nieuwe kostenpost</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="122"/>
        <source>Add cost line</source>
        <translation>Kostenregel toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="127"/>
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
        <location filename="../../ui/editor/delegation.py" line="35"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="36"/>
        <source>Latin form</source>
        <translation>Latijnse schrijfwijze</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="38"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="39"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="41"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="43"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="45"/>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="69"/>
        <source>Delegation and hosts</source>
        <translation>Delegatie en gastheren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="72"/>
        <source>&amp;Add person…</source>
        <translation>Persoon &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="73"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="74"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="75"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="76"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="83"/>
        <source>diet</source>
        <translation>dieet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="85"/>
        <source>access</source>
        <translation>toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="98"/>
        <source>Guests: %1 · Hosts: %2</source>
        <translation>Gasten: %1 · gastheren: %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="111"/>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="123"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="134"/>
        <source>Remove participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="142"/>
        <source>Reorder participants</source>
        <translation>Volgorde deelnemers wijzigen</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="42"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="44"/>
        <source>Save programme as PDF…</source>
        <translation>Programma als PDF opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="45"/>
        <source>&amp;Print programme…</source>
        <translation>Programma a&amp;fdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="46"/>
        <source>Delegation list (PDF)…</source>
        <translation>Delegatielijst (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="47"/>
        <source>Name badges (PDF)…</source>
        <translation>Naambadges (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="48"/>
        <source>Driver&apos;s sheets (PDF)…</source>
        <translation>Ritstaten chauffeurs (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="49"/>
        <source>Caterer&apos;s sheet (PDF)…</source>
        <translation>Overzicht voor de cateraar (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="50"/>
        <source>Rooming list (PDF)…</source>
        <translation>Kamerlijst (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="51"/>
        <source>Issue programme</source>
        <translation>Programma uitgeven</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="53"/>
        <source>Mark the programme as sent to the guests; later changes are listed in a change notice</source>
        <translation>Markeer het programma als verstuurd aan de gasten; latere wijzigingen komen in een wijzigingsbericht</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="52"/>
        <source>Changes since last issue (PDF)…</source>
        <translation>Wijzigingen sinds laatste uitgave (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="59"/>
        <source>Issued %1 times; last on %2.</source>
        <translation>%1 keer uitgegeven; laatst op %2.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="63"/>
        <source>The programme has not been issued yet.</source>
        <translation>Het programma is nog niet uitgegeven.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="76"/>
        <source>Save PDF</source>
        <translation>PDF opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="76"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="87"/>
        <source>The programme was never issued: there is no change notice yet.</source>
        <translation>Het programma is nooit uitgegeven: er is nog geen wijzigingsbericht.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="91"/>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 opgeslagen (%2 pagina&apos;s).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="98"/>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="105"/>
        <source>Programme issued (issue %1). Later changes go into a change notice.</source>
        <translation>Programma uitgegeven (uitgave %1). Latere wijzigingen komen in een wijzigingsbericht.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="110"/>
        <source>Issuing the programme…</source>
        <translation>Programma uitgeven…</translation>
    </message>
</context>
<context>
    <name>FindingsSection</name>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="36"/>
        <source>Logistics check</source>
        <translation>Logistieke controle</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="37"/>
        <source>Check &amp;again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="38"/>
        <source>Check rooms, rides, interpreters and access again</source>
        <translation>Kamers, ritten, tolken en toegankelijkheid opnieuw controleren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="40"/>
        <source>Logistics check findings</source>
        <translation>Bevindingen van de logistieke controle</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="61"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="63"/>
        <source>Checking the logistics of %1</source>
        <translation>Logistiek van %1 controleren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="66"/>
        <source>Check cancelled.</source>
        <translation>Controle geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="85"/>
        <source>%1 findings: double-click one to go to it.</source>
        <translation>%1 bevindingen: dubbelklik erop om ernaartoe te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="88"/>
        <source>No logistics problems found.</source>
        <translation>Geen logistieke problemen gevonden.</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../ui/editor/followup.py" line="133"/>
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="138"/>
        <source>Outcomes</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="138"/>
        <location filename="../../ui/editor/followup.py" line="260"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="138"/>
        <location filename="../../ui/editor/followup.py" line="261"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="138"/>
        <location filename="../../ui/editor/followup.py" line="263"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="139"/>
        <location filename="../../ui/editor/followup.py" line="143"/>
        <location filename="../../ui/editor/followup.py" line="265"/>
        <location filename="../../ui/editor/followup.py" line="275"/>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="139"/>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="140"/>
        <source>Outcomes of the mission</source>
        <translation>Resultaten van de missie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="142"/>
        <source>Follow-up actions</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="142"/>
        <location filename="../../ui/editor/followup.py" line="268"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="142"/>
        <location filename="../../ui/editor/followup.py" line="269"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="142"/>
        <location filename="../../ui/editor/followup.py" line="271"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="143"/>
        <location filename="../../ui/editor/followup.py" line="272"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="144"/>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="145"/>
        <source>Follow-up actions of the mission</source>
        <translation>Vervolgacties van de missie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="148"/>
        <source>Gifts</source>
        <translation>Geschenken</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="148"/>
        <location filename="../../ui/editor/followup.py" line="279"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="148"/>
        <location filename="../../ui/editor/followup.py" line="282"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="148"/>
        <location filename="../../ui/editor/followup.py" line="280"/>
        <source>Received / given</source>
        <translation>Ontvangen / gegeven</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="149"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="149"/>
        <source>From / to</source>
        <translation>Van / aan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="149"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="150"/>
        <source>Gifts of the mission</source>
        <translation>Geschenken van de missie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="136"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="136"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="136"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="140"/>
        <source>Add an outcome</source>
        <translation>Een resultaat toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="146"/>
        <source>Add a follow-up action</source>
        <translation>Een vervolgactie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="150"/>
        <source>Add a gift</source>
        <translation>Een geschenk toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="151"/>
        <source>Mark done</source>
        <translation>Gereed melden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="152"/>
        <source>Decide…</source>
        <translation>Besluiten…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="153"/>
        <location filename="../../ui/editor/followup.py" line="354"/>
        <source>Decide on the gift</source>
        <translation>Besluiten over het geschenk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="177"/>
        <source>⚑ overdue</source>
        <translation>⚑ verlopen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="190"/>
        <source>⚠ needs a decision</source>
        <translation>⚠ besluit nodig</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="192"/>
        <source>A gift received above %1 needs a decision of the mayor or an approver before the mission is completed</source>
        <translation>Over een ontvangen geschenk boven %1 beslist de burgemeester of een goedkeurder voordat de missie wordt afgerond</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followup.py" line="205"/>
        <source>⚠ %n gift(s) above %1 without a decision: the mission cannot be completed until the mayor or an approver decides.</source>
        <translation>
            <numerusform>⚠ %n geschenk boven %1 zonder besluit: de missie kan pas worden afgerond als de burgemeester of een goedkeurder heeft besloten.</numerusform>
            <numerusform>⚠ %n geschenken boven %1 zonder besluit: de missie kan pas worden afgerond als de burgemeester of een goedkeurder heeft besloten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="258"/>
        <source>Ref</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="266"/>
        <source>Recorded on</source>
        <translation>Vastgelegd op</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="270"/>
        <source>Owner department</source>
        <translation>Afdeling (eigenaar)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="274"/>
        <source>Done on</source>
        <translation>Gereed op</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="276"/>
        <location filename="../../ui/editor/followup.py" line="289"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="283"/>
        <source>Value (EUR)</source>
        <translation>Waarde (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="284"/>
        <source>Official</source>
        <translation>Functionaris</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="285"/>
        <source>From / to (organisation)</source>
        <translation>Van / aan (organisatie)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="286"/>
        <source>From / to (person)</source>
        <translation>Van / aan (persoon)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="288"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="306"/>
        <source>New outcome</source>
        <translation>Nieuw resultaat</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="306"/>
        <source>Outcome %1</source>
        <translation>Resultaat %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="307"/>
        <source>New follow-up action</source>
        <translation>Nieuwe vervolgactie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="307"/>
        <source>Action %1</source>
        <translation>Actie %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="308"/>
        <source>New gift</source>
        <translation>Nieuw geschenk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="308"/>
        <source>Gift %1</source>
        <translation>Geschenk %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="328"/>
        <source>Saved; Undo takes it back.</source>
        <translation>Opgeslagen; Ongedaan maken draait het terug.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="334"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="344"/>
        <source>Mark %1 done</source>
        <translation>%1 gereed melden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="355"/>
        <source>What does the city do with %1?</source>
        <translation>Wat doet de gemeente met %1?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="363"/>
        <source>Decide on %1</source>
        <translation>Besluiten over %1</translation>
    </message>
</context>
<context>
    <name>InterpretersSection</name>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="49"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="51"/>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="52"/>
        <source>Interpreters</source>
        <translation>Tolken</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="54"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="55"/>
        <source>Needed</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="55"/>
        <source>interpreter needed</source>
        <translation>tolk nodig</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="66"/>
        <source>Interpreters per item</source>
        <translation>Tolken per onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="67"/>
        <source>Book interpreter…</source>
        <translation>Tolk boeken…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="68"/>
        <source>Cancel booking</source>
        <translation>Boeking annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="69"/>
        <source>Items and their interpreters</source>
        <translation>Onderdelen en hun tolken</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="75"/>
        <source>%1 items need an interpreter (marked in bold).</source>
        <translation>%1 onderdelen hebben een tolk nodig (vetgedrukt).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="78"/>
        <source>No item is known to need an interpreter.</source>
        <translation>Van geen enkel onderdeel is bekend dat er een tolk nodig is.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="111"/>
        <source>Book interpreter</source>
        <translation>Tolk boeken</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="112"/>
        <source>Interpreter:</source>
        <translation>Tolk:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="113"/>
        <source>For %1. An interpreter needs at least two languages on their record.</source>
        <translation>Voor %1. Bij een tolk staan ten minste twee talen vermeld.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="120"/>
        <source>Book %1 for %2</source>
        <translation>%1 boeken voor %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="130"/>
        <source>Cancel %1 for %2</source>
        <translation>%1 annuleren voor %2</translation>
    </message>
</context>
<context>
    <name>InvitationsSection</name>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="91"/>
        <location filename="../../ui/editor/logistics/invitations.py" line="103"/>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="92"/>
        <location filename="../../ui/editor/logistics/invitations.py" line="157"/>
        <location filename="../../ui/editor/logistics/invitations.py" line="190"/>
        <source>To send</source>
        <translation>Te versturen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="93"/>
        <source>Sequence</source>
        <translation>Volgnummer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="94"/>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="104"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="105"/>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="140"/>
        <source>Mail server and organiser</source>
        <translation>Mailserver en organisator</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="141"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="141"/>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="142"/>
        <source>User:</source>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="142"/>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="143"/>
        <source>Organiser:</source>
        <translation>Organisator:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="143"/>
        <source>Organiser&apos;s e-mail:</source>
        <translation>E-mail van de organisator:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="146"/>
        <source>Encrypt (STARTTLS)</source>
        <translation>Versleutelen (STARTTLS)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="147"/>
        <source>empty: the server takes mail without a login</source>
        <translation>leeg: de server neemt mail aan zonder inloggen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="148"/>
        <source>kept in the system keyring if given</source>
        <translation>bewaard in de sleutelbos van het systeem als ingevuld</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="151"/>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="151"/>
        <source>Mail port</source>
        <translation>Mailpoort</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="152"/>
        <source>Mail user name</source>
        <translation>Gebruikersnaam voor de mail</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="153"/>
        <source>Mail password</source>
        <translation>Wachtwoord voor de mail</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="154"/>
        <source>Organiser&apos;s name</source>
        <translation>Naam van de organisator</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="155"/>
        <source>Organiser&apos;s e-mail address</source>
        <translation>E-mailadres van de organisator</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="158"/>
        <source>Send invitations, updates and cancellations</source>
        <translation>Uitnodigingen, wijzigingen en afzeggingen versturen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="159"/>
        <source>Replies</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="162"/>
        <source>Reply to record</source>
        <translation>Vast te leggen antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="163"/>
        <source>Set reply</source>
        <translation>Antwoord vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="164"/>
        <source>Read reply file…</source>
        <translation>Antwoordbestand inlezen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="165"/>
        <source>Invitations to send</source>
        <translation>Te versturen uitnodigingen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="166"/>
        <source>Replies per person</source>
        <translation>Antwoorden per persoon</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="187"/>
        <source>To send: nothing (every invitation is up to date)</source>
        <translation>Te versturen: niets (elke uitnodiging is bijgewerkt)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="231"/>
        <source>Sent: %1 messages.</source>
        <translation>Verstuurd: %1 berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="241"/>
        <source>Sending…</source>
        <translation>Bezig met versturen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="247"/>
        <source>Sending the invitations of %1</source>
        <translation>Uitnodigingen van %1 versturen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="251"/>
        <source>Cancelled; the messages sent before were recorded.</source>
        <translation>Geannuleerd; de al verstuurde berichten zijn vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="253"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="266"/>
        <source>Reply recorded.</source>
        <translation>Antwoord vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="272"/>
        <source>Read a reply</source>
        <translation>Een antwoord inlezen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="273"/>
        <source>Replies (*.ics *.eml);;All files (*)</source>
        <translation>Antwoorden (*.ics *.eml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="277"/>
        <source>%1 replies recorded.</source>
        <translation>%1 antwoorden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="90"/>
        <source>Programme item</source>
        <translation>Programmaonderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="91"/>
        <source>Title (&amp;Dutch)</source>
        <translation>Titel (&amp;Nederlands)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="91"/>
        <source>Title (&amp;English)</source>
        <translation>Titel (&amp;Engels)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="91"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="92"/>
        <source>&amp;When (local time)</source>
        <translation>&amp;Wanneer (lokale tijd)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="92"/>
        <source>Time &amp;zone</source>
        <translation>Tijd&amp;zone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="93"/>
        <source>Arrives in zone</source>
        <translation>Aankomst in zone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="93"/>
        <source>&amp;Venue</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="93"/>
        <source>&amp;To (travel)</source>
        <translation>&amp;Naar (reis)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="94"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="94"/>
        <source>Guests</source>
        <translation>Gasten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="94"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="94"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="95"/>
        <source>Internal &amp;notes</source>
        <translation>Interne &amp;notities</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="97"/>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="98"/>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="99"/>
        <source>all day</source>
        <translation>hele dag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="100"/>
        <source>shown in the guests&apos; programme and calendar</source>
        <translation>zichtbaar in het programma en de agenda van de gasten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="101"/>
        <source>everyone in the mission</source>
        <translation>iedereen in de missie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="173"/>
        <source>An item needs a title.</source>
        <translation>Een onderdeel heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="176"/>
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
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Institution</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Twinning</source>
        <translation>Stedenband</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Network membership</source>
        <translation>Lidmaatschap netwerk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Project consortium</source>
        <translation>Projectconsortium</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Dormant</source>
        <translation>Slapend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Kept by the city</source>
        <translation>Eigendom van de gemeente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Returned</source>
        <translation>Teruggegeven</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Agreement ends</source>
        <translation>Afspraak loopt af</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Mission</source>
        <translation>Missie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Follow-up action</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="59"/>
        <source>Logistics</source>
        <translation>Logistiek</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="62"/>
        <source>Rooms</source>
        <translation>Kamers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="62"/>
        <source>Transport</source>
        <translation>Vervoer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="62"/>
        <source>Interpreters</source>
        <translation>Tolken</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="63"/>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="63"/>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="66"/>
        <source>Rooms, rides, interpreters and invitations are internal planning: your role does not show them.</source>
        <translation>Kamers, ritten, tolken en uitnodigingen zijn interne planning: uw rol toont ze niet.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="30"/>
        <source>No room</source>
        <extracomment>the logistics check&apos;s kinds in words (the finding&apos;s own text follows them)</extracomment>
        <translation>Geen kamer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="31"/>
        <source>Room outside the block</source>
        <translation>Kamer buiten het blok</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="32"/>
        <source>Check-out before the last item</source>
        <translation>Uitchecken voor het laatste onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="34"/>
        <source>Vehicle double-booked</source>
        <translation>Voertuig dubbel geboekt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="35"/>
        <source>Driver double-booked</source>
        <translation>Chauffeur dubbel geboekt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="36"/>
        <source>Too many passengers</source>
        <translation>Te veel passagiers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="37"/>
        <source>No transport</source>
        <translation>Geen vervoer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="38"/>
        <source>Interpreter needed</source>
        <translation>Tolk nodig</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="39"/>
        <source>Step-free access</source>
        <translation>Drempelvrije toegang</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="36"/>
        <source>new invitation</source>
        <translation>nieuwe uitnodiging</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="37"/>
        <source>update</source>
        <translation>wijziging</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="38"/>
        <source>cancellation</source>
        <translation>afzegging</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="39"/>
        <source>no reply yet</source>
        <translation>nog geen antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="40"/>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="41"/>
        <source>declined</source>
        <translation>afgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="42"/>
        <source>tentative</source>
        <translation>onder voorbehoud</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="177"/>
        <source>Almere Missions</source>
        <extracomment>the settings changed the database or the language; the application reopens</extracomment>
        <translation>Almere Missies</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="179"/>
        <source>&amp;New mission…</source>
        <translation>&amp;Nieuwe missie…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="179"/>
        <source>&amp;Open mission</source>
        <translation>Missie &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="180"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="180"/>
        <source>&amp;Close tab</source>
        <translation>Tabblad &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="181"/>
        <source>&amp;Delete mission…</source>
        <translation>Missie &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="181"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="182"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="182"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="183"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="184"/>
        <source>Mission &amp;register</source>
        <translation>Missie&amp;register</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="185"/>
        <source>Season &amp;board</source>
        <translation>&amp;Seizoensoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="185"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="186"/>
        <source>Re&amp;ports</source>
        <translation>Rap&amp;portages</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="187"/>
        <source>Partner&amp;ships</source>
        <translation>Partner&amp;schappen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="188"/>
        <source>&amp;Persons…</source>
        <translation>&amp;Personen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="188"/>
        <source>&amp;Venues…</source>
        <translation>&amp;Locaties…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="189"/>
        <source>&amp;About Almere Missions</source>
        <translation>&amp;Over Almere Missies</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="193"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="194"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="195"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="196"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="197"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="198"/>
        <source>&amp;Manage</source>
        <translation>&amp;Beheer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="199"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="200"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="201"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="202"/>
        <source>Season board</source>
        <translation>Seizoensoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="203"/>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="204"/>
        <source>no roles</source>
        <translation>geen rollen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="205"/>
        <source>User: %1 (%2)</source>
        <translation>Gebruiker: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="273"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="298"/>
        <source>%1 saved</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="365"/>
        <source>Delete mission</source>
        <translation>Missie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="366"/>
        <source>Delete %1 with its programme, participants and costs? Only a draft can be deleted; this cannot be undone.</source>
        <translation>%1 verwijderen met programma, deelnemers en kosten? Alleen een concept kan worden verwijderd; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="383"/>
        <source>Import missions</source>
        <translation>Missies importeren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="384"/>
        <location filename="../../ui/mainwindow.py" line="405"/>
        <source>Mission exchange files (*.json)</source>
        <translation>Uitwisselbestanden met missies (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="391"/>
        <source>Import finished</source>
        <translation>Import voltooid</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="395"/>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="400"/>
        <source>Importing %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="404"/>
        <source>Export missions</source>
        <translation>Missies exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="410"/>
        <source>Exported %1 missions to %2</source>
        <translation>%1 missies geëxporteerd naar %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="416"/>
        <source>Exporting to %1</source>
        <translation>Exporteren naar %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="480"/>
        <source>Unsaved changes kept</source>
        <translation>Niet-opgeslagen wijzigingen bewaard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="481"/>
        <source>When the program was last ended, %n mission(s) had changes that were not saved:</source>
        <translation>
            <numerusform>Toen het programma de vorige keer werd beëindigd, had %n missie niet-opgeslagen wijzigingen:</numerusform>
            <numerusform>Toen het programma de vorige keer werd beëindigd, hadden %n missies niet-opgeslagen wijzigingen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="486"/>
        <source>Restore opens them with those changes, still unsaved: check them, then Save. Discard drops the changes for good.</source>
        <translation>Herstellen opent ze met die wijzigingen, nog niet opgeslagen: controleer ze en kies dan Opslaan. Weggooien verwijdert de wijzigingen definitief.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="488"/>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="490"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <location filename="../../ui/editor/window.py" line="97"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="98"/>
        <source>Save the mission</source>
        <translation>De missie opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="97"/>
        <location filename="../../ui/editor/window.py" line="231"/>
        <location filename="../../ui/editor/window.py" line="242"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="99"/>
        <source>Reload the mission from the database</source>
        <translation>De missie opnieuw uit de database laden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="113"/>
        <source>Reading %1</source>
        <translation>%1 lezen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="157"/>
        <source>unsaved changes</source>
        <translation>niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="199"/>
        <source>Saving %1</source>
        <translation>%1 opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="222"/>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="223"/>
        <source>%1 was changed by someone else after you opened it. Nothing of yours was saved, and nothing of theirs was overwritten.</source>
        <translation>%1 is door iemand anders gewijzigd nadat u de missie opende. Van u is niets opgeslagen en van de ander is niets overschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="228"/>
        <source>Reload shows their version; then make your change again. Your unsaved changes will be lost.</source>
        <translation>Opnieuw laden toont hun versie; breng daarna uw wijziging opnieuw aan. Uw niet-opgeslagen wijzigingen gaan verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="232"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="243"/>
        <source>Reloading drops your unsaved changes. Reload anyway?</source>
        <translation>Opnieuw laden gooit uw niet-opgeslagen wijzigingen weg. Toch opnieuw laden?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="254"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="255"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 heeft niet-opgeslagen wijzigingen. Opslaan?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="289"/>
        <location filename="../../ui/editor/window.py" line="291"/>
        <source>Restore unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen herstellen</translation>
    </message>
</context>
<context>
    <name>MissionTableModel</name>
    <message>
        <location filename="../../ui/models/register.py" line="63"/>
        <source>Ref</source>
        <extracomment>theme code -&gt; its name in the current language (set by the register view)</extracomment>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="64"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="65"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="67"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="68"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="69"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="70"/>
        <source>Counterpart</source>
        <translation>Tegenpartij</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="71"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="72"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="73"/>
        <source>Items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="74"/>
        <source>Clashes</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="75"/>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/register.py" line="155"/>
        <source>%n follow-up action(s) past their due date</source>
        <translation>
            <numerusform>%n vervolgactie over tijd</numerusform>
            <numerusform>%n vervolgacties over tijd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="172"/>
        <source>The programme of this mission has clashes</source>
        <translation>Het programma van deze missie heeft conflicten</translation>
    </message>
</context>
<context>
    <name>NeedsSection</name>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="32"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="33"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="34"/>
        <source>Dietary</source>
        <translation>Dieet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="35"/>
        <source>Allergies</source>
        <translation>Allergieën</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="36"/>
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="37"/>
        <source>Step-free</source>
        <translation>Drempelvrij</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="38"/>
        <source>needs step-free access</source>
        <translation>heeft drempelvrije toegang nodig</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="47"/>
        <location filename="../../ui/editor/logistics/needs.py" line="52"/>
        <source>Needs per person</source>
        <translation>Behoeften per persoon</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="48"/>
        <source>Personal data: kept under the retention rule and erased with the person. The caterer&apos;s sheet carries counts only.</source>
        <translation>Persoonsgegevens: bewaard volgens de bewaarregel en gewist met de persoon. Het overzicht voor de cateraar bevat alleen aantallen.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="51"/>
        <source>Edit needs…</source>
        <translation>Behoeften bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="71"/>
        <source>Needs a venue without steps</source>
        <translation>Heeft een locatie zonder trappen of drempels nodig</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="73"/>
        <source>Needs of %1</source>
        <translation>Behoeften van %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="75"/>
        <source>Dietary:</source>
        <translation>Dieet:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="76"/>
        <source>Allergies:</source>
        <translation>Allergieën:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="77"/>
        <source>Accessibility:</source>
        <translation>Toegankelijkheid:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="78"/>
        <source>Step-free:</source>
        <translation>Drempelvrij:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="88"/>
        <source>Change the needs of %1</source>
        <translation>Behoeften van %1 wijzigen</translation>
    </message>
</context>
<context>
    <name>NewMissionDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="60"/>
        <source>New mission</source>
        <translation>Nieuwe missie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="61"/>
        <source>&amp;Direction</source>
        <translation>&amp;Richting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="61"/>
        <source>Title (&amp;Dutch)</source>
        <translation>Titel (&amp;Nederlands)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="61"/>
        <source>Title (&amp;English)</source>
        <translation>Titel (&amp;Engels)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="62"/>
        <source>&amp;First day</source>
        <translation>&amp;Eerste dag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="62"/>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="62"/>
        <source>&amp;Countries</source>
        <translation>&amp;Landen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="63"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Tijdzone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="63"/>
        <source>Counter&amp;part</source>
        <translation>&amp;Tegenpartij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="65"/>
        <source>Country codes, e.g. TW, NL</source>
        <translation>Landcodes, bijv. TW, NL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="66"/>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
</context>
<context>
    <name>OutputsTab</name>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="26"/>
        <source>Guests</source>
        <translation>Gasten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="27"/>
        <source>Internal (hosts)</source>
        <translation>Intern (gastheren)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="86"/>
        <source>Outputs</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="94"/>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="95"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="96"/>
        <source>Audience of the documents</source>
        <translation>Publiek van de documenten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="97"/>
        <source>Language of the documents</source>
        <translation>Taal van de documenten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="136"/>
        <source>Cancelled; it had already been stored.</source>
        <translation>Geannuleerd; het was al opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="137"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Geannuleerd; er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/editor/overview.py" line="108"/>
        <source>Change cities</source>
        <translation>Plaatsen wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="111"/>
        <source>Change counterpart</source>
        <translation>Tegenpartij wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="114"/>
        <source>Change lead department</source>
        <translation>Trekkende afdeling wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="122"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="125"/>
        <source>Ref</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="125"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="125"/>
        <source>Title (Dutch)</source>
        <translation>Titel (Nederlands)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="126"/>
        <source>Title (English)</source>
        <translation>Titel (Engels)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="126"/>
        <source>&amp;Dates</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="126"/>
        <source>Time &amp;zone</source>
        <translation>Tijd&amp;zone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="127"/>
        <source>&amp;Countries</source>
        <translation>&amp;Landen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="127"/>
        <source>C&amp;ities</source>
        <translation>&amp;Plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="127"/>
        <source>Counter&amp;part</source>
        <translation>&amp;Tegenpartij</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="128"/>
        <source>&amp;Lead department</source>
        <translation>T&amp;rekkende afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="128"/>
        <source>Themes and goals</source>
        <translation>Thema&apos;s en doelen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="129"/>
        <source>Purpose (Dutch)</source>
        <translation>Doel (Nederlands)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="129"/>
        <source>Purpose (English)</source>
        <translation>Doel (Engels)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="131"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="132"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="133"/>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="134"/>
        <source>Country codes, e.g. TW, NL</source>
        <translation>Landcodes, bijv. TW, NL</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="135"/>
        <source>Separated by commas</source>
        <translation>Gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="136"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="137"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="191"/>
        <source>Change title</source>
        <translation>Titel wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="198"/>
        <source>Change purpose</source>
        <translation>Doel wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="206"/>
        <location filename="../../ui/editor/overview.py" line="207"/>
        <location filename="../../ui/editor/overview.py" line="208"/>
        <location filename="../../ui/editor/overview.py" line="211"/>
        <source>Change dates</source>
        <translation>Data wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="216"/>
        <source>Change time zone</source>
        <translation>Tijdzone wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="224"/>
        <source>Not a country code: %1</source>
        <translation>Geen landcode: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="229"/>
        <source>Change countries</source>
        <translation>Landen wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="233"/>
        <source>Change themes</source>
        <translation>Thema&apos;s wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="234"/>
        <source>Change goals</source>
        <translation>Doelen wijzigen</translation>
    </message>
</context>
<context>
    <name>PersonColumns</name>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="26"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="27"/>
        <source>Latin form</source>
        <translation>Latijnse schrijfwijze</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="28"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="29"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="30"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="60"/>
        <source>&amp;Name (own script)</source>
        <translation>&amp;Naam (eigen schrift)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="60"/>
        <source>&amp;Latin form</source>
        <translation>&amp;Latijnse schrijfwijze</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="61"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="61"/>
        <source>&amp;Function</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="61"/>
        <source>Nationalit&amp;y</source>
        <translation>Nationalitei&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="62"/>
        <source>Lan&amp;guages</source>
        <translation>Ta&amp;len</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="62"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="62"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="63"/>
        <source>&amp;Phone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="63"/>
        <source>&amp;Dietary needs</source>
        <translation>&amp;Dieetwensen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="63"/>
        <source>&amp;Accessibility</source>
        <translation>&amp;Toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="64"/>
        <source>Municipal &amp;staff</source>
        <translation>Gemeentelijk &amp;medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="66"/>
        <source>Country codes, e.g. TW</source>
        <translation>Landcodes, bijv. TW</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="67"/>
        <source>Language tags, e.g. zh-Hant, en</source>
        <translation>Taalcodes, bijv. zh-Hant, en</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="68"/>
        <source>known</source>
        <translation>bekend</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="69"/>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="70"/>
        <source>works for the municipality</source>
        <translation>werkt bij de gemeente</translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="147"/>
        <source>Choose a person</source>
        <translation>Kies een persoon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="147"/>
        <location filename="../../ui/dialogs/persons.py" line="150"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="148"/>
        <source>Find by name, Latin form, organisation…</source>
        <translation>Zoek op naam, Latijnse schrijfwijze, organisatie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="149"/>
        <source>Find persons</source>
        <translation>Personen zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="151"/>
        <source>&amp;New person</source>
        <translation>&amp;Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="152"/>
        <source>Save person</source>
        <translation>Persoon opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="176"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PreviewSection</name>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="35"/>
        <source>Visitor programme</source>
        <translation>Bezoekprogramma</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="36"/>
        <source>&amp;Show preview</source>
        <translation>&amp;Voorbeeld tonen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="37"/>
        <source>Preview of the visitor programme</source>
        <translation>Voorbeeld van het bezoekprogramma</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="43"/>
        <source>Rendering the programme…</source>
        <translation>Programma opmaken…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="57"/>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="59"/>
        <source>%1 pages</source>
        <translation>%1 pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="60"/>
        <source>Preview ready.</source>
        <translation>Voorbeeld klaar.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="69"/>
        <source>Preparing the print…</source>
        <translation>Afdruk voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="71"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../ui/editor/programme.py" line="113"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="116"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="116"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="50"/>
        <location filename="../../ui/editor/programme.py" line="117"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="51"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="52"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="53"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="55"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="56"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="57"/>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="59"/>
        <source>Guests see it</source>
        <translation>Zichtbaar voor gasten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="59"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="59"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="117"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="122"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="122"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="118"/>
        <source>&amp;Add item…</source>
        <translation>&amp;Nieuw onderdeel…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="119"/>
        <source>Edit item…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="120"/>
        <source>Cancel item</source>
        <translation>Afzeggen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="121"/>
        <source>Delete item</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="123"/>
        <source>Programme timeline</source>
        <translation>Tijdlijn van het programma</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="124"/>
        <source>Programme list</source>
        <translation>Lijst van het programma</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="124"/>
        <source>Clashes</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="162"/>
        <source>The programme is shown read-only: changing it is for officers.</source>
        <translation>Het programma is alleen te lezen: wijzigen is voorbehouden aan beleidsmedewerkers.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="172"/>
        <source>The clash checks could not run; a report was written to %1.</source>
        <translation>De conflictcontrole kon niet worden uitgevoerd; er is een rapport geschreven naar %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="175"/>
        <source>Clashes: %1</source>
        <translation>Conflicten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="177"/>
        <source>No clashes found.</source>
        <translation>Geen conflicten gevonden.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="208"/>
        <source>Cannot move there</source>
        <translation>Kan daar niet heen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="243"/>
        <location filename="../../ui/editor/programme.py" line="262"/>
        <source>Move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="247"/>
        <source>Resize %1</source>
        <translation>Duur van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="262"/>
        <source>Change end of %1</source>
        <translation>Einde van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="263"/>
        <location filename="../../ui/editor/programme.py" line="280"/>
        <source>Cancel %1</source>
        <translation>%1 annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="263"/>
        <location filename="../../ui/editor/programme.py" line="277"/>
        <source>Restore %1</source>
        <translation>%1 herstellen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="264"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="264"/>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="290"/>
        <location filename="../../ui/editor/programme.py" line="295"/>
        <source>Delete programme item</source>
        <translation>Programmaonderdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="291"/>
        <source>Delete “%1” from the programme? This cannot be undone; cancelling the item keeps it visible as cancelled.</source>
        <translation>„%1” uit het programma verwijderen? Dit kan niet ongedaan worden gemaakt; wie het onderdeel annuleert, houdt het zichtbaar als geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="319"/>
        <source>Add item</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="333"/>
        <source>Change item</source>
        <translation>Onderdeel wijzigen</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progress.py" line="45"/>
        <source>Cancel</source>
        <extracomment>the watched job stopped on Cancel (True: it had stored its work before)</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="46"/>
        <source>Cancel the running work</source>
        <translation>Het lopende werk annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="71"/>
        <source>Cancelling…</source>
        <translation>Afbreken…</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="81"/>
        <source>Finished before the Cancel; it was stored.</source>
        <translation>Klaar vóór het annuleren; het is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="82"/>
        <source>Cancelled; nothing was stored.</source>
        <translation>Geannuleerd; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../ui/register.py" line="109"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="111"/>
        <source>Ref, title, counterpart, country…</source>
        <translation>Kenmerk, titel, tegenpartij, land…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="112"/>
        <source>Search missions</source>
        <translation>Missies zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="109"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="110"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="113"/>
        <source>Missions ending on or after</source>
        <translation>Missies die eindigen op of na</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="114"/>
        <source>Missions starting on or before</source>
        <translation>Missies die beginnen op of voor</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="115"/>
        <source>Mission register</source>
        <translation>Missieregister</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="116"/>
        <source>All directions</source>
        <translation>Alle richtingen</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="116"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="118"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="118"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="147"/>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="147"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="153"/>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="153"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="158"/>
        <source>Reading the register</source>
        <translation>Het register lezen</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="182"/>
        <source>Checking the season</source>
        <translation>Het seizoen controleren</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="200"/>
        <source>%1 missions</source>
        <translation>%1 missies</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="202"/>
        <source>%1 of %2 missions</source>
        <translation>%1 van %2 missies</translation>
    </message>
</context>
<context>
    <name>RelationsView</name>
    <message>
        <location filename="../../ui/relations.py" line="173"/>
        <source>Partnerships</source>
        <extracomment>the filter&apos;s entry for persons as partners: contacts of agreements, givers of gifts</extracomment>
        <translation>Partnerschappen</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="176"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="180"/>
        <source>All partners</source>
        <translation>Alle partners</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="183"/>
        <source>Persons (contacts, gifts)</source>
        <translation>Personen (contactpersonen, geschenken)</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="186"/>
        <source>Kind of partner</source>
        <translation>Soort partner</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="188"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="188"/>
        <location filename="../../ui/relations.py" line="191"/>
        <location filename="../../ui/relations.py" line="475"/>
        <location filename="../../ui/relations.py" line="497"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="188"/>
        <location filename="../../ui/relations.py" line="478"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="188"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="189"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="191"/>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="191"/>
        <location filename="../../ui/relations.py" line="499"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="191"/>
        <location filename="../../ui/relations.py" line="501"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="192"/>
        <location filename="../../ui/relations.py" line="502"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="192"/>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="193"/>
        <source>Agreements of the partner</source>
        <translation>Afspraken met de partner</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="195"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="195"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="195"/>
        <location filename="../../ui/relations.py" line="496"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="195"/>
        <source>Details</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="196"/>
        <source>Mission</source>
        <translation>Missie</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="197"/>
        <source>Relation history</source>
        <translation>Relatiegeschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="198"/>
        <source>Add partner…</source>
        <translation>Partner toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="199"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="200"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="201"/>
        <source>Add agreement…</source>
        <translation>Afspraak toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="202"/>
        <source>Edit agreement…</source>
        <translation>Afspraak wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="203"/>
        <location filename="../../ui/relations.py" line="578"/>
        <source>Delete agreement</source>
        <translation>Afspraak verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="204"/>
        <source>&lt;b&gt;Agreements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Afspraken&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="205"/>
        <source>&lt;b&gt;Relation history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Relatiegeschiedenis&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="206"/>
        <source>Save dossier PDF…</source>
        <translation>Dossier als PDF opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="207"/>
        <source>Save the relation history as a PDF dossier</source>
        <translation>De relatiegeschiedenis als PDF-dossier opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="237"/>
        <source>Reading the partners</source>
        <translation>Partners lezen</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="259"/>
        <source>%1 partners</source>
        <translation>%1 partners</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="271"/>
        <source>An agreement is about to lapse</source>
        <translation>Een afspraak loopt binnenkort af</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="310"/>
        <source>No partner chosen</source>
        <translation>Geen partner gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="347"/>
        <source>◷ ended, still active</source>
        <translation>◷ afgelopen, nog actief</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/relations.py" line="349"/>
        <source>◷ ends in %n day(s)</source>
        <translation>
            <numerusform>◷ loopt af over %n dag</numerusform>
            <numerusform>◷ loopt af over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="352"/>
        <source>Renew the agreement or mark it ended</source>
        <translation>Verleng de afspraak of zet hem op beëindigd</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="376"/>
        <source>Alderman: %1</source>
        <translation>Wethouder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="378"/>
        <source>Department: %1</source>
        <translation>Afdeling: %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="380"/>
        <source>Contacts: %1</source>
        <translation>Contactpersonen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="383"/>
        <source>Documents: %1</source>
        <translation>Documenten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="386"/>
        <source>Notes: %1</source>
        <translation>Notities: %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="395"/>
        <source>The relation history holds internal notes; it is for the International Affairs office, the approvers and the security advisor.</source>
        <translation>De relatiegeschiedenis bevat interne aantekeningen; die is voor Internationale Zaken, de goedkeurders en de veiligheidsadviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="399"/>
        <source>Reading the history…</source>
        <translation>Geschiedenis lezen…</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="403"/>
        <source>Reading the history</source>
        <translation>Geschiedenis lezen</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="430"/>
        <source>%1 agreement(s), %2 mission(s), %3 entries in time order. Double-click a row to open its mission.</source>
        <translation>%1 afspraak/afspraken, %2 missie(s), %3 regels op volgorde van datum. Dubbelklik op een regel om de missie te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="447"/>
        <source>Save dossier</source>
        <translation>Dossier opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="448"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/relations.py" line="456"/>
        <source>Dossier written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Dossier geschreven naar %1 (%n pagina).</numerusform>
            <numerusform>Dossier geschreven naar %1 (%n pagina’s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="465"/>
        <source>Writing the dossier of %1</source>
        <translation>Dossier van %1 schrijven</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="474"/>
        <location filename="../../ui/relations.py" line="495"/>
        <source>Ref</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="477"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="481"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="482"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="483"/>
        <location filename="../../ui/relations.py" line="508"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="503"/>
        <source>Alderman</source>
        <translation>Wethouder</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="504"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="505"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="506"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="507"/>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="554"/>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="557"/>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="561"/>
        <source>Delete partner</source>
        <translation>Partner verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="562"/>
        <source>Delete %1? A partner with agreements is not deleted: mark its agreements ended instead.</source>
        <translation>%1 verwijderen? Een partner met afspraken wordt niet verwijderd: zet de afspraken dan op beëindigd.</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="563"/>
        <source>Delete partner %1</source>
        <translation>Partner %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="570"/>
        <source>New agreement with %1</source>
        <translation>Nieuwe afspraak met %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="574"/>
        <source>Agreement %1</source>
        <translation>Afspraak %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="579"/>
        <source>Delete %1? An agreement that ran is better marked ended; Undo brings a deleted one back.</source>
        <translation>%1 verwijderen? Een afspraak die gelopen heeft, zet u beter op beëindigd; Ongedaan maken haalt een verwijderde terug.</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="580"/>
        <source>Delete agreement %1</source>
        <translation>Afspraak %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports.py" line="149"/>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="152"/>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="153"/>
        <source>Year of the reports</source>
        <translation>Jaar van de rapportages</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="149"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="150"/>
        <source>This table as CSV…</source>
        <translation>Deze tabel als CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="151"/>
        <source>All tables as XLSX…</source>
        <translation>Alle tabellen als XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="154"/>
        <location filename="../../ui/reports.py" line="158"/>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="154"/>
        <source>Report table</source>
        <translation>Rapportagetabel</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="155"/>
        <source>Chart of the report</source>
        <translation>Grafiek van de rapportage</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="189"/>
        <source>Making the reports…</source>
        <translation>Rapportages maken…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="212"/>
        <source>%1 reports.</source>
        <translation>%1 rapportages.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="229"/>
        <source>No chart for this table.</source>
        <translation>Geen grafiek bij deze tabel.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="231"/>
        <location filename="../../ui/reports.py" line="233"/>
        <source>Drawing the chart…</source>
        <translation>Grafiek tekenen…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="263"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="263"/>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel-bestanden (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="264"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="270"/>
        <source>Written to %1.</source>
        <translation>Geschreven naar %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="275"/>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
</context>
<context>
    <name>RoomsSection</name>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="37"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="38"/>
        <location filename="../../ui/editor/logistics/rooms.py" line="51"/>
        <source>Check-in</source>
        <translation>Inchecken</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="39"/>
        <location filename="../../ui/editor/logistics/rooms.py" line="52"/>
        <source>Check-out</source>
        <translation>Uitchecken</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="40"/>
        <source>Rooms</source>
        <translation>Kamers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="42"/>
        <source>Per night</source>
        <translation>Per nacht</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="44"/>
        <source>Paid by</source>
        <translation>Betaald door</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="45"/>
        <location filename="../../ui/editor/logistics/rooms.py" line="54"/>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="49"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="50"/>
        <location filename="../../ui/editor/logistics/rooms.py" line="204"/>
        <source>Room</source>
        <translation>Kamer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="53"/>
        <source>Nights</source>
        <translation>Nachten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="71"/>
        <location filename="../../ui/editor/logistics/rooms.py" line="78"/>
        <source>Room blocks</source>
        <translation>Kamerblokken</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="72"/>
        <source>Guests&apos; rooms</source>
        <translation>Kamers van de gasten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="73"/>
        <source>Add block…</source>
        <translation>Blok toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="74"/>
        <source>Remove block</source>
        <translation>Blok verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="75"/>
        <source>Assign room…</source>
        <translation>Kamer toewijzen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="76"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="77"/>
        <source>Remove room</source>
        <translation>Kamer verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="79"/>
        <source>Guests&apos; rooms and nights</source>
        <translation>Kamers en nachten van de gasten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="110"/>
        <source>Add room block %1</source>
        <translation>Kamerblok %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="128"/>
        <source>Add room block</source>
        <translation>Kamerblok toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="129"/>
        <source>Reference:</source>
        <translation>Referentie:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="129"/>
        <source>Hotel:</source>
        <translation>Hotel:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="130"/>
        <location filename="../../ui/editor/logistics/rooms.py" line="206"/>
        <source>Check-in:</source>
        <translation>Inchecken:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="130"/>
        <location filename="../../ui/editor/logistics/rooms.py" line="206"/>
        <source>Check-out:</source>
        <translation>Uitchecken:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="131"/>
        <source>Rooms:</source>
        <translation>Kamers:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="131"/>
        <source>Cost per night (EUR):</source>
        <translation>Kosten per nacht (EUR):</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="132"/>
        <source>Paid by:</source>
        <translation>Betaald door:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="146"/>
        <source>Remove room block %1</source>
        <translation>Kamerblok %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="158"/>
        <source>Assign a room to %1</source>
        <translation>Een kamer toewijzen aan %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="174"/>
        <source>Change the room of %1</source>
        <translation>Kamer van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="183"/>
        <source>Remove the room of %1</source>
        <translation>Kamer van %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="205"/>
        <source>Block:</source>
        <translation>Blok:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="205"/>
        <source>Guest:</source>
        <translation>Gast:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="205"/>
        <source>Room:</source>
        <translation>Kamer:</translation>
    </message>
</context>
<context>
    <name>ScreeningSection</name>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="37"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="38"/>
        <source>Listed name</source>
        <translation>Naam op de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="39"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="40"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="41"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="42"/>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="56"/>
        <source>Sanctions screening</source>
        <translation>Sanctiescreening</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="57"/>
        <source>Screen &amp;now</source>
        <translation>&amp;Nu screenen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="60"/>
        <source>Screen the mission&apos;s persons against the stored sanctions lists</source>
        <translation>De personen van de missie screenen tegen de opgeslagen sanctielijsten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="58"/>
        <source>False positive…</source>
        <translation>Vals positief…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="59"/>
        <source>Confirm hit…</source>
        <translation>Treffer bevestigen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="62"/>
        <source>Screening hits</source>
        <translation>Screeningstreffers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="66"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="78"/>
        <source>none stored</source>
        <translation>geen opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="81"/>
        <location filename="../../ui/editor/security/screening.py" line="91"/>
        <source>Lists: %1.</source>
        <translation>Lijsten: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="85"/>
        <source>Not screened yet.</source>
        <translation>Nog niet gescreend.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="87"/>
        <source>Screened on %1.</source>
        <translation>Gescreend op %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="89"/>
        <source>Out of date: %1</source>
        <translation>Verouderd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="93"/>
        <source>No one in the mission matches a listed name.</source>
        <translation>Niemand in de missie komt overeen met een naam op de lijst.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="95"/>
        <source>%1 hits wait for a decision.</source>
        <translation>%1 treffers wachten op een besluit.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="113"/>
        <source>Screened: %1 hits.</source>
        <translation>Gescreend: %1 treffers.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="116"/>
        <source>Screening cancelled; nothing was stored.</source>
        <translation>Screening geannuleerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="122"/>
        <source>Screening…</source>
        <translation>Screenen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="124"/>
        <source>Screening %1</source>
        <translation>%1 screenen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="136"/>
        <source>Why is this not the listed person (e.g. another birth date)?</source>
        <translation>Waarom is dit niet de persoon op de lijst (bijv. andere geboortedatum)?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="138"/>
        <source>Note on the confirmed hit (optional):</source>
        <translation>Toelichting bij de bevestigde treffer (optioneel):</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="143"/>
        <source>A false positive needs a reason.</source>
        <translation>Een vals positief heeft een reden nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="147"/>
        <source>Decision recorded.</source>
        <translation>Besluit vastgelegd.</translation>
    </message>
</context>
<context>
    <name>SeasonBoard</name>
    <message>
        <location filename="../../ui/board.py" line="209"/>
        <source>Month</source>
        <extracomment>the day the person looked for; a switch between month and week keeps it in view</extracomment>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="209"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="210"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="211"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="211"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="212"/>
        <source>Season board</source>
        <translation>Seizoensoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="213"/>
        <source>&lt;span style=&apos;color:#2f6db5&apos;&gt;■&lt;/span&gt; incoming  &lt;span style=&apos;color:#2e8b57&apos;&gt;■&lt;/span&gt; outgoing  &lt;span style=&apos;color:#b3261e&apos;&gt;⚠&lt;/span&gt; clash  &lt;span style=&apos;color:#9c4a00&apos;&gt;⚑&lt;/span&gt; overdue follow-up</source>
        <translation>&lt;span style=&apos;color:#2f6db5&apos;&gt;■&lt;/span&gt; inkomend  &lt;span style=&apos;color:#2e8b57&apos;&gt;■&lt;/span&gt; uitgaand  &lt;span style=&apos;color:#b3261e&apos;&gt;⚠&lt;/span&gt; conflict  &lt;span style=&apos;color:#9c4a00&apos;&gt;⚑&lt;/span&gt; vervolg verlopen</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="255"/>
        <source>Reading the board</source>
        <translation>Het overzicht lezen</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <location filename="../../ui/editor/security/words.py" line="8"/>
        <source>Green: no special security risks</source>
        <translation>Groen: geen bijzondere veiligheidsrisico&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="9"/>
        <source>Yellow: security risks, take care</source>
        <translation>Geel: let op, veiligheidsrisico&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="10"/>
        <source>Orange: only necessary travel</source>
        <translation>Oranje: alleen noodzakelijke reizen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="11"/>
        <source>Red: do not travel</source>
        <translation>Rood: niet reizen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="13"/>
        <source>Colour not determined: read the advice</source>
        <translation>Kleur niet vastgesteld: lees het reisadvies</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="14"/>
        <source>State-actor risk: none</source>
        <translation>Statelijke dreiging: geen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="15"/>
        <source>State-actor risk: elevated</source>
        <translation>Statelijke dreiging: verhoogd</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="16"/>
        <source>State-actor risk: high</source>
        <translation>Statelijke dreiging: hoog</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="17"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="18"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="19"/>
        <source>False positive</source>
        <translation>Vals positief</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="20"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="23"/>
        <source>green</source>
        <translation>groen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="24"/>
        <source>yellow</source>
        <translation>geel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="25"/>
        <source>orange</source>
        <translation>oranje</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="26"/>
        <source>red</source>
        <translation>rood</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="27"/>
        <source>colour not determined</source>
        <translation>kleur niet vastgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="33"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/__init__.py" line="56"/>
        <source>Security</source>
        <translation>Veiligheid</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="65"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="66"/>
        <source>A database file on this computer</source>
        <translation>Een databasebestand op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="67"/>
        <source>The team&apos;s PostgreSQL server</source>
        <translation>De PostgreSQL-server van het team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="68"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="69"/>
        <source>Server &amp;address</source>
        <translation>Server&amp;adres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="70"/>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="71"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="72"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="74"/>
        <location filename="../../ui/dialogs/settings.py" line="90"/>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="75"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="76"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="77"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="78"/>
        <source>On the team server you act as your database login; the user name applies to a file on this computer.</source>
        <translation>Op de teamserver werkt u onder uw databaselogin; de gebruikersnaam geldt voor een bestand op deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="91"/>
        <source>Almere Missions database (*.sqlite)</source>
        <translation>Database van Almere Missies (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>TransportSection</name>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="34"/>
        <location filename="../../ui/editor/logistics/transport.py" line="45"/>
        <source>Vehicle</source>
        <translation>Voertuig</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="35"/>
        <source>Seats</source>
        <translation>Zitplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="36"/>
        <source>Plate</source>
        <translation>Kenteken</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="37"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="41"/>
        <source>Pick-up</source>
        <translation>Ophalen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="42"/>
        <source>Arrives</source>
        <translation>Aankomst</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="43"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="44"/>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="46"/>
        <source>Driver</source>
        <translation>Chauffeur</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="46"/>
        <location filename="../../ui/editor/logistics/transport.py" line="172"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="47"/>
        <source>Passengers</source>
        <translation>Passagiers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="80"/>
        <location filename="../../ui/editor/logistics/transport.py" line="86"/>
        <source>Vehicles</source>
        <translation>Voertuigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="81"/>
        <source>Rides (picked up in time for the item&apos;s start)</source>
        <translation>Ritten (op tijd opgehaald voor het begin van het onderdeel)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="82"/>
        <source>Add vehicle…</source>
        <translation>Voertuig toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="83"/>
        <source>Remove vehicle</source>
        <translation>Voertuig verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="84"/>
        <source>Add ride…</source>
        <translation>Rit toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="85"/>
        <source>Remove ride</source>
        <translation>Rit verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="86"/>
        <source>Rides</source>
        <translation>Ritten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="111"/>
        <source>Add vehicle</source>
        <translation>Voertuig toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="112"/>
        <location filename="../../ui/editor/logistics/transport.py" line="186"/>
        <source>Reference:</source>
        <translation>Referentie:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="112"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="113"/>
        <source>Passenger seats:</source>
        <translation>Zitplaatsen voor passagiers:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="113"/>
        <source>Plate:</source>
        <translation>Kenteken:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="119"/>
        <source>Add vehicle %1</source>
        <translation>Voertuig %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="128"/>
        <source>Remove vehicle %1</source>
        <translation>Voertuig %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="141"/>
        <source>Add ride %1</source>
        <translation>Rit %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="153"/>
        <source>Remove ride %1</source>
        <translation>Rit %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="168"/>
        <source>the hotel or a venue (below)</source>
        <translation>het hotel of een locatie (hieronder)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="185"/>
        <source>Add ride</source>
        <translation>Rit toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="186"/>
        <source>Vehicle:</source>
        <translation>Voertuig:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="187"/>
        <source>To item:</source>
        <translation>Naar onderdeel:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="187"/>
        <source>From item:</source>
        <translation>Van onderdeel:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="188"/>
        <source>Or from venue:</source>
        <translation>Of van locatie:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="188"/>
        <source>Driver:</source>
        <translation>Chauffeur:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="189"/>
        <source>Passengers:</source>
        <translation>Passagiers:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="190"/>
        <source>The pick-up time is worked out from the travel time between the venues, to arrive by the item&apos;s start.</source>
        <translation>De ophaaltijd volgt uit de reistijd tussen de locaties, zodat men bij het begin van het onderdeel aankomt.</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="30"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="31"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="32"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="33"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="34"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="68"/>
        <location filename="../../ui/dialogs/venues.py" line="74"/>
        <source>Venues</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="69"/>
        <source>Name (&amp;Dutch)</source>
        <translation>Naam (&amp;Nederlands)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="69"/>
        <source>Name (&amp;English)</source>
        <translation>Naam (&amp;Engels)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="69"/>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="70"/>
        <source>&amp;City</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="70"/>
        <source>C&amp;ountry code</source>
        <translation>&amp;Landcode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="70"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Tijdzone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="71"/>
        <source>Ca&amp;pacity</source>
        <translation>&amp;Capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="71"/>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="71"/>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="72"/>
        <source>One party at a time</source>
        <translation>Eén gezelschap tegelijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="75"/>
        <source>&amp;New venue</source>
        <translation>&amp;Nieuwe locatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="76"/>
        <source>Save venue</source>
        <translation>Locatie opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="113"/>
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
</TS>
