# letgo: the bot's own words in German, "du", outside the scenarios and the safety texts.
# Telegram HTML where the message is sent as HTML (most are). Short, warm, plain; one idea per message.

## Welcome, help, menu

welcome =
    Hallo { $name }. Ich bin letgo, ein Coach für die Hosentasche, für die Tage nach einer Trennung.

    Wir üben Loslassen: den Griff um das lockern, was wir nicht kontrollieren können, damit Platz entsteht für das, was in unserer Hand liegt.

    <i>Ich bin ein Selbsthilfe-Coach, keine Therapie und kein Krisendienst. Wenn du in Gefahr bist, ruf bitte die Notrufnummer in deinem Land an oder schick /sos.</i>
welcome-back = Schön, dass du wieder da bist. Ich kann dir wieder Erinnerungen schicken; /remind zeigt dir, wie sie eingestellt sind.
help-intro = Das kann ich für dich tun:
help-outro = Tippe auf die Buttons, wenn du welche siehst; schreib, wenn ich dich darum bitte.
menu-scenarios = Gespräch auswählen
menu-urge = Kurz davor, zu schreiben?
menu-remind = Tägliche Erinnerungen
menu-help = Hilfe

## The command menu (Telegram shows these next to each command)

command-start = Willkommen und Hauptmenü
command-scenarios = Ein Coaching-Gespräch auswählen
command-urge = Kurz davor, zu schreiben? Fang hier an
command-remind = Deine tägliche Erinnerung: an, aus oder eine Uhrzeit
command-timezone = Deine Zeitzone einstellen, z. B. /timezone Berlin
command-pause = Erinnerungen ein paar Tage aussetzen, z. B. /pause 3
command-journal = Lesen, was du geschrieben hast
command-progress = Deine Übungen und Check-ins
command-cancel = Das aktuelle Gespräch verlassen
command-sos = Hilfsangebote, wenn es zu schwer wird
command-safetyplan = Dein Plan für schwere Momente
command-country = Dein Land, für die passenden Hilfsangebote
command-language = Meine Sprache ändern
command-stop = Alles stoppen, was ich dir unaufgefordert schicke
command-export = Alles herunterladen, was ich über dich speichere
command-delete = Alles löschen, was ich über dich speichere
command-help = Was ich kann

## Answers when nothing else fits (crisis detection has read every word first)

stopped =
    Erledigt. Ich schicke dir nichts mehr, solange du mir nicht zuerst schreibst.

    Deine Daten bleiben, bis du etwas anderes sagst: /delete löscht sie. Mit /start bekommst du wieder Nachrichten von mir.
coming-soon = /{ $command } kommt bald. Bis dahin zeigt dir /help, was schon funktioniert.
unknown-command = /{ $command } kenne ich leider nicht. /help zeigt dir, was ich kann.
non-text = Bilder und Sticker kann ich nicht sehen, nur Worte und Klicks auf Buttons. Wenn du etwas durchsprechen möchtest, ist /scenarios ein guter Anfang.
free-text = Danke, dass du mir das erzählst. Auf freie Nachrichten kann ich nicht gut antworten, aber ein kurzes, angeleitetes Gespräch kann helfen: /scenarios. Wenn dir gerade alles zu schwer wird, zeigt dir /sos jederzeit Menschen, mit denen du reden kannst.
paused = Unser Gespräch <b>{ $title }</b> ist pausiert. Wann immer du so weit bist, bringt dich /scenarios dorthin zurück. Wenn es zu schwer wird, zeigt dir /sos Menschen, mit denen du reden kannst.
private-only = Hi! Ich arbeite nur in privaten Chats, damit privat bleibt, was Menschen mir erzählen. Schreib mir direkt: @{ $username }
error = Entschuldige, bei mir ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal.
button-ended = Das ist schon vorbei. /help zeigt dir, wie es weitergeht.

# Polling, when the database stayed away for a minute: the message was not kept.
error-not-saved = Das konnte ich nicht speichern – bitte schick es noch einmal.

## Language

language-choose = In welcher Sprache soll ich mit dir sprechen?
language-set = Okay, ab jetzt spreche ich Deutsch mit dir.
language-name = Deutsch

