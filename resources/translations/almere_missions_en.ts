<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="70" />
        <source>About Almere Missions</source>
        <extracomment>(distribution, what it does here, licence): the libraries the program ships with (face, scripts, licence, licence file in resources/fonts): embedded in every PDF</extracomment>
        <translation>About Almere Missions</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="79" />
        <source>Plans the international missions of the municipality of Almere.</source>
        <translation>Plans the international missions of the municipality of Almere.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="80" />
        <source>Licence: EUPL-1.2</source>
        <translation>Licence: EUPL-1.2</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="98" />
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="98" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="98" />
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="98" />
        <location filename="../../ui/about.py" line="100" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="100" />
        <source>Font</source>
        <translation>Font</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="100" />
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="100" />
        <source>Licence text</source>
        <translation>Licence text</translation>
    </message>
</context>
<context>
    <name>AdviceSection</name>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="30" />
        <source>Travel advice and state-actor risk</source>
        <translation>Travel advice and state-actor risk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="31" />
        <source>Fetch current advice</source>
        <translation>Fetch current advice</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="32" />
        <source>Ask the ministry's open data service for the current travel advice; offline, the last stored advice stays</source>
        <translation>Ask the ministry's open data service for the current travel advice; offline, the last stored advice stays</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="43" />
        <source>The mission names no destination country.</source>
        <translation>The mission names no destination country.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="49" />
        <source>No travel advice stored</source>
        <translation>No travel advice stored</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="57" />
        <source>State-actor risk: not assessed</source>
        <translation>State-actor risk: not assessed</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="73" />
        <source>and %1 more regions</source>
        <translation>and %1 more regions</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="79" />
        <source>Advice of %1</source>
        <translation>Advice of %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="81" />
        <source>out of date (%1 days): fetch the current advice</source>
        <translation>out of date (%1 days): fetch the current advice</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="108" />
        <source>Fetching the travel advice…</source>
        <translation>Fetching the travel advice…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/advice.py" line="111" />
        <source>Fetching the travel advice</source>
        <translation>Fetching the travel advice</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/app.py" line="67" />
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="69" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="70" />
        <source>Choose another database…</source>
        <translation>Choose another database…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="72" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ApprovalTab</name>
    <message>
        <location filename="../../ui/editor/approval.py" line="32" />
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="33" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="34" />
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="35" />
        <source>Send back…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="36" />
        <source>Cancel mission…</source>
        <translation>Cancel mission…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="37" />
        <source>Mark completed</source>
        <translation>Mark completed</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="40" />
        <location filename="../../ui/editor/approval.py" line="52" />
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="41" />
        <location filename="../../ui/editor/approval.py" line="47" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="42" />
        <location filename="../../ui/editor/approval.py" line="48" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="43" />
        <location filename="../../ui/editor/approval.py" line="49" />
        <source>sent back</source>
        <translation>sent back</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="44" />
        <location filename="../../ui/editor/approval.py" line="53" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="45" />
        <location filename="../../ui/editor/approval.py" line="54" />
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="46" />
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="50" />
        <source>needs approval again</source>
        <translation>needs approval again</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="51" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="57" />
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="58" />
        <source>approver</source>
        <translation>approver</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="59" />
        <source>mayor</source>
        <translation>mayor</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="60" />
        <source>security advisor</source>
        <translation>security advisor</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="61" />
        <source>management board</source>
        <translation>management board</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="88" />
        <source>Step</source>
        <extracomment>actions that need a comment (the core refuses them without)</extracomment>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="89" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="91" />
        <location filename="../../ui/editor/approval.py" line="124" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="92" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="93" />
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="94" />
        <source>Why this step</source>
        <translation>Why this step</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="121" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="122" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="123" />
        <source>Did</source>
        <translation>Did</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="125" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="138" />
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="148" />
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="151" />
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="152" />
        <location filename="../../ui/editor/approval.py" line="161" />
        <source>Approval chain</source>
        <translation>Approval chain</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="153" />
        <source>What you can do</source>
        <translation>What you can do</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="154" />
        <source>Approval &amp;file (PDF)…</source>
        <translation>Approval &amp;file (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="160" />
        <source>Save the approval file as PDF</source>
        <translation>Save the approval file as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="155" />
        <source>&amp;Print approval file…</source>
        <translation>&amp;Print approval file…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="156" />
        <source>Changed since approval</source>
        <translation>Changed since approval</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="157" />
        <location filename="../../ui/editor/approval.py" line="162" />
        <source>Decision history</source>
        <translation>Decision history</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="163" />
        <source>Changes since approval</source>
        <translation>Changes since approval</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="178" />
        <source>round %1</source>
        <translation>round %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="180" />
        <source>submitted by %1</source>
        <translation>submitted by %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="182" />
        <source>framework %1</source>
        <translation>framework %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="209" />
        <source>Save your changes first: the approval is bound to what is stored.</source>
        <translation>Save your changes first: the approval is bound to what is stored.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="214" />
        <source>Comment (required):</source>
        <translation>Comment (required):</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="215" />
        <source>Comment (optional):</source>
        <translation>Comment (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="221" />
        <source>This needs a comment that says why.</source>
        <translation>This needs a comment that says why.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="233" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="237" />
        <source>Done: the mission is now %1.</source>
        <translation>Done: the mission is now %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="241" />
        <source>Save the approval file</source>
        <translation>Save the approval file</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="242" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="262" />
        <location filename="../../ui/editor/approval.py" line="280" />
        <source>Making the approval file…</source>
        <translation>Making the approval file…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="287" />
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="254" />
        <source>Approval file saved to %1 (%2 pages).</source>
        <translation>Approval file saved to %1 (%2 pages).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/approval.py" line="275" />
        <source>Approval file sent to the printer.</source>
        <translation>Approval file sent to the printer.</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../ui/editor/assessment.py" line="29" />
        <source>Complies</source>
        <translation>Complies</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="30" />
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="31" />
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="101" />
        <source>Mandatory: justification required</source>
        <translation>Mandatory: justification required</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="104" />
        <source>Concern: justification required</source>
        <translation>Concern: justification required</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="175" />
        <source>Assessment</source>
        <extracomment>answers typed but not recorded: a background reload must not wipe them</extracomment>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="178" />
        <source>Principle</source>
        <translation>Principle</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="178" />
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="87" />
        <location filename="../../ui/editor/assessment.py" line="179" />
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="81" />
        <source>— not answered —</source>
        <translation>— not answered —</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="83" />
        <source>Answer to principle %1</source>
        <translation>Answer to principle %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="85" />
        <source>Justification of principle %1</source>
        <translation>Justification of principle %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="180" />
        <source>Themes and goals served</source>
        <translation>Themes and goals served</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="181" />
        <source>Themes:</source>
        <translation>Themes:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="181" />
        <source>Goals:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="182" />
        <source>Costs by payer</source>
        <translation>Costs by payer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="183" />
        <source>Budget (EUR):</source>
        <translation>Budget (EUR):</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="188" />
        <source>Budget in euros</source>
        <translation>Budget in euros</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="187" />
        <source>no budget set</source>
        <translation>no budget set</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="184" />
        <source>CO₂ of the travel</source>
        <translation>CO₂ of the travel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="185" />
        <source>The principle</source>
        <translation>The principle</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="189" />
        <source>Text of the principle</source>
        <translation>Text of the principle</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="186" />
        <source>&amp;Record assessment</source>
        <translation>&amp;Record assessment</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="190" />
        <source>Record the assessment</source>
        <translation>Record the assessment</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="235" />
        <source>Policy framework %1 — %2</source>
        <translation>Policy framework %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="239" />
        <source>Recorded by %1 on %2</source>
        <translation>Recorded by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="242" />
        <source>Not recorded yet</source>
        <translation>Not recorded yet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="243" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="248" />
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="250" />
        <source>Not converted to euros: %1</source>
        <translation>Not converted to euros: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="256" />
        <source>No budget recorded.</source>
        <translation>No budget recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="259" />
        <source>Over budget by %1</source>
        <translation>Over budget by %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="263" />
        <source>Within budget (%1 left)</source>
        <translation>Within budget (%1 left)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="267" />
        <source>%1 kg CO₂ (travel legs counted: %2)</source>
        <translation>%1 kg CO₂ (travel legs counted: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="269" />
        <source>Not counted: %1</source>
        <translation>Not counted: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="276" />
        <source>Your answers are not recorded yet.</source>
        <translation>Your answers are not recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="278" />
        <source>Still to answer or justify: %1</source>
        <translation>Still to answer or justify: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="281" />
        <source>Every principle is answered.</source>
        <translation>Every principle is answered.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="292" />
        <source>“%1” is not an amount</source>
        <translation>“%1” is not an amount</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="304" />
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assessment.py" line="310" />
        <source>Recording the assessment of %1</source>
        <translation>Recording the assessment of %1</translation>
    </message>
</context>
<context>
    <name>BoardCanvas</name>
    <message>
        <location filename="../../ui/board.py" line="71" />
        <source>Host load</source>
        <extracomment>missions drawn with the overdue marker in the last paint: their count</extracomment>
        <translation>Host load</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="105" />
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="139" />
        <source>%1 h for %2 hosts</source>
        <translation>%1 h for %2 hosts</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="140" />
        <source>No host bookings</source>
        <translation>No host bookings</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="145" />
        <source>busiest: %1, %2 h</source>
        <translation>busiest: %1, %2 h</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="164" />
        <source>The programme has clashes</source>
        <translation>The programme has clashes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/board.py" line="167" />
        <source>%n follow-up action(s) past their due date</source>
        <translation><numerusform>%n follow-up action(s) past their due date</numerusform>
            <numerusform>%n follow-up action(s) past their due date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="40" />
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="41" />
        <source>Export calendar (.ics)…</source>
        <translation>Export calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="42" />
        <source>CalDAV server:</source>
        <translation>CalDAV server:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="42" />
        <source>Calendar:</source>
        <translation>Calendar:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="43" />
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="43" />
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="47" />
        <source>from the system keyring if empty</source>
        <translation>from the system keyring if empty</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="44" />
        <source>Remember the password (system keyring)</source>
        <translation>Remember the password (system keyring)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="45" />
        <source>Publish to CalDAV</source>
        <translation>Publish to CalDAV</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="48" />
        <source>CalDAV server address</source>
        <translation>CalDAV server address</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="49" />
        <source>Calendar name</source>
        <translation>Calendar name</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="50" />
        <source>CalDAV user name</source>
        <translation>CalDAV user name</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="51" />
        <source>CalDAV password</source>
        <translation>CalDAV password</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="55" />
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="56" />
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="63" />
        <source>Calendar written to %1.</source>
        <translation>Calendar written to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="70" />
        <source>Exporting the calendar…</source>
        <translation>Exporting the calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="87" />
        <source>Give the server address and the calendar name.</source>
        <translation>Give the server address and the calendar name.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="100" />
        <source>Published: %1 new, %2 updated, %3 unchanged, %4 removed.</source>
        <translation>Published: %1 new, %2 updated, %3 unchanged, %4 removed.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="113" />
        <source>Publishing to %1…</source>
        <translation>Publishing to %1…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/calendars.py" line="115" />
        <source>Cancelled: the calendar on the server may be partly updated; publish again to complete it.</source>
        <translation>Cancelled: the calendar on the server may be partly updated; publish again to complete it.</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="52" />
        <source>Security checklist</source>
        <translation>Security checklist</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="53" />
        <source>Residual risk:</source>
        <translation>Residual risk:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="57" />
        <source>Residual risk</source>
        <translation>Residual risk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="54" />
        <source>Mitigations (one per line):</source>
        <translation>Mitigations (one per line):</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="58" />
        <source>Mitigations</source>
        <translation>Mitigations</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="55" />
        <source>Advice for the approval file:</source>
        <translation>Advice for the approval file:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="59" />
        <source>Security advice</source>
        <translation>Security advice</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="56" />
        <source>&amp;Record security check</source>
        <translation>&amp;Record security check</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="70" />
        <source>Your changes to the check are not recorded yet.</source>
        <translation>Your changes to the check are not recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="90" />
        <source>Checked by %1 on %2</source>
        <translation>Checked by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="92" />
        <source>No security check recorded yet.</source>
        <translation>No security check recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="98" />
        <source>Only a security advisor records the check</source>
        <translation>Only a security advisor records the check</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/checklist.py" line="112" />
        <source>Security check recorded.</source>
        <translation>Security check recorded.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../ui/context.py" line="96" />
        <source>This cannot be done</source>
        <extracomment>missions were written (refs, or None for "anything may have changed") errors the person can act on: a message, not a crash</extracomment>
        <translation>This cannot be done</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="107" />
        <source>The database cannot be used right now</source>
        <translation>The database cannot be used right now</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="111" />
        <source>Nothing was changed. Try again when the problem is solved.</source>
        <translation>Nothing was changed. Try again when the problem is solved.</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../../ui/editor/costs.py" line="46" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="48" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="50" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="51" />
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="69" />
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="72" />
        <source>Add &amp;line</source>
        <translation>Add &amp;line</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="73" />
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="74" />
        <source>Cost lines</source>
        <translation>Cost lines</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="85" />
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="96" />
        <source>Change cost description</source>
        <translation>Change cost description</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="105" />
        <source>“%1” is not an amount</source>
        <translation>“%1” is not an amount</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="108" />
        <source>An amount is zero or more, with at most two decimals</source>
        <translation>An amount is zero or more, with at most two decimals</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="111" />
        <source>Change amount</source>
        <translation>Change amount</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="114" />
        <source>Change currency</source>
        <translation>Change currency</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="117" />
        <source>Change payer</source>
        <translation>Change payer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="121" />
        <source>New cost</source>
        <translation>New cost</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="122" />
        <source>Add cost line</source>
        <translation>Add cost line</translation>
    </message>
    <message>
        <location filename="../../ui/editor/costs.py" line="127" />
        <source>Remove cost line</source>
        <translation>Remove cost line</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="20" />
        <source>(the log could not be written: %1)</source>
        <translation>(the log could not be written: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="23" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="24" />
        <source>Something went wrong that the program did not expect. Your saved work is safe; the last change may not have been saved.</source>
        <translation>Something went wrong that the program did not expect. Your saved work is safe; the last change may not have been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="26" />
        <source>A report was written to %1. Please send it to the application manager.</source>
        <translation>A report was written to %1. Please send it to the application manager.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="60" />
        <source>The database cannot be used right now</source>
        <translation>The database cannot be used right now</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="63" />
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="66" />
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
</context>
<context>
    <name>DelegationTab</name>
    <message>
        <location filename="../../ui/editor/delegation.py" line="35" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="36" />
        <source>Latin form</source>
        <translation>Latin form</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="38" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="39" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="41" />
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="43" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="45" />
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="69" />
        <source>Delegation and hosts</source>
        <translation>Delegation and hosts</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="72" />
        <source>&amp;Add person…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="73" />
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="74" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="75" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="76" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="83" />
        <source>diet</source>
        <translation>diet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="85" />
        <source>access</source>
        <translation>access</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="98" />
        <source>Guests: %1 · Hosts: %2</source>
        <translation>Guests: %1 · Hosts: %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="111" />
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="123" />
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="134" />
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../../ui/editor/delegation.py" line="142" />
        <source>Reorder participants</source>
        <translation>Reorder participants</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="42" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="44" />
        <source>Save programme as PDF…</source>
        <translation>Save programme as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="45" />
        <source>&amp;Print programme…</source>
        <translation>&amp;Print programme…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="46" />
        <source>Delegation list (PDF)…</source>
        <translation>Delegation list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="47" />
        <source>Name badges (PDF)…</source>
        <translation>Name badges (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="48" />
        <source>Driver's sheets (PDF)…</source>
        <translation>Driver's sheets (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="49" />
        <source>Caterer's sheet (PDF)…</source>
        <translation>Caterer's sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="50" />
        <source>Rooming list (PDF)…</source>
        <translation>Rooming list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="51" />
        <source>Issue programme</source>
        <translation>Issue programme</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="53" />
        <source>Mark the programme as sent to the guests; later changes are listed in a change notice</source>
        <translation>Mark the programme as sent to the guests; later changes are listed in a change notice</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="52" />
        <source>Changes since last issue (PDF)…</source>
        <translation>Changes since last issue (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="59" />
        <source>Issued %1 times; last on %2.</source>
        <translation>Issued %1 times; last on %2.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="63" />
        <source>The programme has not been issued yet.</source>
        <translation>The programme has not been issued yet.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="76" />
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="76" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="87" />
        <source>The programme was never issued: there is no change notice yet.</source>
        <translation>The programme was never issued: there is no change notice yet.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="91" />
        <source>Saved %1 (%2 pages).</source>
        <translation>Saved %1 (%2 pages).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="98" />
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="105" />
        <source>Programme issued (issue %1). Later changes go into a change notice.</source>
        <translation>Programme issued (issue %1). Later changes go into a change notice.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/documents.py" line="110" />
        <source>Issuing the programme…</source>
        <translation>Issuing the programme…</translation>
    </message>
</context>
<context>
    <name>FindingsSection</name>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="36" />
        <source>Logistics check</source>
        <translation>Logistics check</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="37" />
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="38" />
        <source>Check rooms, rides, interpreters and access again</source>
        <translation>Check rooms, rides, interpreters and access again</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="40" />
        <source>Logistics check findings</source>
        <translation>Logistics check findings</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="61" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="63" />
        <source>Checking the logistics of %1</source>
        <translation>Checking the logistics of %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="66" />
        <source>Check cancelled.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="85" />
        <source>%1 findings: double-click one to go to it.</source>
        <translation>%1 findings: double-click one to go to it.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/findings.py" line="88" />
        <source>No logistics problems found.</source>
        <translation>No logistics problems found.</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../ui/editor/followup.py" line="133" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="138" />
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="138" />
        <location filename="../../ui/editor/followup.py" line="260" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="138" />
        <location filename="../../ui/editor/followup.py" line="261" />
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="138" />
        <location filename="../../ui/editor/followup.py" line="263" />
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="139" />
        <location filename="../../ui/editor/followup.py" line="143" />
        <location filename="../../ui/editor/followup.py" line="265" />
        <location filename="../../ui/editor/followup.py" line="275" />
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="139" />
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="140" />
        <source>Outcomes of the mission</source>
        <translation>Outcomes of the mission</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="142" />
        <source>Follow-up actions</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="142" />
        <location filename="../../ui/editor/followup.py" line="268" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="142" />
        <location filename="../../ui/editor/followup.py" line="269" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="142" />
        <location filename="../../ui/editor/followup.py" line="271" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="143" />
        <location filename="../../ui/editor/followup.py" line="272" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="144" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="145" />
        <source>Follow-up actions of the mission</source>
        <translation>Follow-up actions of the mission</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="148" />
        <source>Gifts</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="148" />
        <location filename="../../ui/editor/followup.py" line="279" />
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="148" />
        <location filename="../../ui/editor/followup.py" line="282" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="148" />
        <location filename="../../ui/editor/followup.py" line="280" />
        <source>Received / given</source>
        <translation>Received / given</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="149" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="149" />
        <source>From / to</source>
        <translation>From / to</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="149" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="150" />
        <source>Gifts of the mission</source>
        <translation>Gifts of the mission</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="136" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="136" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="136" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="140" />
        <source>Add an outcome</source>
        <translation>Add an outcome</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="146" />
        <source>Add a follow-up action</source>
        <translation>Add a follow-up action</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="150" />
        <source>Add a gift</source>
        <translation>Add a gift</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="151" />
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="152" />
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="153" />
        <location filename="../../ui/editor/followup.py" line="354" />
        <source>Decide on the gift</source>
        <translation>Decide on the gift</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="177" />
        <source>⚑ overdue</source>
        <translation>⚑ overdue</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="190" />
        <source>⚠ needs a decision</source>
        <translation>⚠ needs a decision</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="192" />
        <source>A gift received above %1 needs a decision of the mayor or an approver before the mission is completed</source>
        <translation>A gift received above %1 needs a decision of the mayor or an approver before the mission is completed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followup.py" line="205" />
        <source>⚠ %n gift(s) above %1 without a decision: the mission cannot be completed until the mayor or an approver decides.</source>
        <translation><numerusform>⚠ %n gift(s) above %1 without a decision: the mission cannot be completed until the mayor or an approver decides.</numerusform>
            <numerusform>⚠ %n gift(s) above %1 without a decision: the mission cannot be completed until the mayor or an approver decides.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="258" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="266" />
        <source>Recorded on</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="270" />
        <source>Owner department</source>
        <translation>Owner department</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="274" />
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="276" />
        <location filename="../../ui/editor/followup.py" line="289" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="283" />
        <source>Value (EUR)</source>
        <translation>Value (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="284" />
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="285" />
        <source>From / to (organisation)</source>
        <translation>From / to (organisation)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="286" />
        <source>From / to (person)</source>
        <translation>From / to (person)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="288" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="306" />
        <source>New outcome</source>
        <translation>New outcome</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="306" />
        <source>Outcome %1</source>
        <translation>Outcome %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="307" />
        <source>New follow-up action</source>
        <translation>New follow-up action</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="307" />
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="308" />
        <source>New gift</source>
        <translation>New gift</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="308" />
        <source>Gift %1</source>
        <translation>Gift %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="328" />
        <source>Saved; Undo takes it back.</source>
        <translation>Saved; Undo takes it back.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="334" />
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="344" />
        <source>Mark %1 done</source>
        <translation>Mark %1 done</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="355" />
        <source>What does the city do with %1?</source>
        <translation>What does the city do with %1?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup.py" line="363" />
        <source>Decide on %1</source>
        <translation>Decide on %1</translation>
    </message>
</context>
<context>
    <name>InterpretersSection</name>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="49" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="51" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="52" />
        <source>Interpreters</source>
        <translation>Interpreters</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="54" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="55" />
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="55" />
        <source>interpreter needed</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="66" />
        <source>Interpreters per item</source>
        <translation>Interpreters per item</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="67" />
        <source>Book interpreter…</source>
        <translation>Book interpreter…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="68" />
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="69" />
        <source>Items and their interpreters</source>
        <translation>Items and their interpreters</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="75" />
        <source>%1 items need an interpreter (marked in bold).</source>
        <translation>%1 items need an interpreter (marked in bold).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="78" />
        <source>No item is known to need an interpreter.</source>
        <translation>No item is known to need an interpreter.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="111" />
        <source>Book interpreter</source>
        <translation>Book interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="112" />
        <source>Interpreter:</source>
        <translation>Interpreter:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="113" />
        <source>For %1. An interpreter needs at least two languages on their record.</source>
        <translation>For %1. An interpreter needs at least two languages on their record.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="120" />
        <source>Book %1 for %2</source>
        <translation>Book %1 for %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/interpreters.py" line="130" />
        <source>Cancel %1 for %2</source>
        <translation>Cancel %1 for %2</translation>
    </message>
</context>
<context>
    <name>InvitationsSection</name>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="91" />
        <location filename="../../ui/editor/logistics/invitations.py" line="103" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="92" />
        <location filename="../../ui/editor/logistics/invitations.py" line="157" />
        <location filename="../../ui/editor/logistics/invitations.py" line="190" />
        <source>To send</source>
        <translation>To send</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="93" />
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="94" />
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="104" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="105" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="140" />
        <source>Mail server and organiser</source>
        <translation>Mail server and organiser</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="141" />
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="141" />
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="142" />
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="142" />
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="143" />
        <source>Organiser:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="143" />
        <source>Organiser's e-mail:</source>
        <translation>Organiser's e-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="146" />
        <source>Encrypt (STARTTLS)</source>
        <translation>Encrypt (STARTTLS)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="147" />
        <source>empty: the server takes mail without a login</source>
        <translation>empty: the server takes mail without a login</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="148" />
        <source>kept in the system keyring if given</source>
        <translation>kept in the system keyring if given</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="151" />
        <source>Mail server</source>
        <translation>Mail server</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="151" />
        <source>Mail port</source>
        <translation>Mail port</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="152" />
        <source>Mail user name</source>
        <translation>Mail user name</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="153" />
        <source>Mail password</source>
        <translation>Mail password</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="154" />
        <source>Organiser's name</source>
        <translation>Organiser's name</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="155" />
        <source>Organiser's e-mail address</source>
        <translation>Organiser's e-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="158" />
        <source>Send invitations, updates and cancellations</source>
        <translation>Send invitations, updates and cancellations</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="159" />
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="162" />
        <source>Reply to record</source>
        <translation>Reply to record</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="163" />
        <source>Set reply</source>
        <translation>Set reply</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="164" />
        <source>Read reply file…</source>
        <translation>Read reply file…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="165" />
        <source>Invitations to send</source>
        <translation>Invitations to send</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="166" />
        <source>Replies per person</source>
        <translation>Replies per person</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="187" />
        <source>To send: nothing (every invitation is up to date)</source>
        <translation>To send: nothing (every invitation is up to date)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="231" />
        <source>Sent: %1 messages.</source>
        <translation>Sent: %1 messages.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="241" />
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="247" />
        <source>Sending the invitations of %1</source>
        <translation>Sending the invitations of %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="251" />
        <source>Cancelled; the messages sent before were recorded.</source>
        <translation>Cancelled; the messages sent before were recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="253" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="266" />
        <source>Reply recorded.</source>
        <translation>Reply recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="272" />
        <source>Read a reply</source>
        <translation>Read a reply</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="273" />
        <source>Replies (*.ics *.eml);;All files (*)</source>
        <translation>Replies (*.ics *.eml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="277" />
        <source>%1 replies recorded.</source>
        <translation>%1 replies recorded.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="90" />
        <source>Programme item</source>
        <translation>Programme item</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="91" />
        <source>Title (&amp;Dutch)</source>
        <translation>Title (&amp;Dutch)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="91" />
        <source>Title (&amp;English)</source>
        <translation>Title (&amp;English)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="91" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="92" />
        <source>&amp;When (local time)</source>
        <translation>&amp;When (local time)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="92" />
        <source>Time &amp;zone</source>
        <translation>Time &amp;zone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="93" />
        <source>Arrives in zone</source>
        <translation>Arrives in zone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="93" />
        <source>&amp;Venue</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="93" />
        <source>&amp;To (travel)</source>
        <translation>&amp;To (travel)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="94" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="94" />
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="94" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="94" />
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="95" />
        <source>Internal &amp;notes</source>
        <translation>Internal &amp;notes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="97" />
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="98" />
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="99" />
        <source>all day</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="100" />
        <source>shown in the guests' programme and calendar</source>
        <translation>shown in the guests' programme and calendar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="101" />
        <source>everyone in the mission</source>
        <translation>everyone in the mission</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="173" />
        <source>An item needs a title.</source>
        <translation>An item needs a title.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/item_dialog.py" line="176" />
        <source>Choose a time zone from the list.</source>
        <translation>Choose a time zone from the list.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="8" />
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="9" />
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="10" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Sent back</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Delegation leader</source>
        <translation>Delegation leader</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Delegation member</source>
        <translation>Delegation member</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Free time</source>
        <translation>Free time</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Tentative</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Twinning</source>
        <translation>Twinning</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Network membership</source>
        <translation>Network membership</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Project consortium</source>
        <translation>Project consortium</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Kept by the city</source>
        <translation>Kept by the city</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Agreement ends</source>
        <translation>Agreement ends</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Follow-up action</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="59" />
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="62" />
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="62" />
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="62" />
        <source>Interpreters</source>
        <translation>Interpreters</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="63" />
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="63" />
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/__init__.py" line="66" />
        <source>Rooms, rides, interpreters and invitations are internal planning: your role does not show them.</source>
        <translation>Rooms, rides, interpreters and invitations are internal planning: your role does not show them.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="30" />
        <source>No room</source>
        <extracomment>the logistics check's kinds in words (the finding's own text follows them)</extracomment>
        <translation>No room</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="31" />
        <source>Room outside the block</source>
        <translation>Room outside the block</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="32" />
        <source>Check-out before the last item</source>
        <translation>Check-out before the last item</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="34" />
        <source>Vehicle double-booked</source>
        <translation>Vehicle double-booked</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="35" />
        <source>Driver double-booked</source>
        <translation>Driver double-booked</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="36" />
        <source>Too many passengers</source>
        <translation>Too many passengers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="37" />
        <source>No transport</source>
        <translation>No transport</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="38" />
        <source>Interpreter needed</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/common.py" line="39" />
        <source>Step-free access</source>
        <translation>Step-free access</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="36" />
        <source>new invitation</source>
        <translation>new invitation</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="37" />
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="38" />
        <source>cancellation</source>
        <translation>cancellation</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="39" />
        <source>no reply yet</source>
        <translation>no reply yet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="40" />
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="41" />
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/invitations.py" line="42" />
        <source>tentative</source>
        <translation>tentative</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="177" />
        <source>Almere Missions</source>
        <extracomment>the settings changed the database or the language; the application reopens</extracomment>
        <translation>Almere Missions</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="179" />
        <source>&amp;New mission…</source>
        <translation>&amp;New mission…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="179" />
        <source>&amp;Open mission</source>
        <translation>&amp;Open mission</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="180" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="180" />
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="181" />
        <source>&amp;Delete mission…</source>
        <translation>&amp;Delete mission…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="181" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="182" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="182" />
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="183" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="183" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="184" />
        <source>Mission &amp;register</source>
        <translation>Mission &amp;register</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="185" />
        <source>Season &amp;board</source>
        <translation>Season &amp;board</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="185" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="186" />
        <source>Re&amp;ports</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="187" />
        <source>Partner&amp;ships</source>
        <translation>Partner&amp;ships</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="188" />
        <source>&amp;Persons…</source>
        <translation>&amp;Persons…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="188" />
        <source>&amp;Venues…</source>
        <translation>&amp;Venues…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="189" />
        <source>&amp;About Almere Missions</source>
        <translation>&amp;About Almere Missions</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="193" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="194" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="195" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="196" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="197" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="198" />
        <source>&amp;Manage</source>
        <translation>&amp;Manage</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="199" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="200" />
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="201" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="202" />
        <source>Season board</source>
        <translation>Season board</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="203" />
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="204" />
        <source>no roles</source>
        <translation>no roles</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="205" />
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="273" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="298" />
        <source>%1 saved</source>
        <translation>%1 saved</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="365" />
        <source>Delete mission</source>
        <translation>Delete mission</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="366" />
        <source>Delete %1 with its programme, participants and costs? Only a draft can be deleted; this cannot be undone.</source>
        <translation>Delete %1 with its programme, participants and costs? Only a draft can be deleted; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="383" />
        <source>Import missions</source>
        <translation>Import missions</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="384" />
        <location filename="../../ui/mainwindow.py" line="405" />
        <source>Mission exchange files (*.json)</source>
        <translation>Mission exchange files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="391" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="395" />
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="400" />
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="404" />
        <source>Export missions</source>
        <translation>Export missions</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="410" />
        <source>Exported %1 missions to %2</source>
        <translation>Exported %1 missions to %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="416" />
        <source>Exporting to %1</source>
        <translation>Exporting to %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="480" />
        <source>Unsaved changes kept</source>
        <translation>Unsaved changes kept</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="481" />
        <source>When the program was last ended, %n mission(s) had changes that were not saved:</source>
        <translation><numerusform>When the program was last ended, %n mission(s) had changes that were not saved:</numerusform>
            <numerusform>When the program was last ended, %n mission(s) had changes that were not saved:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="486" />
        <source>Restore opens them with those changes, still unsaved: check them, then Save. Discard drops the changes for good.</source>
        <translation>Restore opens them with those changes, still unsaved: check them, then Save. Discard drops the changes for good.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="488" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="490" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <location filename="../../ui/editor/window.py" line="97" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="98" />
        <source>Save the mission</source>
        <translation>Save the mission</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="97" />
        <location filename="../../ui/editor/window.py" line="231" />
        <location filename="../../ui/editor/window.py" line="242" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="99" />
        <source>Reload the mission from the database</source>
        <translation>Reload the mission from the database</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="113" />
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="157" />
        <source>unsaved changes</source>
        <translation>unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="199" />
        <source>Saving %1</source>
        <translation>Saving %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="222" />
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="223" />
        <source>%1 was changed by someone else after you opened it. Nothing of yours was saved, and nothing of theirs was overwritten.</source>
        <translation>%1 was changed by someone else after you opened it. Nothing of yours was saved, and nothing of theirs was overwritten.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="228" />
        <source>Reload shows their version; then make your change again. Your unsaved changes will be lost.</source>
        <translation>Reload shows their version; then make your change again. Your unsaved changes will be lost.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="232" />
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="243" />
        <source>Reloading drops your unsaved changes. Reload anyway?</source>
        <translation>Reloading drops your unsaved changes. Reload anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="254" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="255" />
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="289" />
        <location filename="../../ui/editor/window.py" line="291" />
        <source>Restore unsaved changes</source>
        <translation>Restore unsaved changes</translation>
    </message>
</context>
<context>
    <name>MissionTableModel</name>
    <message>
        <location filename="../../ui/models/register.py" line="63" />
        <source>Ref</source>
        <extracomment>theme code -&gt; its name in the current language (set by the register view)</extracomment>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="64" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="65" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="66" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="67" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="68" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="69" />
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="70" />
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="71" />
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="72" />
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="73" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="74" />
        <source>Clashes</source>
        <translation>Clashes</translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="75" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/register.py" line="155" />
        <source>%n follow-up action(s) past their due date</source>
        <translation><numerusform>%n follow-up action(s) past their due date</numerusform>
            <numerusform>%n follow-up action(s) past their due date</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/register.py" line="172" />
        <source>The programme of this mission has clashes</source>
        <translation>The programme of this mission has clashes</translation>
    </message>
</context>
<context>
    <name>NeedsSection</name>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="32" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="33" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="34" />
        <source>Dietary</source>
        <translation>Dietary</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="35" />
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="36" />
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="37" />
        <source>Step-free</source>
        <translation>Step-free</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="38" />
        <source>needs step-free access</source>
        <translation>needs step-free access</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="47" />
        <location filename="../../ui/editor/logistics/needs.py" line="52" />
        <source>Needs per person</source>
        <translation>Needs per person</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="48" />
        <source>Personal data: kept under the retention rule and erased with the person. The caterer's sheet carries counts only.</source>
        <translation>Personal data: kept under the retention rule and erased with the person. The caterer's sheet carries counts only.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="51" />
        <source>Edit needs…</source>
        <translation>Edit needs…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="71" />
        <source>Needs a venue without steps</source>
        <translation>Needs a venue without steps</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="73" />
        <source>Needs of %1</source>
        <translation>Needs of %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="75" />
        <source>Dietary:</source>
        <translation>Dietary:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="76" />
        <source>Allergies:</source>
        <translation>Allergies:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="77" />
        <source>Accessibility:</source>
        <translation>Accessibility:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="78" />
        <source>Step-free:</source>
        <translation>Step-free:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/needs.py" line="88" />
        <source>Change the needs of %1</source>
        <translation>Change the needs of %1</translation>
    </message>
</context>
<context>
    <name>NewMissionDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="60" />
        <source>New mission</source>
        <translation>New mission</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="61" />
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="61" />
        <source>Title (&amp;Dutch)</source>
        <translation>Title (&amp;Dutch)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="61" />
        <source>Title (&amp;English)</source>
        <translation>Title (&amp;English)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="62" />
        <source>&amp;First day</source>
        <translation>&amp;First day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="62" />
        <source>&amp;Last day</source>
        <translation>&amp;Last day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="62" />
        <source>&amp;Countries</source>
        <translation>&amp;Countries</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="63" />
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="63" />
        <source>Counter&amp;part</source>
        <translation>Counter&amp;part</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="65" />
        <source>Country codes, e.g. TW, NL</source>
        <translation>Country codes, e.g. TW, NL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="66" />
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>OutputsTab</name>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="26" />
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="27" />
        <source>Internal (hosts)</source>
        <translation>Internal (hosts)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="86" />
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="94" />
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="95" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="96" />
        <source>Audience of the documents</source>
        <translation>Audience of the documents</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="97" />
        <source>Language of the documents</source>
        <translation>Language of the documents</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="136" />
        <source>Cancelled; it had already been stored.</source>
        <translation>Cancelled; it had already been stored.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/__init__.py" line="137" />
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/editor/overview.py" line="108" />
        <source>Change cities</source>
        <translation>Change cities</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="111" />
        <source>Change counterpart</source>
        <translation>Change counterpart</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="114" />
        <source>Change lead department</source>
        <translation>Change lead department</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="122" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="125" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="125" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="125" />
        <source>Title (Dutch)</source>
        <translation>Title (Dutch)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="126" />
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="126" />
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="126" />
        <source>Time &amp;zone</source>
        <translation>Time &amp;zone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="127" />
        <source>&amp;Countries</source>
        <translation>&amp;Countries</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="127" />
        <source>C&amp;ities</source>
        <translation>C&amp;ities</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="127" />
        <source>Counter&amp;part</source>
        <translation>Counter&amp;part</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="128" />
        <source>&amp;Lead department</source>
        <translation>&amp;Lead department</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="128" />
        <source>Themes and goals</source>
        <translation>Themes and goals</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="129" />
        <source>Purpose (Dutch)</source>
        <translation>Purpose (Dutch)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="129" />
        <source>Purpose (English)</source>
        <translation>Purpose (English)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="131" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="132" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="133" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="134" />
        <source>Country codes, e.g. TW, NL</source>
        <translation>Country codes, e.g. TW, NL</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="135" />
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="136" />
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="137" />
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="191" />
        <source>Change title</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="198" />
        <source>Change purpose</source>
        <translation>Change purpose</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="206" />
        <location filename="../../ui/editor/overview.py" line="207" />
        <location filename="../../ui/editor/overview.py" line="208" />
        <location filename="../../ui/editor/overview.py" line="211" />
        <source>Change dates</source>
        <translation>Change dates</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="216" />
        <source>Change time zone</source>
        <translation>Change time zone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="224" />
        <source>Not a country code: %1</source>
        <translation>Not a country code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="229" />
        <source>Change countries</source>
        <translation>Change countries</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="233" />
        <source>Change themes</source>
        <translation>Change themes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="234" />
        <source>Change goals</source>
        <translation>Change goals</translation>
    </message>
</context>
<context>
    <name>PersonColumns</name>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="26" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="27" />
        <source>Latin form</source>
        <translation>Latin form</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="28" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="29" />
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="30" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="60" />
        <source>&amp;Name (own script)</source>
        <translation>&amp;Name (own script)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="60" />
        <source>&amp;Latin form</source>
        <translation>&amp;Latin form</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="61" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="61" />
        <source>&amp;Function</source>
        <translation>&amp;Function</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="61" />
        <source>Nationalit&amp;y</source>
        <translation>Nationalit&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="62" />
        <source>Lan&amp;guages</source>
        <translation>Lan&amp;guages</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="62" />
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="62" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="63" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="63" />
        <source>&amp;Dietary needs</source>
        <translation>&amp;Dietary needs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="63" />
        <source>&amp;Accessibility</source>
        <translation>&amp;Accessibility</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="64" />
        <source>Municipal &amp;staff</source>
        <translation>Municipal &amp;staff</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="66" />
        <source>Country codes, e.g. TW</source>
        <translation>Country codes, e.g. TW</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="67" />
        <source>Language tags, e.g. zh-Hant, en</source>
        <translation>Language tags, e.g. zh-Hant, en</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="68" />
        <source>known</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="69" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="70" />
        <source>works for the municipality</source>
        <translation>works for the municipality</translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="147" />
        <source>Choose a person</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="147" />
        <location filename="../../ui/dialogs/persons.py" line="150" />
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="148" />
        <source>Find by name, Latin form, organisation…</source>
        <translation>Find by name, Latin form, organisation…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="149" />
        <source>Find persons</source>
        <translation>Find persons</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="151" />
        <source>&amp;New person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="152" />
        <source>Save person</source>
        <translation>Save person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/persons.py" line="176" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>PreviewSection</name>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="35" />
        <source>Visitor programme</source>
        <translation>Visitor programme</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="36" />
        <source>&amp;Show preview</source>
        <translation>&amp;Show preview</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="37" />
        <source>Preview of the visitor programme</source>
        <translation>Preview of the visitor programme</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="43" />
        <source>Rendering the programme…</source>
        <translation>Rendering the programme…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="57" />
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="59" />
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="60" />
        <source>Preview ready.</source>
        <translation>Preview ready.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="69" />
        <source>Preparing the print…</source>
        <translation>Preparing the print…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/outputs/preview.py" line="71" />
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../ui/editor/programme.py" line="113" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="116" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="116" />
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="50" />
        <location filename="../../ui/editor/programme.py" line="117" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="51" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="52" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="53" />
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="55" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="56" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="57" />
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="58" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="59" />
        <source>Guests see it</source>
        <translation>Guests see it</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="59" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="59" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="117" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="122" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="122" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="118" />
        <source>&amp;Add item…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="119" />
        <source>Edit item…</source>
        <translation>Edit item…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="120" />
        <source>Cancel item</source>
        <translation>Cancel item</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="121" />
        <source>Delete item</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="123" />
        <source>Programme timeline</source>
        <translation>Programme timeline</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="124" />
        <source>Programme list</source>
        <translation>Programme list</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="124" />
        <source>Clashes</source>
        <translation>Clashes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="162" />
        <source>The programme is shown read-only: changing it is for officers.</source>
        <translation>The programme is shown read-only: changing it is for officers.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="172" />
        <source>The clash checks could not run; a report was written to %1.</source>
        <translation>The clash checks could not run; a report was written to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="175" />
        <source>Clashes: %1</source>
        <translation>Clashes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="177" />
        <source>No clashes found.</source>
        <translation>No clashes found.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="208" />
        <source>Cannot move there</source>
        <translation>Cannot move there</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="243" />
        <location filename="../../ui/editor/programme.py" line="262" />
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="247" />
        <source>Resize %1</source>
        <translation>Resize %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="262" />
        <source>Change end of %1</source>
        <translation>Change end of %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="263" />
        <location filename="../../ui/editor/programme.py" line="280" />
        <source>Cancel %1</source>
        <translation>Cancel %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="263" />
        <location filename="../../ui/editor/programme.py" line="277" />
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="264" />
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="264" />
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="290" />
        <location filename="../../ui/editor/programme.py" line="295" />
        <source>Delete programme item</source>
        <translation>Delete programme item</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="291" />
        <source>Delete “%1” from the programme? This cannot be undone; cancelling the item keeps it visible as cancelled.</source>
        <translation>Delete “%1” from the programme? This cannot be undone; cancelling the item keeps it visible as cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="319" />
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="333" />
        <source>Change item</source>
        <translation>Change item</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progress.py" line="45" />
        <source>Cancel</source>
        <extracomment>the watched job stopped on Cancel (True: it had stored its work before)</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="46" />
        <source>Cancel the running work</source>
        <translation>Cancel the running work</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="71" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="81" />
        <source>Finished before the Cancel; it was stored.</source>
        <translation>Finished before the Cancel; it was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="82" />
        <source>Cancelled; nothing was stored.</source>
        <translation>Cancelled; nothing was stored.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../ui/register.py" line="109" />
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="111" />
        <source>Ref, title, counterpart, country…</source>
        <translation>Ref, title, counterpart, country…</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="112" />
        <source>Search missions</source>
        <translation>Search missions</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="109" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="110" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="113" />
        <source>Missions ending on or after</source>
        <translation>Missions ending on or after</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="114" />
        <source>Missions starting on or before</source>
        <translation>Missions starting on or before</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="115" />
        <source>Mission register</source>
        <translation>Mission register</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="116" />
        <source>All directions</source>
        <translation>All directions</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="116" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="118" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="118" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="147" />
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="147" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="153" />
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="153" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="158" />
        <source>Reading the register</source>
        <translation>Reading the register</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="182" />
        <source>Checking the season</source>
        <translation>Checking the season</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="200" />
        <source>%1 missions</source>
        <translation>%1 missions</translation>
    </message>
    <message>
        <location filename="../../ui/register.py" line="202" />
        <source>%1 of %2 missions</source>
        <translation>%1 of %2 missions</translation>
    </message>
</context>
<context>
    <name>RelationsView</name>
    <message>
        <location filename="../../ui/relations.py" line="173" />
        <source>Partnerships</source>
        <extracomment>the filter's entry for persons as partners: contacts of agreements, givers of gifts</extracomment>
        <translation>Partnerships</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="176" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="180" />
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="183" />
        <source>Persons (contacts, gifts)</source>
        <translation>Persons (contacts, gifts)</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="186" />
        <source>Kind of partner</source>
        <translation>Kind of partner</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="188" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="188" />
        <location filename="../../ui/relations.py" line="191" />
        <location filename="../../ui/relations.py" line="475" />
        <location filename="../../ui/relations.py" line="497" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="188" />
        <location filename="../../ui/relations.py" line="478" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="188" />
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="189" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="191" />
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="191" />
        <location filename="../../ui/relations.py" line="499" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="191" />
        <location filename="../../ui/relations.py" line="501" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="192" />
        <location filename="../../ui/relations.py" line="502" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="192" />
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="193" />
        <source>Agreements of the partner</source>
        <translation>Agreements of the partner</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="195" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="195" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="195" />
        <location filename="../../ui/relations.py" line="496" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="195" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="196" />
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="197" />
        <source>Relation history</source>
        <translation>Relation history</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="198" />
        <source>Add partner…</source>
        <translation>Add partner…</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="199" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="200" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="201" />
        <source>Add agreement…</source>
        <translation>Add agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="202" />
        <source>Edit agreement…</source>
        <translation>Edit agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="203" />
        <location filename="../../ui/relations.py" line="578" />
        <source>Delete agreement</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="204" />
        <source>&lt;b&gt;Agreements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agreements&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="205" />
        <source>&lt;b&gt;Relation history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Relation history&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="206" />
        <source>Save dossier PDF…</source>
        <translation>Save dossier PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="207" />
        <source>Save the relation history as a PDF dossier</source>
        <translation>Save the relation history as a PDF dossier</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="237" />
        <source>Reading the partners</source>
        <translation>Reading the partners</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="259" />
        <source>%1 partners</source>
        <translation>%1 partners</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="271" />
        <source>An agreement is about to lapse</source>
        <translation>An agreement is about to lapse</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="310" />
        <source>No partner chosen</source>
        <translation>No partner chosen</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="347" />
        <source>◷ ended, still active</source>
        <translation>◷ ended, still active</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/relations.py" line="349" />
        <source>◷ ends in %n day(s)</source>
        <translation><numerusform>◷ ends in %n day(s)</numerusform>
            <numerusform>◷ ends in %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="352" />
        <source>Renew the agreement or mark it ended</source>
        <translation>Renew the agreement or mark it ended</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="376" />
        <source>Alderman: %1</source>
        <translation>Alderman: %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="378" />
        <source>Department: %1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="380" />
        <source>Contacts: %1</source>
        <translation>Contacts: %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="383" />
        <source>Documents: %1</source>
        <translation>Documents: %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="386" />
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="395" />
        <source>The relation history holds internal notes; it is for the International Affairs office, the approvers and the security advisor.</source>
        <translation>The relation history holds internal notes; it is for the International Affairs office, the approvers and the security advisor.</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="399" />
        <source>Reading the history…</source>
        <translation>Reading the history…</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="403" />
        <source>Reading the history</source>
        <translation>Reading the history</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="430" />
        <source>%1 agreement(s), %2 mission(s), %3 entries in time order. Double-click a row to open its mission.</source>
        <translation>%1 agreement(s), %2 mission(s), %3 entries in time order. Double-click a row to open its mission.</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="447" />
        <source>Save dossier</source>
        <translation>Save dossier</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="448" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/relations.py" line="456" />
        <source>Dossier written to %1 (%n page(s)).</source>
        <translation><numerusform>Dossier written to %1 (%n page(s)).</numerusform>
            <numerusform>Dossier written to %1 (%n page(s)).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="465" />
        <source>Writing the dossier of %1</source>
        <translation>Writing the dossier of %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="474" />
        <location filename="../../ui/relations.py" line="495" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="477" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="481" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="482" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="483" />
        <location filename="../../ui/relations.py" line="508" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="503" />
        <source>Alderman</source>
        <translation>Alderman</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="504" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="505" />
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="506" />
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="507" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="554" />
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="557" />
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="561" />
        <source>Delete partner</source>
        <translation>Delete partner</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="562" />
        <source>Delete %1? A partner with agreements is not deleted: mark its agreements ended instead.</source>
        <translation>Delete %1? A partner with agreements is not deleted: mark its agreements ended instead.</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="563" />
        <source>Delete partner %1</source>
        <translation>Delete partner %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="570" />
        <source>New agreement with %1</source>
        <translation>New agreement with %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="574" />
        <source>Agreement %1</source>
        <translation>Agreement %1</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="579" />
        <source>Delete %1? An agreement that ran is better marked ended; Undo brings a deleted one back.</source>
        <translation>Delete %1? An agreement that ran is better marked ended; Undo brings a deleted one back.</translation>
    </message>
    <message>
        <location filename="../../ui/relations.py" line="580" />
        <source>Delete agreement %1</source>
        <translation>Delete agreement %1</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports.py" line="149" />
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="152" />
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="153" />
        <source>Year of the reports</source>
        <translation>Year of the reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="149" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="150" />
        <source>This table as CSV…</source>
        <translation>This table as CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="151" />
        <source>All tables as XLSX…</source>
        <translation>All tables as XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="154" />
        <location filename="../../ui/reports.py" line="158" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="154" />
        <source>Report table</source>
        <translation>Report table</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="155" />
        <source>Chart of the report</source>
        <translation>Chart of the report</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="189" />
        <source>Making the reports…</source>
        <translation>Making the reports…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="212" />
        <source>%1 reports.</source>
        <translation>%1 reports.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="229" />
        <source>No chart for this table.</source>
        <translation>No chart for this table.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="231" />
        <location filename="../../ui/reports.py" line="233" />
        <source>Drawing the chart…</source>
        <translation>Drawing the chart…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="263" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="263" />
        <source>Excel files (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="264" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="270" />
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="275" />
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
</context>
<context>
    <name>RoomsSection</name>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="37" />
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="38" />
        <location filename="../../ui/editor/logistics/rooms.py" line="51" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="39" />
        <location filename="../../ui/editor/logistics/rooms.py" line="52" />
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="40" />
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="42" />
        <source>Per night</source>
        <translation>Per night</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="44" />
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="45" />
        <location filename="../../ui/editor/logistics/rooms.py" line="54" />
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="49" />
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="50" />
        <location filename="../../ui/editor/logistics/rooms.py" line="204" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="53" />
        <source>Nights</source>
        <translation>Nights</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="71" />
        <location filename="../../ui/editor/logistics/rooms.py" line="78" />
        <source>Room blocks</source>
        <translation>Room blocks</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="72" />
        <source>Guests' rooms</source>
        <translation>Guests' rooms</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="73" />
        <source>Add block…</source>
        <translation>Add block…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="74" />
        <source>Remove block</source>
        <translation>Remove block</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="75" />
        <source>Assign room…</source>
        <translation>Assign room…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="76" />
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="77" />
        <source>Remove room</source>
        <translation>Remove room</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="79" />
        <source>Guests' rooms and nights</source>
        <translation>Guests' rooms and nights</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="110" />
        <source>Add room block %1</source>
        <translation>Add room block %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="128" />
        <source>Add room block</source>
        <translation>Add room block</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="129" />
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="129" />
        <source>Hotel:</source>
        <translation>Hotel:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="130" />
        <location filename="../../ui/editor/logistics/rooms.py" line="206" />
        <source>Check-in:</source>
        <translation>Check-in:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="130" />
        <location filename="../../ui/editor/logistics/rooms.py" line="206" />
        <source>Check-out:</source>
        <translation>Check-out:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="131" />
        <source>Rooms:</source>
        <translation>Rooms:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="131" />
        <source>Cost per night (EUR):</source>
        <translation>Cost per night (EUR):</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="132" />
        <source>Paid by:</source>
        <translation>Paid by:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="146" />
        <source>Remove room block %1</source>
        <translation>Remove room block %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="158" />
        <source>Assign a room to %1</source>
        <translation>Assign a room to %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="174" />
        <source>Change the room of %1</source>
        <translation>Change the room of %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="183" />
        <source>Remove the room of %1</source>
        <translation>Remove the room of %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="205" />
        <source>Block:</source>
        <translation>Block:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="205" />
        <source>Guest:</source>
        <translation>Guest:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/rooms.py" line="205" />
        <source>Room:</source>
        <translation>Room:</translation>
    </message>
</context>
<context>
    <name>ScreeningSection</name>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="37" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="38" />
        <source>Listed name</source>
        <translation>Listed name</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="39" />
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="40" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="41" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="42" />
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="56" />
        <source>Sanctions screening</source>
        <translation>Sanctions screening</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="57" />
        <source>Screen &amp;now</source>
        <translation>Screen &amp;now</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="60" />
        <source>Screen the mission's persons against the stored sanctions lists</source>
        <translation>Screen the mission's persons against the stored sanctions lists</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="58" />
        <source>False positive…</source>
        <translation>False positive…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="59" />
        <source>Confirm hit…</source>
        <translation>Confirm hit…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="62" />
        <source>Screening hits</source>
        <translation>Screening hits</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="66" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="78" />
        <source>none stored</source>
        <translation>none stored</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="81" />
        <location filename="../../ui/editor/security/screening.py" line="91" />
        <source>Lists: %1.</source>
        <translation>Lists: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="85" />
        <source>Not screened yet.</source>
        <translation>Not screened yet.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="87" />
        <source>Screened on %1.</source>
        <translation>Screened on %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="89" />
        <source>Out of date: %1</source>
        <translation>Out of date: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="93" />
        <source>No one in the mission matches a listed name.</source>
        <translation>No one in the mission matches a listed name.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="95" />
        <source>%1 hits wait for a decision.</source>
        <translation>%1 hits wait for a decision.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="113" />
        <source>Screened: %1 hits.</source>
        <translation>Screened: %1 hits.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="116" />
        <source>Screening cancelled; nothing was stored.</source>
        <translation>Screening cancelled; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="122" />
        <source>Screening…</source>
        <translation>Screening…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="124" />
        <source>Screening %1</source>
        <translation>Screening %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="136" />
        <source>Why is this not the listed person (e.g. another birth date)?</source>
        <translation>Why is this not the listed person (e.g. another birth date)?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="138" />
        <source>Note on the confirmed hit (optional):</source>
        <translation>Note on the confirmed hit (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="143" />
        <source>A false positive needs a reason.</source>
        <translation>A false positive needs a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/screening.py" line="147" />
        <source>Decision recorded.</source>
        <translation>Decision recorded.</translation>
    </message>
</context>
<context>
    <name>SeasonBoard</name>
    <message>
        <location filename="../../ui/board.py" line="209" />
        <source>Month</source>
        <extracomment>the day the person looked for; a switch between month and week keeps it in view</extracomment>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="209" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="210" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="211" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="211" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="212" />
        <source>Season board</source>
        <translation>Season board</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="213" />
        <source>&lt;span style='color:#2f6db5'&gt;■&lt;/span&gt; incoming  &lt;span style='color:#2e8b57'&gt;■&lt;/span&gt; outgoing  &lt;span style='color:#b3261e'&gt;⚠&lt;/span&gt; clash  &lt;span style='color:#9c4a00'&gt;⚑&lt;/span&gt; overdue follow-up</source>
        <translation>&lt;span style='color:#2f6db5'&gt;■&lt;/span&gt; incoming  &lt;span style='color:#2e8b57'&gt;■&lt;/span&gt; outgoing  &lt;span style='color:#b3261e'&gt;⚠&lt;/span&gt; clash  &lt;span style='color:#9c4a00'&gt;⚑&lt;/span&gt; overdue follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/board.py" line="255" />
        <source>Reading the board</source>
        <translation>Reading the board</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <location filename="../../ui/editor/security/words.py" line="8" />
        <source>Green: no special security risks</source>
        <translation>Green: no special security risks</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="9" />
        <source>Yellow: security risks, take care</source>
        <translation>Yellow: security risks, take care</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="10" />
        <source>Orange: only necessary travel</source>
        <translation>Orange: only necessary travel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="11" />
        <source>Red: do not travel</source>
        <translation>Red: do not travel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="13" />
        <source>Colour not determined: read the advice</source>
        <translation>Colour not determined: read the advice</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="14" />
        <source>State-actor risk: none</source>
        <translation>State-actor risk: none</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="15" />
        <source>State-actor risk: elevated</source>
        <translation>State-actor risk: elevated</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="16" />
        <source>State-actor risk: high</source>
        <translation>State-actor risk: high</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="17" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="18" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="19" />
        <source>False positive</source>
        <translation>False positive</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="20" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="23" />
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="24" />
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="25" />
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="26" />
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="27" />
        <source>colour not determined</source>
        <translation>colour not determined</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/words.py" line="33" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/editor/security/__init__.py" line="56" />
        <source>Security</source>
        <translation>Security</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="65" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="66" />
        <source>A database file on this computer</source>
        <translation>A database file on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="67" />
        <source>The team's PostgreSQL server</source>
        <translation>The team's PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="68" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="69" />
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="70" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="71" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="72" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="74" />
        <location filename="../../ui/dialogs/settings.py" line="90" />
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="75" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="76" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="77" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="78" />
        <source>On the team server you act as your database login; the user name applies to a file on this computer.</source>
        <translation>On the team server you act as your database login; the user name applies to a file on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="91" />
        <source>Almere Missions database (*.sqlite)</source>
        <translation>Almere Missions database (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>TransportSection</name>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="34" />
        <location filename="../../ui/editor/logistics/transport.py" line="45" />
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="35" />
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="36" />
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="37" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="41" />
        <source>Pick-up</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="42" />
        <source>Arrives</source>
        <translation>Arrives</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="43" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="44" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="46" />
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="46" />
        <location filename="../../ui/editor/logistics/transport.py" line="172" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="47" />
        <source>Passengers</source>
        <translation>Passengers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="80" />
        <location filename="../../ui/editor/logistics/transport.py" line="86" />
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="81" />
        <source>Rides (picked up in time for the item's start)</source>
        <translation>Rides (picked up in time for the item's start)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="82" />
        <source>Add vehicle…</source>
        <translation>Add vehicle…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="83" />
        <source>Remove vehicle</source>
        <translation>Remove vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="84" />
        <source>Add ride…</source>
        <translation>Add ride…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="85" />
        <source>Remove ride</source>
        <translation>Remove ride</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="86" />
        <source>Rides</source>
        <translation>Rides</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="111" />
        <source>Add vehicle</source>
        <translation>Add vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="112" />
        <location filename="../../ui/editor/logistics/transport.py" line="186" />
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="112" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="113" />
        <source>Passenger seats:</source>
        <translation>Passenger seats:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="113" />
        <source>Plate:</source>
        <translation>Plate:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="119" />
        <source>Add vehicle %1</source>
        <translation>Add vehicle %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="128" />
        <source>Remove vehicle %1</source>
        <translation>Remove vehicle %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="141" />
        <source>Add ride %1</source>
        <translation>Add ride %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="153" />
        <source>Remove ride %1</source>
        <translation>Remove ride %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="168" />
        <source>the hotel or a venue (below)</source>
        <translation>the hotel or a venue (below)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="185" />
        <source>Add ride</source>
        <translation>Add ride</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="186" />
        <source>Vehicle:</source>
        <translation>Vehicle:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="187" />
        <source>To item:</source>
        <translation>To item:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="187" />
        <source>From item:</source>
        <translation>From item:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="188" />
        <source>Or from venue:</source>
        <translation>Or from venue:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="188" />
        <source>Driver:</source>
        <translation>Driver:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="189" />
        <source>Passengers:</source>
        <translation>Passengers:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/logistics/transport.py" line="190" />
        <source>The pick-up time is worked out from the travel time between the venues, to arrive by the item's start.</source>
        <translation>The pick-up time is worked out from the travel time between the venues, to arrive by the item's start.</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="30" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="31" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="32" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="33" />
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="34" />
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="68" />
        <location filename="../../ui/dialogs/venues.py" line="74" />
        <source>Venues</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="69" />
        <source>Name (&amp;Dutch)</source>
        <translation>Name (&amp;Dutch)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="69" />
        <source>Name (&amp;English)</source>
        <translation>Name (&amp;English)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="69" />
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="70" />
        <source>&amp;City</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="70" />
        <source>C&amp;ountry code</source>
        <translation>C&amp;ountry code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="70" />
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="71" />
        <source>Ca&amp;pacity</source>
        <translation>Ca&amp;pacity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="71" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="71" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="72" />
        <source>One party at a time</source>
        <translation>One party at a time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="75" />
        <source>&amp;New venue</source>
        <translation>&amp;New venue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="76" />
        <source>Save venue</source>
        <translation>Save venue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venues.py" line="113" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="64" />
        <source>Welcome to Almere Missions</source>
        <translation>Welcome to Almere Missions</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="66" />
        <source>This database holds no missions yet. Plan delegations to Almere and trips abroad: the delegation and its hosts, day programmes in each place's own time, clash checks and costs.</source>
        <translation>This database holds no missions yet. Plan delegations to Almere and trips abroad: the delegation and its hosts, day programmes in each place's own time, clash checks and costs.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="69" />
        <source>Load the demo season (Floriade Expo 2022)</source>
        <translation>Load the demo season (Floriade Expo 2022)</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="70" />
        <source>Load the demo season</source>
        <translation>Load the demo season</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="72" />
        <source>The Floriade Expo 2022 season as an example: seventy delegations and trips to look around in and practise with. Use a separate database for real work.</source>
        <translation>The Floriade Expo 2022 season as an example: seventy delegations and trips to look around in and practise with. Use a separate database for real work.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="74" />
        <source>The demo season is not installed with this copy of the program.</source>
        <translation>The demo season is not installed with this copy of the program.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="75" />
        <source>Import missions from a file…</source>
        <translation>Import missions from a file…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="76" />
        <source>Start with an empty register</source>
        <translation>Start with an empty register</translation>
    </message>
</context>
</TS>