<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <source>Made by hand</source>
        <extracomment>QSettings key of the number of backups to keep entities whose pages reload after a restore</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an update of partnerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>QSettings key of the retention period in months pages that show people, sessions or actions reload after an erasure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data of 1 person erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data of {count} people erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person&apos;s personal data everywhere? The name, contact details, notes and links are removed, history included; sessions show “participant removed”.

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-request.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnerdesk is already open on this data file; that window was brought to the front. Only one copy can work on a data file at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnerdesk is already working on this data file (perhaps in another window, or a command that is still running). Only one copy can work on a data file at a time; close the other one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnerdesk is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a synced folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file is in {where} ({path}). Sync programs and network drives can copy a data file while partnerdesk writes to it, which can damage it or lose changes.

Keep the data file on this computer (Settings → Data file); backups protect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file in a shared folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <extracomment>a backup was put in place (the path of the backup made of the state before)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. partnerdesk makes one every day at start and before imports and updates; “Back up now” makes one straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups; older ones are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the data as it was on {when}?

Changes made since then are not lost: partnerdesk first makes a backup of the current data, which you can restore the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored; the data from before was saved as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Personal data</source>
        <extracomment>people were erased (how many)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data is kept only as long as it is needed. People without a session, contact moment, action or change during the retention period are listed here, to be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing removes the name, contact details, notes and links everywhere, history included; sessions show “participant removed”. Backups made before keep the data until they are rotated out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person proposed for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people proposed for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has been inactive for {months} months: there is nothing to erase now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of 1 person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of {count} people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The data file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnerdesk cannot open your data: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest sound backup is from {when} ({reason}). Restoring it puts back your data as it was then; changes made after that are lost.

The damaged file is kept in the backup folder, so support can look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sound backup to restore. The file was left exactly as it is: quit, and ask support to help recover it. Do not delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