## Scenarios: menus, switching, leaving

scenarios-intro = Such dir ein Gespräch aus. Jedes dauert ein paar Minuten, und mit /cancel kannst du jederzeit aussteigen.
scenarios-in-run = Du bist gerade mitten im Gespräch <b>{ $title }</b>. Wähl es aus, um weiterzumachen, oder ein anderes, um zu wechseln.
scenarios-line = { $index }. <b>{ $title }</b>: { $summary }
scenarios-continue = ↩ Weiter: { $title }
scenarios-switch-question = Du bist gerade mitten im Gespräch <b>{ $current }</b>. Möchtest du es verlassen und <b>{ $next }</b> beginnen?
scenarios-restart-question = Du bist gerade mitten im Gespräch <b>{ $title }</b>. Möchtest du es von vorn beginnen?
scenarios-switch-yes = Ja, { $title } starten
scenarios-restart-yes = Von vorn beginnen
scenarios-stay = Nein, weitermachen
scenarios-all = Alle Gespräche
scenarios-unknown = Ein Gespräch namens „{ $id }“ kenne ich nicht. Diese hier habe ich:
scenarios-cancelled = Okay, wir haben <b>{ $title }</b> verlassen. Deine bisherigen Antworten bleiben gespeichert. Mit /scenarios kannst du jederzeit wieder einsteigen.
scenarios-nothing-to-cancel = Gerade läuft kein Gespräch, das du verlassen könntest. Mit /scenarios kannst du eins auswählen.
scenarios-ended = Das ist schon vorbei.
scenarios-ended-use-latest = Das ist schon vorbei. Bitte nimm die neueste Nachricht.
scenarios-changed = Ich habe <b>{ $title }</b> überarbeitet, seit du angefangen hast, und die Stelle, an der du warst, gibt es nicht mehr. Möchtest du noch einmal von vorn beginnen?
scenarios-start-again = Neu beginnen
scenarios-gone = Dieses Gespräch gibt es nicht mehr. Diese hier habe ich:

## What the bot says when an answer does not fit the step

refuse-tap = Wenn du so weit bist, tippe auf einen der Buttons oben. (/cancel beendet dieses Gespräch.)
refuse-older-button = Dieser Button gehört zu einer älteren Nachricht. Bitte nimm die neueste.
refuse-finished = Dieses Gespräch ist abgeschlossen. Such dir im Menü ein anderes aus, wann immer du magst.
refuse-changed = Dieses Gespräch hat sich geändert, seit wir es begonnen haben. Lass uns noch einmal von vorn anfangen.
refuse-tick = Hak an, was passt, und tippe dann auf „{ $done }“.
refuse-type = Bitte schreib deine Antwort als Nachricht.
refuse-empty = Da habe ich keine Worte gefunden. Magst du ein paar schreiben?
refuse-too-long = Das ist etwas mehr, als ich speichern kann: { $length } Zeichen, und hier passen { $max } hinein. Kannst du es kürzen?

## The journal

journal-empty = Dein Tagebuch ist noch leer. In manchen Gesprächen bitte ich dich, etwas zu schreiben (probier „Was halte ich fest?“ unter /scenarios); was du dort schreibst, landet hier.
journal-title = <b>Dein Tagebuch</b>
journal-title-page = <b>Dein Tagebuch</b> ({ $from }–{ $to } von { $total })
journal-newer = ‹ Neuer
journal-older = Älter ›
journal-cut = <i>Manche Einträge sind hier gekürzt; mit /export bekommst du sie vollständig.</i>

## Privacy

export-caption = Alles, was ich über dich speichere, als JSON. /delete löscht es.
delete-question = Damit löschst du alles, was ich über dich speichere: Einstellungen, Erinnerungen, Antworten, Tagebuch, Krisenplan. Das lässt sich nicht rückgängig machen. Alles löschen?
delete-yes = Ja, alles löschen
delete-no = Nein, behalten
delete-done = Erledigt. Alles, was ich über dich gespeichert hatte, ist gelöscht. Wenn du mir wieder schreibst, fangen wir neu an.
delete-kept = Es wurde nichts gelöscht.
